namespace Civitas.Grants.Domain.Offers;

/// <summary>The sections of the offer template (Dz.U. 2018 poz. 2057, annex 1). Each is stored in its
/// own row so that two people editing different sections never conflict.</summary>
internal enum OfferSectionKey
{
    /// <summary>I. Basic information: the authority addressed and the type of task.</summary>
    Basic = 1,
    /// <summary>II. The offeror(s) and the contact person.</summary>
    Offerors = 2,
    /// <summary>III. The task: title, dates, description, schedule, results.</summary>
    Task = 3,
    /// <summary>IV. The offeror's profile and resources.</summary>
    Profile = 4,
    /// <summary>V.A Cost calculation.</summary>
    Costs = 5,
    /// <summary>V.B Sources of funding.</summary>
    Sources = 6,
    /// <summary>V.C Split of costs between the offerors (joint offers only).</summary>
    Split = 7,
    /// <summary>VI. Other information.</summary>
    Other = 8,
    /// <summary>VII. Statements.</summary>
    Statements = 9,
}

/// <summary>The short codes of the sections used in addresses and in the database ("I" … "VII").</summary>
internal static class OfferSectionKeys
{
    public static readonly IReadOnlyList<OfferSectionKey> All = Enum.GetValues<OfferSectionKey>();

    public static string Code(this OfferSectionKey key) => key switch
    {
        OfferSectionKey.Basic => "I",
        OfferSectionKey.Offerors => "II",
        OfferSectionKey.Task => "III",
        OfferSectionKey.Profile => "IV",
        OfferSectionKey.Costs => "VA",
        OfferSectionKey.Sources => "VB",
        OfferSectionKey.Split => "VC",
        OfferSectionKey.Other => "VI",
        OfferSectionKey.Statements => "VII",
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    /// <summary>The number printed in the template ("V.A").</summary>
    public static string Number(this OfferSectionKey key) => key switch
    {
        OfferSectionKey.Costs => "V.A",
        OfferSectionKey.Sources => "V.B",
        OfferSectionKey.Split => "V.C",
        _ => key.Code(),
    };

    public static OfferSectionKey? Parse(string? code)
    {
        foreach (var key in All)
        {
            if (string.Equals(key.Code(), code, StringComparison.OrdinalIgnoreCase)) return key;
        }
        return null;
    }

    /// <summary>V.C exists only in a joint offer (art. 14 ust. 2 UDPP).</summary>
    public static bool AppliesTo(this OfferSectionKey key, bool joint) => key != OfferSectionKey.Split || joint;
}
