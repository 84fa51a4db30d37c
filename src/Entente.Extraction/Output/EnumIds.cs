using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Extraction.Output;

/// <summary>
/// The ontology ids of entity kinds, certainties and phases, computed once from the Core functions that define
/// them: those build a new string (or search a table) on every call, and the writer asks for several per claim.
/// </summary>
internal static class EnumIds
{
    private static readonly string[] Kinds = Table<EntityKind>(k => k.ToId());
    private static readonly string[] Certainties = Table<Certainty>(c => c.ToId());
    private static readonly string[] Phases = Table<Phase>(p => p.ToId());

    public static string Of(EntityKind kind) => Lookup(Kinds, (int)kind, kind, k => k.ToId());
    public static string Of(Certainty certainty) => Lookup(Certainties, (int)certainty, certainty, c => c.ToId());
    public static string Of(Phase phase) => Lookup(Phases, (int)phase, phase, p => p.ToId());

    private static string[] Table<T>(Func<T, string> id) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var table = new string[values.Max(v => Convert.ToInt32(v, null)) + 1];
        foreach (var v in values) table[Convert.ToInt32(v, null)] = id(v);
        return table;
    }

    /// <summary>A value outside the table (a cast integer) falls back to the Core function, which decides what it is.</summary>
    private static string Lookup<T>(string[] table, int index, T value, Func<T, string> id) =>
        (uint)index < (uint)table.Length && table[index] is { } known ? known : id(value);
}
