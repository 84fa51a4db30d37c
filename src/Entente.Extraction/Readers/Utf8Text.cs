using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Entente.Extraction.Readers;

/// <summary>
/// Decodes the bytes of a text format as strict UTF-8. Binary content and invalid bytes are refused
/// with the byte offset and line, rather than guessed at: a wrong guess would put wrong text in evidence.
/// </summary>
public static class Utf8Text
{
    public static string Decode(byte[] bytes, string path)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new DocumentReadException(path, $"looks like a binary file, not text (NUL byte at offset {nul})", LineOf(bytes, nul));
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var source = bytes.AsSpan(start);
        // Valid text (nearly always) is decoded straight into its string; only invalid text needs the slower pass that finds the bad byte.
        if (Utf8.IsValid(source)) return Encoding.UTF8.GetString(source);
        var chars = new char[source.Length];
        var status = Utf8.ToUtf16(source, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = start + read;
            throw new DocumentReadException(path,
                $"is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save it as UTF-8 and try again", LineOf(bytes, offset));
        }
        return new string(chars, 0, written);
    }

    private static int LineOf(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
}
