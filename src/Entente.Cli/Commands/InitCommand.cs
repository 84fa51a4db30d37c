using Entente.Cli.Framework;
using Entente.Core.Entities;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente init`: creates the database and stores the shipped knowledge base in it. Run again, it adds
/// entities new in this version and keeps the stored ones, so your `kb add` overrides survive; --refresh
/// rewrites every shipped id from the shipped data.
/// </summary>
public sealed class InitCommand : ICliCommand
{
    public string Name => "init";
    public string Summary => "create the database and load the shipped knowledge base into it";
    public IReadOnlyList<OptionSpec> Options =>
        [OptionSpec.Flag("refresh", "overwrite stored entities that have a shipped id with the shipped version"), Output.FormatOption];

    public sealed record KindCount(string Kind, int Shipped, int Stored);

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"init takes no arguments, not '{args.Positional[0]}'");
        var format = Output.Format(args);
        var shipped = KnowledgeLoader.Shipped();
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var existing = (await store.ListEntitiesAsync()).Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var toStore = shipped.Entities.Where(e => args.Has("refresh") || !existing.Contains(e.Id)).ToList();
        await store.UpsertEntitiesAsync(toStore);
        var written = toStore.ToLookup(e => e.Kind);
        var rows = shipped.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key)
            .Select(g => new KindCount(g.Key.ToId(), g.Count(), written[g.Key].Count()))
            .ToList();
        rows.Add(new KindCount("total", shipped.Count, toStore.Count));
        if (format == OutputFormat.Table)
            context.Out.WriteLine($"{store.Description}: stored {toStore.Count} of {shipped.Count} shipped entities ({shipped.Count - toStore.Count} already there)");
        Output.Write(context.Out, format, rows, [new("kind", r => r.Kind), new("shipped", r => r.Shipped.ToString()), new("stored", r => r.Stored.ToString())]);
        return 0;
    }
}
