// Benchmarks of the grants module (issue 4); see scripts/bench/grants/run.sh, which runs every command in order.
//   seed            the Warsaw-scale competition: --offers 2000 submitted offers of as many verified organisations,
//                   formal check done, then (--until formal|committee|results, default results) the committee's
//                   declarations, scores, proposals and closed meeting, the decision and the published results;
//                   writes competition.env (COMPETITION, TASKS), offers.txt and official.cookie into --out
//   burst-prepare   a competition whose deadline is --lead seconds away with --clients complete drafts of as many
//                   organisations and representatives; writes burst.tsv (offer, sign-in cookie) and burst.env
//   burst-run       the clients: --base http://127.0.0.1:PORT --in burst.tsv --deadline ISO --answers answers.tsv
//   burst-verify    the answers against the database: --in answers.tsv --competition ID --deadline ISO
//   profile         per-step server time of the sheet and the public results: --competition ID [--repeat 15]
// Common: --provider sqlite|postgres --connection "<connection string>" [--tenant miasto-przykladowe] [--seed 2026]
// The database must be migrated and the demo seeded by one start of the app first.
using System.Globalization;
using Civitas.Bench.Grants;

var options = Options.Parse(args);
if (options.Command == "burst-run") return await Burst.RunAsync(options);

await using var host = BenchHost.Build(options.Provider, options.Connection);
var tenant = await host.TenantAsync(options.Tenant);
switch (options.Command)
{
    case "seed" when options.Until is not ("formal" or "committee" or "results"):
        Console.Error.WriteLine("--until must be formal, committee or results");
        return 2;
    case "seed":
        await new Stages(host, tenant, options).SeedAsync();
        return 0;
    case "profile":
        await Profile.RunAsync(host, tenant, options);
        return 0;
    case "burst-prepare":
        await Burst.PrepareAsync(host, tenant, options);
        return 0;
    case "burst-verify":
        return await Burst.VerifyAsync(host, tenant, options);
    default:
        Console.Error.WriteLine("Unknown command " + options.Command);
        return 2;
}

internal sealed record Options(string Command, string Provider, string Connection, string Tenant, int Seed, string Out, int Offers, int Clients, int LeadSeconds,
    string Base, string Input, string Output, string Deadline, string Competition, string Until, int Repeat)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(
            args.FirstOrDefault() ?? "",
            Get("--provider") ?? "sqlite",
            Get("--connection") ?? "",
            Get("--tenant") ?? "miasto-przykladowe",
            Int("--seed", 2026),
            Get("--out") ?? ".",
            Int("--offers", 2000),
            Int("--clients", 500),
            Int("--lead", 100),
            Get("--base") ?? "http://127.0.0.1:5781",
            Get("--in") ?? "",
            Get("--answers") ?? "answers.tsv",
            Get("--deadline") ?? "",
            Get("--competition") ?? "",
            Get("--until") ?? "results",
            Int("--repeat", 15));
    }
}
