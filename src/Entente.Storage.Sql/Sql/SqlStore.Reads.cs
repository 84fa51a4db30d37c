using System.Data.Common;
using System.Runtime.CompilerServices;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Serialization;
using Entente.Core.Sources;

namespace Entente.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>
    /// The rows of a query, read as text on a connection of their own (<see cref="TextRows"/>); a provider that can read
    /// its values without a string each overrides this.
    /// </summary>
    private protected virtual async Task<TextRows> QueryTextAsync(string sql, IEnumerable<KeyValuePair<string, object>> parameters, CancellationToken ct) =>
        await ReaderTextRows.OpenAsync(await OpenConnectionAsync(ct), sql, parameters, ct);

    /// <summary>Named text parameters as a query takes them.</summary>
    private static IEnumerable<KeyValuePair<string, object>> Bound(IReadOnlyList<(string Name, string Value)> parameters) =>
        parameters.Select(p => new KeyValuePair<string, object>(p.Name, p.Value));

    /// <summary>LIMIT/OFFSET words for a query (the dialects differ when there is an offset but no limit).</summary>
    protected abstract string Paging(int? limit, int offset);

    /// <summary>SQL that renders a date column as yyyy-MM-dd text (SQLite stores dates as that text already).</summary>
    protected virtual string DateAsText(string column) => column;

    /// <summary>SQL that reads the year of a date column as an integer.</summary>
    protected virtual string Year(string column) => ActorFactSql.TextYear(column);

    /// <summary>
    /// Whether an unpaged claim query should be read unordered and sorted here: SQLite sorts whole rows, JSON
    /// and all, through temporary files, where sorting (time, id) keys in memory costs a fraction. Only for a
    /// provider whose text order is the ordinal one (SQLite's BINARY collation), so the order is the same.
    /// </summary>
    protected virtual bool SortsClaimsInMemory => false;

    public async IAsyncEnumerable<Claim> QueryClaimsAsync(ClaimQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var filter = ClaimFilter.For(query);
        if (SortsClaimsInMemory && query.Limit is null && query.Offset == 0)
        {
            foreach (var claim in await ReadSortedInMemoryAsync(filter, ct)) yield return claim;
            yield break;
        }
        await using var c = await OpenConnectionAsync(ct);
        await using var cmd = c.Command($"SELECT c.id, c.json FROM claims c{filter.Where} ORDER BY c.time_from ASC NULLS LAST, c.id ASC {Paging(query.Limit, query.Offset)}")
            .With(filter.Parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            if (TryReadClaim(r.GetString(0), r.GetString(1), out var claim)) yield return claim;
    }

    public async IAsyncEnumerable<ClaimOutline> QueryClaimOutlinesAsync(ClaimQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var filter = ClaimFilter.For(query);
        var paging = query.Limit is null && query.Offset == 0 ? "" : " ORDER BY c.id " + Paging(query.Limit, query.Offset);
        await using var r = await QueryTextAsync($"SELECT {OutlineRow.Select(DateAsText)} FROM claims c{filter.Where}{paging}", filter.Parameters, ct);
        var read = new OutlineRow();
        while (await r.ReadAsync(ct))
            if (TryDecode(r.Text(0), read.Parse, null, null, out var outline)) yield return outline;
    }

    /// <summary>The claims table's <see cref="ClaimLineRow"/> expression in this provider's SQL (SQLite indexes it; see migration 11).</summary>
    protected abstract string ClaimLine { get; }

    public IAsyncEnumerable<Claim> QueryClaimLinesAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default) =>
        LinesTouchingAsync(actors, new ClaimLineRow().Parse, ct);

    public IAsyncEnumerable<ClaimOutline> QueryClaimLineOutlinesAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default) =>
        LinesTouchingAsync(actors, new ClaimLineRow().ParseOutline, ct);

    public IAsyncEnumerable<ClaimListing> QueryClaimListingsAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default) =>
        LinesTouchingAsync(actors, new ClaimLineRow().ParseListing, ct);

    private async IAsyncEnumerable<T> LinesTouchingAsync<T>(IReadOnlyCollection<string> actors, RowParser<T> parse, [EnumeratorCancellation] CancellationToken ct)
    {
        if (actors.Count == 0) yield break;
        var names = actors.Distinct(StringComparer.Ordinal).Select((a, i) => ($"@a{i}", a)).ToList();
        var list = string.Join(", ", names.Select(n => n.Item1));
        // Subject side, then object side: each one range of its index. A claim with members on both sides is on both; the
        // object side passes over those whose subject is a member, read from the line itself (the index holds no other column).
        await foreach (var item in ReadLinesAsync($"subject_id IN ({list})", names, parse, null, null, ct)) yield return item;
        var members = actors.ToHashSet(StringComparer.Ordinal);
        await foreach (var item in ReadLinesAsync($"object_id IN ({list})", names, parse, members, null, ct)) yield return item;
    }

    /// <summary>The listing lines of the claims a WHERE clause over the claims table keeps.</summary>
    protected virtual string ListingQuery(string where) => $"SELECT {ClaimLine} FROM claims WHERE {where}";

    /// <summary>
    /// Whether the provider keeps the listing lines in indexes (SQLite, migration 11). Then a relation filter is applied to
    /// the lines as read, since asking the table for the relation would cost a table page per claim; else it goes to the query.
    /// </summary>
    protected virtual bool IndexesClaimLines => false;

    public IAsyncEnumerable<Claim> QueryClaimLinesAsync(IReadOnlyCollection<string> subjects, IReadOnlyCollection<string> objects, IReadOnlyCollection<string>? relations,
        CancellationToken ct = default)
    {
        if (subjects.Count == 0 || objects.Count == 0 || relations is { Count: 0 }) return AsyncEnumerable.Empty<Claim>();
        var s = subjects.Distinct(StringComparer.Ordinal).Select((a, i) => ($"@s{i}", a)).ToList();
        var o = objects.Distinct(StringComparer.Ordinal).Select((a, i) => ($"@o{i}", a)).ToList();
        var where = $"subject_id IN ({string.Join(", ", s.Select(n => n.Item1))}) AND object_id IN ({string.Join(", ", o.Select(n => n.Item1))})";
        List<(string Name, string Value)> parameters = [.. s, .. o];
        HashSet<string>? kept = null;
        if (relations is not null && IndexesClaimLines) kept = relations.ToHashSet(StringComparer.Ordinal);
        else if (relations is not null)
        {
            var r = relations.Distinct(StringComparer.Ordinal).Select((a, i) => ($"@r{i}", a)).ToList();
            where += $" AND relation IN ({string.Join(", ", r.Select(n => n.Item1))})";
            parameters.AddRange(r);
        }
        return ReadLinesAsync(where, parameters, new ClaimLineRow().Parse, null, kept, ct);
    }

    /// <param name="relations">When given, only lines of these relations are parsed and returned.</param>
    /// <param name="otherSubjects">When given, lines whose subject is one of these are passed over.</param>
    private async IAsyncEnumerable<T> ReadLinesAsync<T>(string where, IReadOnlyList<(string Name, string Value)> parameters, RowParser<T> parse, HashSet<string>? otherSubjects,
        HashSet<string>? relations, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var r = await QueryTextAsync(ListingQuery(where), Bound(parameters), ct);
        while (await r.ReadAsync(ct))
            if (TryDecode(r.Text(0), parse, otherSubjects, relations, out var item)) yield return item;
    }

    /// <summary>
    /// The item of one joined row (<see cref="JoinedRow"/>), or false for a row passed over: one whose subject is of
    /// <paramref name="otherSubjects"/> or whose relation is not of <paramref name="relations"/> (listing lines), or one that
    /// does not decode (named as unreadable). The row's text lives only until the next row is read, so it is decoded here,
    /// not across a yield.
    /// </summary>
    private bool TryDecode<T>(ReadOnlySpan<char> row, RowParser<T> parse, HashSet<string>? otherSubjects, HashSet<string>? relations, out T item)
    {
        item = default!;
        // A damaged row may lack the field to test; it is parsed, so it is named as skipped as it would be unfiltered.
        if (otherSubjects is not null && ClaimLineRow.TryField(row, ClaimLineRow.SubjectField, out var subject)
            && otherSubjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(subject)) return false;
        if (relations is not null && ClaimLineRow.TryField(row, ClaimLineRow.RelationField, out var relation)
            && !relations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(relation)) return false;
        return _decoder.TryDecode("claims", JoinedRow.IdOf(row).ToString(), row, parse, out item);
    }

    private async Task<List<Claim>> ReadSortedInMemoryAsync(ClaimFilter filter, CancellationToken ct)
    {
        var rows = new List<(string? From, string Id, Claim Claim)>();
        await using (var c = await OpenConnectionAsync(ct))
        await using (var cmd = c.Command($"SELECT c.time_from, c.id, c.json FROM claims c{filter.Where}").With(filter.Parameters))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                if (TryReadClaim(r.GetString(1), r.GetString(2), out var claim)) rows.Add((r.IsDBNull(0) ? null : r.GetString(0), r.GetString(1), claim));
        // The same order as ORDER BY time_from ASC NULLS LAST, id ASC.
        rows.Sort((x, y) => x.From is null != y.From is null ? (x.From is null ? 1 : -1)
            : string.CompareOrdinal(x.From, y.From) is var byTime and not 0 ? byTime : string.CompareOrdinal(x.Id, y.Id));
        return rows.ConvertAll(x => x.Claim);
    }

    /// <summary>SQL that joins a text expression's values over a group with a separator (group_concat, string_agg).</summary>
    protected abstract string GroupConcat(string expression, string separator);

    public async IAsyncEnumerable<ClaimPair> QueryClaimPairsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var r = await QueryTextAsync(PairRows.Select(GroupConcat), [], ct);
        var rows = new PairRows();
        while (await r.ReadAsync(ct))
            foreach (var pair in rows.Parse(r.Text(0), r.Text(1))) yield return pair;
    }

    public async IAsyncEnumerable<ActorFact> QueryActorFactsAsync(IReadOnlyCollection<string> actors, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (actors.Count == 0) yield break;
        var names = actors.Distinct(StringComparer.Ordinal).Select((a, i) => ($"@a{i}", a)).ToList();
        await foreach (var f in ReadActorFactsAsync(ActorFactSql.Select(string.Join(", ", names.Select(n => n.Item1))), names, ct)) yield return f;
    }

    public async IAsyncEnumerable<ActorFact> QueryActorFactsOfKindsAsync(IReadOnlyCollection<ActorFactKind> kinds, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (kinds.Count == 0) yield break;
        // The kinds are the enum's integers, written into the statement: no text of a caller's reaches it.
        var sql = ActorFactSql.SelectKinds(string.Join(", ", kinds.Distinct().Select(k => ((int)k).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        await foreach (var f in ReadActorFactsAsync(sql, [], ct)) yield return f;
    }

    /// <summary>The actor facts a statement over <see cref="ActorFactSql"/>'s columns selects, names shared across rows.</summary>
    private async IAsyncEnumerable<ActorFact> ReadActorFactsAsync(string sql, IReadOnlyList<(string Name, string Value)> parameters, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var r = await QueryTextAsync(sql, Bound(parameters), ct);
        var shared = new SharedNames();
        while (await r.ReadAsync(ct))
            yield return new ActorFact(shared.Of(r.Text(0)), (ActorFactKind)r.Int32(1), shared.Of(r.Text(2)), r.Int32(3), r.Int32(4), r.Int32(5));
    }

    public async IAsyncEnumerable<RelationSourceCount> QueryRelationSourcesAsync(ClaimQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var rows = new RelationSourceRows();
        if (query.Actors.Count == 0 || query.Subjects.Count > 0 || query.Objects.Count > 0)
        {
            var filter = ClaimFilter.For(query);
            await foreach (var row in ReadRelationSourcesAsync(RelationSourceRows.Select(filter.Where), filter.Parameters, rows, ct)) yield return row;
            yield break;
        }
        // The actors' claims as subject, then those as object only: each side is grouped in the order of its index, where
        // both at once ("subject or object") would be sorted whole first. A group names its subject, so it lies on one side.
        var subjects = ClaimFilter.For(query with { Actors = [], Subjects = query.Actors });
        await foreach (var row in ReadRelationSourcesAsync(RelationSourceRows.Select(subjects.Where), subjects.Parameters, rows, ct)) yield return row;
        var objects = ClaimFilter.For(query with { Actors = [], Objects = query.Actors }).NotIn("c.subject_id", "ns", query.Actors);
        await foreach (var row in ReadRelationSourcesAsync(RelationSourceRows.Select(objects.Where, RelationSourceRows.ByObject), objects.Parameters, rows, ct))
            yield return row;
    }

    private async IAsyncEnumerable<RelationSourceCount> ReadRelationSourcesAsync(string sql, IReadOnlyList<KeyValuePair<string, object>> parameters, RelationSourceRows rows,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var r = await QueryTextAsync(sql, parameters, ct);
        while (await r.ReadAsync(ct)) yield return rows.Parse(r.Text(0));
    }

    public async Task<long> CountClaimsAsync(ClaimQuery query, CancellationToken ct = default)
    {
        var filter = ClaimFilter.For(query);
        await using var c = await OpenConnectionAsync(ct);
        return Convert.ToInt64(await c.Command($"SELECT COUNT(*) FROM claims c{filter.Where}").With(filter.Parameters).ExecuteScalarAsync(ct));
    }

    public async Task<Claim?> GetClaimAsync(string id, CancellationToken ct = default) =>
        (await ListRowsAsync("claims", "SELECT id, json FROM claims WHERE id = @id", r => ClaimRow.Read(r.GetString(1)), ct, ("@id", id))).FirstOrDefault();

    public async Task<long> GetVersionAsync(CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        return Convert.ToInt64(await c.Command("SELECT version FROM store_version").ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<Source?> GetSourceAsync(string id, CancellationToken ct = default) =>
        (await ListRowsAsync("sources", SourceRow.Select(includeText: true) + " WHERE id = @id", SourceRow.Read, ct, ("@id", id))).FirstOrDefault() is { } source
            ? (await RatingsAsync(ct)).Apply(source)
            : null;

    public async Task<IReadOnlyList<Source>> ListSourcesAsync(bool includeText = false, CancellationToken ct = default)
    {
        var ratings = await RatingsAsync(ct);
        return (await ListRowsAsync("sources", SourceRow.Select(includeText) + " ORDER BY seq DESC", SourceRow.Read, ct)).Select(ratings.Apply).ToList();
    }

    public Task<IReadOnlyList<SourceRating>> ListRatingsAsync(CancellationToken ct = default) =>
        ListRowsAsync("ratings", RatingRow.Select, RatingRow.Read, ct);

    /// <summary>Ratings are applied on every read of a source, so a new one changes every answer at once.</summary>
    private async Task<SourceRatings> RatingsAsync(CancellationToken ct) => new(await ListRatingsAsync(ct));

    public async Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) =>
        (await ListRowsAsync("entities", "SELECT id, json FROM entities WHERE id = @id", ReadJson<Entity>, ct, ("@id", id))).FirstOrDefault();

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(CancellationToken ct = default) =>
        ListRowsAsync("entities", "SELECT id, json FROM entities ORDER BY id", ReadJson<Entity>, ct);

    public Task<IReadOnlyList<Verdict>> ListVerdictsAsync(string? claimId = null, CancellationToken ct = default) =>
        claimId is null
            ? ListRowsAsync("verdicts", "SELECT id, json FROM verdicts ORDER BY at, id", ReadJson<Verdict>, ct)
            : ListRowsAsync("verdicts", "SELECT id, json FROM verdicts WHERE claim_id = @claim ORDER BY at, id", ReadJson<Verdict>, ct, ("@claim", claimId));

    protected async Task<IReadOnlyList<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var c = await OpenConnectionAsync(ct);
        await using var cmd = c.Command(sql);
        foreach (var (name, value) in parameters) cmd.With(name, value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await r.ReadAsync(ct)) list.Add(read(r));
        return list;
    }

    /// <summary>
    /// Like <see cref="ListAsync{T}"/> for rows of a stored record whose id is the first column: a row that does not
    /// decode is skipped and reported (or refused) by the store's <see cref="RowDecoder"/>.
    /// </summary>
    private async Task<IReadOnlyList<T>> ListRowsAsync<T>(string table, string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var c = await OpenConnectionAsync(ct);
        await using var cmd = c.Command(sql);
        foreach (var (name, value) in parameters) cmd.With(name, value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await r.ReadAsync(ct))
            if (_decoder.TryDecode(table, r.GetString(0), () => read(r), out var item)) list.Add(item);
        return list;
    }

    private bool TryReadClaim(string id, string json, out Claim claim) => _decoder.TryDecode("claims", id, () => ClaimRow.Read(json), out claim);

    /// <summary>The record in the json column, the second of a row that starts with the id.</summary>
    private static T ReadJson<T>(DbDataReader r) =>
        EntenteJson.Deserialize<T>(r.GetString(1)) ?? throw new StoreException($"a stored {typeof(T).Name} has empty JSON; the database is damaged");
}
