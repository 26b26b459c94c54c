using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Data;

/// <summary>Open competitions, offers, their evaluation and decisions, and small grants (art. 11–19a
/// UDPP). Tables are prefixed "grants".</summary>
internal abstract class GrantsDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "grants";

    public override string Module => ModuleName;

    public DbSet<Competition> Competitions => Set<Competition>();
    public DbSet<CompetitionTask> CompetitionTasks => Set<CompetitionTask>();
    public DbSet<CompetitionCriterion> CompetitionCriteria => Set<CompetitionCriterion>();
    public DbSet<AnnouncementVersion> AnnouncementVersions => Set<AnnouncementVersion>();

    // Offers (area B)
    public DbSet<Domain.Offers.Offer> Offers => Set<Domain.Offers.Offer>();
    public DbSet<Domain.Offers.OfferSection> OfferSections => Set<Domain.Offers.OfferSection>();
    public DbSet<Domain.Offers.OfferSubmission> OfferSubmissions => Set<Domain.Offers.OfferSubmission>();
    public DbSet<Domain.FormalCheck.FormalReview> FormalReviews => Set<Domain.FormalCheck.FormalReview>();
    public DbSet<SmallGrantOffer> SmallGrantOffers => Set<SmallGrantOffer>();
    public DbSet<SmallGrantCostLine> SmallGrantCostLines => Set<SmallGrantCostLine>();
    public DbSet<SmallGrantPlan> SmallGrantPlans => Set<SmallGrantPlan>();
    public DbSet<SmallGrantComment> SmallGrantComments => Set<SmallGrantComment>();

    // Committee
    public DbSet<Domain.Committee.CommitteeMember> CommitteeMembers => Set<Domain.Committee.CommitteeMember>();
    public DbSet<Domain.Committee.CommitteeScore> CommitteeScores => Set<Domain.Committee.CommitteeScore>();
    public DbSet<Domain.Committee.CommitteeMeeting> CommitteeMeetings => Set<Domain.Committee.CommitteeMeeting>();
    public DbSet<Domain.Committee.ProposedAmount> ProposedAmounts => Set<Domain.Committee.ProposedAmount>();
    // Results (decision, publication, justification requests)
    public DbSet<Domain.Results.CompetitionDecision> Decisions => Set<Domain.Results.CompetitionDecision>();
    public DbSet<Domain.Results.DecisionLine> DecisionLines => Set<Domain.Results.DecisionLine>();
    public DbSet<Domain.Results.JustificationRequest> JustificationRequests => Set<Domain.Results.JustificationRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GrantsDb).Assembly, t => t.Namespace == typeof(GrantsDb).Namespace + ".Configurations");
    }
}
