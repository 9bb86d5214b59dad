namespace BankHire.Tests.Support;

/// <summary>The checkout the tests run from, and the build outputs of its apps.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Debug or Release: whatever this test assembly was built as, so apps match it.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static string AppDll(string projectFolder, string assemblyName) =>
        Combine(projectFolder, "bin", Configuration, "net10.0", assemblyName + ".dll");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BankHire.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"BankHire.sln not found above {AppContext.BaseDirectory}.");
    }
}
