using System.Text.Json.Serialization;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hypotheses;
using Entente.Core.Sources;

namespace Entente.Core.Serialization;

/// <summary>
/// Compile-time JSON metadata for the domain records the store and the knowledge base read and write, so a
/// command does not build it by reflection at start-up. Measured in a cold ReadyToRun process, reflection spent
/// ~110 ms building the metadata for <see cref="Entity"/> before the knowledge base could load (the load itself
/// ~68 ms, a warm reload ~20 ms), and every analysis command paid the same again for <see cref="Claim"/> and the
/// other stored records. <see cref="EntenteJson"/> asks this context first, and reflection for types not listed only
/// in its plain options (the CLI, the web API and the knowledge base add contexts of their own and no reflection).
/// <para>
/// With it (ReadyToRun, medians of runs alternated with the reflection build): the first <c>List&lt;Entity&gt;</c> read
/// 98 -> 70 ms, <c>entente kb show Russia</c> 0.21 -> 0.19 s wall (0.21 -> 0.18 CPU-s), <c>profile Russia Iran</c> on
/// 100k claims 0.58 -> 0.55 s. What is left of the first read is mostly JIT of System.Text.Json's generic code over
/// value types (int, bool, DateOnly?, the enums), which ReadyToRun cannot compile outside the framework. The price is
/// in steady reading: every init-only property goes through a constructor-argument array, so 100k claims decode in
/// ~460 ms instead of ~425 (entities ~40% slower, a few ms for the whole knowledge base).
/// </para>
/// <para>
/// Metadata only, no fast-path serializer: the runtime options (snake_case names, kebab-case enums, nulls left
/// out, the relaxed encoder) decide the JSON, as they did under reflection, so the output is byte for byte what it
/// was; tests hold both that and that these types come from here.
/// </para>
/// <para>
/// Reading differs from reflection in two ways, both handled: generated metadata sets every init-only property when
/// it creates a record, to null or 0 when the JSON leaves it out (dotnet/runtime#84484), so the records' lists turn
/// null into empty and <see cref="EntenteJson"/> requires a claim's confidence here; and some errors are worded
/// differently, so <see cref="EntenteJson.Deserialize{T}(string, System.Text.Json.JsonSerializerOptions)"/> reads
/// refused JSON again by reflection to report it as before.
/// </para>
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(List<Entity>))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(EntityRef))]
[JsonSerializable(typeof(List<EntityRef>))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(Verdict))]
[JsonSerializable(typeof(CellOverride))]
[JsonSerializable(typeof(SourceMention))]
[JsonSerializable(typeof(List<SourceMention>))]
public sealed partial class EntenteJsonContext : JsonSerializerContext;
