using System.Collections.Immutable;
using BankHire.Banks;
using BankHire.Web.Problems;

namespace BankHire.Web.Banks;

/// <summary>The bank's profile as the admin sets it: names and branches with their check-in geofences.</summary>
public sealed record BankProfileRequest(string NameZh, string NameEn, ImmutableArray<Branch> Branches) : IValidatedRequest
{
    public void Validate()
    {
        Require.Text(NameZh, "nameZh");
        Require.Text(NameEn, "nameEn");
        if (Branches.IsDefault) throw ApiProblemException.Invalid("branches", "'branches' is required.");
        for (var i = 0; i < Branches.Length; i++)
        {
            var b = Branches[i] ?? throw ApiProblemException.Invalid($"branches[{i}]", "A branch may not be null.");
            Require.Text(b.Code, $"branches[{i}].code", 32);
            Require.Range(b.Latitude, -90, 90, $"branches[{i}].latitude");
            Require.Range(b.Longitude, -180, 180, $"branches[{i}].longitude");
            Require.Range(b.GeofenceMeters, 10, 10_000, $"branches[{i}].geofenceMeters");
            var extra = b.ExtraLocations ?? [];
            for (var j = 0; j < extra.Length; j++)
            {
                var at = $"branches[{i}].extraLocations[{j}]";
                Require.Text(extra[j].Name, $"{at}.name", 100);
                Require.Range(extra[j].Latitude, -90, 90, $"{at}.latitude");
                Require.Range(extra[j].Longitude, -180, 180, $"{at}.longitude");
                Require.Range(extra[j].RadiusMeters, 10, 10_000, $"{at}.radiusMeters");
            }
        }
    }

    public BankProfile ToProfile() => new(NameZh, NameEn, Branches);
}
