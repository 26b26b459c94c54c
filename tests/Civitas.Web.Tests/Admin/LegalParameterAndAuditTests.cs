using System.Net;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Admin;

public abstract class LegalParameterAndAuditTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task A_new_legal_parameter_version_applies_from_its_date_closes_the_previous_one_and_is_audited()
    {
        var (tenant, host) = await App.OwnTenantAsync("parametry");
        var today = WarsawTime.Today(App.Clock);
        var from = today.AddDays(10);
        const string key = LegalParameterKeys.OfferDeadlineMinDays;
        // Read once first, so the value sits in the parameters cache the change must drop.
        Assert.Equal(21m, (await ValueAsync(tenant, key, from)).Value);

        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var url = $"/admin/parametry-prawne/{key}/nowa-wersja";
            var form = await client.GetPageAsync(url);
            Assert.Equal("21", form.GetElementById("Input_Value")!.GetAttribute("value"));
            var saved = await client.SubmitAsync(url, new Dictionary<string, string?>
            {
                ["Input.Value"] = "30",
                ["Input.ValidFrom"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Reason"] = "Nowelizacja ustawy (przykład testowy)",
                ["Input.Verified"] = "true",
            });
            var list = await client.FollowAsync(saved);
            Assert.Contains("Zapisano nową wersję", list.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
            var row = AdminKit.Squash(list.GetElementById("param-grants-offer_deadline_min_days")!.TextContent);
            Assert.Contains("21 dni kalendarzowych", row, StringComparison.Ordinal);
            Assert.Contains($"Od {from:yyyy-MM-dd}: 30 dni kalendarzowych", row, StringComparison.Ordinal);
        }

        Assert.Equal(21m, (await ValueAsync(tenant, key, today)).Value);
        Assert.Equal(21m, (await ValueAsync(tenant, key, from.AddDays(-1))).Value);
        var after = await ValueAsync(tenant, key, from);
        Assert.Equal(30m, after.Value);
        Assert.False(after.Unverified);
        Assert.Equal(30m, (await ValueAsync(tenant, key, from.AddYears(5))).Value);

        var versions = await App.AsTenantAsync(tenant, (db, _) => db.LegalParameters.AsNoTracking().Where(p => p.Key == key).OrderBy(p => p.ValidFrom).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Equal(from.AddDays(-1), versions[0].ValidTo);
        Assert.Null(versions[1].ValidTo);
        Assert.Equal("Nowelizacja ustawy (przykład testowy)", versions[1].ChangeReason);

        var audit = await App.AsTenantAsync(tenant, (db, _) => db.AuditEntries.AsNoTracking()
            .Where(e => e.TenantId == tenant.Id && e.EntityType == nameof(LegalParameter) && e.ActorId != null)
            .Select(e => new { e.Action, e.EntityId }).ToListAsync());
        Assert.Contains(audit, a => a.Action == "Created" && a.EntityId == versions[1].Id.ToString());
        Assert.Contains(audit, a => a.Action == "Updated" && a.EntityId == versions[0].Id.ToString());
    }

    [Fact]
    public async Task A_new_version_is_refused_for_a_past_date_or_a_value_that_does_not_fit_its_unit()
    {
        var (tenant, host) = await App.OwnTenantAsync("parametry-zle");
        var today = WarsawTime.Today(App.Clock);
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            async Task<AngleSharp.Html.Dom.IHtmlDocument> Try(string key, string value, DateOnly from, string reason = "Powód")
                => await AdminKit.PageAsync(await client.SubmitAsync($"/admin/parametry-prawne/{key}/nowa-wersja", new Dictionary<string, string?>
                {
                    ["Input.Value"] = value,
                    ["Input.ValidFrom"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.Reason"] = reason,
                }));

            Assert.Contains("najwcześniej od dziś", (await Try(LegalParameterKeys.OfferDeadlineMinDays, "30", today.AddDays(-1))).FieldError("Input_ValidFrom"), StringComparison.Ordinal);
            Assert.Contains("liczbę całkowitą", (await Try(LegalParameterKeys.OfferDeadlineMinDays, "2,5", today)).FieldError("Input_Value"), StringComparison.Ordinal);
            Assert.Contains("od 0 do 100", (await Try(LegalParameterKeys.SmallGrantShareOfPlannedMaxPercent, "150", today)).FieldError("Input_Value"), StringComparison.Ordinal);
            Assert.Contains("z groszami", (await Try(LegalParameterKeys.SmallGrantMaxAmount, "10 000,005", today)).FieldError("Input_Value"), StringComparison.Ordinal);
            Assert.Contains("DD.MM", (await Try(LegalParameterKeys.ProgrammeAdoptionDeadline, "29.02", today)).FieldError("Input_Value"), StringComparison.Ordinal);
            Assert.Contains("wymagane", (await Try(LegalParameterKeys.OfferDeadlineMinDays, "30", today, reason: "")).FieldError("Input_Reason"), StringComparison.Ordinal);

            // Polish notation is understood: a space between thousands and a decimal comma.
            var saved = await client.SubmitAsync($"/admin/parametry-prawne/{LegalParameterKeys.SmallGrantMaxAmount}/nowa-wersja", new Dictionary<string, string?>
            {
                ["Input.Value"] = "12 500,50",
                ["Input.ValidFrom"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Reason"] = "Zmiana progu",
                ["Input.Verified"] = null, // not ticked
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var same = await Try(LegalParameterKeys.SmallGrantMaxAmount, "13 000", today);
            Assert.Contains("już istnieje", same.FieldError("Input_ValidFrom"), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/parametry-prawne/grants.no_such_key/nowa-wersja")).StatusCode);
        }
        var value = await ValueAsync(tenant, LegalParameterKeys.SmallGrantMaxAmount, today);
        Assert.Equal(12500.50m, value.Value);
        Assert.True(value.Unverified); // not ticked as checked against the act
    }

    [Fact]
    public async Task Officials_read_the_parameters_in_force_with_units_in_both_languages()
    {
        var (tenant, host) = await App.OwnTenantAsync("urzednik-parametry");
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy");
        var official = await App.CreateUserAsync($"official-{AdminKit.Unique()}@example.org", "Urzędnik", tenant, TenantRole.Official, department, twoFactor: true);
        using var client = new TestClient(App, host);
        await client.SignInAsync(official);

        var page = await client.GetPageAsync("/urzad/parametry-prawne");
        string Row(string key) => AdminKit.Squash(page.GetElementById("param-" + key.Replace('.', '-'))!.TextContent);
        Assert.Contains("Najkrótszy termin na składanie ofert", Row(LegalParameterKeys.OfferDeadlineMinDays), StringComparison.Ordinal);
        Assert.Contains("21 dni kalendarzowych", Row(LegalParameterKeys.OfferDeadlineMinDays), StringComparison.Ordinal);
        Assert.Contains("art. 13 ust. 1 UDPP", Row(LegalParameterKeys.OfferDeadlineMinDays), StringComparison.Ordinal);
        Assert.Contains("7 dni roboczych", Row(LegalParameterKeys.SmallGrantPublishWithinWorkingDays), StringComparison.Ordinal);
        Assert.Contains("10 000,00 zł", Row(LegalParameterKeys.SmallGrantMaxAmount), StringComparison.Ordinal);
        Assert.Contains("30 listopada", Row(LegalParameterKeys.ProgrammeAdoptionDeadline), StringComparison.Ordinal);
        Assert.Contains("31 maja", Row(LegalParameterKeys.ProgrammeReportDeadline), StringComparison.Ordinal);
        Assert.Contains("1 miesiąc", Row(LegalParameterKeys.OwnInitiativeAnswerMonths), StringComparison.Ordinal);
        Assert.Contains("2 miesiące", Row(LegalParameterKeys.CouncilCreationMonths), StringComparison.Ordinal);
        Assert.Contains("5 lat", Row(LegalParameterKeys.ContractMaxYears), StringComparison.Ordinal);
        Assert.Contains("3 lata", Row(LegalParameterKeys.CouncilTermYears), StringComparison.Ordinal);
        Assert.Contains("0,5%", Row(LegalParameterKeys.ParticipatoryBudgetMinSharePercent), StringComparison.Ordinal);
        Assert.Contains("niezweryfikowane", Row(LegalParameterKeys.JustificationRequestDays), StringComparison.Ordinal);
        Assert.DoesNotContain("niezweryfikowane", Row(LegalParameterKeys.OfferDeadlineMinDays), StringComparison.Ordinal);
        Assert.Contains("domyślne ustawienia", page.GetElementById("unverified-note")!.TextContent, StringComparison.Ordinal);
        // Read only for officials: no "new version" link, but the history is there.
        Assert.Empty(page.QuerySelectorAll("a[href*='nowa-wersja']"));
        Assert.Equal(LegalParameterSeed.Defaults.Count, page.QuerySelectorAll("details").Length);

        await client.GetAsync("/jezyk/en?returnUrl=/");
        page = await client.GetPageAsync("/urzad/parametry-prawne");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("21 calendar days", Row(LegalParameterKeys.OfferDeadlineMinDays), StringComparison.Ordinal);
        Assert.Contains("Minimum time for submitting offers", Row(LegalParameterKeys.OfferDeadlineMinDays), StringComparison.Ordinal);
        Assert.Contains("30 November", Row(LegalParameterKeys.ProgrammeAdoptionDeadline), StringComparison.Ordinal);
        Assert.Contains("10 000,00 zł", Row(LegalParameterKeys.SmallGrantMaxAmount), StringComparison.Ordinal);
        Assert.Contains("unverified", page.GetElementById("unverified-note")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_audit_log_shows_only_this_tenants_entries_newest_first()
    {
        var (tenant, host) = await App.OwnTenantAsync("dziennik");
        var (other, _) = await App.OwnTenantAsync("dziennik-obcy");
        var now = App.Clock.GetUtcNow();
        await AddAuditAsync(new AuditEntry(tenant.Id, now.AddMinutes(1), null, "Ewa Starsza", "platform", "Updated", "Department", "older", "{\"Name\":{\"before\":\"Stara nazwa\",\"after\":\"Nowa nazwa\"}}"));
        await AddAuditAsync(new AuditEntry(tenant.Id, now.AddMinutes(2), null, "Ewa Nowsza", "platform", "Created", "Department", "newer", "{\"Name\":{\"after\":\"Wydział Nowy\"}}"));
        await AddAuditAsync(new AuditEntry(other.Id, now.AddMinutes(3), null, "Obcy Urzędnik", "platform", "Updated", "Department", "foreign", "{\"Name\":{\"before\":\"Tajne\",\"after\":\"Ściśle tajne\"}}"));
        await AddAuditAsync(new AuditEntry(null, now.AddMinutes(3), null, "System", "platform", "Created", "Tenant", "platform-wide", null));

        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var page = await client.GetPageAsync("/admin/dziennik");
            var text = AdminKit.Squash(page.QuerySelector("table.data")!.TextContent);
            Assert.DoesNotContain("Obcy Urzędnik", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Ściśle tajne", text, StringComparison.Ordinal);
            Assert.DoesNotContain("platform-wide", text, StringComparison.Ordinal);
            var rows = page.QuerySelectorAll("table.data tbody tr").Select(r => AdminKit.Squash(r.TextContent)).ToList();
            var newer = rows.FindIndex(r => r.Contains("Ewa Nowsza", StringComparison.Ordinal));
            var older = rows.FindIndex(r => r.Contains("Ewa Starsza", StringComparison.Ordinal));
            Assert.True(newer >= 0 && older > newer, string.Join('\n', rows));
            // The change JSON is shown as "field: before → after".
            Assert.Contains("Nazwa: Stara nazwa → zmieniono na Nowa nazwa", rows[older], StringComparison.Ordinal);
            Assert.Contains("Wydział", rows[older], StringComparison.Ordinal); // the entity type in words
            Assert.Contains("Zmiana", rows[older], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_audit_log_filters_by_Warsaw_dates_person_module_record_and_action()
    {
        var (tenant, host) = await App.OwnTenantAsync("filtry");
        // 00:30 on 11 March 2020 in Warsaw is still 10 March in UTC: the filter counts Warsaw days.
        // (Years before the tenant existed, so its own creation entries stay out of the date ranges.)
        var justAfterMidnight = WarsawTime.ToUtc(new DateOnly(2020, 3, 11), new TimeOnly(0, 30));
        var lateEvening = WarsawTime.ToUtc(new DateOnly(2020, 3, 10), new TimeOnly(22, 0));
        await AddAuditAsync(new AuditEntry(tenant.Id, lateEvening, null, "Jan Kowalski", "platform", "Updated", "Department", "e1", null));
        await AddAuditAsync(new AuditEntry(tenant.Id, justAfterMidnight, null, "Anna Nowak", "grants", "OfferOpened", "Offer", "e2", "{\"committee\":\"Komisja 1\"}"));
        await AddAuditAsync(new AuditEntry(tenant.Id, justAfterMidnight.AddDays(2), null, "Janina Kowalska", "platform", "Deleted", "Department", "e3", null));

        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            async Task<List<string>> Ids(string query)
            {
                var page = await client.GetPageAsync("/admin/dziennik?" + query);
                return page.QuerySelectorAll("table.data tbody tr td code").Select(c => c.TextContent.Trim()).Where(t => t is "e1" or "e2" or "e3").ToList();
            }

            Assert.Equal(["e2"], await Ids("From=2020-03-11&To=2020-03-11"));
            Assert.Equal(["e1"], await Ids("From=2020-03-10&To=2020-03-10"));
            Assert.Equal(["e3", "e2"], await Ids("From=2020-03-11&To=2020-12-31"));
            Assert.Equal(["e3", "e1"], await Ids("Actor=kowal"));
            Assert.Equal(["e2"], await Ids("Module=grants"));
            Assert.Equal(["e3", "e1"], await Ids("Entity=Department"));
            Assert.Equal(["e3"], await Ids("Action=Deleted"));
            Assert.Equal(["e1"], await Ids("Actor=Kowal&To=2020-03-12"));

            // The filter values found in the log are offered; the chosen one stays selected.
            var page = await client.GetPageAsync("/admin/dziennik?Action=OfferOpened");
            Assert.Equal("OfferOpened", page.QuerySelector("#Action option[selected]")!.GetAttribute("value"));
            Assert.Contains(page.QuerySelectorAll("#Module option"), o => o.GetAttribute("value") == "grants");
            Assert.Contains("committee: Komisja 1", AdminKit.Squash(page.QuerySelector("table.data")!.TextContent), StringComparison.Ordinal);

            var wrong = await client.GetPageAsync("/admin/dziennik?From=2026-03-12&To=2026-03-10");
            Assert.Contains("nie może być wcześniejsza", wrong.FieldError("To"), StringComparison.Ordinal);
            Assert.Null(wrong.QuerySelector("table.data"));
            var bad = await client.GetPageAsync("/admin/dziennik?From=wczoraj");
            Assert.Contains("wczoraj", bad.FieldError("From"), StringComparison.Ordinal);
            var extreme = await client.GetPageAsync("/admin/dziennik?From=0001-01-01&To=9999-12-31");
            Assert.Contains("2000–2099", extreme.FieldError("From"), StringComparison.Ordinal);
            Assert.Contains("2000–2099", extreme.FieldError("To"), StringComparison.Ordinal);
        }
    }

    private Task AddAuditAsync(AuditEntry entry) => App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDb>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
    });

    private Task<LegalValue> ValueAsync(TenantInfo tenant, string key, DateOnly asOf)
        => App.AsTenantAsync(tenant, (_, sp) => sp.GetRequiredService<ILegalParameters>().GetAsync(key, asOf));
}

public sealed class LegalParameterAndAuditTests_Sqlite(SqliteAppFixture f) : LegalParameterAndAuditTests(f), IClassFixture<SqliteAppFixture>;

public sealed class LegalParameterAndAuditTests_Postgres(PostgresAppFixture f) : LegalParameterAndAuditTests(f), IClassFixture<PostgresAppFixture>;
