using System.Security.Cryptography;
using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Files;

public abstract class FileStoreTests(AppFixture fixture)
{
    private static readonly HashSet<FileKind> Documents = [FileKind.Pdf, FileKind.Docx, FileKind.Odt, FileKind.Xlsx, FileKind.Jpeg, FileKind.Png, FileKind.Csv];

    private CivitasAppFactory App => fixture.App;

    private string FilesRoot => Path.Combine(App.Root, "files");

    public static TheoryData<string, string, FileKind, string> Allowed() => new()
    {
        { "pdf", "Oferta – Stowarzyszenie Łąka.pdf", FileKind.Pdf, "application/pdf" },
        { "docx", "umowa dotacji.docx", FileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", "kosztorys.xlsx", FileKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "odt", "sprawozdanie.odt", FileKind.Odt, "application/vnd.oasis.opendocument.text" },
        { "png", "logo.png", FileKind.Png, "image/png" },
        { "jpeg", "zdjęcie z festynu.jpg", FileKind.Jpeg, "image/jpeg" },
        { "csv", "lista uczestników.csv", FileKind.Csv, "text/csv" },
    };

    private Task<Result<StoredFileInfo>> SaveAsync(TenantInfo? tenant, byte[] content, string name, IReadOnlySet<FileKind>? allowed = null, long? maxBytes = null, bool isPublic = false)
        => App.InTenantAsync(tenant, async (_, sp) =>
        {
            using var stream = new MemoryStream(content);
            return await sp.GetRequiredService<IFileStore>().SaveAsync(
                new FileUpload(stream, name, allowed ?? Documents, "test:attachment", Guid.NewGuid(), isPublic, maxBytes));
        });

    private Task<byte[]?> ReadAsync(TenantInfo? tenant, Guid id) => App.InTenantAsync(tenant, async (_, sp) =>
    {
        await using var stream = await sp.GetRequiredService<IFileStore>().OpenReadAsync(id);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    });

    private List<string> FilesOnDisk() => Directory.Exists(FilesRoot)
        ? Directory.EnumerateFiles(FilesRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
        : [];

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task An_allowed_file_is_stored_and_read_back_with_its_SHA_256(string sample, string name, FileKind kind, string contentType)
    {
        var tenant = await App.NewTenantAsync("Gmina Plikowa");
        var content = FileTypeDetectorTests.Sample(sample);

        var result = await SaveAsync(tenant, content, name);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        var info = result.Value!;
        Assert.Equal(kind, info.Kind);
        Assert.Equal(contentType, info.ContentType);
        Assert.Equal(name, info.FileName);
        Assert.Equal(content.LongLength, info.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), info.Sha256);
        Assert.Equal(tenant.Id, info.TenantId);

        var back = await ReadAsync(tenant, info.Id);
        Assert.Equal(content, back);
        Assert.Equal(info, await App.InTenantAsync(tenant, (_, sp) => sp.GetRequiredService<IFileStore>().FindAsync(info.Id)));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_leaves_nothing_behind()
    {
        var tenant = await App.NewTenantAsync("Gmina Limitowa");
        var before = FilesOnDisk();
        var rowsBefore = await App.InTenantAsync(null, (db, _) => db.Files.CountAsync());
        var big = new byte[300 * 1024];
        SampleFiles.Png().CopyTo(big, 0);

        var result = await SaveAsync(tenant, big, "logo.png", maxBytes: 200 * 1024);

        var error = Assert.Single(result.Errors);
        Assert.Equal("File.TooLarge", error.Code);
        // The message names the limit; 200 KB must not read as "0 MB".
        Assert.Equal("0,1", Assert.Single(error.Args) switch
        {
            decimal d => d.ToString(new System.Globalization.CultureInfo("pl-PL")),
            var other => other.ToString(),
        });
        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(rowsBefore, await App.InTenantAsync(null, (db, _) => db.Files.CountAsync()));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var tenant = await App.NewTenantAsync("Gmina Pusta");
        var before = FilesOnDisk();
        var result = await SaveAsync(tenant, [], "oferta.pdf");
        Assert.Equal("File.Empty", Assert.Single(result.Errors).Code);
        Assert.Equal(before, FilesOnDisk());
    }

    [Theory]
    [InlineData("png", "oferta.pdf")]
    [InlineData("xlsx", "umowa.docx")]
    [InlineData("docx", "umowa.odt")]
    [InlineData("exe", "oferta.pdf")]
    [InlineData("pdf", "zdjęcie.jpg")]
    public async Task A_file_whose_content_does_not_match_its_extension_is_refused(string sample, string name)
    {
        var tenant = await App.NewTenantAsync("Gmina Podejrzliwa");
        var before = FilesOnDisk();
        var result = await SaveAsync(tenant, FileTypeDetectorTests.Sample(sample), name);
        Assert.Equal("File.ContentMismatch", Assert.Single(result.Errors).Code);
        Assert.Equal(before, FilesOnDisk());
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("strona.html")]
    [InlineData("strona.htm")]
    [InlineData("skrypt.js")]
    [InlineData("rysunek.svg")]
    [InlineData("oferta.pdf.exe")]
    public async Task A_file_type_that_is_not_allowed_is_refused(string name)
    {
        var tenant = await App.NewTenantAsync("Gmina Ostrożna");
        var content = name.EndsWith(".exe", StringComparison.Ordinal) ? SampleFiles.Exe() : SampleFiles.Html();
        var result = await SaveAsync(tenant, content, name);
        Assert.Equal("File.TypeNotAllowed", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_kind_outside_the_fields_allowed_kinds_is_refused_even_when_genuine()
    {
        var tenant = await App.NewTenantAsync("Gmina Logo");
        var result = await SaveAsync(tenant, SampleFiles.Pdf(), "logo.pdf", allowed: new HashSet<FileKind> { FileKind.Png, FileKind.Jpeg });
        Assert.Equal("File.TypeNotAllowed", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_file_of_another_tenant_is_neither_found_nor_opened()
    {
        var a = await App.NewTenantAsync("Gmina A");
        var b = await App.NewTenantAsync("Gmina B");
        var ofB = (await SaveAsync(b, SampleFiles.Docx(), "umowa B.docx")).Value!;

        Assert.Null(await App.InTenantAsync(a, (_, sp) => sp.GetRequiredService<IFileStore>().FindAsync(ofB.Id)));
        Assert.Null(await ReadAsync(a, ofB.Id));
        Assert.NotNull(await ReadAsync(b, ofB.Id));
    }

    [Theory]
    [InlineData("../../../etc/passwd.docx", "passwd.docx")]
    [InlineData("..\\..\\windows\\system32\\umowa.docx", "umowa.docx")]
    [InlineData("/var/www/umowa.docx", "umowa.docx")]
    [InlineData("umowa\r\nContent-Disposition: inline.docx", "umowaContent-Disposition: inline.docx")]
    [InlineData("\"umowa\".docx", "umowa.docx")]
    public async Task A_path_in_the_file_name_is_neutralised(string name, string stored)
    {
        var tenant = await App.NewTenantAsync("Gmina Ścieżkowa");
        var content = SampleFiles.Docx();
        var info = (await SaveAsync(tenant, content, name)).Value!;
        Assert.Equal(stored, info.FileName);
        // Whatever the name, the bytes live under the store's root.
        var onDisk = FilesOnDisk();
        Assert.All(onDisk, f => Assert.StartsWith(Path.GetFullPath(FilesRoot), Path.GetFullPath(f), StringComparison.Ordinal));
        Assert.Equal(content, await ReadAsync(tenant, info.Id));
    }
}

public sealed class FileStoreTests_Sqlite(SqliteAppFixture f) : FileStoreTests(f), IClassFixture<SqliteAppFixture>;

public sealed class FileStoreTests_Postgres(PostgresAppFixture f) : FileStoreTests(f), IClassFixture<PostgresAppFixture>;
