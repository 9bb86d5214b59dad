using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using BankHire.Web.CandidatePortal;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The job's interview slots in the new console, as a week calendar, in Chinese and English on a laptop and a phone:
/// the time zone named, who booked a slot, a slot published, a booked one changed (seats and place only) and cancelled,
/// its candidate told through the notification path and back to "invited".
/// </summary>
public sealed class HrSlotsBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleBrowserTests.Settings;

    /// <summary>A job with one slot three days ahead at 09:00 (three seats), booked by one invited candidate.</summary>
    private async Task<(string Job, string Slot, string Candidate, DateTime Day)> BookedSlotAsync()
    {
        using var hr = await WebApp.SignInAsync(app.App);
        var job = $"teller-slots-{Guid.NewGuid().ToString("N")[..6]}";
        (await hr.PostAsJsonAsync("/api/jobs", new { id = job, templateCode = "teller", titleZh = "综合柜员（校园招聘）", titleEn = "Bank Teller (campus)", branchCode = "SH-LJZ", openings = 5 }))
            .EnsureSuccessStatusCode();
        var day = DateTime.Today.AddDays(3);
        var starts = new DateTimeOffset(day.AddHours(9));
        var slot = await (await hr.PostAsJsonAsync($"/api/jobs/{job}/slots", new { startsAt = starts, durationMinutes = 30, capacity = 3, bookingDeadline = starts.AddHours(-2), location = "线上" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var created = await hr.PostAsJsonAsync("/api/candidates", new { fullName = "吴预约", jobId = job, email = $"{Guid.NewGuid():N}@example.edu.cn" });
        var candidate = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var sent = await (await hr.PostAsJsonAsync($"/api/candidates/{candidate}/invitations", new { channels = new[] { "email" }, language = "zh-CN" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var link = sent.GetProperty("link").GetString()!;
        using var portal = new HttpClient { BaseAddress = app.App.BaseAddress };
        var book = new HttpRequestMessage(HttpMethod.Post, "/api/candidate/interview/slot") { Content = JsonContent.Create(new { slotId = slot.GetProperty("id").GetString() }) };
        book.Headers.Add(CandidatePortalEndpoints.TokenHeader, link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        (await portal.SendAsync(book)).EnsureSuccessStatusCode();
        return (job, slot.GetProperty("id").GetString()!, candidate, day);
    }

    [Theory]
    [MemberData(nameof(HrConsoleSettings.EnLaptopZhPhone), MemberType = typeof(HrConsoleSettings))]
    public async Task Hr_sees_the_week_with_who_booked_publishes_changes_and_cancels_a_slot(string language, int width)
    {
        var (job, slotId, candidate, day) = await BookedSlotAsync();
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await hr.PickJobAsync(job);
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("面试时段", "Interview slots") }).ClickAsync();

        // The calendar opens on the week of the next slot, names the time zone and shows the seats taken.
        var view = page.Locator($".slots-view[data-job-id='{job}']");
        var booked = view.Locator($".slot-card[data-slot-id='{slotId}']");
        await Assertions.Expect(booked).ToContainTextAsync("09:00–09:30");
        await Assertions.Expect(booked).ToContainTextAsync(hr.Text("已约 1 / 3", "1 of 3 booked"));
        await Assertions.Expect(view.Locator(".slots-zone")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"UTC[+-]\d\d:\d\d"));
        await hr.CheckAsync("slots");

        // Who booked it, by name.
        await booked.ClickAsync();
        var detail = page.Locator(".slot-detail");
        await Assertions.Expect(detail.Locator(".slot-booking-name")).ToHaveTextAsync("吴预约");
        await Assertions.Expect(detail.Locator(".el-dialog__headerbtn")).ToBeInViewportAsync(new() { Ratio = 1 });
        await hr.CheckAsync("slot-detail");

        // Changed while booked: the time is locked, the seats and the place change.
        await detail.Locator(".edit-slot").ClickAsync();
        var form = page.Locator(".slot-form-dialog");
        await Assertions.Expect(form.Locator("#slot-starts")).ToBeDisabledAsync();
        await form.Locator("#slot-capacity").FillAsync("6");
        await form.Locator("#slot-location").FillAsync("上海分行 3 楼");
        await hr.CheckAsync("slot-edit");
        await form.Locator(".save-slot").ClickAsync();
        await Assertions.Expect(booked).ToContainTextAsync(hr.Text("已约 1 / 6", "1 of 6 booked"));
        await Assertions.Expect(booked).ToContainTextAsync("上海分行 3 楼");

        // A new slot the same afternoon; a deadline after the start is refused by its field first.
        await view.Locator(".new-slot").ClickAsync();
        await Assertions.Expect(form.Locator("#slot-starts")).ToBeEnabledAsync();
        await form.Locator("#slot-starts").FillAsync($"{day:yyyy-MM-dd}T14:00");
        await form.Locator("#slot-deadline").FillAsync($"{day:yyyy-MM-dd}T15:00");
        await form.Locator(".save-slot").ClickAsync();
        await Assertions.Expect(form.Locator(".el-form-item__error")).ToHaveTextAsync(hr.Text("预约截止须在将来，且不晚于开始时间。", "Booking must close in the future and no later than the start."));
        await form.Locator("#slot-deadline").FillAsync($"{day:yyyy-MM-dd}T12:00");
        await form.Locator("#slot-capacity").FillAsync("4");
        await form.Locator(".save-slot").ClickAsync();
        var afternoon = view.Locator(".slot-card").Filter(new() { HasTextString = "14:00–14:30" });
        await Assertions.Expect(afternoon).ToContainTextAsync(hr.Text("已约 0 / 4", "0 of 4 booked"));
        await Assertions.Expect(view.Locator(".slots-count")).ToHaveTextAsync(hr.Text("共 2 个时段", "Slots in all: 2"));

        // Cancelled: confirmed, the candidate told, the slot gone from the week.
        await booked.ClickAsync();
        await detail.Locator(".cancel-slot").ClickAsync();
        var confirm = page.Locator(".el-message-box");
        await Assertions.Expect(confirm).ToContainTextAsync(hr.Text("已有 1 名候选人预约此时段", "1 candidate(s) booked this slot"));
        await hr.CheckAsync("slot-cancel");
        await confirm.GetByRole(AriaRole.Button, new() { Name = hr.Text("取消时段", "Cancel the slot") }).ClickAsync();
        await Assertions.Expect(page.Locator(".el-message")).ToContainTextAsync(hr.Text("已通知 1 名候选人", "1 candidate(s) told"));
        await Assertions.Expect(booked).ToHaveCountAsync(0);
        await Assertions.Expect(view.Locator(".slots-count")).ToHaveTextAsync(hr.Text("共 1 个时段", "Slots in all: 1"));
        await hr.CheckAsync("slots-after-cancel");

        using var api = await WebApp.SignInAsync(app.App);
        Assert.Equal("Invited", (await api.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}")).GetProperty("stage").GetString());
        var deliveries = await api.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}/invitations");
        Assert.Contains(deliveries.EnumerateArray(), d => d.GetProperty("kind").GetString() == "SlotCancelled");
        await page.Context.CloseAsync();
    }
}
