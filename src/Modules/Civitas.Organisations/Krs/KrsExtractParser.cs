using System.Globalization;
using System.Text.Json;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Identifiers;

namespace Civitas.Organisations.Krs;

/// <summary>
/// Reads the JSON of GET /api/krs/OdpisAktualny/{krs}?rejestr=S&amp;format=json (odpis.naglowekA,
/// odpis.dane.dzial1–dzial6). Tolerant of missing sections: many organisations have no NIP or REGON,
/// no street (villages), no representation (dział 2) or a liquidation in dział 6. Returns null when
/// the document is not an extract at all.
/// </summary>
internal static class KrsExtractParser
{
    public static KrsExtract? Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("odpis", out var odpis) || odpis.ValueKind != JsonValueKind.Object) return null;
            var header = Obj(odpis, "naglowekA");
            var dane = Obj(odpis, "dane");
            var d1 = Obj(dane, "dzial1");
            var podmiot = Obj(d1, "danePodmiotu");
            var name = Str(podmiot, "nazwa");
            var krs = Str(header, "numerKRS");
            if (name is null || krs is null) return null;
            var ids = Obj(podmiot, "identyfikatory");
            var seatAndAddress = Obj(d1, "siedzibaIAdres");
            var seat = Obj(seatAndAddress, "siedziba");
            var address = Obj(seatAndAddress, "adres");
            var representation = Obj(Obj(dane, "dzial2"), "reprezentacja");
            var d6 = Obj(dane, "dzial6");
            var formText = Str(podmiot, "formaPrawna") ?? "";
            var email = Str(seatAndAddress, "adresPocztyElektronicznej");
            var website = Str(seatAndAddress, "adresStronyInternetowej");
            // The register sometimes holds an e-mail address in the website field.
            if (website is not null && website.Contains('@', StringComparison.Ordinal))
            {
                email ??= website;
                website = null;
            }
            var nip = Str(ids, "nip");
            var regon = Str(ids, "regon");
            return new KrsExtract
            {
                Krs = krs,
                Register = Str(header, "rejestr") ?? "",
                Name = name,
                LegalFormText = formText,
                LegalForm = LegalForms.FromKrs(formText),
                // A malformed identifier in the register is left out rather than carried into the form.
                Nip = Nip.Normalize(nip),
                Regon = Regon.Normalize(regon),
                IsPublicBenefit = podmiot.ValueKind == JsonValueKind.Object && podmiot.TryGetProperty("czyPosiadaStatusOPP", out var opp) && opp.ValueKind == JsonValueKind.True,
                Voivodeship = Str(seat, "wojewodztwo"),
                County = Str(seat, "powiat"),
                Commune = Str(seat, "gmina"),
                SeatCity = Str(seat, "miejscowosc"),
                Street = Str(address, "ulica"),
                Building = Str(address, "nrDomu"),
                Unit = Str(address, "nrLokalu"),
                City = Str(address, "miejscowosc") ?? Str(seat, "miejscowosc"),
                PostalCode = Str(address, "kodPocztowy"),
                PostOffice = Str(address, "poczta"),
                Email = email?.ToLowerInvariant(),
                Website = website is null ? null : OrganisationProfile.NormalizeWebsite(website.ToLowerInvariant()),
                RepresentationBody = Str(representation, "nazwaOrganu"),
                RepresentationRule = Str(representation, "sposobReprezentacji"),
                RepresentativeFunctions = Arr(representation, "sklad").Select(m => Str(m, "funkcjaWOrganie")).OfType<string>().ToList(),
                InLiquidation = d6.ValueKind == JsonValueKind.Object && d6.TryGetProperty("likwidacja", out var l) && l.ValueKind != JsonValueKind.Null,
                Dissolved = d6.ValueKind == JsonValueKind.Object && d6.TryGetProperty("rozwiazanieUniewaznienie", out var r) && r.ValueKind != JsonValueKind.Null,
                RegisteredOn = Date(Str(header, "dataRejestracjiWKRS")),
                StateAsOf = Date(Str(header, "stanZDnia")),
                Objectives = Str(Obj(Obj(dane, "dzial3"), "celDzialaniaOrganizacji"), "celDzialania"),
            };
        }
    }

    private static JsonElement Obj(JsonElement parent, string name)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    private static IEnumerable<JsonElement> Arr(JsonElement parent, string name)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string? Str(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String) return null;
        var s = v.GetString()?.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    private static DateOnly? Date(string? s)
        => DateOnly.TryParseExact(s, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
