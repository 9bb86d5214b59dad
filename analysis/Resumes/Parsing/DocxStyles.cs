using System.Globalization;
using System.Xml.Linq;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// What decides whether a Word run is seen: its colour against the background, its size and the hidden
/// flag, each taken from the run, else its character style, else its paragraph style, else the defaults.
/// </summary>
internal sealed class DocxStyles
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Half-points: 4 is 2 pt, the largest size still counted as unreadable.</summary>
    public const int MaxHiddenHalfPoints = 4;

    private readonly Dictionary<string, XElement> byId = new(StringComparer.Ordinal);
    private readonly XElement? defaults;

    public DocxStyles(XDocument? styles, XElement? background)
    {
        PageColour = Colour(background?.Attribute(W + "color")?.Value) ?? (255, 255, 255);
        if (styles?.Root is not { } root) return;
        defaults = root.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");
        foreach (var style in root.Elements(W + "style"))
            if (style.Attribute(W + "styleId")?.Value is { } id) byId[id] = style;
    }

    public (int R, int G, int B) PageColour { get; }

    /// <summary>The first value of a run property found on the run, its styles (following basedOn) or the defaults.</summary>
    public string? Property(XElement? runProperties, string? paragraphStyle, string name, string attribute = "val")
    {
        if (Find(runProperties, name, attribute, out var value)) return value;
        if (FromStyle(runProperties?.Element(W + "rStyle")?.Attribute(W + "val")?.Value, name, attribute, out value)) return value;
        if (FromStyle(paragraphStyle, name, attribute, out value)) return value;
        return Find(defaults, name, attribute, out value) ? value : null;
    }

    private bool FromStyle(string? styleId, string name, string attribute, out string? value)
    {
        for (var depth = 0; styleId is not null && depth < 8 && byId.TryGetValue(styleId, out var style); depth++)
        {
            if (Find(style.Element(W + "rPr"), name, attribute, out value)) return true;
            styleId = style.Element(W + "basedOn")?.Attribute(W + "val")?.Value;
        }
        value = null;
        return false;
    }

    private static bool Find(XElement? properties, string name, string attribute, out string? value)
    {
        value = null;
        var element = properties?.Element(W + name);
        if (element is null) return false;
        // An on/off property written without a value (<w:vanish/>) is on.
        value = element.Attribute(W + attribute)?.Value ?? "true";
        return true;
    }

    public static bool IsOn(string? value) => value is not null and not "0" and not "false" and not "off";

    public static (int R, int G, int B)? Colour(string? hex)
    {
        if (hex is null || hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)) return null;
        return ((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /// <summary>WCAG contrast ratio: 1 for identical colours, 21 for black on white. Below 1.3 nobody reads it.</summary>
    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        static double Channel(int c) { var s = c / 255.0; return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        static double Luminance((int R, int G, int B) c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
