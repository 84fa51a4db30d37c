using System.Text.Json.Serialization;

namespace Entente.Knowledge;

/// <summary>
/// Compile-time JSON metadata for the <c>{"entities": [...]}</c> wrapper of a knowledge-base file, so loading the
/// knowledge base builds no metadata by reflection (the start-up cost <see cref="Core.Serialization.EntenteJsonContext"/>
/// explains). <see cref="KnowledgeFile"/> asks <see cref="Core.Serialization.EntenteJsonContext"/> first, so the
/// entities themselves are read with Core's metadata; this context only answers for the wrapper.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(KnowledgeFile.Shape))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
