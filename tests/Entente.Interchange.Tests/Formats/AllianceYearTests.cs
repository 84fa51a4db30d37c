using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

/// <summary>Found by the fuzz suite: a year cell of five digits crashed the COW importer (DateOnly overflow).</summary>
public sealed class AllianceYearTests
{
    [Fact]
    public async Task A_COW_year_past_9999_is_a_row_error_naming_the_line_not_a_crash()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("cow.csv"), """
            version4id,ccode1,state_name1,ccode2,state_name2,dyad_st_day,dyad_st_month,dyad_st_year,dyad_end_day,dyad_end_month,dyad_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version
            2,200,United Kingdom,380,Sweden,1,1,18160,15,2,1911,1,0,0,0,0,1,4.1
            """, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("cow", dir.File("cow.csv"));

        Assert.StartsWith("cow.csv:2:", Assert.Single(batch.Errors).ToString());
        Assert.Empty(batch.Claims);
    }
}
