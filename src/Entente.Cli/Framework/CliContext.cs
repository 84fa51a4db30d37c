using Entente.Storage;

namespace Entente.Cli.Framework;

/// <summary>What a command may touch: its output streams, the clock, the environment and the database.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?> environment)
{
    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public TimeProvider Clock { get; } = clock;

    public string? Env(string name) => environment(name);

    /// <summary>The database spec: --db, else $ENTENTE_DB, else entente.db in the working directory.</summary>
    public string DatabaseSpec(ParsedArgs args) => args.Get("db") ?? Env("ENTENTE_DB") ?? "entente.db";

    public async Task<IEntenteStore> OpenStoreAsync(ParsedArgs args, CancellationToken ct = default)
    {
        var spec = DatabaseSpec(args);
        try
        {
            return await StoreOpener.OpenAsync(spec, ct);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }

    public static CliContext Console() =>
        new(System.Console.Out, System.Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable);
}
