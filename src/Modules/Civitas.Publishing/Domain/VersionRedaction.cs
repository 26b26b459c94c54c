using Civitas.Platform.Data;

namespace Civitas.Publishing.Domain;

/// <summary>A part of one version left out of publication, with the facts art. 8 ust. 5 of the act on
/// access to public information requires: scope, legal basis, who decided, whose interest is protected.</summary>
internal sealed class VersionRedaction : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid VersionId { get; private set; }
    public int Position { get; set; }
    public string Scope { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public string ProtectedInterest { get; private set; } = "";

    private VersionRedaction()
    {
    }

    public VersionRedaction(string scope, string legalBasis, string decidedBy, string protectedInterest)
    {
        Scope = scope;
        LegalBasis = legalBasis;
        DecidedBy = decidedBy;
        ProtectedInterest = protectedInterest;
    }
}
