using Entente.Cli.Commands;

namespace Entente.Cli.Framework;

/// <summary>
/// Every command of the CLI, listed once. A list rather than a search of the assembly's types by reflection: in the
/// native build that search built a runtime type for every class of the CLI at each start, about a tenth of the
/// start of a short command (`timeline` of an actor with a few claims). CommandCatalogTests fails when a command class
/// is missing here.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All() =>
    [
        new AchCommand(),
        new AchOverrideCommand(),
        new BenchAnalysisCommand(),
        new BenchExtractCommand(),
        new BriefCommand(),
        new CentralityCommand(),
        new ClaimsHistoryCommand(),
        new ClaimsListCommand(),
        new CommunitiesCommand(),
        new ConflictsCommand(),
        new CopresenceCommand(),
        new DemoCommand(),
        new EgoCommand(),
        new EnqueueCommand(),
        new EvalCommand(),
        new ExportCommand(),
        new ExtractCommand(),
        new ImportCommand(),
        new IngestCommand(),
        new InitCommand(),
        new KbAddCommand(),
        new KbListCommand(),
        new KbSearchCommand(),
        new KbShowCommand(),
        new LexiconCommand(),
        new PathCommand(),
        new ProfileCommand(),
        new PublishersListCommand(),
        new PublishersLoadCommand(),
        new PublishersSetCommand(),
        new QueueStatusCommand(),
        new ReindexCommand(),
        new RelationsCommand(),
        new ServeCommand(),
        new SharedClientsCommand(),
        new ShowCommand(),
        new SourcesAddCommand(),
        new SourcesListCommand(),
        new SourcesRateCommand(),
        new SourcesShowCommand(),
        new SynthCommand(),
        new TimelineCommand(),
        new TrainCommand(),
        new VerdictCommand(),
        new VerdictsListCommand(),
        new WorkerCommand(),
    ];
}
