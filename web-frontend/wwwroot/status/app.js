// The candidate's status page: stage, next step, booking, and the feedback once released.
// One read (GET /api/candidate/status) with the invitation token, as the interview page sends it.
import { t, pick, lang, setLang, applyStatic, when, zoned } from "./i18n.js";
import { takeToken, setToken, call, ApiError, NetworkError } from "../shared/api.js";

const $ = (selector) => document.querySelector(selector);
let token = null;
let status = null;
let slots = null;
let privacy = null;

window.bankhireStatus = { get status() { return status; } };

const STEPS = ["Invited", "Booked", "Interviewing", "Completed"];
const DECIDED = ["SecondRound", "Offer", "Hired", "NotSelected"];

function explain(e) {
  if (e instanceof ApiError && e.status === 401) return t("badToken");
  if (e instanceof NetworkError) return t("network");
  return t("errorGeneric", { detail: e.message });
}

function fail(message) {
  $("#loading").hidden = true;
  $("#screen-status").hidden = true;
  $("#error-detail").textContent = message;
  $("#screen-error").hidden = false;
}

async function load() {
  status = await call("GET", "/api/candidate/status");
  slots = status.canBook ? await call("GET", "/api/candidate/interview/slots") : null;
  privacy = await call("GET", "/api/candidate/privacy");
}

function draw() {
  if (!status) return;
  $("#loading").hidden = true;
  $("#screen-error").hidden = true;
  $("#screen-status").hidden = false;
  $("#status-title").textContent = t("hello", { name: status.candidateName });
  $("#status-job").textContent = t("job", { job: pick(status.jobTitleZh, status.jobTitleEn), bank: pick(status.bankNameZh, status.bankNameEn) });
  $("#stage-name").textContent = t(`stage_${status.stage}`);
  $("#stage-text").textContent = t(`stageText_${status.stage}`);
  $("#status-expires").textContent = status.canBook ? t("expires", { date: when(status.expiresAt) }) : "";
  drawProgress();
  drawNext();
  drawBooked();
  drawBooking();
  drawResult();
  drawJurisdiction();
  drawData();
}

// The job's jurisdiction pack: what the candidate is told and may ask for there, in the page's language.
function drawJurisdiction() {
  const pack = status.jurisdiction;
  $("#jurisdiction").hidden = !pack;
  if (!pack) return;
  $("#jurisdiction-title").textContent = t("jurisdictionTitle", { name: pick(pack.nameZh, pack.nameEn) });
  $("#jurisdiction-notice").replaceChildren(...pick(pack.noticeZh, pack.noticeEn).map(text => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }));
}

// The candidate's data rights: until when data is kept, a copy of it, and a deletion request with its deadline.
function drawData() {
  if (!privacy) return;
  $("#data-retention").textContent = privacy.retentionDueAt ? t("dataRetention", { date: when(privacy.retentionDueAt) }) : "";
  const request = privacy.deletion;
  $("#data-deletion").textContent = !request ? ""
    : request.processedAt ? t("dataDeletionDone", { done: when(request.processedAt) })
    : t("dataDeletionPending", { asked: when(request.requestedAt), deadline: when(request.deadlineAt) });
  $("#data-delete").hidden = !!request;
}

$("#data-export").addEventListener("click", async () => {
  try {
    const data = await call("GET", "/api/candidate/privacy/export");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    link.download = "bankhire-my-data.json";
    link.click();
    URL.revokeObjectURL(link.href);
  } catch (e) {
    $("#data-deletion").textContent = explain(e);
  }
});

$("#data-delete").addEventListener("click", async () => {
  if (!window.confirm(t("dataDeleteConfirm"))) return;
  try {
    privacy = await call("POST", "/api/candidate/privacy/deletion-request", undefined, { tries: 3 });
    drawData();
  } catch (e) {
    $("#data-deletion").textContent = explain(e);
  }
});

function drawProgress() {
  const list = $("#progress");
  const at = DECIDED.includes(status.stage) ? 4 : STEPS.indexOf(status.stage);
  list.hidden = at < 0;
  list.replaceChildren();
  for (let i = 0; i < 5; i++) {
    const li = document.createElement("li");
    li.textContent = t(`step${i}`);
    if (i < at) li.className = "done";
    if (i === at) li.setAttribute("aria-current", "step");
    list.append(li);
  }
}

const interviewLink = () => `/interview.html#token=${encodeURIComponent(token)}`;

function drawNext() {
  const step = status.nextStep;
  let text = t(`next_${step}`);
  if (status.secondRoundAt) text += " " + t("secondRoundAt", { time: when(status.secondRoundAt) });
  $("#next-text").textContent = text;
  const action = $("#next-action");
  const href = step === "Book" ? "#book" : step === "StartInterview" || step === "ContinueInterview" ? interviewLink() : null;
  action.hidden = !href;
  if (href) {
    action.href = href;
    action.textContent = t(`action_${step}`);
  } else {
    action.removeAttribute("href");
  }
}

function drawBooked() {
  const booking = status.booking;
  $("#booked").hidden = !booking;
  if (!booking) return;
  const time = $("#booked-time");
  time.dateTime = booking.startsAt;
  time.textContent = zoned(booking.startsAt);
  const detail = [];
  if (booking.durationMinutes) detail.push(t("duration", { minutes: booking.durationMinutes }));
  if (booking.location) detail.push(t("location", { location: booking.location }));
  $("#booked-detail").textContent = detail.join(" · ");
}

function drawBooking() {
  const section = $("#book");
  section.hidden = !status.canBook || !slots;
  if (section.hidden) return;
  $("#book-title").textContent = status.booking ? t("rebookTitle") : t("bookTitle");
  const booked = slots.bookedSlot?.id;
  const list = $("#slot-list");
  const chosen = list.querySelector("input:checked")?.value ?? booked;
  list.replaceChildren();
  for (const slot of slots.slots ?? []) {
    const row = document.createElement("div");
    row.className = "slot";
    const input = document.createElement("input");
    Object.assign(input, { type: "radio", name: "slot", id: `slot-${slot.id}`, value: slot.id, checked: slot.id === chosen });
    const label = document.createElement("label");
    label.htmlFor = input.id;
    const strong = document.createElement("strong");
    strong.textContent = when(slot.startsAt);
    const extra = [t("duration", { minutes: slot.durationMinutes }), t("seatsLeft", { n: slot.capacity - slot.booked })];
    if (slot.location) extra.push(t("location", { location: slot.location }));
    const small = document.createElement("span");
    small.className = "muted";
    small.textContent = extra.join(" · ");
    label.append(strong, document.createElement("br"), small);
    row.append(input, label);
    list.append(row);
  }
  const none = (slots.slots ?? []).length === 0;
  $("#book-form fieldset").hidden = none;
  $("#book-submit").hidden = none;
  const note = $("#no-slots");
  note.hidden = !none;
  if (none) {
    note.replaceChildren(t("noSlots"), " ");
    const start = document.createElement("a");
    start.href = interviewLink();
    start.textContent = t("startNow");
    note.append(start);
  }
}

function drawResult() {
  const feedback = status.feedback;
  const shown = status.reportReady || feedback?.released || ["Completed", ...DECIDED].includes(status.stage);
  $("#result").hidden = !shown;
  if (!shown) return;
  $("#result-text").textContent = feedback?.released ? t("resultReleased") : status.reportReady ? t("resultWaiting") : t("resultPending");
  const list = $("#feedback-list");
  list.replaceChildren();
  if (!feedback?.released) return;
  for (const c of feedback.competencies ?? []) {
    const li = document.createElement("li");
    const title = document.createElement("strong");
    title.textContent = pick(c.nameZh, c.nameEn);
    li.append(title);
    if (c.score != null) {
      const score = document.createElement("span");
      score.className = "score";
      score.textContent = `: ${Math.round(c.score)}`;
      li.append(score);
    }
    for (const line of c.lines ?? []) {
      const p = document.createElement("p");
      p.textContent = Array.isArray(line) ? pick(line[0], line[1]) : String(line);
      li.append(p);
    }
    list.append(li);
  }
}

$("#book-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const out = $("#book-status");
  const slotId = $("#slot-list input:checked")?.value;
  if (!slotId) { out.textContent = t("chooseSlot"); return; }
  const button = $("#book-submit");
  button.disabled = true;
  out.textContent = t("booking");
  try {
    const booked = await call("POST", "/api/candidate/interview/slot", { slotId }, { tries: 3 });
    await load();
    draw();
    out.textContent = t("bookedOk", { time: when(booked.slot.startsAt) });
    $("#booked-title").focus?.();
  } catch (e) {
    out.textContent = explain(e);
  } finally {
    button.disabled = false;
  }
});

$("#refresh").addEventListener("click", async () => {
  try { await load(); draw(); } catch (e) { fail(explain(e)); }
});

$("#lang-switch").addEventListener("click", () => {
  setLang(lang() === "en" ? "zh" : "en");
  draw();
});

async function start() {
  applyStatic();
  token = takeToken();
  if (!token) return fail(t("noToken"));
  setToken(token);
  try {
    await load();
  } catch (e) {
    return fail(explain(e));
  }
  draw();
  // While the result is on its way, look again now and then (feedback may be released within minutes).
  setInterval(async () => {
    if (!["Completed", "Interviewing"].includes(status?.stage) || status.feedback?.released) return;
    try { await load(); draw(); } catch { /* next time */ }
  }, 30000);
}

start();
