using System.Diagnostics;

namespace Entente.Web.Tests;

/// <summary>Runs a python3 script on the test's files: the files the workbench exports are checked by another language's parser.</summary>
internal static class Python
{
    public static string Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(30_000)) p.Kill();
        Assert.True(p.ExitCode == 0, $"python3 failed ({p.ExitCode}): {stderr.Result}");
        return stdout.Trim();
    }
}
