namespace Entente.Evaluation.Tests;

public sealed class PythonNumbersTests
{
    // Pairs checked against Python 3: "%.3f" % round(x, 3) and str(round(x, 3)).
    [Theory]
    [InlineData(1 / 16.0, "0.062", "0.062")]
    [InlineData(3 / 16.0, "0.188", "0.188")]
    [InlineData(5 / 16.0, "0.312", "0.312")]
    [InlineData(85 / 156.0, "0.545", "0.545")]
    [InlineData(2 / 3.0, "0.667", "0.667")]
    [InlineData(0.0005, "0.001", "0.001")]
    [InlineData(0.0025, "0.003", "0.003")]
    [InlineData(0.7, "0.700", "0.7")]
    [InlineData(1.0, "1.000", "1.0")]
    [InlineData(0.0, "0.000", "0.0")]
    public void Ratios_print_as_python_rounds_them(double x, string fixed3, string repr)
    {
        Assert.Equal(fixed3, PythonNumbers.Fixed3(x));
        Assert.Equal(repr, PythonNumbers.Repr3(x));
    }

    [Fact]
    public void No_value_prints_as_none() => Assert.Equal("None", PythonNumbers.Repr3(null));
}
