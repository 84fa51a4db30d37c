using System.Globalization;
using System.Numerics;

namespace Entente.Evaluation;

/// <summary>
/// Ratios shown as the Python scorers show them, so that printed figures can be compared character for
/// character: Python's round(x, 3) rounds the exact binary value half to even, which neither Math.Round nor
/// "F3" formatting does in every case (1/16 is 0.062 there).
/// </summary>
public static class PythonNumbers
{
    /// <summary>"%.3f" % round(x, 3): "0.545", "0.700".</summary>
    public static string Fixed3(double x)
    {
        var thousandths = RoundThousandths(x);
        var sign = thousandths < 0 ? "-" : "";
        var abs = BigInteger.Abs(thousandths);
        return $"{sign}{abs / 1000}.{(int)(abs % 1000):000}";
    }

    /// <summary>str(round(x, 3)): "0.545", "0.7", "1.0"; "None" for no value, as score_set.py prints it.</summary>
    public static string Repr3(double? x)
    {
        if (x is not { } value) return "None";
        var s = Fixed3(value).TrimEnd('0');
        return s.EndsWith('.') ? s + "0" : s;
    }

    /// <summary>round(x, 3) as a number (for JSON).</summary>
    public static double Round3(double x) => double.Parse(Fixed3(x), CultureInfo.InvariantCulture);

    /// <summary>x × 1000 rounded half to even on the exact value of the double.</summary>
    private static BigInteger RoundThousandths(double x)
    {
        if (!double.IsFinite(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "a finite ratio");
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        var power = exponent - 1075; // x = mantissa × 2^power
        BigInteger result;
        if (power >= 0) result = new BigInteger(mantissa) * 1000 << power;
        else
        {
            var numerator = new BigInteger(mantissa) * 1000;
            var denominator = BigInteger.One << -power;
            var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !quotient.IsEven)) quotient++;
            result = quotient;
        }
        return negative ? -result : result;
    }
}
