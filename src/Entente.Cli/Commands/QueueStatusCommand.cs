using Entente.Cli.Framework;
using Entente.Core.Serialization;

namespace Entente.Cli.Commands;

/// <summary>`entente queue status`: how many jobs are pending, running, done and parked, and why each parked job was parked.</summary>
public sealed class QueueStatusCommand : ICliCommand
{
    public string Name => "queue status";
    public string Summary => "count the jobs of the store's queue by state, with the reason of each parked job";

    public IReadOnlyList<OptionSpec> Options => [new("format", "table, json or csv (default table)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = Output.Format(args, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        await using var queue = await QueueOpener.OpenAsync(args, context);
        var counts = await queue.CountAsync();
        var parked = await queue.ListParkedAsync();
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(CliJson.Serialize(new QueueStatusView(counts.Pending, counts.Running, counts.Done, counts.Parked, parked)));
            return 0;
        }
        (string State, long Count)[] rows = [("pending", counts.Pending), ("running", counts.Running), ("done", counts.Done), ("parked", counts.Parked)];
        Output.Write(context.Out, format, rows, [new("state", r => r.State), new("jobs", r => r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        // CSV is the counts table alone, so that it parses; the parked jobs are in the table and JSON views.
        if (parked.Count == 0 || format == OutputFormat.Csv) return 0;
        context.Out.WriteLine();
        context.Out.WriteLine("parked:");
        foreach (var p in parked) context.Out.WriteLine($"  {p.Path} ({p.Attempts} attempts): {p.Reason}");
        return 0;
    }
}
