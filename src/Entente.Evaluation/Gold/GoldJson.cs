using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>Parses the JSON of a gold or alias file, turning a syntax error into a problem with its line.</summary>
internal static class GoldJson
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes without a UTF-8 byte-order mark, which the JSON reader does not skip.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Bom) ? bytes.AsMemory(Bom.Length) : bytes;

    public static JsonDocument? Parse(string file, byte[] bytes, List<GoldProblem> problems)
    {
        try
        {
            return JsonDocument.Parse(WithoutBom(bytes));
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? (int)n + 1 : (int?)null;
            problems.Add(new GoldProblem(file, line, "invalid JSON: " + Reason(e.Message)));
            return null;
        }
    }

    /// <summary>The parser's own words without the path and position it appends (the line is given separately).</summary>
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim();
    }
}
