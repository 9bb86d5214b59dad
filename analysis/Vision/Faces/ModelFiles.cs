namespace BankHire.Analysis.Vision;

/// <summary>Where the vision models live: beside the assembly (copied by the build), else Debian's opencv-data.</summary>
public static class ModelFiles
{
    public const string BlazeFaceFileName = "blazeface_front_128x128.onnx";
    public const string FrontalFaceCascadeFileName = "haarcascade_frontalface_default.xml";

    private const string DebianHaarFolder = "/usr/share/opencv4/haarcascades";

    public static string ModelsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Models");

    public static string BlazeFacePath => Path.Combine(ModelsFolder, BlazeFaceFileName);

    /// <summary>The cascade shipped with the assembly, else the one from Debian's opencv-data; null if neither exists.</summary>
    public static string? FindCascade(string fileName) =>
        new[] { Path.Combine(ModelsFolder, fileName), Path.Combine(DebianHaarFolder, fileName) }.FirstOrDefault(File.Exists);
}
