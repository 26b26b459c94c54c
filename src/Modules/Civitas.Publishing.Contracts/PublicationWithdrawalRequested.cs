namespace Civitas.Publishing.Contracts;

/// <summary>
/// Asks the Publishing module to take an entry down from the public register, e.g. a document published
/// by mistake. Write it to your own outbox in the same <c>SaveChanges</c> as the change that caused it.
/// The entry is not deleted: it moves to the archive with the reason, who withdrew it and when, and only
/// its metadata and change register stay public (its content and attachments are no longer shown).
/// A withdrawn entry is never reinstated; publish a corrected document under a new source key.
/// Repeated delivery changes nothing. A request for a key not (yet) in the register is retried by the
/// outbox, because it may have overtaken its publication; if the key was never published, the message
/// ends with the error for an operator.
/// </summary>
/// <param name="SourceModule">Short name of the module that published the entry.</param>
/// <param name="SourceKey">The source key the entry was published with.</param>
/// <param name="Reason">Why the entry is withdrawn (shown publicly in the change register).</param>
/// <param name="WithdrawnBy">Who decided the withdrawal.</param>
/// <param name="WithdrawnAt">When it was decided.</param>
public sealed record PublicationWithdrawalRequested(
    string SourceModule,
    string SourceKey,
    string Reason,
    PublicationPerson WithdrawnBy,
    DateTimeOffset WithdrawnAt);
