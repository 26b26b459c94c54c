namespace Civitas.Publishing.Contracts;

/// <summary>A part of the content left out of publication, with the facts art. 8 ust. 5 of the act on
/// access to public information requires to be stated in the published entry.</summary>
/// <param name="Scope">What was left out, e.g. "adres e-mail i numer telefonu osoby do kontaktu (sekcja I.2 oferty)".</param>
/// <param name="LegalBasis">The legal basis, e.g. "art. 5 ust. 2 ustawy o dostępie do informacji publicznej — prywatność osoby fizycznej".</param>
/// <param name="DecidedBy">Who decided to leave it out (name and function).</param>
/// <param name="ProtectedInterest">Whose interest is protected, e.g. "osoba fizyczna wskazana do kontaktu".</param>
public sealed record PublicationRedaction(string Scope, string LegalBasis, string DecidedBy, string ProtectedInterest);
