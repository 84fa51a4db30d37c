using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Core.Claims;
using Entente.Core.Serialization;
using Entente.Storage;

namespace Entente.Cli.Framework;

/// <summary>
/// The JSON every command prints (<c>--format json</c> and <c>jsonl</c>): the domain's one shape
/// (<see cref="EntenteJson"/>), with the metadata of each printed type generated at compile time. The release build is
/// compiled to native code, which cannot describe a type by reflection; so nothing here falls back to it, and a
/// command that printed a type this context does not list would fail in the tests as it would in that build.
/// </summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = EntenteJson.GeneratedOnly(CliJsonContext.Default, indented: false);
    public static readonly JsonSerializerOptions Indented = EntenteJson.GeneratedOnly(CliJsonContext.Default, indented: true);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string SerializeIndented<T>(T value) => JsonSerializer.Serialize(value, Indented);
}

/// <summary>What <c>entente claims history --format json</c> prints: the claim and every verdict on it, oldest first.</summary>
public sealed record ClaimHistoryView(Claim Claim, IReadOnlyList<Verdict> Verdicts);

/// <summary>What <c>entente queue status --format json</c> prints: the counts by state and each parked job.</summary>
public sealed record QueueStatusView(long Pending, long Running, long Done, long Parked, IReadOnlyList<ParkedJob> ParkedJobs);

/// <summary>The printed types, and through them all they hold.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(ClaimHistoryView))]
[JsonSerializable(typeof(QueueStatusView))]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(Commands.InitCommand.KindCount))]
[JsonSerializable(typeof(Commands.KbShowCommand.KbShowView))]
[JsonSerializable(typeof(Commands.SourceDetails))]
[JsonSerializable(typeof(Commands.LexiconClassView))]
[JsonSerializable(typeof(Core.Sources.Source))]
[JsonSerializable(typeof(Core.Sources.SourceRating))]
[JsonSerializable(typeof(Analysis.Actors.ActorReport))]
// Two records share the name SourceMention (a source's span naming an entity, an actor report's source line): the
// report's gets names of its own.
[JsonSerializable(typeof(Analysis.Actors.SourceMention), TypeInfoPropertyName = "ActorSourceMention")]
[JsonSerializable(typeof(IReadOnlyList<Analysis.Actors.SourceMention>), TypeInfoPropertyName = "ActorSourceMentionList")]
[JsonSerializable(typeof(Analysis.Briefing.Brief))]
[JsonSerializable(typeof(Analysis.Hypotheses.AchResult))]
[JsonSerializable(typeof(Analysis.Profile.AllianceProfile))]
[JsonSerializable(typeof(Analysis.Timeline.TimelineReport))]
[JsonSerializable(typeof(Analysis.Theaters.CoPresenceReport))]
[JsonSerializable(typeof(Analysis.Network.EgoReport))]
[JsonSerializable(typeof(List<Analysis.Relations.Relation>))]
[JsonSerializable(typeof(List<Analysis.Network.Community>))]
[JsonSerializable(typeof(List<Analysis.Network.CentralityScore>))]
[JsonSerializable(typeof(IReadOnlyList<Analysis.Network.SharedClient>))]
[JsonSerializable(typeof(IReadOnlyList<Analysis.Network.ActorPath>))]
[JsonSerializable(typeof(IReadOnlyList<Analysis.Conflicts.Conflict>))]
[JsonSerializable(typeof(IReadOnlyList<Synthetic.StageTiming>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
