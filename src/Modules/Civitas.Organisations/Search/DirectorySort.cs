namespace Civitas.Organisations.Search;

internal enum DirectorySort
{
    /// <summary>Alphabetical by name (folded: "Łódź" sorts with "Lodz").</summary>
    Name = 0,
    /// <summary>Most recently added to this JST's directory first.</summary>
    Newest = 1,
}
