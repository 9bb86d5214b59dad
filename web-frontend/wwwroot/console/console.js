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
  people.innerHTML = "<thead><tr><th>候选人 Candidate</th><th>学校 School</th><th>专业 Major</th><th>阶段 Stage</th></tr></thead><tbody></tbody>";
  for (const p of candidates) {
    const r = people.tBodies[0].insertRow();
    cell(r, p.application.contact.fullName); cell(r, p.application.school); cell(r, p.application.major);
    const stage = document.createElement("span"); stage.className = "stage"; stage.textContent = p.stage; r.insertCell().append(stage);
  }
  box.append(title, meta, model, people, renderScreening(job));
  return box;
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
