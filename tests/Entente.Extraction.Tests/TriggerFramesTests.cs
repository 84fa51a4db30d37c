using Entente.Extraction.Relations;

namespace Entente.Extraction.Tests;

/// <summary>A frame named in the trigger file must be one the relation stage registered: a misspelt name fails at load, naming its line.</summary>
public sealed class TriggerFramesTests
{
    [Fact]
    public void Every_frame_the_shipped_trigger_file_names_is_registered()
    {
        var lexicon = new TriggerLexicon();
        Assert.Contains("transfer", lexicon.FrameLines.Keys);
        Assert.Contains("symmetric-noun", lexicon.FrameLines.Keys);
        // Building the stage checks them; it would throw on an unknown one.
        _ = new RelationStage(Knowledge.KnowledgeBase.Load(), lexicon, new Mentions.MentionLexicons());
    }

    [Theory]
    [InlineData("directed", null)]
    [InlineData("tranfser", "lexicons/triggers.tsv:12: 'tranfser' is not a frame (known: directed, transfer)")]
    public void An_unknown_frame_fails_with_its_line(string frame, string? error)
    {
        var lines = new Dictionary<string, int> { ["transfer"] = 3, [frame] = 12 };
        var e = Record.Exception(() => RelationStage.CheckFrames(lines, ["directed", "transfer"]));
        Assert.Equal(error, e?.Message);
        if (error is not null) Assert.IsType<FormatException>(e);
    }
}
