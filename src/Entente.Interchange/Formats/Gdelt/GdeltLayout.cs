namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// Column positions of the three GDELT event layouts, told apart by their column count:
/// 1.0 historical (57, no URL), 1.0 daily (58, URL last) and 2.0 (61, ADM2 codes in the geo blocks).
/// The first 35 columns are the same in all three.
/// </summary>
public sealed record GdeltLayout(string Name, int Columns, int ActionGeoName, int ActionGeoCountry, int ActionGeoLat, int ActionGeoLong, int? SourceUrl)
{
    public const int EventId = 0, Day = 1;
    public const int Actor1 = 5, Actor2 = 15;
    public const int EventCode = 26, RootCode = 28, QuadClass = 29, Goldstein = 30, NumMentions = 31, AvgTone = 34;

    // Offsets inside an actor block.
    public const int Code = 0, ActorName = 1, Country = 2, KnownGroup = 3, Type1 = 7, Type2 = 8, Type3 = 9;

    public static readonly GdeltLayout Historical = new("gdelt-1.0-historical", 57, 50, 51, 53, 54, null);
    public static readonly GdeltLayout Daily = new("gdelt-1.0-daily", 58, 50, 51, 53, 54, 57);
    public static readonly GdeltLayout V2 = new("gdelt-2.0", 61, 52, 53, 56, 57, 60);

    public static GdeltLayout? ForColumns(int count) => count switch
    {
        57 => Historical,
        58 => Daily,
        61 => V2,
        _ => null,
    };
}
