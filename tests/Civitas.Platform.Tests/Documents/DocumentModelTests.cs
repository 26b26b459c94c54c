using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

public sealed class DocumentModelTests
{
    [Fact]
    public void The_builder_refuses_a_heading_level_outside_one_to_three()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentBuilder("Tytuł").Heading(4, "Za głęboko"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentBuilder("Tytuł").Heading(0, "Za płytko"));
    }

    [Fact]
    public void The_builder_refuses_a_row_with_the_wrong_number_of_cells()
    {
        var error = Assert.Throws<ArgumentException>(() => new DocumentBuilder("Tytuł")
            .Table("Koszty", t => t.Column("Rodzaj").Column("Kwota").Row("tylko jedna komórka")));
        Assert.Contains("2 columns", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new DocumentBuilder("Tytuł").Table("Koszty", t => t.Row("a")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentBuilder("Tytuł").Table("Koszty", t => t.Column("a", width: 0)));
    }

    [Fact]
    public void A_malformed_model_built_by_hand_is_refused_before_rendering_with_the_block_named()
    {
        var table = new TableBlock("Zestawienie kosztów", [new TableColumn("Rodzaj"), new TableColumn("Kwota")], [["a", "1"], ["b"]]);
        var document = new DocumentModel("Oferta", DocumentLanguage.Polish, new DocumentMetadata(), [new ParagraphBlock([new TextRun("Wstęp")]), table]);
        var renderer = new DocumentRenderer(TimeProvider.System);
        using var output = new MemoryStream();
        var error = Assert.Throws<ArgumentException>(() => renderer.RenderPdf(document, output));
        Assert.Contains("block 2 (table \"Zestawienie kosztów\"): row 2 does not have 2 cells", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => renderer.RenderDocx(document, output));
        Assert.Throws<ArgumentException>(() => renderer.RenderHtml(document));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void The_built_model_keeps_the_blocks_in_order_and_the_metadata()
    {
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var document = new DocumentBuilder("Sprawozdanie", DocumentLanguage.English)
            .Author("Urząd Miasta").Subject("Program współpracy").Created(created).Footer("stopka")
            .Heading(1, "Wstęp").Paragraph("Tekst").PageBreak().Note("Uwaga")
            .Build();
        Assert.Equal(new DocumentMetadata("Urząd Miasta", "Program współpracy", created), document.Metadata);
        Assert.Equal(DocumentLanguage.English, document.Language);
        Assert.Equal("stopka", document.FooterText);
        Assert.Collection(document.Blocks,
            b => Assert.Equal(new HeadingBlock(1, "Wstęp"), b),
            b => Assert.Equal("Tekst", Assert.Single(Assert.IsType<ParagraphBlock>(b).Runs).Text),
            b => Assert.Same(PageBreakBlock.Instance, b),
            b => Assert.Equal("Uwaga", Assert.Single(Assert.IsType<NoteBlock>(b).Runs).Text));
    }
}
