using System.Data.Common;
using System.Globalization;
using System.Text;
using Entente.Core.Claims;
using Entente.Storage.Sql;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Sqlite;

/// <summary>
/// Claims inserted through one prepared statement, bound and stepped by the statement's address (<see cref="SqliteNative"/>)
/// with each text written once as UTF-8 into a buffer of the writer's. Microsoft.Data.Sqlite looked every parameter up by
/// name, inspected its type and made a new byte array of every text on every row: at 300,000 synthetic claims its binding
/// was a tenth of the inserts' time. The values are those Microsoft.Data.Sqlite binds (a date as yyyy-MM-dd text, an int as
/// a 64-bit integer, text as UTF-8 with a lone surrogate as U+FFFD), so the rows are the same. The claim pairs and actor
/// facts of all the writer's claims are summed and written at <see cref="FinishAsync"/>: a bulk load of 5,000 documents
/// updates each pair once, not once per document that names it.
/// </summary>
internal sealed unsafe class SqliteClaimWriter : ClaimWriter
{
    private static readonly string Insert =
        $"INSERT INTO claims ({ClaimRow.ColumnList}) VALUES ({string.Join(", ", ClaimRow.Columns.Select((_, i) => "@p" + i))}) ON CONFLICT (id) DO NOTHING";

    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly string _path;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _dbHandle, _handle;
    private readonly int[] _parameters;
    private readonly ClaimPairCounts _pairs = new();
    private readonly ActorFactCounts _facts = new();
    private byte[] _buffer = new byte[4096];

    public SqliteClaimWriter(DbConnection connection, DbTransaction tx, string path)
    {
        (_connection, _tx, _path) = (connection, tx, path);
        _db = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, Insert, out _statement));
        _parameters = [.. ClaimRow.Columns.Select((_, i) => raw.sqlite3_bind_parameter_index(_statement, "@p" + i))];
        // Both held until disposed, so the addresses stay theirs while the writer uses them.
        var held = false;
        _db.DangerousAddRef(ref held);
        _dbHandle = _db.DangerousGetHandle();
        held = false;
        _statement.DangerousAddRef(ref held);
        _handle = _statement.DangerousGetHandle();
    }

    public override Task<int> InsertAsync(IEnumerable<Claim> claims, CancellationToken ct)
    {
        var added = 0;
        foreach (var claim in claims)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (!Write(ClaimRow.Values(claim))) continue;
            }
            catch (SqliteException e) when (SqliteFailures.IsMissingReference(e))
            {
                throw new StoreException($"claim {claim.Id} names source {claim.SourceId}, which is not stored in {_path}: add the source first. Nothing was written.", e);
            }
            added++;
            _pairs.Add(claim);
            _facts.Add(claim);
        }
        return Task.FromResult(added);
    }

    public override Task FinishAsync(CancellationToken ct)
    {
        _pairs.Write(_connection, _tx);
        _facts.Write(_connection, _tx);
        return Task.CompletedTask;
    }

    /// <summary>Binds one row's values (<see cref="ClaimRow.Columns"/> order) and inserts it; false when its id was stored.</summary>
    private bool Write(object?[] values)
    {
        var size = 0;
        foreach (var value in values) size += value is string s ? Encoding.UTF8.GetMaxByteCount(s.Length) : 16;
        if (_buffer.Length < size) _buffer = new byte[Math.Max(size, _buffer.Length * 2)];
        // The texts stay in the buffer, pinned, until the step has read them (bound as static, not copied by SQLite).
        fixed (byte* start = _buffer)
        {
            var at = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var index = _parameters[i];
                var text = _buffer.AsSpan(at);
                var written = values[i] switch
                {
                    null => Check(SqliteNative.sqlite3_bind_null(_handle, index)),
                    int n => Check(SqliteNative.sqlite3_bind_int64(_handle, index, n)),
                    string s => Encoding.UTF8.GetBytes(s, text),
                    DateOnly d => d.TryFormat(text, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? n : throw new InvalidOperationException("no room for a date"),
                    var other => throw new InvalidOperationException($"no SQLite binding for {other.GetType()}"),
                };
                if (values[i] is not (string or DateOnly)) continue;
                Check(SqliteNative.sqlite3_bind_text(_handle, index, start + at, written, SqliteNative.Static));
                at += written;
            }
            var rc = SqliteNative.sqlite3_step(_handle);
            try
            {
                if (rc != raw.SQLITE_DONE) Check(rc);
                return SqliteNative.sqlite3_changes(_dbHandle) > 0;
            }
            finally
            {
                SqliteNative.sqlite3_reset(_handle);
            }
        }
    }

    /// <summary>Throws the connection's error for a result other than OK; returns 0 otherwise.</summary>
    private int Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
        return 0;
    }

    public override void Dispose()
    {
        _statement.DangerousRelease();
        _statement.Dispose();
        _db.DangerousRelease();
    }
}
