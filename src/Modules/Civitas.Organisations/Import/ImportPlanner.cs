using System.Globalization;
using System.Text.Json;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Import;

internal enum ImportAction
{
    /// <summary>A new organisation, added to this directory.</summary>
    Create,
    /// <summary>An organisation already on the platform, kept by the import (no members yet): its data is updated.</summary>
    Update,
    /// <summary>An organisation already on the platform and not yet in this directory: added to it. Its
    /// data is not touched when its own members keep it, or did not change.</summary>
    List,
    /// <summary>Already in this directory with the same data (or kept by its members).</summary>
    Unchanged,
}

/// <summary>A good row and what importing it will do.</summary>
internal sealed record PlannedRow(int Line, ImportAction Action, OrganisationProfile Profile, Organisation? Existing, bool ListedHere);

/// <summary>
/// Reads the CSV with the mapping and decides, row by row, what importing would do. Rows are matched
/// to organisations by KRS, then NIP (the national identity), so a second import of the same file
/// updates instead of duplicating. Values are read the way Polish spreadsheets write them: decimal
/// commas, "tak/nie", dates as dd.mm.rrrr. Used by the dry run and again by the import itself, so
/// what is imported is exactly what the report showed for the file.
/// </summary>
internal sealed class ImportPlanner(OrganisationsDb db, TimeProvider clock)
{
    private const int Batch = 400;

    public async Task<(ImportReport Report, IReadOnlyList<PlannedRow> Rows)> PlanAsync(Stream content, CsvFormat format, ImportMapping mapping, CancellationToken ct)
    {
        var today = WarsawTime.DateOf(clock.GetUtcNow());
        var problems = new List<ImportRowProblem>();
        var good = new List<(int Line, OrganisationProfile Row)>();
        var total = 0;

        using (var reader = new StreamReader(content, format.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        using (var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format.Delimiter.ToString(),
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        }))
        {
            var header = true;
            while (await csv.ReadAsync())
            {
                if (header)
                {
                    header = false;
                    continue;
                }
                var fields = csv.Record ?? [];
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                total++;
                var line = csv.Row; // the row number a spreadsheet shows (the header is row 1)
                var errors = new List<ImportRowError>();
                if (fields.Length != format.Headers.Count)
                {
                    errors.Add(new ImportRowError("", "Import.ColumnCount", [fields.Length.ToString(CultureInfo.InvariantCulture), format.Headers.Count.ToString(CultureInfo.InvariantCulture)]));
                }
                var profile = errors.Count == 0 ? Read(fields, format, mapping, errors) : null;
                if (profile is not null && profile.Krs is null && profile.Nip is null)
                {
                    errors.Add(new ImportRowError(Header(format, mapping, ImportField.Krs), "Import.IdentityMissing", []));
                }
                if (profile is not null)
                {
                    // Every reason at once: a value that could not be read is left empty, so it adds no second error.
                    var validated = profile.Validate(today);
                    if (!validated.Succeeded) errors.AddRange(validated.Errors.Select(e => ToRowError(e, format, mapping)));
                    else if (errors.Count == 0) profile = validated.Value!;
                }
                if (errors.Count > 0) problems.Add(new ImportRowProblem(line, Cell(fields, mapping[ImportField.Name]), errors));
                else good.Add((line, profile!));
            }
        }

        // Duplicates inside the file: the first row wins, the others are reported.
        var firstByIdentity = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<(int Line, OrganisationProfile Row)>();
        foreach (var (line, row) in good)
        {
            var keys = new[] { row.Krs is null ? null : "krs:" + row.Krs, row.Nip is null ? null : "nip:" + row.Nip }.OfType<string>().ToList();
            var seen = keys.Select(k => firstByIdentity.TryGetValue(k, out var l) ? l : (int?)null).FirstOrDefault(l => l is not null);
            if (seen is { } firstLine)
            {
                problems.Add(new ImportRowProblem(line, row.Name, [new ImportRowError(Header(format, mapping, row.Krs is not null ? ImportField.Krs : ImportField.Nip), "Import.DuplicateInFile", [firstLine.ToString(CultureInfo.InvariantCulture)])]));
                continue;
            }
            foreach (var k in keys) firstByIdentity[k] = line;
            unique.Add((line, row));
        }

        var planned = new List<PlannedRow>(unique.Count);
        for (var i = 0; i < unique.Count; i += Batch)
        {
            var chunk = unique.Skip(i).Take(Batch).ToList();
            var krs = chunk.Select(c => c.Row.Krs).OfType<string>().ToList();
            var nip = chunk.Select(c => c.Row.Nip).OfType<string>().ToList();
            var existing = await db.Organisations.Include(o => o.Spheres)
                .Where(o => (o.Krs != null && krs.Contains(o.Krs)) || (o.Nip != null && nip.Contains(o.Nip))).ToListAsync(ct);
            var ids = existing.Select(o => o.Id).ToList();
            var managed = (await db.Memberships.Where(m => ids.Contains(m.OrganisationId)).Select(m => m.OrganisationId).Distinct().ToListAsync(ct)).ToHashSet();
            var listed = (await db.Listings.Where(l => ids.Contains(l.OrganisationId)).Select(l => l.OrganisationId).ToListAsync(ct)).ToHashSet();
            foreach (var (line, row) in chunk)
            {
                var match = existing.FirstOrDefault(o => row.Krs is not null && o.Krs == row.Krs) ?? existing.FirstOrDefault(o => row.Nip is not null && o.Nip == row.Nip);
                if (match is null)
                {
                    planned.Add(new PlannedRow(line, ImportAction.Create, row, null, false));
                    continue;
                }
                var isListed = listed.Contains(match.Id);
                if (managed.Contains(match.Id))
                {
                    // The organisation's own people keep its profile; the import only lists it here.
                    planned.Add(new PlannedRow(line, isListed ? ImportAction.Unchanged : ImportAction.List, match.ToProfile(), match, isListed));
                    continue;
                }
                var merged = Merge(match.ToProfile(), row, mapping);
                var validated = merged.Validate(today);
                if (!validated.Succeeded)
                {
                    problems.Add(new ImportRowProblem(line, row.Name, validated.Errors.Select(e => ToRowError(e, format, mapping)).ToList()));
                    continue;
                }
                var conflict = await ConflictAsync(match, validated.Value!, ct);
                if (conflict is not null)
                {
                    problems.Add(new ImportRowProblem(line, row.Name, [ToRowError(conflict, format, mapping)]));
                    continue;
                }
                var changed = !Same(match.ToProfile(), validated.Value!);
                var action = changed ? ImportAction.Update : isListed ? ImportAction.Unchanged : ImportAction.List;
                planned.Add(new PlannedRow(line, action, validated.Value!, match, isListed));
            }
        }

        var report = new ImportReport
        {
            Rows = total,
            Created = planned.Count(p => p.Action == ImportAction.Create),
            Updated = planned.Count(p => p.Action == ImportAction.Update),
            Listed = planned.Count(p => p.Action == ImportAction.List),
            Unchanged = planned.Count(p => p.Action == ImportAction.Unchanged),
            Problems = problems.OrderBy(p => p.Line).ToList(),
        };
        return (report, planned);
    }

    // A row matched by NIP that carries a KRS of another organisation (or the reverse).
    private async Task<Error?> ConflictAsync(Organisation match, OrganisationProfile merged, CancellationToken ct)
    {
        if (merged.Krs is not null && merged.Krs != match.Krs
            && await db.Organisations.Where(o => o.Krs == merged.Krs && o.Id != match.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) is { } byKrs)
            return new Error("Organisation.KrsTaken", "Krs", byKrs);
        if (merged.Nip is not null && merged.Nip != match.Nip
            && await db.Organisations.Where(o => o.Nip == merged.Nip && o.Id != match.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) is { } byNip)
            return new Error("Organisation.NipTaken", "Nip", byNip);
        return null;
    }

    private static bool Same(OrganisationProfile a, OrganisationProfile b)
        => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    /// <summary>Mapped, non-empty cells replace the stored values; empty cells and unmapped fields keep them.</summary>
    private static OrganisationProfile Merge(OrganisationProfile stored, OrganisationProfile row, ImportMapping m)
    {
        bool Has(ImportField f) => m[f] is not null;
        return stored with
        {
            Name = Has(ImportField.Name) ? row.Name : stored.Name,
            ShortName = Has(ImportField.ShortName) && row.ShortName is not null ? row.ShortName : stored.ShortName,
            LegalForm = Has(ImportField.LegalForm) ? row.LegalForm : stored.LegalForm,
            Krs = row.Krs ?? stored.Krs,
            OtherRegisterName = row.OtherRegisterName ?? stored.OtherRegisterName,
            OtherRegisterNumber = row.OtherRegisterNumber ?? stored.OtherRegisterNumber,
            Nip = row.Nip ?? stored.Nip,
            Regon = row.Regon ?? stored.Regon,
            IsPublicBenefit = Has(ImportField.PublicBenefit) ? row.IsPublicBenefit : stored.IsPublicBenefit,
            InLiquidation = Has(ImportField.InLiquidation) ? row.InLiquidation : stored.InLiquidation,
            Street = row.Street ?? stored.Street,
            Building = row.Building ?? stored.Building,
            Unit = row.Unit ?? stored.Unit,
            PostalCode = row.PostalCode ?? stored.PostalCode,
            City = row.City ?? stored.City,
            Commune = row.Commune ?? stored.Commune,
            County = row.County ?? stored.County,
            Voivodeship = row.Voivodeship ?? stored.Voivodeship,
            Latitude = row.Latitude ?? stored.Latitude,
            Longitude = row.Longitude ?? stored.Longitude,
            Email = row.Email ?? stored.Email,
            Phone = row.Phone ?? stored.Phone,
            Website = row.Website ?? stored.Website,
            Spheres = row.Spheres.Count > 0 ? row.Spheres : stored.Spheres,
            FoundedOn = row.FoundedOn ?? stored.FoundedOn,
            Description = row.Description ?? stored.Description,
        };
    }

    private static OrganisationProfile? Read(string[] fields, CsvFormat format, ImportMapping m, List<ImportRowError> errors)
    {
        string? Get(ImportField f) => Cell(fields, m[f]);
        var legalText = Get(ImportField.LegalForm);
        var legalForm = OrganisationLegalForm.Other;
        if (legalText is null) errors.Add(new ImportRowError(Header(format, m, ImportField.LegalForm), "Import.LegalFormMissing", []));
        else if (ParseLegalForm(legalText) is { } form) legalForm = form;
        else errors.Add(new ImportRowError(Header(format, m, ImportField.LegalForm), "Import.LegalFormUnknown", [legalText]));
        var opp = Flag(Get(ImportField.PublicBenefit), ImportField.PublicBenefit, format, m, errors);
        var liquidation = Flag(Get(ImportField.InLiquidation), ImportField.InLiquidation, format, m, errors);
        var lat = Number(Get(ImportField.Latitude), ImportField.Latitude, format, m, errors);
        var lng = Number(Get(ImportField.Longitude), ImportField.Longitude, format, m, errors);
        var founded = Date(Get(ImportField.FoundedOn), ImportField.FoundedOn, format, m, errors);
        var spheres = (Get(ImportField.Spheres) ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OrganisationProfile
        {
            Name = Get(ImportField.Name) ?? "",
            ShortName = Get(ImportField.ShortName),
            LegalForm = legalForm,
            Krs = Get(ImportField.Krs),
            OtherRegisterName = Get(ImportField.OtherRegisterName),
            OtherRegisterNumber = Get(ImportField.OtherRegisterNumber),
            Nip = Get(ImportField.Nip),
            Regon = Get(ImportField.Regon),
            IsPublicBenefit = opp ?? false,
            InLiquidation = liquidation ?? false,
            Street = Get(ImportField.Street),
            Building = Get(ImportField.Building),
            Unit = Get(ImportField.Unit),
            PostalCode = Get(ImportField.PostalCode),
            City = Get(ImportField.City),
            Commune = Get(ImportField.Commune),
            County = Get(ImportField.County),
            Voivodeship = Get(ImportField.Voivodeship),
            Latitude = lat,
            Longitude = lng,
            Email = Get(ImportField.Email),
            Phone = Get(ImportField.Phone),
            Website = Get(ImportField.Website),
            Spheres = spheres,
            FoundedOn = founded,
            Description = Get(ImportField.Description),
        };
    }

    internal static OrganisationLegalForm? ParseLegalForm(string text)
    {
        if (Enum.TryParse<OrganisationLegalForm>(text.Trim(), ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(text, out _)) return f;
        var folded = SearchText.Fold(text);
        return folded switch
        {
            "inna" or "inne" or "other" => OrganisationLegalForm.Other,
            "kgw" => OrganisationLegalForm.RuralHousewivesCircle,
            "uks" or "klub sportowy w formie stowarzyszenia" => OrganisationLegalForm.SportsClub,
            "spolka non profit" or "spolka pozytku publicznego" => OrganisationLegalForm.NonProfitCompany,
            "kosciol" or "koscielna jednostka organizacyjna" or "parafia" => OrganisationLegalForm.ChurchLegalPerson,
            "zwiazek jst" or "zwiazek jednostek samorzadu terytorialnego" => OrganisationLegalForm.LocalGovernmentAssociation,
            _ => LegalForms.FromKrs(text) is var k && k != OrganisationLegalForm.Other ? k : null,
        };
    }

    private static bool? Flag(string? value, ImportField field, CsvFormat format, ImportMapping m, List<ImportRowError> errors)
    {
        if (value is null) return null;
        switch (SearchText.Fold(value))
        {
            case "true" or "tak" or "1" or "t" or "yes" or "y" or "prawda":
                return true;
            case "false" or "nie" or "0" or "n" or "no" or "falsz":
                return false;
            default:
                errors.Add(new ImportRowError(Header(format, m, field), "Import.FlagInvalid", [value]));
                return null;
        }
    }

    private static double? Number(string? value, ImportField field, CsvFormat format, ImportMapping m, List<ImportRowError> errors)
    {
        if (value is null) return null;
        if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return d;
        errors.Add(new ImportRowError(Header(format, m, field), "Import.NumberInvalid", [value]));
        return null;
    }

    private static DateOnly? Date(string? value, ImportField field, CsvFormat format, ImportMapping m, List<ImportRowError> errors)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(new ImportRowError(Header(format, m, field), "Import.DateInvalid", [value]));
        return null;
    }

    internal static string? Cell(string[] fields, int? column)
    {
        if (column is not { } i || i >= fields.Length) return null;
        var v = fields[i].Trim();
        return v.Length == 0 ? null : v;
    }

    private static string Header(CsvFormat format, ImportMapping m, ImportField field)
        => m[field] is { } i && i < format.Headers.Count ? format.Headers[i] : field.ToString();

    private static ImportRowError ToRowError(Error e, CsvFormat format, ImportMapping m)
    {
        var field = e.Field switch
        {
            nameof(OrganisationProfile.IsPublicBenefit) => (ImportField?)ImportField.PublicBenefit,
            null => null,
            var f when Enum.TryParse<ImportField>(f, out var parsed) => parsed,
            _ => null,
        };
        return new ImportRowError(field is { } x ? Header(format, m, x) : "", e.Code, e.Args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToList());
    }
}
