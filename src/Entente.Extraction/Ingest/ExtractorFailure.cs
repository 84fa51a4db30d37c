namespace Entente.Extraction.Ingest;

/// <summary>The message for an extractor that crashed on a document: which file, what went wrong, and where in the code.</summary>
public static class ExtractorFailure
{
    public static string Describe(string path, Exception e)
    {
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal)) ?? "";
        return $"{path}: extraction failed with {e.GetType().Name}: {e.Message} ({frame}); this is a bug in Entente, please report it with the file";
    }
}
