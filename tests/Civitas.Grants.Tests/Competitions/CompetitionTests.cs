using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;

namespace Civitas.Grants.Tests.Competitions;

public sealed class CompetitionTests
{
    private static readonly AnnouncementRules Rules = new(21, "art. 13 ust. 1 UDPP", new HashSet<string>(["16", "17", "1a"], StringComparer.Ordinal));
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Official = Guid.CreateVersion7();

    private static Competition Draft()
    {
        var created = Competition.Create(Guid.CreateVersion7(), "WK", 2026, 1, "Kultura 2026", Now, Official);
        Assert.True(created.Succeeded);
        return created.Value!;
    }

    private static AnnouncementContent Complete(DateOnly lastPublication, DateOnly deadline) => new()
    {
        Title = "Otwarty konkurs ofert w dziedzinie kultury 2026",
        GrantRules = "Dotacje przyznaje Prezydent Miasta.",
        ImplementationConditions = "Zadanie realizuje się na terenie miasta.",
        ImplementationFrom = new DateOnly(2026, 5, 1),
        ImplementationTo = new DateOnly(2026, 12, 15),
        DeadlineDate = deadline,
        DeadlineTime = new TimeOnly(15, 30),
        SelectionProcedure = "Oceny dokonuje komisja konkursowa.",
        SelectionDate = deadline.AddDays(20),
        MinOwnContributionPercent = 10m,
        MaxAdminCostPercent = 10m,
        MaxGrantPerOffer = 20_000m,
        EligibleCostsFrom = new DateOnly(2026, 5, 1),
        EligibleCostsTo = new DateOnly(2026, 12, 31),
        EligibleLegalForms = [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation],
        BipPublishedOn = new DateOnly(2026, 3, 2),
        NoticeBoardPublishedOn = new DateOnly(2026, 3, 2),
        WebsitePublishedOn = lastPublication,
        Tasks = [new TaskDraft(null, "Festiwal muzyki dawnej", "16", 50_000m, TaskForm.Support, null)],
        Criteria = [new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania", 10, 3)],
        PriorTasks = [new PriorTaskDraft(2025, "Festiwal muzyki dawnej 2025", 60_000m, 45_000m)],
        ChecklistItems = ["Oferta złożona w terminie"],
        RequiredAttachments = ["Aktualny statut"],
    };

    [Fact]
    public void Deadline_less_than_21_days_after_the_last_publication_is_refused_with_the_earliest_date()
    {
        var c = Draft();
        var result = c.EditDraft(Complete(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 25)), Rules);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Competition.DeadlineTooSoon", error.Code);
        Assert.Equal("DeadlineDate", error.Field);
        Assert.Equal(new DateOnly(2026, 3, 26), error.Args[2]);
    }

    [Fact]
    public void Deadline_exactly_21_calendar_days_after_the_last_publication_is_accepted()
    {
        var c = Draft();
        Assert.True(c.EditDraft(Complete(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 26)), Rules).Succeeded);
        Assert.Equal(WarsawTime.ToUtc(new DateOnly(2026, 3, 26), new TimeOnly(15, 30)), c.OfferDeadline);
    }

    [Fact]
    public void Deadline_at_a_time_skipped_by_the_spring_clock_change_is_refused()
    {
        var c = Draft();
        var content = Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 29)) with { DeadlineTime = new TimeOnly(2, 30) };
        var result = c.EditDraft(content, Rules);
        Assert.Contains(result.Errors, e => e.Code == "Competition.DeadlineTimeSkipped" && e.Field == "DeadlineTime");
        Assert.Null(c.OfferDeadline);
    }

    [Fact]
    public void Criterion_points_must_be_positive_and_the_minimum_not_above_the_maximum()
    {
        var c = Draft();
        var content = Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)) with
        {
            Criteria =
            [
                new CriterionDraft(null, StatutoryCriterion.Quality, "Jakość", 0, null),
                new CriterionDraft(null, StatutoryCriterion.Own, "Zasięg", 5, 6),
            ],
        };
        var result = c.EditDraft(content, Rules);
        Assert.Contains(result.Errors, e => e.Code == "Competition.MaxPointsRange" && e.Field == "Criteria[0].MaxPoints");
        Assert.Contains(result.Errors, e => e.Code == "Competition.MinPointsAboveMax" && e.Field == "Criteria[1].MinPoints");
    }

    [Fact]
    public void A_task_needs_positive_funds_in_whole_grosze_and_a_known_sphere()
    {
        var c = Draft();
        var content = Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)) with
        {
            Tasks =
            [
                new TaskDraft(null, "Bez środków", "16", null, TaskForm.Support, null),
                new TaskDraft(null, "Ułamek grosza", "16", 100.005m, TaskForm.Support, null),
                new TaskDraft(null, "Nieznana sfera", "99", 100m, TaskForm.Entrusting, null),
            ],
        };
        var result = c.EditDraft(content, Rules);
        Assert.Contains(result.Errors, e => e.Code == "Competition.FundsRequired" && e.Field == "Tasks[0].Funds");
        Assert.Contains(result.Errors, e => e.Code == "Competition.AmountPrecision" && e.Field == "Tasks[1].Funds");
        Assert.Contains(result.Errors, e => e.Code == "Competition.SphereUnknown" && e.Field == "Tasks[2].SphereCode");
    }

    [Fact]
    public void Same_type_tasks_are_only_of_this_or_last_year()
    {
        var c = Draft();
        var content = Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)) with
        {
            PriorTasks = [new PriorTaskDraft(2023, "Dawno temu", 10m, 20m)],
        };
        var result = c.EditDraft(content, Rules);
        Assert.Contains(result.Errors, e => e.Code == "Competition.PriorYearOutOfRange");
        Assert.Contains(result.Errors, e => e.Code == "Competition.PriorGrantsAboveTotal");
    }

    [Fact]
    public void The_excluded_legal_form_can_never_be_eligible()
    {
        var c = Draft();
        var content = Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)) with { EligibleLegalForms = [OrganisationLegalForm.Other] };
        Assert.Contains(c.EditDraft(content, Rules).Errors, e => e.Code == "Competition.LegalFormNotEligible");
    }

    [Fact]
    public void An_incomplete_draft_cannot_be_announced()
    {
        var c = Draft();
        var result = c.Announce(Rules, Now, Official, "Jan Urzędnik");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "Competition.TasksRequired");
        Assert.Contains(result.Errors, e => e.Code == "Competition.DeadlineRequired");
        Assert.Contains(result.Errors, e => e.Code == "Competition.PublicationDateRequired" && e.Field == "BipPublishedOn");
        Assert.Equal(CompetitionStatus.Draft, c.Status);
    }

    [Fact]
    public void Announcing_makes_version_1_and_opens_the_competition_until_the_deadline()
    {
        var c = Draft();
        Assert.True(c.EditDraft(Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)), Rules).Succeeded);
        var result = c.Announce(Rules, Now, Official, "Jan Urzędnik");
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.Equal(1, result.Value!.Number);
        Assert.Equal(CompetitionStatus.Announced, c.Status);
        var deadline = c.OfferDeadline!.Value;
        Assert.True(c.IsOpenForOffers(deadline.AddSeconds(-1)));
        Assert.False(c.IsOpenForOffers(deadline));
    }

    [Fact]
    public void A_bip_date_in_the_past_is_refused_at_announcement()
    {
        var c = Draft();
        Assert.True(c.EditDraft(Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)) with { BipPublishedOn = new DateOnly(2026, 3, 1) }, Rules).Succeeded);
        Assert.Contains(c.Announce(Rules, Now, Official, "Jan").Errors, e => e.Code == "Competition.BipDateInPast");
    }

    [Fact]
    public void A_correction_is_version_2_with_its_reason_and_the_changed_parts_and_cannot_shorten_the_deadline()
    {
        var c = Draft();
        c.EditDraft(Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)), Rules);
        c.Announce(Rules, Now, Official, "Jan");
        var content = c.Content();

        var shorter = c.Correct(content with { DeadlineDate = new DateOnly(2026, 4, 29) }, "Pomyłka", Rules, Now.AddDays(1), Official, "Jan");
        Assert.Contains(shorter.Errors, e => e.Code == "Competition.CorrectionShortensDeadline");
        Assert.Contains(c.Correct(content, "Nic", Rules, Now.AddDays(1), Official, "Jan").Errors, e => e.Code == "Competition.CorrectionChangesNothing");
        Assert.Contains(c.Correct(content with { Title = "Inny" }, " ", Rules, Now.AddDays(1), Official, "Jan").Errors, e => e.Code == "Competition.ReasonRequired");

        var corrected = c.Correct(content with { DeadlineDate = new DateOnly(2026, 5, 4) }, "Wydłużenie terminu", Rules, Now.AddDays(1), Official, "Jan");
        Assert.True(corrected.Succeeded, string.Join(", ", corrected.Errors.Select(e => e.Code)));
        Assert.Equal(2, corrected.Value!.Number);
        Assert.Equal("deadline", corrected.Value.ChangedFields);
        Assert.Equal("Wydłużenie terminu", corrected.Value.Reason);
        Assert.Equal(2, c.AnnouncementVersionNumber);
        Assert.Equal(new DateOnly(2026, 5, 4), AnnouncementSnapshot.Deserialize(corrected.Value.SnapshotJson).DeadlineDate);
    }

    [Fact]
    public void Tasks_keep_their_ids_when_the_draft_is_edited()
    {
        var c = Draft();
        c.EditDraft(Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)), Rules);
        var id = c.Tasks.Single().Id;
        var content = c.Content();
        Assert.True(c.EditDraft(content with { Tasks = [content.Tasks[0] with { Funds = 60_000m }] }, Rules).Succeeded);
        Assert.Equal(id, c.Tasks.Single().Id);
        Assert.Equal(60_000m, c.Tasks.Single().Funds);
    }

    [Fact]
    public void Cancellation_needs_a_reason_and_is_refused_for_a_draft_and_after_results()
    {
        var draft = Draft();
        Assert.Contains(draft.Cancel("Brak ofert", Now, Official, "Jan").Errors, e => e.Code == "Competition.CancelDraft");

        var c = Draft();
        c.EditDraft(Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)), Rules);
        c.Announce(Rules, Now, Official, "Jan");
        Assert.Contains(c.Cancel("", Now, Official, "Jan").Errors, e => e.Code == "Competition.ReasonRequired");
        Assert.True(c.Cancel("Nie złożono żadnej oferty (art. 18a ust. 1 UDPP).", Now, Official, "Jan").Succeeded);
        Assert.Equal(CompetitionStatus.Cancelled, c.Status);
        Assert.Contains(c.Cancel("Znowu", Now, Official, "Jan").Errors, e => e.Code == "Competition.CannotCancel");
    }

    [Fact]
    public void The_formal_check_starts_only_after_the_deadline()
    {
        var c = Draft();
        c.EditDraft(Complete(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)), Rules);
        c.Announce(Rules, Now, Official, "Jan");
        Assert.False(c.StartFormalCheck(c.OfferDeadline!.Value.AddSeconds(-1)).Succeeded);
        Assert.True(c.StartFormalCheck(c.OfferDeadline!.Value).Succeeded);
        Assert.True(c.StartEvaluation().Succeeded);
        Assert.True(c.MarkDecided().Succeeded);
        Assert.True(c.MarkResultsPublished().Succeeded);
        Assert.False(c.Cancel("Za późno", Now, Official, "Jan").Succeeded);
    }

    [Fact]
    public void Only_officials_of_the_department_or_tenant_admins_manage_a_competition()
    {
        var c = Draft();
        Assert.True(c.MayBeManagedBy([c.DepartmentId], tenantAdmin: false));
        Assert.False(c.MayBeManagedBy([Guid.CreateVersion7()], tenantAdmin: false));
        Assert.True(c.MayBeManagedBy([], tenantAdmin: true));
    }
}
