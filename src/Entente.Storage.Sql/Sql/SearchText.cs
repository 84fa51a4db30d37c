namespace Entente.Storage.Sql;

/// <summary>
/// A search query as the full-text engines can take it. Control characters are no words: a NUL ends FTS5's quoted
/// string early (a syntax error) and PostgreSQL refuses it in any text, so each becomes a space.
/// </summary>
internal static class SearchText
{
    public static string Clean(string query) =>
        query.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0 && !query.Contains('\u007f') ? query
            : string.Create(query.Length, query, (chars, q) =>
            {
                for (var i = 0; i < q.Length; i++) chars[i] = char.IsControl(q[i]) ? ' ' : q[i];
            });
}
