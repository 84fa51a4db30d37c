namespace Entente.Storage;

/// <summary>A storage failure the user can act on: the message names the database and what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
