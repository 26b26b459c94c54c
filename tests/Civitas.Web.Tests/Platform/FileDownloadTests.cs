using System.Net;
using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.PlatformTests;

public abstract class FileDownloadTests(PlatformWebFixture fixture)
{
    private static readonly HashSet<FileKind> Any = [FileKind.Pdf, FileKind.Docx, FileKind.Odt, FileKind.Xlsx, FileKind.Png, FileKind.Jpeg, FileKind.Csv];

    private CivitasAppFactory App => fixture.App;

    private Task<StoredFileInfo> UploadAsync(TenantInfo tenant, byte[] content, string name, string ownerKind, bool isPublic)
        => App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            using var stream = new MemoryStream(content);
            var result = await sp.GetRequiredService<IFileStore>().SaveAsync(new FileUpload(stream, name, Any, ownerKind, Guid.NewGuid(), isPublic));
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value!;
        });

    [Fact]
    public async Task A_public_file_downloads_anonymously_with_its_bytes_and_type()
    {
        var demo = await App.DemoTenantAsync();
        var pdf = SampleFiles.Pdf();
        var file = await UploadAsync(demo, pdf, "ogłoszenie konkursu.pdf", "test:announcement", isPublic: true);

        using var client = new TestClient(App);
        var response = await client.GetAsync($"/pliki/{file.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_DOCX_is_served_as_an_attachment_with_its_name()
    {
        var demo = await App.DemoTenantAsync();
        var docx = SampleFiles.Docx();
        var file = await UploadAsync(demo, docx, "umowa dotacji – wzór.docx", "test:template", isPublic: true);

        using var client = new TestClient(App);
        var response = await client.GetAsync($"/pliki/{file.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("umowa dotacji – wzór.docx", disposition.FileNameStar);
        Assert.Equal(docx, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_path_in_an_uploaded_name_does_not_reach_the_download_name()
    {
        var demo = await App.DemoTenantAsync();
        var file = await UploadAsync(demo, SampleFiles.Docx(), "..\\..\\..\\Windows\\System32\\umowa.docx", "test:template", isPublic: true);

        using var client = new TestClient(App);
        var response = await client.GetAsync($"/pliki/{file.Id}");
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("umowa.docx", disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
    }

    [Fact]
    public async Task A_private_file_of_a_kind_without_an_access_policy_is_never_downloadable()
    {
        var demo = await App.DemoTenantAsync();
        var file = await UploadAsync(demo, SampleFiles.Pdf(), "oferta poufna.pdf", "test:no-policy", isPublic: false);

        using var anonymous = new TestClient(App);
        var response = await anonymous.GetAsync($"/pliki/{file.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/logowanie", response.Headers.Location!.AbsolutePath);

        var resident = await App.CreateUserAsync($"mieszkanka-{Guid.NewGuid():N}@example.org", "Maria Ciekawska");
        using var signedIn = new TestClient(App);
        await signedIn.SignInAsync(resident);
        Assert.Equal(HttpStatusCode.NotFound, (await signedIn.GetAsync($"/pliki/{file.Id}")).StatusCode);

        var admin = await App.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.org", "Adam Administrator", demo, Civitas.Platform.Identity.TenantRole.TenantAdmin, twoFactor: true);
        using var adminClient = new TestClient(App);
        await adminClient.SignInAsync(admin);
        Assert.Equal(HttpStatusCode.NotFound, (await adminClient.GetAsync($"/pliki/{file.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_private_file_whose_policy_allows_it_downloads()
    {
        var demo = await App.DemoTenantAsync();
        var png = SampleFiles.Png();
        var file = await UploadAsync(demo, png, "herb.png", "platform:tenant-logo", isPublic: false);

        using var client = new TestClient(App);
        var response = await client.GetAsync($"/pliki/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_another_tenant_is_not_found_on_this_tenants_host()
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.SecondTenantAsync("Gmina Cudza");
        var file = await UploadAsync(other, SampleFiles.Pdf(), "cudza oferta.pdf", "test:announcement", isPublic: true);

        using var onDemo = new TestClient(App);
        Assert.Equal(HttpStatusCode.NotFound, (await onDemo.GetAsync($"/pliki/{file.Id}")).StatusCode);
        using var onOwnHost = new TestClient(App, await App.HostOfAsync(other));
        Assert.Equal(HttpStatusCode.OK, (await onOwnHost.GetAsync($"/pliki/{file.Id}")).StatusCode);
        Assert.NotEqual(demo.Id, other.Id);
    }

    [Theory]
    [InlineData("/pliki/00000000-0000-0000-0000-000000000000")]
    [InlineData("/pliki/0198f3a4-1111-7222-8333-444455556666")]
    [InlineData("/pliki/nie-ma")]
    [InlineData("/pliki/..%2F..%2Fcivitas.db")]
    [InlineData("/pliki/..%2Fkeys")]
    public async Task An_unknown_or_malformed_file_address_is_a_404(string url)
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class FileDownloadTests_Sqlite(SqlitePlatformWebFixture f) : FileDownloadTests(f), IClassFixture<SqlitePlatformWebFixture>;

public sealed class FileDownloadTests_Postgres(PostgresPlatformWebFixture f) : FileDownloadTests(f), IClassFixture<PostgresPlatformWebFixture>;
