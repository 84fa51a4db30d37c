using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Core.Entities;
using Entente.Core.Serialization;

namespace Entente.Knowledge;

/// <summary>
/// One knowledge-base data file: <c>{"entities": [ ... ]}</c> with entities in the domain's JSON shape.
/// Reading reports the file and line of any error instead of throwing a bare JSON exception.
/// </summary>
public sealed record KnowledgeFile(string Name, IReadOnlyList<Entity> Entities, bool Shipped = false)
{
    private string? _text;
    private ReadOnlyMemory<byte> _utf8;

    /// <summary>
    /// The file's text, for the lines errors name. A file read from its bytes decodes it only when asked: the shipped files
    /// are loaded at every start, and their lines are wanted only when a user file clashes with them.
    /// </summary>
    public string Text
    {
        get => _text ??= System.Text.Encoding.UTF8.GetString(_utf8.Span);
        init => _text = value;
    }

    /// <summary>The 1-based line where the entity with this id is declared (its nth declaration, counting from 0), or 0.</summary>
    public int LineOf(string id, int occurrence = 0)
    {
        var m = Regex.Matches(Text, "\"id\"\\s*:\\s*\"" + Regex.Escape(id) + "\"", RegexOptions.IgnoreCase).Skip(occurrence).FirstOrDefault();
        return m is null ? 0 : Text.AsSpan(0, m.Index).Count('\n') + 1;
    }

    /// <summary>"file:line" for the entity with this id, or just the file name when the line is unknown.</summary>
    public string Where(string id, int occurrence = 0) => LineOf(id, occurrence) is > 0 and var line ? $"{Name}:{line}" : Name;

    /// <summary>The file's wrapper; internal only so <see cref="KnowledgeJsonContext"/> can describe it.</summary>
    internal sealed record Shape(List<Entity>? Entities);

    /// <summary>
    /// <see cref="EntenteJson.Options"/>' shape with generated metadata only: Core's for the entities, ours for the
    /// wrapper, so loading the knowledge base builds no metadata by reflection (a type that would need it fails instead).
    /// A file this refuses is read again by reflection (<see cref="EntenteJson.Deserialize{T}(string, JsonSerializerOptions)"/>),
    /// so its error reads as it always did.
    /// </summary>
    private static readonly JsonSerializerOptions Json = EntenteJson.GeneratedOnly(KnowledgeJsonContext.Default, indented: false);

    public static KnowledgeFile Parse(string name, string json) => Parse(name, () => EntenteJson.Deserialize<Shape>(json, Json)) with { Text = json };

    /// <summary>
    /// A file from its UTF-8 bytes, read as they are (its <see cref="Text"/>, for error lines, is decoded only when asked):
    /// the shipped files are embedded as bytes, and turning them into text first only for the reader to turn it back cost
    /// time at every start.
    /// </summary>
    /// <remarks>The bytes are kept, not copied: the caller must not change them afterwards.</remarks>
    public static KnowledgeFile Parse(string name, ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        Shape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<Shape>(utf8.Span, Json);
        }
        catch (JsonException)
        {
            // Refused by generated metadata: read as text, which words the error as it always was.
            return Parse(name, System.Text.Encoding.UTF8.GetString(utf8.Span));
        }
        return Parse(name, () => shape) with { _utf8 = utf8 };
    }

    private static KnowledgeFile Parse(string name, Func<Shape?> read)
    {
        try
        {
            var shape = read()
                ?? throw new KnowledgeException(name, 1, "the file is empty; expected {\"entities\": [...]}");
            if (shape.Entities is null)
                throw new KnowledgeException(name, 1, "no \"entities\" array; expected {\"entities\": [...]}");
            return new KnowledgeFile(name, shape.Entities);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var why = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0];
            throw new KnowledgeException(name, line, why, e);
        }
    }

    public static KnowledgeFile Read(string path)
    {
        if (Directory.Exists(path)) throw new KnowledgeException(path, 0, "is a directory, not a knowledge-base file");
        if (!File.Exists(path)) throw new KnowledgeException(path, 0, "no such file");
        return Parse(path, File.ReadAllText(path));
    }
}

/// <summary>A knowledge-base error with the file and line it comes from.</summary>
public sealed class KnowledgeException(string file, int line, string message, Exception? inner = null)
    : Exception(line > 0 ? $"{file}:{line}: {message}" : $"{file}: {message}", inner)
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
