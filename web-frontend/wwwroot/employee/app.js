// The employee page: check in and out (location, branch QR code, supervisor or a live face), offline queue, leave and appeals.
// Signed in by the code of the welcome link (#code=…, kept on this phone); how one check-in flows: web-frontend/Attendance/README.md.
import { t, pick, when, setLang, lang, applyStatic } from "./i18n.js";
import { setToken, send, ApiError, NetworkError } from "../shared/api.js";
import { queue } from "./queue.js";
import { faceStatus, setConsent, liveCheck } from "./face.js";

const $ = (selector) => document.querySelector(selector);
const codeKey = "bankhire.employee.code";
let home = null;
let face = null;

window.bankhireEmployee = { get home() { return home; }, flush: () => flush() };

function takeFragment() {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  if (hash.get("code")) localStorage.setItem(codeKey, hash.get("code"));
  if (hash.get("qr")) {
    $("#qr-code").value = hash.get("qr");
    $("input[name=method][value=BranchQr]").checked = true;
    sessionStorage.setItem("bankhire.employee.branch", hash.get("branch") || "");
  }
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  return localStorage.getItem(codeKey);
}

function explain(e) {
  if (e instanceof ApiError && e.status === 401) return t("badCode");
  if (e instanceof NetworkError) return t("network");
  return t("errorGeneric", { detail: e.message });
}

function fail(message) {
  $("#loading").hidden = true;
  $("#screen-home").hidden = true;
  $("#error-detail").textContent = message;
  $("#screen-error").hidden = false;
}

const uuid = () => crypto.randomUUID?.() ?? ([1e7] + -1e3 + -4e3 + -8e3 + -1e11).replace(/[018]/g, (c) =>
  (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));

const hhmm = (time) => (time ? time.slice(0, 5) : "—");
const method = () => document.querySelector("input[name=method]:checked").value;

function item(text, className) {
  const li = document.createElement("li");
  const p = document.createElement("p");
  p.textContent = text;
  if (className) p.className = className;
  li.append(p);
  return li;
}

function reasons(list) {
  return list.map((r) => t(`reason_${r.replaceAll("-", "_")}`)).join("；");
}

function draw() {
  if (!home) return;
  $("#loading").hidden = true;
  $("#screen-error").hidden = true;
  $("#screen-home").hidden = false;
  $("#home-title").textContent = t("hello", { name: home.fullName });
  $("#home-where").textContent = t("where", { position: home.position, branch: pick(home.branchNameZh, home.branchNameEn) || home.branchCode });
  $("#home-manager").textContent = [home.manager ? t("manager", { manager: home.manager }) : "", t("startDate", { date: home.startDate })].filter(Boolean).join(" · ");
  $("#today-status").textContent = home.today ? t(`day_${home.today.status}`) : t("day_none");
  $("#today-times").textContent = `${t("shift", { start: hhmm(home.shift.start), end: hhmm(home.shift.end) })} · ${t("kind_In")} ${hhmm(home.today?.firstIn)} · ${t("kind_Out")} ${hhmm(home.today?.lastOut)}`;
  drawMethod();
  const recent = $("#recent");
  recent.replaceChildren(...(home.recent.length ? home.recent.map((c) => item(
    `${when(c.effectiveAt)} ${t(`kind_${c.kind}`)} · ${t(`method_${c.method}`)} · ${t(`outcome_${c.outcome}`)}${c.reasons.length ? "（" + reasons(c.reasons) + "）" : ""}${c.queued ? t("queuedMark") : ""}`,
    `outcome-${c.outcome}`)) : [item(t("none"))]));
  $("#onboarding").replaceChildren(...home.onboarding.map((task) =>
    item(`${pick(task.titleZh, task.titleEn)} · ${task.doneAt ? t("taskDone") : t("taskDue", { date: task.dueOn })}`)));
  const requests = [
    ...home.leave.map((l) => `${t(`leave_${l.kind}`)} ${l.from}–${l.to} · ${t(`status_${l.status}`)}`),
    ...home.appeals.map((a) => `${t("appealTitle")} ${a.day} · ${t(`status_${a.status}`)}`),
  ];
  $("#requests").replaceChildren(...(requests.length ? requests.map((r) => item(r)) : [item(t("none"))]));
  for (const option of $("#leave-kind").options) option.textContent = t(`leave_${option.value}`);
}

function drawMethod() {
  $("#qr-fields").hidden = method() !== "BranchQr";
  $("#supervisor-hint").hidden = method() !== "Supervisor";
  $("#face-fields").hidden = method() !== "Face";
  drawFace();
}

function drawFace() {
  if (!face) return;
  $("#face-consent").checked = !!face.consentedAt;
  $("#face-consent").disabled = !face.verificationAvailable;
  $("#face-enrol").hidden = !face.verificationAvailable || !face.consentedAt;
  $("#face-status").textContent = !face.verificationAvailable ? t("faceUnavailable", { reason: face.unavailableReason ?? "" })
    : !face.consentedAt ? t("faceNoConsent") : face.enrolledAt ? t("faceEnrolled", { date: when(face.enrolledAt) }) : t("faceNotEnrolled");
}

/** Why a face check did not pass, in the page's language; the server's own words follow for the details. */
const refusal = (outcome) => t(!outcome.live ? "faceNotLive" : outcome.samePerson === false ? "faceNotSame" : "faceRefused", { reason: outcome.reason });

async function consent(event) {
  try { face = await setConsent(event.target.checked); } catch (e) { $("#face-status").textContent = explain(e); }
  drawFace();
}

async function enrol() {
  try {
    const outcome = await liveCheck("enrol");
    $("#face-instruction").textContent = outcome.samePerson ? t("faceEnrolDone") : refusal(outcome);
    face = await faceStatus();
  } catch (e) {
    $("#face-instruction").textContent = explain(e);
  }
  drawFace();
}

async function load() {
  home = await send("GET", "/api/employee");
  face = await faceStatus();
  draw();
  drawMethod();
}

function position() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error("geolocation unavailable"));
    navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
  });
}

/** The page's own hint (the server decides): distance to the nearest of the branch's locations. */
function whereHint(lat, lon, accuracy) {
  const rad = (d) => (d * Math.PI) / 180;
  const distance = (l) => {
    const a = Math.sin(rad(l.latitude - lat) / 2) ** 2 + Math.cos(rad(lat)) * Math.cos(rad(l.latitude)) * Math.sin(rad(l.longitude - lon) / 2) ** 2;
    return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
  };
  const nearest = home.geofence.map((l) => ({ l, d: distance(l) })).sort((a, b) => a.d - b.d - (a.l.radiusMeters - b.l.radiusMeters))[0];
  if (!nearest) return "";
  const values = { place: nearest.l.name, distance: Math.round(nearest.d), radius: nearest.l.radiusMeters, accuracy: Math.round(accuracy) };
  return nearest.d <= nearest.l.radiusMeters ? t("insideHint", values) : t("outsideHint", values);
}

async function checkIn(kind) {
  const result = $("#check-result");
  result.className = "";
  const entry = { id: uuid(), kind, method: method(), latitude: null, longitude: null, accuracyMeters: null, branchCode: null, qrCode: null, queued: false };
  try {
    if (entry.method === "Location") {
      result.textContent = t("locating");
      const { coords } = await position();
      Object.assign(entry, { latitude: coords.latitude, longitude: coords.longitude, accuracyMeters: coords.accuracy });
      $("#where-hint").textContent = whereHint(coords.latitude, coords.longitude, coords.accuracy);
    } else if (entry.method === "Face") {
      if (!face?.verificationAvailable || !face.consentedAt || !face.enrolledAt) { drawFace(); result.textContent = $("#face-status").textContent; return; }
      // Live only: a face check-in is never queued offline.
      const outcome = await liveCheck("verify");
      if (!outcome.passId) {
        result.className = "outcome-Refused";
        result.textContent = refusal(outcome);
        return;
      }
      $("#face-instruction").textContent = t("faceMatched");
      entry.facePassId = outcome.passId;
      result.textContent = t("locating");
      const { coords } = await position();
      Object.assign(entry, { latitude: coords.latitude, longitude: coords.longitude, accuracyMeters: coords.accuracy });
      $("#where-hint").textContent = whereHint(coords.latitude, coords.longitude, coords.accuracy);
    } else if (entry.method === "BranchQr") {
      entry.qrCode = $("#qr-code").value.trim();
      entry.branchCode = sessionStorage.getItem("bankhire.employee.branch") || home.branchCode;
    }
  } catch (e) {
    result.textContent = e instanceof ApiError || e instanceof NetworkError ? explain(e) : t("locationDenied", { reason: e.message || String(e.code) });
    return;
  }
  entry.deviceTime = new Date().toISOString();
  await queue.put(entry);
  result.textContent = t("sending");
  await flush();
}

let flushing = Promise.resolve();

/** One flush after another (the `online` event, a page load and a tap can all ask at once): never two sending the same entry. */
function flush() {
  flushing = flushing.then(sendWaiting, sendWaiting);
  return flushing;
}

/** Sends every waiting check-in, oldest first; stops at the first network failure and keeps the rest for later. */
async function sendWaiting() {
  const waiting = (await queue.all()).sort((a, b) => a.deviceTime.localeCompare(b.deviceTime));
  if (waiting.length === 0) return; // nothing to say: an earlier flush's words stay
  const result = $("#check-result");
  let sentQueued = false;
  for (const entry of waiting) {
    try {
      const answer = await send("POST", "/api/employee/check-ins", { ...entry, deviceSentAt: new Date().toISOString() });
      await queue.remove(entry.id);
      sentQueued ||= entry.queued;
      result.className = `outcome-${answer.outcome}`;
      result.textContent = `${t(`outcome_${answer.outcome}`)}${answer.reasons.length ? "：" + reasons(answer.reasons) : ""}`;
    } catch (e) {
      if (entry.method !== "Face" && (e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 429)))) {
        await queue.put({ ...entry, queued: true });
        break;
      }
      await queue.remove(entry.id); // refused as bad input: sending it again cannot help
      result.className = "outcome-Refused";
      result.textContent = explain(e);
    }
  }
  const left = (await queue.all()).length;
  $("#queue-status").textContent = left ? t("queued", { n: left }) : sentQueued ? t("flushed") : "";
  if (left < waiting.length) await load().catch(() => {});
}

async function submitForm(event, path, body, status, done) {
  event.preventDefault();
  try {
    await send("POST", path, body);
    $(status).textContent = t(done);
    event.target.reset();
    await load();
  } catch (e) {
    $(status).textContent = explain(e);
  }
}

async function start() {
  applyStatic();
  const code = takeFragment();
  if (!code) return fail(t("noCode"));
  setToken(code, "X-Employee-Code");
  $("#lang-switch").addEventListener("click", () => { setLang(lang() === "en" ? "zh" : "en"); draw(); });
  $("#refresh").addEventListener("click", () => load().catch((e) => fail(explain(e))));
  for (const radio of document.querySelectorAll("input[name=method]")) radio.addEventListener("change", drawMethod);
  $("#face-consent").addEventListener("change", consent);
  $("#face-enrol").addEventListener("click", enrol);
  for (const button of [$("#check-in"), $("#check-out")]) button.addEventListener("click", () => checkIn(button.dataset.kind));
  $("#leave-form").addEventListener("submit", (e) => submitForm(e, "/api/employee/leave",
    { kind: $("#leave-kind").value, from: $("#leave-from").value, to: $("#leave-to").value, reason: $("#leave-reason").value }, "#leave-status", "leaveSent"));
  $("#appeal-form").addEventListener("submit", (e) => submitForm(e, "/api/employee/appeals",
    { day: $("#appeal-day").value, reason: $("#appeal-reason").value }, "#appeal-status", "appealSent"));
  window.addEventListener("online", () => flush());
  try {
    await load();
    await flush();
  } catch (e) {
    fail(explain(e));
  }
}

start();
