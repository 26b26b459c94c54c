using Civitas.Organisations.Contracts;

namespace Civitas.Organisations.Krs;

/// <summary>What the current KRS extract (OdpisAktualny) says about an organisation, in our terms.
/// Names of board members are masked by the Ministry of Justice; only their functions are kept.</summary>
internal sealed record KrsExtract
{
    public string Krs { get; init; } = "";
    /// <summary>"RejS" (associations and foundations) or "RejP" (companies, cooperatives).</summary>
    public string Register { get; init; } = "";
    public string Name { get; init; } = "";
    public string LegalFormText { get; init; } = "";
    public OrganisationLegalForm LegalForm { get; init; }
    public string? Nip { get; init; }
    public string? Regon { get; init; }
    public bool IsPublicBenefit { get; init; }
    public string? Voivodeship { get; init; }
    public string? County { get; init; }
    public string? Commune { get; init; }
    public string? SeatCity { get; init; }
    public string? Street { get; init; }
    public string? Building { get; init; }
    public string? Unit { get; init; }
    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public string? PostOffice { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? RepresentationBody { get; init; }
    public string? RepresentationRule { get; init; }
    /// <summary>Functions of the members of the representing body ("PREZES", "SKARBNIK").</summary>
    public IReadOnlyList<string> RepresentativeFunctions { get; init; } = [];
    /// <summary>Dział 6 shows an opened liquidation.</summary>
    public bool InLiquidation { get; init; }
    /// <summary>Dział 6 shows a dissolution or annulment.</summary>
    public bool Dissolved { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    /// <summary>Date of the state the extract shows (stanZDnia).</summary>
    public DateOnly? StateAsOf { get; init; }
    public string? Objectives { get; init; }
}
