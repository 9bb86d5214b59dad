namespace BankHire.Attendance;

/// <summary>One place an employee may check in at: a centre and a radius in metres.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.GeofenceLocation")]
public sealed record GeofenceLocation(string Name, double Latitude, double Longitude, double RadiusMeters);
