namespace Entente.Core.Ontology;

/// <summary>How the source holds a claim, strongest first as the ontology orders them.</summary>
public enum Certainty { Asserted, Likely, Reported, Alleged, Possible, Denied, False }

/// <summary>Where a claim sits in time relative to what it describes.</summary>
public enum Phase { Occurred, Ongoing, Agreed, Planned, Requested, Attempted }

public static class CertaintyScales
{
    // One string per value, made once: a listing of a hub's claims names one per row (the enums' values run from 0 up).
    private static readonly string[] CertaintyIds = [.. Enum.GetNames<Certainty>().Select(n => n.ToLowerInvariant())];
    private static readonly string[] PhaseIds = [.. Enum.GetNames<Phase>().Select(n => n.ToLowerInvariant())];

    public static string ToId(this Certainty c) => (uint)c < (uint)CertaintyIds.Length ? CertaintyIds[(int)c] : c.ToString().ToLowerInvariant();
    public static string ToId(this Phase p) => (uint)p < (uint)PhaseIds.Length ? PhaseIds[(int)p] : p.ToString().ToLowerInvariant();

    public static bool TryParseCertainty(string? id, out Certainty c) =>
        Enum.TryParse(id, ignoreCase: true, out c) && Enum.IsDefined(c);

    public static bool TryParsePhase(string? id, out Phase p) =>
        Enum.TryParse(id, ignoreCase: true, out p) && Enum.IsDefined(p);

    /// <summary>STIX 2.1 confidence for each certainty, from the ontology's table.</summary>
    public static int StixConfidence(this Certainty c) => c switch
    {
        Certainty.Asserted => 85,
        Certainty.Likely => 70,
        Certainty.Reported => 55,
        Certainty.Alleged => 45,
        Certainty.Possible => 35,
        Certainty.Denied => 25,
        _ => 10,
    };

    /// <summary>Admiralty information credibility (1 confirmed … 6 cannot be judged) for a single claim.</summary>
    public static int AdmiraltyCredibility(this Certainty c) => c switch
    {
        Certainty.Asserted or Certainty.Likely => 2,
        Certainty.Reported or Certainty.Alleged or Certainty.Possible => 3,
        Certainty.Denied => 4,
        _ => 5,
    };

    /// <summary>The certainty nearest to a STIX confidence value, for import.</summary>
    public static Certainty FromStixConfidence(int confidence) =>
        Enum.GetValues<Certainty>().OrderBy(c => Math.Abs(c.StixConfidence() - confidence)).First();
}
