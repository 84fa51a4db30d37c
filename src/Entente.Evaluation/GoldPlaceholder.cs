namespace Entente.Evaluation;

internal static class GoldPlaceholder;
