using System.Security.Cryptography;
using System.Text;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>An invitation by e-mail to join an organisation with a role. Only a hash of the token is
/// stored; the link in the e-mail carries the token itself.</summary>
internal sealed class Invitation : IAudited
{
    private Invitation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private set; }
    public string Email { get; private set; } = "";
    public OrganisationMemberRole Role { get; private set; }
    public string TokenHash { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;

    public static (Invitation Invitation, string Token) Create(Guid organisationId, string email, OrganisationMemberRole role, Guid invitedBy, DateTimeOffset now, TimeSpan validFor)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new Invitation
        {
            OrganisationId = organisationId,
            Email = email.Trim().ToLowerInvariant(),
            Role = role,
            TokenHash = Hash(token),
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + validFor,
        }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void Accept(Guid userId, DateTimeOffset now)
    {
        AcceptedAt = now;
        AcceptedBy = userId;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt = now;
}
