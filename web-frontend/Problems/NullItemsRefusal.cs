using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BankHire.Web.Problems;

/// <summary>
/// Refuses <c>null</c> items in a request's arrays of objects or strings (<c>"ratings": [null]</c>) as malformed JSON,
/// in one place for every request type: <see cref="JsonSerializerOptions.RespectNullableAnnotations"/> checks
/// properties but not collection items, and every validator would otherwise meet a null it never expected.
/// A type-info modifier, so the OpenAPI schemas stay what the types say.
/// </summary>
public static class NullItemsRefusal
{
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        var collections = typeInfo.Properties.Where(p => p.Get is not null && ItemType(p.PropertyType) is { IsValueType: false }).ToList();
        if (collections.Count == 0) return;
        var earlier = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            earlier?.Invoke(value);
            foreach (var property in collections)
            {
                if (property.Get!(value) is not IEnumerable items) continue;
                var index = 0;
                foreach (var item in items)
                {
                    if (item is null) throw new JsonException($"'{property.Name}[{index}]' is null; every item must be given.");
                    index++;
                }
            }
        };
    }

    private static Type? ItemType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(ImmutableArray<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
