// The status page's words, zh-CN by default, English on request; the choice is shared with the interview page.
const strings = {
  zh: {
    brand: "BankHire · 应聘进度", langSwitch: "English", loading: "正在加载…", refresh: "刷新",
    errorTitle: "无法打开应聘进度", noToken: "链接不完整：请从邀请邮件或短信中的链接重新打开。",
    badToken: "该邀请链接无效或已过期，请联系招聘人员。", network: "网络连接失败，请检查网络后刷新页面。",
    errorGeneric: "出错了：{detail}",
    hello: "{name}，您好", job: "{job} · {bank}", stageLabel: "当前阶段", progressLabel: "应聘流程",
    stage_Invited: "待预约", stageText_Invited: "您已收到面试邀请，请先预约面试时间。",
    stage_Booked: "待面试", stageText_Booked: "您已预约面试时间，请按时参加。",
    stage_Interviewing: "面试中", stageText_Interviewing: "您的面试尚未完成，可以继续作答。",
    stage_Completed: "已完成", stageText_Completed: "您已完成 AI 视频面试，感谢参与。",
    stage_SecondRound: "复试", stageText_SecondRound: "恭喜您进入复试！",
    stage_Offer: "录用意向", stageText_Offer: "恭喜！我们已向您发出录用意向。",
    stage_Hired: "已录用", stageText_Hired: "欢迎加入！",
    stage_NotSelected: "未获选", stageText_NotSelected: "感谢您的参与。很遗憾，您本次未能进入下一阶段。",
    stage_Withdrawn: "已撤回", stageText_Withdrawn: "您的申请已撤回。",
    stage_Expired: "已过期", stageText_Expired: "该面试邀请已过期，如有疑问请联系招聘人员。",
    stage_Ended: "已终止", stageText_Ended: "该面试已终止，如有疑问请联系招聘人员。",
    step0: "预约", step1: "待面试", step2: "面试", step3: "已完成", step4: "结果",
    nextTitle: "下一步",
    next_Book: "请选择一个方便的时间预约面试。", action_Book: "预约面试时间",
    next_StartInterview: "请在预约的时间打开面试页面开始面试，并准备好摄像头和麦克风。", action_StartInterview: "开始面试",
    next_ContinueInterview: "请回到面试页面继续作答。", action_ContinueInterview: "继续面试",
    next_WaitForResult: "请等待结果。招聘人员审核后，结果和反馈会显示在本页。",
    next_WaitForHr: "招聘人员会与您联系下一步安排。", secondRoundAt: "复试时间：{time}",
    next_None: "目前无需您操作。",
    bookedTitle: "面试时间", duration: "时长约 {minutes} 分钟", location: "地点：{location}",
    bookTitle: "预约面试时间", rebookTitle: "更改面试时间", bookLegend: "请选择一个时间", bookSubmit: "确认预约",
    seatsLeft: "剩余 {n} 个名额", booking: "正在预约…", bookedOk: "预约成功：{time}", chooseSlot: "请先选择一个时间。",
    noSlots: "暂时没有可预约的时间，请稍后再来查看，或直接开始面试。", startNow: "直接开始面试",
    jurisdictionTitle: "适用规则：{name}",
    dataTitle: "我的个人信息", dataRetention: "您的面试录像和个人信息将保留至 {date}，之后自动删除。",
    dataExport: "下载我的数据", dataDelete: "申请删除我的数据", dataDeleteConfirm: "确定要删除您在本岗位的全部个人信息和面试录像吗？此操作无法撤销。",
    dataDeletionPending: "您已于 {asked} 申请删除，我们将在 {deadline} 前完成。", dataDeletionDone: "您的数据已于 {done} 删除。",
    resultTitle: "结果与反馈", resultPending: "正在生成评估，请稍候…",
    resultWaiting: "评估已完成。招聘人员发布反馈后，会显示在这里。", resultReleased: "以下是您的面试反馈。",
    expires: "邀请有效期至 {date}",
  },
  en: {
    brand: "BankHire · Application status", langSwitch: "中文", loading: "Loading…", refresh: "Refresh",
    errorTitle: "Your status cannot be opened", noToken: "The link is incomplete: please open the link in your invitation again.",
    badToken: "This invitation link is not valid or has expired. Please contact the recruiter.", network: "No connection. Check your network and reload the page.",
    errorGeneric: "Something went wrong: {detail}",
    hello: "Hello, {name}", job: "{job} · {bank}", stageLabel: "Where you are", progressLabel: "Application steps",
    stage_Invited: "Invited", stageText_Invited: "You are invited to the interview. Please book a time first.",
    stage_Booked: "Booked", stageText_Booked: "Your interview time is booked.",
    stage_Interviewing: "Interview in progress", stageText_Interviewing: "Your interview is not finished yet; you can carry on.",
    stage_Completed: "Completed", stageText_Completed: "You have completed the AI video interview. Thank you!",
    stage_SecondRound: "Second round", stageText_SecondRound: "Congratulations, you are invited to a second round!",
    stage_Offer: "Offer", stageText_Offer: "Congratulations! We have made you an offer.",
    stage_Hired: "Hired", stageText_Hired: "Welcome aboard!",
    stage_NotSelected: "Not selected", stageText_NotSelected: "Thank you for taking part. We are sorry that you were not selected this time.",
    stage_Withdrawn: "Withdrawn", stageText_Withdrawn: "Your application has been withdrawn.",
    stage_Expired: "Expired", stageText_Expired: "This invitation has expired. Please contact the recruiter if you have questions.",
    stage_Ended: "Ended", stageText_Ended: "This interview was ended. Please contact the recruiter if you have questions.",
    step0: "Book", step1: "Booked", step2: "Interview", step3: "Done", step4: "Result",
    nextTitle: "Next step",
    next_Book: "Choose a time that suits you for the interview.", action_Book: "Book a time",
    next_StartInterview: "At your booked time, open the interview and have your camera and microphone ready.", action_StartInterview: "Start the interview",
    next_ContinueInterview: "Go back to the interview to carry on.", action_ContinueInterview: "Continue the interview",
    next_WaitForResult: "Please wait for the result. Once the recruiter has reviewed it, your result and feedback appear here.",
    next_WaitForHr: "The recruiter will contact you about the next step.", secondRoundAt: "Second round: {time}",
    next_None: "There is nothing you need to do now.",
    bookedTitle: "Interview time", duration: "About {minutes} minutes", location: "Where: {location}",
    bookTitle: "Book your interview time", rebookTitle: "Change your interview time", bookLegend: "Choose a time", bookSubmit: "Confirm booking",
    seatsLeft: "{n} places left", booking: "Booking…", bookedOk: "Booked: {time}", chooseSlot: "Please choose a time first.",
    noSlots: "No times are open yet. Please check again later, or start the interview now.", startNow: "Start the interview now",
    jurisdictionTitle: "Rules that apply: {name}",
    dataTitle: "Your personal data", dataRetention: "Your interview recording and personal data are kept until {date}, then deleted automatically.",
    dataExport: "Download my data", dataDelete: "Ask to delete my data", dataDeleteConfirm: "Delete all your personal data and interview recording for this job? This cannot be undone.",
    dataDeletionPending: "You asked on {asked} for your data to be deleted; it will be done by {deadline}.", dataDeletionDone: "Your data was deleted on {done}.",
    resultTitle: "Result and feedback", resultPending: "Your assessment is being prepared…",
    resultWaiting: "Your assessment is done. Your feedback appears here once the recruiter releases it.", resultReleased: "Here is your interview feedback.",
    expires: "The invitation is valid until {date}",
  },
};

const storageKey = "bankhire.interview.lang";
let current = sessionStorage.getItem(storageKey) === "en" ? "en" : "zh";

export const lang = () => current;

export function t(key, vars = {}) {
  const text = strings[current][key] ?? strings.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

export const pick = (zh, en) => (current === "en" ? en || zh : zh || en);

/** A time in the reader's language and time zone. */
export const when = (iso) => new Date(iso).toLocaleString(current === "en" ? "en-GB" : "zh-CN",
  { dateStyle: "full", timeStyle: "short" });

export function setLang(value) {
  current = value === "en" ? "en" : "zh";
  sessionStorage.setItem(storageKey, current);
  applyStatic();
}

export function applyStatic(root = document) {
  document.documentElement.lang = current === "en" ? "en" : "zh-CN";
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const button = document.getElementById("lang-switch");
  if (button) {
    button.textContent = t("langSwitch");
    button.lang = current === "en" ? "zh-CN" : "en";
  }
  document.getElementById("progress")?.setAttribute("aria-label", t("progressLabel"));
  document.title = t("brand");
}
