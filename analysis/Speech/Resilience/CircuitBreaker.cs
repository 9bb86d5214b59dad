namespace BankHire.Analysis.Speech.Resilience;

public enum CircuitState
{
    /// <summary>Calls go through.</summary>
    Closed,
    /// <summary>Too many failures in a row: calls fail at once until the break is over.</summary>
    Open,
    /// <summary>The break is over: the next call is a trial; its outcome closes or reopens the circuit.</summary>
    HalfOpen,
}

/// <summary>
/// Stops calling an engine that keeps failing, so answers go to human review at once instead of each waiting
/// out its timeouts, and tries it again after a break. Thread-safe.
/// </summary>
public sealed class CircuitBreaker(int breakAfterFailures, TimeSpan breakFor, TimeProvider clock)
{
    private readonly Lock gate = new();
    private int failuresInARow;
    private DateTimeOffset? openUntil;
    private bool trialInFlight;

    public CircuitState State
    {
        get
        {
            lock (gate) return StateNow();
        }
    }

    /// <summary>When the circuit is open, until when; else null.</summary>
    public DateTimeOffset? OpenUntil
    {
        get
        {
            lock (gate) return StateNow() == CircuitState.Open ? openUntil : null;
        }
    }

    /// <summary>Whether a call may go out now; in half-open state only one trial call at a time.</summary>
    public bool TryEnter()
    {
        lock (gate)
        {
            switch (StateNow())
            {
                case CircuitState.Closed:
                    return true;
                case CircuitState.HalfOpen when !trialInFlight:
                    trialInFlight = true;
                    return true;
                default:
                    return false;
            }
        }
    }

    public void Succeeded()
    {
        lock (gate)
        {
            failuresInARow = 0;
            openUntil = null;
            trialInFlight = false;
        }
    }

    public void Failed()
    {
        lock (gate)
        {
            var wasTrial = trialInFlight;
            trialInFlight = false;
            failuresInARow++;
            if (wasTrial || failuresInARow >= breakAfterFailures)
                openUntil = clock.GetUtcNow() + breakFor;
        }
    }

    private CircuitState StateNow() =>
        openUntil is not { } until ? CircuitState.Closed
        : clock.GetUtcNow() < until ? CircuitState.Open
        : CircuitState.HalfOpen;
}
