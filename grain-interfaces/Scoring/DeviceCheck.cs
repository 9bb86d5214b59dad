using System.Collections.Immutable;

namespace BankHire.Scoring;

/// <summary>One camera frame checked before the interview: faces, light, sharpness and what to fix (codes: no_face, multiple_faces, too_dark, too_bright, blurry).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.DeviceCheck")]
public sealed record DeviceCheck(int Faces, double Brightness, double Blur, bool Ok, ImmutableArray<string> Guidance);
