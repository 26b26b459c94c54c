namespace Civitas.Platform;

/// <summary>Outcome of a domain operation: success, or the coded errors to show next to the fields.</summary>
public class Result
{
    /// <summary>Creates a result with the given errors (none = success).</summary>
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A success.</summary>
    public static Result Ok() => new([]);

    /// <summary>A failure.</summary>
    public static Result Fail(params Error[] errors) => new(errors);

    /// <summary>A failure with many errors (empty list = success).</summary>
    public static Result From(IReadOnlyList<Error> errors) => new(errors);

    /// <summary>A success carrying a value.</summary>
    public static Result<T> Ok<T>(T value) => new(value, []);

    /// <summary>A failure of a value-returning operation.</summary>
    public static Result<T> Fail<T>(params Error[] errors) => new(default, errors);
}
