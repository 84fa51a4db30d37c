using Entente.Cli.Framework;
using Entente.Interchange.Importing;

namespace Entente.Cli.Commands;

/// <summary>Shows an import's passes over one file on the command's progress meter: rows checked, then claims stored.</summary>
internal sealed class ImportProgress(ProgressMeter meter, string file) : IImportProgress
{
    public void Stage(ImportStage stage, long? total)
    {
        var name = Path.GetFileName(file);
        switch (stage)
        {
            case ImportStage.Checking: meter.Stage($"entente import: checking {name}", "rows", total); break;
            case ImportStage.Comparing: meter.Stage($"entente import: comparing {name} with the store", "claims", total); break;
            default: meter.Stage($"entente import: storing {name}", "claims", total); break;
        }
    }

    public void Advance() => meter.Advance();
}
