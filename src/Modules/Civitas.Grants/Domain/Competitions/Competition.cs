using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Competitions;

/// <summary>
/// An open competition for offers (otwarty konkurs ofert, art. 13–15 and 18a UDPP), owned by one
/// department of the JST. Its announcement is edited as a draft, published (<see cref="Announce"/>),
/// corrected in numbered versions (<see cref="Correct"/>) and may be cancelled (<see cref="Cancel"/>).
/// Rule violations come back as coded errors naming the field (relative to the edit form's input).
/// </summary>
internal sealed class Competition : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int TitleMax = 300;
    public const int TextMax = 20_000;
    public const int NameMax = 300;
    public const int ReasonMax = 2_000;
    public const int MaxRows = 50;
    public const int PointsMax = 1000;
    public const decimal AmountMax = 999_999_999_999.99m;

    private Competition()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    /// <summary>"{department short}/{year}/{sequence}", e.g. "WK/2026/3".</summary>
    public string Number { get; private set; } = "";
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public Guid DepartmentId { get; private set; }
    public CompetitionStatus Status { get; private set; } = CompetitionStatus.Draft;
    public string Title { get; private set; } = "";
    public string GrantRules { get; private set; } = "";
    public string ImplementationConditions { get; private set; } = "";
    public DateOnly? ImplementationFrom { get; private set; }
    public DateOnly? ImplementationTo { get; private set; }
    /// <summary>The offer deadline as a UTC instant; offers are accepted strictly before it.</summary>
    public DateTimeOffset? OfferDeadline { get; private set; }
    public string SelectionProcedure { get; private set; } = "";
    public DateOnly? SelectionDate { get; private set; }
    public decimal? MinOwnContributionPercent { get; private set; }
    public OwnContributionKind OwnContributionKind { get; private set; } = OwnContributionKind.FinancialOrNonFinancial;
    public decimal? MaxAdminCostPercent { get; private set; }
    public decimal? MaxGrantPerOffer { get; private set; }
    public DateOnly? EligibleCostsFrom { get; private set; }
    public DateOnly? EligibleCostsTo { get; private set; }
    public bool JointOffersAllowed { get; private set; }
    /// <summary>Eligible legal forms as ";"-separated enum numbers ("1;2;7").</summary>
    public string EligibleLegalFormCodes { get; private set; } = "";
    public DateOnly? BipPublishedOn { get; private set; }
    public DateOnly? NoticeBoardPublishedOn { get; private set; }
    public DateOnly? WebsitePublishedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset? AnnouncedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }
    public Guid? CancelledBy { get; private set; }
    public string? CancelledByName { get; private set; }
    /// <summary>Number of the announcement version in force (0 while a draft).</summary>
    public int AnnouncementVersionNumber { get; private set; }
    public int Version { get; set; }

    public List<CompetitionTask> Tasks { get; private set; } = [];
    public List<CompetitionCriterion> Criteria { get; private set; } = [];
    public List<PriorTask> PriorTasks { get; private set; } = [];
    public List<ChecklistItem> ChecklistItems { get; private set; } = [];
    public List<RequiredAttachment> RequiredAttachments { get; private set; } = [];
    public List<AnnouncementVersion> Versions { get; private set; } = [];

    public IReadOnlyList<OrganisationLegalForm> EligibleLegalForms => ParseForms(EligibleLegalFormCodes);

    /// <summary>Open for offers: announced and the deadline not reached (the server's clock decides).</summary>
    public bool IsOpenForOffers(DateTimeOffset now) => Status == CompetitionStatus.Announced && OfferDeadline is { } d && now < d;

    /// <summary>Departments' officials and tenant administrators may manage; nobody else.</summary>
    public bool MayBeManagedBy(IReadOnlyCollection<Guid> departmentIds, bool tenantAdmin) => tenantAdmin || departmentIds.Contains(DepartmentId);

    public static Result<Competition> Create(Guid departmentId, string departmentShortName, int year, int sequence, string title, DateTimeOffset now, Guid by)
    {
        title = (title ?? "").Trim();
        var errors = new List<Error>();
        if (title.Length == 0) errors.Add(new("Competition.TitleRequired", "Title"));
        else if (title.Length > TitleMax) errors.Add(new("Competition.TitleTooLong", "Title", TitleMax));
        if (errors.Count > 0) return Result.Fail<Competition>([.. errors]);
        var prefix = departmentShortName.Trim();
        return new Competition
        {
            Id = Guid.CreateVersion7(),
            DepartmentId = departmentId,
            Year = year,
            Sequence = sequence,
            Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}/{year}/{sequence}"),
            Title = title,
            CreatedAt = now,
            CreatedBy = by,
        };
    }

    /// <summary>The current content, as the edit form shows it and as a version snapshot freezes it.</summary>
    public AnnouncementContent Content()
    {
        DateOnly? date = null;
        TimeOnly? time = null;
        if (OfferDeadline is { } d)
        {
            var local = WarsawTime.ToLocal(d);
            date = DateOnly.FromDateTime(local);
            time = TimeOnly.FromDateTime(local);
        }
        return new AnnouncementContent
        {
            Title = Title,
            GrantRules = GrantRules,
            ImplementationConditions = ImplementationConditions,
            ImplementationFrom = ImplementationFrom,
            ImplementationTo = ImplementationTo,
            DeadlineDate = date,
            DeadlineTime = time,
            SelectionProcedure = SelectionProcedure,
            SelectionDate = SelectionDate,
            MinOwnContributionPercent = MinOwnContributionPercent,
            OwnContributionKind = OwnContributionKind,
            MaxAdminCostPercent = MaxAdminCostPercent,
            MaxGrantPerOffer = MaxGrantPerOffer,
            EligibleCostsFrom = EligibleCostsFrom,
            EligibleCostsTo = EligibleCostsTo,
            JointOffersAllowed = JointOffersAllowed,
            EligibleLegalForms = EligibleLegalForms,
            BipPublishedOn = BipPublishedOn,
            NoticeBoardPublishedOn = NoticeBoardPublishedOn,
            WebsitePublishedOn = WebsitePublishedOn,
            Tasks = Tasks.OrderBy(t => t.Order).Select(t => new TaskDraft(t.Id, t.Title, t.SphereCode, t.Funds, t.Form, t.Description)).ToList(),
            Criteria = Criteria.OrderBy(c => c.Order).Select(c => new CriterionDraft(c.Id, c.Statutory, c.Name, c.MaxPoints, c.MinPoints)).ToList(),
            PriorTasks = PriorTasks.OrderBy(p => p.Order).Select(p => new PriorTaskDraft(p.Year, p.Name, p.TotalCost, p.GrantsToOrganisations)).ToList(),
            ChecklistItems = ChecklistItems.OrderBy(c => c.Order).Select(c => c.Text).ToList(),
            RequiredAttachments = RequiredAttachments.OrderBy(a => a.Order).Select(a => a.Name).ToList(),
        };
    }

    /// <summary>Saves the draft. Checks the shape of every field (not yet completeness, which
    /// <see cref="Announce"/> requires); nothing changes when an error is returned.</summary>
    public Result EditDraft(AnnouncementContent content, AnnouncementRules rules)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != CompetitionStatus.Draft) return Result.Fail(new Error("Competition.NotDraft"));
        var errors = Validate(content, rules, out var deadline);
        if (errors.Count > 0) return Result.From(errors);
        Apply(content, deadline);
        return Result.Ok();
    }

    /// <summary>The shape errors of <paramref name="content"/> without changing anything (to show every
    /// message at once when some input could not even be read).</summary>
    public IReadOnlyList<Error> Check(AnnouncementContent content, AnnouncementRules rules) => Validate(content, rules, out _);

    /// <summary>Publishes the announcement (version 1). Everything art. 13 ust. 2 UDPP requires must be
    /// there, and the offer deadline must leave the statutory minimum after the last publication.</summary>
    public Result<AnnouncementVersion> Announce(AnnouncementRules rules, DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != CompetitionStatus.Draft) return Result.Fail<AnnouncementVersion>(new Error("Competition.NotDraft"));
        var content = Content();
        var errors = Validate(content, rules, out _);
        errors.AddRange(Completeness(content, rules, now));
        if (errors.Count > 0) return Result.Fail<AnnouncementVersion>([.. errors]);
        Status = CompetitionStatus.Announced;
        AnnouncedAt = now;
        AnnouncementVersionNumber = 1;
        var version = new AnnouncementVersion(1, null, "", AnnouncementSnapshot.Serialize(content), now, by, byName);
        Versions.Add(version);
        return version;
    }

    /// <summary>Corrects the published announcement: a new numbered version with its reason. The
    /// publication dates stay as published; the offer deadline may be extended, never shortened.</summary>
    public Result<AnnouncementVersion> Correct(AnnouncementContent content, string? reason, AnnouncementRules rules, DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != CompetitionStatus.Announced) return Result.Fail<AnnouncementVersion>(new Error("Competition.NotAnnounced"));
        var previous = Content();
        // The channels and dates of the original publication are facts; a correction is published on its own.
        content = content with
        {
            BipPublishedOn = previous.BipPublishedOn,
            NoticeBoardPublishedOn = previous.NoticeBoardPublishedOn,
            WebsitePublishedOn = previous.WebsitePublishedOn,
        };
        reason = (reason ?? "").Trim();
        var errors = Validate(content, rules, out var deadline);
        errors.AddRange(Completeness(content, rules, now, checkPublicationDates: false));
        if (reason.Length == 0) errors.Add(new("Competition.ReasonRequired", "Reason"));
        else if (reason.Length > ReasonMax) errors.Add(new("Competition.ReasonTooLong", "Reason", ReasonMax));
        if (deadline is { } d && OfferDeadline is { } old && d < old)
        {
            // Offerors planned for the published deadline; shortening it would cut their time.
            errors.Add(new("Competition.CorrectionShortensDeadline", "DeadlineDate", WarsawTime.ToLocal(old).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture)));
        }
        var kept = content.Tasks.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToHashSet();
        if (Tasks.Any(t => !kept.Contains(t.Id))) errors.Add(new("Competition.CorrectionRemovesTask", "Tasks"));
        if (errors.Count > 0) return Result.Fail<AnnouncementVersion>([.. errors]);
        var changed = AnnouncementSnapshot.ChangedParts(previous, content);
        if (changed.Count == 0) return Result.Fail<AnnouncementVersion>(new Error("Competition.CorrectionChangesNothing"));
        Apply(content, deadline);
        AnnouncementVersionNumber++;
        var version = new AnnouncementVersion(AnnouncementVersionNumber, reason, string.Join(';', changed), AnnouncementSnapshot.Serialize(Content()), now, by, byName);
        Versions.Add(version);
        return version;
    }

    /// <summary>Cancels the competition (art. 18a UDPP) with its reason, in any state before the results are published.</summary>
    public Result Cancel(string? reason, DateTimeOffset now, Guid by, string byName)
    {
        reason = (reason ?? "").Trim();
        if (Status is CompetitionStatus.Draft) return Result.Fail(new Error("Competition.CancelDraft"));
        if (Status is CompetitionStatus.Cancelled or CompetitionStatus.ResultsPublished) return Result.Fail(new Error("Competition.CannotCancel"));
        if (reason.Length == 0) return Result.Fail(new Error("Competition.ReasonRequired", "Reason"));
        if (reason.Length > ReasonMax) return Result.Fail(new Error("Competition.ReasonTooLong", "Reason", ReasonMax));
        Status = CompetitionStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason;
        CancelledBy = by;
        CancelledByName = byName;
        return Result.Ok();
    }

    /// <summary>Closes the offer period and starts the formal check; only once the deadline has passed.</summary>
    public Result StartFormalCheck(DateTimeOffset now)
    {
        if (Status != CompetitionStatus.Announced) return Result.Fail(new Error("Competition.NotAnnounced"));
        if (OfferDeadline is not { } d || now < d) return Result.Fail(new Error("Competition.DeadlineNotPassed"));
        Status = CompetitionStatus.FormalCheck;
        return Result.Ok();
    }

    /// <summary>Hands the formally correct offers to the committee.</summary>
    public Result StartEvaluation() => Move(CompetitionStatus.FormalCheck, CompetitionStatus.Evaluation);

    /// <summary>Records that the organ decided.</summary>
    public Result MarkDecided() => Move(CompetitionStatus.Evaluation, CompetitionStatus.Decided);

    /// <summary>Records that the results were published.</summary>
    public Result MarkResultsPublished() => Move(CompetitionStatus.Decided, CompetitionStatus.ResultsPublished);

    private Result Move(CompetitionStatus from, CompetitionStatus to)
    {
        if (Status != from) return Result.Fail(new Error("Competition.WrongState"));
        Status = to;
        return Result.Ok();
    }

    private void Apply(AnnouncementContent c, DateTimeOffset? deadline)
    {
        Title = c.Title.Trim();
        GrantRules = c.GrantRules.Trim();
        ImplementationConditions = c.ImplementationConditions.Trim();
        ImplementationFrom = c.ImplementationFrom;
        ImplementationTo = c.ImplementationTo;
        OfferDeadline = deadline;
        SelectionProcedure = c.SelectionProcedure.Trim();
        SelectionDate = c.SelectionDate;
        MinOwnContributionPercent = c.MinOwnContributionPercent;
        OwnContributionKind = c.OwnContributionKind;
        MaxAdminCostPercent = c.MaxAdminCostPercent;
        MaxGrantPerOffer = c.MaxGrantPerOffer;
        EligibleCostsFrom = c.EligibleCostsFrom;
        EligibleCostsTo = c.EligibleCostsTo;
        JointOffersAllowed = c.JointOffersAllowed;
        EligibleLegalFormCodes = string.Join(';', c.EligibleLegalForms.Distinct().Order().Select(f => ((int)f).ToString(CultureInfo.InvariantCulture)));
        BipPublishedOn = c.BipPublishedOn;
        NoticeBoardPublishedOn = c.NoticeBoardPublishedOn;
        WebsitePublishedOn = c.WebsitePublishedOn;

        // Tasks and criteria keep their ids across edits: offers and scores refer to them.
        var tasks = Tasks.ToDictionary(t => t.Id);
        Tasks.RemoveAll(t => !c.Tasks.Any(d => d.Id == t.Id));
        for (var i = 0; i < c.Tasks.Count; i++)
        {
            var d = c.Tasks[i];
            var description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim();
            if (d.Id is { } id && tasks.TryGetValue(id, out var existing)) existing.Update(i, d.Title.Trim(), d.SphereCode.Trim(), d.Funds!.Value, d.Form, description);
            else Tasks.Add(new CompetitionTask(Guid.CreateVersion7(), i, d.Title.Trim(), d.SphereCode.Trim(), d.Funds!.Value, d.Form, description));
        }
        var criteria = Criteria.ToDictionary(x => x.Id);
        Criteria.RemoveAll(x => !c.Criteria.Any(d => d.Id == x.Id));
        for (var i = 0; i < c.Criteria.Count; i++)
        {
            var d = c.Criteria[i];
            if (d.Id is { } id && criteria.TryGetValue(id, out var existing)) existing.Update(i, d.Statutory, d.Name.Trim(), d.MaxPoints!.Value, d.MinPoints);
            else Criteria.Add(new CompetitionCriterion(Guid.CreateVersion7(), i, d.Statutory, d.Name.Trim(), d.MaxPoints!.Value, d.MinPoints));
        }
        PriorTasks.Clear();
        for (var i = 0; i < c.PriorTasks.Count; i++)
        {
            var p = c.PriorTasks[i];
            PriorTasks.Add(new PriorTask(Guid.CreateVersion7(), i, p.Year!.Value, p.Name.Trim(), p.TotalCost!.Value, p.GrantsToOrganisations!.Value));
        }
        ReplaceTexts(ChecklistItems, c.ChecklistItems, (i, text) => new ChecklistItem(Guid.CreateVersion7(), i, text), x => x.Text);
        ReplaceTexts(RequiredAttachments, c.RequiredAttachments, (i, text) => new RequiredAttachment(Guid.CreateVersion7(), i, text), x => x.Name);
    }

    private static void ReplaceTexts<T>(List<T> list, IReadOnlyList<string> texts, Func<int, string, T> create, Func<T, string> text)
    {
        var wanted = texts.Select(t => t.Trim()).ToList();
        if (list.Select(text).SequenceEqual(wanted)) return;
        list.Clear();
        for (var i = 0; i < wanted.Count; i++) list.Add(create(i, wanted[i]));
    }

    /// <summary>Shape rules of every field; also converts the deadline to an instant.</summary>
    private List<Error> Validate(AnnouncementContent c, AnnouncementRules rules, out DateTimeOffset? deadline)
    {
        var errors = new List<Error>();
        deadline = null;
        var title = c.Title.Trim();
        if (title.Length == 0) errors.Add(new("Competition.TitleRequired", "Title"));
        else if (title.Length > TitleMax) errors.Add(new("Competition.TitleTooLong", "Title", TitleMax));
        TextLength(c.GrantRules, "GrantRules", errors);
        TextLength(c.ImplementationConditions, "ImplementationConditions", errors);
        TextLength(c.SelectionProcedure, "SelectionProcedure", errors);
        if (c.ImplementationFrom is { } f && c.ImplementationTo is { } t && t < f) errors.Add(new("Competition.ImplementationEndBeforeStart", "ImplementationTo"));
        if (c.EligibleCostsFrom is { } cf && c.EligibleCostsTo is { } ct && ct < cf) errors.Add(new("Competition.EligibleCostsEndBeforeStart", "EligibleCostsTo"));

        if (c.DeadlineDate is { } date && c.DeadlineTime is { } time)
        {
            if (WarsawTime.TryToUtc(date, time, out var instant)) deadline = instant;
            // The spring DST change skips 02:00–02:59 in Warsaw: such a deadline names no instant.
            else errors.Add(new("Competition.DeadlineTimeSkipped", "DeadlineTime", time.ToString("HH:mm", CultureInfo.InvariantCulture), date));
        }
        else if (c.DeadlineDate is not null) errors.Add(new("Competition.DeadlineTimeRequired", "DeadlineTime"));
        else if (c.DeadlineTime is not null) errors.Add(new("Competition.DeadlineDateRequired", "DeadlineDate"));

        if (c.DeadlineDate is { } dd && c.LastPublicationDate is { } last)
        {
            // art. 13 ust. 1 UDPP: the offer deadline may not be shorter than 21 days (legal parameter)
            // from the LAST of the publications in BIP, on the notice board and on the website.
            var earliest = last.AddDays(rules.OfferDeadlineMinDays);
            if (dd < earliest) errors.Add(new("Competition.DeadlineTooSoon", "DeadlineDate", rules.OfferDeadlineMinDays, last, earliest, rules.OfferDeadlineBasis));
        }
        if (c.SelectionDate is { } sel && c.DeadlineDate is { } dl && sel < dl) errors.Add(new("Competition.SelectionBeforeDeadline", "SelectionDate"));

        Percent(c.MinOwnContributionPercent, "MinOwnContributionPercent", errors);
        Percent(c.MaxAdminCostPercent, "MaxAdminCostPercent", errors);
        if (c.MaxGrantPerOffer is { } max) Amount(max, "MaxGrantPerOffer", errors, positive: true);
        if (!Enum.IsDefined(c.OwnContributionKind)) errors.Add(new("Competition.ValueUnknown", "OwnContributionKind"));
        foreach (var form in c.EligibleLegalForms)
        {
            // art. 3 ust. 4 UDPP: excluded entities may never be eligible; "Other" is not a form of art. 3 ust. 2–3.
            if (form == OrganisationLegalForm.Other || !Enum.IsDefined(form)) errors.Add(new("Competition.LegalFormNotEligible", "EligibleLegalForms"));
        }

        if (c.Tasks.Count > MaxRows) errors.Add(new("Competition.TooManyRows", "Tasks", MaxRows));
        for (var i = 0; i < c.Tasks.Count; i++)
        {
            var task = c.Tasks[i];
            var p = $"Tasks[{i}]";
            if (string.IsNullOrWhiteSpace(task.Title)) errors.Add(new("Competition.TaskTitleRequired", p + ".Title"));
            else if (task.Title.Trim().Length > NameMax) errors.Add(new("Competition.NameTooLong", p + ".Title", NameMax));
            if (string.IsNullOrWhiteSpace(task.SphereCode)) errors.Add(new("Competition.SphereRequired", p + ".SphereCode"));
            else if (!rules.SphereCodes.Contains(task.SphereCode.Trim())) errors.Add(new("Competition.SphereUnknown", p + ".SphereCode"));
            if (task.Funds is not { } funds) errors.Add(new("Competition.FundsRequired", p + ".Funds"));
            else Amount(funds, p + ".Funds", errors, positive: true);
            if (!Enum.IsDefined(task.Form)) errors.Add(new("Competition.ValueUnknown", p + ".Form"));
            TextLength(task.Description ?? "", p + ".Description", errors);
            if (task.Id is { } id && !Tasks.Any(x => x.Id == id)) errors.Add(new("Competition.RowUnknown", p + ".Title"));
        }

        if (c.Criteria.Count > MaxRows) errors.Add(new("Competition.TooManyRows", "Criteria", MaxRows));
        for (var i = 0; i < c.Criteria.Count; i++)
        {
            var criterion = c.Criteria[i];
            var p = $"Criteria[{i}]";
            if (!Enum.IsDefined(criterion.Statutory)) errors.Add(new("Competition.ValueUnknown", p + ".Statutory"));
            if (string.IsNullOrWhiteSpace(criterion.Name)) errors.Add(new("Competition.CriterionNameRequired", p + ".Name"));
            else if (criterion.Name.Trim().Length > NameMax) errors.Add(new("Competition.NameTooLong", p + ".Name", NameMax));
            if (criterion.MaxPoints is not { } maxPoints) errors.Add(new("Competition.MaxPointsRequired", p + ".MaxPoints"));
            else if (maxPoints <= 0 || maxPoints > PointsMax) errors.Add(new("Competition.MaxPointsRange", p + ".MaxPoints", PointsMax));
            if (criterion.MinPoints is { } minPoints)
            {
                if (minPoints < 0) errors.Add(new("Competition.MinPointsNegative", p + ".MinPoints"));
                else if (criterion.MaxPoints is { } m && minPoints > m) errors.Add(new("Competition.MinPointsAboveMax", p + ".MinPoints", m));
            }
            if (criterion.Id is { } id && !Criteria.Any(x => x.Id == id)) errors.Add(new("Competition.RowUnknown", p + ".Name"));
        }

        if (c.PriorTasks.Count > MaxRows) errors.Add(new("Competition.TooManyRows", "PriorTasks", MaxRows));
        for (var i = 0; i < c.PriorTasks.Count; i++)
        {
            var prior = c.PriorTasks[i];
            var p = $"PriorTasks[{i}]";
            // art. 13 ust. 2 pkt 7 UDPP: tasks of the same type in the year of the announcement and the year before.
            if (prior.Year is not { } year) errors.Add(new("Competition.PriorYearRequired", p + ".Year"));
            else if (year != Year && year != Year - 1) errors.Add(new("Competition.PriorYearOutOfRange", p + ".Year", Year - 1, Year));
            if (string.IsNullOrWhiteSpace(prior.Name)) errors.Add(new("Competition.PriorNameRequired", p + ".Name"));
            else if (prior.Name.Trim().Length > NameMax) errors.Add(new("Competition.NameTooLong", p + ".Name", NameMax));
            if (prior.TotalCost is not { } total) errors.Add(new("Competition.AmountRequired", p + ".TotalCost"));
            else Amount(total, p + ".TotalCost", errors, positive: false);
            if (prior.GrantsToOrganisations is not { } grants) errors.Add(new("Competition.AmountRequired", p + ".GrantsToOrganisations"));
            else
            {
                Amount(grants, p + ".GrantsToOrganisations", errors, positive: false);
                if (prior.TotalCost is { } tc && grants > tc) errors.Add(new("Competition.PriorGrantsAboveTotal", p + ".GrantsToOrganisations"));
            }
        }

        ShortTexts(c.ChecklistItems, "ChecklistItems", errors);
        ShortTexts(c.RequiredAttachments, "RequiredAttachments", errors);
        return errors;
    }

    /// <summary>What art. 13 ust. 2 UDPP requires an announcement to contain, and the timing of publication.</summary>
    private static IEnumerable<Error> Completeness(AnnouncementContent c, AnnouncementRules rules, DateTimeOffset now, bool checkPublicationDates = true)
    {
        if (c.Tasks.Count == 0) yield return new("Competition.TasksRequired", "Tasks");
        if (c.Criteria.Count == 0) yield return new("Competition.CriteriaRequired", "Criteria");
        if (string.IsNullOrWhiteSpace(c.GrantRules)) yield return new("Competition.GrantRulesRequired", "GrantRules");
        if (string.IsNullOrWhiteSpace(c.ImplementationConditions)) yield return new("Competition.ConditionsRequired", "ImplementationConditions");
        if (c.ImplementationFrom is null) yield return new("Competition.ImplementationFromRequired", "ImplementationFrom");
        if (c.ImplementationTo is null) yield return new("Competition.ImplementationToRequired", "ImplementationTo");
        if (c.DeadlineDate is null && c.DeadlineTime is null) yield return new("Competition.DeadlineRequired", "DeadlineDate");
        if (string.IsNullOrWhiteSpace(c.SelectionProcedure)) yield return new("Competition.SelectionProcedureRequired", "SelectionProcedure");
        if (c.SelectionDate is null) yield return new("Competition.SelectionDateRequired", "SelectionDate");
        if (c.EligibleLegalForms.Count == 0) yield return new("Competition.LegalFormsRequired", "EligibleLegalForms");
        if (c.DeadlineDate is { } d && c.DeadlineTime is { } t && WarsawTime.TryToUtc(d, t, out var deadline) && deadline <= now)
        {
            yield return new("Competition.DeadlineInPast", "DeadlineDate");
        }
        if (!checkPublicationDates) yield break;
        // art. 13 ust. 3 UDPP: the announcement is published in all three channels.
        if (c.BipPublishedOn is null) yield return new("Competition.PublicationDateRequired", "BipPublishedOn");
        if (c.NoticeBoardPublishedOn is null) yield return new("Competition.PublicationDateRequired", "NoticeBoardPublishedOn");
        if (c.WebsitePublishedOn is null) yield return new("Competition.PublicationDateRequired", "WebsitePublishedOn");
        // Announcing publishes in BIP now, so its date cannot lie in the past.
        if (c.BipPublishedOn is { } bip && bip < WarsawTime.DateOf(now)) yield return new("Competition.BipDateInPast", "BipPublishedOn", WarsawTime.DateOf(now));
        _ = rules;
    }

    private static void TextLength(string text, string field, List<Error> errors)
    {
        if (text.Length > TextMax) errors.Add(new("Competition.TextTooLong", field, TextMax));
    }

    private static void ShortTexts(IReadOnlyList<string> texts, string field, List<Error> errors)
    {
        if (texts.Count > MaxRows) errors.Add(new("Competition.TooManyRows", field, MaxRows));
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i].Trim();
            if (t.Length == 0) errors.Add(new("Competition.RowTextRequired", $"{field}[{i}]"));
            else if (t.Length > NameMax) errors.Add(new("Competition.NameTooLong", $"{field}[{i}]", NameMax));
        }
    }

    private static void Percent(decimal? value, string field, List<Error> errors)
    {
        if (value is not { } v) return;
        if (v < 0 || v > 100) errors.Add(new("Competition.PercentRange", field));
        else if (decimal.Round(v, 2) != v) errors.Add(new("Competition.PercentPrecision", field));
    }

    private static void Amount(decimal value, string field, List<Error> errors, bool positive)
    {
        if (positive ? value <= 0 : value < 0) errors.Add(new(positive ? "Competition.AmountNotPositive" : "Competition.AmountNegative", field));
        else if (value > AmountMax) errors.Add(new("Competition.AmountTooLarge", field));
        // Money is kept to the grosz (decimal(14,2)); more places would be silently lost.
        else if (decimal.Round(value, 2, MidpointRounding.AwayFromZero) != value) errors.Add(new("Competition.AmountPrecision", field));
    }

    private static List<OrganisationLegalForm> ParseForms(string codes) =>
        codes.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => (OrganisationLegalForm)int.Parse(s, CultureInfo.InvariantCulture))
            .ToList();
}
