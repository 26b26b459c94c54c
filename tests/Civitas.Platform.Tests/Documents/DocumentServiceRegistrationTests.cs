using Civitas.Platform.Documents;
using Civitas.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Documents;

public abstract class DocumentServiceRegistrationTests(AppFixture fixture)
{
    [Fact]
    public void The_running_app_renders_documents_with_its_own_clock()
    {
        var now = new DateTimeOffset(2026, 5, 4, 10, 15, 0, TimeSpan.Zero);
        fixture.App.Clock.Set(now);
        var renderer = fixture.App.Services.GetRequiredService<IDocumentRenderer>();
        Assert.Same(renderer, fixture.App.Services.GetRequiredService<IDocumentRenderer>());
        var document = new DocumentBuilder("Protokół z posiedzenia komisji konkursowej").Paragraph("Komisja zebrała się w składzie…").Build();

        using var docx = new MemoryStream();
        renderer.RenderDocx(document, docx);
        using var word = WordprocessingDocument.Open(docx, false);
        Assert.Equal(now.UtcDateTime, word.PackageProperties.Created!.Value.ToUniversalTime());

        using var pdf = new MemoryStream();
        renderer.RenderPdf(document, pdf);
        Assert.True(pdf.Length > 1000);
    }
}

public sealed class DocumentServiceRegistrationTests_Sqlite(SqliteAppFixture f) : DocumentServiceRegistrationTests(f), IClassFixture<SqliteAppFixture>;

public sealed class DocumentServiceRegistrationTests_Postgres(PostgresAppFixture f) : DocumentServiceRegistrationTests(f), IClassFixture<PostgresAppFixture>;
