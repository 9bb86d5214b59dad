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

    /// <summary>
    /// Signs in over a keep-alive connection that the next request reuses (the pool hands out the idle one), as a browser
    /// does: an answer that spoils the connection (a body written to the login's 204 once made Kestrel drop it) fails it.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(AppProcess app)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        var http = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        if (response.Headers.ConnectionClose == true)
            throw new InvalidOperationException("The sign-in answer closed the connection: the next request would need a new one.");
        return http;
    }
}
