namespace Civitas.Organisations.Krs;

/// <summary>Configuration section "Organisations:Krs".</summary>
internal sealed class KrsOptions
{
    /// <summary>The open KRS API of the Ministry of Justice.</summary>
    public string BaseAddress { get; set; } = "https://api-krs.ms.gov.pl";
    /// <summary>After this many seconds the lookup gives up and the form continues by hand.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
