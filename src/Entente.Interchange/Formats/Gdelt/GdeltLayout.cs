namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// Column positions of the three GDELT event layouts, told apart by their column count:
/// 1.0 historical (57, no URL), 1.0 daily (58, URL last) and 2.0 (61, an ADM2 code in each geo block).
/// The first 35 columns are the same in all three; then come three geography blocks (Actor1Geo,
/// Actor2Geo, ActionGeo) of 7 columns in 1.0 and 8 in 2.0.
/// </summary>
public sealed record GdeltLayout(string Name, int Columns, int GeoBlockSize, int? SourceUrl)
{
    public const int EventId = 0, Day = 1;
    public const int Actor1 = 5, Actor2 = 15;
    public const int EventCode = 26, RootCode = 28, QuadClass = 29, Goldstein = 30, NumMentions = 31, AvgTone = 34;

    // Offsets inside an actor block.
    public const int Code = 0, ActorName = 1, Country = 2, KnownGroup = 3, Type1 = 7, Type2 = 8, Type3 = 9;

    public static readonly GdeltLayout Historical = new("gdelt-1.0-historical", 57, 7, null);
    public static readonly GdeltLayout Daily = new("gdelt-1.0-daily", 58, 7, 57);
    public static readonly GdeltLayout V2 = new("gdelt-2.0", 61, 8, 60);

    /// <summary>Where geography block 0 (Actor1Geo), 1 (Actor2Geo) or 2 (ActionGeo) starts.</summary>
    public int Geo(int block) => 35 + block * GeoBlockSize;

    // Offsets inside a geography block; latitude follows ADM1 in 1.0 and ADM2 in 2.0.
    public const int GeoFullName = 1, GeoCountry = 2;

    public int GeoLat => GeoBlockSize == 8 ? 5 : 4;

    public int GeoLong => GeoLat + 1;

    public static GdeltLayout? ForColumns(int count) => count switch
    {
        57 => Historical,
        58 => Daily,
        61 => V2,
        _ => null,
    };
}
