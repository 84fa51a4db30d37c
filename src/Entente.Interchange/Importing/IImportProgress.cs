namespace Entente.Interchange.Importing;

/// <summary>The passes an import makes over its file: rows checked and counted, then claims compared with the store (a dry run) or stored.</summary>
public enum ImportStage { Checking, Comparing, Storing }

/// <summary>
/// Told how an import moves, for a command that shows progress: a file is read twice (checked, then stored as a
/// stream so memory stays flat), and only the second pass knows how many claims there are.
/// </summary>
public interface IImportProgress
{
    /// <summary>A pass begins; <paramref name="total"/> is its count of claims when known (not while checking).</summary>
    void Stage(ImportStage stage, long? total);

    /// <summary>One more row checked, or claim compared or stored.</summary>
    void Advance();
}
