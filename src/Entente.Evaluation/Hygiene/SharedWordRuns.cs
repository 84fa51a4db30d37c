using System.Security.Cryptography;
using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// A run of words a training text shares with a held-out text: both files, how many words, the words, and a
/// short hash of them (to name a reviewed overlap without copying its words).
/// </summary>
public sealed record SharedRun(string HeldOutFile, string TrainingFile, int Words, string Text)
{
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..16];
}

/// <summary>
/// Finds where training texts repeat held-out (dev) texts: every maximal run of at least <c>runLength</c>
/// consecutive words that also occurs in a held-out text. Words are compared lower-cased, with punctuation
/// ignored: a word is a run of letters and digits.
/// </summary>
public sealed class SharedWordRuns
{
    private readonly int _runLength;
    private readonly Dictionary<string, string> _heldOutFileByRun = new(StringComparer.Ordinal);

    public SharedWordRuns(IEnumerable<(string File, string Text)> heldOut, int runLength = 12)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runLength, 1);
        _runLength = runLength;
        foreach (var (file, text) in heldOut)
        {
            var words = Words(text);
            for (var i = 0; i + runLength <= words.Count; i++) _heldOutFileByRun.TryAdd(Run(words, i, runLength), file);
        }
    }

    /// <summary>The runs of a training text that held-out texts share, each as long as it goes on.</summary>
    public IReadOnlyList<SharedRun> In(string trainingFile, string text)
    {
        var words = Words(text);
        var runs = new List<SharedRun>();
        var i = 0;
        while (i + _runLength <= words.Count)
        {
            if (!_heldOutFileByRun.TryGetValue(Run(words, i, _runLength), out var heldOut))
            {
                i++;
                continue;
            }
            var last = i;
            while (last + 1 + _runLength <= words.Count && _heldOutFileByRun.ContainsKey(Run(words, last + 1, _runLength))) last++;
            var length = last - i + _runLength;
            runs.Add(new SharedRun(heldOut, trainingFile, length, Run(words, i, length)));
            i = last + 1;
        }
        return runs;
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static string Run(List<string> words, int start, int length) => string.Join(' ', words.GetRange(start, length));
}
