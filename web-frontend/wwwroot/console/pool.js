// 人才库 Talent pool in the HR console: every job's candidates searched together by name or skill and by competency
// score, unhired top-10 % scorers flagged, and a candidate's stored resume re-matched to another job.
// Uses api() from console.js and showProfile() from profile.js.
"use strict";

const POOL_STYLE = `
#talent-pool .pool-search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; max-width: none; }
#talent-pool .pool-search label { min-width: 9rem; }
#talent-pool .pool-search select { max-width: 16rem; }
#talent-pool .pool-search label.check { display: flex; gap: .35rem; align-items: center; min-width: 0; }
#talent-pool tr.flagged { background: #fff8e1; }
#talent-pool .flag { display: inline-block; margin-left: .35rem; padding: .05rem .4rem; border-radius: 1rem; background: #f0b429; color: #1d2733; font-size: .8rem; font-weight: 600; }
#talent-pool .pool-job { margin: 0 0 .25rem; }
#talent-pool .rematch { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
#talent-pool .rematch select { max-width: 12rem; }
#talent-pool .competencies { font-size: .85rem; color: var(--muted); }`;

const poolState = { jobs: [], competencies: [] };

const poolNumber = (value) => value === null || value === undefined ? "—" : String(Math.round(value * 10) / 10);
const poolJobTitle = (job) => job ? localized(job.posting.titleZh, job.posting.titleEn) : "";

function poolLabel(text, control) {
  const label = document.createElement("label"); label.textContent = text; label.append(control); return label;
}

function renderPoolSearch(host) {
  const form = document.createElement("form"); form.className = "pool-search";
  form.setAttribute("role", "search"); form.setAttribute("aria-label", t("pool.search"));
  const text = document.createElement("input"); text.name = "q"; text.type = "search"; text.maxLength = 100;
  const competency = document.createElement("select"); competency.name = "competency";
  const minScore = document.createElement("input"); minScore.name = "minScore"; minScore.type = "number"; minScore.min = 0; minScore.max = 100; minScore.step = "any";
  const job = document.createElement("select"); job.name = "jobId";
  job.add(new Option(t("pool.allJobs"), ""));
  for (const j of poolState.jobs) job.add(new Option(poolJobTitle(j), j.id));
  const flagged = document.createElement("input"); flagged.type = "checkbox"; flagged.name = "flagged";
  const flaggedLabel = poolLabel(t("pool.flaggedOnly"), flagged); flaggedLabel.className = "check";
  const submit = document.createElement("button"); submit.type = "submit"; submit.textContent = t("pool.searchButton");
  form.append(poolLabel(t("pool.nameOrSkill"), text), poolLabel(t("pool.competency"), competency),
    poolLabel(t("pool.minScore"), minScore), poolLabel(t("pool.job"), job), flaggedLabel, submit);
  form.addEventListener("submit", (event) => { event.preventDefault(); searchTalentPool(host).catch(e => poolStatus(host, e.message)); });
  return form;
}

function poolStatus(host, text) { host.querySelector(".pool-summary").textContent = text; }

function fillCompetencies(select, competencies) {
  const chosen = select.value;
  select.replaceChildren(new Option(t("pool.anyCompetency"), ""));
  for (const c of competencies) select.add(new Option(localized(c.nameZh, c.nameEn), c.key));
  select.value = competencies.some(c => c.key === chosen) ? chosen : "";
}

function poolQuery(form) {
  const data = new FormData(form), query = new URLSearchParams();
  for (const name of ["q", "competency", "minScore", "jobId"]) { const value = String(data.get(name) ?? "").trim(); if (value) query.set(name, value); }
  if (data.get("flagged")) query.set("flagged", "true");
  query.set("take", "100");
  return query;
}

async function searchTalentPool(host) {
  const form = host.querySelector(".pool-search");
  const page = await api(`/api/talent-pool?${poolQuery(form)}`);
  fillCompetencies(form.elements.competency, page.competencies);
  const flaggedCount = page.people.filter(p => p.flagged).length;
  poolStatus(host, t("pool.summary", { total: page.total, flagged: flaggedCount }) +
    (page.total > page.people.length ? t("pool.showing", { shown: page.people.length }) : ""));
  const body = host.querySelector("table.pool-table tbody"); body.replaceChildren();
  for (const person of page.people) renderPoolPerson(host, body, person);
}

function renderPoolPerson(host, body, person) {
  const row = body.insertRow(); row.dataset.personId = person.personId;
  if (person.flagged) row.className = "flagged";
  const name = row.insertCell();
  const open = document.createElement("button"); open.type = "button"; open.className = "link"; open.textContent = person.name;
  open.addEventListener("click", () => showProfile(person.jobs[0].candidateId));
  name.append(open);
  if (person.flagged) { const flag = document.createElement("span"); flag.className = "flag"; flag.textContent = t("pool.top"); name.append(flag); }
  row.insertCell().textContent = person.skills.join(", ");

  const jobs = row.insertCell(), scores = row.insertCell(), competencies = row.insertCell();
  for (const j of person.jobs) {
    const line = document.createElement("p"); line.className = "pool-job"; line.dataset.candidateId = j.candidateId;
    line.textContent = `${j.jobTitleZh ?? j.jobId} · ${stageName(j.stage)}` + (j.originalCandidateId ? t("pool.rematched") : "");
    if (j.topTenPercent) { const flag = document.createElement("span"); flag.className = "flag"; flag.textContent = t("pool.top"); line.append(flag); }
    jobs.append(line);
    const score = document.createElement("p"); score.className = "pool-job";
    score.textContent = t("pool.scores", { resume: poolNumber(j.screeningScore), ai: poolNumber(j.interviewScore) }) +
      (j.aiSuggestion ? ` · ${recommendationName(j.aiSuggestion)}` : "") + (j.hrDecision ? ` · HR: ${recommendationName(j.hrDecision)}` : "");
    scores.append(score);
    const detail = document.createElement("p"); detail.className = "pool-job competencies";
    detail.textContent = j.competencies.map(c => `${localized(c.nameZh, c.nameEn)} ${poolNumber(c.score)}`).join(" · ") || "—";
    competencies.append(detail);
  }
  row.insertCell().append(renderRematch(host, person));
}

function renderRematch(host, person) {
  const source = person.jobs.find(j => j.canRematch);
  const box = document.createElement("div"); box.className = "rematch";
  if (!source) { box.textContent = t("pool.noResume"); return box; }
  const held = new Set(person.jobs.map(j => j.jobId));
  const target = document.createElement("select");
  target.setAttribute("aria-label", t("pool.targetJob", { name: person.name }));
  for (const j of poolState.jobs.filter(j => !held.has(j.id))) target.add(new Option(poolJobTitle(j), j.id));
  const button = document.createElement("button"); button.type = "button"; button.textContent = t("pool.rematch");
  button.setAttribute("aria-label", t("pool.rematchWho", { name: person.name }));
  const result = document.createElement("p"); result.className = "rematch-result"; result.setAttribute("role", "status");
  button.disabled = target.options.length === 0;
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const matched = await api(`/api/talent-pool/${person.jobs.find(j => j.canRematch).candidateId}/rematch`,
        { method: "POST", body: JSON.stringify({ jobId: target.value }) });
      const title = poolJobTitle(poolState.jobs.find(j => j.id === matched.jobId));
      const text = t("pool.matched", { job: title, score: poolNumber(matched.score), rank: matched.rank ?? "—" }) + ` · ${localized(matched.summaryZh, matched.summaryEn)}`;
      await searchTalentPool(host);
      const row = host.querySelector(`tr[data-person-id="${person.personId}"] .rematch-result`);
      if (row) row.textContent = text;
    } catch (e) { result.textContent = e.message; button.disabled = false; }
  });
  box.append(target, button, result);
  return box;
}

async function showTalentPool() {
  const host = document.querySelector("#talent-pool");
  if (!host) return;
  if (!document.querySelector("#pool-style")) {
    const style = document.createElement("style"); style.id = "pool-style"; style.textContent = POOL_STYLE; document.head.append(style);
  }
  poolState.jobs = await api("/api/jobs");
  const summary = document.createElement("p"); summary.className = "pool-summary"; summary.setAttribute("role", "status");
  const table = document.createElement("table"); table.className = "pool-table";
  const head = table.createTHead().insertRow();
  for (const key of ["candidate", "skills", "jobs", "scoresHeader", "competencies", "rematch"]) head.append(el("th", { text: t(`pool.col.${key}`) }));
  table.createTBody();
  host.replaceChildren(renderPoolSearch(host), summary, table);
  await searchTalentPool(host);
}
