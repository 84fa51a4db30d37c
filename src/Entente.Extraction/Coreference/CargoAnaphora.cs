using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Coreference;

/// <summary>
/// "Sailors seized Iranian-made missile parts. Officials said the cargo was bound for the rebels": a definite cargo
/// noun names the materiel of the sentence before (or the one before that), origin included, so a later frame knows
/// what was carried and from where, and the origin is a party to the sentence as "Iranian" is in "Iranian drones".
/// One instance per document run.
/// </summary>
internal sealed class CargoAnaphora(WordClasses words)
{
    private List<EntityMention> _materiel = [];
    private int _sentence = -10;

    /// <summary>Adds to <paramref name="into"/> a materiel mention for each thing remembered, over every cargo noun phrase
    /// of the sentence that names no materiel of its own ("the arms shipment" does).</summary>
    public void Resolve(SentenceAnalysis s, List<EntityMention> into)
    {
        if (_materiel.Count == 0 || s.Index - _sentence > 2) return;
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
        {
            if (!words.Is(s.Tokens[i], WordClass.CargoDeterminer) || !words.Is(s.Tokens[i + 1], WordClass.CargoNoun) || s.MentionAt(i + 1) is not null) continue;
            foreach (var m in _materiel)
                into.Add(new EntityMention(i, i + 2, m.Entity, MentionForm.Materiel) { Origin = m.Origin });
            // The origin as "Iranian" names it in "Iranian drones": a party to the sentence, though never its subject.
            foreach (var origin in _materiel.Select(m => m.Origin).OfType<Core.Entities.Entity>().DistinctBy(e => e.Id))
                into.Add(new EntityMention(i, i + 2, origin, MentionForm.Adjective) { Role = MentionRole.Origin });
        }
    }

    /// <summary>Remembers the sentence's materiel, one mention per thing, when it has any.</summary>
    public void Remember(SentenceAnalysis s)
    {
        var found = new List<EntityMention>();
        foreach (var m in s.Mentions)
            if (m.IsMateriel && !found.Exists(f => f.Entity.Id == m.Entity.Id)) found.Add(m);
        if (found.Count == 0) return;
        _materiel = found;
        _sentence = s.Index;
    }
}
