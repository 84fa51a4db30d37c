namespace Entente.Extraction.Relations.Frames;

/// <summary>Finds the arguments of one kind of trigger and emits its claims.</summary>
public interface ITriggerFrame
{
    /// <summary>The frame name used in lexicons/triggers.tsv.</summary>
    IReadOnlyList<string> Names { get; }

    void Apply(TriggerMention trigger, FrameContext context);
}
