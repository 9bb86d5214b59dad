namespace BankHire.Banks;

/// <summary>A branch (网点) of the bank; the geofence is used for attendance check-in.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Branch")]
public sealed record Branch(string Code, string NameZh, string NameEn, string City, double Latitude, double Longitude, double GeofenceMeters);
