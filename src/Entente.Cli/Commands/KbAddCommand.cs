using Entente.Cli.Framework;
using Entente.Knowledge;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente kb add FILE`: checks a user knowledge file against the shipped data plus what the database
/// already holds, and only if it is clean stores its entities (replacing any with the same id).
/// </summary>
public sealed class KbAddCommand : ICliCommand
{
    public string Name => "kb add";
    public string Summary => "validate a knowledge file ({\"entities\": [...]}) and store its entities";
    public string Arguments => "FILE";
    public IReadOnlyList<OptionSpec> Options => [];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var path = args.Require(0, "FILE");
        if (args.Positional.Count > 1) throw new UsageException("kb add takes one FILE; run it once per file");
        KnowledgeFile file;
        try
        {
            file = KnowledgeFile.Read(path);
        }
        catch (KnowledgeException e)
        {
            throw new CliException(e.Message);
        }
        var kb = await KnowledgeLoader.LoadAsync(args, context);
        var problems = kb.Check(file);
        if (problems.Count > 0)
            throw new CliException($"{path} was not added ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):\n  " + string.Join("\n  ", problems));
        var replacing = file.Entities.Count(e => kb.Get(e.Id) is not null);
        await using var store = await context.OpenOrCreateStoreAsync(args);
        await store.UpsertEntitiesAsync(file.Entities);
        context.Out.WriteLine($"added {file.Entities.Count} entities from {path} to {store.Description} ({file.Entities.Count - replacing} new, {replacing} replacing)");
        return 0;
    }
}
