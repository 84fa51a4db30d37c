namespace Entente.Extraction.Normalization;

/// <summary>A normalized text and the map from its offsets back to the text it was made from.</summary>
public sealed record NormalizedText(string Text, OffsetMap Map);
