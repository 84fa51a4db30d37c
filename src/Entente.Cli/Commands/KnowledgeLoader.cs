using Entente.Cli.Framework;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// Builds the knowledge base a command sees: the shipped data with the database's entities layered over
/// it (a stored entity replaces the shipped one with its id). A SQLite file that does not exist yet is not
/// created just to read it: the shipped data alone is the answer until `entente init`.
/// </summary>
public static class KnowledgeLoader
{
    public static KnowledgeBase Shipped()
    {
        try
        {
            return KnowledgeBase.Load();
        }
        catch (Exception e) when (e is KnowledgeException or KnowledgeValidationException)
        {
            throw new CliException("the shipped knowledge base does not load: " + e.Message);
        }
    }

    public static async Task<KnowledgeBase> LoadAsync(ParsedArgs args, CliContext context, CancellationToken ct = default)
    {
        var shipped = Shipped();
        if (!StoreOpener.Exists(context.DatabaseSpec(args))) return shipped;
        await using var store = await context.OpenStoreAsync(args, ct);
        return shipped.With(await store.ListEntitiesAsync(ct));
    }
}
