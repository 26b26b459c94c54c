namespace Civitas.Platform;

/// <summary>A <see cref="Result"/> with a value on success.</summary>
public sealed class Result<T> : Result
{
    internal Result(T? value, IReadOnlyList<Error> errors) : base(errors) => Value = value;

    /// <summary>The value (default on failure).</summary>
    public T? Value { get; }

    /// <summary>Converts a value to a success.</summary>
    public static implicit operator Result<T>(T value) => new(value, []);

    /// <summary>Converts an error to a failure.</summary>
    public static implicit operator Result<T>(Error error) => new(default, [error]);
}
