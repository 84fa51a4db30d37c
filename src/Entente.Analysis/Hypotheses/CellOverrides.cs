using Entente.Core.Hashing;
using Entente.Core.Hypotheses;

namespace Entente.Analysis.Hypotheses;

/// <summary>Makes override records the same way wherever an analyst gives one (the web, the CLI), after checking the cell exists.</summary>
public static class CellOverrides
{
    public const int MaxNoteLength = 2000;

    /// <summary>Null when the matrix has this row and hypothesis; otherwise what is wrong, naming what there is.</summary>
    public static string? Check(AchResult matrix, string hypothesis, string row)
    {
        if (matrix.Ranking.All(h => h.Id != hypothesis))
            return $"no hypothesis '{hypothesis}' (there are {string.Join(", ", matrix.Ranking.Select(h => h.Id))})";
        if (matrix.Rows.All(r => r.Evidence.Key != row))
            return $"no evidence row '{row}' for {matrix.A.Name} and {matrix.B.Name}; `entente ach` lists the row keys";
        return null;
    }

    /// <summary>An override record; its id is a digest of what it says, who said it and when, so a record names itself.</summary>
    public static CellOverride Create(string pair, string hypothesis, string row, Consistency cell, string analyst, DateTimeOffset at, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analyst);
        return new CellOverride
        {
            Id = ContentHash.RecordId("o-", pair, hypothesis, row, cell.ToString(), analyst, ContentHash.Moment(at)),
            Pair = pair,
            Hypothesis = hypothesis,
            Row = row,
            Cell = cell,
            Analyst = analyst,
            At = at,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }

    public static bool TryParse(string? text, out Consistency cell) =>
        Enum.TryParse(text, ignoreCase: true, out cell) && Enum.IsDefined(cell);
}
