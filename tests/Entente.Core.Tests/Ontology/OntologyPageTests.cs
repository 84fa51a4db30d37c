using Entente.Core.Ontology;
using Entente.TestSupport;

namespace Entente.Core.Tests.Ontology;

/// <summary>docs/ontology.md's table of relation types says what the ontology data file says, row for row and in its order.</summary>
public sealed class OntologyPageTests
{
    private const string Header = "| sphere | id | subject → object | object | groups | typical words | CAMEO |";

    [Fact]
    public void The_page_lists_every_type_with_the_traits_of_the_data_file_in_file_order()
    {
        var rows = TableRows(File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "docs", "ontology.md")));
        Assert.Equal(RelationTypes.All.Select(t => t.Id), rows.Select(r => r[1].Trim('`')));
        foreach (var (t, r) in RelationTypes.All.Zip(rows))
            Assert.Equal(Expected(t), r);
    }

    /// <summary>The cells the page must show for a type; the typical words are the page's own and copied over.</summary>
    private static string[] Expected(RelationType t) =>
    [
        t.SphereId,
        $"`{t.Id}`",
        t.Symmetric ? "*symmetric*" : $"{t.SubjectRole} → {t.ObjectRole}",
        KebabCase.FromPascal(t.ObjectKind.ToString()),
        t.Groups == RelationGroups.None ? "—" : string.Join(", ", Enum.GetValues<RelationGroups>().Where(g => g != RelationGroups.None && t.Is(g)).Select(g => KebabCase.FromPascal(g.ToString()))),
        "",
        t.Cameo ?? "—",
    ];

    private static List<string[]> TableRows(string[] lines)
    {
        var start = Array.IndexOf(lines, Header);
        Assert.True(start >= 0, $"docs/ontology.md has no relation-type table headed '{Header}'");
        var rows = new List<string[]>();
        for (var k = start + 2; k < lines.Length && lines[k].StartsWith('|'); k++)
        {
            var cells = lines[k].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 7, $"docs/ontology.md:{k + 1}: expected 7 cells, found {cells.Length}");
            cells[5] = "";
            rows.Add(cells);
        }
        return rows;
    }
}
