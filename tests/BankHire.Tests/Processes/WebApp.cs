using System.Net.Http.Json;
using BankHire.Tests.Support;

namespace BankHire.Tests.Processes;

/// <summary>Starts web-frontend's built BankHire.Web.dll as a process, and signs in to it.</summary>
public static class WebApp
{
    public const string AdminPassword = "Process-Chief-Pa55!";

    public static AppProcess Start(int httpPort, IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(settings)
        {
            ["BankHire__Admin__UserName"] = "admin",
            ["BankHire__Admin__Password"] = AdminPassword,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        return AppProcess.Start(RepositoryRoot.AppDll("web-frontend", "BankHire.Web"), RepositoryRoot.Combine("web-frontend"), httpPort, all);
    }

    public static async Task<HttpClient> SignInAsync(AppProcess app)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        return http;
    }
}
