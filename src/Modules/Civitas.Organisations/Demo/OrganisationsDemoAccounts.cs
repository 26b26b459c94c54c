using Civitas.Organisations.Resources;
using Civitas.Platform.Tenancy;

namespace Civitas.Organisations.Demo;

/// <summary>The organisation people of the demo, listed on the sign-in page in demo mode.</summary>
internal sealed class OrganisationsDemoAccounts : IDemoAccountSource
{
    public const string Domain = "miasto-przykladowe.example";
    public const string RepresentativeEmail = "przedstawicielka@" + Domain;
    public const string EditorEmail = "redaktor@" + Domain;

    public IEnumerable<DemoAccount> Accounts =>
    [
        new(RepresentativeEmail, "Maria Przedstawicielska", "Demo.Role.representative", 15),
        new(EditorEmail, "Tomasz Redaktor", "Demo.Role.editor", 16),
    ];

    public Type ResourceType => typeof(OrganisationsText);
}
