using Civitas.Organisations.Contracts;

namespace Civitas.Organisations.Domain;

/// <summary>What the law says about each legal form (UDPP art. 3; LAW-AND-PROCEDURES.md §1.1).</summary>
internal static class LegalForms
{
    public static IReadOnlyList<OrganisationLegalForm> All { get; } = Enum.GetValues<OrganisationLegalForm>();

    public static OrganisationEligibility EligibilityOf(OrganisationLegalForm form) => form switch
    {
        // art. 3 ust. 2: legal persons or units with legal capacity given by a statute, not for profit,
        // outside the public-finance sector. An ordinary association has legal capacity since the
        // 2015 amendment of Prawo o stowarzyszeniach (art. 40 ust. 1, in force 20.05.2016); a sports
        // club in the form of an association is an association.
        OrganisationLegalForm.Association or OrganisationLegalForm.Foundation
            or OrganisationLegalForm.OrdinaryAssociation or OrganisationLegalForm.SportsClub
            => OrganisationEligibility.NonGovernmentalOrganisation,
        // art. 3 ust. 3: church legal persons, associations of local governments, social cooperatives,
        // non-profit companies and sports-club companies, rural housewives' circles.
        OrganisationLegalForm.ChurchLegalPerson or OrganisationLegalForm.LocalGovernmentAssociation
            or OrganisationLegalForm.SocialCooperative or OrganisationLegalForm.NonProfitCompany
            or OrganisationLegalForm.RuralHousewivesCircle
            => OrganisationEligibility.EquivalentBody,
        // art. 3 ust. 4 (parties, trade unions, employers' organisations, professional self-governments,
        // foundations founded only by the State Treasury or a local government) and every other form.
        _ => OrganisationEligibility.Excluded,
    };

    /// <summary>Forms entered in the KRS by law; the others keep another register (starosta's
    /// register of ordinary associations and sports clubs, the KGW register, church registers).</summary>
    public static bool RequiresKrs(OrganisationLegalForm form) => form is OrganisationLegalForm.Association
        or OrganisationLegalForm.Foundation or OrganisationLegalForm.SocialCooperative
        or OrganisationLegalForm.NonProfitCompany or OrganisationLegalForm.LocalGovernmentAssociation;

    /// <summary>Maps the KRS "formaPrawna" text to a form; unknown texts become <see cref="OrganisationLegalForm.Other"/>.</summary>
    public static OrganisationLegalForm FromKrs(string? text)
    {
        var t = SearchText.Fold(text);
        return t switch
        {
            "stowarzyszenie" or "zwiazek stowarzyszen" or "stowarzyszenie rejestrowe" => OrganisationLegalForm.Association,
            "fundacja" => OrganisationLegalForm.Foundation,
            "stowarzyszenie kultury fizycznej" or "uczniowski klub sportowy" or "klub sportowy" or "zwiazek sportowy" => OrganisationLegalForm.SportsClub,
            "spoldzielnia socjalna" => OrganisationLegalForm.SocialCooperative,
            "kolo gospodyn wiejskich" => OrganisationLegalForm.RuralHousewivesCircle,
            "stowarzyszenie jednostek samorzadu terytorialnego" => OrganisationLegalForm.LocalGovernmentAssociation,
            "stowarzyszenie zwykle" => OrganisationLegalForm.OrdinaryAssociation,
            "spolka z ograniczona odpowiedzialnoscia" or "spolka akcyjna" or "sportowa spolka akcyjna" => OrganisationLegalForm.NonProfitCompany,
            "koscielna osoba prawna" => OrganisationLegalForm.ChurchLegalPerson,
            _ => OrganisationLegalForm.Other,
        };
    }

    /// <summary>Resource key of the legal basis shown next to the eligibility.</summary>
    public static string EligibilityKey(OrganisationEligibility e) => "Eligibility." + e;
}
