using Entente.Core.Ontology;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class ClaimCsvImporterTests
{
    [Fact]
    public async Task Hand_made_claims_resolve_names_and_keep_certainty_phase_time_materiel_and_evidence()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("mine.csv"), """
            subject,relation,object,certainty,phase,from,to,materiel,place,evidence,source_title
            Iran,arms-transfer,Russia,likely,occurred,2022-08,2023,Shahed-136;Shahed-131,,"Iran sent ""Shahed"" drones, officials said",Notes
            Hezbollah,training,Some New Militia,alleged,,2019,,,,,
            """, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("csv", dir.File("mine.csv"));

        Assert.Empty(batch.Errors);
        var drones = batch.Claims[0];
        Assert.Equal(("irn", "arms-transfer", "rus", Certainty.Likely), (drones.Subject.Id, drones.Relation, drones.Object!.Id, drones.Certainty));
        Assert.Equal((new DateOnly(2022, 8, 1), new DateOnly(2023, 12, 31)), (drones.Time!.From, drones.Time.To));
        Assert.Equal(["shahed-136", "shahed-131"], drones.Materiel.Select(m => m.Id));
        Assert.Equal("Iran sent \"Shahed\" drones, officials said", drones.Evidence.Text);
        Assert.Equal("hezbollah", batch.Claims[1].Subject.Id);
        Assert.True(Assert.Single(batch.NewEntities).NeedsReview);
    }
}
