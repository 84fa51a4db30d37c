namespace Entente.Core.Time;

/// <summary>The outcome of parsing: a value, or a message saying why there is none. Parsing never throws.</summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public string? Error { get; }
    public bool Success => Error is null;

    public T Value => Success ? _value! : throw new InvalidOperationException(Error);

    public static ParseResult<T> Ok(T value) => new(value, null);
    public static ParseResult<T> Fail(string error) => new(default, error);

    public T GetValueOrDefault(T fallback) => Success ? _value! : fallback;
}
