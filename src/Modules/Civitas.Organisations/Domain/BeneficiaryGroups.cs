namespace Civitas.Organisations.Domain;

/// <summary>Groups an organisation works for (several at once).</summary>
[Flags]
internal enum BeneficiaryGroups
{
    None = 0,
    Children = 1,
    Youth = 2,
    Seniors = 4,
    PersonsWithDisabilities = 8,
    Families = 16,
    Women = 32,
    Unemployed = 64,
    Homeless = 128,
    Migrants = 256,
    NationalMinorities = 512,
    Veterans = 1024,
    AddictedPersons = 2048,
    Organisations = 4096,
    Animals = 8192,
    Residents = 16384,
}
