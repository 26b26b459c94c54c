using System.Text;

namespace Civitas.Platform.Data;

/// <summary>Converts identifiers to snake_case, the naming used for every table and column on both providers.</summary>
public static class SnakeCase
{
    /// <summary>Converts a Pascal-case or mixed identifier to snake_case.</summary>
    public static string Convert(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var prevIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                var prevIsUpper = i > 0 && char.IsUpper(name[i - 1]);
                if (i > 0 && name[i - 1] != '_' && (prevIsLowerOrDigit || (prevIsUpper && nextIsLower)))
                {
                    sb.Append('_');
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
