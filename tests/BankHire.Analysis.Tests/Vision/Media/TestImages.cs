namespace BankHire.Analysis.Tests.Vision;

/// <summary>The Debian-packaged pictures the vision tests are built from.</summary>
public static class TestImages
{
    private const string SkimageData = "/usr/lib/python3/dist-packages/skimage/data/";

    /// <summary>Eileen Collins' NASA portrait (public domain), frontal and smiling, 512×512.</summary>
    public static string Astronaut => DebianPackageFiles.Get("python3-skimage", SkimageData + "astronaut.png");

    /// <summary>A cup of coffee on a table: a face-free background, 600×400.</summary>
    public static string Coffee => DebianPackageFiles.Get("python3-skimage", SkimageData + "coffee.png");
}
