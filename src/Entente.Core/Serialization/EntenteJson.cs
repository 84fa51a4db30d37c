using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Entente.Core.Claims;

namespace Entente.Core.Serialization;

/// <summary>
/// The one JSON shape of domain records, shared by storage, the CLI, the web API and exports:
/// snake_case properties, kebab-case enum values, nulls left out.
/// </summary>
/// <remarks>
/// The domain records are described by metadata generated at compile time (<see cref="EntenteJsonContext"/>, which says
/// why); anything else by reflection, except through <see cref="GeneratedOnly"/>, which the CLI's and the knowledge
/// base's readers and printers use and which never falls back to it. JSON the generated metadata refuses
/// is read again by reflection (<see cref="Deserialize{T}(string, JsonSerializerOptions)"/>), so what is refused is
/// refused in the words it always was, and what only reflection can read (a claim without a confidence) still reads.
/// </remarks>
public static class EntenteJson
{
    /// <summary>The domain records' generated metadata, as every option set here reads and writes them.</summary>
    private static readonly IJsonTypeInfoResolver DomainRecords = EntenteJsonContext.Default.WithAddedModifier(ConfidenceIsRequired);

    public static readonly JsonSerializerOptions Options = Create(indented: false, JsonTypeInfoResolver.Combine(DomainRecords, new DefaultJsonTypeInfoResolver()));
    public static readonly JsonSerializerOptions Indented = Create(indented: true, JsonTypeInfoResolver.Combine(DomainRecords, new DefaultJsonTypeInfoResolver()));

    private static readonly Lazy<JsonSerializerOptions> Reflection = new(() => Create(indented: false, new DefaultJsonTypeInfoResolver()));

    /// <summary>
    /// The same settings with every type described by reflection, as before metadata was generated: read with it only
    /// when the generated metadata has refused the JSON, since building it costs start-up time.
    /// </summary>
    private static JsonSerializerOptions ByReflection => Reflection.Value;

    /// <summary>
    /// Options of the same shape whose metadata comes only from generated contexts: the domain records' and then the
    /// caller's own (<paramref name="own"/>: a command's output records, a knowledge file's wrapper). Nothing falls back
    /// to reflection, so a type that neither context lists is refused at once, in every build and in the tests, rather
    /// than only in a natively compiled CLI, which cannot describe a type by reflection.
    /// </summary>
    public static JsonSerializerOptions GeneratedOnly(IJsonTypeInfoResolver own, bool indented) =>
        Create(indented, JsonTypeInfoResolver.Combine(DomainRecords, own));

    private static JsonSerializerOptions Create(bool indented, IJsonTypeInfoResolver resolver)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        o.MakeReadOnly();
        return o;
    }

    /// <summary>
    /// A claim's confidence is 50 unless given, but generated metadata sets 0 for JSON that leaves it out (it sets every
    /// init-only property: dotnet/runtime#84484). Required there, such JSON (which this code never writes) is refused
    /// and read again by reflection, which gives 50.
    /// </summary>
    private static void ConfidenceIsRequired(JsonTypeInfo info)
    {
        if (info.Type != typeof(Claim)) return;
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(nameof(Claim.Confidence));
        foreach (var p in info.Properties)
            if (p.Name == name) p.IsRequired = true;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => Deserialize<T>(json, Options);

    /// <summary>
    /// Reads <paramref name="json"/> with <paramref name="options"/> (generated metadata); JSON they refuse is read
    /// again with <see cref="ByReflection"/>, whose error (or value) is the one callers always got. Generated metadata
    /// words some errors differently (a bad value of a record's property names the record, not the property's type).
    /// </summary>
    public static T? Deserialize<T>(string json, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, options);
        }
        // A natively compiled build (the release build) cannot describe a type by reflection: there the generated
        // metadata's own error stands.
        catch (JsonException) when (RuntimeFeature.IsDynamicCodeSupported)
        {
            return JsonSerializer.Deserialize<T>(json, ByReflection);
        }
    }
}
