using Civitas.Platform.Calendar;

namespace Civitas.Grants.Domain.Offers;

/// <summary>Confirmation numbers like "OF-2026-7K3M-9Q2X": the Warsaw year of submission and 40 random
/// bits of the submission's UUID v7 in Crockford's base 32 (no I, L, O, U: nothing to misread on the phone).</summary>
internal static class ConfirmationNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string From(Guid submissionId, DateTimeOffset submittedAt)
    {
        // The last five bytes of a v7 UUID are random (rand_b); the first six are the timestamp.
        var bytes = submissionId.ToByteArray(bigEndian: true);
        ulong bits = 0;
        for (var i = 11; i < 16; i++) bits = (bits << 8) | bytes[i];
        Span<char> code = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }
        return $"OF-{WarsawTime.DateOf(submittedAt).Year}-{new string(code[..4])}-{new string(code[4..])}";
    }
}
