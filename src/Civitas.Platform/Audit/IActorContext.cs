namespace Civitas.Platform.Audit;

/// <summary>The actor of the current request or job, recorded in audit entries.</summary>
public interface IActorContext
{
    /// <summary>Current actor (the signed-in person, or <see cref="Actor.System"/>).</summary>
    Actor Current { get; }

    /// <summary>Overrides the actor for the rest of the scope (background jobs act as the system).</summary>
    void Set(Actor actor);
}
