using Entente.Core.Entities;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class AcledImporterTests
{
    // A file we wrote in the ACLED codebook's layout (no ACLED data may be stored): both date forms,
    // numeric and text interaction codes.
    private const string Sample = """
        event_id_cnty,event_date,year,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,location,latitude,longitude,source,notes,fatalities
        SYR1,12 March 2023,2023,Battles,Armed clash,Military Forces of Syria (2000-),,1,Hayat Tahrir al-Sham,,2,Syria,Idlib,35.9,36.6,Example,"clash near Idlib, three killed",3
        SYR2,2023-03-13,2023,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,External/Other forces,Hayat Tahrir al-Sham,,Rebel group,Syria,Idlib,35.9,36.6,Example,air strike,0
        SYR3,14 March 2023,2023,Protests,Peaceful protest,Protesters (Syria),,6,,,0,Syria,Idlib,35.9,36.6,Example,protest,0
        SYR4,31 Smarch 2023,2023,Battles,Armed clash,Military Forces of Syria (2000-),,1,Hayat Tahrir al-Sham,,2,Syria,Idlib,35.9,36.6,Example,bad date,0
        """;

    [Fact]
    public async Task ACLED_rows_map_battles_and_strikes_with_either_date_form_and_either_interaction_code()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("acled.csv"), Sample, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("acled", dir.File("acled.csv"));

        Assert.Equal(2, batch.Claims.Count);
        var battle = batch.Claims.Single(c => c.Relation == "conflict");
        Assert.Equal(("syr", new DateOnly(2023, 3, 12)), (battle.Subject.Id, battle.Time!.From));
        Assert.Equal(EntityKind.ArmedGroup, battle.Object!.Kind);
        var strike = batch.Claims.Single(c => c.Relation == "attack");
        Assert.Equal(new DateOnly(2023, 3, 13), strike.Time!.From);
        Assert.Equal("rus", strike.Subject.Id);
        Assert.Equal(1, batch.Skipped.Values.Sum());
        var error = Assert.Single(batch.Errors);
        Assert.Equal("acled.csv:5: event_date '31 Smarch 2023' is not a date (\"12 March 2023\" or \"2023-03-12\")", error.ToString());
    }
}
