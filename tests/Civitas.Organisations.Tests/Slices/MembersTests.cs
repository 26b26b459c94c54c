using Civitas.Organisations.Contracts;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Tests.Slices;

public abstract class MembersTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private Task<Platform.Result> Act(Platform.Tenancy.TenantInfo tenant, Guid actor, Func<MembersHandler, Task<Platform.Result>> action)
        => App.InAsync(tenant, actor, sp => action(sp.GetRequiredService<MembersHandler>()));

    [Fact]
    public async Task An_invitation_makes_the_invited_account_a_member_and_sends_one_e_mail()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Przedstawicielka");
        var invited = await App.PersonAsync("Zaproszony");
        var organisation = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Zaproszeń"));
        var sent = await Act(tenant, rep.Id, m => m.InviteAsync(organisation.Id, rep.Id, invited.Email.ToUpperInvariant(), OrganisationMemberRole.Editor, "http://localhost", CancellationToken.None));
        Assert.True(sent.Succeeded);
        await App.DispatchOutboxAsync();
        var mail = await MailReader.WaitForAsync(App.MailPickupDirectory, invited.Email, TimeSpan.FromSeconds(10));
        Assert.Contains("Stowarzyszenie Zaproszeń", mail.Subject, StringComparison.Ordinal);
        var link = MailReader.Link(mail, "/moje-organizacje/zaproszenie/");
        var token = link[(link.LastIndexOf('/') + 1)..];

        var stranger = await App.PersonAsync("Ktoś z przekazanym linkiem");
        var wrong = await App.InAsync(tenant, stranger.Id, sp => sp.GetRequiredService<MembersHandler>().AcceptAsync(token, stranger.Id, CancellationToken.None));
        Assert.Equal("Invitations.WrongAccount", wrong.Errors.Single().Code);

        var accepted = await App.InAsync(tenant, invited.Id, sp => sp.GetRequiredService<MembersHandler>().AcceptAsync(token, invited.Id, CancellationToken.None));
        Assert.True(accepted.Succeeded);
        Assert.Equal(OrganisationMemberRole.Editor, await App.DbAsync(tenant, db => db.Memberships.Where(m => m.UserId == invited.Id).Select(m => m.Role).SingleAsync()));
        var again = await App.InAsync(tenant, invited.Id, sp => sp.GetRequiredService<MembersHandler>().AcceptAsync(token, invited.Id, CancellationToken.None));
        Assert.Equal("Invitations.NotOpen", again.Errors.Single().Code);
    }

    [Fact]
    public async Task Inviting_someone_who_already_is_a_member_is_refused()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Przedstawiciel Podwójny");
        var organisation = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Fundacja Podwójnych Zaproszeń") with { LegalForm = OrganisationLegalForm.Foundation });
        var result = await Act(tenant, rep.Id, m => m.InviteAsync(organisation.Id, rep.Id, rep.Email, OrganisationMemberRole.Viewer, "http://localhost", CancellationToken.None));
        Assert.Equal(("Members.AlreadyMember", "Email"), (result.Errors.Single().Code, result.Errors.Single().Field));
        var other = await App.PersonAsync("Inna");
        Assert.True((await Act(tenant, rep.Id, m => m.InviteAsync(organisation.Id, rep.Id, other.Email, OrganisationMemberRole.Viewer, "http://localhost", CancellationToken.None))).Succeeded);
        Assert.Equal("Members.AlreadyInvited", (await Act(tenant, rep.Id, m => m.InviteAsync(organisation.Id, rep.Id, other.Email, OrganisationMemberRole.Editor, "http://localhost", CancellationToken.None))).Errors.Single().Code);
        Assert.Equal(1, await App.DbAsync(tenant, db => db.Invitations.CountAsync(i => i.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task The_last_representative_cannot_leave_be_removed_or_demoted_until_handing_over()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Jedyna Przedstawicielka");
        var editor = await App.PersonAsync("Redaktor");
        var organisation = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Jednej Osoby"));
        await App.InAsync(tenant, rep.Id, async sp =>
        {
            var db = sp.GetRequiredService<Data.OrganisationsDb>();
            db.Memberships.Add(new Civitas.Organisations.Domain.Membership(organisation.Id, editor.Id, OrganisationMemberRole.Editor, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        var repMembership = await App.DbAsync(tenant, db => db.Memberships.Where(m => m.UserId == rep.Id && m.OrganisationId == organisation.Id).Select(m => m.Id).SingleAsync());
        var editorMembership = await App.DbAsync(tenant, db => db.Memberships.Where(m => m.UserId == editor.Id).Select(m => m.Id).SingleAsync());

        Assert.Equal("Members.LastRepresentative", (await Act(tenant, rep.Id, m => m.LeaveAsync(organisation.Id, rep.Id, CancellationToken.None))).Errors.Single().Code);
        Assert.Equal("Members.LastRepresentative", (await Act(tenant, rep.Id, m => m.ChangeRoleAsync(organisation.Id, rep.Id, repMembership, OrganisationMemberRole.Viewer, CancellationToken.None))).Errors.Single().Code);
        Assert.Equal("Members.LastRepresentative", (await Act(tenant, rep.Id, m => m.RemoveAsync(organisation.Id, rep.Id, repMembership, CancellationToken.None))).Errors.Single().Code);
        Assert.Equal("Members.NotRepresentative", (await Act(tenant, editor.Id, m => m.RemoveAsync(organisation.Id, editor.Id, repMembership, CancellationToken.None))).Errors.Single().Code);

        Assert.True((await Act(tenant, rep.Id, m => m.HandOverAsync(organisation.Id, rep.Id, editorMembership, CancellationToken.None))).Succeeded);
        var roles = await App.DbAsync(tenant, db => db.Memberships.Where(m => m.OrganisationId == organisation.Id).ToDictionaryAsync(m => m.UserId, m => m.Role));
        Assert.Equal(OrganisationMemberRole.Representative, roles[editor.Id]);
        Assert.Equal(OrganisationMemberRole.Editor, roles[rep.Id]);
        Assert.True((await Act(tenant, rep.Id, m => m.LeaveAsync(organisation.Id, rep.Id, CancellationToken.None))).Succeeded);
        Assert.Equal("Members.LastRepresentative", (await Act(tenant, editor.Id, m => m.LeaveAsync(organisation.Id, editor.Id, CancellationToken.None))).Errors.Single().Code);
    }
}

public sealed class MembersTests_Sqlite(SqliteAppFixture f) : MembersTests(f), IClassFixture<SqliteAppFixture>;

public sealed class MembersTests_Postgres(PostgresAppFixture f) : MembersTests(f), IClassFixture<PostgresAppFixture>;
