namespace Entente.Interchange.Importing;

/// <summary>
/// An input that can be read twice, for formats whose references may point forward (a STIX bundle, FTM
/// links to entities further down): the input itself when it can seek, else a copy in a temporary file
/// that is deleted on disposal. Either way nothing is held in memory.
/// </summary>
public sealed class Rewindable : IAsyncDisposable
{
    private readonly long _start;
    private readonly bool _owned;

    private Rewindable(Stream stream, bool owned)
    {
        Stream = stream;
        _start = stream.Position;
        _owned = owned;
    }

    public Stream Stream { get; }

    public static async Task<Rewindable> OpenAsync(Stream input, CancellationToken ct)
    {
        if (input.CanSeek) return new Rewindable(input, owned: false);
        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await input.CopyToAsync(copy, ct);
        copy.Position = 0;
        return new Rewindable(copy, owned: true);
    }

    /// <summary>Back to where the input started, for the next pass.</summary>
    public void Rewind() => Stream.Position = _start;

    public ValueTask DisposeAsync() => _owned ? Stream.DisposeAsync() : ValueTask.CompletedTask;
}
