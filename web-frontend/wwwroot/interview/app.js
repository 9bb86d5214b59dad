// The candidate's interview: landing → consent → device check → practice → questions → completion.
// The server side is described in web-frontend/CandidatePortal/README.md.
import { t, pick, lang, setLang, applyStatic, zoned } from "./i18n.js";
import { takeToken, setToken, portal, ApiError, NetworkError, waitForNetwork, backoff } from "../shared/api.js";
import { Capture } from "./capture.js";
import { UploadQueue, forgetQuestion, storedChunks } from "./uploader.js";
import { usesCameraApp, chooseCameraApp, canSwitchBack, answerWithCameraApp } from "./camera-app.js";

const $ = (selector) => document.querySelector(selector);
const capture = new Capture();
let view = null;
let refresh = () => {}; // re-draws the current screen's dynamic text after a language switch
let activeQuestionId = null;

window.bankhireInterview = { get view() { return view; }, capture };

// ---------- screens ----------

function show(id) {
  $("#loading").hidden = true;
  for (const s of document.querySelectorAll(".screen")) s.hidden = s.id !== id;
  const heading = $(`#${id} h1`);
  if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: false }); }
}

function fail(message) {
  $("#error-detail").textContent = message;
  show("screen-error");
  refresh = () => {};
}

function explain(e) {
  if (e instanceof ApiError && e.status === 401) return t("badToken");
  const code = e instanceof ApiError ? e.problem.code : null;
  if (code === "notYetOpen") return t("window_notYetOpen", { time: zoned(e.problem.opensAt) });
  if (code === "windowClosed") return t("window_windowClosed", { time: zoned(e.problem.closesAt ?? e.problem.latestStartAt) });
  if (code === "bookingRequired") return t("window_bookingRequired");
  if (["notARecording", "recordingTooLong", "recordingTooLarge"].includes(code)) return t(`recording_${code}`);
  if (e instanceof NetworkError) return t("network");
  return t("errorGeneric", { detail: e.message });
}

function route() {
  switch (view.status) {
    case "Completed": return showComplete();
    case "Expired": return fail(t("expired"));
    case "Abandoned": return fail(t("abandoned"));
    case "InProgress": return showDevice(); // a refresh: camera and microphone need opening again
    default: return showLanding();
  }
}

const questions = () => (view.questions ?? []).slice().sort((a, b) => a.index - b.index);
const scored = () => questions().filter((q) => !q.practice);
const question = (id) => (view.questions ?? []).find((q) => q.id === id);

// ---------- landing ----------

function showLanding() {
  refresh = () => {
    $("#landing-title").textContent = pick(view.jobTitleZh, view.jobTitleEn);
    $("#landing-bank").textContent = pick(view.bankNameZh, view.bankNameEn) ?? "";
    $("#landing-expires").textContent = view.expiresAt
      ? t("expires", { date: new Date(view.expiresAt).toLocaleString(lang() === "en" ? "en-GB" : "zh-CN", { dateStyle: "long", timeStyle: "short" }) }) : "";
    $("#landing-time").textContent = t("estimated", { minutes: view.estimatedMinutes ?? "?", count: scored().length });
    const list = $("#landing-analyses");
    list.replaceChildren();
    for (const a of view.privacy?.analyses ?? []) {
      if (a.kind === "face" && !view.privacy.facialAnalysisUsed) continue;
      const li = document.createElement("li");
      const title = document.createElement("strong");
      title.textContent = pick(a.titleZh, a.titleEn);
      const why = document.createElement("p");
      why.textContent = `${t("why")}: ${pick(a.whyZh, a.whyEn)}`;
      const who = document.createElement("p");
      who.className = "muted";
      who.textContent = `${t("whoSees")}: ${pick(a.whoSeesZh, a.whoSeesEn)}`;
      li.append(title, why, measuresOf(a), who);
      list.append(li);
    }
    $("#landing-retention").textContent = t("retention", { days: view.privacy?.retentionDays ?? "?" });
    drawWindow();
  };
  refresh();
  show("screen-landing");
  clearInterval(windowTimer);
  windowTimer = setInterval(() => { if (!$("#screen-landing").hidden) drawWindow(); else clearInterval(windowTimer); }, 1000);
}

let windowTimer = 0;

/** The booked time with its zone and a countdown to when the interview opens; "Start" waits for it (the server enforces it too). */
function drawWindow() {
  const w = view.window;
  const box = $("#landing-window");
  const start = $("#landing-next");
  $("#landing-book").hidden = true;
  if (!w || (!w.slotStartsAt && !w.bookingRequired)) { box.hidden = true; start.disabled = false; return; }
  box.hidden = false;
  if (!w.slotStartsAt) {
    $("#landing-slot").textContent = t("bookFirst");
    $("#landing-opens").textContent = "";
    $("#landing-book").hidden = false;
    start.disabled = true;
    return;
  }
  $("#landing-slot").textContent = t("bookedAt", { time: zoned(w.slotStartsAt) });
  const now = Date.now();
  const opens = Date.parse(w.opensAt);
  const latest = Date.parse(w.latestStartAt);
  if (now < opens) {
    $("#landing-opens").textContent = t("opensIn", { time: zoned(w.opensAt), left: countdown(opens - now) });
    start.disabled = true;
  } else if (now > latest) {
    $("#landing-opens").textContent = t("windowPassed", { time: zoned(w.latestStartAt) });
    start.disabled = true;
  } else {
    $("#landing-opens").textContent = t("openNow", { time: zoned(w.latestStartAt) });
    start.disabled = false;
  }
}

/** "2 d 3:04:05" / "4:05": the time left, to the second. */
function countdown(ms) {
  const total = Math.ceil(ms / 1000);
  const days = Math.floor(total / 86400);
  const rest = total % 86400;
  const hours = Math.floor(rest / 3600);
  const mmss = `${String(Math.floor((rest % 3600) / 60)).padStart(hours ? 2 : 1, "0")}:${String(rest % 60).padStart(2, "0")}`;
  return (days ? t("daysLeft", { d: days }) : "") + (hours || days ? `${hours}:` : "") + mmss;
}

/** "Scored on: eye contact ratio, smile ratio" — exactly what this job's rubric measures of one kind of analysis. */
function measuresOf(analysis) {
  const p = document.createElement("p");
  p.className = "measures";
  const names = (analysis.measures ?? []).map(m => pick(m.nameZh, m.nameEn));
  p.textContent = names.length ? `${t("measures")}: ${names.join(lang() === "en" ? ", " : "、")}` : "";
  p.hidden = names.length === 0;
  return p;
}

$("#landing-next").addEventListener("click", showConsent);

// ---------- consent ----------

function showConsent() {
  const faceUsed = view.privacy?.facialAnalysisUsed !== false;
  $("#choice-face").hidden = !faceUsed;
  $("#face-not-used").hidden = faceUsed;
  // Where the job's jurisdiction asks for it, the face choice is also the separate consent to its biometric notice.
  $("#consent-face-separate").hidden = !view.privacy?.jurisdiction?.biometricNoticeVersion;
  // Unticked unless the candidate chose before (a refresh or a second visit).
  const given = view.consent && !view.consent.withdrawnAt ? view.consent : {};
  $("#consent-face").checked = faceUsed && !!given.face;
  $("#consent-voice").checked = !!given.voice;
  $("#consent-content").checked = !!given.content;
  $("#consent-keep").checked = !!given.keepRecording;
  $("#consent-none").checked = !!view.consent && !view.consent.withdrawnAt && !given.face && !given.voice && !given.content && !given.keepRecording;
  refresh = () => {
    $("#consent-keep-why").textContent = t("consentKeepWhy", { days: view.privacy?.retentionDays ?? "?" });
    for (const kind of ["face", "voice", "content"]) {
      const analysis = (view.privacy?.analyses ?? []).find(a => a.kind === kind);
      const slot = $(`#consent-${kind}-measures`);
      if (slot) slot.replaceChildren(...(analysis ? [measuresOf(analysis)] : []));
    }
  };
  refresh();
  show("screen-consent");
}

// "None of these" and the analyses exclude each other: ticking one clears the other side.
const analysisBoxes = ["#consent-face", "#consent-voice", "#consent-content", "#consent-keep"];
$("#consent-none").addEventListener("change", () => {
  if ($("#consent-none").checked) for (const box of analysisBoxes) $(box).checked = false;
});
for (const box of analysisBoxes) $(box).addEventListener("change", () => { if ($(box).checked) $("#consent-none").checked = false; });

$("#consent-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const button = event.submitter ?? $("#consent-form button");
  $("#consent-error").textContent = "";
  // Nothing ticked is not a choice: the candidate ticks what they agree to, or says explicitly that they agree to none.
  if (!$("#consent-none").checked && !analysisBoxes.some((box) => $(box).checked)) {
    $("#consent-error").textContent = t("consentChoose");
    return;
  }
  button.disabled = true;
  try {
    view = await portal.consent({
      face: view.privacy?.facialAnalysisUsed !== false && $("#consent-face").checked,
      voice: $("#consent-voice").checked,
      content: $("#consent-content").checked,
      keepRecording: $("#consent-keep").checked,
      textVersion: view.privacy?.consentTextVersion ?? null,
      biometricNoticeVersion: $("#consent-face").checked ? view.privacy?.jurisdiction?.biometricNoticeVersion ?? null : null,
      language: lang() === "en" ? "en" : "zh",
    });
    showDevice();
  } catch (e) {
    $("#consent-error").textContent = explain(e);
  } finally {
    button.disabled = false;
  }
});

// ---------- device check ----------

async function showDevice() {
  refresh = () => {
    $("#device-next").textContent = view.status === "InProgress" ? t("resumeButton") : t("deviceNext");
    $("#use-camera-app").textContent = usesCameraApp() ? t("useLiveCamera") : t("useCameraApp");
  };
  refresh();
  show("screen-device");
  const cameraApp = usesCameraApp();
  $("#device-fallback").hidden = !cameraApp;
  $("#device-live").hidden = cameraApp;
  $("#device-check").hidden = cameraApp;
  $("#use-camera-app").hidden = cameraApp && !canSwitchBack();
  if (cameraApp) {
    $("#device-next").disabled = false;
    return;
  }
  $("#device-status").textContent = t("cameraStarting");
  try {
    await capture.open();
  } catch (e) {
    $("#device-status").textContent = t("cameraDenied", { reason: e.message || e.name });
    return;
  }
  capture.attach($("#device-video"));
  $("#device-next").disabled = false;
  meter();
  await waitForVideo($("#device-video"));
  keepChecking();
}

let checkLoop = 0;

/** Checks the picture again every 1.5 s while the device screen is shown, until it is good. */
async function keepChecking() {
  const run = ++checkLoop;
  while (run === checkLoop && !$("#screen-device").hidden) {
    const good = await checkPicture();
    if (good) return;
    await new Promise((r) => setTimeout(r, 1500));
  }
}

function waitForVideo(video) {
  return new Promise((resolve) => {
    if (video.videoWidth) return resolve();
    video.addEventListener("loadeddata", () => resolve(), { once: true });
    setTimeout(resolve, 5000);
  });
}

/** One check of the current picture; true when it is good. A blank (black or flat) picture is "no picture", not "blurry". */
async function checkPicture() {
  const status = $("#device-status");
  const list = $("#device-guidance");
  if (!status.dataset.ok) status.textContent = t("checking");
  const item = (code, text) => {
    const li = document.createElement("li");
    li.dataset.code = code;
    li.textContent = text;
    return li;
  };
  try {
    const video = $("#device-video");
    const jpeg = capture.isBlank(video) ? null : await capture.snapshot(video);
    if (!jpeg) {
      status.textContent = t("checkIssues");
      status.dataset.ok = "false";
      list.replaceChildren(item("no_picture", t("noPicture")));
      return false;
    }
    const result = await portal.deviceCheck(jpeg);
    const guidance = result.guidance ?? [];
    const good = !!result.ok && guidance.length === 0;
    status.textContent = good ? t("checkOk") : `${t("checkIssues")} ${t("checkingAgain")}`;
    status.dataset.ok = String(!!result.ok);
    list.replaceChildren(...guidance.map((g) => item(g.code, pick(g.messageZh, g.messageEn))));
    return good;
  } catch (e) {
    status.textContent = `${t("checkFailed")} (${e.message})`;
    return false;
  }
}

$("#device-check").addEventListener("click", keepChecking);

$("#use-camera-app").addEventListener("click", () => {
  chooseCameraApp(!usesCameraApp());
  checkLoop++; // stops the picture check
  showDevice();
});

$("#device-next").addEventListener("click", async () => {
  const button = $("#device-next");
  button.disabled = true;
  try {
    await capture.resume();
    if (view.status !== "InProgress") view = await portal.start();
    await openQuestion(view.currentQuestionId);
  } catch (e) {
    $("#device-status").textContent = explain(e);
  } finally {
    button.disabled = false;
  }
});

let metering = false;
function meter() {
  if (metering) return;
  metering = true;
  const step = () => {
    const level = capture.level();
    $("#mic-level").value = level;
    $("#rec-level").value = level;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

// ---------- questions ----------

let recording = null; // { question, attempt, frames, audio, stop, … } while an answer is recorded or uploaded

function phase(name) {
  for (const p of ["think", "record", "file", "upload", "done", "resume"]) $(`#phase-${p}`).hidden = p !== name;
  $("#rec-dot").hidden = name !== "record";
}

async function openQuestion(questionId) {
  if (!questionId) {
    // Everything answered (a refresh after the last answer): offer the last question's review.
    const last = questions().at(-1);
    return showDone(last.id);
  }
  activeQuestionId = questionId;
  const q = question(questionId);
  refresh = () => drawQuestion(questionId);
  refresh();
  show("screen-question");
  $("#question-video").closest(".video-box").hidden = usesCameraApp();
  if (!usesCameraApp()) capture.attach($("#question-video"));
  $("#question-error").textContent = "";
  $("#typed-answer").value = "";
  // The job decides per question whether a typed answer may stand in for the spoken one.
  $("#typed-answer-box").hidden = q.typingAllowed === false;
  if (q.state === "Answered") return showDone(questionId);
  if (q.state === "Answering") return offerResume(q).catch(questionError);
  view = await portal.begin(questionId, false);
  think(question(questionId)).catch(questionError);
}

function questionError(e) { $("#question-error").textContent = explain(e); }

function drawQuestion(questionId) {
  const q = question(questionId);
  $("#question-label").textContent = q.practice ? t("practice")
    : t("questionOf", { n: scored().findIndex((s) => s.id === q.id) + 1, total: scored().length });
  $("#question-title").textContent = pick(q.textZh, q.textEn);
  $("#rec-limit").textContent = clock(q.answerSeconds);
  drawHints();
  drawDoneButtons(q);
}

const clock = (seconds) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

function think(q) {
  $("#rec-time").textContent = clock(0);
  $("#rec-progress").value = 0;
  phase("think");
  return new Promise((resolve) => {
    let left = q.thinkSeconds;
    const draw = () => { $("#think-left").textContent = clock(Math.max(0, left)); };
    draw();
    const go = () => { clearInterval(timer); $("#answer-now").onclick = null; resolve(usesCameraApp() ? withCameraApp(q) : record(q, q.answerSeconds)); };
    const timer = setInterval(() => { left--; draw(); if (left <= 0) go(); }, 1000);
    $("#answer-now").onclick = go;
    if (left <= 0) go();
  });
}

async function offerResume(q) {
  if (usesCameraApp()) return withCameraApp(q, true);
  // Chunks the previous page left unacknowledged go first; seqs go on from the larger of the server's and ours.
  phase("resume");
  const frames = new UploadQueue(view.interviewId, q.id, q.attempt, "frame", q.frameNextSeq);
  const audio = new UploadQueue(view.interviewId, q.id, q.attempt, "audio", q.audioNextSeq);
  await Promise.all([frames.restore(), audio.restore()]);
  const recorded = audio.nextSeq; // one audio chunk per second
  const left = q.answerSeconds - recorded;
  if (left <= 1) return finishUpload(q, frames, audio);
  $("#resume-answer").onclick = async () => {
    $("#resume-answer").onclick = null;
    try {
      view = await portal.begin(q.id, false);
      await record(question(q.id), left, { frames, audio, already: recorded });
    } catch (e) {
      questionError(e);
    }
  };
}

/** The answer recorded by the phone's camera app: uploaded, decoded by the server, then finished with the decoded counts. */
async function withCameraApp(q, resumed = false) {
  phase("file");
  $("#answer-file-label").before($("#typed-answer-box"));
  // Without consent to any analysis nothing of the file is used, so it is not sent (as the live page sends nothing).
  const takes = consentTakes();
  const { frameCount, audioCount } = await answerWithCameraApp(q, view.interviewId, { resumed, explain, upload: takes.frames || takes.audio });
  const typed = $("#typed-answer").value.trim();
  view = await portal.finish(q.id, { attempt: q.attempt, frameCount, audioCount, typedAnswer: typed || null });
  showDone(q.id);
}

// Only what the consent covers is sent (the server refuses the rest): frames for face analysis, audio for voice or content.
function consentTakes() {
  const c = view.consent && !view.consent.withdrawnAt ? view.consent : {};
  return { frames: !!c.face, audio: !!(c.voice || c.content) };
}

function record(q, seconds, resumed) {
  phase("record");
  $("#finish-answer").before($("#typed-answer-box"));
  const frames = resumed?.frames ?? new UploadQueue(view.interviewId, q.id, q.attempt, "frame", q.frameNextSeq);
  const audio = resumed?.audio ?? new UploadQueue(view.interviewId, q.id, q.attempt, "audio", q.audioNextSeq);
  const already = resumed?.already ?? 0;
  const limit = q.answerSeconds;
  const started = performance.now();
  const takes = consentTakes();
  const session = capture.record($("#question-video"), {
    onFrame: (jpeg) => { if (takes.frames) frames.add(jpeg); },
    onAudio: (pcm) => { if (takes.audio) audio.add(pcm); },
  });
  let warned = limit - already <= 30;
  hintState.server = [];
  hintState.local = [];
  drawHints();

  return new Promise((resolve) => {
    let finished = false;
    const stop = async () => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      clearInterval(poll);
      $("#finish-answer").onclick = null;
      await session.stop();
      hintState.server = [];
      hintState.local = [];
      drawHints();
      resolve(finishUpload(q, frames, audio));
    };
    const tick = () => {
      const elapsed = already + (performance.now() - started) / 1000;
      $("#rec-time").textContent = clock(Math.min(elapsed, limit));
      $("#rec-progress").value = Math.min(1, elapsed / limit);
      if (!warned && limit - elapsed <= 30) { warned = true; hintState.local = ["thirtyLeft"]; drawHints(); }
      if (elapsed >= limit) stop();
    };
    const timer = setInterval(tick, 250);
    tick();
    const poll = setInterval(async () => {
      try {
        hintState.server = (await portal.hints(q.id)) ?? [];
        drawHints();
      } catch { /* hints are a nicety: a failed poll shows nothing new */ }
    }, HINT_POLL_MS);
    $("#finish-answer").onclick = stop;
    recording = { q, frames, audio, stop };
  });
}

// Half a second: with the server's two-frame rule a hint follows the picture within about 1–1.5 s.
const HINT_POLL_MS = 500;
const hintState = { server: [], local: [] };

function drawHints() {
  const list = $("#hints");
  list.replaceChildren();
  for (const h of hintState.server) {
    const li = document.createElement("li");
    li.dataset.code = h.code;
    li.textContent = pick(h.messageZh, h.messageEn);
    list.append(li);
  }
  for (const key of hintState.local) {
    const li = document.createElement("li");
    li.dataset.code = key;
    li.textContent = t(key);
    list.append(li);
  }
}

async function finishUpload(q, frames, audio) {
  phase("upload");
  const draw = () => {
    const left = frames.size + audio.size;
    $("#upload-left").textContent = left ? t("uploadLeft", { n: left }) : "";
    $("#upload-offline").hidden = !(frames.offline || audio.offline) && navigator.onLine;
  };
  const offs = [frames.onChange(draw), audio.onChange(draw)];
  window.addEventListener("online", draw);
  window.addEventListener("offline", draw);
  draw();
  const typed = $("#typed-answer").value.trim();
  try {
    for (let round = 0; ; round++) {
      await Promise.all([frames.drained(), audio.drained()]);
      try {
        view = await portal.finish(q.id, {
          attempt: q.attempt, frameCount: frames.nextSeq, audioCount: audio.nextSeq, typedAnswer: typed || null,
        });
        break;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && (e.problem.missingFrameSeqs || e.problem.missingAudioSeqs) && round < 10) {
          await Promise.all([frames.resend(e.problem.missingFrameSeqs ?? []), audio.resend(e.problem.missingAudioSeqs ?? [])]);
        } else if (e instanceof NetworkError || (e instanceof ApiError && e.status >= 500)) {
          await waitForNetwork(backoff(Math.min(round, 3)));
        } else {
          throw e;
        }
      }
    }
    recording = null;
    await forgetQuestion(view.interviewId, q.id).catch(() => {});
    showDone(q.id);
  } catch (e) {
    $("#question-error").textContent = explain(e);
  } finally {
    offs.forEach((off) => off());
    window.removeEventListener("online", draw);
    window.removeEventListener("offline", draw);
  }
}

function retakesLeft(q) { return Math.max(0, q.retakesAllowed + 1 - Math.max(1, q.attempts)); }

function drawDoneButtons(q) {
  const left = retakesLeft(q);
  $("#retake").hidden = left === 0;
  $("#retake").textContent = t("retake", { n: left });
  const next = view.currentQuestionId;
  $("#next-question").textContent = q.practice && next ? t("startFirst") : next ? t("next") : t("finishInterview");
}

function showDone(questionId) {
  activeQuestionId = questionId;
  refresh = () => drawQuestion(questionId);
  refresh();
  show("screen-question");
  phase("done");
}

$("#retake").addEventListener("click", async () => {
  const q = question(activeQuestionId);
  try {
    view = await portal.begin(q.id, true);
    $("#typed-answer").value = "";
    think(question(q.id)).catch(questionError);
  } catch (e) {
    questionError(e);
  }
});

/** Asks before giving up retakes that are left; resolves true to go on. */
function confirmGivingUpRetakes() {
  const current = question(activeQuestionId);
  const submitting = !view.currentQuestionId;
  const left = submitting
    ? scored().reduce((sum, q) => sum + retakesLeft(q), 0)
    : current && !current.practice ? retakesLeft(current) : 0;
  if (left === 0) return Promise.resolve(true);
  const dialog = $("#submit-confirm");
  $("#submit-confirm-title").textContent = t("submitConfirmTitle");
  $("#submit-confirm-text").textContent = t(submitting ? "submitConfirmText" : "nextConfirmText", { n: left });
  $("#submit-confirm-go").textContent = t(submitting ? "submitConfirmGo" : "nextConfirmGo");
  return new Promise((resolve) => {
    const done = (go) => { dialog.close(); $("#submit-confirm-go").onclick = $("#submit-confirm-back").onclick = null; resolve(go); };
    $("#submit-confirm-go").onclick = () => done(true);
    $("#submit-confirm-back").onclick = () => done(false);
    dialog.oncancel = () => resolve(false);
    dialog.showModal();
  });
}

$("#next-question").addEventListener("click", async () => {
  const button = $("#next-question");
  if (!(await confirmGivingUpRetakes())) return;
  button.disabled = true;
  try {
    if (view.currentQuestionId) {
      await openQuestion(view.currentQuestionId);
    } else {
      view = await portal.complete();
      showComplete();
    }
  } catch (e) {
    $("#question-error").textContent = explain(e);
  } finally {
    button.disabled = false;
  }
});

// ---------- integrity signals (recorded, never blocking) ----------

const signal = (kind) => {
  if (view?.status !== "InProgress") return;
  portal.integrity(kind, activeQuestionId).catch(() => {});
};
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") signal("page_hidden"); });
window.addEventListener("blur", () => signal("window_blur"));
$("#typed-answer").addEventListener("paste", () => signal("paste"));

// ---------- completion ----------

async function showComplete() {
  refresh = () => drawComplete();
  show("screen-complete");
  drawComplete();
  for (let i = 0; i < 120 && !view.reportReady; i++) {
    await new Promise((r) => setTimeout(r, 2000));
    try { view = await portal.view(); } catch { /* keep polling */ }
    drawComplete();
  }
  for (let i = 0; i < 60; i++) {
    try {
      feedback = await portal.feedback();
      drawComplete();
      if (feedback.released) return;
    } catch { /* keep polling */ }
    await new Promise((r) => setTimeout(r, 10000));
  }
}

let feedback = null;

function drawComplete() {
  $("#report-status").textContent = feedback?.released ? t("feedbackReleased") : view.reportReady ? t("reportReady") : t("reportPending");
  const box = $("#feedback");
  box.hidden = !feedback?.released;
  if (!feedback?.released) return;
  const overall = feedback.overallScore != null ? t("overall", { score: Math.round(feedback.overallScore) }) : "";
  const recommendation = feedback.recommendation ? t(`recommendation_${feedback.recommendation}`) : "";
  $("#feedback-overall").textContent = [overall, recommendation].filter(Boolean).join(" · ");
  const list = $("#feedback-list");
  list.replaceChildren();
  for (const c of feedback.competencies ?? []) {
    const li = document.createElement("li");
    const title = document.createElement("strong");
    title.textContent = `${pick(c.nameZh, c.nameEn)}: ${Math.round(c.score)}`;
    li.append(title);
    for (const line of c.lines ?? []) {
      const p = document.createElement("p");
      p.textContent = typeof line === "string" ? line : Array.isArray(line) ? pick(line[0], line[1]) : pick(line.textZh, line.textEn);
      li.append(p);
    }
    list.append(li);
  }
}

$("#withdraw").addEventListener("click", async () => {
  if (!confirm(t("withdrawConfirm"))) return;
  try {
    view = await portal.withdraw();
    $("#report-status").textContent = t("withdrawn");
  } catch (e) {
    $("#report-status").textContent = explain(e);
  }
});

// ---------- start ----------

$("#lang-switch").addEventListener("click", () => {
  setLang(lang() === "en" ? "zh" : "en");
  refresh();
});

// A second invitation link opened in this tab changes only the address's fragment, which does not load the page again:
// load it again so nothing of the previous interview (view, recording, screens) stays.
window.addEventListener("hashchange", () => {
  if (new URLSearchParams(location.hash.replace(/^#/, "")).get("token")) location.reload();
});

async function start() {
  applyStatic();
  const token = takeToken();
  if (!token) return fail(t("noToken"));
  setToken(token);
  $("#status-link").href = `/status.html#token=${encodeURIComponent(token)}`;
  $("#landing-book").href = `/status.html#token=${encodeURIComponent(token)}`;
  try {
    view = await portal.view();
  } catch (e) {
    return fail(explain(e));
  }
  // Chunks of answers the server already has are not needed any more.
  try {
    for (const id of new Set((await storedChunks(view.interviewId)).map((c) => c.questionId))) {
      if (question(id)?.state === "Answered") await forgetQuestion(view.interviewId, id);
    }
  } catch { /* no IndexedDB: nothing kept */ }
  route();
}

start();
