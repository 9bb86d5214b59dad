using System.Collections.Concurrent;

namespace BankHire.Web.Auth;

/// <summary>
/// Failed sign-ins counted per client address and user name, so a stranger's wrong guesses slow down that stranger
/// only: the account itself is never locked by them, and an unknown user name is throttled exactly like a known one
/// (nothing tells which accounts exist). Per web node; a cluster multiplies the allowance by its nodes.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int MaxTracked = 100_000;

    private readonly ConcurrentDictionary<(string Client, string User), (int Failures, DateTimeOffset Since)> _failures = new();

    public bool IsThrottled(string client, string user) =>
        _failures.TryGetValue((client, user.ToUpperInvariant()), out var entry) && entry.Failures >= MaxFailures && clock.GetUtcNow() - entry.Since < Window;

    public void Failed(string client, string user)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaxTracked) Forget(now);
        _failures.AddOrUpdate((client, user.ToUpperInvariant()), (1, now),
            (_, entry) => now - entry.Since >= Window ? (1, now) : (entry.Failures + 1, entry.Since));
    }

    public void Succeeded(string client, string user) => _failures.TryRemove((client, user.ToUpperInvariant()), out _);

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, entry) in _failures)
            if (now - entry.Since >= Window) _failures.TryRemove(key, out _);
    }
}
