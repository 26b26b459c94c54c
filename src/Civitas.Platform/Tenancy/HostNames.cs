namespace Civitas.Platform.Tenancy;

/// <summary>Host names a tenant answers on, entered one per line by a platform administrator.</summary>
internal static class HostNames
{
    private const int MaxLength = 253; // RFC 1035 §2.3.4, as the tenant_host column
    private const int MaxLabel = 63;

    /// <summary>Parses the lines into normalised, distinct host names, or the coded errors naming each bad line.</summary>
    public static Result<IReadOnlyList<string>> Parse(string? text, string field)
    {
        var names = new List<string>();
        var errors = new List<Error>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].Trim();
            if (raw.Length == 0) continue;
            // DNS is case-insensitive: "Gmina.PL" and "gmina.pl" are one host, stored lower-case.
            var host = raw.ToLowerInvariant().TrimEnd('.');
            if (!IsValid(host))
            {
                errors.Add(new Error("Hosts.Invalid", field, i + 1, raw));
                continue;
            }
            if (!names.Contains(host, StringComparer.Ordinal)) names.Add(host);
        }
        if (errors.Count == 0 && names.Count == 0) errors.Add(new Error("Hosts.Required", field));
        return errors.Count > 0 ? Result.Fail<IReadOnlyList<string>>([.. errors]) : Result.Ok<IReadOnlyList<string>>(names);
    }

    /// <summary>A lower-case DNS name: dot-separated labels of a–z, 0–9 and inner hyphens, without a port or scheme.</summary>
    public static bool IsValid(string host)
    {
        if (host.Length is 0 or > MaxLength) return false;
        foreach (var label in host.Split('.'))
        {
            if (label.Length is 0 or > MaxLabel) return false;
            if (label[0] == '-' || label[^1] == '-') return false;
            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
            }
        }
        return true;
    }
}
