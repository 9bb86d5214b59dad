namespace BankHire.Notifications.Channels;

/// <summary>One way to reach a candidate. A send that returns was accepted by the server; a failure throws with the reason.</summary>
public interface IInvitationChannel
{
    InvitationChannel Kind { get; }

    Task SendAsync(OutgoingMessage message, CancellationToken cancellation);
}
