namespace Civitas.Organisations.Domain;

/// <summary>The table of UDPP art. 4 ust. 1 as seeded (LAW-AND-PROCEDURES.md §1.2). Only points 3, 4, 5,
/// 13, 16 and 27 were confirmed against a quotation of the act; the others carry
/// <see cref="Sphere.LawTextConfirmed"/> = false and must be re-checked against ISAP before release.
/// The order of this list is the sphere index used by the compact map data.</summary>
internal static class SphereSeed
{
    /// <summary>UDPP came into force on 29 June 2003; amendments add rows with their own date.</summary>
    public static readonly DateOnly ActInForce = new(2003, 6, 29);

    public static IReadOnlyList<Sphere> All { get; } =
    [
        new() { Code = "1", NamePl = "pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej oraz wyrównywanie szans tych rodzin i osób", NameEn = "social assistance, including help for families and people in a difficult situation", SortOrder = 0, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "1a", NamePl = "wspieranie rodziny i systemu pieczy zastępczej", NameEn = "support for families and foster care", SortOrder = 1, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "1b", NamePl = "udzielanie nieodpłatnej pomocy prawnej oraz zwiększanie świadomości prawnej społeczeństwa", NameEn = "free legal aid and legal awareness", SortOrder = 2, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "2", NamePl = "działalność na rzecz integracji i reintegracji zawodowej i społecznej osób zagrożonych wykluczeniem społecznym", NameEn = "social and vocational (re)integration of people at risk of exclusion", SortOrder = 3, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "3", NamePl = "działalność charytatywna", NameEn = "charity", SortOrder = 4, ValidFrom = ActInForce, LawTextConfirmed = true },
        new() { Code = "4", NamePl = "podtrzymywanie i upowszechnianie tradycji narodowej, pielęgnowanie polskości oraz rozwój świadomości narodowej, obywatelskiej i kulturowej", NameEn = "national tradition, civic and cultural awareness", SortOrder = 5, ValidFrom = ActInForce, LawTextConfirmed = true },
        new() { Code = "5", NamePl = "działalność na rzecz mniejszości narodowych i etnicznych oraz języka regionalnego", NameEn = "national and ethnic minorities, regional language", SortOrder = 6, ValidFrom = ActInForce, LawTextConfirmed = true },
        new() { Code = "5a", NamePl = "działalność na rzecz integracji cudzoziemców", NameEn = "integration of foreigners", SortOrder = 7, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "6", NamePl = "ochrona i promocja zdrowia, w tym działalność lecznicza", NameEn = "health protection and promotion", SortOrder = 8, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "7", NamePl = "działalność na rzecz osób niepełnosprawnych", NameEn = "persons with disabilities", SortOrder = 9, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "8", NamePl = "promocja zatrudnienia i aktywizacja zawodowa osób pozostających bez pracy i zagrożonych zwolnieniem z pracy", NameEn = "employment promotion and activation of the unemployed", SortOrder = 10, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "9", NamePl = "działalność na rzecz równych praw kobiet i mężczyzn", NameEn = "equal rights of women and men", SortOrder = 11, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "10", NamePl = "działalność na rzecz osób w wieku emerytalnym", NameEn = "people of retirement age", SortOrder = 12, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "11", NamePl = "działalność wspomagająca rozwój gospodarczy, w tym rozwój przedsiębiorczości", NameEn = "economic development and entrepreneurship", SortOrder = 13, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "12", NamePl = "działalność wspomagająca rozwój techniki, wynalazczości i innowacyjności oraz rozpowszechnianie i wdrażanie nowych rozwiązań technicznych w praktyce gospodarczej", NameEn = "technology, invention and innovation", SortOrder = 14, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "13", NamePl = "działalność wspomagająca rozwój wspólnot i społeczności lokalnych", NameEn = "local communities", SortOrder = 15, ValidFrom = ActInForce, LawTextConfirmed = true },
        new() { Code = "14", NamePl = "nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie", NameEn = "science, higher education, education and upbringing", SortOrder = 16, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "15", NamePl = "działalność na rzecz dzieci i młodzieży, w tym wypoczynku dzieci i młodzieży", NameEn = "children and youth, including their recreation", SortOrder = 17, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "16", NamePl = "kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego", NameEn = "culture, arts, cultural goods and national heritage", SortOrder = 18, ValidFrom = ActInForce, LawTextConfirmed = true },
        new() { Code = "17", NamePl = "wspieranie i upowszechnianie kultury fizycznej", NameEn = "physical culture and sport", SortOrder = 19, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "18", NamePl = "ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego", NameEn = "ecology, animal protection and natural heritage", SortOrder = 20, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "19", NamePl = "turystyka i krajoznawstwo", NameEn = "tourism and sightseeing", SortOrder = 21, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "20", NamePl = "porządek i bezpieczeństwo publiczne", NameEn = "public order and safety", SortOrder = 22, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "21", NamePl = "obronność państwa i działalność Sił Zbrojnych Rzeczypospolitej Polskiej", NameEn = "national defence and the armed forces", SortOrder = 23, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "22", NamePl = "upowszechnianie i ochrona wolności i praw człowieka oraz swobód obywatelskich, a także działania wspomagające rozwój demokracji", NameEn = "human rights, civil liberties and democracy", SortOrder = 24, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "22a", NamePl = "udzielanie nieodpłatnego poradnictwa obywatelskiego", NameEn = "free civic counselling", SortOrder = 25, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "23", NamePl = "ratownictwo i ochrona ludności", NameEn = "rescue and civil protection", SortOrder = 26, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "24", NamePl = "pomoc ofiarom katastrof, klęsk żywiołowych, konfliktów zbrojnych i wojen w kraju i za granicą", NameEn = "help for victims of disasters, armed conflicts and wars", SortOrder = 27, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "25", NamePl = "upowszechnianie i ochrona praw konsumentów", NameEn = "consumer rights", SortOrder = 28, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "26", NamePl = "działalność na rzecz integracji europejskiej oraz rozwijania kontaktów i współpracy między społeczeństwami", NameEn = "European integration and cooperation between societies", SortOrder = 29, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "27", NamePl = "promocja i organizacja wolontariatu", NameEn = "volunteering", SortOrder = 30, ValidFrom = ActInForce, LawTextConfirmed = true },
        new() { Code = "28", NamePl = "pomoc Polonii i Polakom za granicą", NameEn = "Polish diaspora and Poles abroad", SortOrder = 31, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "29", NamePl = "działalność na rzecz kombatantów i osób represjonowanych", NameEn = "veterans of the Second World War and repressed persons", SortOrder = 32, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "29a", NamePl = "działalność na rzecz weteranów i weteranów poszkodowanych", NameEn = "veterans of missions abroad", SortOrder = 33, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "30", NamePl = "promocja Rzeczypospolitej Polskiej za granicą", NameEn = "promotion of Poland abroad", SortOrder = 34, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "31", NamePl = "działalność na rzecz rodziny, macierzyństwa, rodzicielstwa, upowszechniania i ochrony praw dziecka", NameEn = "family, parenthood and children's rights", SortOrder = 35, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "32", NamePl = "przeciwdziałanie uzależnieniom i patologiom społecznym", NameEn = "prevention of addictions and social pathologies", SortOrder = 36, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "32a", NamePl = "rewitalizacja", NameEn = "urban regeneration", SortOrder = 37, ValidFrom = ActInForce, LawTextConfirmed = false },
        new() { Code = "33", NamePl = "działalność na rzecz organizacji pozarządowych oraz podmiotów wymienionych w art. 3 ust. 3, w zakresie określonym w pkt 1–32a", NameEn = "support for NGOs and art. 3 ust. 3 bodies", SortOrder = 38, ValidFrom = ActInForce, LawTextConfirmed = false },
    ];

    private static readonly Dictionary<string, int> IndexByCode = All.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

    public static bool Exists(string code) => IndexByCode.ContainsKey(code);

    /// <summary>Position of the code in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(string? code) => code is not null && IndexByCode.TryGetValue(code, out var i) ? i : -1;
}
