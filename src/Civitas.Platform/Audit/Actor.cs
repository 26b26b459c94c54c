namespace Civitas.Platform.Audit;

/// <summary>Who is acting: a signed-in person, or the system (scheduler, dispatcher, seeding).</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    /// <summary>The system itself.</summary>
    public static Actor System { get; } = new(null, "system");
}
