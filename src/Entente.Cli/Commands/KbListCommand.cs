using Entente.Cli.Framework;
using Entente.Core.Entities;

namespace Entente.Cli.Commands;

/// <summary>`entente kb list`: every entity of the effective knowledge base, optionally of one kind.</summary>
public sealed class KbListCommand : ICliCommand
{
    public string Name => "kb list";
    public string Summary => "list knowledge-base entities (shipped plus your additions)";
    public IReadOnlyList<OptionSpec> Options =>
        [new("kind", "only this kind: " + string.Join(", ", EntityKinds.AllIds)), Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"kb list takes no arguments, not '{args.Positional[0]}'");
        var format = Output.Format(args);
        EntityKind? kind = null;
        if (args.Get("kind") is { } k)
            kind = EntityKinds.TryParse(k, out var parsed) ? parsed : throw new UsageException($"--kind must be one of {string.Join(", ", EntityKinds.AllIds)}, not '{k}'");
        var kb = await KnowledgeLoader.LoadAsync(args, context);
        var rows = kb.Entities
            .Where(e => kind is null || e.Kind == kind)
            .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Output.Write(context.Out, format, rows, KbColumns.Summary);
        return 0;
    }
}
