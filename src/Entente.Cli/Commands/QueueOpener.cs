using Entente.Cli.Framework;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>Opens the job queue of the store --db names, with a message (not a stack trace) when it cannot be opened.</summary>
public static class QueueOpener
{
    public static async Task<IJobQueue> OpenAsync(ParsedArgs args, CliContext context)
    {
        try
        {
            return await StoreOpener.OpenQueueAsync(context.DatabaseSpec(args));
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message, e);
        }
    }
}
