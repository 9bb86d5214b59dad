using System.Collections.Immutable;
using BankHire.Attendance;

namespace BankHire.Banks;

/// <summary>
/// A branch (网点) of the bank. Its geofence for attendance is the centre and radius, plus any
/// <paramref name="ExtraLocations"/> (a second building, a service point) where a check-in counts as well.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.Branch")]
public sealed record Branch(
    string Code, string NameZh, string NameEn, string City, double Latitude, double Longitude, double GeofenceMeters,
    ImmutableArray<GeofenceLocation>? ExtraLocations = null)
{
    public IReadOnlyList<GeofenceLocation> Geofence() =>
        [new GeofenceLocation(NameZh, Latitude, Longitude, GeofenceMeters), .. ExtraLocations ?? []];
}
