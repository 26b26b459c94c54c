using System.Net;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Admin;

public abstract class TenantSettingsTests(AppFixture fixture)
{
    private const string Url = "/admin/ustawienia";

    // A 1 × 1 PNG (a real image, as an administrator would upload).
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task A_brand_colour_too_light_for_white_text_is_refused_with_its_contrast_ratio()
    {
        var (tenant, host) = await App.OwnTenantAsync("kolory");
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.PrimaryColor"] = "#ffff00",
                ["Input.Name"] = "Gmina Żółta",
            }));
            var error = page.FieldError("Input_PrimaryColor");
            Assert.Contains("1,07:1", error, StringComparison.Ordinal);
            Assert.Contains("4,5:1", error, StringComparison.Ordinal);
            // Nothing the person typed is lost.
            Assert.Equal("#ffff00", page.GetElementById("Input_PrimaryColor")!.GetAttribute("value"));
            Assert.Equal("Gmina Żółta", page.GetElementById("Input_Name")!.GetAttribute("value"));

            page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?> { ["Input.PrimaryColor"] = "niebieski" }));
            Assert.Contains("#rrggbb", page.FieldError("Input_PrimaryColor"), StringComparison.Ordinal);

            // The same refusal in English, with the English number format.
            await client.GetAsync("/jezyk/en?returnUrl=/");
            page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?> { ["Input.AccentColor"] = "#ffff00" }));
            Assert.Contains("The contrast of this colour with white text is 1.07:1, but at least 4.5:1 is required", page.FieldError("Input_AccentColor"), StringComparison.Ordinal);
            await client.GetAsync("/jezyk/pl?returnUrl=/");

            var saved = await client.SubmitAsync(Url, new Dictionary<string, string?> { ["Input.PrimaryColor"] = "#1D4E89", ["Input.AccentColor"] = "#7a1f1a" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var stored = await TenantAsync(tenant.Id);
        Assert.Equal("#1d4e89", stored.PrimaryColor);
        Assert.Equal("#7a1f1a", stored.AccentColor);

        // The theme served to every page carries the new colour.
        using var anonymous = new TestClient(App, host);
        var css = await (await anonymous.GetAsync("/jst/motyw.css")).Content.ReadAsStringAsync();
        Assert.Contains("--brand:#1d4e89", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_TERYT_code_length_must_fit_the_kind_of_authority()
    {
        var (tenant, host) = await App.OwnTenantAsync("teryt");
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.Kind"] = nameof(TenantKind.County),
                ["Input.TerytCode"] = "0299023",
            }));
            Assert.Contains("Kod TERYT powiatu ma 4 cyfry, a podano 7", page.FieldError("Input_TerytCode"), StringComparison.Ordinal);

            page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.Kind"] = nameof(TenantKind.Voivodeship),
                ["Input.TerytCode"] = "0299",
            }));
            Assert.Contains("Kod TERYT województwa ma 2 cyfry, a podano 4", page.FieldError("Input_TerytCode"), StringComparison.Ordinal);

            page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.Kind"] = nameof(TenantKind.Municipality),
                ["Input.MunicipalityType"] = nameof(MunicipalityType.Rural),
                ["Input.TerytCode"] = "02990",
            }));
            Assert.Contains("Kod TERYT gminy ma 7 cyfr", page.FieldError("Input_TerytCode"), StringComparison.Ordinal);

            page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.Kind"] = nameof(TenantKind.Municipality),
                ["Input.MunicipalityType"] = nameof(MunicipalityType.Rural),
                ["Input.TerytCode"] = "02-99-02",
            }));
            Assert.Contains("tylko cyfry", page.FieldError("Input_TerytCode"), StringComparison.Ordinal);

            var saved = await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.Kind"] = nameof(TenantKind.County),
                ["Input.MunicipalityType"] = nameof(MunicipalityType.Rural),
                ["Input.TerytCode"] = "0299",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var stored = await TenantAsync(tenant.Id);
        Assert.Equal(TenantKind.County, stored.Kind);
        Assert.Equal("0299", stored.TerytCode);
        Assert.Null(stored.MunicipalityType); // a county has no municipality type
    }

    [Fact]
    public async Task A_logo_that_is_not_an_image_is_refused_and_a_real_one_is_published()
    {
        var (tenant, host) = await App.OwnTenantAsync("logo");
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var fake = await AdminKit.PageAsync(await client.UploadAsync(Url, "Logo", "Logo", "herb.png", "To nie jest obraz, tylko tekst."u8.ToArray()));
            Assert.Contains("Zawartość pliku nie odpowiada jego rozszerzeniu", fake.FieldError("Logo"), StringComparison.Ordinal);

            var pdf = await AdminKit.PageAsync(await client.UploadAsync(Url, "Logo", "Logo", "herb.pdf", "%PDF-1.4\n%"u8.ToArray()));
            Assert.Contains("nie jest dopuszczony", pdf.FieldError("Logo"), StringComparison.Ordinal);

            var large = new byte[(1024 * 1024) + 1];
            Png.CopyTo(large, 0);
            var tooLarge = await AdminKit.PageAsync(await client.UploadAsync(Url, "Logo", "Logo", "herb.png", large));
            Assert.Contains("1 MB", tooLarge.FieldError("Logo"), StringComparison.Ordinal);
            Assert.Null((await TenantAsync(tenant.Id)).LogoFileId);

            var ok = await client.UploadAsync(Url, "Logo", "Logo", "herb.png", Png);
            var settings = await client.FollowAsync(ok);
            Assert.Contains("Zapisano nowe logo", settings.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        }
        var logo = (await TenantAsync(tenant.Id)).LogoFileId;
        Assert.NotNull(logo);
        using var anonymous = new TestClient(App, host);
        var home = await anonymous.GetPageAsync("/");
        Assert.Equal($"/pliki/{logo}", home.QuerySelector("img.brand-logo")!.GetAttribute("src"));
        var file = await anonymous.GetAsync($"/pliki/{logo}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_settings_change_shows_at_once_on_the_cached_anonymous_pages()
    {
        var (tenant, host) = await App.OwnTenantAsync("cache");
        using var anonymous = new TestClient(App, host);
        Assert.Contains(tenant.Name, (await anonymous.GetPageAsync("/")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nie podano", (await anonymous.GetPageAsync("/deklaracja-dostepnosci")).GetElementById("a11y-osoba")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // The anonymous pages are now in the output cache; a change behind the cache's back is not seen...
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDb>();
            var t = await db.Tenants.SingleAsync(x => x.Id == tenant.Id);
            t.Phone = "+48 11 111 11 11";
            await db.SaveChangesAsync();
        });
        App.Services.GetRequiredService<ITenantStore>().Invalidate();
        Assert.DoesNotContain("+48 11 111 11 11", (await anonymous.GetPageAsync("/")).QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        // ...but a change saved through the settings page is.
        var (admin, _) = await App.SignedInAdminAsync(tenant, host);
        using (admin)
        {
            var saved = await admin.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.Name"] = "Gmina Odświeżona",
                ["Input.AccessibilityContactName"] = "Barbara Dostępna",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Contains("Gmina Odświeżona", (await anonymous.GetPageAsync("/")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var statement = await anonymous.GetPageAsync("/deklaracja-dostepnosci");
        Assert.Equal("Barbara Dostępna", statement.GetElementById("a11y-osoba")!.TextContent.Trim());
        Assert.Equal("Gmina Odświeżona", statement.GetElementById("a11y-podmiot")!.TextContent.Trim());
    }

    [Fact]
    public async Task Settings_saved_by_someone_else_meanwhile_are_shown_and_the_input_is_kept()
    {
        var (tenant, host) = await App.OwnTenantAsync("rownolegle");
        var (first, _) = await App.SignedInAdminAsync(tenant, host);
        var (second, _) = await App.SignedInAdminAsync(tenant, host);
        using (first)
        using (second)
        {
            var stale = await first.GetPageAsync(Url);
            Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(Url, new Dictionary<string, string?> { ["Input.Phone"] = "+48 22 123 45 67" })).StatusCode);

            var conflict = await AdminKit.PageAsync(await first.SubmitAsync(stale, Url, new Dictionary<string, string?> { ["Input.City"] = "Przykładowo" }));
            Assert.Contains("Ktoś inny zmienił te dane", conflict.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Przykładowo", conflict.GetElementById("Input_City")!.GetAttribute("value"));
            var changed = AdminKit.Squash(conflict.GetElementById("changed-meanwhile")!.ParentElement!.TextContent);
            Assert.Contains("+48 22 123 45 67", changed, StringComparison.Ordinal);
            Assert.Null((await TenantAsync(tenant.Id)).City);
        }
    }

    [Fact]
    public async Task Settings_refuse_bad_addresses_and_dates_next_to_the_field()
    {
        var (tenant, host) = await App.OwnTenantAsync("adresy");
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var page = await AdminKit.PageAsync(await client.SubmitAsync(Url, new Dictionary<string, string?>
            {
                ["Input.BipUrl"] = "bip.gmina.pl",
                ["Input.WebsiteUrl"] = "javascript:alert(1)",
                ["Input.PostalCode"] = "00950",
                ["Input.StatementPreparedOn"] = "2026-01-15",
                ["Input.StatementReviewedOn"] = "2025-12-01",
                ["Input.StatementByExternalAudit"] = "true",
                ["Input.AccessibilityAuditor"] = "",
                ["Input.WebsitePublishedOn"] = "to nie data",
            }));
            Assert.Contains("https://", page.FieldError("Input_BipUrl"), StringComparison.Ordinal);
            Assert.Contains("https://", page.FieldError("Input_WebsiteUrl"), StringComparison.Ordinal);
            Assert.Contains("00-000", page.FieldError("Input_PostalCode"), StringComparison.Ordinal);
            Assert.Contains("wcześniejsza niż data sporządzenia", page.FieldError("Input_StatementReviewedOn"), StringComparison.Ordinal);
            Assert.Contains("badanie", page.FieldError("Input_AccessibilityAuditor"), StringComparison.Ordinal);
            Assert.Contains("to nie data", page.FieldError("Input_WebsitePublishedOn"), StringComparison.Ordinal);
        }
        Assert.Null((await TenantAsync(tenant.Id)).BipUrl);
    }

    private Task<Tenant> TenantAsync(Guid id)
        => App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Tenants.AsNoTracking().SingleAsync(t => t.Id == id));
}

public sealed class TenantSettingsTests_Sqlite(SqliteAppFixture f) : TenantSettingsTests(f), IClassFixture<SqliteAppFixture>;

public sealed class TenantSettingsTests_Postgres(PostgresAppFixture f) : TenantSettingsTests(f), IClassFixture<PostgresAppFixture>;
