using Entente.Extraction.Time;

namespace Entente.Extraction.Tests;

/// <summary>Datelines of wire reports, and openings that only look like one.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("KAMPALA, June 3 (Reuters) - Uganda said on Monday it would", "KAMPALA, June 3 (Reuters) - ", 6, 3, null)]
    [InlineData("HAVANA (AP) - Cuba sent doctors to", "HAVANA (AP) - ", 0, 0, null)]
    [InlineData("Tripoli, 4 February 2021: Libya signed", "Tripoli, 4 February 2021: ", 2, 4, 2021)]
    [InlineData("MINSK, May 9. /BELTA/. Belarus hosted", "MINSK, May 9. /BELTA/. ", 5, 9, null)]
    [InlineData("Nairobi 03.11.2022 The council adopted", "Nairobi 03.11.2022 ", 11, 3, 2022)]
    [InlineData("(AFP) - Chad expelled", "(AFP) - ", 0, 0, null)]
    [InlineData("LA PAZ, Bolivia (AP) -- Bolivia bought", "LA PAZ, Bolivia (AP) -- ", 0, 0, null)]
    [InlineData("DAMASCUS: Syria accused", "DAMASCUS: ", 0, 0, null)]
    [InlineData("MINSK, May 9. /BELTA/.", "MINSK, May 9. /BELTA/.", 5, 9, null)]
    public void Datelines_give_their_place_date_and_length(string line, string dateline, int month, int day, int? year)
    {
        var d = Dateline.Read(line);
        Assert.NotNull(d);
        Assert.Equal((dateline, month, day, year), (line[..d.Length], d.Month, d.Day, d.Year));
    }

    [Theory]
    [InlineData("The African Union (AU) said it would send troops.")]
    [InlineData("Note: the figures are estimates.")]
    [InlineData("NATO members met on Monday.")]
    [InlineData("Iran-backed militias fired rockets.")]
    [InlineData("Venezuela, Cuba and Nicaragua signed a pact.")]
    [InlineData("ANKARA-based analysts disagree.")]
    public void Ordinary_openings_are_not_datelines(string line) => Assert.Null(Dateline.Read(line));

    [Fact]
    public void A_dateline_without_a_year_takes_the_publication_year()
    {
        var d = Dateline.Read("KAMPALA, June 3 (Reuters) - Uganda said")!;
        Assert.Null(d.Date);
        Assert.Equal(new DateOnly(2023, 6, 3), d.DayNear(new DateOnly(2023, 6, 4)));
        Assert.Equal(new DateOnly(2022, 12, 30), Dateline.Read("KAMPALA, Dec 30 (Reuters) - Uganda said")!.DayNear(new DateOnly(2023, 1, 2)));
    }
}
