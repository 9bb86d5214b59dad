// HR console: sign in, then one tab per section of #console (jobs, analytics, bank …); the language switch re-renders it.
"use strict";

const $ = (selector) => document.querySelector(selector);

/** The signed-in user; `can.recruit` etc. follow the API's policies so the console offers only what the API allows. */
const session = { userName: null, roles: [], can: { recruit: false, interview: false, admin: false } };

/** A failed API call with its ProblemDetails (`problem.field` names the offending field). */
class ApiError extends Error {
  constructor(status, problem) { super(problemText(problem.detail) || problem.title || `HTTP ${status}`); this.status = status; this.problem = problem; }
}

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: "same-origin", headers: { "Content-Type": "application/json" }, ...options });
  if (response.status === 401 && path !== "/api/auth/login") { showSignIn(); throw new ApiError(401, { title: t("signIn.expired") }); }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  return response.status === 204 ? null : response.json();
}

const send = (method, path, body) => api(path, { method, body: JSON.stringify(body) });

function showSignIn() { $("#sign-in-panel").hidden = false; $("#console").hidden = true; $("#who").hidden = true; $("#sign-out").hidden = true; }

// One tab per section of #console that has a heading, so a section added to index.html gets its tab too.
function buildTabs() {
  const tabs = $("#console-tabs"); tabs.replaceChildren();
  const sections = [...document.querySelectorAll("#console > section")].filter(s => s.querySelector("h2"));
  const current = sessionStorage.getItem("bankhire.tab");
  const chosen = sections.find(s => s.id === current) ?? sections[0];
  sections.forEach((section, i) => {
    section.id ||= `console-section-${i}`;
    const tab = el("button", { type: "button", role: "tab", id: `${section.id}-tab`, "aria-controls": section.id, text: section.querySelector("h2").textContent,
      on: { click: () => selectTab(section.id) } });
    section.setAttribute("role", "tabpanel"); section.setAttribute("aria-labelledby", tab.id);
    tabs.append(tab);
  });
  if (chosen) selectTab(chosen.id);
}

function selectTab(id) {
  sessionStorage.setItem("bankhire.tab", id);
  for (const tab of document.querySelectorAll("#console-tabs [role=tab]")) {
    const selected = tab.getAttribute("aria-controls") === id;
    tab.setAttribute("aria-selected", String(selected));
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
  }
}

async function showConsole() {
  const me = await api("/api/auth/me");
  session.userName = me.userName; session.roles = me.roles;
  const has = (...roles) => roles.some(r => me.roles.includes(r));
  session.can = { recruit: has("HrAdmin", "Recruiter"), interview: has("HrAdmin", "Recruiter", "Interviewer"), admin: has("HrAdmin") };
  $("#who").textContent = `${me.userName} (${me.roles.map(r => t(`role.${r}`)).join(", ")})`;
  $("#who").hidden = false; $("#sign-out").hidden = false;
  $("#sign-in-panel").hidden = true; $("#console").hidden = false;
  buildTabs();

  const bank = await api("/api/bank");
  session.branches = bank.branches;
  $("#bank-name").textContent = localized(bank.nameZh, bank.nameEn);
  const branches = $("#branches"); branches.replaceChildren(table([t("bank.code"), t("bank.branch"), t("bank.city")],
    bank.branches.map(b => [b.code, localized(b.nameZh, b.nameEn), b.city])));

  const jobs = await api("/api/jobs");
  await showJobs(jobs);
  // One section that cannot load says so in its place; it never takes the console down with it.
  for (const [host, load] of [["#analytics", showAnalytics], ["#talent-pool", showTalentPool], ["#model-card", showModelCard],
    ["#employees", showEmployees], ["#validity", () => showValidity(jobs)]]) {
    try { await load(); }
    catch (e) { document.querySelector(host)?.replaceChildren(el("p", { className: "error", role: "alert", text: e.message ?? String(e) })); }
  }
}

$("#sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("#sign-in-error").textContent = "";
  const form = new FormData(event.target);
  try {
    await api("/api/auth/login", { method: "POST", body: JSON.stringify({ userName: form.get("userName"), password: form.get("password") }) });
    await showConsole();
  } catch (e) {
    const locked = e.problem?.detail?.includes("locked");
    $("#sign-in-error").textContent = e.status === 401 ? t(locked ? "signIn.locked" : "signIn.failed") : e.message;
  }
});

$("#sign-out").addEventListener("click", async () => { await api("/api/auth/logout", { method: "POST" }); showSignIn(); });

onLanguageChange(() => { if (!$("#console").hidden) showConsole().catch(() => showSignIn()); });
translatePage();
showConsole().catch(() => showSignIn());
