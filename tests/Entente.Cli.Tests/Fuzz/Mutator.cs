using System.Text;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>
/// Makes malformed files from valid ones, deterministically from a seed: the faults real files have (cut short, bytes
/// flipped, lines lost or doubled, the wrong encoding, a byte order mark, NULs) and the hostile ones (deep nesting, a
/// very long line, structural characters in odd places, pure noise). One to three faults per case.
/// </summary>
public static class Mutator
{
    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), ","u8.ToArray(), "\t"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(),
        "["u8.ToArray(), "]"u8.ToArray(), ":"u8.ToArray(), "<div>"u8.ToArray(), "</p>"u8.ToArray(), "<!--"u8.ToArray(), "&#0;"u8.ToArray(),
        "null"u8.ToArray(), "-1"u8.ToArray(), "99999999999999999999"u8.ToArray(), "=HYPERLINK(\"x\")"u8.ToArray(), [0], [0xFF], [0xC3],
        [0xEF, 0xBB, 0xBF], "\u202E"u8.ToArray(), "endstream"u8.ToArray(), "%%EOF"u8.ToArray(), "obj"u8.ToArray(),
    ];

    public static byte[] Mutate(byte[] seed, Random rng)
    {
        var data = new List<byte>(seed);
        var faults = rng.Next(1, 4);
        for (var i = 0; i < faults; i++) Apply(data, rng);
        return [.. data];
    }

    private static void Apply(List<byte> d, Random rng)
    {
        int At() => d.Count == 0 ? 0 : rng.Next(d.Count);
        switch (rng.Next(12))
        {
            case 0: // cut short, as an interrupted download
                var cut = At();
                d.RemoveRange(cut, d.Count - cut);
                break;
            case 1: // random bytes flipped
                for (var k = rng.Next(1, 16); k > 0 && d.Count > 0; k--) d[At()] = (byte)rng.Next(256);
                break;
            case 2: // a structural token dropped in
                d.InsertRange(At(), Tokens[rng.Next(Tokens.Length)]);
                break;
            case 3: // a slice lost
                if (d.Count > 1)
                {
                    var s = At();
                    d.RemoveRange(s, Math.Min(rng.Next(1, 400), d.Count - s));
                }
                break;
            case 4: // a slice doubled
                if (d.Count > 1)
                {
                    var s = At();
                    d.InsertRange(At(), d.GetRange(s, Math.Min(rng.Next(1, 400), d.Count - s)));
                }
                break;
            case 5: // deep nesting
                var open = rng.Next(2) == 0 ? "<div>" : rng.Next(2) == 0 ? "[" : "{\"a\":";
                d.InsertRange(At(), Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(open, rng.Next(100, 3000)))));
                break;
            case 6: // one very long line without a break or a full stop
                d.InsertRange(At(), Encoding.ASCII.GetBytes(new string('x', rng.Next(1000, 60000))));
                break;
            case 7: // a byte order mark at the start
                d.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 8: // re-encoded as Latin-1 (or the other way)
                var text = Encoding.UTF8.GetString([.. d]);
                d.Clear();
                d.AddRange(rng.Next(2) == 0 ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text))));
                break;
            case 9: // pure noise in place of the file
                d.Clear();
                var noise = new byte[rng.Next(1, 2000)];
                rng.NextBytes(noise);
                d.AddRange(noise);
                break;
            case 10: // lines shuffled
                var lines = Encoding.Latin1.GetString([.. d]).Split('\n').OrderBy(_ => rng.Next()).ToArray();
                d.Clear();
                d.AddRange(Encoding.Latin1.GetBytes(string.Join('\n', lines)));
                break;
            default: // only blanks left
                d.Clear();
                d.AddRange(Encoding.ASCII.GetBytes(new string(rng.Next(2) == 0 ? '\n' : ' ', rng.Next(1, 50))));
                break;
        }
    }
}
