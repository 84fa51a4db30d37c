using System.Diagnostics;

namespace Entente.Evaluation.Tests;

/// <summary>Runs python3 for tests that compare with the team's Python scorer; skips (fails under CI=true) without it.</summary>
public static class Python
{
    public static string Run(params string[] args)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            const string message = "python3 is not installed; this test compares with the Python scorer";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail(message + ", and CI must have it");
            Assert.Skip(message);
            return null!;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"python3 {string.Join(' ', args)} failed: {stderr.Result}");
            return stdout;
        }
    }
}
