namespace Civitas.Organisations.Contracts;

/// <summary>Legal form of an organisation. Eligibility under art. 3 of the public-benefit act (UDPP)
/// is derived from it (<see cref="OrganisationEligibility"/>).</summary>
public enum OrganisationLegalForm
{
    /// <summary>Stowarzyszenie (association registered in KRS).</summary>
    Association = 1,
    /// <summary>Fundacja (foundation).</summary>
    Foundation = 2,
    /// <summary>Stowarzyszenie zwykłe (ordinary association in the starosta's register).</summary>
    OrdinaryAssociation = 3,
    /// <summary>Kościelna osoba prawna (church legal person or unit).</summary>
    ChurchLegalPerson = 4,
    /// <summary>Spółdzielnia socjalna (social cooperative).</summary>
    SocialCooperative = 5,
    /// <summary>Spółka non-profit: a company that spends all income on its statutory aims.</summary>
    NonProfitCompany = 6,
    /// <summary>Klub sportowy w formie stowarzyszenia (sports club, including student sports clubs).</summary>
    SportsClub = 7,
    /// <summary>Koło gospodyń wiejskich (rural housewives' circle).</summary>
    RuralHousewivesCircle = 8,
    /// <summary>Stowarzyszenie jednostek samorządu terytorialnego (association of local governments).</summary>
    LocalGovernmentAssociation = 9,
    /// <summary>Any other form; not eligible unless an official establishes otherwise.</summary>
    Other = 99,
}
