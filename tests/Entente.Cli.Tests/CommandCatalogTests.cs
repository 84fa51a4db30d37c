using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

public sealed class CommandCatalogTests
{
    /// <summary>The catalog is written by hand; a command class left out of it would silently vanish from the CLI.</summary>
    [Fact]
    public void Every_command_class_is_in_the_catalog_once()
    {
        var classes = typeof(CommandCatalog).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = CommandCatalog.All().Select(c => c.GetType().FullName!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(classes, listed);
    }

    [Fact]
    public void Command_names_are_unique()
    {
        var names = CommandCatalog.All().Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
