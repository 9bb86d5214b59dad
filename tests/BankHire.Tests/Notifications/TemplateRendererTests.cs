using BankHire.Notifications;
using BankHire.Notifications.Templates;

namespace BankHire.Tests.Notifications;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["candidateName"] = "王小明", ["jobTitle"] = "综合柜员", ["bankName"] = "示范银行",
        ["link"] = "https://x/#token=a", ["expiresAt"] = "2027年3月8日 09:00", ["slot"] = "2027年3月5日 10:00",
    };

    [Fact]
    public void Every_variable_is_filled_and_double_braces_are_literal()
    {
        var text = TemplateRenderer.Render("{candidateName}·{jobTitle}·{bankName}·{link}·{expiresAt}·{slot} {{literal}}", Values);
        Assert.Equal("王小明·综合柜员·示范银行·https://x/#token=a·2027年3月8日 09:00·2027年3月5日 10:00 {literal}", text);
    }

    [Theory]
    [InlineData("Hello {name}", "{name}")]
    [InlineData("Hello {candidatename}", "{candidatename}")]
    [InlineData("Hello {candidateName", "{candidateName")]
    [InlineData("Hello }", "}")]
    public void Unknown_variables_and_stray_braces_are_reported(string template, string expected)
    {
        Assert.Equal(expected, Assert.Single(TemplateRenderer.UnknownVariables(template)));
    }

    [Fact]
    public void A_hires_variables_are_unknown_to_an_invitation_and_known_to_the_hires_messages()
    {
        Assert.Equal(["{task}", "{dueDate}"], TemplateRenderer.UnknownVariables("Finish {task} by {dueDate}", MessageKind.Nudge));
        Assert.Empty(TemplateRenderer.UnknownVariables("Finish {task} by {dueDate}", MessageKind.OnboardingReminder));
        Assert.Equal(["{task}"], TemplateRenderer.UnknownVariables("From {startDate}: {task}", MessageKind.Welcome));
    }

    [Fact]
    public void Every_default_template_uses_only_known_variables_and_exists_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<MessageKind>())
        foreach (var language in NotificationLanguages.All)
        {
            var t = DefaultTemplates.For(kind, language);
            Assert.Empty(TemplateRenderer.UnknownVariables(t.Subject + t.Body + t.ShortText, kind));
            Assert.Contains("{link}", t.Body);
            Assert.Contains("{link}", t.ShortText);
        }
    }

    [Fact]
    public void A_job_template_overrides_the_default_for_its_kind_and_language_only()
    {
        var custom = new InvitationTemplate(MessageKind.Invitation, "en", "Hi {candidateName}", "{link}", "{link}");
        Assert.Same(custom, DefaultTemplates.Effective([custom], MessageKind.Invitation, "en"));
        Assert.Equal(DefaultTemplates.For(MessageKind.Invitation, "zh-CN"), DefaultTemplates.Effective([custom], MessageKind.Invitation, "zh-CN"));
    }

    [Fact]
    public void Times_are_written_in_the_banks_zone_per_language()
    {
        var at = new DateTimeOffset(2027, 3, 8, 1, 0, 0, TimeSpan.Zero);
        var zone = MessageTimes.Zone("Asia/Shanghai");
        Assert.Equal("2027年3月8日 09:00（UTC+08:00）", MessageTimes.Format(at, "zh-CN", zone));
        Assert.Equal("8 March 2027, 09:00 (UTC+08:00)", MessageTimes.Format(at, "en", zone));
    }
}
