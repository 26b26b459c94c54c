using System.Reflection;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.LegalParameters;

public abstract class LegalParametersTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private static IReadOnlyList<string> AllKeys() => typeof(LegalParameterKeys)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Fact]
    public async Task Every_key_is_seeded_for_a_new_tenant_with_its_legal_basis()
    {
        var tenant = await App.NewTenantAsync("Gmina Nowa");
        var keys = AllKeys();
        Assert.True(keys.Count >= 30);

        var rows = await App.InTenantAsync(tenant, (db, _) => db.LegalParameters.AsNoTracking().ToListAsync());
        Assert.Equal(keys.Order(StringComparer.Ordinal), rows.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis), $"{r.Key} has no legal basis");
            Assert.Null(r.ValidTo);
            Assert.Equal(tenant.Id, r.TenantId);
        });

        var today = WarsawToday();
        await App.InTenantAsync(tenant, async (_, sp) =>
        {
            var parameters = sp.GetRequiredService<ILegalParameters>();
            foreach (var key in keys)
            {
                var value = await parameters.GetAsync(key, today);
                Assert.Equal(key, value.Key);
                Assert.False(string.IsNullOrWhiteSpace(value.LegalBasis));
            }
        });
    }

    [Fact]
    public async Task The_seeded_values_are_those_of_the_law()
    {
        var tenant = await App.NewTenantAsync("Gmina Ustawowa");
        await App.InTenantAsync(tenant, async (_, sp) =>
        {
            var parameters = sp.GetRequiredService<ILegalParameters>();
            var today = WarsawToday();
            var offer = await parameters.GetAsync(LegalParameterKeys.OfferDeadlineMinDays, today);
            Assert.Equal((21m, LegalUnit.Days, DayCountType.Calendar, "art. 13 ust. 1 UDPP"), (offer.Value, offer.Unit, offer.DayType, offer.LegalBasis));
            var smallGrant = await parameters.GetAsync(LegalParameterKeys.SmallGrantMaxAmount, today);
            Assert.Equal((10000m, LegalUnit.Zloty), (smallGrant.Value, smallGrant.Unit));
            var publish = await parameters.GetAsync(LegalParameterKeys.SmallGrantPublishWithinWorkingDays, today);
            Assert.Equal((7m, DayCountType.Working), (publish.Value, publish.DayType));
        });
    }

    [Fact]
    public async Task The_version_in_force_on_a_date_is_chosen()
    {
        var tenant = await App.NewTenantAsync("Gmina Nowelizacji");
        await App.InTenantAsync(tenant, async (db, _) =>
        {
            // An amendment: from 1 January 2027 the small-grant ceiling is 12 500 zł.
            var current = await db.LegalParameters.SingleAsync(p => p.Key == LegalParameterKeys.SmallGrantMaxAmount);
            current.ValidTo = new DateOnly(2026, 12, 31);
            db.LegalParameters.Add(new LegalParameter
            {
                Key = LegalParameterKeys.SmallGrantMaxAmount,
                Value = 12500m,
                Unit = LegalUnit.Zloty,
                DayType = DayCountType.None,
                LegalBasis = "art. 19a ust. 1 pkt 1 UDPP (po nowelizacji)",
                ValidFrom = new DateOnly(2027, 1, 1),
                ChangeReason = "Nowelizacja ustawy",
                CreatedAt = App.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });

        await App.InTenantAsync(tenant, async (_, sp) =>
        {
            var parameters = sp.GetRequiredService<ILegalParameters>();
            Assert.Equal(10000m, (await parameters.GetAsync(LegalParameterKeys.SmallGrantMaxAmount, new DateOnly(2026, 12, 31))).Value);
            var amended = await parameters.GetAsync(LegalParameterKeys.SmallGrantMaxAmount, new DateOnly(2027, 1, 1));
            Assert.Equal(12500m, amended.Value);
            Assert.Equal("art. 19a ust. 1 pkt 1 UDPP (po nowelizacji)", amended.LegalBasis);
            Assert.Equal(12500m, (await parameters.GetAsync(LegalParameterKeys.SmallGrantMaxAmount, new DateOnly(2040, 6, 1))).Value);
        });
    }

    [Fact]
    public async Task A_later_version_wins_even_when_the_earlier_one_was_left_open()
    {
        var tenant = await App.NewTenantAsync("Gmina Otwarta");
        await App.InTenantAsync(tenant, async (db, _) =>
        {
            db.LegalParameters.Add(new LegalParameter
            {
                Key = LegalParameterKeys.CouncilOpinionDays,
                Value = 21m,
                Unit = LegalUnit.Days,
                DayType = DayCountType.Calendar,
                LegalBasis = "art. 41i ust. 2 UDPP",
                ValidFrom = new DateOnly(2030, 1, 1),
                CreatedAt = App.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });
        await App.InTenantAsync(tenant, async (_, sp) =>
        {
            var parameters = sp.GetRequiredService<ILegalParameters>();
            Assert.Equal(14, (await parameters.GetAsync(LegalParameterKeys.CouncilOpinionDays, new DateOnly(2029, 12, 31))).AsInt());
            Assert.Equal(21, (await parameters.GetAsync(LegalParameterKeys.CouncilOpinionDays, new DateOnly(2030, 1, 1))).AsInt());
        });
    }

    [Fact]
    public async Task A_key_with_no_version_in_force_is_a_bug_and_throws()
    {
        var tenant = await App.NewTenantAsync("Gmina Bez Przepisów");
        await App.InTenantAsync(tenant, async (_, sp) =>
        {
            var parameters = sp.GetRequiredService<ILegalParameters>();
            // Seeded versions start on 1 January 2000.
            await Assert.ThrowsAsync<InvalidOperationException>(() => parameters.GetAsync(LegalParameterKeys.OfferDeadlineMinDays, new DateOnly(1999, 12, 31)));
            await Assert.ThrowsAsync<InvalidOperationException>(() => parameters.GetAsync("grants.no_such_parameter", WarsawToday()));
        });
    }

    [Fact]
    public async Task Each_tenant_reads_its_own_versions()
    {
        var a = await App.NewTenantAsync("Gmina Własna A");
        var b = await App.NewTenantAsync("Gmina Własna B");
        await App.InTenantAsync(a, async (db, _) =>
        {
            // Tenant A's competition rules give 14 days to correct formal errors from 2020 on.
            db.LegalParameters.Add(new LegalParameter
            {
                Key = LegalParameterKeys.FormalCorrectionDays,
                Value = 14m,
                Unit = LegalUnit.Days,
                DayType = DayCountType.Calendar,
                LegalBasis = "regulamin konkursu (uchwała rady gminy)",
                ValidFrom = new DateOnly(2020, 1, 1),
                CreatedAt = App.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });
        var today = WarsawToday();
        Assert.Equal(14, await App.InTenantAsync(a, async (_, sp) => (await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.FormalCorrectionDays, today)).AsInt()));
        Assert.Equal(7, await App.InTenantAsync(b, async (_, sp) => (await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.FormalCorrectionDays, today)).AsInt()));
    }

    private DateOnly WarsawToday() => Civitas.Platform.Calendar.WarsawTime.Today(App.Clock);
}

public sealed class LegalParametersTests_Sqlite(SqliteAppFixture f) : LegalParametersTests(f), IClassFixture<SqliteAppFixture>;

public sealed class LegalParametersTests_Postgres(PostgresAppFixture f) : LegalParametersTests(f), IClassFixture<PostgresAppFixture>;
