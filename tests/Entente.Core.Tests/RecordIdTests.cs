using Entente.Core.Hashing;
using Entente.Core.Sources;

namespace Entente.Core.Tests;

/// <summary>Analysts' records name themselves by what they say: the ids stored so far must not change.</summary>
public sealed class RecordIdTests
{
    [Fact]
    public void A_record_id_is_the_prefix_and_the_hash_of_its_fields_joined_by_the_unit_separator()
    {
        var at = new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.FromHours(1));
        Assert.Equal("v-" + ContentHash.Of("c-1\u001fReject\u001falice\u001f2026-12-04T10:30:00.0000000+01:00")[..24],
            ContentHash.RecordId("v-", "c-1", "Reject", "alice", ContentHash.Moment(at)));
        // A missing field (no reason) hashes as empty, as the interpolated form did.
        Assert.Equal(ContentHash.RecordId("r-", "a", null), ContentHash.RecordId("r-", "a", ""));
    }

    [Fact]
    public void A_rating_keeps_the_id_it_had_before_the_shared_helper()
    {
        var at = new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero);
        var rating = SourceRating.Create(RatingScope.Source, "src-1", Reliability.B, "alice", at, "wire");
        Assert.Equal("r-" + ContentHash.Of($"Source\u001fsrc-1\u001fB\u001falice\u001f{at:O}\u001fwire")[..24], rating.Id);
    }
}
