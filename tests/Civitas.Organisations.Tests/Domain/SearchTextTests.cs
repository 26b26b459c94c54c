using Civitas.Organisations.Domain;

namespace Civitas.Organisations.Tests.Domain;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Zażółć gęślą jaźń", "zazolc gesla jazn")]
    [InlineData("\"BIESZCZADZKIE STOWARZYSZENIE\"", "bieszczadzkie stowarzyszenie")]
    [InlineData("Klub Żeglarski „Łódź” — sekcja #2", "klub zeglarski lodz sekcja 2")]
    [InlineData("  ", "")]
    public void Folding_drops_case_diacritics_and_punctuation(string text, string folded)
        => Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Query_terms_are_folded_distinct_and_limited()
        => Assert.Equal(["lodz", "klub"], SearchText.Terms("Łódź klub ŁÓDŹ"));

    [Fact]
    public void An_organisation_is_found_by_its_KRS_with_or_without_leading_zeros()
    {
        var text = SearchText.ForOrganisation("Fundacja", null, "Sanok", "0000159405", null, null);
        Assert.Contains("0000159405", text, StringComparison.Ordinal);
        Assert.Contains(" 159405", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Slugs_are_readable_ascii()
    {
        Assert.Equal("klub-zeglarski-lodz", Slugs.From("Klub Żeglarski „Łódź”"));
        Assert.Equal("organizacja", Slugs.From("„”"));
        Assert.True(Slugs.From(new string('a', 50) + " " + new string('b', 50)).Length <= Slugs.MaxLength);
        Assert.False(Slugs.LooksValid("../etc"));
    }
}
