namespace Civitas.Organisations.Domain;

internal enum ClaimStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
