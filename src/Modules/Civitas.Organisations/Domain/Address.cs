namespace Civitas.Organisations.Domain;

/// <summary>Formats a Polish postal address on one line: "ul. Rynek 6/2, 38-700 Ustrzyki Dolne".</summary>
internal static class Address
{
    public static string Line(string? street, string? building, string? unit, string? postalCode, string? city)
    {
        var number = building is null ? unit : unit is null ? building : $"{building}/{unit}";
        var first = street is null ? number : number is null ? street : $"{street} {number}";
        var second = string.Join(' ', new[] { postalCode, city }.Where(s => !string.IsNullOrEmpty(s)));
        // A village without streets: "Siedliska 80", as the register writes it.
        if (street is null && number is not null && !string.IsNullOrEmpty(city)) return string.Join(", ", new[] { $"{city} {number}", postalCode }.Where(s => !string.IsNullOrEmpty(s)));
        return string.Join(", ", new[] { first, second }.Where(s => !string.IsNullOrEmpty(s)));
    }
}
