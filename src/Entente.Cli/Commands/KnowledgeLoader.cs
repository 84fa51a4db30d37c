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

    public static async Task<KnowledgeBase> LoadAsync(ParsedArgs args, CliContext context, CancellationToken ct = default) =>
        await LoadAsync(args, context, reviewedOnly: false, ct);

    /// <summary>
    /// The knowledge base extraction reads: as <see cref="LoadAsync(ParsedArgs, CliContext, CancellationToken)"/>, but
    /// without the provisional entities earlier extraction stored (those that still need review). Extraction finds them
    /// again by itself; read as known names they would make a document's claims depend on which documents were stored
    /// before it, and an ingest resumed after a kill would not give the claims of one clean run.
    /// </summary>
    public static async Task<KnowledgeBase> ForExtractionAsync(ParsedArgs args, CliContext context, CancellationToken ct = default) =>
        await LoadAsync(args, context, reviewedOnly: true, ct);

    private static async Task<KnowledgeBase> LoadAsync(ParsedArgs args, CliContext context, bool reviewedOnly, CancellationToken ct)
    {
        var shipped = Shipped();
        if (!StoreOpener.Exists(context.DatabaseSpec(args))) return shipped;
        await using var store = await context.OpenStoreAsync(args, ct);
        var stored = await store.ListEntitiesAsync(ct);
        return shipped.With(reviewedOnly ? stored.Where(e => !e.NeedsReview) : stored);
    }
}
