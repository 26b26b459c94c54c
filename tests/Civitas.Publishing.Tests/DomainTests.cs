using System.Globalization;
using System.Resources;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Register;
using Civitas.Publishing.Web;
using Civitas.Testing;

namespace Civitas.Publishing.Tests;

public sealed class DomainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("  Zażółć   GĘŚLĄ jaźń ", "zazolc gesla jazn")]
    [InlineData("Oferta w trybie art. 19a", "oferta w trybie art. 19a")]
    public void Search_folding_ignores_case_Polish_diacritics_and_extra_spaces(string text, string folded)
        => Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void An_entry_is_scheduled_before_its_period_visible_during_it_and_expired_from_its_end()
    {
        var to = T0.AddDays(7);
        Assert.Equal(PublicationState.Scheduled, Publication.State(null, T0, to, T0.AddTicks(-1)));
        Assert.Equal(PublicationState.Visible, Publication.State(null, T0, to, T0));
        Assert.Equal(PublicationState.Visible, Publication.State(null, T0, to, to.AddTicks(-1)));
        Assert.Equal(PublicationState.Expired, Publication.State(null, T0, to, to));
        Assert.Equal(PublicationState.Visible, Publication.State(null, T0, null, T0.AddYears(30)));
        Assert.Equal(PublicationState.Withdrawn, Publication.State(T0.AddDays(1), T0, to, T0.AddDays(2)));
    }

    [Fact]
    public void Visibility_queries_agree_with_the_state_of_an_entry()
    {
        var visible = Publication.VisibleAt(T0.AddDays(1)).Compile();
        var archived = Publication.ArchivedAt(T0.AddDays(8)).Compile();
        var offer = Publication.Create("grants", "offer:1", Content(T0, T0.AddDays(7)), Guid.NewGuid(), T0, T0);
        Assert.True(visible(offer));
        Assert.False(Publication.VisibleAt(T0.AddDays(7)).Compile()(offer));
        Assert.True(archived(offer));
        Assert.False(Publication.ArchivedAt(T0.AddDays(6)).Compile()(offer));
    }

    [Fact]
    public void An_entry_withdrawn_before_anyone_could_see_it_never_becomes_public()
    {
        var scheduled = Publication.Create("grants", "a", Content(T0.AddDays(5), null), Guid.NewGuid(), T0, T0);
        Assert.True(scheduled.Withdraw("Omyłkowa publikacja", "Jan Urzędnik", null, null, T0.AddDays(1)).Succeeded);
        Assert.False(Publication.PublicAt(T0.AddDays(10)).Compile()(scheduled));
        Assert.False(Publication.ArchivedAt(T0.AddDays(10)).Compile()(scheduled));

        var shown = Publication.Create("grants", "b", Content(T0, null), Guid.NewGuid(), T0, T0);
        Assert.True(shown.Withdraw("Omyłkowa publikacja", "Jan Urzędnik", null, null, T0.AddDays(1)).Succeeded);
        Assert.True(Publication.ArchivedAt(T0.AddDays(2)).Compile()(shown));
        Assert.False(Publication.VisibleAt(T0.AddDays(2)).Compile()(shown));
    }

    [Fact]
    public void A_later_version_gets_the_next_number_and_becomes_current_but_an_older_change_delivered_late_does_not()
    {
        var entry = Publication.Create("grants", "k", Content(T0, null, "Wersja pierwsza"), Guid.NewGuid(), T0, T0);
        var newer = entry.AddVersion(Content(T0, null, "Korekta z 11:00", "Korekta terminu"), Guid.NewGuid(), T0.AddHours(2), T0.AddHours(2));
        var olderDeliveredLate = entry.AddVersion(Content(T0, null, "Uzupełnienie z 10:00", "Uzupełnienie załącznika"), Guid.NewGuid(), T0.AddHours(1), T0.AddHours(3));
        Assert.Equal(2, newer.Number);
        Assert.Equal(3, olderDeliveredLate.Number);
        Assert.Equal(3, entry.VersionCount);
        Assert.Equal("Korekta z 11:00", entry.Title);
        Assert.Equal(newer.Id, entry.CurrentVersionId);
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_happens_once()
    {
        var entry = Publication.Create("grants", "k", Content(T0, null), Guid.NewGuid(), T0, T0);
        var noReason = entry.Withdraw("   ", "Jan Urzędnik", null, null, T0);
        Assert.Equal("Publication.WithdrawalReasonRequired", Assert.Single(noReason.Errors).Code);
        Assert.Equal("Reason", noReason.Errors[0].Field);
        Assert.Null(entry.WithdrawnAt);
        var tooLong = entry.Withdraw(new string('x', PublicationLimits.Reason + 1), "Jan Urzędnik", null, null, T0);
        Assert.Equal("Publication.WithdrawalReasonTooLong", Assert.Single(tooLong.Errors).Code);
        Assert.True(entry.Withdraw(" Dokument opublikowano omyłkowo ", "Jan Urzędnik", "naczelnik", null, T0.AddHours(1)).Succeeded);
        Assert.Equal("Dokument opublikowano omyłkowo", entry.WithdrawalReason);
        var again = entry.Withdraw("Jeszcze raz", "Ewa Redaktorka", null, null, T0.AddHours(2));
        Assert.Equal("Publication.AlreadyWithdrawn", Assert.Single(again.Errors).Code);
        Assert.Equal("Jan Urzędnik", entry.WithdrawnByName);
    }

    [Fact]
    public void The_year_filter_uses_the_Warsaw_calendar_year_of_the_first_publication()
    {
        // 31 December 23:30 UTC is already 1 January in Warsaw.
        var newYear = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);
        var entry = Publication.Create("grants", "k", Content(newYear, null), Guid.NewGuid(), newYear, newYear);
        Assert.Equal(2027, entry.PublishedYear);
    }

    [Fact]
    public void Every_category_has_a_code_that_reads_back_and_a_name_in_both_languages()
    {
        var resources = new ResourceManager("Civitas.Publishing.Resources.PublishingText", typeof(PublishingModule).Assembly);
        foreach (var category in Enum.GetValues<PublicationCategory>())
        {
            var code = PublicationCategoryCodes.Code(category);
            Assert.True(PublicationCategoryCodes.TryParse(code.ToUpperInvariant(), out var parsed));
            Assert.Equal(category, parsed);
            Assert.False(string.IsNullOrWhiteSpace(resources.GetString(PublicationCategoryCodes.TextKey(category), CultureInfo.GetCultureInfo("pl"))));
            Assert.False(string.IsNullOrWhiteSpace(resources.GetString(PublicationCategoryCodes.TextKey(category), CultureInfo.GetCultureInfo("en"))));
        }
        Assert.Equal("Oferta w trybie art. 19a (mały grant)", resources.GetString("Category.SmallGrantOffer", CultureInfo.GetCultureInfo("pl")));
        Assert.False(PublicationCategoryCodes.TryParse("ogloszenie", out _));
    }

    [Fact]
    public void A_valid_request_has_no_problems_and_a_broken_one_names_each_problem()
    {
        Assert.Empty(PublicationRequestValidator.Problems(Publications.Request("k", "Tytuł", T0)));
        var broken = Publications.Request("k", " ", T0, visibleTo: T0.AddDays(-1)) with
        {
            SourceUrl = "//evil.example/x",
            ResponsiblePerson = new PublicationPerson(""),
            Attachments = [new PublicationAttachment(Guid.Empty, "Załącznik")],
            Redactions = [new PublicationRedaction("adres", "", "Jan Urzędnik", "osoba fizyczna")],
        };
        var problems = PublicationRequestValidator.Problems(broken);
        Assert.Contains("Title is required", problems);
        Assert.Contains("VisibleTo must be after VisibleFrom", problems);
        Assert.Contains("SourceUrl must be a relative URL starting with a single '/'", problems);
        Assert.Contains("ResponsiblePerson.Name is required", problems);
        Assert.Contains("Attachment FileId is empty", problems);
        Assert.Contains("Redaction.LegalBasis is required", problems);
        Assert.Contains("Title is longer than 500 characters",
            PublicationRequestValidator.Problems(Publications.Request("k", new string('a', PublicationLimits.Title + 1), T0)));
    }

    [Fact]
    public void Feed_entry_ids_are_tag_uris_of_the_host_and_the_day_of_first_publication()
    {
        var id = Guid.Parse("0193b6a0-0000-7000-8000-000000000001");
        Assert.Equal("tag:bip.example.org,2026-03-02:publikacje/0193b6a0-0000-7000-8000-000000000001",
            AtomFeedWriter.TagUri("BIP.example.org", T0, id));
    }

    private static VersionContent Content(DateTimeOffset from, DateTimeOffset? to, string title = "Ogłoszenie", string? reason = null)
        => new(PublicationCategory.Announcement, title, null, null, "Treść", null, "Jan Urzędnik", null, "Ewa Redaktorka", null,
            from.AddDays(-1), from, from, to, reason, [], []);
}
