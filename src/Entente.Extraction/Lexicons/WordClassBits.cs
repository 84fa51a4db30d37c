namespace Entente.Extraction.Lexicons;

/// <summary>
/// A set of <see cref="WordClass"/>es, one bit each in two 128-bit halves: a word's classes are one value, so asking
/// about a token allocates nothing. Holds up to <see cref="Capacity"/> classes.
/// </summary>
public readonly record struct WordClassBits(UInt128 Low, UInt128 High)
{
    public const int Capacity = 256;

    public static WordClassBits Of(WordClass c) =>
        (int)c < 128 ? new(UInt128.One << (int)c, UInt128.Zero) : new(UInt128.Zero, UInt128.One << ((int)c - 128));

    public bool Has(WordClass c) =>
        (int)c < 128 ? (Low & (UInt128.One << (int)c)) != 0 : (High & (UInt128.One << ((int)c - 128))) != 0;

    public static WordClassBits operator |(WordClassBits a, WordClassBits b) => new(a.Low | b.Low, a.High | b.High);
}
