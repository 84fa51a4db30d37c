using Entente.Extraction.Documents;

namespace Entente.Extraction.Pipeline;

/// <summary>
/// The time one document may take to extract. Past it the document fails, named with the reason, and the run goes on
/// with the next: one pathological file must not hold up or sink a batch. (The size budget is the reader's
/// <see cref="Readers.DocumentReaderOptions.MaxBytes"/>, checked before anything is read.)
/// </summary>
public static class ExtractionBudget
{
    /// <summary>Generous: the largest sample takes well under a second, a 10 MB text about a minute on one core.</summary>
    public static readonly TimeSpan DefaultTime = TimeSpan.FromMinutes(2);

    /// <summary>Extracts <paramref name="document"/>, or throws <see cref="ExtractionBudgetExceeded"/> when it takes longer than <paramref name="budget"/>.</summary>
    public static ExtractionResult Extract(IClaimExtractor extractor, Document document, TimeSpan budget, CancellationToken ct = default)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (budget <= TimeSpan.Zero) timer.Cancel();
        else timer.CancelAfter(budget);
        try
        {
            return extractor.ExtractUntil(document, timer.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ExtractionBudgetExceeded(document.Origin, budget);
        }
    }

    public static string Describe(TimeSpan t) =>
        t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.#} s" : $"{t.TotalMilliseconds:0} ms";
}

/// <summary>A document whose extraction ran past its time budget; nothing of it is kept.</summary>
public sealed class ExtractionBudgetExceeded(string path, TimeSpan budget)
    : Exception($"{path}: extraction took longer than its {ExtractionBudget.Describe(budget)} budget; nothing from it was stored (raise the budget with --doc-timeout)")
{
    public string Path { get; } = path;
}
