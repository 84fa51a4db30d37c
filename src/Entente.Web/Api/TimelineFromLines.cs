using Entente.Analysis.Graph;
using Entente.Analysis.Timeline;
using Entente.Core.Entities;

namespace Entente.Web.Api;

/// <summary>
/// The timeline endpoint's answer read from the store's listing lines, as `entente timeline` reads it
/// (<see cref="GraphSnapshot.LoadForTimelineAsync"/>): the claims touching the actors (every member of their blocs
/// under roll-up) and the reviewed claims whole, so the server never loads its snapshot of every claim to answer it.
/// Sphere, certainty, years and roll-up are applied to those claims by the same <see cref="TimelineBuilder"/>, which is
/// why no option needs the snapshot (tests/Entente.Analysis.Tests/IndexedAnswers* show equal timelines under each).
/// </summary>
internal static class TimelineFromLines
{
    /// <summary>
    /// The timeline, or null when an actor is not an entity the knowledge base or the store describes. The snapshot
    /// then resolves it (<see cref="GraphSnapshot.Resolve"/>: an id only claims name, or nobody, 404) and answers.
    /// </summary>
    public static async Task<TimelineReport?> TryAnswerAsync(WorkbenchData data, string a, string? b, AnalysisFilter filter, CancellationToken ct)
    {
        var entities = new EntityDirectory(data.Knowledge, await data.Store.ListEntitiesAsync(ct), []);
        if (Described(entities, a) is not { } ea) return null;
        EntityRef? eb = null;
        if (!string.IsNullOrEmpty(b) && (eb = Described(entities, b)) is null) return null;
        string[] actors = eb is null ? [ea.Id] : [ea.Id, eb.Id];
        var snapshot = await GraphSnapshot.LoadForTimelineAsync(data.Store, data.Knowledge, actors, filter.Rollup, ct);
        return snapshot.Timeline(ea.Id, eb?.Id, null, filter);
    }

    /// <summary>
    /// The first two ways <see cref="GraphSnapshot.Resolve"/> finds an actor (the knowledge base by id or name, then
    /// a stored entity by id), which need no claims, so they find the same entity here.
    /// </summary>
    private static EntityRef? Described(EntityDirectory entities, string idOrName) =>
        entities.Knowledge.Resolve(idOrName) is { } known ? EntityRef.Of(known)
        : entities.Get(idOrName) is { } stored ? EntityRef.Of(stored)
        : null;
}
