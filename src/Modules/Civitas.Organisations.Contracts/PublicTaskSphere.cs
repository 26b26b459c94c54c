namespace Civitas.Organisations.Contracts;

/// <summary>A sphere of public tasks from the table of art. 4 ust. 1 UDPP.</summary>
/// <param name="Code">Point of art. 4 ust. 1, e.g. "16" or "1a".</param>
/// <param name="NamePolish">Wording of the act (Polish).</param>
/// <param name="NameEnglish">English gloss.</param>
/// <param name="LawTextConfirmed">False when the wording has not been confirmed against the act's text.</param>
public sealed record PublicTaskSphere(string Code, string NamePolish, string NameEnglish, bool LawTextConfirmed);
