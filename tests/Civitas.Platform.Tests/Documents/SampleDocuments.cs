using System.Globalization;
using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

/// <summary>A realistic Polish document: an offer on the 2018 template's outline, with every Polish
/// letter, Polish quotation marks and dashes, a paragraph long enough to wrap, a 120-row cost table with
/// a total row, a signature block and small print.</summary>
internal static class SampleDocuments
{
    public const string PolishLetters = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ";
    public const string Typography = "„cudzysłowy” – półpauza — pauza";
    public const string Title = "Oferta realizacji zadania publicznego „Seniorzy w sieci”";
    public const string Author = "Fundacja „Zażółć gęślą jaźń”";
    public const string Checksum = "Suma kontrolna: 3F2A91C7";

    public static readonly string LongParagraph =
        "Zadanie polega na prowadzeniu przez dziesięć miesięcy zajęć dla osób starszych w świetlicy osiedlowej przy ul. Źródlanej 5: " +
        "warsztatów komputerowych, spotkań z dietetykiem, wyjść do teatru i filharmonii oraz konsultacji z prawnikiem. " +
        "Uczestnicy w wieku 60+ zgłaszają się osobiście w sekretariacie fundacji lub telefonicznie; o przyjęciu decyduje kolejność zgłoszeń, " +
        "a w razie nadmiaru chętnych – pierwszeństwo mają osoby samotne i z orzeczeniem o niepełnosprawności. " +
        "Zajęcia prowadzą wolontariusze i dwóch instruktorów zatrudnionych na umowę zlecenie; " +
        "rezultaty zadania (liczba uczestników, liczba godzin zajęć, odsetek osób deklarujących wzrost umiejętności cyfrowych) " +
        "są mierzone listami obecności i ankietą na zakończenie, a sprawozdanie zostanie złożone w terminie 30 dni od zakończenia zadania.";

    public static readonly DateTimeOffset Created = new(2026, 3, 12, 9, 30, 0, TimeSpan.Zero);

    public static string CostName(int i) => $"Koszt nr {i}: wynagrodzenie instruktora – „umowa zlecenie”"
        + (i % 25 == 0 ? ", z opisem tak długim, że w wąskiej kolumnie tabeli musi zawinąć się w kilka wierszy, niczego nie gubiąc" : "");

    public static decimal CostAmount(int i) => i * 123.45m;

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.GetCultureInfo("pl-PL"));

    public static DocumentModel Offer(int costRows = 120, DocumentLanguage language = DocumentLanguage.Polish) =>
        new DocumentBuilder(Title, language)
            .Author(Author)
            .Subject("Otwarty konkurs ofert nr 1/2026 – Miasto Przykładowe")
            .Created(Created)
            .Footer(Checksum)
            .Heading(1, "I. Podstawowe informacje o złożonej ofercie")
            .KeyValues("Dane oferenta",
                ("Nazwa oferenta", Author),
                ("Numer w KRS", "0000123456"),
                ("Adres siedziby", "ul. Źródlana 5\n90-001 Łódź"),
                ("Polskie litery", PolishLetters))
            .Heading(2, "Opis zadania")
            .Paragraph(TextRun.Bold("Opis: "), TextRun.Plain(LongParagraph))
            .Paragraph(TextRun.Plain("Typografia: "), TextRun.Italic(Typography))
            .BulletList("warsztaty komputerowe", "spotkania z dietetykiem", "wyjścia do teatru")
            .NumberedList("rekrutacja uczestników", "zajęcia", "ewaluacja i sprawozdanie")
            .Heading(1, "II. Kalkulacja przewidywanych kosztów")
            .Table("Zestawienie kosztów", t =>
            {
                t.Column("Lp.", 0.6, ColumnAlignment.Right)
                    .Column("Rodzaj kosztu", 5)
                    .Column("Liczba jednostek", 1.2, ColumnAlignment.Right)
                    .Column("Kwota [zł]", 1.6, ColumnAlignment.Right);
                for (var i = 1; i <= costRows; i++) t.Row(i.ToString(CultureInfo.InvariantCulture), CostName(i), "1", Money(CostAmount(i)));
                t.Total("", "Razem", costRows.ToString(CultureInfo.InvariantCulture), Money(Enumerable.Range(1, costRows).Sum(CostAmount)));
            })
            .Heading(1, "III. Oświadczenia")
            .Paragraph("Oświadczam, że oferent nie zalega z opłacaniem należności z tytułu zobowiązań podatkowych ani składek na ubezpieczenia społeczne.")
            .Note("* Niepotrzebne skreślić.")
            .Signatures("Łódź, 12 marca 2026 r.",
                new SignatureLine("podpis osoby upoważnionej do składania oświadczeń woli w imieniu oferenta", "Jan Kowalski – prezes zarządu"),
                new SignatureLine("podpis członka zarządu", "Żaneta Ćwiklińska"))
            .Build();
}
