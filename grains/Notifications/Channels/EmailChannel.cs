using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Utils;

namespace BankHire.Notifications.Channels;

/// <summary>E-mail through an SMTP server (MailKit): a plain-text and an HTML part, the QR code of the link inline, a booking's
/// calendar invitation as a text/calendar attachment.</summary>
public sealed class EmailChannel(NotificationOptions options) : IInvitationChannel
{
    public InvitationChannel Kind => InvitationChannel.Email;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellation)
    {
        var smtp = options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host)) throw new InvalidOperationException("E-mail is not configured (BankHire:Notifications:Smtp:Host).");
        if (!Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var security))
            throw new InvalidOperationException($"Unknown SMTP security '{smtp.Security}' (None, StartTls, StartTlsWhenAvailable, SslOnConnect, Auto).");

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellation);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellation);
        await client.SendAsync(Build(message, smtp), cancellation);
        await client.DisconnectAsync(quit: true, cancellation);
    }

    internal static MimeMessage Build(OutgoingMessage message, SmtpOptions smtp)
    {
        var mail = new MimeMessage { Subject = message.Subject };
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mail.To.Add(new MailboxAddress(message.Variables.GetValueOrDefault("candidateName") ?? "", message.Recipient));
        mail.Headers.Add("X-BankHire-Delivery", message.DeliveryId.ToString());

        var body = new BodyBuilder { TextBody = message.Body };
        var qr = body.LinkedResources.Add("invitation-qr.png", QrCodes.Png(message.Link), new ContentType("image", "png"));
        qr.ContentId = MimeUtils.GenerateMessageId();
        body.HtmlBody = Html(message, qr.ContentId);
        if (message.CalendarIcs is { } ics)
        {
            // Calendars read the method from the part's content type (RFC 6047), so it must match the file's METHOD.
            var type = new ContentType("text", "calendar") { Charset = "utf-8" };
            type.Parameters.Add("method", message.CalendarMethod ?? "REQUEST");
            body.Attachments.Add("invite.ics", System.Text.Encoding.UTF8.GetBytes(ics), type);
        }
        mail.Body = body.ToMessageBody();
        mail.Body.Headers.Replace(HeaderId.ContentLanguage, message.Language);
        return mail;
    }

    private static string Html(OutgoingMessage message, string qrContentId)
    {
        var link = WebUtility.HtmlEncode(message.Link);
        var text = WebUtility.HtmlEncode(message.Body).Replace(link, $"<a href=\"{link}\">{link}</a>").Replace("\n", "<br>\n");
        return $"""
            <!DOCTYPE html>
            <html lang="{message.Language}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(message.Subject)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5">
            <p>{text}</p>
            <p><img src="cid:{qrContentId}" alt="QR" width="200" height="200"></p>
            </body></html>
            """;
    }
}
