using System.Collections.Immutable;

namespace BankHire.Notifications.Templates;

/// <summary>The templates BankHire ships: every kind of message in Chinese and in English.</summary>
public static class DefaultTemplates
{
    public static readonly ImmutableArray<InvitationTemplate> All =
    [
        new(MessageKind.Invitation, NotificationLanguages.Chinese,
            "{bankName}诚邀您参加「{jobTitle}」AI视频面试",
            "{candidateName}，您好：\n\n感谢您应聘{bankName}「{jobTitle}」岗位。诚邀您参加AI视频面试，请在 {expiresAt} 前打开以下链接预约时间并完成面试：\n\n{link}\n\n也可用手机扫描邮件中的二维码。祝您面试顺利！\n\n{bankName} 招聘团队",
            "【{bankName}】{candidateName}您好，诚邀您参加「{jobTitle}」AI视频面试，请于{expiresAt}前预约并完成：{link}"),
        new(MessageKind.Invitation, NotificationLanguages.English,
            "{bankName} invites you to an AI video interview for {jobTitle}",
            "Dear {candidateName},\n\nThank you for applying to {bankName} for the {jobTitle} position. We invite you to an AI video interview. Please open the link below to book a time and complete the interview before {expiresAt}:\n\n{link}\n\nYou can also scan the QR code in this e-mail with your phone. Good luck!\n\nThe {bankName} recruiting team",
            "[{bankName}] Dear {candidateName}, you are invited to an AI video interview for {jobTitle}. Book and complete it before {expiresAt}: {link}"),
        new(MessageKind.Nudge, NotificationLanguages.Chinese,
            "提醒：请预约{bankName}「{jobTitle}」面试时间",
            "{candidateName}，您好：\n\n您尚未预约「{jobTitle}」AI视频面试的时间。邀请将于 {expiresAt} 失效，请尽快通过以下链接预约：\n\n{link}\n\n{bankName} 招聘团队",
            "【{bankName}】{candidateName}您好，您尚未预约「{jobTitle}」面试，邀请将于{expiresAt}失效，请尽快预约：{link}"),
        new(MessageKind.Nudge, NotificationLanguages.English,
            "Reminder: please book your {jobTitle} interview with {bankName}",
            "Dear {candidateName},\n\nYou have not yet booked a time for your AI video interview for {jobTitle}. The invitation expires at {expiresAt}; please book through this link:\n\n{link}\n\nThe {bankName} recruiting team",
            "[{bankName}] Dear {candidateName}, please book your {jobTitle} interview before {expiresAt}: {link}"),
        new(MessageKind.Reminder, NotificationLanguages.Chinese,
            "您的「{jobTitle}」面试将于 {slot} 开始",
            "{candidateName}，您好：\n\n您预约的{bankName}「{jobTitle}」AI视频面试将于 {slot} 开始。请提前准备好摄像头和麦克风，届时打开以下链接：\n\n{link}\n\n{bankName} 招聘团队",
            "【{bankName}】{candidateName}您好，您的「{jobTitle}」面试将于{slot}开始，届时请打开：{link}"),
        new(MessageKind.Reminder, NotificationLanguages.English,
            "Your {jobTitle} interview starts at {slot}",
            "Dear {candidateName},\n\nYour AI video interview with {bankName} for {jobTitle} starts at {slot}. Please have your camera and microphone ready and open this link then:\n\n{link}\n\nThe {bankName} recruiting team",
            "[{bankName}] Dear {candidateName}, your {jobTitle} interview starts at {slot}: {link}"),
        new(MessageKind.Welcome, NotificationLanguages.Chinese,
            "欢迎加入{bankName}！",
            "{candidateName}，您好：\n\n欢迎您加入{bankName}，担任「{jobTitle}」。您的入职日期是 {startDate}。\n\n入职前请完成入职清单（材料提交、签订合同、入职培训）。上班打卡和请假请用手机打开以下链接（无需安装应用，请勿转发）：\n\n{link}\n\n{bankName} 人力资源部",
            "【{bankName}】{candidateName}您好，欢迎加入！入职日期{startDate}。打卡与请假请打开：{link}"),
        new(MessageKind.Welcome, NotificationLanguages.English,
            "Welcome to {bankName}!",
            "Dear {candidateName},\n\nWelcome to {bankName} as {jobTitle}. Your first day is {startDate}.\n\nPlease complete your onboarding checklist (documents, contract, training) before then. Check in and request leave on your phone with this link (no app needed; do not forward it):\n\n{link}\n\nThe {bankName} HR team",
            "[{bankName}] Dear {candidateName}, welcome! Your first day is {startDate}. Check in and request leave here: {link}"),
        new(MessageKind.OnboardingReminder, NotificationLanguages.Chinese,
            "提醒：入职事项「{task}」请于 {dueDate} 前完成",
            "{candidateName}，您好：\n\n您的入职事项「{task}」尚未完成，请于 {dueDate} 前完成。如有疑问请联系人力资源部。\n\n{link}\n\n{bankName} 人力资源部",
            "【{bankName}】{candidateName}您好，入职事项「{task}」请于{dueDate}前完成：{link}"),
        new(MessageKind.OnboardingReminder, NotificationLanguages.English,
            "Reminder: please complete \"{task}\" by {dueDate}",
            "Dear {candidateName},\n\nYour onboarding item \"{task}\" is not done yet; please complete it by {dueDate}. Contact HR with any questions.\n\n{link}\n\nThe {bankName} HR team",
            "[{bankName}] Dear {candidateName}, please complete \"{task}\" by {dueDate}: {link}"),
        new(MessageKind.SlotCancelled, NotificationLanguages.Chinese,
            "您预约的「{jobTitle}」面试时间 {slot} 已取消",
            "{candidateName}，您好：\n\n很抱歉，您预约的{bankName}「{jobTitle}」AI视频面试时间 {slot} 已被招聘团队取消。请在 {expiresAt} 前通过以下链接重新预约其他时间：\n\n{link}\n\n给您带来不便，敬请谅解。\n\n{bankName} 招聘团队",
            "【{bankName}】{candidateName}您好，您预约的「{jobTitle}」面试时间{slot}已取消，请于{expiresAt}前重新预约：{link}"),
        new(MessageKind.SlotCancelled, NotificationLanguages.English,
            "Your {jobTitle} interview time {slot} was cancelled",
            "Dear {candidateName},\n\nWe are sorry: the time you booked for your AI video interview with {bankName} for {jobTitle}, {slot}, was cancelled by the recruiting team. Please book another time before {expiresAt} through this link:\n\n{link}\n\nWe apologise for the inconvenience.\n\nThe {bankName} recruiting team",
            "[{bankName}] Dear {candidateName}, your {jobTitle} interview time {slot} was cancelled. Please book another before {expiresAt}: {link}"),
        new(MessageKind.Booked, NotificationLanguages.Chinese,
            "面试时间已确认：「{jobTitle}」{slot}",
            "{candidateName}，您好：\n\n您已预约{bankName}「{jobTitle}」AI视频面试，时间为 {slot}。本邮件附有日历邀请，可加入您的日历（更改预约后会收到新的邀请，替换原来的时间）。届时请打开以下链接：\n\n{link}\n\n{bankName} 招聘团队",
            "【{bankName}】{candidateName}您好，您的「{jobTitle}」面试时间为{slot}，届时请打开：{link}"),
        new(MessageKind.Booked, NotificationLanguages.English,
            "Interview time confirmed: {jobTitle}, {slot}",
            "Dear {candidateName},\n\nYou have booked your AI video interview with {bankName} for {jobTitle} at {slot}. The calendar invitation attached to this e-mail adds it to your calendar (if you change the booking, a new invitation replaces this time). Please open this link then:\n\n{link}\n\nThe {bankName} recruiting team",
            "[{bankName}] Dear {candidateName}, your {jobTitle} interview is at {slot}. Open this link then: {link}"),
    ];

    /// <summary>The kinds a job sets its own texts for (what a candidate receives); a hire's messages use the bank's.</summary>
    public static bool IsPerJob(MessageKind kind) => kind is MessageKind.Invitation or MessageKind.Nudge or MessageKind.Reminder;

    public static IEnumerable<InvitationTemplate> PerJob => All.Where(t => IsPerJob(t.Kind));

    public static InvitationTemplate For(MessageKind kind, string language) =>
        All.First(t => t.Kind == kind && t.Language == language);

    /// <summary>The job's template for the kind and language if it has one, else the default.</summary>
    public static InvitationTemplate Effective(IEnumerable<InvitationTemplate> custom, MessageKind kind, string language) =>
        custom.FirstOrDefault(t => t.Kind == kind && t.Language == language) ?? For(kind, language);
}
