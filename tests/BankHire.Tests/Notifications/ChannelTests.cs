using System.Net;
using System.Text;
using BankHire.Notifications;
using BankHire.Notifications.Channels;
using BankHire.Tests.Support;

namespace BankHire.Tests.Notifications;

/// <summary>The channels against a real SMTP server and the gateway's HTTP endpoint, both on loopback.</summary>
public sealed class ChannelTests : IAsyncLifetime
{
    private readonly SmtpReceiver _smtp = new();
    private readonly GatewayDouble _gateway = new();

    private NotificationOptions Options => new()
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port, Security = "None", From = "hr@bank.example", FromName = "HR" },
        Gateway = new GatewayOptions { Url = _gateway.Url, Secret = "s3cret" },
    };

    private static OutgoingMessage Message(InvitationChannel channel, string recipient, string language = "zh-CN") => new(
        Guid.NewGuid(), MessageKind.Invitation, channel, language, recipient,
        "示范银行诚邀您参加「综合柜员」AI视频面试", "王小明，您好：\n请打开 https://hr.bank.example/interview.html#token=abc.def 完成面试。",
        "【示范银行】请打开 https://hr.bank.example/interview.html#token=abc.def", "https://hr.bank.example/interview.html#token=abc.def",
        new Dictionary<string, string> { ["candidateName"] = "王小明" });

    [Fact]
    public async Task An_email_reaches_the_smtp_server_with_subject_link_language_and_qr_code()
    {
        await new EmailChannel(Options).SendAsync(Message(InvitationChannel.Email, "xiaoming@example.edu.cn"), CancellationToken.None);

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("hr@bank.example", mail.MailFrom);
        Assert.Equal(["xiaoming@example.edu.cn"], mail.Recipients);
        Assert.Equal("示范银行诚邀您参加「综合柜员」AI视频面试", mail.Message.Subject);
        Assert.Equal("zh-CN", mail.Message.Body!.Headers["Content-Language"]);
        Assert.Contains("https://hr.bank.example/interview.html#token=abc.def", mail.Message.TextBody);
        Assert.Contains("href=\"https://hr.bank.example/interview.html#token=abc.def\"", mail.Message.HtmlBody);
        var qr = Assert.Single(mail.Message.BodyParts.OfType<MimeKit.MimePart>(), p => p.ContentType.MimeType == "image/png");
        Assert.Contains($"cid:{qr.ContentId}", mail.Message.HtmlBody);
        using var png = new MemoryStream();
        await qr.Content!.DecodeToAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.ToArray()[..4]);
    }

    [Fact]
    public async Task A_refused_email_is_a_failure_with_the_servers_reason()
    {
        _smtp.RefuseNext(1);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            new EmailChannel(Options).SendAsync(Message(InvitationChannel.Email, "a@example.com"), CancellationToken.None));
        Assert.Contains("temporarily unavailable", failure.Message);
    }

    [Fact]
    public async Task Without_an_smtp_host_email_fails_saying_so()
    {
        var options = Options;
        options.Smtp.Host = null;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new EmailChannel(options).SendAsync(Message(InvitationChannel.Email, "a@example.com"), CancellationToken.None));
        Assert.Contains("Smtp:Host", failure.Message);
    }

    [Theory]
    [InlineData(InvitationChannel.Sms, "sms")]
    [InlineData(InvitationChannel.WeChat, "wechat")]
    public async Task The_gateway_gets_a_signed_json_message(InvitationChannel channel, string name)
    {
        using var http = new HttpClient();
        var message = Message(channel, "13800138000");
        await new GatewayChannel(channel, Options, http).SendAsync(message, CancellationToken.None);

        var request = Assert.Single(_gateway.Requests);
        Assert.Equal("sha256=" + GatewayChannel.Sign("s3cret", request.Timestamp, request.Body), request.Signature);
        Assert.NotEqual("sha256=" + GatewayChannel.Sign("other", request.Timestamp, request.Body), request.Signature);
        var json = request.Json;
        Assert.Equal(name, json.GetProperty("channel").GetString());
        Assert.Equal("13800138000", json.GetProperty("to").GetString());
        Assert.Equal("invitation", json.GetProperty("template").GetString());
        Assert.Equal(message.Link, json.GetProperty("link").GetString());
        Assert.Equal(message.ShortText, json.GetProperty("text").GetString());
        Assert.Equal("王小明", json.GetProperty("variables").GetProperty("candidateName").GetString());
        // Signed over the exact bytes sent: one changed byte breaks it.
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body).Replace("13800138000", "13900139000"));
        Assert.NotEqual("sha256=" + GatewayChannel.Sign("s3cret", request.Timestamp, tampered), request.Signature);
    }

    [Fact]
    public async Task A_gateway_error_is_a_failure_with_its_status()
    {
        _gateway.AnswerNext(HttpStatusCode.ServiceUnavailable);
        using var http = new HttpClient();
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() =>
            new GatewayChannel(InvitationChannel.Sms, Options, http).SendAsync(Message(InvitationChannel.Sms, "13800138000"), CancellationToken.None));
        Assert.Contains("503", failure.Message);
    }

    [Fact]
    public void The_qr_code_is_a_png()
    {
        var png = QrCodes.Png("https://hr.bank.example/interview.html#token=abc.def");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 200);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _gateway.DisposeAsync();
    }
}
