namespace Civitas.Grants.Web.Competitions;

/// <summary>A competition's state as lists and filters name it (the API's codes in lowercase).</summary>
internal enum PublicState
{
    Draft = 0,
    Open = 1,
    Evaluation = 2,
    Decided = 3,
    Cancelled = 4,
}
