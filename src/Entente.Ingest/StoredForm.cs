using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Ingest;

/// <summary>What one document becomes in a store: its source record, its claims, and the entities those claims name.</summary>
public sealed record StoredForm(Source Source, IReadOnlyList<Claim> Claims, IReadOnlyList<Entity> Entities);
