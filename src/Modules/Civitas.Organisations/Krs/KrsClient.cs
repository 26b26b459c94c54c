using System.Net;
using Civitas.Organisations.Identifiers;
using Civitas.Platform;
using Microsoft.Extensions.Logging;

namespace Civitas.Organisations.Krs;

/// <summary>
/// Looks up the current extract in the open KRS API (api-krs.ms.gov.pl, no key needed). Associations
/// and foundations are in register S; non-profit companies and social cooperatives in register P, so
/// P is asked when S answers 404. Errors: Krs.Invalid, Krs.NotFound, Krs.Unavailable (timeout, network,
/// 5xx), Krs.InvalidResponse. None of them stops the person: the form goes on by hand.
/// </summary>
internal sealed class KrsClient(HttpClient http, ILogger<KrsClient> logger)
{
    public async Task<Result<KrsExtract>> GetCurrentExtractAsync(string? krs, CancellationToken ct)
    {
        var number = KrsNumber.Normalize(krs);
        if (number is null) return new Error("Krs.Invalid", "Krs");
        foreach (var register in new[] { "S", "P" })
        {
            HttpResponseMessage response;
            try
            {
                response = await http.GetAsync(new Uri($"/api/krs/OdpisAktualny/{number}?rejestr={register}&format=json", UriKind.Relative), ct);
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning("KRS API timed out for {Krs}", number);
                return new Error("Krs.Unavailable", "Krs");
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning("KRS API unreachable for {Krs}: {Error}", number, ex.Message);
                return new Error("Krs.Unavailable", "Krs");
            }
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.NotFound) continue;
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("KRS API answered {Status} for {Krs}", (int)response.StatusCode, number);
                    return new Error("Krs.Unavailable", "Krs");
                }
                string body;
                try
                {
                    body = await response.Content.ReadAsStringAsync(ct);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    return new Error("Krs.Unavailable", "Krs");
                }
                var extract = KrsExtractParser.Parse(body);
                if (extract is null) return new Error("Krs.InvalidResponse", "Krs");
                return extract;
            }
        }
        return new Error("Krs.NotFound", "Krs", number);
    }
}
