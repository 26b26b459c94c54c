using Civitas.Platform;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>
/// An offer in the small-grant mode of art. 19a UDPP on the simplified template (Dz.U. 2018 poz. 2055):
/// prepared by an organisation (draft), submitted by its representative, published by the office within
/// the working days of ust. 3 for the period of ust. 3 with personal data of natural persons redacted,
/// open to comments by anyone for the period of ust. 4, then decided.
/// </summary>
internal sealed class SmallGrantOffer : ITenantOwned, IAudited, IConcurrencyVersioned
{
    private readonly List<SmallGrantCostLine> _costLines = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public int Version { get; set; }
    public Guid OrganisationId { get; private set; }
    public SmallGrantOfferStatus Status { get; private set; } = SmallGrantOfferStatus.Draft;

    public string Title { get; private set; } = "";
    public string? SphereCode { get; private set; }
    public string Place { get; private set; } = "";
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public string Description { get; private set; } = "";
    public string ExpectedResults { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string? ContactPhone { get; private set; }
    public string? ContactEmail { get; private set; }
    public IReadOnlyList<SmallGrantCostLine> CostLines => _costLines;
    public decimal TotalCost { get; private set; }
    public decimal? GrantAmount { get; private set; }
    public decimal OwnFinancial { get; private set; }
    public decimal NonFinancial { get; private set; }
    public bool WithinPublicBenefitActivity { get; private set; }
    public bool FeesOnlyInPaidActivity { get; private set; }
    public bool? HasTaxArrears { get; private set; }
    public bool? HasSocialSecurityArrears { get; private set; }
    public bool DataMatchRegister { get; private set; }
    public bool InformationTrue { get; private set; }
    public bool DataSubjectsInformed { get; private set; }

    /// <summary>Calendar year of the task, in which the annual caps are counted.</summary>
    public int? Year { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public OfferorSnapshot? Offeror { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public DateOnly? ReceivedOn { get; private set; }
    public DateOnly? PublishBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? VisibleTo { get; private set; }
    public DateTimeOffset? CommentsUntil { get; private set; }
    public string? PublishedByName { get; private set; }
    public string? PublishedDescription { get; private set; }
    public string? PublishedResults { get; private set; }
    public bool ContactRedacted { get; private set; }
    public string? RedactionsJson { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedByName { get; private set; }
    public decimal? GrantedAmount { get; private set; }
    public string? DecisionReason { get; private set; }

    private SmallGrantOffer() { }

    public static SmallGrantOffer StartDraft(Guid organisationId, SmallGrantOfferContent content, Guid by, DateTimeOffset now)
    {
        var offer = new SmallGrantOffer { OrganisationId = organisationId, CreatedAt = now, CreatedBy = by };
        offer.Apply(content, now);
        return offer;
    }

    public bool IsDraft => Status == SmallGrantOfferStatus.Draft;

    /// <summary>Saves the organisation's text. Only a draft can be changed: a submitted offer is what the office received.</summary>
    public Result Update(SmallGrantOfferContent content, DateTimeOffset now)
    {
        if (!IsDraft) return Result.Fail(new Error("SmallGrant.NotDraft"));
        Apply(content, now);
        return Result.Ok();
    }

    private void Apply(SmallGrantOfferContent c, DateTimeOffset now)
    {
        Title = c.Title?.Trim() ?? "";
        SphereCode = string.IsNullOrWhiteSpace(c.SphereCode) ? null : c.SphereCode.Trim();
        Place = c.Place?.Trim() ?? "";
        StartDate = c.StartDate;
        EndDate = c.EndDate;
        Description = c.Description?.Trim() ?? "";
        ExpectedResults = c.ExpectedResults?.Trim() ?? "";
        ContactName = c.ContactName?.Trim() ?? "";
        ContactPhone = Blank(c.ContactPhone);
        ContactEmail = Blank(c.ContactEmail);
        _costLines.Clear();
        var position = 0;
        foreach (var line in c.FilledLines)
        {
            // A draft may keep an unfinished row; it is stored only once it can be computed.
            if (string.IsNullOrWhiteSpace(line.Name) || string.IsNullOrWhiteSpace(line.Unit) || line.Quantity is null || line.UnitCost is null) continue;
            _costLines.Add(SmallGrantCostLine.From(Id, ++position, line));
        }
        TotalCost = _costLines.Sum(l => l.Total);
        GrantAmount = c.GrantAmount;
        OwnFinancial = c.OwnFinancial ?? 0;
        NonFinancial = c.NonFinancial ?? 0;
        WithinPublicBenefitActivity = c.Statements.WithinPublicBenefitActivity;
        FeesOnlyInPaidActivity = c.Statements.FeesOnlyInPaidActivity;
        HasTaxArrears = c.Statements.HasTaxArrears;
        HasSocialSecurityArrears = c.Statements.HasSocialSecurityArrears;
        DataMatchRegister = c.Statements.DataMatchRegister;
        InformationTrue = c.Statements.InformationTrue;
        DataSubjectsInformed = c.Statements.DataSubjectsInformed;
        Year = c.StartDate?.Year;
        UpdatedAt = now;
    }

    /// <summary>Submits the offer: freezes the offeror's registry data and starts the publication deadline.
    /// The content and cap rules are checked by the caller before (they need the database).</summary>
    public Result Submit(OfferorSnapshot offeror, Guid by, DateTimeOffset now, DateOnly receivedOn, DateOnly publishBy)
    {
        ArgumentNullException.ThrowIfNull(offeror);
        if (!IsDraft) return Result.Fail(new Error("SmallGrant.AlreadySubmitted"));
        Offeror = offeror;
        Status = SmallGrantOfferStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        ReceivedOn = receivedOn;
        PublishBy = publishBy;
        UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>Publishes the offer (art. 19a ust. 3 UDPP) in the version with personal data redacted.</summary>
    public Result Publish(DateTimeOffset now, string publishedBy, string publishedDescription, string publishedResults,
        bool contactRedacted, string redactionsJson, DateTimeOffset visibleTo, DateTimeOffset commentsUntil)
    {
        if (Status != SmallGrantOfferStatus.Submitted) return Result.Fail(new Error("SmallGrant.NotAwaitingPublication"));
        Status = SmallGrantOfferStatus.Published;
        PublishedAt = now;
        PublishedByName = publishedBy;
        PublishedDescription = publishedDescription;
        PublishedResults = publishedResults;
        ContactRedacted = contactRedacted;
        RedactionsJson = redactionsJson;
        VisibleTo = visibleTo;
        CommentsUntil = commentsUntil;
        UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>Published and within its publication period now.</summary>
    public bool IsVisibleAt(DateTimeOffset now) => PublishedAt is { } from && from <= now && VisibleTo is { } to && now < to;

    /// <summary>Anyone may comment from publication until the end of the period of art. 19a ust. 4 UDPP.</summary>
    public bool AcceptsCommentsAt(DateTimeOffset now)
        => Status == SmallGrantOfferStatus.Published && PublishedAt is { } from && from <= now && CommentsUntil is { } to && now < to;

    /// <summary>Records the decision. art. 19a ust. 5 UDPP: only after the comment period, with the comments considered.</summary>
    public Result Decide(bool grant, decimal? amount, string? reason, string decidedBy, DateTimeOffset now)
    {
        if (Status != SmallGrantOfferStatus.Published) return Result.Fail(new Error("SmallGrant.NotAwaitingDecision"));
        if (CommentsUntil is { } until && now < until) return Result.Fail(new Error("SmallGrant.CommentsStillOpen", "Grant", Civitas.Platform.Calendar.WarsawTime.ToLocal(until.AddTicks(-1))));
        if (grant)
        {
            if (amount is not { } a) return Result.Fail(new Error("SmallGrant.Required", "Amount"));
            if (a <= 0) return Result.Fail(new Error("SmallGrant.NotPositive", "Amount"));
            if (a > GrantAmount) return Result.Fail(new Error("SmallGrant.AmountOverRequested", "Amount", GrantAmount ?? 0));
            GrantedAmount = SmallGrantRules.Money(a);
            Status = SmallGrantOfferStatus.Granted;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(reason)) return Result.Fail(new Error("SmallGrant.ReasonRequired", "Reason"));
            Status = SmallGrantOfferStatus.Refused;
        }
        DecisionReason = Blank(reason);
        DecidedAt = now;
        DecidedByName = decidedBy;
        UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>The content as typed, to fill the form again.</summary>
    public SmallGrantOfferContent Content() => new(
        Title, SphereCode, Place, StartDate, EndDate, Description, ExpectedResults, ContactName, ContactPhone, ContactEmail,
        _costLines.OrderBy(l => l.Position).Select(l => new SmallGrantCostLineInput(l.Name, l.Unit, l.Quantity, l.UnitCost)).ToList(),
        GrantAmount, OwnFinancial, NonFinancial,
        new SmallGrantStatements(WithinPublicBenefitActivity, FeesOnlyInPaidActivity, HasTaxArrears, HasSocialSecurityArrears, DataMatchRegister, InformationTrue, DataSubjectsInformed));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
