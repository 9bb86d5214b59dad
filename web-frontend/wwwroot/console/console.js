// HR console (first cut): sign in, then the bank, its jobs with their competency models, and candidates per job.
"use strict";

const $ = (selector) => document.querySelector(selector);

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: "same-origin", headers: { "Content-Type": "application/json" }, ...options });
  if (response.status === 401 && path !== "/api/auth/login") { showSignIn(); throw new Error("not signed in"); }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || `HTTP ${response.status}`);
  }
  return response.status === 204 ? null : response.json();
}

function cell(row, text) { const td = row.insertCell(); td.textContent = text ?? ""; return td; }

function showSignIn() { $("#sign-in-panel").hidden = false; $("#console").hidden = true; $("#who").hidden = true; $("#sign-out").hidden = true; }

async function showConsole() {
  const me = await api("/api/auth/me");
  $("#who").textContent = `${me.userName} (${me.roles.join(", ")})`;
  $("#who").hidden = false; $("#sign-out").hidden = false;
  $("#sign-in-panel").hidden = true; $("#console").hidden = false;

  const bank = await api("/api/bank");
  $("#bank-name").textContent = `${bank.nameZh} · ${bank.nameEn}`;
  const branches = $("#branches tbody"); branches.replaceChildren();
  for (const b of bank.branches) { const r = branches.insertRow(); cell(r, b.code); cell(r, `${b.nameZh} · ${b.nameEn}`); cell(r, b.city); }

  await showAnalytics();
  await showTalentPool();

  const jobs = await api("/api/jobs");
  const host = $("#jobs"); host.replaceChildren();
  for (const job of jobs) host.append(await renderJob(job));
}

async function renderJob(job) {
  const box = document.createElement("article"); box.className = "job"; box.dataset.jobId = job.id;
  const title = document.createElement("h3");
  title.textContent = `${job.posting.titleZh} · ${job.posting.titleEn}`;
  const meta = document.createElement("p"); meta.className = "muted";
  meta.textContent = `${job.id} · 模型版本 model v${job.rubricVersion} · 招聘 ${job.posting.openings} 人 openings`;
  const model = document.createElement("table");
  model.innerHTML = "<thead><tr><th>能力 Competency</th><th>权重 Weight</th><th>及格 Pass</th><th>指标 Indicators</th></tr></thead><tbody></tbody>";
  for (const c of job.model.competencies) {
    const r = model.tBodies[0].insertRow();
    cell(r, `${c.nameZh} · ${c.nameEn}`); cell(r, `${Math.round(c.weight * 100)}%`); cell(r, c.passThreshold);
    cell(r, c.indicators.map(i => i.feature).join(", "));
  }
  const candidates = await api(`/api/jobs/${encodeURIComponent(job.id)}/candidates`);
  const people = document.createElement("table");
  people.className = "candidates";
  people.innerHTML = "<thead><tr><th>选择 Select</th><th>候选人 Candidate</th><th>学校 School</th><th>专业 Major</th><th>阶段 Stage</th></tr></thead><tbody></tbody>";
  for (const p of candidates) {
    const r = people.tBodies[0].insertRow(); r.dataset.candidateId = p.id;
    const pick = document.createElement("input"); pick.type = "checkbox"; pick.value = p.id;
    pick.setAttribute("aria-label", `选择 Select ${p.application.contact.fullName}`); r.insertCell().append(pick);
    const open = document.createElement("button"); open.type = "button"; open.className = "link"; open.textContent = p.application.contact.fullName;
    open.addEventListener("click", () => showProfile(p.id)); r.insertCell().append(open);
    cell(r, p.application.school); cell(r, p.application.major);
    const stage = document.createElement("span"); stage.className = "stage"; stage.textContent = p.stage; r.insertCell().append(stage);
  }
  box.append(title, meta, model, people, renderBulkMove(job, people), renderScreening(job));
  return box;
}

const STAGES = ["Screened", "Invited", "Booked", "Interviewing", "Completed", "SecondRound", "Offer", "Hired", "Rejected", "Withdrawn"];

// Moves the ticked candidates of one job to a stage; each refusal is listed with its reason.
function renderBulkMove(job, people) {
  const form = document.createElement("form"); form.className = "bulk-move";
  const stageLabel = document.createElement("label"); stageLabel.textContent = "移至阶段 Move selected to ";
  const stage = document.createElement("select"); stage.name = "stage";
  for (const s of STAGES) stage.add(new Option(s, s));
  stageLabel.append(stage);
  const reasonLabel = document.createElement("label"); reasonLabel.textContent = "原因 Reason ";
  const reason = document.createElement("input"); reason.name = "reason"; reason.maxLength = 500; reasonLabel.append(reason);
  const submit = document.createElement("button"); submit.type = "submit"; submit.textContent = "批量移动 Move";
  const outcome = document.createElement("p"); outcome.className = "bulk-outcome"; outcome.setAttribute("role", "status");
  form.append(stageLabel, reasonLabel, submit, outcome);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const ids = [...people.querySelectorAll("tbody input[type=checkbox]:checked")].map(c => c.value);
    if (ids.length === 0) { outcome.textContent = "请先选择候选人 Select candidates first."; return; }
    try {
      const results = await api("/api/candidates/bulk/stage", { method: "POST", body: JSON.stringify({ candidateIds: ids, stage: stage.value, reason: reason.value || null }) });
      for (const r of results.filter(r => r.moved)) {
        const row = people.querySelector(`tr[data-candidate-id="${r.candidateId}"]`);
        row.querySelector(".stage").textContent = r.stage; row.querySelector("input").checked = false;
      }
      const refused = results.filter(r => !r.moved);
      outcome.textContent = `已移动 Moved ${results.length - refused.length}` + (refused.length ? ` · 未移动 Not moved: ${refused.map(r => r.error).join("; ")}` : "");
      await showAnalytics();
    } catch (e) { outcome.textContent = e.message; }
  });
  return form;
}

$("#sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("#sign-in-error").textContent = "";
  const form = new FormData(event.target);
  try {
    await api("/api/auth/login", { method: "POST", body: JSON.stringify({ userName: form.get("userName"), password: form.get("password") }) });
    await showConsole();
  } catch (e) { $("#sign-in-error").textContent = e.message; }
});

$("#sign-out").addEventListener("click", async () => { await api("/api/auth/logout", { method: "POST" }); showSignIn(); });

showConsole().catch(() => showSignIn());
