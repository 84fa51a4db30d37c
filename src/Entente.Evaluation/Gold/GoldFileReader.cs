using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// Reads one gold file and its text into a <see cref="GoldDocument"/>, adding a problem for everything wrong
/// with either; gives null when there was any.
/// </summary>
internal static class GoldFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static GoldDocument? Read(string name, string goldPath, string textPath, List<GoldProblem> problems)
    {
        var before = problems.Count;
        var text = ReadText(goldPath, textPath, problems);
        var bytes = File.ReadAllBytes(goldPath);
        using var json = GoldJson.Parse(goldPath, bytes, problems);
        if (json is null) return null;
        var root = json.RootElement;
        var lines = JsonLines.Of(bytes);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new GoldProblem(goldPath, 1, "a gold file is an object with a \"claims\" list"));
            return null;
        }
        CheckDocument(root, goldPath, Path.GetFileName(textPath), lines, problems);
        var reader = new GoldClaimReader(goldPath, lines, text, problems);
        var gold = claims.EnumerateArray().Select(reader.Read).ToList();
        var document = new GoldDocument
        {
            Name = name,
            TextPath = textPath,
            GoldPath = goldPath,
            Text = text ?? "",
            Published = Published(root, goldPath, lines, problems),
            Url = OptionalString(root, "url", goldPath, lines, problems),
            Topic = OptionalString(root, "topic", goldPath, lines, problems),
            Claims = gold.OfType<GoldClaim>().ToList(),
        };
        return problems.Count == before ? document : null;
    }

    private static string? ReadText(string goldPath, string textPath, List<GoldProblem> problems)
    {
        if (!File.Exists(textPath))
        {
            problems.Add(new GoldProblem(goldPath, null, $"its text {Path.GetFileName(textPath)} is missing"));
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(textPath));
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new GoldProblem(textPath, null, "is not valid UTF-8"));
            return null;
        }
    }

    /// <summary>"document", where given, names the text the gold file goes with by its name (NAME.txt).</summary>
    private static void CheckDocument(JsonElement root, string file, string text, JsonLines lines, List<GoldProblem> problems)
    {
        if (!root.TryGetProperty("document", out var value) || value.ValueKind == JsonValueKind.Null) return;
        if (value.ValueKind == JsonValueKind.String && value.GetString() == text) return;
        problems.Add(new GoldProblem(file, lines.RootPropertyLine("document"), $"names the document {value.GetRawText()}, but {Path.GetFileName(file)} goes with {text}"));
    }

    private static DateOnly? Published(JsonElement root, string file, JsonLines lines, List<GoldProblem> problems)
    {
        if (!root.TryGetProperty("published", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add(new GoldProblem(file, lines.RootPropertyLine("published"), $"published must be a date YYYY-MM-DD or null, not {value.GetRawText()}"));
        return null;
    }

    private static string? OptionalString(JsonElement root, string name, string file, JsonLines lines, List<GoldProblem> problems)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        problems.Add(new GoldProblem(file, lines.RootPropertyLine(name), $"{name} must be a string or null, not {value.GetRawText()}"));
        return null;
    }
}
