using System.Text;
using Entente.Interchange.Formats.Stix;
using Entente.Interchange.Importing;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

/// <summary>Readers that hold one object at a time must still see objects that span or outgrow their buffer.</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task An_object_larger_than_the_read_buffer_is_read_whole_with_its_line_and_offsets()
    {
        var big = new string('x', 300_000);
        var json = "{\n\"type\": \"bundle\",\n\"objects\": [\n{\"type\": \"note\", \"id\": \"note--1\"},\n" +
                   $"{{\"type\": \"identity\", \"id\": \"identity--2\", \"description\": \"{big}\"}},\n{{\"type\": \"note\", \"id\": \"note--3\"}}\n]\n}}";
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var objects = new List<StixObject>();
        await foreach (var o in StixObjectStream.ReadAsync(input, TestContext.Current.CancellationToken)) objects.Add(o);

        Assert.Equal(["note--1", "identity--2", "note--3"], objects.Select(o => o.Id));
        Assert.Equal([4, 5, 6], objects.Select(o => o.Line));
        Assert.Equal(big, objects[1].Str("description"));
        Assert.Equal(objects[1].Raw, json[objects[1].Start..objects[1].End]);
    }

    [Theory]
    [InlineData("stix", "data/stix21/mitre-attack/ics-attack.json")]
    [InlineData("ftm", "data/ftm/opensanctions-yente-fixtures/zala.entities.ftm.json")]
    public async Task A_file_read_through_a_stream_that_cannot_seek_gives_the_same_items_as_the_file(string format, string file)
    {
        var path = SharedData.Require(file);
        var importer = ImportFormats.Find(format)!.Importer;
        var ctx = new ImportContext(Path.GetFileName(path), format);
        var ct = TestContext.Current.CancellationToken;

        await using var seekable = File.OpenRead(path);
        await using var forwardOnly = new ForwardOnly(File.OpenRead(path));
        var fromFile = await importer.ReadAsync(seekable, ctx, ct).Select(i => i.ToString()).ToListAsync(ct);
        var fromPipe = await importer.ReadAsync(forwardOnly, ctx, ct).Select(i => i.ToString()).ToListAsync(ct);

        Assert.True(fromFile.Count > 50);
        Assert.Equal(fromFile, fromPipe);
    }

    /// <summary>A stream that reads forward only, as a pipe or a network stream does.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => inner.ReadAsync(buffer, ct);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
