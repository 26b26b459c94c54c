using Civitas.Grants.Domain.SmallGrants;

namespace Civitas.Grants.Tests.SmallGrants;

public sealed class SmallGrantOfferTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static SmallGrantOffer Submitted()
    {
        var offer = SmallGrantOffer.StartDraft(Guid.NewGuid(), SmallGrantRulesTests.Valid(), Guid.NewGuid(), Now);
        Assert.True(offer.Submit(new OfferorSnapshot { Name = "Klub" }, Guid.NewGuid(), Now, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 11)).Succeeded);
        return offer;
    }

    [Fact]
    public void A_draft_keeps_complete_cost_lines_with_computed_totals()
    {
        var offer = SmallGrantOffer.StartDraft(Guid.NewGuid(), SmallGrantRulesTests.Valid(), Guid.NewGuid(), Now);
        Assert.Equal(2, offer.CostLines.Count);
        Assert.Equal(10_000m, offer.TotalCost);
        Assert.Equal(2026, offer.Year);
    }

    [Fact]
    public void A_submitted_offer_cannot_be_changed_or_submitted_again()
    {
        var offer = Submitted();
        Assert.Equal("SmallGrant.NotDraft", Assert.Single(offer.Update(SmallGrantRulesTests.Valid(), Now).Errors).Code);
        Assert.Equal("SmallGrant.AlreadySubmitted", Assert.Single(offer.Submit(new OfferorSnapshot(), Guid.NewGuid(), Now, default, default).Errors).Code);
    }

    [Fact]
    public void Comments_are_accepted_only_inside_the_comment_period_and_not_empty()
    {
        var offer = Submitted();
        Assert.Equal("SmallGrant.CommentsClosed", SmallGrantComment.Create(offer, null, null, "Uwaga", Now).Errors[0].Code);
        Assert.True(offer.Publish(Now, "Jan Urzędnik", "Opis", "Rezultaty", true, "[]", Now.AddDays(7), Now.AddDays(7)).Succeeded);
        Assert.True(SmallGrantComment.Create(offer, null, null, "Uwaga anonimowa", Now.AddDays(1)).Succeeded);
        Assert.Equal("SmallGrant.Required", SmallGrantComment.Create(offer, "Ewa", null, "   ", Now.AddDays(1)).Errors[0].Code);
        Assert.Equal("SmallGrant.CommentsClosed", SmallGrantComment.Create(offer, null, null, "Za późno", Now.AddDays(7)).Errors[0].Code);
    }

    [Fact]
    public void The_decision_waits_for_the_end_of_the_comment_period_and_cannot_exceed_the_request()
    {
        var offer = Submitted();
        offer.Publish(Now, "Jan Urzędnik", "Opis", "Rezultaty", true, "[]", Now.AddDays(7), Now.AddDays(7));
        Assert.Equal("SmallGrant.CommentsStillOpen", offer.Decide(true, 9_000m, null, "Jan", Now.AddDays(6)).Errors[0].Code);
        Assert.Equal("SmallGrant.AmountOverRequested", offer.Decide(true, 9_000.01m, null, "Jan", Now.AddDays(7)).Errors[0].Code);
        Assert.Equal("SmallGrant.ReasonRequired", offer.Decide(false, null, " ", "Jan", Now.AddDays(7)).Errors[0].Code);
        Assert.True(offer.Decide(true, 8_500m, null, "Jan", Now.AddDays(7)).Succeeded);
        Assert.Equal(SmallGrantOfferStatus.Granted, offer.Status);
        Assert.Equal("SmallGrant.NotAwaitingDecision", offer.Decide(false, null, "Jednak nie", "Jan", Now.AddDays(8)).Errors[0].Code);
    }
}
