namespace Entente.Storage.Sql;

/// <summary>One numbered schema change; versions start at 1 and never change once released.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
