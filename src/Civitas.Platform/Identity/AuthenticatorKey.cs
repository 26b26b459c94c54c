using System.Security.Cryptography;
using System.Text;

namespace Civitas.Platform.Identity;

/// <summary>The shared secret of an authenticator app: Base32 as Identity stores it (RFC 4648),
/// shown to people in groups of four, and the <c>otpauth://</c> URI the QR code carries.</summary>
internal static class AuthenticatorKey
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>"JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", easier to type by hand.</summary>
    public static string Grouped(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var clean = key.ToUpperInvariant();
        var sb = new StringBuilder(clean.Length + (clean.Length / 4));
        for (var i = 0; i < clean.Length; i++)
        {
            if (i > 0 && i % 4 == 0) sb.Append(' ');
            sb.Append(clean[i]);
        }
        return sb.ToString();
    }

    /// <summary>Key URI format understood by common authenticator apps: the issuer "Civitas", and
    /// the portal's name beside the address so a person with accounts in several JSTs can tell them apart.</summary>
    public static string Uri(string issuer, string tenantName, string email, string key)
    {
        var label = System.Uri.EscapeDataString($"{issuer}:{email} ({tenantName})");
        return $"otpauth://totp/{label}?secret={key.ToUpperInvariant()}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits=6&period=30";
    }

    /// <summary>Decodes a Base32 key; null when it contains anything outside the alphabet.</summary>
    public static byte[]? Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var output = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant())
        {
            if (c is ' ' or '=') continue;
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) return null;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. output];
    }

    /// <summary>RFC 6238 code (HMAC-SHA1, 6 digits) for time step <paramref name="step"/> (30-second steps).</summary>
    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
