using Entente.Interchange.Importing;
using Entente.Knowledge;

namespace Entente.Interchange.Tests.Importing;

/// <summary>Runs one import format over a file with the shipped knowledge base, without a store.</summary>
public static class Collect
{
    public static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    public static Task<ImportBatch> FileAsync(string format, string path, bool strict = false) =>
        new ImportCollector(Kb).CollectAsync(ImportFormats.Find(format) ?? throw new ArgumentException(format), path, strict, TestContext.Current.CancellationToken);
}
