using System.Globalization;
using System.Net;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Krs;
using CsvHelper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Civitas.Organisations.Tests.Krs;

/// <summary>The 46 real answers of the KRS API (../shared/data/krs/parasol_all) against the list derived
/// from them (../shared/data/ngo_list): every one parses into the right fields.</summary>
public sealed class KrsExtractTests
{
    public static IEnumerable<object[]> Organisations()
    {
        using var reader = new StreamReader(SharedData.NgoList);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        foreach (var row in csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList())
        {
            yield return [row.ToDictionary(kv => kv.Key, kv => (string)kv.Value)];
        }
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    [Fact]
    public void There_are_46_recorded_answers() => Assert.Equal(46, Directory.GetFiles(SharedData.KrsFolder, "*.json").Length);

    [Theory]
    [MemberData(nameof(Organisations))]
    public void A_recorded_answer_parses_into_the_right_fields(Dictionary<string, string> expected)
    {
        var json = File.ReadAllText(Path.Combine(SharedData.KrsFolder, expected["numerKRS"] + ".json"));
        var e = KrsExtractParser.Parse(json);
        Assert.NotNull(e);
        Assert.Equal(expected["numerKRS"], e.Krs);
        Assert.Equal("RejS", e.Register);
        Assert.Equal(expected["nazwa"], e.Name);
        Assert.Equal(expected["formaPrawna"], e.LegalFormText);
        Assert.Equal(expected["formaPrawna"] switch
        {
            "STOWARZYSZENIE" => OrganisationLegalForm.Association,
            "FUNDACJA" => OrganisationLegalForm.Foundation,
            "STOWARZYSZENIE KULTURY FIZYCZNEJ" => OrganisationLegalForm.SportsClub,
            _ => OrganisationLegalForm.Other,
        }, e.LegalForm);
        Assert.Equal(Empty(expected["nip"]), e.Nip);
        // The KRS pads a 9-digit REGON with five zeros; we keep the REGON it stands for.
        Assert.Equal(Empty(expected["regon"]) is { } regon ? regon.EndsWith("00000", StringComparison.Ordinal) ? regon[..9] : regon : null, e.Regon);
        Assert.Equal(bool.Parse(expected["czyPosiadaStatusOPP"]), e.IsPublicBenefit);
        Assert.Equal(expected["wojewodztwo"], e.Voivodeship);
        Assert.Equal(expected["powiat"], e.County);
        Assert.Equal(expected["gmina"], e.Commune);
        Assert.Equal(expected["miejscowosc"], e.City);
        Assert.Equal(Empty(expected["ulica"]), e.Street);
        Assert.Equal(Empty(expected["nrDomu"]), e.Building);
        Assert.Equal(Empty(expected["nrLokalu"]), e.Unit);
        Assert.Equal(Empty(expected["kodPocztowy"]), e.PostalCode);
        Assert.Equal(Empty(expected["poczta"]), e.PostOffice);
        Assert.Equal(DateOnly.ParseExact(expected["dataRejestracjiWKRS"], "dd.MM.yyyy", CultureInfo.InvariantCulture), e.RegisteredOn);
        Assert.Equal(DateOnly.ParseExact(expected["stanZDnia"], "dd.MM.yyyy", CultureInfo.InvariantCulture), e.StateAsOf);
        Assert.Equal(bool.Parse(expected["dzial6_likwidacja"]), e.InLiquidation);
        Assert.False(string.IsNullOrWhiteSpace(e.Objectives));
    }

    [Fact]
    public void Representation_and_contact_details_are_read_where_the_register_has_them()
    {
        var e = KrsExtractParser.Parse(File.ReadAllText(Path.Combine(SharedData.KrsFolder, "0000096794.json")))!;
        Assert.Equal("ZARZĄD", e.RepresentationBody);
        Assert.StartsWith("DO REPREZENTOWANIA STOWARZYSZENIA", e.RepresentationRule, StringComparison.Ordinal);
        Assert.Equal(["PREZES", "SKARBNIK", "SEKRETARZ", "CZŁONEK ZARZĄDU", "WICEPREZES ZARZĄDU"], e.RepresentativeFunctions);
        var withSite = KrsExtractParser.Parse(File.ReadAllText(Path.Combine(SharedData.KrsFolder, "0000281817.json")))!;
        Assert.Equal("https://www.aeroklubjaroslaw.pl", withSite.Website!.Replace("http://", "https://", StringComparison.Ordinal));
        Assert.Equal("biuro@aeroklubjaroslaw.pl", withSite.Email);
    }

    [Fact]
    public void An_e_mail_address_in_the_website_field_is_taken_as_the_e_mail()
    {
        var files = Directory.GetFiles(SharedData.KrsFolder, "*.json").Select(f => KrsExtractParser.Parse(File.ReadAllText(f))!).ToList();
        Assert.All(files, e => Assert.True(e.Website is null || !e.Website.Contains('@', StringComparison.Ordinal)));
        Assert.Contains(files, e => e.Email == "fundacja.czasnalepszejutro@gmail.com");
    }

    [Fact]
    public void Dissolution_is_noticed_beside_liquidation()
    {
        var e = KrsExtractParser.Parse(File.ReadAllText(Path.Combine(SharedData.KrsFolder, "0000234234.json")))!;
        Assert.True(e.InLiquidation);
        Assert.True(e.Dissolved);
        Assert.Null(e.Street);
        Assert.Equal("80 \"B\"", e.Unit);
    }

    [Fact]
    public void The_recorded_404_body_is_not_an_extract()
        => Assert.Null(KrsExtractParser.Parse(File.ReadAllText(SharedData.Krs404)));

    [Theory]
    [InlineData("")]
    [InlineData("<html>Service Unavailable</html>")]
    [InlineData("{\"odpis\": 5}")]
    public void Garbage_is_not_an_extract(string body) => Assert.Null(KrsExtractParser.Parse(body));

    private static KrsClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer)
        => Client((r, _) => Task.FromResult(answer(r)), TimeSpan.FromSeconds(5));

    private static KrsClient Client(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, TimeSpan timeout)
        => new(new HttpClient(new FakeHandler(answer)) { BaseAddress = new Uri("https://api-krs.test"), Timeout = timeout }, NullLogger<KrsClient>.Instance);

    [Fact]
    public async Task The_client_asks_register_S_and_reads_the_answer()
    {
        var asked = new List<string>();
        var client = Client(r =>
        {
            asked.Add(r.RequestUri!.PathAndQuery);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(File.ReadAllText(Path.Combine(SharedData.KrsFolder, "0000159405.json"))) };
        });
        var result = await client.GetCurrentExtractAsync("0000159405", CancellationToken.None);
        Assert.True(result.Succeeded);
        Assert.True(result.Value!.IsPublicBenefit);
        Assert.Equal(["/api/krs/OdpisAktualny/0000159405?rejestr=S&format=json"], asked);
    }

    [Fact]
    public async Task A_404_in_both_registers_is_not_found()
    {
        var asked = 0;
        var client = Client(_ =>
        {
            asked++;
            return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent(File.ReadAllText(SharedData.Krs404)) };
        });
        var result = await client.GetCurrentExtractAsync("0000999999", CancellationToken.None);
        Assert.Equal("Krs.NotFound", result.Errors.Single().Code);
        Assert.Equal("Krs", result.Errors.Single().Field);
        Assert.Equal(2, asked);
    }

    [Fact]
    public async Task A_timeout_server_error_or_broken_answer_gives_a_clear_error()
    {
        var slow = Client(async (_, ct) =>
        {
            // A server that never answers in time: the client's timeout cancels the wait.
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }, TimeSpan.FromMilliseconds(100));
        Assert.Equal("Krs.Unavailable", (await slow.GetCurrentExtractAsync("0000159405", CancellationToken.None)).Errors.Single().Code);
        var down = Client(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        Assert.Equal("Krs.Unavailable", (await down.GetCurrentExtractAsync("0000159405", CancellationToken.None)).Errors.Single().Code);
        var refused = Client(_ => throw new HttpRequestException("Connection refused"));
        Assert.Equal("Krs.Unavailable", (await refused.GetCurrentExtractAsync("0000159405", CancellationToken.None)).Errors.Single().Code);
        var garbage = Client(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>maintenance</html>") });
        Assert.Equal("Krs.InvalidResponse", (await garbage.GetCurrentExtractAsync("0000159405", CancellationToken.None)).Errors.Single().Code);
    }

    [Fact]
    public async Task A_malformed_number_is_refused_without_asking()
    {
        var client = Client(_ => throw new InvalidOperationException("must not be called"));
        Assert.Equal("Krs.Invalid", (await client.GetCurrentExtractAsync("12345", CancellationToken.None)).Errors.Single().Code);
    }

    private sealed class FakeHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => answer(request, cancellationToken);
    }
}
