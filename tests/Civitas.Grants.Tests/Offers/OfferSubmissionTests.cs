using Civitas.Grants.Domain.Offers;
using static Civitas.Grants.Tests.Offers.OfferFixtures;

namespace Civitas.Grants.Tests.Offers;

public sealed class OfferSubmissionTests
{
    [Fact]
    public void Confirmation_number_has_the_warsaw_year_and_two_groups_of_unambiguous_characters()
    {
        // 31 December 2025, 23:30 UTC is already 2026 in Warsaw.
        var at = new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero);
        var number = ConfirmationNumbers.From(Guid.CreateVersion7(at), at);
        Assert.Matches("^OF-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", number);
    }

    [Fact]
    public void Confirmation_numbers_of_different_submissions_differ()
    {
        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var numbers = Enumerable.Range(0, 2000).Select(_ => ConfirmationNumbers.From(Guid.CreateVersion7(at), at)).ToHashSet();
        Assert.Equal(2000, numbers.Count);
    }

    [Fact]
    public void The_checksum_is_the_sha256_of_the_canonical_snapshot_and_the_same_content_gives_the_same_checksum()
    {
        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var a = OfferSubmission.Create(Snapshot(), 1, Lead, "Zofia Żak", at);
        var b = OfferSubmission.Create(Snapshot(), 2, Lead, "Zofia Żak", at.AddMinutes(1));
        Assert.Matches("^[0-9a-f]{64}$", a.Checksum);
        Assert.Equal(a.Checksum, b.Checksum);
        Assert.Equal(OfferSubmission.ChecksumOf(a.SnapshotJson), a.Checksum);
        Assert.Contains("Lato na łące", a.SnapshotJson, StringComparison.Ordinal);   // letters kept as letters
        var changed = Snapshot();
        changed.Content.Task.Title = "Lato na łące 2";
        Assert.NotEqual(a.Checksum, OfferSubmission.Create(changed, 1, Lead, "Zofia Żak", at).Checksum);
    }

    [Fact]
    public void The_snapshot_reads_back_as_it_was_written()
    {
        var submission = OfferSubmission.Create(Snapshot(), 1, Lead, "Zofia Żak", DateTimeOffset.UnixEpoch);
        var back = submission.Snapshot();
        Assert.Equal(10_000m, back.TotalCost);
        Assert.Equal(180m, back.Content.Costs.Lines[1].Quantity);
        Assert.Equal("Stowarzyszenie Łąka", back.Offerors[0].Name);
        Assert.Equal(submission.SnapshotJson, OfferJson.Write(back));
    }

    [Fact]
    public void The_checksum_is_shown_in_groups_of_eight()
    {
        Assert.Equal("01234567 89abcdef 0123", OfferSubmission.Grouped("0123456789abcdef0123"));
    }

    [Fact]
    public void Withdrawal_is_refused_at_the_deadline_and_for_an_offer_not_submitted()
    {
        var rules = Rules();
        var (offer, _) = Offer.Start(rules, Lead, Lead, rules.OfferDeadline.AddDays(-3));
        Assert.Equal("Offer.NotSubmitted", offer.Withdraw(rules, Lead, rules.OfferDeadline.AddSeconds(-1)).Errors[0].Code);
        offer.MarkSubmitted(OfferSubmission.Create(Snapshot(), 1, Lead, "Zofia Żak", rules.OfferDeadline.AddDays(-1)));
        Assert.Equal("Offer.DeadlinePassed", offer.Withdraw(rules, Lead, rules.OfferDeadline).Errors[0].Code);
        Assert.True(offer.Withdraw(rules, Lead, rules.OfferDeadline.AddTicks(-1)).Succeeded);
        Assert.Equal(OfferStatus.Withdrawn, offer.Status);
    }

    [Fact]
    public void A_new_draft_has_every_section_and_section_one_from_the_announcement()
    {
        var (offer, sections) = Offer.Start(Rules(), Lead, Lead, DateTimeOffset.UnixEpoch);
        Assert.Equal(9, sections.Count);
        var content = OfferContent.From(sections.Select(s => (s.Key, s.Json)));
        Assert.Equal("Prezydent Miasta Przykładowego", content.Basic.Authority);
        Assert.Equal(OfferStatus.Draft, offer.Status);
    }

    private static OfferSnapshot Snapshot() => new(Guid.Parse("0190a000-0000-7000-8000-0000000000f1"), Rules().CompetitionId, "WSS/2026/1", Rules().TaskId,
        [new OfferorSnapshot(Lead, true, "Stowarzyszenie Łąka", "stowarzyszenie", "0000123456", null, "ul. Polna 1, 00-001 Miasto", null, "biuro@laka.example", "600100200", null)],
        Valid(), 10_000m, 8_000m);
}
