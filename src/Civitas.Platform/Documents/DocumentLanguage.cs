namespace Civitas.Platform.Documents;

/// <summary>Language of a document's content (independent of the UI language of the person who
/// downloads it: a Polish offer stays Polish when an English-speaking official opens it).</summary>
public enum DocumentLanguage
{
    /// <summary>Polish (pl-PL).</summary>
    Polish,

    /// <summary>English (en-GB).</summary>
    English,
}
