using Entente.Core.Claims;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Importing;

/// <summary>
/// Imported claims keep their ids from one import to the next (so verdicts on them hold), and the ids come from
/// the file and what each row says: the importer's name is not part of them, as for extracted claims.
/// </summary>
public sealed class DatasetClaimIdsTests
{
    [Theory]
    [InlineData("sipri", "data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv")]
    [InlineData("gdelt", "data/gdelt/20191024143000.export.CSV")]
    [InlineData("stix", "data/stix21/oasis-examples/apt1.json")]
    [InlineData("ftm", "data/ftm/opensanctions-yente-fixtures/zala.entities.ftm.json")]
    public async Task A_data_set_imported_twice_gives_the_same_claim_ids_whatever_the_importer_is_called(string format, string file)
    {
        var path = SharedData.Require(file);

        var first = await Collect.FileAsync(format, path);
        var second = await Collect.FileAsync(format, path);

        Assert.NotEmpty(first.Claims);
        Assert.Equal(first.Claims.Select(c => c.Id), second.Claims.Select(c => c.Id));
        Assert.All(first.Claims, c => Assert.Equal(c.Id, ClaimIds.For(c with { Producer = Producer.Importer("renamed-" + format) })));
    }
}
