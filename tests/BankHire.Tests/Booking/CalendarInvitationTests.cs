using System.Text;
using BankHire.Booking;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Notifications;
using BankHire.Notifications.Calendar;
using BankHire.Tests.Notifications;
using MimeKit;
using IcalCalendar = Ical.Net.Calendar;

namespace BankHire.Tests.Booking;

/// <summary>
/// A booking's calendar invitation (RFC 5545): written by <see cref="IcsCalendar"/>, read back by an independent parser
/// (Ical.Net), and carried as text/calendar by the e-mails a booking and a rebooking send through the SMTP double.
/// </summary>
[Collection(NotifyClusterCollection.Name)]
public sealed class CalendarInvitationTests(NotifyClusterFixture fixture)
{
    private static IcsEvent Event(bool cancelled = false, int sequence = 2) => new(
        "interview-0f8e@bankhire", sequence, cancelled,
        new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
        "面试时间已确认：「综合柜员, 校园招聘; 2027」", "第一行\n第二行，含逗号; 分号 \\ 反斜杠。" + new string('长', 80),
        "线上, 视频", "https://hr.bank.example/interview.html#token=abc.def", "recruiting@bank.example", "示范银行招聘", "li@example.edu.cn", "李雷");

    [Fact]
    public void An_invitation_reads_back_with_its_uid_sequence_utc_times_link_and_escaped_text()
    {
        var ics = IcsCalendar.Build(Event());

        var calendar = IcalCalendar.Load(ics)!;
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal("interview-0f8e@bankhire", e.Uid);
        Assert.Equal(2, e.Sequence);
        Assert.Equal(new DateTime(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 5, 1, 30, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.True(e.DtStart.IsUtc);
        Assert.Equal(new Uri("https://hr.bank.example/interview.html#token=abc.def"), e.Url);
        Assert.Equal("面试时间已确认：「综合柜员, 校园招聘; 2027」", e.Summary);
        Assert.Equal(Event().Description, e.Description);
        Assert.Equal("线上, 视频", e.Location);
        Assert.Equal("CONFIRMED", e.Status);
        Assert.Equal("mailto:li@example.edu.cn", Assert.Single(e.Attendees).Value!.ToString());
        Assert.Contains("DTSTART:20261205T010000Z\r\n", ics);
        // Every content line fits 75 octets; the long description was folded, not cut.
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
    }

    [Fact]
    public void A_cancellation_keeps_the_uid_and_says_cancel()
    {
        var calendar = IcalCalendar.Load(IcsCalendar.Build(Event(cancelled: true, sequence: 3)))!;

        Assert.Equal("CANCEL", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(("interview-0f8e@bankhire", 3, "CANCELLED"), (e.Uid, e.Sequence, e.Status));
    }

    [Fact]
    public async Task Booking_and_rebooking_each_email_a_calendar_invitation_that_replaces_the_last()
    {
        var email = $"{Guid.NewGuid():N}@example.edu.cn";
        var (job, candidate) = await fixture.CandidateAsync(email: email);
        await fixture.Grains.GetGrain<ICandidateGrain>(candidate).MoveToAsync(CandidateStage.Invited, "hr", null);
        var interview = Guid.NewGuid();
        var expiresAt = fixture.Clock.GetUtcNow().AddDays(7);
        var link = $"https://hr.bank.example/interview.html#token={interview:N}";
        await fixture.Grains.GetGrain<IInterviewSessionGrain>(interview).CreateAsync(new InterviewInvitation(candidate, job, 1, expiresAt));
        var followUp = fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview);
        await followUp.StartAsync(new FollowUpPlan(candidate, job, link, expiresAt, [InvitationChannel.Email], "zh-CN"));
        var calendar = fixture.Grains.GetGrain<IBookingCalendarGrain>(job);
        var starts = fixture.Clock.GetUtcNow().AddDays(2);
        var first = await calendar.PublishAsync(new SlotDraft(starts, 30, 5, starts.AddHours(-6), "线上"));
        var second = await calendar.PublishAsync(new SlotDraft(starts.AddHours(3), 45, 5, starts.AddHours(-6), "网点 3 楼"));

        await followUp.BookAsync(job, candidate, first.Id);
        await followUp.BookAsync(job, candidate, first.Id); // the same slot again: nothing new to announce
        await followUp.BookAsync(job, candidate, second.Id);

        var mails = fixture.Smtp.To(email).Select(m => m.Message).ToList();
        Assert.Equal(2, mails.Count);
        var invites = mails.Select(Invite).ToList();
        Assert.All(invites, i => Assert.Equal("REQUEST", i.Method));
        Assert.Equal(invites[0].Event.Uid, invites[1].Event.Uid);
        Assert.Equal([0, 1], invites.Select(i => i.Event.Sequence));
        Assert.Equal(starts.UtcDateTime, invites[0].Event.DtStart!.AsUtc);
        Assert.Equal(starts.AddHours(3).AddMinutes(45).UtcDateTime, invites[1].Event.DtEnd!.AsUtc);
        Assert.Equal("网点 3 楼", invites[1].Event.Location);
        Assert.Equal(new Uri(link), invites[1].Event.Url);
        Assert.Contains("面试时间已确认", mails[1].Subject);
        Assert.Equal(2, (await fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate).ListAsync()).Count(d => d.Kind == MessageKind.Booked));
    }

    private static (string Method, Ical.Net.CalendarComponents.CalendarEvent Event) Invite(MimeMessage mail)
    {
        var part = Assert.Single(mail.Attachments.OfType<MimePart>(), a => a.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("invite.ics", part.FileName);
        using var text = new MemoryStream();
        part.Content!.DecodeTo(text);
        var calendar = IcalCalendar.Load(Encoding.UTF8.GetString(text.ToArray()))!;
        // The part's method parameter and the file's METHOD agree (RFC 6047).
        Assert.Equal(calendar.Method, part.ContentType.Parameters["method"]);
        return (calendar.Method!, Assert.Single(calendar.Events));
    }
}
