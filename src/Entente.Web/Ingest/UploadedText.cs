using System.Text;

namespace Entente.Web.Ingest;

/// <summary>
/// The type check for uploads: an allowed extension and content that really is text (valid UTF-8, no NUL
/// bytes), so a renamed binary is refused rather than ingested as garbage.
/// </summary>
public static class UploadedText
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".text"];

    public static bool HasAllowedExtension(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    public static (string? Text, string? Error) Decode(byte[] bytes, string fileName)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, $"{fileName}: binary content (NUL bytes) in a text upload");
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return (text.TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"{fileName}: not UTF-8 text (invalid byte at offset {e.Index})");
        }
    }
}
