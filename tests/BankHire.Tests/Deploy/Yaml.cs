using YamlDotNet.RepresentationModel;

namespace BankHire.Tests.Deploy;

/// <summary>Small reading helpers over YamlDotNet's node model (with compose's "&lt;&lt;" merge keys resolved).</summary>
public static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    public static YamlMappingNode Map(this YamlNode node, string key) =>
        (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    public static YamlSequenceNode Seq(this YamlNode node, string key) =>
        (YamlSequenceNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    public static string? Text(this YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public static IEnumerable<string> Strings(this YamlSequenceNode sequence) =>
        sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!);

    /// <summary>A compose environment mapping with merge keys ("&lt;&lt;: *anchor") flattened.</summary>
    public static Dictionary<string, string> Flatten(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, string>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name == "<<") foreach (var (k, v) in Flatten((YamlMappingNode)value)) result.TryAdd(k, v);
            else result[name] = ((YamlScalarNode)value).Value ?? "";
        }
        return result;
    }
}
