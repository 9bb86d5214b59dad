using System.Net;
using BankHire.Notifications;
using BankHire.Notifications.Templates;
using BankHire.Tests.Support;

namespace BankHire.Tests.Notifications;

[Collection(NotifyClusterCollection.Name)]
public sealed class CandidateNotificationsTests(NotifyClusterFixture fixture)
{
    private NotificationRequest Request(MessageKind kind, string language, params InvitationChannel[] channels) =>
        new(kind, [.. channels], language, Guid.NewGuid(), $"https://hr.bank.example/interview.html#token={Guid.NewGuid():N}",
            fixture.Clock.GetUtcNow().AddDays(7), null);

    [Fact]
    public async Task An_invitation_goes_out_on_every_channel_and_is_recorded_as_sent()
    {
        var (_, candidate) = await fixture.CandidateAsync(email: $"{Guid.NewGuid():N}@example.edu.cn");
        var request = Request(MessageKind.Invitation, "zh-CN", InvitationChannel.Email, InvitationChannel.Sms, InvitationChannel.WeChat);

        var deliveries = await fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate).SendAsync(request);

        Assert.Equal(3, deliveries.Length);
        Assert.All(deliveries, d => { Assert.Equal(DeliveryStatus.Sent, d.Status); Assert.Equal(1, d.Attempts); Assert.Null(d.LastError); });
        var email = deliveries.Single(d => d.Channel == InvitationChannel.Email).Recipient;
        var mail = Assert.Single(fixture.Smtp.To(email));
        Assert.Equal("示范银行诚邀您参加「综合柜员」AI视频面试".Replace("示范银行", "银行"), mail.Message.Subject);
        Assert.Contains("王小明，您好", mail.Message.TextBody);
        Assert.Contains(request.Link, mail.Message.TextBody);
        Assert.Contains(MessageTimes.Format(request.ExpiresAt, "zh-CN", MessageTimes.Zone("Asia/Shanghai")), mail.Message.TextBody);
        var gateway = fixture.Gateway.Requests.Where(r => r.Json.GetProperty("link").GetString() == request.Link).ToList();
        Assert.Equal(["sms", "wechat"], gateway.Select(r => r.Json.GetProperty("channel").GetString()).Order());
        Assert.All(gateway, r => Assert.Contains(request.Link, r.Json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task An_english_invitation_uses_the_english_template()
    {
        var (_, candidate) = await fixture.CandidateAsync("Emily Zhou", $"{Guid.NewGuid():N}@example.com");
        var request = Request(MessageKind.Invitation, "en", InvitationChannel.Email);

        var delivery = Assert.Single(await fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate).SendAsync(request));

        var mail = Assert.Single(fixture.Smtp.To(delivery.Recipient));
        Assert.Equal("the bank invites you to an AI video interview for Teller", mail.Message.Subject);
        Assert.Contains("Dear Emily Zhou", mail.Message.TextBody);
        Assert.Contains(MessageTimes.Format(request.ExpiresAt, "en", MessageTimes.Zone("Asia/Shanghai")), mail.Message.TextBody);
        Assert.Equal("en", mail.Message.Body!.Headers["Content-Language"]);
    }

    [Fact]
    public async Task A_missing_phone_number_fails_at_once_without_retries()
    {
        var (_, candidate) = await fixture.CandidateAsync(phone: null);

        var delivery = Assert.Single(await fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate)
            .SendAsync(Request(MessageKind.Invitation, "zh-CN", InvitationChannel.Sms)));

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("phone", delivery.LastError);
        Assert.Null(delivery.NextAttemptAt);
    }

    [Fact]
    public async Task A_failed_delivery_survives_a_restart_and_is_retried_with_backoff_until_sent()
    {
        var (_, candidate) = await fixture.CandidateAsync();
        var link = $"https://hr.bank.example/interview.html#token=retry-{Guid.NewGuid():N}";
        fixture.Gateway.AnswerNext(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway);
        var request = Request(MessageKind.Invitation, "zh-CN", InvitationChannel.Sms) with { Link = link };

        var first = Assert.Single(await fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate).SendAsync(request));
        Assert.Equal(DeliveryStatus.Failed, first.Status);
        Assert.Contains("503", first.LastError);
        Assert.Equal(fixture.Clock.GetUtcNow().AddMinutes(1), first.NextAttemptAt);

        await fixture.RestartAsync();
        var grain = fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate);
        var afterRestart = Assert.Single(await grain.ListAsync());
        Assert.Equal((DeliveryStatus.Failed, 1, first.NextAttemptAt), (afterRestart.Status, afterRestart.Attempts, afterRestart.NextAttemptAt));

        Assert.Empty(await grain.RetryDueAsync()); // not due yet
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.Single(await grain.RetryDueAsync());
        Assert.Equal((DeliveryStatus.Failed, 2), (second.Status, second.Attempts));
        Assert.Contains("502", second.LastError);
        Assert.Equal(fixture.Clock.GetUtcNow().AddMinutes(2), second.NextAttemptAt); // doubled

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        var third = Assert.Single(await grain.RetryDueAsync());
        Assert.Equal((DeliveryStatus.Sent, 3), (third.Status, third.Attempts));
        Assert.Null(third.NextAttemptAt);
        Assert.Equal(3, fixture.Gateway.Requests.Count(r => r.Json.GetProperty("link").GetString() == link));
        // The same message each time: rendered once, stored, resent.
        Assert.Single(fixture.Gateway.Requests.Where(r => r.Json.GetProperty("link").GetString() == link).Select(r => r.Json.GetProperty("text").GetString()).Distinct());
    }

    [Fact]
    public async Task After_the_last_try_a_failure_stays_visible_and_is_not_retried()
    {
        var email = $"{Guid.NewGuid():N}@example.edu.cn";
        var (_, candidate) = await fixture.CandidateAsync(email: email);
        var grain = fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate);
        // Only this candidate's mail: hires from other tests are welcomed and reminded on their own reminders meanwhile.
        fixture.Smtp.RefuseNext(3, email);
        var delivery = Assert.Single(await grain.SendAsync(Request(MessageKind.Nudge, "zh-CN", InvitationChannel.Email)));
        for (var i = 0; i < 2; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(10));
            delivery = Assert.Single(await grain.RetryDueAsync());
        }

        Assert.Equal((DeliveryStatus.Failed, 3), (delivery.Status, delivery.Attempts));
        Assert.Null(delivery.NextAttemptAt);
        Assert.Contains("temporarily unavailable", delivery.LastError);
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await grain.RetryDueAsync());
    }
}
