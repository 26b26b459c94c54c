using System.Globalization;
using System.Text;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Import;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Tests.Slices;

public abstract class ImportTests(AppFixture fixture)
{
    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private CivitasAppFactory App => fixture.App;

    private async Task<(ImportSession? Session, Platform.Result Result)> UploadAsync(TenantInfo tenant, TestUser official, byte[] bytes, string name = "organizacje.csv", long max = 20L * 1024 * 1024)
        => await App.InAsync(tenant, official.Id, async sp =>
        {
            var r = await sp.GetRequiredService<ImportRunner>().UploadAsync(new MemoryStream(bytes), name, bytes.Length, max, official.Id, CancellationToken.None);
            return (r.Value, (Platform.Result)r);
        });

    private Task<Platform.Result<ImportReport>> CheckAsync(TenantInfo tenant, TestUser official, Guid session, ImportMapping? mapping = null)
        => App.InAsync(tenant, official.Id, async sp =>
        {
            var db = sp.GetRequiredService<Data.OrganisationsDb>();
            var s = await db.Imports.FirstAsync(i => i.Id == session);
            return await sp.GetRequiredService<ImportRunner>().CheckAsync(s, mapping ?? ImportMapping.FromJson(s.MappingJson), CancellationToken.None);
        });

    private Task<Platform.Result<ImportReport>> ImportAsync(TenantInfo tenant, TestUser official, Guid session)
        => App.InAsync(tenant, official.Id, async sp =>
        {
            var db = sp.GetRequiredService<Data.OrganisationsDb>();
            return await sp.GetRequiredService<ImportRunner>().ImportAsync(await db.Imports.FirstAsync(i => i.Id == session), CancellationToken.None);
        });

    private async Task<(TenantInfo Tenant, TestUser Official)> FreshTenantAsync()
    {
        var tenant = await App.CreateTenantAsync("imp-" + Guid.NewGuid().ToString("N")[..8], "Gmina Importowa", $"imp-{Guid.NewGuid():N}.example");
        var official = await App.CreateUserAsync($"o{Guid.NewGuid():N}@example.org", "Urzędnik Importu", tenant, Platform.Identity.TenantRole.Official);
        return (tenant, official);
    }

    [Fact]
    public async Task The_46_organisations_from_the_KRS_import_cleanly_and_a_second_import_updates_instead_of_duplicating()
    {
        var (tenant, official) = await FreshTenantAsync();
        var bytes = await File.ReadAllBytesAsync(SharedData.NgoList);
        var (session, uploaded) = await UploadAsync(tenant, official, bytes);
        Assert.True(uploaded.Succeeded, string.Join(",", uploaded.Errors.Select(e => e.Code)));
        Assert.Equal(CsvFormat.Utf8, session!.EncodingName);

        var report = (await CheckAsync(tenant, official, session.Id)).Value!;
        Assert.Equal(46, report.Rows);
        Assert.Empty(report.Problems);
        Assert.Equal(46, report.Importable);
        var done = await ImportAsync(tenant, official, session.Id);
        Assert.True(done.Succeeded);
        Assert.True(done.Value!.Imported);

        var imported = await App.DbAsync(tenant, db => db.Listings.AsNoTracking().Where(l => l.Source == ListingSource.Imported)
            .Join(db.Organisations, l => l.OrganisationId, o => o.Id, (l, o) => o).ToListAsync());
        Assert.Equal(46, imported.Count);
        var bieszczady = imported.Single(o => o.Krs == "0000096794");
        Assert.Equal("\"BIESZCZADZKIE STOWARZYSZENIE NA RZECZ POPRAWY BEZPIECZEŃSTWA\"", bieszczady.Name);
        Assert.Equal("6891178090", bieszczady.Nip);
        Assert.Equal(new DateOnly(2002, 3, 4), bieszczady.FoundedOn);
        Assert.True(imported.Single(o => o.Krs == "0000159405").IsPublicBenefit);
        Assert.True(imported.Single(o => o.Krs == "0000234234").InLiquidation);
        Assert.Equal(OrganisationLegalForm.SportsClub, imported.Single(o => o.Krs == "0000131935").LegalForm);
        Assert.Equal(1, await App.DbAsync(tenant, db => db.AuditEntries.CountAsync(a => a.Action == "OrganisationsImported" && a.EntityId == session.Id.ToString())));

        // The same file again: nothing new, nothing duplicated.
        var (again, _) = await UploadAsync(tenant, official, bytes);
        var second = (await CheckAsync(tenant, official, again!.Id)).Value!;
        Assert.Equal((0, 0, 0, 46), (second.Created, second.Updated, second.Listed, second.Unchanged));

        // A corrected file updates the organisation it names.
        var edited = Encoding.UTF8.GetString(bytes).Replace("RYNEK,6,,38-700", "RYNEK,7,,38-700", StringComparison.Ordinal);
        var (third, _) = await UploadAsync(tenant, official, Encoding.UTF8.GetBytes(edited));
        var thirdReport = (await CheckAsync(tenant, official, third!.Id)).Value!;
        Assert.Equal((0, 1, 45), (thirdReport.Created, thirdReport.Updated, thirdReport.Unchanged));
        Assert.True((await ImportAsync(tenant, official, third.Id)).Succeeded);
        Assert.Equal("7", await App.DbAsync(tenant, db => db.Organisations.Where(o => o.Krs == "0000096794").Select(o => o.Building).SingleAsync()));
        Assert.Equal(46, await App.DbAsync(tenant, db => db.Listings.CountAsync(l => l.Source == ListingSource.Imported)));
    }

    [Fact]
    public async Task A_Windows_1250_file_with_bad_rows_reports_every_bad_row_and_imports_the_good_ones()
    {
        var (tenant, official) = await FreshTenantAsync();
        string Krs() => OrgKit.NewKrs();
        var duplicate = Krs();
        var lines = new List<string>
        {
            "Nazwa;Forma prawna;KRS;NIP;REGON;Inny rejestr;Numer w rejestrze;Miejscowość;Kod pocztowy;Ulica;Nr domu;Szerokość geograficzna;Długość geograficzna;Sfery",
            $"Stowarzyszenie Przyjaciół Łodzi;stowarzyszenie;{Krs()};;;;;Łódź;90-001;Piotrkowska;1;51,7592;19,4560;\"16;13\"",
            $"Fundacja Żółty Żuraw;fundacja;{duplicate};;;;;Kraków;31-001;Rynek Główny;2;;;18",
            $"Koło Gospodyń Wiejskich w Ściborzycach;KGW;;{OrgKit.NewNip()};;Krajowy Rejestr Kół Gospodyń Wiejskich;KRKGW/0001/2019;Ściborzyce;;;;;;4",
            $"Stowarzyszenie Zły KRS;stowarzyszenie;12345;;;;;Opole;;;;;;",
            $"Fundacja Zły NIP;fundacja;{Krs()};1234567890;;;;Opole;;;;;;",
            $";stowarzyszenie;{Krs()};;;;;Opole;;;;;;",
            $"Fundacja Dubel;fundacja;{duplicate};;;;;Kraków;;;;;;",
            $"Stowarzyszenie Poza Polską;stowarzyszenie;{Krs()};;;;;Berlin;;;;52,52;13,40;",
            $"Fundacja Brak Kolumn;fundacja;{Krs()}",
            $"Partia Nieznana;partia polityczna;{Krs()};;;;;Opole;;;;;;",
        };
        var bytes = Encoding.GetEncoding(1250).GetBytes(string.Join("\r\n", lines) + "\r\n");
        var (session, uploaded) = await UploadAsync(tenant, official, bytes, "wydzial-2026.csv");
        Assert.True(uploaded.Succeeded);
        Assert.Equal(CsvFormat.Windows1250, session!.EncodingName);
        Assert.Equal(';', session.Delimiter);

        var report = (await CheckAsync(tenant, official, session.Id)).Value!;
        Assert.Equal(10, report.Rows);
        Assert.Equal(3, report.Created);
        var byLine = report.Problems.ToDictionary(p => p.Line, p => p.Errors.Select(e => e.Code).ToList());
        Assert.Equal([5, 6, 7, 8, 9, 10, 11], byLine.Keys.Order());
        Assert.Contains("Organisation.KrsInvalid", byLine[5]);
        Assert.Contains("Organisation.NipInvalid", byLine[6]);
        Assert.Contains("Organisation.NameRequired", byLine[7]);
        Assert.Contains("Import.DuplicateInFile", byLine[8]);
        Assert.Contains("Organisation.CoordinatesOutsidePoland", byLine[9]);
        Assert.Contains("Import.ColumnCount", byLine[10]);
        Assert.Contains("Import.LegalFormUnknown", byLine[11]);
        Assert.Equal("KRS", report.Problems.Single(p => p.Line == 5).Errors.Single().Column);

        Assert.True((await ImportAsync(tenant, official, session.Id)).Succeeded);
        var names = await App.DbAsync(tenant, db => db.Listings.AsNoTracking().OrderBy(l => l.Name).Select(l => l.Name).ToListAsync());
        Assert.Equal(["Fundacja Żółty Żuraw", "Koło Gospodyń Wiejskich w Ściborzycach", "Stowarzyszenie Przyjaciół Łodzi"], names);
        var lodz = await App.DbAsync(tenant, db => db.Organisations.AsNoTracking().Include(o => o.Spheres).SingleAsync(o => o.Name == "Stowarzyszenie Przyjaciół Łodzi"));
        Assert.Equal(51.7592, lodz.Latitude);
        Assert.Equal(["13", "16"], lodz.Spheres.Select(s => s.SphereCode).Order());
    }

    [Fact]
    public async Task Broken_encoding_missing_columns_and_oversized_files_write_nothing()
    {
        var (tenant, official) = await FreshTenantAsync();
        var mixed = Encoding.UTF8.GetBytes("nazwa;krs;miejscowość\nŁódź;0000000001;Łódź\n").Concat(Encoding.GetEncoding(1250).GetBytes("Kraków;0000000002;Kraków\n")).ToArray();
        var (_, broken) = await UploadAsync(tenant, official, mixed);
        Assert.Equal(("Import.EncodingBroken", "File"), (broken.Errors.Single().Code, broken.Errors.Single().Field));

        var big = new byte[21 * 1024 * 1024];
        var (_, tooLarge) = await UploadAsync(tenant, official, big, max: 20L * 1024 * 1024);
        Assert.Equal("Import.TooLarge", tooLarge.Errors.Single().Code);

        var (_, notCsv) = await UploadAsync(tenant, official, Encoding.UTF8.GetBytes("a;b\n1;2\n"), "dane.xlsx");
        Assert.Equal("Import.NotCsv", notCsv.Errors.Single().Code);

        var (session, ok) = await UploadAsync(tenant, official, Encoding.UTF8.GetBytes("Adres;Telefon\nRynek 1;123\n"));
        Assert.True(ok.Succeeded);
        var check = await CheckAsync(tenant, official, session!.Id);
        Assert.Equal(["Import.NameColumnMissing", "Import.CityColumnMissing", "Import.IdentityColumnMissing"], check.Errors.Select(e => e.Code));
        Assert.Equal(0, await App.DbAsync(tenant, db => db.Listings.CountAsync()));
        Assert.Equal(1, await App.DbAsync(tenant, db => db.Imports.CountAsync()));
    }
}

public sealed class ImportTests_Sqlite(SqliteAppFixture f) : ImportTests(f), IClassFixture<SqliteAppFixture>;

public sealed class ImportTests_Postgres(PostgresAppFixture f) : ImportTests(f), IClassFixture<PostgresAppFixture>;
