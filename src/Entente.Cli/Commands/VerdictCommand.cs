using Entente.Analysis.Review;
using Entente.Cli.Framework;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Knowledge;

namespace Entente.Cli.Commands;

/// <summary>
/// Records an analyst's verdict on a stored claim: accept, reject, or correct some of its fields. The claim is never
/// edited; the verdict is a record of its own, and every read path applies the latest one.
/// </summary>
public sealed class VerdictCommand : ICliCommand
{
    public string Name => "verdict";
    public string Summary => "accept, reject or correct a stored claim (a record; the claim itself is kept)";
    public string Arguments => "accept|reject|correct CLAIM_ID";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("note", "why, in a few words"),
        AnalystName.Option,
        new("subject", "correct: the subject (an entity id or name)"),
        new("relation", "correct: the relation type"),
        new("object", "correct: the object (an entity id or name)"),
        new("certainty", "correct: the certainty"),
        new("time", "correct: the time, YYYY, YYYY-MM or YYYY-MM-DD"),
        new("time-to", "correct: the end of a period whose start is --time"),
        Output.FormatOption,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count != 2) throw new UsageException("give a verdict and a claim id: entente verdict accept|reject|correct CLAIM_ID");
        var kind = args.Positional[0] switch
        {
            "accept" => VerdictKind.Accept,
            "reject" => VerdictKind.Reject,
            "correct" => VerdictKind.Correct,
            var other => throw new UsageException($"'{other}' is no verdict; use accept, reject or correct"),
        };
        var fix = new CorrectionRequest(args.Get("subject"), args.Get("relation"), args.Get("object"), args.Get("certainty"), args.Get("time"), args.Get("time-to"));
        if (kind != VerdictKind.Correct && !fix.IsEmpty) throw new UsageException("--subject, --relation, --object, --certainty and --time belong to 'correct'");
        if (kind == VerdictKind.Correct && fix.IsEmpty) throw new UsageException("'correct' needs at least one of --subject, --relation, --object, --certainty, --time");
        var note = args.Get("note");
        if (note is { Length: > Verdicts.MaxNoteLength }) throw new UsageException($"--note is at most {Verdicts.MaxNoteLength} characters");
        var format = Output.Format(args);
        var analyst = AnalystName.Of(args, context);

        await using var store = await context.OpenStoreAsync(args);
        var id = args.Positional[1];
        var claim = await store.GetClaimAsync(id) ?? throw new CliException($"no claim '{id}' in {store.Description}; `entente claims list` shows their ids");
        Claim? correction = null;
        if (kind == VerdictKind.Correct)
        {
            var kb = KnowledgeBase.Load();
            // Only the names the correction gives are looked up in the store, not every stored entity.
            var stored = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in new[] { fix.Subject, fix.Object })
                if (!string.IsNullOrWhiteSpace(name) && await store.GetEntityAsync(name.Trim()) is { } found) stored[name.Trim()] = found;
            EntityRef? Resolve(string name) => kb.Resolve(name) is { } e ? EntityRef.Of(e) : stored.TryGetValue(name, out var s) ? EntityRef.Of(s) : null;
            var (corrected, error) = Corrections.Apply(claim, fix, Resolve, analyst);
            correction = corrected ?? throw new UsageException(error!);
        }
        var verdict = Verdicts.Create(claim, kind, analyst, context.Clock.GetUtcNow(), correction, note);
        await store.AddVerdictAsync(verdict);
        Output.Write(context.Out, format, [verdict], VerdictColumns.All);
        return 0;
    }
}
