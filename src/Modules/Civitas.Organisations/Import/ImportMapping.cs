using System.Text.Json;
using Civitas.Organisations.Domain;
using Civitas.Platform;

namespace Civitas.Organisations.Import;

/// <summary>Which column (0-based) feeds which field. Guessed from the header (Polish and English
/// names, and the column names of the KRS API), then corrected by the official.</summary>
internal sealed class ImportMapping
{
    private static readonly Dictionary<string, ImportField> Aliases = new(StringComparer.Ordinal)
    {
        ["nazwa"] = ImportField.Name,
        ["nazwa organizacji"] = ImportField.Name,
        ["name"] = ImportField.Name,
        ["pelna nazwa"] = ImportField.Name,
        ["nazwa skrocona"] = ImportField.ShortName,
        ["skrot"] = ImportField.ShortName,
        ["short name"] = ImportField.ShortName,
        ["forma prawna"] = ImportField.LegalForm,
        ["formaprawna"] = ImportField.LegalForm,
        ["legal form"] = ImportField.LegalForm,
        ["forma"] = ImportField.LegalForm,
        ["krs"] = ImportField.Krs,
        ["numerkrs"] = ImportField.Krs,
        ["numer krs"] = ImportField.Krs,
        ["nr krs"] = ImportField.Krs,
        ["inny rejestr"] = ImportField.OtherRegisterName,
        ["nazwa rejestru"] = ImportField.OtherRegisterName,
        ["other register"] = ImportField.OtherRegisterName,
        ["numer w rejestrze"] = ImportField.OtherRegisterNumber,
        ["nr w rejestrze"] = ImportField.OtherRegisterNumber,
        ["register number"] = ImportField.OtherRegisterNumber,
        ["numer ewidencyjny"] = ImportField.OtherRegisterNumber,
        ["nip"] = ImportField.Nip,
        ["regon"] = ImportField.Regon,
        ["opp"] = ImportField.PublicBenefit,
        ["status opp"] = ImportField.PublicBenefit,
        ["czyposiadastatusopp"] = ImportField.PublicBenefit,
        ["public benefit"] = ImportField.PublicBenefit,
        ["w likwidacji"] = ImportField.InLiquidation,
        ["likwidacja"] = ImportField.InLiquidation,
        ["dzial6 likwidacja"] = ImportField.InLiquidation,
        ["in liquidation"] = ImportField.InLiquidation,
        ["ulica"] = ImportField.Street,
        ["street"] = ImportField.Street,
        ["nrdomu"] = ImportField.Building,
        ["nr domu"] = ImportField.Building,
        ["numer domu"] = ImportField.Building,
        ["building"] = ImportField.Building,
        ["nrlokalu"] = ImportField.Unit,
        ["nr lokalu"] = ImportField.Unit,
        ["numer lokalu"] = ImportField.Unit,
        ["unit"] = ImportField.Unit,
        ["kodpocztowy"] = ImportField.PostalCode,
        ["kod pocztowy"] = ImportField.PostalCode,
        ["kod"] = ImportField.PostalCode,
        ["postal code"] = ImportField.PostalCode,
        ["miejscowosc"] = ImportField.City,
        ["miasto"] = ImportField.City,
        ["city"] = ImportField.City,
        ["gmina"] = ImportField.Commune,
        ["commune"] = ImportField.Commune,
        ["powiat"] = ImportField.County,
        ["county"] = ImportField.County,
        ["wojewodztwo"] = ImportField.Voivodeship,
        ["voivodeship"] = ImportField.Voivodeship,
        ["szerokosc geograficzna"] = ImportField.Latitude,
        ["szerokosc"] = ImportField.Latitude,
        ["lat"] = ImportField.Latitude,
        ["latitude"] = ImportField.Latitude,
        ["dlugosc geograficzna"] = ImportField.Longitude,
        ["dlugosc"] = ImportField.Longitude,
        ["lng"] = ImportField.Longitude,
        ["lon"] = ImportField.Longitude,
        ["longitude"] = ImportField.Longitude,
        ["e mail"] = ImportField.Email,
        ["email"] = ImportField.Email,
        ["adres e mail"] = ImportField.Email,
        ["telefon"] = ImportField.Phone,
        ["phone"] = ImportField.Phone,
        ["tel"] = ImportField.Phone,
        ["strona www"] = ImportField.Website,
        ["www"] = ImportField.Website,
        ["strona internetowa"] = ImportField.Website,
        ["website"] = ImportField.Website,
        ["sfery"] = ImportField.Spheres,
        ["sfery pozytku publicznego"] = ImportField.Spheres,
        ["spheres"] = ImportField.Spheres,
        ["obszary dzialalnosci"] = ImportField.Spheres,
        ["data zalozenia"] = ImportField.FoundedOn,
        ["datarejestracjiwkrs"] = ImportField.FoundedOn,
        ["data rejestracji"] = ImportField.FoundedOn,
        ["founded"] = ImportField.FoundedOn,
        ["opis"] = ImportField.Description,
        ["description"] = ImportField.Description,
    };

    public Dictionary<ImportField, int> Columns { get; init; } = [];

    public int? this[ImportField field] => Columns.TryGetValue(field, out var i) ? i : null;

    public static ImportMapping Guess(IReadOnlyList<string> headers)
    {
        var mapping = new ImportMapping();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Aliases.TryGetValue(SearchText.Fold(headers[i]), out var field) && !mapping.Columns.ContainsKey(field)) mapping.Columns[field] = i;
        }
        return mapping;
    }

    /// <summary>The mapping must name the organisation, its seat, and an identity to find it again
    /// on re-import (KRS or NIP). Errors are on the field's select ("Map_Name").</summary>
    public Result Validate(int columnCount)
    {
        var errors = new List<Error>();
        foreach (var (field, column) in Columns)
        {
            if (column < 0 || column >= columnCount) errors.Add(new Error("Import.ColumnUnknown", "Map_" + field));
        }
        foreach (var group in Columns.GroupBy(c => c.Value).Where(g => g.Count() > 1))
        {
            errors.Add(new Error("Import.ColumnTwice", "Map_" + group.Skip(1).First().Key));
        }
        if (!Columns.ContainsKey(ImportField.Name)) errors.Add(new Error("Import.NameColumnMissing", "Map_Name"));
        if (!Columns.ContainsKey(ImportField.City)) errors.Add(new Error("Import.CityColumnMissing", "Map_City"));
        if (!Columns.ContainsKey(ImportField.Krs) && !Columns.ContainsKey(ImportField.Nip)) errors.Add(new Error("Import.IdentityColumnMissing", "Map_Krs"));
        return Result.From(errors);
    }

    public string ToJson() => JsonSerializer.Serialize(Columns.ToDictionary(c => c.Key.ToString(), c => c.Value));

    public static ImportMapping FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new ImportMapping();
        var raw = JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];
        return new ImportMapping { Columns = raw.Where(r => Enum.TryParse<ImportField>(r.Key, out _)).ToDictionary(r => Enum.Parse<ImportField>(r.Key), r => r.Value) };
    }
}
