namespace Entente.Embeddings;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options, nothing more.</summary>
public sealed class CommandLineOptions
{
    private readonly Dictionary<string, string?> named = [];

    public List<string> Positional { get; } = [];

    public static CommandLineOptions Parse(string[] args)
    {
        var options = new CommandLineOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                options.Positional.Add(args[i]);
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                options.named[args[i]] = args[++i];
            else
                options.named[args[i]] = null;
        }
        return options;
    }

    public bool Has(string name) => named.ContainsKey(name);

    public string? Text(string name) => named.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        named.TryGetValue(name, out var value) && value is not null ? int.Parse(value) : fallback;
}
