using System.Globalization;
using Entente.Cli.Framework;
using Entente.Core.Entities;
using Entente.Core.Serialization;
using Entente.Knowledge;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente kb show ID_OR_NAME`: one entity with its names, its links resolved to names, the state it
/// rolls up to, and the reverse links (who is part of it, who is its proxy).
/// </summary>
public sealed class KbShowCommand : ICliCommand
{
    public string Name => "kb show";
    public string Summary => "show one knowledge-base entity with its links and who links to it";
    public string Arguments => "ID_OR_NAME";

    /// <summary>A name may be typed unquoted over several words ("Islamic State"); they are joined into one.</summary>
    public int MaxArguments => int.MaxValue;
    public IReadOnlyList<OptionSpec> Options => [Output.FormatOption];

    public sealed record Field(string Name, string Value);

    /// <summary>What <c>--format json</c> prints: the entity, the state it rolls up to, its links and those to it.</summary>
    public sealed record KbShowView(Entity Entity, string? RollsUpTo, IReadOnlyList<LinkView> Links, IReadOnlyList<LinkView> LinkedFrom);

    public sealed record LinkView(string Type, string Id, string Name, string? Role, DateOnly? From, DateOnly? To);

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var query = string.Join(' ', args.Positional).Trim();
        if (query.Length == 0) throw new UsageException("missing ID_OR_NAME");
        var format = Output.Format(args);
        var kb = await KnowledgeLoader.LoadAsync(args, context);
        var e = kb.Resolve(query) ?? throw new CliException($"no entity '{query}'; try: entente kb search {query}");
        var links = e.Links.Select(l => new LinkView(l.Type, l.Target, kb.Get(l.Target)?.Name ?? l.Target, l.Role, l.From, l.To)).ToList();
        var linkedFrom = kb.LinksTo(e.Id)
            .OrderBy(x => x.Link.Type, StringComparer.Ordinal).ThenBy(x => x.From.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => new LinkView(x.Link.Type, x.From.Id, x.From.Name, x.Link.Role, x.Link.From, x.Link.To)).ToList();
        var rollsUpTo = kb.RollUp(e) is { } s && s.Id != e.Id ? s : null;
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(CliJson.Serialize(new KbShowView(e, rollsUpTo?.Id, links, linkedFrom)));
            return 0;
        }
        var fields = Fields(e, rollsUpTo, links, linkedFrom);
        if (format == OutputFormat.Csv)
            Output.Write(context.Out, format, fields, [new("field", f => f.Name), new("value", f => f.Value)]);
        else
        {
            // A card, not a table: values such as alias lists are long and must not be clipped.
            var width = fields.Max(f => f.Name.Length);
            foreach (var f in fields) context.Out.WriteLine($"{f.Name.PadRight(width)}  {f.Value}");
        }
        return 0;
    }

    private static List<Field> Fields(Entity e, Entity? rollsUpTo, List<LinkView> links, List<LinkView> linkedFrom)
    {
        var fields = new List<Field> { new("id", e.Id), new("kind", e.Kind.ToId()), new("name", e.Name) };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) fields.Add(new Field(name, value));
        }
        Add("aliases", string.Join("; ", e.Aliases));
        Add("adjectives", string.Join("; ", e.Adjectives));
        Add("metonyms", string.Join("; ", e.Metonyms));
        Add("iso", e.Iso2 is null ? null : $"{e.Iso2} / {e.Iso3}");
        Add("country", e.Country);
        Add("category", e.Category);
        Add("location", e.Location is { } g ? string.Create(CultureInfo.InvariantCulture, $"{g.Latitude}, {g.Longitude}") : null);
        Add("rolls up to", rollsUpTo is null ? null : $"{rollsUpTo.Name} ({rollsUpTo.Id})");
        foreach (var l in links) Add(l.Type, Describe(l));
        foreach (var l in linkedFrom) Add("← " + l.Type, Describe(l));
        Add("description", e.Description);
        return fields;
    }

    private static string Describe(LinkView l)
    {
        var text = $"{l.Name} ({l.Id})";
        if (l.Role is not null) text += ", " + l.Role;
        if (l.From is not null || l.To is not null) text += $", {l.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"} to {l.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now"}";
        return text;
    }
}
