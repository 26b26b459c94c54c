using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Civitas.Bench.Organisations;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Bench.Grants;

/// <summary>
/// The last minute before an offer deadline: <see cref="PrepareAsync"/> announces a competition whose deadline is
/// <c>--lead</c> seconds away and 500 complete drafts of 500 organisations, each with its own representative;
/// <see cref="RunAsync"/> is 500 clients submitting through the real summary form, some after the deadline;
/// <see cref="VerifyAsync"/> checks their answers against the database.
/// </summary>
internal static partial class Burst
{
    /// <summary>The clients' side of the burst runs without the app's services: the machine's clock, the one the
    /// server under test reads too.</summary>
    private static readonly TimeProvider Wall = TimeProvider.System;

    public static async Task PrepareAsync(BenchHost host, TenantInfo tenant, Options options)
    {
        var clock = Stopwatch.StartNew();
        var names = new NameFactory(options.Seed + 1);
        var tag = "b" + (host.Clock.GetUtcNow().ToUnixTimeSeconds() % 1_000_000).ToString(CultureInfo.InvariantCulture);
        var population = new Population(host, tenant, names, tag);
        var stages = new Stages(host, tenant, options);
        var official = await population.FindAsync(Stages.OfficialEmail);
        var organisations = await population.OrganisationsAsync(options.Clients, 100_000, _ => names.Spheres().Append("13").Distinct().ToList(), host.Clock.GetUtcNow().AddDays(-30));
        Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {organisations.Count} organisations and representatives");

        // The deadline: a whole second --lead seconds from now. The announcement is dated 22 days before its day
        // (art. 13 ust. 1 UDPP needs at least 21 days after publication), as if it had been published then.
        var deadline = DateTimeOffset.FromUnixTimeSeconds(host.Clock.GetUtcNow().AddSeconds(options.LeadSeconds).ToUnixTimeSeconds() + 1);
        var local = WarsawTime.ToLocal(deadline);
        var published = deadline.AddDays(-22);
        var competitionId = await stages.AnnounceAsync(official, "Konkurs – zadania lokalne (test ostatniej minuty)",
            [("Inicjatywy sąsiedzkie w dzielnicach", "13", 2_000_000m)], published, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), checklist: false);

        var drafts = new List<(Guid Offer, string Cookie)>();
        var factory = new OfferFactory(names, population);
        for (var start = 0; start < organisations.Count; start += 100)
        {
            var chunk = organisations.Skip(start).Take(100).ToList();
            drafts.AddRange(await host.InAsync(tenant, Actor.System, async sp =>
            {
                var db = sp.GetRequiredService<GrantsDb>();
                var taskId = await db.CompetitionTasks.AsNoTracking().Where(t => EF.Property<Guid>(t, "CompetitionId") == competitionId).Select(t => t.Id).FirstAsync();
                var rules = (await sp.GetRequiredService<IOfferRulesSource>().GetAsync(competitionId, taskId, CancellationToken.None))!;
                var facts = await OfferorFacts.LoadAsync(sp.GetRequiredService<IOrganisationDirectory>(), chunk.Select(o => o.Id).ToList(), CancellationToken.None);
                var users = await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Civitas.Platform.Identity.User>>().Users
                    .Where(u => chunk.Select(o => o.RepresentativeId).Contains(u.Id)).ToDictionaryAsync(u => u.Id);
                var list = new List<(Guid, string)>();
                var now = host.Clock.GetUtcNow();
                foreach (var (o, k) in chunk.Select((o, k) => (o, k)))
                {
                    var (offer, _) = Offer.Start(rules, o.Id, o.RepresentativeId, now);
                    var content = factory.Content(rules, o.Id, [], o.Name, start + k);
                    var problems = OfferValidator.Validate(content, rules, o.Id, facts);
                    if (problems.Count > 0) throw new InvalidOperationException("Burst draft invalid: " + string.Join(", ", problems.Select(x => x.Error.Code + "@" + x.Error.Field)));
                    db.Offers.Add(offer);
                    db.OfferSections.AddRange(OfferSectionKeys.All.Select(key => new OfferSection(offer.Id, key, OfferJson.Write(key, content.Get(key)), o.RepresentativeId, now)));
                    list.Add((offer.Id, await host.SignInCookieAsync(sp, users[o.RepresentativeId], twoFactor: false, now)));
                }
                await db.SaveChangesAsync();
                return list;
            }));
        }
        Directory.CreateDirectory(options.Out);
        await File.WriteAllLinesAsync(Path.Combine(options.Out, "burst.tsv"), drafts.Select(d => $"{d.Offer}\t{d.Cookie}"));
        await File.WriteAllTextAsync(Path.Combine(options.Out, "burst.env"),
            $"BURST_COMPETITION={competitionId}\nBURST_DEADLINE={deadline.ToString("O", CultureInfo.InvariantCulture)}\n");
        Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] competition {competitionId}: {drafts.Count} drafts ready; deadline {deadline:O} (in {(deadline - host.Clock.GetUtcNow()).TotalSeconds:F0} s)");
    }

    private sealed record Answer(Guid Offer, double PlannedOffsetS, DateTimeOffset SentAt, DateTimeOffset AnsweredAt, int Status, string Outcome, string Detail);

    /// <summary>
    /// Each client first opens its offer's summary page (antiforgery token and cookie, as a browser would), then at its
    /// moment posts the confirmed submission. Moments relative to the deadline: 20 % in [−60 s, −10 s), 60 % in the
    /// last 10 s, 20 % in (0, +15 s] — every client is sent, none is dropped. The answer is the confirmation number
    /// (read from the confirmation page after the redirect) or the refusal message of the error summary.
    /// </summary>
    public static async Task<int> RunAsync(Options options)
    {
        var lines = await File.ReadAllLinesAsync(options.Input);
        var deadline = DateTimeOffset.Parse(options.Deadline, CultureInfo.InvariantCulture);
        var baseUri = new Uri(options.Base);
        var random = new Random(options.Seed);
        var clients = lines.Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(p => (Offer: Guid.Parse(p[0]), Cookie: p[1])).ToList();
        var offsets = clients.Select((_, i) => (double)i / clients.Count).Select(u => u < 0.2 ? -60 + (u / 0.2 * 50) : u < 0.8 ? -10 + ((u - 0.2) / 0.6 * 10) : (u - 0.8) / 0.2 * 15)
            .OrderBy(_ => random.Next()).ToList();

        var handlers = clients.Select(c => Client(baseUri, c.Cookie)).ToArray();
        var tokens = new ConcurrentDictionary<int, string>();
        var opened = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(clients.Select(async (c, i) =>
        {
            var http = handlers[i];
            await gate.WaitAsync();
            try
            {
                var page = await http.GetStringAsync(new Uri($"/oferty/{c.Offer}/podsumowanie", UriKind.Relative));
                tokens[i] = TokenPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the summary of " + c.Offer);
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine($"{clients.Count} summary pages opened in {opened.Elapsed.TotalSeconds:F1} s; deadline in {(deadline - Wall.GetUtcNow()).TotalSeconds:F1} s");

        var answers = new ConcurrentBag<Answer>();
        await Task.WhenAll(clients.Select(async (c, i) =>
        {
            var http = handlers[i];
            var at = deadline.AddSeconds(offsets[i]);
            var wait = at - Wall.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var sent = Wall.GetUtcNow();
            try
            {
                using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", tokens[i]), new("Input.Confirm", "true")]);
                using var response = await http.PostAsync(new Uri($"/oferty/{c.Offer}/podsumowanie", UriKind.Relative), form);
                var status = (int)response.StatusCode;
                if (status is 302 or 303 && response.Headers.Location is { } location && location.ToString().EndsWith("/potwierdzenie", StringComparison.Ordinal))
                {
                    var confirmation = await http.GetStringAsync(location);
                    var number = NumberPattern().Match(confirmation);
                    answers.Add(new Answer(c.Offer, offsets[i], sent, Wall.GetUtcNow(), status, number.Success ? "confirmed" : "error", number.Success ? number.Value : "redirect without a confirmation number"));
                }
                else if (status == 200)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    var summary = SummaryPattern().Match(body);
                    var message = summary.Success ? Regex.Replace(WebUtility.HtmlDecode(TagPattern().Replace(summary.Groups[1].Value, " ")), @"\s+", " ").Trim() : "";
                    answers.Add(new Answer(c.Offer, offsets[i], sent, Wall.GetUtcNow(), status, message.Length > 0 ? "refused" : "error", message.Length > 0 ? message : "200 without an error summary"));
                }
                else
                {
                    answers.Add(new Answer(c.Offer, offsets[i], sent, Wall.GetUtcNow(), status, "error", "HTTP " + status.ToString(CultureInfo.InvariantCulture)));
                }
            }
            catch (HttpRequestException e)
            {
                answers.Add(new Answer(c.Offer, offsets[i], sent, Wall.GetUtcNow(), 0, "error", e.Message));
            }
        }));
        foreach (var h in handlers) h.Dispose();

        var ordered = answers.OrderBy(a => a.SentAt).ToList();
        var sb = new StringBuilder("offer\tplanned_offset_s\tsent_at\tanswered_at\tstatus\toutcome\tdetail\n");
        foreach (var a in ordered)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{a.Offer}\t{a.PlannedOffsetS:F3}\t{a.SentAt:O}\t{a.AnsweredAt:O}\t{a.Status}\t{a.Outcome}\t{a.Detail}\n");
        }
        await File.WriteAllTextAsync(options.Output, sb.ToString());
        var latencies = ordered.Select(a => (a.AnsweredAt - a.SentAt).TotalMilliseconds).Order().ToList();
        Console.WriteLine(Stages.Invariant($"burst clients={ordered.Count} confirmed={ordered.Count(a => a.Outcome == "confirmed")} refused={ordered.Count(a => a.Outcome == "refused")} errors={ordered.Count(a => a.Outcome == "error")} sent_after_deadline={ordered.Count(a => a.SentAt >= deadline)} status_5xx={ordered.Count(a => a.Status >= 500)} answer_p50_ms={Percentile(latencies, 50):F0} answer_p95_ms={Percentile(latencies, 95):F0} answer_max_ms={(latencies.Count > 0 ? latencies[^1] : 0):F0}"));
        return 0;
    }

    /// <summary>Checks the clients' answers against the database; prints one line per check and fails when one fails.</summary>
    public static async Task<int> VerifyAsync(BenchHost host, TenantInfo tenant, Options options)
    {
        var deadline = DateTimeOffset.Parse(options.Deadline, CultureInfo.InvariantCulture);
        var answers = (await File.ReadAllLinesAsync(options.Input)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(p => (Offer: Guid.Parse(p[0]), Sent: DateTimeOffset.Parse(p[2], CultureInfo.InvariantCulture), Status: int.Parse(p[4], CultureInfo.InvariantCulture), Outcome: p[5], Detail: p[6])).ToList();
        var competitionId = Guid.Parse(options.Competition);
        var stored = await host.InAsync(tenant, Actor.System, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var offers = db.Offers.AsNoTracking().Where(o => o.CompetitionId == competitionId).Select(o => o.Id);
            var rows = await db.OfferSubmissions.AsNoTracking().Where(s => offers.Contains(s.OfferId)).Select(s => new { s.OfferId, s.ConfirmationNumber, s.SubmittedAt, s.Revision }).ToListAsync();
            var deadlineStored = await db.Competitions.AsNoTracking().Where(c => c.Id == competitionId).Select(c => c.OfferDeadline).FirstAsync();
            return (rows.Select(r => (r.OfferId, r.ConfirmationNumber, r.SubmittedAt, r.Revision)).ToList(), deadlineStored, await offers.CountAsync());
        });
        var (submissions, storedDeadline, offerCount) = stored;
        var confirmed = answers.Where(a => a.Outcome == "confirmed").ToList();
        var refused = answers.Where(a => a.Outcome == "refused").ToList();
        var byNumber = submissions.GroupBy(s => s.ConfirmationNumber).ToDictionary(g => g.Key, g => g.ToList());
        var checks = new List<(string Name, bool Ok, string Detail)>
        {
            ("deadline_matches_database", storedDeadline == deadline, $"{storedDeadline:O}"),
            ("answers_for_every_client", answers.Count == offerCount && answers.Select(a => a.Offer).Distinct().Count() == offerCount, $"answers={answers.Count} offers={offerCount}"),
            ("confirmed_plus_refused_equals_clients", confirmed.Count + refused.Count == offerCount, $"confirmed={confirmed.Count} refused={refused.Count}"),
            ("no_5xx", answers.All(a => a.Status < 500), $"status_5xx={answers.Count(a => a.Status >= 500)}"),
            ("every_confirmation_stored_exactly_once_for_its_offer", confirmed.All(a => byNumber.TryGetValue(a.Detail, out var s) && s.Count == 1 && s[0].OfferId == a.Offer), ""),
            ("no_submission_unknown_to_its_client", submissions.All(s => confirmed.Any(a => a.Offer == s.OfferId && a.Detail == s.ConfirmationNumber)), $"submissions={submissions.Count}"),
            ("one_submission_per_offer", submissions.GroupBy(s => s.OfferId).All(g => g.Count() == 1), ""),
            ("no_submission_at_or_after_deadline", submissions.All(s => s.SubmittedAt < deadline), $"latest={(submissions.Count > 0 ? submissions.Max(s => s.SubmittedAt).ToString("O", CultureInfo.InvariantCulture) : "-")}"),
            ("no_confirmation_for_a_request_sent_after_deadline", confirmed.All(a => a.Sent < deadline), $"sent_after_deadline={answers.Count(a => a.Sent >= deadline)}"),
            ("every_refusal_names_the_deadline", refused.All(a => a.Detail.Contains(WarsawTime.ToLocal(deadline).ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal)), ""),
        };
        // Not a failure (the server's clock decides), but what a burst costs the offerors: requests that left
        // before the deadline and were processed after it.
        var late = refused.Where(a => a.Sent < deadline).ToList();
        Console.WriteLine(Stages.Invariant($"burst_refused_though_sent_before_deadline={late.Count} earliest_s_before={(late.Count > 0 ? (deadline - late.Min(a => a.Sent)).TotalSeconds : 0):F2}"));
        foreach (var (name, ok, detail) in checks) Console.WriteLine($"burst_check {name}={(ok ? "ok" : "FAILED")} {detail}".TrimEnd());
        foreach (var g in refused.GroupBy(a => a.Detail)) Console.WriteLine($"burst_refusal count={g.Count()} message=\"{g.Key}\"");
        foreach (var g in answers.Where(a => a.Outcome == "error").GroupBy(a => a.Detail)) Console.WriteLine($"burst_error count={g.Count()} detail=\"{g.Key}\"");
        return checks.All(c => c.Ok) ? 0 : 1;
    }

    private static HttpClient Client(Uri baseUri, string cookie)
    {
        var cookies = new CookieContainer();
        cookies.Add(baseUri, new Cookie(".Civitas.Identity", cookie));
#pragma warning disable CA2000 // the client owns and disposes the handler
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true }, disposeHandler: true) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
#pragma warning restore CA2000
        return http;
    }

    private static double Percentile(List<double> sorted, int p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"OF-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("class=\"error-summary\"[^>]*>.*?<ul>(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
