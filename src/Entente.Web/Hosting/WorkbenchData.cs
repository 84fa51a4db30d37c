using Entente.Knowledge;
using Entente.Storage;
using Entente.Web.Views;

namespace Entente.Web.Hosting;

/// <summary>The store and reference entities every endpoint reads; one per running server.</summary>
public sealed class WorkbenchData(IEntenteStore store, KnowledgeBase knowledge)
{
    public IEntenteStore Store { get; } = store;
    public KnowledgeBase Knowledge { get; } = knowledge;

    public Task<EntityDirectory> DirectoryAsync(CancellationToken ct) => EntityDirectory.LoadAsync(Knowledge, Store, ct);
}
