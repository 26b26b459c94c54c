namespace Civitas.Platform.Identity;

/// <summary>Event: a person deleted their account (RODO art. 17). Written to the outbox with the
/// deletion, so modules holding data linked to the account can erase or anonymise it.</summary>
public sealed record AccountDeleted(Guid UserId);
