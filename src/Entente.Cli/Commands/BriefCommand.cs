using Entente.Analysis.Briefing;
using Entente.Cli.Framework;
using Entente.Core.Serialization;

namespace Entente.Cli.Commands;

/// <summary>`entente brief A B`: a sourced assessment of a pair, every statement with numbered citations checked against the stored text.</summary>
public sealed class BriefCommand : ICliCommand
{
    /// <summary>Where `entente serve` listens by default: the links of a brief open its source reader there.</summary>
    public const string DefaultLinkBase = "http://localhost:5170/";

    public string Name => "brief";
    public string Summary => "a sourced assessment of a pair: bottom line, key judgments, hypotheses, contradictions, gaps, citations";
    public string Arguments => "ACTOR ACTOR";

    public IReadOnlyList<OptionSpec> Options =>
    [
        AchQuery.AsOfOption,
        new("format", "md, html or json (default md)"),
        new("out", "write the brief to this file instead of standard output"),
        new("link-base", $"the workbench address citations link to (default {DefaultLinkBase})"),
        AchQuery.HypothesesOption,
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = args.Get("format") ?? "md";
        if (format is not ("md" or "html" or "json")) throw new UsageException($"--format must be md, html or json, not '{format}'");
        var linkBase = args.Get("link-base") ?? DefaultLinkBase;
        if (!Uri.TryCreate(linkBase, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
            throw new UsageException($"--link-base must be an http or https address, not '{linkBase}'");
        var q = await AchQuery.LoadAsync(args, context);
        Brief brief;
        try
        {
            brief = BriefBuilder.Build(q.Snapshot, q.A, q.B, q.Hypotheses, q.Overrides, q.AsOf);
        }
        catch (BriefException e)
        {
            throw new CliException(e.Message);
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var store = await context.OpenStoreAsync(args))
            foreach (var id in brief.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal))
                texts[id] = CitationCheck.TextOf(await store.GetSourceAsync(id));
        brief = CitationCheck.Verify(brief, texts);
        var text = format switch
        {
            "html" => BriefHtml.Write(brief, linkBase),
            "json" => CliJson.Serialize(brief),
            _ => BriefMarkdown.Write(brief, linkBase),
        };
        if (args.Get("out") is { } path)
        {
            try
            {
                await File.WriteAllTextAsync(path, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: cannot write the brief ({e.Message})");
            }
            context.Err.WriteLine($"brief written to {path}: {brief.Citations.Count} citations");
        }
        else context.Out.Write(text);
        var unverified = brief.Citations.Count(c => c.Verified == false);
        if (unverified > 0) context.Err.WriteLine($"warning: {unverified} citations are not found at their offsets in the stored text; they are marked in the brief");
        return 0;
    }
}
