namespace Civitas.Publishing.Contracts;

/// <summary>Answers other modules' questions about what they have published, e.g. to link an
/// announcement to its entry in the register or to show when a small-grant offer's publication ends.
/// Reads the current tenant's entries only.</summary>
public interface IPublicationDirectory
{
    /// <summary>The entries of <paramref name="sourceModule"/> with the given source keys, by source key.
    /// Keys not (yet) published are absent: publication happens shortly after the outbox delivers the event.</summary>
    Task<IReadOnlyDictionary<string, PublicationInfo>> FindAsync(string sourceModule, IReadOnlyCollection<string> sourceKeys, CancellationToken ct = default);
}
