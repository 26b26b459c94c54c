using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>The rules of art. 19a UDPP and of the simplified offer (Dz.U. 2018 poz. 2055) as pure
/// functions: each violation is a coded error on the field it belongs to, with the legal basis as an
/// argument so the user sees it next to the message.</summary>
internal static class SmallGrantRules
{
    public const int TitleMax = 300;
    public const int PlaceMax = 500;
    public const int TextMax = 8000;
    public const int ContactMax = 200;
    public const int LineNameMax = 300;
    public const int UnitMax = 50;
    public const int MaxCostLines = 30;
    public const int CommentMax = 4000;
    public const int CommentNameMax = 100;
    public const int ReasonMax = 4000;

    /// <summary>A line's total: quantity × unit cost rounded to the grosz, half away from zero.</summary>
    public static decimal LineTotal(decimal quantity, decimal unitCost) => Money(quantity * unitCost);

    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Everything the organisation can get wrong in the offer itself.</summary>
    public static IReadOnlyList<Error> Validate(SmallGrantOfferContent c, SmallGrantLimits limits, IReadOnlyCollection<string> sphereCodes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(sphereCodes);
        var errors = new List<Error>();
        Required(errors, c.Title, "Title");
        if (string.IsNullOrWhiteSpace(c.SphereCode)) errors.Add(new Error("SmallGrant.Required", "SphereCode"));
        else if (!sphereCodes.Contains(c.SphereCode)) errors.Add(new Error("SmallGrant.UnknownSphere", "SphereCode"));
        Required(errors, c.Place, "Place");
        Required(errors, c.Description, "Description");
        Required(errors, c.ExpectedResults, "ExpectedResults");
        Required(errors, c.ContactName, "ContactName");
        if (string.IsNullOrWhiteSpace(c.ContactPhone) && string.IsNullOrWhiteSpace(c.ContactEmail)) errors.Add(new Error("SmallGrant.ContactMissing", "ContactEmail"));

        Dates(errors, c, limits, today);
        Costs(errors, c, limits);
        Statements(errors, c.Statements);
        return errors;
    }

    private static void Dates(List<Error> errors, SmallGrantOfferContent c, SmallGrantLimits limits, DateOnly today)
    {
        if (c.StartDate is null) errors.Add(new Error("SmallGrant.Required", "StartDate"));
        if (c.EndDate is null) errors.Add(new Error("SmallGrant.Required", "EndDate"));
        if (c.StartDate is not { } start || c.EndDate is not { } end) return;
        if (start < today) errors.Add(new Error("SmallGrant.StartInPast", "StartDate", today));
        if (end < start)
        {
            errors.Add(new Error("SmallGrant.EndBeforeStart", "EndDate"));
            return;
        }
        // art. 19a ust. 1 pkt 2 UDPP: the task is carried out in no more than 90 days (both ends counted).
        var days = end.DayNumber - start.DayNumber + 1;
        if (days > limits.MaxDurationDays.AsInt())
        {
            errors.Add(new Error("SmallGrant.TooLong", "EndDate", limits.MaxDurationDays.AsInt(), days, limits.MaxDurationDays.LegalBasis));
        }
        // The simplified offer is single-year (no split per year): the calendar year of the grant is the
        // year the annual caps of art. 19a are counted in.
        else if (start.Year != end.Year)
        {
            errors.Add(new Error("SmallGrant.SingleYear", "EndDate", start.Year));
        }
    }

    private static void Costs(List<Error> errors, SmallGrantOfferContent c, SmallGrantLimits limits)
    {
        var lines = c.CostLines;
        var filled = 0;
        var total = 0m;
        var linesOk = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.IsBlank) continue;
            filled++;
            var prefix = $"CostLines[{i}].";
            if (string.IsNullOrWhiteSpace(l.Name)) { errors.Add(new Error("SmallGrant.Required", prefix + "Name")); linesOk = false; }
            if (string.IsNullOrWhiteSpace(l.Unit)) { errors.Add(new Error("SmallGrant.Required", prefix + "Unit")); linesOk = false; }
            if (l.Quantity is not { } q) { errors.Add(new Error("SmallGrant.Required", prefix + "Quantity")); linesOk = false; }
            else if (q <= 0) { errors.Add(new Error("SmallGrant.NotPositive", prefix + "Quantity")); linesOk = false; }
            if (l.UnitCost is not { } u) { errors.Add(new Error("SmallGrant.Required", prefix + "UnitCost")); linesOk = false; }
            else if (u <= 0) { errors.Add(new Error("SmallGrant.NotPositive", prefix + "UnitCost")); linesOk = false; }
            if (l.Quantity is { } q2 && l.UnitCost is { } u2 && q2 > 0 && u2 > 0) total += LineTotal(q2, u2);
        }
        if (filled == 0)
        {
            errors.Add(new Error("SmallGrant.NoCostLines", "CostLines[0].Name"));
            linesOk = false;
        }

        if (c.GrantAmount is not { } grant) errors.Add(new Error("SmallGrant.Required", "GrantAmount"));
        else if (grant <= 0) errors.Add(new Error("SmallGrant.NotPositive", "GrantAmount"));
        else if (grant > limits.MaxAmount.Value)
        {
            // art. 19a ust. 1 pkt 1 UDPP: the grant (not the total cost) may not exceed 10 000 zł.
            errors.Add(new Error("SmallGrant.GrantOverMax", "GrantAmount", limits.MaxAmount.Value, limits.MaxAmount.LegalBasis));
        }
        if (c.OwnFinancial is < 0) errors.Add(new Error("SmallGrant.Negative", "OwnFinancial"));
        if (c.NonFinancial is < 0) errors.Add(new Error("SmallGrant.Negative", "NonFinancial"));

        if (linesOk && c.GrantAmount is > 0 && c.OwnFinancial is not < 0 && c.NonFinancial is not < 0)
        {
            // Cost table of the simplified offer: the total cost equals the sum of its sources.
            var sources = c.GrantAmount.Value + (c.OwnFinancial ?? 0) + (c.NonFinancial ?? 0);
            if (Money(sources) != total) errors.Add(new Error("SmallGrant.CostsDoNotAddUp", "GrantAmount", total, Money(sources)));
        }
    }

    private static void Statements(List<Error> errors, SmallGrantStatements s)
    {
        if (!s.WithinPublicBenefitActivity) errors.Add(new Error("SmallGrant.StatementRequired", "WithinPublicBenefitActivity"));
        if (!s.FeesOnlyInPaidActivity) errors.Add(new Error("SmallGrant.StatementRequired", "FeesOnlyInPaidActivity"));
        if (s.HasTaxArrears is null) errors.Add(new Error("SmallGrant.ChooseOne", "HasTaxArrears"));
        if (s.HasSocialSecurityArrears is null) errors.Add(new Error("SmallGrant.ChooseOne", "HasSocialSecurityArrears"));
        if (!s.DataMatchRegister) errors.Add(new Error("SmallGrant.StatementRequired", "DataMatchRegister"));
        if (!s.InformationTrue) errors.Add(new Error("SmallGrant.StatementRequired", "InformationTrue"));
        if (!s.DataSubjectsInformed) errors.Add(new Error("SmallGrant.StatementRequired", "DataSubjectsInformed"));
    }

    /// <summary>The annual caps of art. 19a UDPP. <paramref name="organisationOthers"/> and
    /// <paramref name="tenantOthers"/> are the grants already requested or awarded in the year in this mode
    /// (refused offers excluded), without this offer.</summary>
    public static IReadOnlyList<Error> Caps(decimal grant, int year, decimal organisationOthers, decimal tenantOthers, decimal? plannedTotal, SmallGrantLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<Error>();
        // art. 19a ust. 6 UDPP (numbering unverified): at most 20 000 zł per organisation per calendar year in this mode.
        var perOrganisation = limits.PerOrganisationYearMax.Value;
        if (organisationOthers + grant > perOrganisation)
        {
            errors.Add(new Error("SmallGrant.OrganisationYearCap", "GrantAmount", perOrganisation, year, organisationOthers, Math.Max(0, perOrganisation - organisationOthers), limits.PerOrganisationYearMax.LegalBasis));
        }
        // art. 19a ust. 7 UDPP (numbering unverified): the JST's total in this mode at most 20 % of the
        // grants planned for NGO tasks in the budget year. Without the planned total the cap cannot be
        // checked, so nothing is accepted until the office enters it.
        if (plannedTotal is not { } planned)
        {
            errors.Add(new Error("SmallGrant.NoPlan", "GrantAmount", year, limits.ShareOfPlannedMaxPercent.LegalBasis));
        }
        else
        {
            var cap = TenantCap(planned, limits);
            if (tenantOthers + grant > cap)
            {
                errors.Add(new Error("SmallGrant.TenantShareCap", "GrantAmount", limits.ShareOfPlannedMaxPercent.Value, year, cap, Math.Max(0, cap - tenantOthers), limits.ShareOfPlannedMaxPercent.LegalBasis));
            }
        }
        return errors;
    }

    /// <summary>The most the JST may award in this mode in a year: the percentage of the planned total, to the grosz.</summary>
    public static decimal TenantCap(decimal plannedTotal, SmallGrantLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return Money(plannedTotal * limits.ShareOfPlannedMaxPercent.Value / 100m);
    }

    /// <summary>Whether the organisation may receive a grant here: eligible legal form (art. 3 ust. 2–4 UDPP),
    /// listed and verified in this JST's directory, not suspended, not in liquidation.</summary>
    public static IReadOnlyList<Error> Eligibility(OrganisationSummary? organisation)
    {
        const string field = "OrganisationId";
        if (organisation is null) return [new Error("SmallGrant.OrganisationNotListed", field)];
        if (organisation.Eligibility == OrganisationEligibility.Excluded) return [new Error("SmallGrant.OrganisationExcluded", field, organisation.Name)];
        return organisation.Status switch
        {
            OrganisationStatus.NotListed or OrganisationStatus.Rejected => [new Error("SmallGrant.OrganisationNotListed", field)],
            OrganisationStatus.Unverified => [new Error("SmallGrant.OrganisationNotVerified", field, organisation.Name)],
            OrganisationStatus.Suspended => [new Error("SmallGrant.OrganisationSuspended", field, organisation.Name)],
            _ when organisation.InLiquidation => [new Error("SmallGrant.OrganisationInLiquidation", field, organisation.Name)],
            _ => [],
        };
    }

    /// <summary>The last day by which the office must publish an offer received on <paramref name="receivedOn"/>:
    /// art. 19a ust. 3 UDPP, counted in working days (Mon–Fri without public holidays).</summary>
    public static DateOnly PublishBy(DateOnly receivedOn, SmallGrantLimits limits, bool moveOffNonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return LegalCalendar.Deadline(receivedOn, limits.PublishWithinWorkingDays, moveOffNonWorkingDays).LastDay;
    }

    /// <summary>The instants the publication (art. 19a ust. 3) and the comment period (ust. 4) end for an offer
    /// published at <paramref name="publishedAt"/>: counted in days from the day after publication, ending
    /// at the end of the last day (KC art. 111), moved off a non-working day where the JST applies it.</summary>
    public static (DateTimeOffset VisibleTo, DateTimeOffset CommentsUntil) Windows(DateTimeOffset publishedAt, SmallGrantLimits limits, bool moveOffNonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var day = WarsawTime.DateOf(publishedAt);
        return (LegalCalendar.Deadline(day, limits.PublicationDays, moveOffNonWorkingDays).EndsBefore,
            LegalCalendar.Deadline(day, limits.CommentDays, moveOffNonWorkingDays).EndsBefore);
    }

    private static void Required(List<Error> errors, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new Error("SmallGrant.Required", field));
    }
}
