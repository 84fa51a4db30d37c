using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// The line on which each property of a JSON file starts: the root object's properties, and those of each
/// object in the root's "claims" array. JsonDocument keeps no positions, so the problems a gold file's
/// validation finds are placed by one pass of the token reader over the same bytes.
/// </summary>
internal sealed class JsonLines
{
    private readonly List<(string Name, int Line)> _root = [];
    private readonly List<(int Line, Dictionary<string, int> Properties)> _claims = [];

    private JsonLines() { }

    /// <summary>Indexes a file that is known to be valid JSON.</summary>
    public static JsonLines Of(byte[] bytes)
    {
        var utf8 = GoldJson.WithoutBom(bytes).Span;
        var newlines = new List<int>();
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') newlines.Add(i);
        int LineAt(long offset)
        {
            var index = newlines.BinarySearch((int)offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var lines = new JsonLines();
        var reader = new Utf8JsonReader(utf8);
        string? rootProperty = null;
        var inClaims = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    rootProperty = reader.GetString();
                    lines._root.Add((rootProperty!, LineAt(reader.TokenStartIndex)));
                    break;
                case JsonTokenType.StartArray when reader.CurrentDepth == 1:
                    inClaims = rootProperty == "claims";
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    inClaims = false;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number
                    or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null when inClaims && reader.CurrentDepth == 2:
                    lines._claims.Add((LineAt(reader.TokenStartIndex), new Dictionary<string, int>(StringComparer.Ordinal)));
                    break;
                case JsonTokenType.PropertyName when inClaims && reader.CurrentDepth == 3:
                    lines._claims[^1].Properties[reader.GetString()!] = LineAt(reader.TokenStartIndex);
                    break;
            }
        }
        return lines;
    }

    public IEnumerable<(string Name, int Line)> RootProperties() => _root;

    /// <summary>The line of a root property's last occurrence (the one the parser keeps), or 1.</summary>
    public int RootPropertyLine(string name) => _root.LastOrDefault(p => p.Name == name) is { Line: > 0 } p ? p.Line : 1;

    /// <summary>The line where the claim at <paramref name="index"/> starts.</summary>
    public int ClaimLine(int index) => index < _claims.Count ? _claims[index].Line : 1;

    /// <summary>The line of one property of a claim, else the claim's own line.</summary>
    public int ClaimPropertyLine(int index, string property) =>
        index < _claims.Count && _claims[index].Properties.TryGetValue(property, out var line) ? line : ClaimLine(index);
}
