using System.Text.RegularExpressions;
using Entente.TestSupport;

namespace Entente.Core.Tests.Architecture;

/// <summary>
/// One meaning in one place, checked: no run of six or more code lines appears twice in src/ (blank lines, lone braces,
/// comments and usings aside, each line trimmed). Two kinds of sameness are allowed, because they are not copied logic:
/// the schema each SQL dialect writes for itself (its migrations file) and lists of record properties.
/// </summary>
public sealed partial class DuplicateCodeTests
{
    private const int RunLength = 6;

    /// <summary>Each SQL dialect states the whole schema in its own migrations; the tables are the same by design.</summary>
    private static readonly string[] SqlDialectFiles =
    [
        "Entente.Storage.Sql/Sqlite/SqliteMigrations.cs",
        "Entente.Storage.Sql/Postgres/PostgresMigrations.cs",
    ];

    [Fact]
    public void No_run_of_six_code_lines_appears_twice_in_the_source()
    {
        var src = Path.Combine(SharedData.RepoRoot, "src");
        var files = new Dictionary<string, string[]>();
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(src, path).Replace('\\', '/');
            if (file.Split('/').Any(d => d is "obj" or "bin") || SqlDialectFiles.Contains(file)) continue;
            files[file] = File.ReadAllLines(path);
        }
        var runs = SharedRuns(files);
        Assert.True(runs.Count == 0, "code written twice (move it to one place both call):\n" + string.Join('\n', runs));
    }

    [Fact]
    public void A_copied_block_of_six_lines_is_found_and_one_of_five_is_not()
    {
        string[] block = ["var a = 1;", "var b = a + 1;", "var c = b * 2;", "if (c > 3) a++;", "Use(a, b, c);", "return a;"];
        string[] Method(string name, IEnumerable<string> body) => [$"void {name}()", "{", .. body.Select(l => "    " + l), "}"];
        var six = SharedRuns(new() { ["A.cs"] = Method("F", block), ["B.cs"] = Method("G", ["// the same", .. block]) });
        Assert.Equal(["A.cs:3 and B.cs:4: var a = 1; … return a;"], six);
        Assert.Empty(SharedRuns(new() { ["A.cs"] = Method("F", block[..5]), ["B.cs"] = Method("G", block[..5]) }));
    }

    [Fact]
    public void Record_property_lists_are_no_copied_code()
    {
        string[] props = [.. Enumerable.Range(0, 7).Select(i => $"public string P{i} {{ get; init; }}")];
        Assert.Empty(SharedRuns(new() { ["A.cs"] = props, ["B.cs"] = props }));
    }

    /// <summary>Every window of <see cref="RunLength"/> code lines found at more than one place, once per pair of
    /// places where a shared run starts (a longer run is reported at its first window only).</summary>
    private static List<string> SharedRuns(Dictionary<string, string[]> files)
    {
        var at = new Dictionary<string, List<(string File, int Line, int Index)>>(StringComparer.Ordinal);
        var code = new Dictionary<string, List<(int Line, string Text)>>();
        foreach (var (file, lines) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var kept = lines.Select((l, i) => (Line: i + 1, Text: l.Trim())).Where(l => IsCode(l.Text)).ToList();
            code[file] = kept;
            for (var k = 0; k + RunLength <= kept.Count; k++)
            {
                var window = kept.Skip(k).Take(RunLength).Select(l => l.Text).ToList();
                if (window.All(IsPropertyDeclaration)) continue;
                var key = string.Join('\n', window);
                if (!at.TryGetValue(key, out var places)) at[key] = places = [];
                places.Add((file, kept[k].Line, k));
            }
        }
        var found = new List<string>();
        foreach (var (key, places) in at)
            for (var i = 1; i < places.Count; i++)
            {
                var (a, b) = (places[0], places[i]);
                // The window before both is shared too: the run was reported where it starts.
                if (a.Index > 0 && b.Index > 0 && at.TryGetValue(string.Join('\n', code[a.File].Skip(a.Index - 1).Take(RunLength).Select(l => l.Text)), out var before)
                    && before.Any(p => p.File == a.File && p.Index == a.Index - 1) && before.Any(p => p.File == b.File && p.Index == b.Index - 1)) continue;
                var lines = key.Split('\n');
                found.Add($"{a.File}:{a.Line} and {b.File}:{b.Line}: {lines[0]} … {lines[^1]}");
            }
        return found;
    }

    private static bool IsCode(string line) =>
        line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !UsingDirective().IsMatch(line) && !OnlyBrackets().IsMatch(line);

    private static bool IsPropertyDeclaration(string line) => line.Contains("{ get;", StringComparison.Ordinal) || line.StartsWith('[');

    [GeneratedRegex(@"^[{}()\[\];,]+$")]
    private static partial Regex OnlyBrackets();

    /// <summary>"using Entente.Core;", "using Json = System.Text.Json;", not "using var store = …;".</summary>
    [GeneratedRegex(@"^(global )?using (static )?[\w.]+( = [\w.<>]+)?;$")]
    private static partial Regex UsingDirective();
}
