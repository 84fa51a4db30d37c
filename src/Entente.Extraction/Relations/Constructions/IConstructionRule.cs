namespace Entente.Extraction.Relations.Constructions;

/// <summary>A rule that reads a construction without a trigger verb: appositions, compounds, "via X", "despite X pressure".</summary>
public interface IConstructionRule
{
    void Apply(FrameContext context);
}
