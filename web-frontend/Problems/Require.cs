namespace BankHire.Web.Problems;

/// <summary>Request checks that throw <see cref="ApiProblemException"/> naming the field.</summary>
public static class Require
{
    public static string Text(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value)) throw ApiProblemException.Invalid(field, $"'{field}' is required.");
        if (value.Length > maxLength) throw ApiProblemException.Invalid(field, $"'{field}' is longer than {maxLength} characters.");
        return value.Trim();
    }

    public static string? OptionalText(string? value, string field, int maxLength = 200)
    {
        if (value is null) return null;
        if (value.Length > maxLength) throw ApiProblemException.Invalid(field, $"'{field}' is longer than {maxLength} characters.");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static double Range(double value, double min, double max, string field)
    {
        if (double.IsNaN(value) || value < min || value > max)
            throw ApiProblemException.Invalid(field, $"'{field}' must be between {min} and {max}.");
        return value;
    }

    public static string? Email(string? value, string field)
    {
        var email = OptionalText(value, field);
        if (email is not null && (!email.Contains('@') || email.StartsWith('@') || email.EndsWith('@')))
            throw ApiProblemException.Invalid(field, $"'{field}' is not an e-mail address.");
        return email;
    }
}
