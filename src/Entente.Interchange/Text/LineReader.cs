using System.Runtime.CompilerServices;
using System.Text;

namespace Entente.Interchange.Text;

/// <summary>
/// Streams the lines of a file with their numbers and character offsets (LF, CRLF and CR all end a line).
/// Decoding is strict for UTF-8: a byte that is not UTF-8 raises <see cref="EncodingProblem"/> naming the line.
/// (Bad bytes decode to U+FFFD and the line holding one is refused, so the lines before it still count.)
/// </summary>
public static class LineReader
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    public static readonly Encoding Latin1 = Encoding.Latin1;

    public static async IAsyncEnumerable<TextLine> ReadAsync(Stream input, Encoding encoding, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var reader = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 16];
        var line = new StringBuilder();
        int number = 1, offset = 0, lineStart = 0;
        var pendingCr = false;
        while (true)
        {
            int read;
            try
            {
                read = await reader.ReadAsync(buffer.AsMemory(), ct);
            }
            catch (DecoderFallbackException)
            {
                throw new EncodingProblem(number, $"bytes that are not {encoding.WebName} (save the file as {encoding.WebName})");
            }
            if (read == 0) break;
            for (var i = 0; i < read; i++, offset++)
            {
                var ch = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (ch == '\n')
                    {
                        lineStart = offset + 1;
                        continue;
                    }
                }
                if (ch is '\n' or '\r')
                {
                    Check(line, number, encoding);
                    yield return new TextLine(number++, lineStart, line.ToString());
                    line.Clear();
                    lineStart = offset + 1;
                    pendingCr = ch == '\r';
                    continue;
                }
                if (number == 1 && offset == 0 && ch == '\uFEFF')
                {
                    lineStart = 1;
                    continue;
                }
                line.Append(ch);
            }
        }
        if (line.Length > 0)
        {
            Check(line, number, encoding);
            yield return new TextLine(number, lineStart, line.ToString());
        }
    }

    private static void Check(StringBuilder line, int number, Encoding encoding)
    {
        if (encoding.CodePage != 65001) return;
        for (var i = 0; i < line.Length; i++)
            if (line[i] == '\uFFFD') throw new EncodingProblem(number, "bytes that are not utf-8 (save the file as UTF-8)");
    }
}
