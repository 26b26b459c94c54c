namespace Civitas.Organisations.Domain;

/// <summary>What an official based a verification on.</summary>
internal enum VerificationMethod
{
    /// <summary>The current extract from the open KRS API, looked up by the official.</summary>
    KrsLookup = 1,
    /// <summary>An uploaded KRS extract (PDF).</summary>
    KrsExtract = 2,
    /// <summary>An uploaded document of another register (starosta's register, KGW register, church register).</summary>
    RegisterDocument = 3,
}
