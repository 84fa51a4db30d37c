using System.Data.Common;
using Entente.Core.Serialization;
using Entente.Core.Sources;

namespace Entente.Storage.Sql;

/// <summary>How a source is laid out in the sources table, written and read column by column.</summary>
internal static class SourceRow
{
    private const string Metadata = "id, content_hash, title, author, publisher, url, published, retrieved, reliability, kind, origin";

    public static string Select(bool includeText) => $"SELECT {Metadata}, {(includeText ? "text, mentions, original_text" : "'', NULL, NULL")} FROM sources";

    /// <summary>Inserts the source unless its id or content hash is stored; returns whether it was new.</summary>
    public static async Task<bool> InsertAsync(DbConnection c, DbTransaction tx, Source s, string mentionsParameter, CancellationToken ct) =>
        await c.Command($"INSERT INTO sources ({Metadata}, text, mentions, original_text) VALUES (@id, @hash, @title, @author, @publisher, @url, @published, @retrieved, @reliability, @kind, @origin, @text, {mentionsParameter}, @original) ON CONFLICT DO NOTHING", tx)
            .With("@id", s.Id).With("@hash", s.ContentHash).With("@title", s.Title).With("@author", s.Author)
            .With("@publisher", s.Publisher).With("@url", s.Url).With("@published", s.Published).With("@retrieved", s.Retrieved)
            .With("@reliability", Ids.Of(s.Reliability)).With("@kind", Ids.Of(s.Kind)).With("@origin", s.Origin).With("@text", s.Text)
            .With("@mentions", s.Mentions is null ? null : EntenteJson.Serialize(s.Mentions)).With("@original", s.OriginalText)
            .ExecuteNonQueryAsync(ct) == 1;

    public static Source Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        ContentHash = r.GetString(1),
        Title = r.GetString(2),
        Author = r.NullableString(3),
        Publisher = r.NullableString(4),
        Url = r.NullableString(5),
        Published = r.NullableDate(6),
        Retrieved = r.NullableDate(7),
        Reliability = Ids.Parse<Reliability>(r.GetString(8)),
        Kind = Ids.Parse<SourceKind>(r.GetString(9)),
        Origin = r.NullableString(10),
        Text = r.GetString(11),
        Mentions = r.NullableString(12) is { } mentions ? EntenteJson.Deserialize<List<SourceMention>>(mentions) : null,
        OriginalText = r.NullableString(13),
    };

    /// <summary>Sets the mentions of a stored source that has none (one `sources add` stored before extraction ran).</summary>
    public static Task<int> FillMentionsAsync(DbConnection c, DbTransaction tx, Source s, string mentionsParameter, CancellationToken ct) =>
        s.Mentions is null
            ? Task.FromResult(0)
            : c.Command($"UPDATE sources SET mentions = {mentionsParameter} WHERE id = @id AND mentions IS NULL", tx)
                .With("@id", s.Id).With("@mentions", EntenteJson.Serialize(s.Mentions)).ExecuteNonQueryAsync(ct);
}
