namespace Entente.Training.Tests;

/// <summary>
/// The WordNet 3.0 database Debian's wordnet-base installs. Where it is absent the test skips with a message;
/// under CI=true it fails instead, since .ci/run installs the package.
/// </summary>
public static class InstalledWordNet
{
    public const string Directory = "/usr/share/wordnet";

    public static string Require()
    {
        if (File.Exists(Path.Combine(Directory, "data.verb"))) return Directory;
        var message = $"WordNet 3.0 is not at {Directory} (apt-get install wordnet-base); this test needs it";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message + ", and CI installs it");
        Assert.Skip(message);
        return null!;
    }
}
