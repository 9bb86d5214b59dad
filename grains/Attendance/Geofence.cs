namespace BankHire.Attendance;

/// <summary>Where a position is relative to a branch's locations: great-circle distance (haversine, mean Earth radius) to the nearest.</summary>
public static class Geofence
{
    private const double EarthRadiusMeters = 6_371_008.8;

    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The location whose edge is nearest (distance minus radius), and the distance to its centre; null when there are none.</summary>
    public static (GeofenceLocation Location, double DistanceMeters)? Nearest(IEnumerable<GeofenceLocation> locations, double latitude, double longitude) =>
        locations.Select(l => (Location: l, DistanceMeters: DistanceMeters(latitude, longitude, l.Latitude, l.Longitude)))
            .OrderBy(x => x.DistanceMeters - x.Location.RadiusMeters)
            .Cast<(GeofenceLocation, double)?>()
            .FirstOrDefault();

    /// <summary>True for coordinates that exist on Earth (finite, within ±90° / ±180°).</summary>
    public static bool IsPossible(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
}
