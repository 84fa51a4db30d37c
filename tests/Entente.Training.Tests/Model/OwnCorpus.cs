using Entente.Evaluation;
using Entente.Knowledge;
using Entente.TestSupport;
using Entente.Training.Model;

namespace Entente.Training.Tests.Model;

/// <summary>
/// A small training corpus from the repository's own annotated documents (corpus/, written for Entente, so it is
/// there in every clone): the first documents by name, copied into a temporary gold folder with the alias table.
/// </summary>
public sealed class OwnCorpus : IDisposable
{
    private readonly TempDir _dir = new();

    public OwnCorpus(int documents)
    {
        var source = Path.Combine(SharedData.RepoRoot, "corpus");
        foreach (var gold in Directory.GetFiles(source, "*.gold.json").Order(StringComparer.Ordinal).Take(documents))
        {
            var name = Path.GetFileName(gold)[..^".gold.json".Length];
            File.Copy(gold, _dir.File(name + ".gold.json"));
            File.Copy(Path.Combine(source, name + ".txt"), _dir.File(name + ".txt"));
        }
        File.Copy(Path.Combine(source, AliasFiles.FileName), _dir.File(AliasFiles.FileName));
    }

    public string Folder => _dir.Path;

    public TrainingCorpus Read(KnowledgeBase kb) =>
        TrainingCorpus.Read([(GoldCorpus.Load(Folder), AliasTable.Load([_dir.File(AliasFiles.FileName)]))], kb);

    public void Dispose() => _dir.Dispose();
}
