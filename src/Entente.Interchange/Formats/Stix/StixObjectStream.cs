using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// Streams the objects of a STIX bundle one at a time with <see cref="Utf8JsonReader"/> over a sliding
/// buffer, so memory holds one object (and the buffer) whatever the bundle's size. Each object comes
/// with the line it starts on and its byte span in the file. Bad JSON raises <see cref="JsonException"/>
/// with its line, as the reader reports it.
/// </summary>
public static class StixObjectStream
{
    public static async IAsyncEnumerable<StixObject> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var scan = new Scan(new byte[1 << 16]);
        var first = true;
        while (true)
        {
            var read = await input.ReadAsync(scan.Buffer.AsMemory(scan.Filled), ct);
            scan.Filled += read;
            if (first && scan.Filled >= 3) first = !scan.SkipByteOrderMark();
            var found = scan.Next(isFinal: read == 0);
            foreach (var o in found) yield return o;
            if (read == 0) yield break;
            scan.Shift();
        }
    }

    /// <summary>The reader's progress through the buffer; the buffer grows when one object outgrows it.</summary>
    private sealed class Scan(byte[] buffer)
    {
        private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };
        private JsonReaderState _state = new(Options);
        private int _consumed, _line = 1, _counted;
        private long _base;
        private bool _inObjects;

        public byte[] Buffer { get; private set; } = buffer;
        public int Filled { get; set; }

        public List<StixObject> Next(bool isFinal)
        {
            var found = new List<StixObject>();
            var reader = new Utf8JsonReader(Buffer.AsSpan(0, Filled), isFinal, _state);
            while (true)
            {
                var (before, at) = (reader.CurrentState, reader.BytesConsumed);
                if (!reader.Read()) break;
                if (_inObjects && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        // The object runs past the buffer: read it again once more bytes are in.
                        (_state, _consumed) = (before, (int)at);
                        return found;
                    }
                    var end = (int)reader.BytesConsumed;
                    found.Add(Object(start, end));
                }
                else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1) _inObjects = reader.ValueTextEquals("objects");
                else if (_inObjects && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndArray) _inObjects = false;
            }
            if (isFinal && reader.CurrentDepth > 0) throw new JsonException("the bundle ends early (truncated?)", null, LineAt(Filled) - 1, null);
            (_state, _consumed) = (reader.CurrentState, (int)reader.BytesConsumed);
            return found;
        }

        private StixObject Object(int start, int end)
        {
            using var doc = JsonDocument.Parse(Buffer.AsMemory(start, end - start));
            var raw = Encoding.UTF8.GetString(Buffer, start, end - start);
            return new StixObject(LineAt(start), doc.RootElement.Clone(), raw, (int)(_base + start), (int)(_base + end));
        }

        /// <summary>Counts line breaks forward to a buffer offset; offsets only grow between shifts.</summary>
        private int LineAt(int offset)
        {
            for (; _counted < offset; _counted++) if (Buffer[_counted] == (byte)'\n') _line++;
            return _line;
        }

        /// <summary>
        /// Steps over a UTF-8 byte order mark at the start (Windows tools write one; RFC 8259 lets a parser ignore it, and
        /// the JSON reader would refuse it). Offsets stay those of the file. True once the start has been looked at.
        /// </summary>
        public bool SkipByteOrderMark()
        {
            if (Buffer[0] == 0xEF && Buffer[1] == 0xBB && Buffer[2] == 0xBF) (_consumed, _counted) = (3, 3);
            if (_consumed == 3) Shift();
            return true;
        }

        /// <summary>Drops what the reader has consumed and makes room for more bytes.</summary>
        public void Shift()
        {
            LineAt(_consumed);
            var rest = Filled - _consumed;
            if (_consumed == 0 && rest == Buffer.Length)
            {
                var bigger = new byte[Buffer.Length * 2];
                Array.Copy(Buffer, bigger, rest);
                Buffer = bigger;
            }
            else Array.Copy(Buffer, _consumed, Buffer, 0, rest);
            (_base, Filled, _counted, _consumed) = (_base + _consumed, rest, 0, 0);
        }
    }
}
