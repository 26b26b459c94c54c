namespace Civitas.Publishing.Queries;

internal sealed record WithdrawalView(DateTimeOffset At, string ByName, string? ByFunction, string Reason);
