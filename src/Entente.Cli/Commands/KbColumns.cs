using Entente.Cli.Framework;
using Entente.Core.Entities;

namespace Entente.Cli.Commands;

/// <summary>The columns that list entities in kb list and kb search.</summary>
public static class KbColumns
{
    public static readonly Column<Entity>[] Summary =
    [
        new("id", e => e.Id),
        new("kind", e => e.Kind.ToId()),
        new("name", e => e.Name),
        new("country", e => e.Country ?? e.Iso3),
        new("aliases", e => string.Join("; ", e.Aliases)),
    ];
}
