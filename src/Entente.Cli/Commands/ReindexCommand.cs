using System.Globalization;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente reindex`: recomputes what the store keeps beside the claims for quick answers (the claim pairs behind
/// path, ego and centrality, the actor facts behind profile) from the claims themselves. Every write keeps them current; this is for when they are
/// in doubt, or after an upgrade changed which relations are symmetric.
/// </summary>
public sealed class ReindexCommand : ICliCommand
{
    public string Name => "reindex";
    public string Summary => "recompute the store's claim pairs and actor facts (the indexes behind path, centrality and profile) from its claims";
    public IReadOnlyList<OptionSpec> Options => [];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"reindex takes no arguments, not '{args.Positional[0]}'");
        await using var store = await context.OpenStoreAsync(args);
        var pairs = await store.ReindexAsync();
        context.Out.WriteLine($"{store.Description}: {pairs.ToString(CultureInfo.InvariantCulture)} claim pairs (and the actor facts) recomputed from the claims");
        return 0;
    }
}
