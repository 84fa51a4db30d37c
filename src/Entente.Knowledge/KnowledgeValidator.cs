using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Knowledge;

/// <summary>
/// Checks a set of knowledge files as a whole: duplicate ids (a user file may override a shipped id,
/// nothing else may repeat one), links to ids that do not exist, unknown link types, and one name
/// naming two entities of the same kind. Every problem names the file and line of the entity.
/// </summary>
public static class KnowledgeValidator
{
    private static readonly HashSet<string> ExtraLinkTypes = ["located-in", "origin", "successor-of"];

    public static IReadOnlyList<string> Validate(IReadOnlyList<KnowledgeFile> files)
    {
        var problems = new List<string>();
        var owner = new Dictionary<string, KnowledgeFile>(StringComparer.OrdinalIgnoreCase);
        var effective = new Dictionary<string, (Entity Entity, KnowledgeFile File)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var seenHere = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in file.Entities)
            {
                if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Name))
                {
                    problems.Add($"{file.Name}: an entity has no id or no name ({e.Id ?? e.Name})");
                    continue;
                }
                if (!seenHere.Add(e.Id))
                    problems.Add($"{file.Where(e.Id, 1)}: duplicate id '{e.Id}', already declared at line {file.LineOf(e.Id)} of the same file");
                else if (owner.TryGetValue(e.Id, out var prior) && (file.Shipped || !prior.Shipped))
                    problems.Add($"{file.Where(e.Id)}: duplicate id '{e.Id}', already declared in {prior.Where(e.Id)}");
                owner[e.Id] = file;
                effective[e.Id] = (e, file);
            }
        }
        foreach (var (e, file) in effective.Values)
        {
            foreach (var link in e.Links)
            {
                if (!RelationTypes.IsKnown(link.Type) && !ExtraLinkTypes.Contains(link.Type))
                    problems.Add($"{file.Where(e.Id)}: '{e.Id}' has a link of unknown type '{link.Type}'");
                if (!effective.ContainsKey(link.Target))
                    problems.Add($"{file.Where(e.Id)}: '{e.Id}' links to '{link.Target}', which no file declares");
            }
            if (e.Country is { } c && !effective.ContainsKey(c))
                problems.Add($"{file.Where(e.Id)}: '{e.Id}' names country '{c}', which no file declares");
        }
        problems.AddRange(NameClashes(effective.Values));
        return problems;
    }

    private static IEnumerable<string> NameClashes(IEnumerable<(Entity Entity, KnowledgeFile File)> entities)
    {
        var byKey = new Dictionary<(string, EntityKind), (Entity Entity, KnowledgeFile File)>();
        foreach (var (e, file) in entities)
            foreach (var key in e.Names().Select(NameKey.Of).Where(k => k.Length > 0).Distinct())
            {
                if (byKey.TryGetValue((key, e.Kind), out var other) && !string.Equals(other.Entity.Id, e.Id, StringComparison.OrdinalIgnoreCase))
                    yield return $"{file.Where(e.Id)}: the name '{key}' of '{e.Id}' also names '{other.Entity.Id}' ({other.File.Where(other.Entity.Id)}); both are {e.Kind.ToId()}s";
                else
                    byKey[(key, e.Kind)] = (e, file);
            }
    }
}

public sealed class KnowledgeValidationException(IReadOnlyList<string> problems)
    : Exception("the knowledge base is not valid:\n  " + string.Join("\n  ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
