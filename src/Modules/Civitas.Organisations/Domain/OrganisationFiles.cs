using Civitas.Platform.Files;

namespace Civitas.Organisations.Domain;

/// <summary>Owner kinds of the module's uploads and what each accepts.</summary>
internal static class OrganisationFiles
{
    /// <summary>Logo: public, PNG or JPEG, at most 2 MB; served by /organizacje/{slug}/logo.</summary>
    public const string Logo = "org:logo";
    /// <summary>KRS extract or register document an official verified with: officials only.</summary>
    public const string Verification = "org:verification";
    /// <summary>Document attached to a claim: officials only.</summary>
    public const string Claim = "org:claim";
    /// <summary>CSV being imported: officials only.</summary>
    public const string Import = "org:import";

    public const long LogoMaxBytes = 2L * 1024 * 1024;
    public const long DocumentMaxBytes = 10L * 1024 * 1024;

    public static readonly IReadOnlySet<FileKind> Images = new HashSet<FileKind> { FileKind.Png, FileKind.Jpeg };
    public static readonly IReadOnlySet<FileKind> Documents = new HashSet<FileKind> { FileKind.Pdf, FileKind.Png, FileKind.Jpeg };
    public static readonly IReadOnlySet<FileKind> Csv = new HashSet<FileKind> { FileKind.Csv };
}
