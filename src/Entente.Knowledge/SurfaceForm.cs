using Entente.Core.Entities;

namespace Entente.Knowledge;

/// <summary>How a surface form names its entity; a gazetteer treats each differently.</summary>
public enum FormKind
{
    /// <summary>The entity's own name.</summary>
    Name,

    /// <summary>Another full name or transliteration.</summary>
    Alias,

    /// <summary>An alias written in capitals ("IRGC", "U.S.", "IRGC-QF"): match case-sensitively.</summary>
    Acronym,

    /// <summary>A demonym or combining form ("Iranian", "Russo-") that names the entity inside a phrase.</summary>
    Adjective,

    /// <summary>A place or building that stands for the entity ("the Kremlin", "Tehran").</summary>
    Metonym,
}

/// <summary>One text that names an entity, with the kind of naming it is.</summary>
public sealed record SurfaceForm(string Text, Entity Entity, FormKind Kind)
{
    /// <summary>"IRGC", "U.S.", "IRGC-QF": one word, no lower-case letter, at least two capitals ("S-300" is not one).</summary>
    public static bool LooksLikeAcronym(string text) =>
        !text.Any(char.IsLower) && text.Count(char.IsUpper) >= 2 && !text.Contains(' ');

    public static IReadOnlyList<SurfaceForm> Of(IEnumerable<Entity> entities)
    {
        var forms = new List<SurfaceForm>();
        foreach (var e in entities)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Add(string text, FormKind kind)
            {
                if (text.Length > 0 && seen.Add(text)) forms.Add(new SurfaceForm(text, e, kind));
            }
            Add(e.Name, FormKind.Name);
            foreach (var a in e.Aliases) Add(a, LooksLikeAcronym(a) ? FormKind.Acronym : FormKind.Alias);
            foreach (var m in e.Metonyms) Add(m, FormKind.Metonym);
            foreach (var a in e.Adjectives) Add(a, FormKind.Adjective);
        }
        return forms;
    }
}
