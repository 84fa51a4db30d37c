using System.Text.Json.Serialization;
using Entente.Analysis.Actors;
using Entente.Analysis.Briefing;
using Entente.Analysis.Hypotheses;
using Entente.Analysis.Network;
using Entente.Analysis.Profile;
using Entente.Analysis.Timeline;
using Entente.Core.Claims;
using Entente.Core.Hypotheses;
using Entente.Storage;
using Entente.Web.Api;
using Entente.Web.Views;

namespace Entente.Web.Hosting;

/// <summary>
/// The JSON metadata of every body the API reads or answers with, generated at compile time. The release build is
/// compiled to native code, which cannot describe a type by reflection, so the server's options take their metadata
/// from here and from the domain records' context only (<see cref="WorkbenchServer"/>): an endpoint answering with a
/// type listed nowhere fails in the tests as it would in that build.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
// The upload endpoint's form file: the OpenAPI document describes it as it describes every parameter.
[JsonSerializable(typeof(Microsoft.AspNetCore.Http.IFormFile))]
[JsonSerializable(typeof(VerdictRequest))]
[JsonSerializable(typeof(JudgementApi.OverrideRequest))]
[JsonSerializable(typeof(IReadOnlyList<EntityView>))]
[JsonSerializable(typeof(IReadOnlyList<SourceSummary>))]
[JsonSerializable(typeof(IReadOnlyList<Verdict>))]
[JsonSerializable(typeof(OntologyView))]
[JsonSerializable(typeof(OverviewView))]
[JsonSerializable(typeof(UploadFormats))]
[JsonSerializable(typeof(CellOverride))]
[JsonSerializable(typeof(UploadResult))]
[JsonSerializable(typeof(AchResult))]
[JsonSerializable(typeof(ActorReport))]
[JsonSerializable(typeof(AllianceProfile))]
[JsonSerializable(typeof(Brief))]
[JsonSerializable(typeof(ClaimView))]
[JsonSerializable(typeof(ConflictsView))]
[JsonSerializable(typeof(EvidenceView))]
[JsonSerializable(typeof(GraphView))]
[JsonSerializable(typeof(IReadOnlyList<CentralityScore>))]
[JsonSerializable(typeof(IReadOnlyList<ClaimView>))]
[JsonSerializable(typeof(IReadOnlyList<Community>))]
[JsonSerializable(typeof(IReadOnlyList<PathView>))]
[JsonSerializable(typeof(IReadOnlyList<SearchHit>))]
[JsonSerializable(typeof(MapView))]
[JsonSerializable(typeof(ReviewQueueView))]
[JsonSerializable(typeof(SourceDetail))]
[JsonSerializable(typeof(TimelineReport))]
// Two records share the name SourceMention (a source's span naming an entity, an actor report's source line): the
// report's gets names of its own.
[JsonSerializable(typeof(Analysis.Actors.SourceMention), TypeInfoPropertyName = "ActorSourceMention")]
[JsonSerializable(typeof(IReadOnlyList<Analysis.Actors.SourceMention>), TypeInfoPropertyName = "ActorSourceMentionList")]
internal sealed partial class WebJsonContext : JsonSerializerContext;
