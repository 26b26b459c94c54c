using System.Text.Encodings.Web;
using System.Text.Json;
using Civitas.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Identity;

/// <summary>
/// RODO art. 15 (access) and art. 20 (portability): everything the platform holds about a person,
/// as one JSON document written straight to the response, so memory stays flat however long the
/// person's audit trail is. Secrets are left out (password hash, security stamp, authenticator key,
/// recovery codes): they are not information about the person, and a file in the downloads folder
/// must not be a key to the account.
/// </summary>
internal sealed class ExportPersonalDataHandler(PlatformDb db, UserManager<User> users, TimeProvider clock)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Polish letters as themselves: the file is meant to be read by a person.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task WriteAsync(User user, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var tenants = await db.Tenants.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        string? TenantName(Guid? id) => id is { } v && tenants.TryGetValue(v, out var n) ? n : null;

        await using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteString("generatedAt", clock.GetUtcNow());

        w.WriteStartObject("account");
        w.WriteString("id", user.Id);
        w.WriteString("email", user.Email);
        w.WriteBoolean("emailConfirmed", user.EmailConfirmed);
        w.WriteString("displayName", user.DisplayName);
        w.WriteString("phoneNumber", user.PhoneNumber);
        w.WriteString("preferredLanguage", user.PreferredCulture);
        w.WriteString("createdAt", user.CreatedAt);
        WriteNullable(w, "privacyNoticeAcceptedAt", user.PrivacyNoticeAcceptedAt);
        w.WriteStartObject("registeredOnPortal");
        w.WriteString("id", user.RegisteredInTenantId?.ToString());
        w.WriteString("name", TenantName(user.RegisteredInTenantId));
        w.WriteEndObject();
        w.WriteBoolean("twoFactorEnabled", user.TwoFactorEnabled);
        w.WriteBoolean("authenticatorAppConfigured", !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)));
        w.WriteNumber("recoveryCodesLeft", await users.CountRecoveryCodesAsync(user));
        w.WriteBoolean("platformAdministrator", user.IsPlatformAdmin);
        WriteNullable(w, "lockedOutUntil", user.LockoutEnd);
        w.WriteNumber("failedSignInAttempts", user.AccessFailedCount);
        w.WriteEndObject();

        var claims = await db.UserClaims.AsNoTracking().Where(c => c.UserId == user.Id).Select(c => new { c.ClaimType, c.ClaimValue }).ToListAsync(ct);
        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("type", c.ClaimType);
            w.WriteString("value", c.ClaimValue);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == user.Id).Select(l => new { l.LoginProvider, l.ProviderDisplayName }).ToListAsync(ct);
        w.WriteStartArray("externalLogins");
        foreach (var l in logins)
        {
            w.WriteStartObject();
            w.WriteString("provider", l.ProviderDisplayName ?? l.LoginProvider);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        var roles = await (
            from r in db.RoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            where r.UserId == user.Id
            join d in db.Departments.IgnoreQueryFilters([TenantFilter.Name]) on r.DepartmentId equals d.Id into ds
            from d in ds.DefaultIfEmpty()
            orderby r.AssignedAt
            select new { r.TenantId, r.Role, Department = d == null ? null : d.Name, r.AssignedAt }).ToListAsync(ct);
        w.WriteStartArray("roleAssignments");
        foreach (var r in roles)
        {
            w.WriteStartObject();
            w.WriteString("portal", TenantName(r.TenantId));
            w.WriteString("role", r.Role.ToString());
            w.WriteString("department", r.Department);
            w.WriteString("assignedAt", r.AssignedAt);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // What the person did, from the audit log. The values before and after a change describe the
        // record that was changed (often someone else's data), so only the names of the changed
        // fields are given (art. 15 ust. 4 RODO: the copy must not affect the rights of others).
        w.WriteStartArray("auditEntries");
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.ActorId == user.Id).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
            .Select(a => new { a.OccurredAt, a.TenantId, a.Module, a.Action, a.EntityType, a.EntityId, a.Changes })
            .AsAsyncEnumerable();
        var count = 0;
        await foreach (var a in entries.WithCancellation(ct))
        {
            w.WriteStartObject();
            w.WriteString("occurredAt", a.OccurredAt);
            w.WriteString("portal", TenantName(a.TenantId));
            w.WriteString("module", a.Module);
            w.WriteString("action", a.Action);
            w.WriteString("recordType", a.EntityType);
            w.WriteString("recordId", a.EntityId);
            w.WriteStartArray("changedFields");
            foreach (var field in ChangedFields(a.Changes)) w.WriteStringValue(field);
            w.WriteEndArray();
            w.WriteEndObject();
            if (++count % 500 == 0) await w.FlushAsync(ct);
        }
        w.WriteEndArray();

        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v) w.WriteString(name, v);
        else w.WriteNull(name);
    }

    private static IEnumerable<string> ChangedFields(string? changes)
    {
        if (string.IsNullOrEmpty(changes)) return [];
        try
        {
            using var doc = JsonDocument.Parse(changes);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.EnumerateObject().Select(p => p.Name).ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
