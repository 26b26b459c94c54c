namespace Civitas.Publishing.Queries;

internal sealed record RedactionView(string Scope, string LegalBasis, string DecidedBy, string ProtectedInterest);
