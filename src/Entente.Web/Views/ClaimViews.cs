using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Storage;

namespace Entente.Web.Views;

/// <summary>Turns claims into <see cref="ClaimView"/>s, reading each source (and its text) once per request; the sentence
/// each shows is cut by <paramref name="text"/>.</summary>
public sealed class ClaimViews(IEntenteStore store, TextContext text)
{
    private readonly Dictionary<string, Source?> _sources = new(StringComparer.Ordinal);

    public async Task<Source?> SourceAsync(string id, CancellationToken ct)
    {
        if (!_sources.TryGetValue(id, out var s)) _sources[id] = s = await store.GetSourceAsync(id, ct);
        return s;
    }

    public async Task<IReadOnlyList<ClaimView>> ViewAsync(IEnumerable<Claim> claims, CancellationToken ct)
    {
        var views = new List<ClaimView>();
        foreach (var c in claims) views.Add(await ViewAsync(c, ct));
        return views;
    }

    public async Task<ClaimView> ViewAsync(Claim c, CancellationToken ct)
    {
        var source = await SourceAsync(c.SourceId, ct);
        var (shown, start, end) = TextContext.Locate(source, c.Evidence);
        var sentence = c.Evidence.Text;
        if (shown.Length > 0 && end <= shown.Length)
        {
            var (s, e) = text.SentenceAround(shown, start, end);
            sentence = shown[s..e];
        }
        var reliability = source?.Reliability ?? Reliability.F;
        return new ClaimView
        {
            Id = c.Id,
            Subject = c.Subject,
            Relation = c.Relation,
            Sphere = RelationTypes.TryGet(c.Relation, out var t) ? t.Sphere : Sphere.Political,
            Object = c.Object,
            Materiel = c.Materiel,
            Place = c.Place,
            Time = c.Time,
            Certainty = c.Certainty,
            Phase = c.Phase,
            AttributedTo = c.AttributedTo,
            Evidence = c.Evidence,
            Sentence = sentence,
            Source = new SourceRefView(c.SourceId, source?.Title ?? c.SourceId, source?.Publisher, source?.Published, reliability),
            Rating = $"{reliability}{c.Certainty.AdmiraltyCredibility()}",
            Producer = $"{c.Producer.Kind.ToString().ToLowerInvariant()}:{c.Producer.Name}",
            Confidence = c.Confidence,
        };
    }
}
