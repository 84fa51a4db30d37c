namespace Entente.Extraction.Lexicons;

/// <summary>
/// A set of <see cref="WordClass"/>es, one bit each in three 128-bit parts: a word's classes are one value, so asking
/// about a token allocates nothing. Holds up to <see cref="Capacity"/> classes.
/// </summary>
public readonly record struct WordClassBits(UInt128 Low, UInt128 Mid, UInt128 High)
{
    public const int Capacity = 384;

    public static WordClassBits Of(WordClass c) => (int)c switch
    {
        < 128 and var i => new(UInt128.One << i, UInt128.Zero, UInt128.Zero),
        < 256 and var i => new(UInt128.Zero, UInt128.One << (i - 128), UInt128.Zero),
        var i => new(UInt128.Zero, UInt128.Zero, UInt128.One << (i - 256)),
    };

    public bool Has(WordClass c) => (int)c switch
    {
        < 128 and var i => (Low & (UInt128.One << i)) != 0,
        < 256 and var i => (Mid & (UInt128.One << (i - 128))) != 0,
        var i => (High & (UInt128.One << (i - 256))) != 0,
    };

    public static WordClassBits operator |(WordClassBits a, WordClassBits b) => new(a.Low | b.Low, a.Mid | b.Mid, a.High | b.High);
}
