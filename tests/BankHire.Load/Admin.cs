using System.Net.Http.Json;

namespace BankHire.Load;

/// <summary>An HR admin session (cookie) against the running app.</summary>
public static class Admin
{
    public static async Task<HttpClient> SignInAsync(string baseUrl, string user, string password)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
        (await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password })).EnsureSuccessStatusCode();
        return http;
    }
}
