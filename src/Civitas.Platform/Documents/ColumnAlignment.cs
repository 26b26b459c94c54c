namespace Civitas.Platform.Documents;

/// <summary>Horizontal alignment of a table column. Amounts and numbers go right.</summary>
public enum ColumnAlignment
{
    /// <summary>Left (text).</summary>
    Left,

    /// <summary>Right (amounts, quantities, ordinal numbers).</summary>
    Right,
}
