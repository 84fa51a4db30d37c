using System.Text.Json;

namespace Entente.Storage.Sql;

/// <summary>Enum values as stored in text columns: the same kebab-case ids EntenteJson writes.</summary>
internal static class Ids
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string id) where T : struct, Enum =>
        Enum.TryParse<T>(id.Replace("-", ""), ignoreCase: true, out var v)
            ? v
            : throw new StoreException($"unknown {typeof(T).Name} '{id}' in the database; it was written by a newer entente or damaged");
}
