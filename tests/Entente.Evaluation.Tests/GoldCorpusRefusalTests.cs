namespace Entente.Evaluation.Tests;

/// <summary>Bad gold folders are refused with the file, the line where there is one, and the reason.</summary>
public sealed class GoldCorpusRefusalTests
{
    private const string Text = "Ruritania sold patrol boats to Freedonia in 2019.";
    private const string Good = "\"s\": \"ruritania\", \"r\": \"arms-transfer\", \"o\": \"freedonia\", \"evidence\": \"sold patrol boats\"";

    public static TheoryData<string, string> BadClaims => new()
    {
        { "\"s\": \"ruritania\", \"r\": \"sells-to\", \"o\": \"freedonia\", \"evidence\": \"sold\"", "claim 1: relation 'sells-to' is not in the ontology" },
        { Good + ", \"cert\": \"confirmed\"", "claim 1: unknown certainty \"confirmed\"" },
        { Good + ", \"cert\": \"Asserted\"", "claim 1: unknown certainty \"Asserted\"" },
        { Good + ", \"alt_cert\": [\"reported\", \"rumoured\"]", "claim 1: unknown certainty \"rumoured\"" },
        { Good + ", \"phase\": \"finished\"", "claim 1: unknown phase \"finished\"" },
        { Good + ", \"years\": [2021, 2019]", "claim 1: years must be two ordered whole numbers [from, to], not [2021, 2019]" },
        { Good + ", \"years\": [2021]", "claim 1: years must be two ordered whole numbers" },
        { Good + ", \"years\": [\"2019\", 2020]", "claim 1: years must be two ordered whole numbers" },
        { Good + ", \"years\": [2019.5, 2020]", "claim 1: years must be two ordered whole numbers" },
        { Good + ", \"years\": 2019", "claim 1: years must be two ordered whole numbers" },
        { "\"s\": \"ruritania\", \"r\": \"arms-transfer\", \"o\": \"freedonia\", \"evidence\": \"sold gunboats\"", "claim 1: evidence is not in the text verbatim: \"sold gunboats\"" },
        { "\"s\": \"ruritania\", \"r\": \"arms-transfer\", \"o\": \"freedonia\", \"evidence\": \"Sold patrol boats\"", "claim 1: evidence is not in the text verbatim" },
        { "\"s\": \"ruritania\", \"r\": \"arms-transfer\", \"o\": \"freedonia\"", "claim 1: missing evidence" },
        { "\"r\": \"arms-transfer\", \"o\": \"freedonia\", \"evidence\": \"sold\"", "claim 1: missing s" },
        { "\"s\": \"ruritania\", \"o\": \"freedonia\", \"evidence\": \"sold\"", "claim 1: missing r" },
        { "\"s\": \"ruritania\", \"r\": \"arms-transfer\", \"o\": \" \", \"evidence\": \"sold\"", "claim 1: missing o" },
        { Good + ", \"alt\": [[\"ruritania\", \"trade\", \"freedonia\"]]", "claim 1: alt relation 'trade' is not in the ontology" },
        { Good + ", \"alt\": [[\"ruritania\", \"support\"]]", "claim 1: each alt is a triple [s, r, o]" },
        { Good + ", \"optional\": \"yes\"", "claim 1: optional must be true or false" },
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public void A_bad_claim_is_refused_with_the_file_line_and_reason(string claim, string reason)
    {
        using var folder = new GoldFolder();
        folder.Write("doc.txt", Text);
        var gold = folder.Write("doc.gold.json", "{\n  \"published\": \"2024-01-01\",\n  \"claims\": [\n    {" + claim + "}\n  ]\n}\n");

        var e = Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(gold, problem.File);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith(reason, problem.Reason);
        Assert.Contains($"{gold} line 4: {reason}", e.Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_each_on_its_own_line()
    {
        using var folder = new GoldFolder();
        folder.Write("doc.txt", Text);
        var gold = folder.Write("doc.gold.json", """
            {"published": "2024-01-01", "claims": [
              {"s": "ruritania", "r": "arms-transfer", "o": "freedonia", "evidence": "sold patrol boats"},
              {"s": "ruritania", "r": "sells-to", "o": "freedonia",
               "cert": "sure", "years": [2020, 2010], "evidence": "bought"},
              {"s": "freedonia", "r": "pressure", "evidence": "sold"}
            ]}
            """);

        var e = Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path));

        Assert.Equal(
            [
                $"{gold} line 3: claim 2: relation 'sells-to' is not in the ontology",
                $"{gold} line 4: claim 2: unknown certainty \"sure\" (asserted, likely, reported, alleged, possible, denied, false)",
                $"{gold} line 4: claim 2: years must be two ordered whole numbers [from, to], not [2020, 2010]",
                $"{gold} line 4: claim 2: evidence is not in the text verbatim: \"bought\"",
                $"{gold} line 5: claim 3: missing o (a non-empty gold key)",
            ],
            e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        using var folder = new GoldFolder();
        folder.Write("doc.txt", Text);
        var gold = folder.Write("doc.gold.json", "{\n  \"claims\": [\n    {\"s\": \"ruritania\" \"r\": \"support\"}\n  ]\n}\n");
        var problem = Assert.Single(Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path)).Problems);
        Assert.Equal(gold, problem.File);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("invalid JSON: ", problem.Reason);
    }

    [Fact]
    public void A_gold_file_without_its_text_and_a_text_without_a_gold_file_are_both_refused()
    {
        using var folder = new GoldFolder();
        var gold = folder.Write("alpha.gold.json", """{"claims": []}""");
        var text = folder.Write("beta.txt", Text);
        var e = Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path));
        Assert.Equal(
            [$"{gold}: its text alpha.txt is missing", $"{text}: has no gold file beta.gold.json"],
            e.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("""{"claims": {}}""", "a gold file is an object with a \"claims\" list")]
    [InlineData("""[]""", "a gold file is an object with a \"claims\" list")]
    [InlineData("""{"published": "1 March 2024", "claims": []}""", "published must be a date YYYY-MM-DD or null")]
    [InlineData("""{"document": "other.txt", "claims": []}""", "names the document \"other.txt\", but doc.gold.json goes with doc.txt")]
    public void A_bad_gold_file_shape_is_refused(string json, string reason)
    {
        using var folder = new GoldFolder();
        folder.Write("doc.txt", Text);
        var gold = folder.Write("doc.gold.json", json);
        var problem = Assert.Single(Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path)).Problems);
        Assert.Equal(gold, problem.File);
        Assert.StartsWith(reason, problem.Reason);
    }

    [Theory]
    [InlineData("""{"ruritania": "Ruritania"}""", 1, "the names of 'ruritania' are not a list of strings")]
    [InlineData("{\n\"ruritania\": [\"Ruritania\"],\n\"ruritania\": [\"Kingdom of Ruritania\"]\n}", 3, "key 'ruritania' is listed twice")]
    [InlineData("""["Ruritania"]""", 1, "an alias file is an object of key: [names]")]
    [InlineData("{\n\"ruritania\": [\"Ruritania\",]\n}", 2, "invalid JSON: ")]
    public void A_bad_alias_file_is_refused_with_its_line(string json, int line, string reason)
    {
        using var folder = new GoldFolder();
        folder.Document("doc", Text, "[]");
        var aliases = folder.Write("aliases.json", json);
        var problem = Assert.Single(Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path)).Problems);
        Assert.Equal(aliases, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith(reason, problem.Reason);
    }

    [Fact]
    public void A_missing_extra_alias_file_a_missing_folder_and_an_empty_folder_are_refused()
    {
        using var folder = new GoldFolder();
        folder.Document("doc", Text, "[]");
        var extra = Path.Combine(folder.Parent, "nowhere.json");
        Assert.Equal($"{extra}: no such alias file", Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(folder.Path, [extra])).Message);

        var missing = Path.Combine(folder.Parent, "absent");
        Assert.Equal($"{missing}: no such folder", Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(missing)).Message);

        var empty = Directory.CreateDirectory(Path.Combine(folder.Parent, "empty")).FullName;
        Assert.StartsWith($"{empty}: holds no gold files", Assert.Throws<GoldFormatException>(() => GoldCorpus.Load(empty)).Message);
    }
}
