namespace Civitas.Publishing.Contracts;

/// <summary>What kind of document a published entry is. The register can be filtered by it, and the
/// feed and the JSON API name it by its code (<c>small-grant-offer</c>, <c>consultation-report</c>…).</summary>
public enum PublicationCategory
{
    /// <summary>Ogłoszenie: an announcement, e.g. of an open competition (art. 13 ust. 3 UDPP) or of a consultation.</summary>
    Announcement = 1,

    /// <summary>Sprostowanie: a correction of an earlier announcement.</summary>
    Correction = 2,

    /// <summary>Wyniki: results of an open competition (art. 15 ust. 2h UDPP).</summary>
    Results = 3,

    /// <summary>Unieważnienie: cancellation of an open competition (art. 18a ust. 2 UDPP).</summary>
    Cancellation = 4,

    /// <summary>Oferta w trybie art. 19a: a small-grant offer, published for 7 days (art. 19a ust. 3 UDPP).</summary>
    SmallGrantOffer = 5,

    /// <summary>Sprawozdanie: a report, e.g. on the implementation of the cooperation programme (art. 5a ust. 3 UDPP).</summary>
    Report = 6,

    /// <summary>Program: a programme, e.g. the annual programme of cooperation with NGOs (art. 5a ust. 1 UDPP).</summary>
    Programme = 7,

    /// <summary>Sprawozdanie z konsultacji: the report of a public consultation.</summary>
    ConsultationReport = 8,

    /// <summary>Inne: anything else the law or the office wants published.</summary>
    Other = 9,
}
