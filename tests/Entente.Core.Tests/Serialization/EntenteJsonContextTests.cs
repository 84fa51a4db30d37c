using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hypotheses;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Core.Sources;
using Entente.Core.Time;

namespace Entente.Core.Tests.Serialization;

/// <summary>
/// The domain records' JSON metadata comes from <see cref="EntenteJsonContext"/> (generated, cheap at start-up), and
/// the JSON it gives is byte for byte what reflection gives with the same settings.
/// </summary>
public sealed class EntenteJsonContextTests
{
    /// <summary>The types the store and the knowledge base read and write.</summary>
    public static TheoryData<Type> Listed =>
    [
        typeof(Entity), typeof(List<Entity>), typeof(Claim), typeof(EntityRef), typeof(List<EntityRef>), typeof(Quantity),
        typeof(Verdict), typeof(CellOverride), typeof(SourceMention), typeof(List<SourceMention>),
    ];

    /// <summary>
    /// Reflection with the settings EntenteJson must keep, written out here rather than copied from it, so a change of
    /// naming, enum or null policy there fails the comparisons below.
    /// </summary>
    private static JsonSerializerOptions Reflection(bool indented)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return o;
    }

    [Theory]
    [MemberData(nameof(Listed))]
    public void A_listed_type_and_everything_it_holds_come_from_the_generated_context(Type type)
    {
        foreach (var options in new[] { EntenteJson.Options, EntenteJson.Indented })
        {
            var seen = new HashSet<Type>();
            var stack = new Stack<(Type Type, string Path)>([(type, type.Name)]);
            while (stack.TryPop(out var next))
            {
                var (t, path) = next;
                if (!seen.Add(t)) continue;
                var info = options.GetTypeInfo(t);
                Assert.True(ReferenceEquals(info.OriginatingResolver, EntenteJsonContext.Default),
                    $"{t} ({path}) is described by {info.OriginatingResolver?.GetType().Name ?? "nothing"}, not EntenteJsonContext");
                foreach (var p in info.Properties.Where(p => p.Get is not null || p.Set is not null)) stack.Push((p.PropertyType, $"{path}.{p.Name}"));
                if (info.ElementType is { } element) stack.Push((element, path + "[]"));
                if (info.KeyType is { } key) stack.Push((key, path + "{key}"));
            }
        }
    }

    [Fact]
    public void A_type_not_listed_still_serializes_by_reflection()
    {
        Assert.IsType<DefaultJsonTypeInfoResolver>(EntenteJson.Options.GetTypeInfo(typeof(Unlisted)).OriginatingResolver);
        Assert.Equal("{\"some_kind\":\"state-organ\",\"entity\":{\"id\":\"rus\",\"name\":\"Russia\",\"kind\":\"state\"}}",
            EntenteJson.Serialize(new Unlisted(EntityKind.StateOrgan, null, new EntityRef("rus", "Russia", EntityKind.State))));
        Assert.Equal("{\"kind\":\"armed-group\",\"ref\":{\"id\":\"x\",\"name\":\"X\",\"kind\":\"person\"}}",
            EntenteJson.Serialize(new { kind = EntityKind.ArmedGroup, @ref = new EntityRef("x", "X", EntityKind.Person) }));
    }

    public sealed record Unlisted(EntityKind SomeKind, string? Missing, EntityRef Entity);

    [Fact]
    public void A_claim_with_every_field_set_is_the_same_json_as_under_reflection() => SameAsReflection(FullClaim());

    [Fact]
    public void An_entity_with_every_field_set_is_the_same_json_as_under_reflection()
    {
        SameAsReflection(FullEntity());
        SameAsReflection(new List<Entity> { FullEntity(), new() { Id = "irn", Kind = EntityKind.State, Name = "Iran" } });
    }

    [Fact]
    public void The_other_stored_records_are_the_same_json_as_under_reflection()
    {
        var at = new DateTimeOffset(2024, 3, 1, 12, 30, 15, TimeSpan.FromHours(2));
        SameAsReflection(new Verdict { Id = "v1", ClaimId = "c1", Kind = VerdictKind.Correct, Analyst = "ana", At = at, Correction = FullClaim(), Note = "fixed “this”" });
        SameAsReflection(new CellOverride { Id = "o1", Pair = "irn|rus", Hypothesis = "h2", Row = "indicator:7", Cell = Consistency.Inconsistent, Analyst = "ana", At = at, Note = "n" });
        SameAsReflection(new List<EntityRef> { new("s-300", "S-300", EntityKind.Materiel), new("irgc", "IRGC", EntityKind.StateOrgan) });
        SameAsReflection(new Quantity("some 2,400", 2400, 2400, "troops"));
        SameAsReflection(new List<SourceMention> { new(3, 9, "Russia", new EntityRef("rus", "Russia", EntityKind.State)) { OriginalStart = 5, OriginalEnd = 11 } });
    }

    /// <summary>
    /// Generated metadata sets every init-only property, to null or 0 when the JSON lacks it (dotnet/runtime#84484);
    /// reflection leaves the property's initializer alone. JSON that leaves properties out (a knowledge-base file, a
    /// claim stored before a property existed) must still read as it did under reflection.
    /// </summary>
    [Fact]
    public void Json_that_leaves_optional_properties_out_reads_as_under_reflection()
    {
        var at = new DateTimeOffset(2024, 3, 1, 12, 30, 15, TimeSpan.Zero);
        SameDefaultsAsReflection(FullClaim());
        SameDefaultsAsReflection(FullEntity());
        SameDefaultsAsReflection(new List<Entity> { FullEntity() });
        SameDefaultsAsReflection(new Verdict { Id = "v1", ClaimId = "c1", Kind = VerdictKind.Correct, Analyst = "ana", At = at, Correction = FullClaim(), Note = "n" });
        SameDefaultsAsReflection(new CellOverride { Id = "o1", Pair = "irn|rus", Hypothesis = "h2", Row = "r", Cell = Consistency.Neutral, Analyst = "ana", At = at, Note = "n" });
        SameDefaultsAsReflection(new List<SourceMention> { new(3, 9, "Russia", new EntityRef("rus", "Russia", EntityKind.State)) { OriginalStart = 5, OriginalEnd = 11 } });
        SameDefaultsAsReflection(new Quantity("some 2,400", 2400, 2400, "troops"));

        var entity = EntenteJson.Deserialize<Entity>("{\"id\":\"x\",\"kind\":\"person\",\"name\":\"X\"}")!;
        Assert.Equal((0, 0, 0, 0), (entity.Aliases.Count, entity.Adjectives.Count, entity.Metonyms.Count, entity.Links.Count));
        var claim = EntenteJson.Deserialize<Claim>(EntenteJson.Serialize(FullClaim()).Replace("\"confidence\":77,", ""))!;
        Assert.Equal(50, claim.Confidence);
        var producer = EntenteJson.Deserialize<Producer>("{\"kind\":\"rule\",\"name\":\"r\"}")!;
        Assert.Empty(producer.Rules);
    }

    /// <summary>Generated metadata words some errors differently; JSON it refuses is read again by reflection, so each
    /// error is the one reflection gives, and the knowledge base reports what it always reported.</summary>
    [Theory]
    [InlineData(typeof(Entity), "{\"id\":5,\"kind\":\"state\",\"name\":\"A\"}", "System.String")]
    [InlineData(typeof(Entity), "{\"id\":\"a\",\"kind\":\"bogus\",\"name\":\"A\"}", "Entente.Core.Entities.EntityKind")]
    [InlineData(typeof(Entity), "{\"id\":\"a\",\"kind\":\"state\",\"name\":\"A\",\"needs_review\":\"yes\"}", "System.Boolean")]
    [InlineData(typeof(Entity), "{\"id\":\"a\",\"kind\":\"state\",\"name\":\"A\",\"links\":[{\"type\":\"part-of\",\"target\":\"b\",\"from\":\"x\"}]}", "System.Nullable`1[System.DateOnly]")]
    [InlineData(typeof(Entity), "{\"kind\":\"state\",\"name\":\"A\"}", "missing required properties including: 'id'")]
    [InlineData(typeof(Claim), "{\"id\":\"c\",\"certainty\":\"sure\"}", "Entente.Core.Ontology.Certainty")]
    [InlineData(typeof(Verdict), "{\"id\":\"v\",\"claim_id\":\"c\",\"kind\":\"accept\",\"analyst\":\"a\",\"at\":\"yesterday\"}", "System.DateTimeOffset")]
    [InlineData(typeof(List<EntityRef>), "[{\"id\":\"a\",\"name\":\"A\",\"kind\":7.5}]", "Entente.Core.Entities.EntityRef")]
    [InlineData(typeof(Entity), "{\"id\":\"a\",", "Expected start of a property name or value")]
    public void Refused_json_is_refused_in_the_words_reflection_uses(Type type, string json, string words)
    {
        var expected = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, type, Reflection(indented: false)));
        var refused = (JsonException?)typeof(EntenteJsonContextTests).GetMethod(nameof(Refusal), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [json]);
        Assert.NotNull(refused);
        Assert.Contains(words, expected.Message);
        Assert.Equal(expected.Message, refused.Message);
        Assert.Equal(expected.LineNumber, refused.LineNumber);
    }

    private static JsonException? Refusal<T>(string json)
    {
        try
        {
            EntenteJson.Deserialize<T>(json);
            return null;
        }
        catch (JsonException e)
        {
            return e;
        }
    }

    [Fact]
    public void Names_and_enums_keep_their_shape()
    {
        var json = EntenteJson.Serialize(FullClaim());
        Assert.Contains("\"attributed_to\":\"Lapid\"", json);
        Assert.Contains("\"kind\":\"state-organ\"", json);
        Assert.Contains("\"precision\":\"season\"", json);
        Assert.Contains("\"certainty\":\"reported\",\"phase\":\"planned\"", json);
        Assert.Contains("\"original_start\":12", json);
        Assert.Contains("\"CAMEO\":\"163\"", json); // dictionary keys are kept as they are
        Assert.Contains("“quoted”", json); // the relaxed encoder leaves non-ASCII alone
        Assert.DoesNotContain("null", EntenteJson.Serialize(new Quantity("many")));
    }

    private static void SameAsReflection<T>(T value)
    {
        foreach (var indented in new[] { false, true })
        {
            var generated = indented ? EntenteJson.Indented : EntenteJson.Options;
            var reflection = Reflection(indented);
            var json = JsonSerializer.Serialize(value, generated);
            var expected = JsonSerializer.Serialize(value, reflection);
            Assert.Equal(expected, json);
            EverySettablePropertyIsWritten(reflection.GetTypeInfo(typeof(T)), JsonDocument.Parse(expected).RootElement, typeof(T).Name);

            // And each reads the other's JSON back to the same value.
            Assert.Equal(expected, JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(json, reflection), reflection));
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(expected, generated), generated));
        }
    }

    /// <summary>The sample's JSON with optional properties left out, read both ways, gives the same record.</summary>
    private static void SameDefaultsAsReflection<T>(T value)
    {
        var reflection = Reflection(indented: false);
        var info = reflection.GetTypeInfo(typeof(T));
        foreach (var keepObjects in new[] { false, true })
        {
            var node = JsonNode.Parse(JsonSerializer.Serialize(value, reflection))!;
            LeaveOptionalOut(info, node, keepObjects);
            var json = node.ToJsonString();
            var expected = JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(json, reflection), reflection);
            Assert.Equal(expected, JsonSerializer.Serialize(EntenteJson.Deserialize<T>(json), reflection));
        }
    }

    /// <summary>Removes every property that is not required, at every depth; with <paramref name="keepObjects"/>, an
    /// optional object stays (emptied of its own optional properties in turn), so nested defaults are read too.</summary>
    private static void LeaveOptionalOut(JsonTypeInfo info, JsonNode? node, bool keepObjects)
    {
        if (node is JsonObject o && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var p in info.Properties.Where(p => p.Get is not null && o.ContainsKey(p.Name)))
            {
                if (!p.IsRequired && !(keepObjects && o[p.Name] is JsonObject)) o.Remove(p.Name);
                else LeaveOptionalOut(info.Options.GetTypeInfo(p.PropertyType), o[p.Name], keepObjects);
            }
        }
        else if (node is JsonArray a && info.Kind == JsonTypeInfoKind.Enumerable)
        {
            foreach (var item in a) LeaveOptionalOut(info.Options.GetTypeInfo(info.ElementType!), item, keepObjects);
        }
    }

    /// <summary>The samples set every property, so a property added later is compared too (or this says it is missing).</summary>
    private static void EverySettablePropertyIsWritten(JsonTypeInfo info, JsonElement e, string path)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var p in info.Properties.Where(p => p.Get is not null))
                {
                    Assert.True(e.TryGetProperty(p.Name, out var v), $"the sample leaves {path}.{p.Name} unset");
                    EverySettablePropertyIsWritten(info.Options.GetTypeInfo(p.PropertyType), v, $"{path}.{p.Name}");
                }
                break;
            case JsonTypeInfoKind.Enumerable:
                Assert.True(e.GetArrayLength() > 0, $"the sample leaves {path} empty");
                EverySettablePropertyIsWritten(info.Options.GetTypeInfo(info.ElementType!), e[0], path + "[0]");
                break;
            case JsonTypeInfoKind.Dictionary:
                Assert.True(e.EnumerateObject().Any(), $"the sample leaves {path} empty");
                break;
        }
    }

    private static Claim FullClaim() => new Claim
    {
        Id = "",
        SourceId = "src-1",
        Subject = new EntityRef("irgc", "IRGC", EntityKind.StateOrgan),
        Relation = "arms-transfer",
        Object = new EntityRef("rus", "Russia", EntityKind.State),
        Materiel = [new EntityRef("shahed-136", "Shahed-136", EntityKind.Materiel)],
        Place = new EntityRef("crimea", "Crimea", EntityKind.Place),
        Time = ClaimTime.PartOfYear(2022, 6, 8, "summer 2022"),
        Quantity = new Quantity("hundreds", 200, 999, "drones"),
        Certainty = Certainty.Reported,
        Phase = Phase.Planned,
        AttributedTo = "Lapid",
        Evidence = new EvidenceSpan("src-1", 10, 60, "“quoted” — hundreds of drones") { OriginalStart = 12, OriginalEnd = 64 },
        Producer = Producer.Model("m7", 0.91234, ["arms-transfer.passive", "delivery.object-first"]),
        Confidence = 77,
        Cues = ["reportedly", "in summer 2022"],
        Properties = new Dictionary<string, string> { ["CAMEO"] = "163", ["sipri_tiv"] = "12.5" },
    }.WithId();

    private static Entity FullEntity() => new()
    {
        Id = "irgc",
        Kind = EntityKind.StateOrgan,
        Name = "Islamic Revolutionary Guard Corps",
        Aliases = ["IRGC", "Sepah"],
        Adjectives = ["IRGC-backed"],
        Metonyms = ["the Guards"],
        Links = [new EntityLink("part-of", "irn") { Role = "branch", From = new DateOnly(1979, 5, 5), To = new DateOnly(2030, 1, 1) }],
        Iso2 = "IR",
        Iso3 = "IRN",
        Country = "irn",
        Category = "armed forces",
        Location = new GeoPoint(35.6892, 51.389),
        Description = "Iran’s “Sepah”",
        NeedsReview = true,
    };
}
