using System.Text.RegularExpressions;
using Civitas.Browser.Tests.Infrastructure;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Web.Lifecycle;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys.Grants;

/// <summary>The sweep reads the demo competitions in the state the seeders left them at start-up (and files a
/// justification request and a draft offer of its own), so it has its own app: the grants story moves the clock.</summary>
[CollectionDefinition(Name)]
public sealed class GrantsPagesCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: grants pages";
}

/// <summary>
/// Accessibility sweep of the grants module: every page a person can open with GET (the routes of
/// Pages/Grants/**, JSON and PDF downloads aside), for each role that may see it, in Polish and English.
/// Every page must answer 200 and pass axe (the base class checks both on each visit). The demo tenant has a
/// competition in every state (draft, open, formal check, committee evaluation, results published, cancelled),
/// a published small grant with comments and a committee of demo accounts; the sweep adds only what a page
/// needs and the demo lacks (a draft offer, a justification request, both through the pages themselves).
/// Forms whose empty submission changes nothing are also submitted empty once, and the page with its error
/// messages must pass axe too. Each role signs in once.
/// </summary>
[Collection(GrantsPagesCollection.Name)]
public sealed class GrantsPagesSweep(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Representative = "przedstawicielka@" + DemoCast.MailDomain;

    /// <summary>The demo records the pages are about.</summary>
    private sealed record Demo(
        Guid Draft, Guid Open, Guid FormalCheck, Guid Evaluation, Guid Results, Guid Cancelled,
        IReadOnlyList<Guid> FormalCheckOffers, Guid SubmittedOffer, Guid JointOffer, IReadOnlyList<Guid> EvaluationOffers, Guid NomineeScored,
        IReadOnlyList<Guid> ResultsOffers, Guid SmallGrant, Guid SmallGrantSubmitted, Guid SmallGrantDraft, int Year);

    private readonly Dictionary<string, int> _pages = [];

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Every_page_of_the_grants_module_answers_and_passes_axe_for_each_role(string language)
    {
        var demo = await DemoAsync();
        var password = App.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password;

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await AnonymousAsync(demo);

        await SignInAsync(new TestUser(Guid.Empty, DemoCast.ResidentEmail, "Anna Mieszkańska", password, null));
        await ResidentAsync(demo);
        await SignOutAsync();

        await SignInAsync(new TestUser(Guid.Empty, Representative, "Maria Przedstawicielska", password, null));
        await RepresentativeAsync(demo);
        await SignOutAsync();

        await SignInAsync(new TestUser(Guid.Empty, DemoCast.ExpertEmail, "dr Barbara Sportowska", password, null));
        await ExpertAsync(demo);
        await SignOutAsync();

        await SignInAsync(await DemoOfficialAsync(password));
        await OfficialAsync(demo);

        // The counts per role are in the test output; each of the five roles went through its pages.
        foreach (var (role, count) in _pages) Console.WriteLine($"{language} {role}: {count} pages");
        Assert.Equal(5, _pages.Count);
    }

    // ---- Roles -----------------------------------------------------------------------------------

    private async Task AnonymousAsync(Demo d)
    {
        const string role = "anonymous";
        await VisitAsync(role, "/konkursy");
        foreach (var status in new[] { "open", "evaluation", "decided", "cancelled" }) await VisitAsync(role, "/konkursy?status=" + status);
        await VisitAsync(role, $"/konkursy?rok={d.Year}&sfera=17");
        // A filter the list does not know shows its message next to the filter.
        await VisitAsync(role, "/konkursy?rok=dawno&wydzial=nieznany");
        foreach (var id in new[] { d.Open, d.FormalCheck, d.Evaluation, d.Results, d.Cancelled }) await VisitAsync(role, $"/konkursy/{id}");
        await VisitAsync(role, "/male-granty");
        await VisitAsync(role, $"/male-granty/{d.SmallGrant}");
        await VisitAsync(role, $"/male-granty/{d.SmallGrant}/uwagi");
        await SubmitEmptyAsync(role);
    }

    private async Task ResidentAsync(Demo d)
    {
        const string role = "resident (committee nominee)";
        await VisitAsync(role, "/konkursy");
        await VisitAsync(role, $"/konkursy/{d.Results}");
        await VisitAsync(role, $"/male-granty/{d.SmallGrant}/uwagi");
        // art. 15 ust. 2j UDPP: anyone may ask for the justification, and the text is optional, so the empty form
        // is a valid request: it files one, which the office's answer page then shows.
        foreach (var offer in d.ResultsOffers) await VisitAsync(role, $"/oferty/{offer}/uzasadnienie");
        await SubmitEmptyAsync(role, valid: true);
        await VisitAsync(role, "/moje-wnioski-o-uzasadnienie");
        // The nominee of the evaluation committee.
        await VisitAsync(role, "/komisja");
        await VisitAsync(role, $"/komisja/konkursy/{d.Evaluation}");
        await VisitAsync(role, $"/komisja/konkursy/{d.Evaluation}/oferty/{d.NomineeScored}");
        await VisitAsync(role, $"/komisja/konkursy/{d.Results}");
    }

    private async Task RepresentativeAsync(Demo d)
    {
        const string role = "organisation representative";
        await VisitAsync(role, "/moje-oferty");
        await VisitAsync(role, $"/konkursy/{d.Open}/nowa-oferta");
        // Nothing chosen: refused with the messages, nothing created.
        await SubmitEmptyAsync(role);
        var draft = await DraftOfferAsync(d.Open);
        if (draft is null)
        {
            // The sailing club: its statute covers the sport tasks of the open competition.
            var sailing = await Page.Locator("main label", new PageLocatorOptions { HasText = "Klub Żeglarski" }).GetAttributeAsync("for");
            await Page.Locator($"[id='{sailing}']").CheckAsync();
            await Page.Locator("#Input_TaskId").CheckAsync();
            await FollowAsync(() => Page.Locator("main form button[type=submit]").ClickAsync());
            Count(role);
            draft = Guid.Parse(Regex.Match(CurrentPath, "/oferty/([0-9a-f-]{36})").Groups[1].Value);
        }
        foreach (var section in OfferSectionKeys.All.Where(k => k.AppliesTo(false))) await VisitAsync(role, $"/oferty/{draft}?sekcja={section.Code()}");
        await VisitAsync(role, $"/oferty/{draft}/podsumowanie");
        // The joint offer under formal check whose correction window is open: every part of a joint offer.
        foreach (var section in OfferSectionKeys.All.Where(k => k.AppliesTo(true))) await VisitAsync(role, $"/oferty/{d.JointOffer}?sekcja={section.Code()}");
        await VisitAsync(role, $"/oferty/{d.JointOffer}/podsumowanie");
        await VisitAsync(role, $"/oferty/{d.SubmittedOffer}");
        await VisitAsync(role, $"/oferty/{d.SubmittedOffer}/wycofaj");
        await VisitAsync(role, $"/oferty/{d.SubmittedOffer}/podsumowanie");
        await VisitAsync(role, $"/oferty/{d.SubmittedOffer}/potwierdzenie");
        foreach (var offer in d.ResultsOffers) await VisitAsync(role, $"/oferty/{offer}/uzasadnienie");
        await VisitAsync(role, "/moje-wnioski-o-uzasadnienie");
        await VisitAsync(role, "/male-granty/nowa");
        await VisitAsync(role, "/moje-male-granty");
        await VisitAsync(role, $"/moje-male-granty/{d.SmallGrant}");
        await VisitAsync(role, $"/moje-male-granty/{d.SmallGrantSubmitted}");
        await VisitAsync(role, $"/moje-male-granty/{d.SmallGrantDraft}");
    }

    private async Task ExpertAsync(Demo d)
    {
        const string role = "expert";
        await VisitAsync(role, "/komisja");
        await VisitAsync(role, $"/komisja/konkursy/{d.Evaluation}");
        // The impartiality declaration without its confirmation ticked is refused.
        await SubmitEmptyAsync(role);
        await VisitAsync(role, $"/komisja/konkursy/{d.Evaluation}/oferty/{d.NomineeScored}");
    }

    private async Task OfficialAsync(Demo d)
    {
        const string role = "official (committee chair)";
        await VisitAsync(role, "/urzad/konkursy");
        await VisitAsync(role, "/urzad/konkursy/nowy");
        // A competition without a title is not created.
        await SubmitEmptyAsync(role);
        foreach (var id in new[] { d.Draft, d.Open, d.FormalCheck, d.Evaluation, d.Results, d.Cancelled }) await VisitAsync(role, $"/urzad/konkursy/{id}");
        await VisitAsync(role, $"/urzad/konkursy/{d.Draft}/ogloszenie");
        // A correction that changes nothing is refused (art. 13 UDPP: a correction must change something).
        await VisitAsync(role, $"/urzad/konkursy/{d.Open}/korekta");
        await SubmitEmptyAsync(role);
        await VisitAsync(role, $"/urzad/konkursy/{d.Open}/uniewaznienie");
        await SubmitEmptyAsync(role);
        foreach (var id in new[] { d.FormalCheck, d.Evaluation, d.Results }) await VisitAsync(role, $"/urzad/konkursy/{id}/oferty");
        foreach (var offer in d.FormalCheckOffers) await VisitAsync(role, $"/urzad/konkursy/{d.FormalCheck}/ocena-formalna/{offer}");
        await VisitAsync(role, $"/urzad/konkursy/{d.Evaluation}/ocena-formalna/{d.EvaluationOffers[0]}");
        foreach (var id in new[] { d.Evaluation, d.Results }) await VisitAsync(role, $"/urzad/konkursy/{id}/komisja");
        // The committee of the competition under formal check is still being composed: a member without an address is refused.
        await VisitAsync(role, $"/urzad/konkursy/{d.FormalCheck}/komisja");
        await SubmitEmptyAsync(role, form: "main form[action*='handler=Add']");
        foreach (var id in new[] { d.Evaluation, d.Results })
        {
            await VisitAsync(role, $"/urzad/konkursy/{id}/arkusz");
            await VisitAsync(role, $"/urzad/konkursy/{id}/protokol");
            await VisitAsync(role, $"/urzad/konkursy/{id}/decyzja");
        }
        await VisitAsync(role, $"/urzad/konkursy/{d.Results}/uzasadnienia");
        var request = await OpenJustificationRequestAsync(d.Results);
        await VisitAsync(role, $"/urzad/konkursy/{d.Results}/uzasadnienia/{request}");
        await SubmitEmptyAsync(role);
        await VisitAsync(role, "/urzad/male-granty");
        await VisitAsync(role, "/urzad/male-granty/plan");
        await VisitAsync(role, $"/urzad/male-granty/{d.SmallGrant}");
        // Submitted, not yet published: the publication form with the redactions.
        await VisitAsync(role, $"/urzad/male-granty/{d.SmallGrantSubmitted}");
        await VisitAsync(role, "/urzad/dotacje/statystyki");
        await VisitAsync(role, $"/urzad/dotacje/statystyki?rok={d.Year}");
        // The chair of the demo committees.
        await VisitAsync(role, "/komisja");
        await VisitAsync(role, $"/komisja/konkursy/{d.Evaluation}");
        foreach (var offer in d.EvaluationOffers.Take(1)) await VisitAsync(role, $"/komisja/konkursy/{d.Evaluation}/oferty/{offer}");
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    /// <summary>Opens <paramref name="path"/>, which must answer 200 and pass axe, and must be the page itself
    /// (not a redirect to another one, which would leave the page unchecked).</summary>
    private async Task VisitAsync(string role, string path)
    {
        await GoToAsync(path);
        var asked = path.Split('?')[0];
        Assert.True(new Uri(Page.Url).AbsolutePath == asked, $"As {role}, {path} led to {CurrentPath} instead of the page itself.");
        Count(role);
    }

    private void Count(string role) => _pages[role] = _pages.GetValueOrDefault(role) + 1;

    /// <summary>Submits the page's main form with nothing typed: the page comes back with its error summary
    /// (checked by axe like any page).</summary>
    private async Task SubmitEmptyAsync(string role, bool valid = false, string form = "main form[method='post'].stacked")
    {
        var found = Page.Locator(form);
        Assert.True(await found.CountAsync() > 0, $"No form {form} on {Page.Url}.");
        var first = found.First;
        await FollowAsync(() => first.Locator("button[type=submit]:not([formaction])").First.ClickAsync());
        Count(role);
        var shown = Page.Locator(valid ? "main .status[role='status']" : "main .error-summary");
        Assert.True(await shown.CountAsync() == 1, $"The empty form on {Page.Url} should have shown {(valid ? "a status message" : "the error summary")}.");
    }

    private async Task SignOutAsync()
        => await FollowAsync(() => Page.Locator("header form[action='/konto/wyloguj'] button").ClickAsync());

    /// <summary>The demo official (who chairs the demo committees) signs in with a second factor, as every
    /// official: the demo account is given an authenticator key in this test's app.</summary>
    private async Task<TestUser> DemoOfficialAsync(string password)
    {
        var key = await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByEmailAsync(DemoCast.OfficialEmail))!;
            if (await users.GetAuthenticatorKeyAsync(user) is not { } existing)
            {
                await users.ResetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
                existing = (await users.GetAuthenticatorKeyAsync(user))!;
            }
            return (user.Id, Key: existing);
        });
        return new TestUser(key.Id, DemoCast.OfficialEmail, "Jan Urzędnik", password, key.Key);
    }

    private Task<T> InTenantAsync<T>(Func<GrantsDb, Task<T>> body) => InTenantAsync((_, db) => body(db));

    private Task<T> InTenantAsync<T>(Func<IServiceProvider, GrantsDb, Task<T>> body) => App.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<ITenantContext>().Set(await App.DemoTenantAsync());
        return await body(sp, sp.GetRequiredService<GrantsDb>());
    });

    private Task<Guid?> DraftOfferAsync(Guid competition)
        => InTenantAsync(db => db.Offers.AsNoTracking().Where(o => o.CompetitionId == competition && o.Status == OfferStatus.Draft)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync());

    private Task<Guid> OpenJustificationRequestAsync(Guid competition)
        => InTenantAsync(db => db.JustificationRequests.AsNoTracking().Where(r => r.CompetitionId == competition && r.Answer == null)
            .Select(r => r.Id).FirstAsync());

    /// <summary>The demo has only a published small grant: the sweep adds, once, a submitted one (the office's
    /// publication form) and a draft (the organisation's form), through the module's handler as the pages do.</summary>
    private static async Task<(Guid Submitted, Guid Draft)> SmallGrantsAsync(IServiceProvider sp, GrantsDb db)
    {
        var submitted = await db.SmallGrantOffers.AsNoTracking().Where(o => o.Status == SmallGrantOfferStatus.Submitted).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        var draft = await db.SmallGrantOffers.AsNoTracking().Where(o => o.Status == SmallGrantOfferStatus.Draft).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        if (submitted is { } s && draft is { } d) return (s, d);
        var user = (await sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(Representative))!;
        sp.GetRequiredService<IActorContext>().Set(new Actor(user.Id, "Maria Przedstawicielska"));
        var organisation = (await sp.GetRequiredService<IOrganisationDirectory>().FindAsync(DemoCast.SailingClubKrs, CancellationToken.None))!.Value;
        var today = WarsawTime.DateOf(sp.GetRequiredService<TimeProvider>().GetUtcNow());
        var start = today.AddDays(21);
        if (start.AddDays(30).Year != start.Year) start = new DateOnly(start.Year + 1, 1, 15);
        var content = new SmallGrantOfferContent(
            "Sobotnie regaty rodzinne na zalewie",
            "17",
            "Zalew miejski, przystań Klubu Żeglarskiego „Łódź”",
            start,
            start.AddDays(30),
            "Cztery sobotnie regaty dla rodzin z dziećmi, z instruktorami klubu i pokazem ratownictwa wodnego.",
            "- 30 rodzin weźmie udział w regatach;\n- każde dziecko przejdzie szkolenie z bezpieczeństwa na wodzie.",
            "Anna Nowak",
            "+48 600 100 200",
            "anna.nowak@klub-lodz.example",
            [new SmallGrantCostLineInput("Wynagrodzenie instruktorów", "godz.", 40, 75m), new SmallGrantCostLineInput("Nagrody dla uczestników", "szt.", 30, 20m)],
            3_000m,
            600m,
            0m,
            new SmallGrantStatements(true, true, false, false, true, true, true));
        var handler = sp.GetRequiredService<SaveSmallGrantOfferHandler>();
        if (submitted is null)
        {
            var saved = await handler.HandleAsync(null, organisation, content, submit: true, user.Id, CancellationToken.None);
            Assert.True(saved.Succeeded, "The small grant was not submitted: " + string.Join(", ", saved.Errors.Select(e => $"{e.Field}:{e.Code}")));
            submitted = saved.Value;
        }
        if (draft is null)
        {
            var saved = await handler.HandleAsync(null, organisation, content with { Title = "Jesienne warsztaty szkutnicze" }, submit: false, user.Id, CancellationToken.None);
            Assert.True(saved.Succeeded, "The small-grant draft was not saved: " + string.Join(", ", saved.Errors.Select(e => $"{e.Field}:{e.Code}")));
            draft = saved.Value;
        }
        return (submitted.Value, draft.Value);
    }

    private Task<Demo> DemoAsync() => InTenantAsync(async (sp, db) =>
    {
        var competitions = await db.Competitions.AsNoTracking().Select(c => new { c.Id, c.Title, c.Status }).ToListAsync();
        Guid One(CompetitionStatus status, string? prefix = null)
            => competitions.Single(c => c.Status == status && (prefix is null || c.Title.StartsWith(prefix, StringComparison.Ordinal))).Id;
        var formalCheck = One(CompetitionStatus.FormalCheck, FormalCheckDemoSeeder.TitlePrefix);
        var evaluation = One(CompetitionStatus.Evaluation, EvaluationDemoSeeder.TitlePrefix);
        var results = One(CompetitionStatus.ResultsPublished, ResultsDemoSeeder.TitlePrefix);
        var offers = await db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Submitted)
            .OrderBy(o => o.SubmittedAt).Select(o => new { o.Id, o.CompetitionId }).ToListAsync();
        var nominee = await db.CommitteeMembers.AsNoTracking()
            .SingleAsync(m => m.CompetitionId == evaluation && m.Kind == MemberKind.NominatedByOrganisation);
        var scored = await db.CommitteeScores.AsNoTracking().Where(s => s.MemberId == nominee.Id).Select(s => s.OfferId).FirstAsync();
        var smallGrant = await db.SmallGrantOffers.AsNoTracking().Where(o => o.Status == SmallGrantOfferStatus.Published).Select(o => o.Id).FirstAsync();
        var (submittedSmallGrant, draftSmallGrant) = await SmallGrantsAsync(sp, db);
        var formalCheckOffers = offers.Where(o => o.CompetitionId == formalCheck).Select(o => o.Id).ToList();
        // The joint offer names its partner in section II; the demo asked for its correction.
        var sports = (await sp.GetRequiredService<IOrganisationDirectory>().FindAsync(DemoCast.SportsClubKrs, CancellationToken.None))!.Value.ToString();
        var joint = await db.OfferSections.AsNoTracking().Where(x => formalCheckOffers.Contains(x.OfferId) && x.Json.Contains(sports))
            .Select(x => x.OfferId).FirstAsync();
        return new Demo(
            One(CompetitionStatus.Draft), One(CompetitionStatus.Announced), formalCheck, evaluation, results, One(CompetitionStatus.Cancelled),
            formalCheckOffers, formalCheckOffers[0], joint, offers.Where(o => o.CompetitionId == evaluation).Select(o => o.Id).ToList(), scored,
            offers.Where(o => o.CompetitionId == results).Select(o => o.Id).ToList(), smallGrant, submittedSmallGrant, draftSmallGrant,
            WarsawTime.DateOf(App.Clock.GetUtcNow()).Year);
    });
}
