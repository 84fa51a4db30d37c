namespace Entente.Training;

internal static class TrainingPlaceholder;
