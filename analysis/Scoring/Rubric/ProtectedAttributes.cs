using System.Collections.Frozen;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// Attributes a hiring decision must not use — sex, age and birth date, ethnicity, marital status, photo, native
/// place, religion (and their close synonyms). A rubric may not bind an indicator to a feature whose name mentions
/// one, and the scorer drops such inputs without a word, so two interviews that differ only in them get
/// byte-identical reports and explanations that never mention them. Proxies that sound neutral (mean pitch) are
/// kept out by <see cref="ScorableFeatures"/>.
/// </summary>
public static class ProtectedAttributes
{
    private static readonly FrozenDictionary<string, string> EnglishWords = new Dictionary<string, string>
    {
        ["sex"] = "sex", ["gender"] = "sex", ["male"] = "sex", ["female"] = "sex",
        ["age"] = "age", ["birth"] = "age", ["birthday"] = "age", ["birthdate"] = "age", ["dob"] = "age", ["born"] = "age",
        ["ethnicity"] = "ethnicity", ["ethnic"] = "ethnicity", ["race"] = "ethnicity", ["racial"] = "ethnicity", ["nationality"] = "ethnicity",
        ["marital"] = "marital status", ["married"] = "marital status", ["marriage"] = "marital status", ["spouse"] = "marital status",
        ["pregnancy"] = "marital status", ["pregnant"] = "marital status", ["children"] = "marital status",
        ["photo"] = "photo", ["portrait"] = "photo", ["headshot"] = "photo", ["appearance"] = "photo", ["attractiveness"] = "photo",
        ["native"] = "native place", ["hometown"] = "native place", ["hukou"] = "native place", ["birthplace"] = "native place",
        ["religion"] = "religion", ["religious"] = "religion", ["faith"] = "religion",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string Text, string Attribute)[] ChineseWords =
    [
        ("性别", "sex"), ("男女", "sex"), ("年龄", "age"), ("出生", "age"), ("生日", "age"), ("民族", "ethnicity"),
        ("种族", "ethnicity"), ("婚", "marital status"), ("生育", "marital status"), ("照片", "photo"), ("相貌", "photo"),
        ("长相", "photo"), ("籍贯", "native place"), ("户籍", "native place"), ("户口", "native place"), ("宗教", "religion"),
        ("信仰", "religion"),
    ];

    /// <summary>
    /// True when the feature name (or key, <c>name@competency</c>) mentions a protected attribute, as a whole word
    /// of a snake_case or camelCase name (<c>candidate_age</c>, <c>birthDate</c>, but not <c>average</c>) or as
    /// Chinese text; <paramref name="attribute"/> then names it.
    /// </summary>
    public static bool IsProtected(string featureName, out string attribute)
    {
        ArgumentNullException.ThrowIfNull(featureName);
        var (name, _) = FeatureKey.Parse(featureName);
        foreach (var word in Words(name))
        {
            if (EnglishWords.TryGetValue(word, out attribute!))
                return true;
        }
        foreach (var (text, protectedAttribute) in ChineseWords)
        {
            if (name.Contains(text, StringComparison.Ordinal))
            {
                attribute = protectedAttribute;
                return true;
            }
        }
        attribute = "";
        return false;
    }

    public static bool IsProtected(string featureName) => IsProtected(featureName, out _);

    /// <summary>Runs of ASCII letters and digits, split where a lower-case letter meets an upper-case one.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && char.IsAsciiLetterOrDigit(name[i]);
            var camelBreak = inWord && start >= 0 && char.IsAsciiLetterUpper(name[i]) && char.IsAsciiLetterLower(name[i - 1]);
            if (start >= 0 && (!inWord || camelBreak))
            {
                yield return name[start..i].ToLowerInvariant();
                start = -1;
            }
            if (inWord && start < 0)
                start = i;
        }
    }
}
