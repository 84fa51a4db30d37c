using Entente.Knowledge;

namespace Entente.Interchange.Importing;

/// <summary>Kebab-case ids for new entities, from their names: "Houthi rebels (Yemen)" → "houthi-rebels-yemen".</summary>
public static class Slug
{
    public static string Of(string name)
    {
        var key = NameKey.Of(name).Replace(' ', '-');
        return key.Length == 0 ? "unnamed" : key;
    }
}
