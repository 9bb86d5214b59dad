// The candidate pages' words, zh-CN by default, English on request (remembered for the tab).
const strings = {
  zh: {
    brand: "BankHire · AI 视频面试", langSwitch: "English", loading: "正在加载…",
    errorTitle: "无法打开面试", noToken: "链接不完整：请从邀请邮件或短信中的链接重新打开。",
    badToken: "该邀请链接无效或已过期，请联系招聘人员。", network: "网络连接失败，请检查网络后刷新页面。",
    expired: "该面试已过期。", abandoned: "该面试已终止。",
    bank: "{bank}", expires: "请在 {date} 前完成", estimated: "预计用时约 {minutes} 分钟（{count} 道题，另有一道练习题）",
    stepsTitle: "面试流程", step1: "阅读说明并选择同意事项", step2: "检查摄像头和麦克风", step3: "一道练习题（不计分）",
    step4: "正式作答：每题先思考，再录制回答", privacyTitle: "我们分析什么、为什么、谁能看到",
    why: "原因", whoSees: "谁能看到", measures: "本岗位评分使用", retention: "您的录像和分析结果保留 {days} 天，之后删除。您可以随时撤回同意。",
    begin: "开始",
    consentTitle: "请选择您同意的事项",
    consentIntro: "每一项都是单独的选择，默认不勾选。不同意某一项，面试仍可进行，该项不会被分析。",
    consentFace: "人脸与视频分析", consentFaceWhy: "画面中是否有人脸、视线、表情、光线与清晰度，用于视频表现指标。",
    faceNotUsed: "本岗位的政策不使用面部指标，因此不提供人脸分析选项；您的视频不会做人脸评分。",
    consentVoice: "语音分析", consentVoiceWhy: "语速、停顿、音量，用于表达能力指标。",
    consentContent: "回答内容分析", consentContentWhy: "将语音转为文字，判断是否覆盖了题目的要点。",
    consentKeep: "保留录像供人工复核", consentKeepWhy: "招聘人员可以回看您的录像，保留 {days} 天。",
    consentSubmit: "确认并继续",
    deviceTitle: "检查摄像头和麦克风", micLevel: "麦克风音量（请说几句话）", deviceCheck: "检查画面",
    deviceNext: "进入练习题", cameraStarting: "正在打开摄像头和麦克风…", cameraDenied: "无法使用摄像头或麦克风：{reason}。请在浏览器设置中允许访问后刷新页面。",
    checking: "正在检查画面…", checkOk: "画面良好，可以开始。", checkIssues: "可以继续，但建议先调整：",
    checkFailed: "画面检查失败，请重试。",
    practice: "练习题（不计分）", questionOf: "第 {n} 题，共 {total} 题", recording: "录制中",
    thinkLeft: "思考时间剩余", answerNow: "开始回答", elapsed: "已录制", progressLabel: "作答时间进度", micShort: "麦克风",
    typedLabel: "文字补充（可选，例如麦克风故障时）", finishAnswer: "完成回答",
    saving: "正在保存您的回答…", uploadLeft: "还剩 {n} 段", offline: "网络已断开，恢复后会自动继续上传，已录内容不会丢失。",
    saved: "回答已保存。", retake: "重新作答（还可 {n} 次）", next: "下一题", startFirst: "开始正式作答", finishInterview: "提交面试",
    resumeText: "您上次在这道题作答时中断了。可以继续录制剩余的时间。", resumeButton: "继续作答",
    thirtyLeft: "还剩 30 秒", completeTitle: "面试已完成，谢谢！",
    reportPending: "正在生成评估，请稍候…", reportReady: "评估已生成。招聘人员发布反馈后，您可以在此查看。",
    statusLink: "查看应聘进度与结果", feedbackTitle: "您的反馈", feedbackReleased: "评估已生成，反馈如下。", overall: "总分 {score}", withdraw: "撤回同意",
    withdrawConfirm: "确定撤回全部同意吗？已完成的分析会按撤回后的范围重新计算或删除。", withdrawn: "已撤回同意。",
    errorGeneric: "出错了：{detail}",
    recommendation_PriorityHire: "优先录用", recommendation_SecondRound: "建议复试", recommendation_Reject: "未通过",
  },
  en: {
    brand: "BankHire · AI video interview", langSwitch: "中文", loading: "Loading…",
    errorTitle: "The interview cannot be opened", noToken: "The link is incomplete: please open the link in your invitation again.",
    badToken: "This invitation link is not valid or has expired. Please contact the recruiter.", network: "No connection. Check your network and reload the page.",
    expired: "This interview has expired.", abandoned: "This interview was ended.",
    bank: "{bank}", expires: "Please finish before {date}", estimated: "About {minutes} minutes ({count} questions plus one practice question)",
    stepsTitle: "How it works", step1: "Read what is analysed and choose what you agree to", step2: "Check your camera and microphone",
    step3: "One practice question (not scored)", step4: "The questions: think first, then record your answer",
    privacyTitle: "What we analyse, why, and who sees it",
    why: "Why", whoSees: "Who sees it", measures: "This job scores", retention: "Your recording and its analysis are kept for {days} days, then deleted. You can withdraw your consent at any time.",
    begin: "Start",
    consentTitle: "Choose what you agree to",
    consentIntro: "Each is a separate choice and none is ticked for you. You can still take the interview if you decline one; it is then not analysed.",
    consentFace: "Face and video analysis", consentFaceWhy: "Whether a face is in the picture, gaze, expression, light and sharpness, for the video indicators.",
    faceNotUsed: "This job's policy does not use facial indicators, so face analysis is not offered; your video is not scored on your face.",
    consentVoice: "Voice analysis", consentVoiceWhy: "Speaking rate, pauses and volume, for the communication indicators.",
    consentContent: "Content analysis", consentContentWhy: "Your speech turned into text to see which points of the question you cover.",
    consentKeep: "Keep the recording for human review", consentKeepWhy: "Recruiters may watch your recording; it is kept for {days} days.",
    consentSubmit: "Confirm and continue",
    deviceTitle: "Check your camera and microphone", micLevel: "Microphone level (say a few words)", deviceCheck: "Check the picture",
    deviceNext: "Go to the practice question", cameraStarting: "Opening the camera and microphone…",
    cameraDenied: "The camera or microphone cannot be used: {reason}. Allow access in your browser settings and reload the page.",
    checking: "Checking the picture…", checkOk: "The picture is good, you can start.", checkIssues: "You can continue, but consider adjusting first:",
    checkFailed: "The picture check failed, please try again.",
    practice: "Practice question (not scored)", questionOf: "Question {n} of {total}", recording: "Recording",
    thinkLeft: "Thinking time left", answerNow: "Start answering", elapsed: "Recorded", progressLabel: "Answer time used", micShort: "Microphone",
    typedLabel: "Typed notes (optional, e.g. if your microphone fails)", finishAnswer: "Finish answer",
    saving: "Saving your answer…", uploadLeft: "{n} parts left", offline: "You are offline. The upload resumes by itself when you are back; nothing recorded is lost.",
    saved: "Your answer is saved.", retake: "Answer again ({n} left)", next: "Next question", startFirst: "Start the questions", finishInterview: "Submit the interview",
    resumeText: "Your answer to this question was interrupted. You can record the time that is left.", resumeButton: "Continue answering",
    thirtyLeft: "30 seconds left", completeTitle: "Interview complete — thank you!",
    reportPending: "Your assessment is being prepared…", reportReady: "Your assessment is ready. You can read your feedback here once the recruiter releases it.",
    statusLink: "See your application status and result", feedbackTitle: "Your feedback", feedbackReleased: "Your assessment is ready; here is your feedback.", overall: "Overall score {score}", withdraw: "Withdraw consent",
    withdrawConfirm: "Withdraw all your consent? The analysis is redone without it, or deleted.", withdrawn: "Your consent is withdrawn.",
    errorGeneric: "Something went wrong: {detail}",
    recommendation_PriorityHire: "Priority hire", recommendation_SecondRound: "Second round", recommendation_Reject: "Not successful",
  },
};

const storageKey = "bankhire.interview.lang";
let current = sessionStorage.getItem(storageKey) === "en" ? "en" : "zh";

export const lang = () => current;

/** The text of <key> in the current language, with {name} placeholders filled in. */
export function t(key, vars = {}) {
  const text = strings[current][key] ?? strings.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

/** zh or en of a pair of server fields (titleZh/titleEn …). */
export const pick = (zh, en) => (current === "en" ? en || zh : zh || en);

export function setLang(value) {
  current = value === "en" ? "en" : "zh";
  sessionStorage.setItem(storageKey, current);
  applyStatic();
}

/** Fills every [data-i18n] element and the page's language attributes. */
export function applyStatic(root = document) {
  document.documentElement.lang = current === "en" ? "en" : "zh-CN";
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const button = document.getElementById("lang-switch");
  if (button) {
    button.textContent = t("langSwitch");
    button.lang = current === "en" ? "zh-CN" : "en";
  }
  document.title = t("brand");
  for (const video of root.querySelectorAll("video")) video.setAttribute("aria-label", current === "en" ? "Camera preview" : "摄像头预览");
}
