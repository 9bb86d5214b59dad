// One job's candidates: filters (stage, score range on the resume or the AI interview score, name), the top ten of the
// resume ranking highlighted, the AI's suggestion, the 360° profile on a click, and moving the ticked ones in bulk.
"use strict";

const STAGES = ["Applied", "Screened", "Invited", "Booked", "Interviewing", "Completed", "SecondRound", "Offer", "Hired", "Rejected", "Withdrawn"];

/** Filters per job, kept while the console is re-rendered (a language switch, a refresh). */
const candidateFilters = {};

function renderCandidates(job) {
  const filters = candidateFilters[job.id] ??= { stage: "", scoreKind: "screening", minScore: "", maxScore: "", q: "" };
  const box = el("section", { className: "candidates-pane" });
  const form = el("form", { className: "candidate-filters", noValidate: true, role: "search" });
  const controls = {
    stage: select([["", t("filters.allStages")], ...STAGES.map(s => [s, stageName(s)])], filters.stage),
    scoreKind: select([["screening", t("filters.resumeScore")], ["interview", t("filters.interviewScore")]], filters.scoreKind),
    minScore: input({ type: "number", value: filters.minScore, inputMode: "decimal", className: "score" }),
    maxScore: input({ type: "number", value: filters.maxScore, inputMode: "decimal", className: "score" }),
    q: input({ type: "search", value: filters.q, placeholder: t("filters.namePlaceholder") }),
  };
  form.append(field(t("filters.stage"), controls.stage, "stage"), field(t("filters.scoreKind"), controls.scoreKind, "scoreKind"),
    field(t("filters.minScore"), controls.minScore, "minScore"), field(t("filters.maxScore"), controls.maxScore, "maxScore"),
    field(t("filters.name"), controls.q, "q"),
    el("div", { className: "actions" }, el("button", { type: "submit", text: t("filters.apply") }), button(t("filters.clear"), () => {
      Object.assign(filters, { stage: "", scoreKind: "screening", minScore: "", maxScore: "", q: "" }); box.replaceWith(renderCandidates(job));
    }, "secondary"), button(t("common.refresh"), () => load(), "secondary refresh")),
    el("p", { className: "form-error", role: "alert" }));
  const count = el("p", { className: "muted candidate-count", role: "status" });
  const list = el("div", { className: "candidate-list" });
  box.append(form, count, list);

  async function load() {
    Object.assign(filters, Object.fromEntries(Object.entries(controls).map(([k, c]) => [k, c.value.trim()])));
    const query = new URLSearchParams();
    if (filters.stage) query.append("stage", filters.stage);
    if (filters.minScore !== "" || filters.maxScore !== "") query.set("scoreKind", filters.scoreKind);
    if (filters.minScore !== "") query.set("minScore", filters.minScore);
    if (filters.maxScore !== "") query.set("maxScore", filters.maxScore);
    if (filters.q) query.set("q", filters.q);
    try {
      const rows = await api(`/api/jobs/${encodeURIComponent(job.id)}/candidates/overview?${query}`);
      clearProblems(form);
      count.textContent = t("candidates.count", { n: rows.length });
      list.replaceChildren(candidateTable(job, rows));
    } catch (e) { showProblem(form, e); }
  }
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  controls.stage.addEventListener("change", () => load());
  load();
  return box;
}

function candidateTable(job, rows) {
  const people = table(["", t("candidates.rank"), t("candidates.name"), t("candidates.school"), t("candidates.major"), t("candidates.stage"),
    t("candidates.resumeScore"), t("candidates.aiScore"), t("candidates.aiSuggestion")], [], "candidates");
  people.tHead.rows[0].cells[0].append(el("span", { className: "visually-hidden", text: t("candidates.select") }));
  for (const p of rows) {
    const r = people.tBodies[0].insertRow(); r.dataset.candidateId = p.id;
    if (p.top) r.className = "top";
    const pick = input({ type: "checkbox", value: p.id, "aria-label": t("candidates.selectOne", { name: p.fullName }) });
    r.insertCell().append(pick);
    r.insertCell().append(p.resumeRank ? `#${p.resumeRank}` : "—", p.top ? el("span", { className: "badge top-badge", text: t("candidates.top", { n: 10 }) }) : "");
    r.insertCell().append(button(p.fullName, () => showProfile(p.id, () => showJob(job.id)), "link"));
    r.insertCell().textContent = p.school ?? ""; r.insertCell().textContent = p.major ?? "";
    r.insertCell().append(el("span", { className: "stage", dataset: { stage: p.stage }, text: stageName(p.stage) }));
    r.insertCell().textContent = p.knockedOut ? `${fixed(p.screeningScore)} (${t("candidates.knockedOut")})` : fixed(p.screeningScore);
    r.insertCell().textContent = fixed(p.interviewScore);
    r.insertCell().append(p.aiRecommendation ? el("span", { className: `suggestion suggestion-${p.aiRecommendation}`, text: recommendationName(p.aiRecommendation) }) : "—");
  }
  if (rows.length === 0) people.tBodies[0].insertRow().append(el("td", { colSpan: 9, className: "muted", text: t("candidates.none") }));
  const box = el("div", {}, el("div", { className: "table-scroll" }, people));
  if (session.can.recruit) box.append(renderBulkMove(job, people));
  return box;
}

// Moves the ticked candidates of one job to a stage; each refusal is listed with its reason.
function renderBulkMove(job, people) {
  const form = el("form", { className: "bulk-move" });
  const stage = select(STAGES.filter(s => s !== "Applied").map(s => [s, stageName(s)]), "Screened", { name: "stage" });
  const reason = input({ name: "reason", maxLength: 500 });
  const outcome = el("p", { className: "bulk-outcome", role: "status" });
  form.append(field(t("bulk.moveTo"), stage), field(t("bulk.reason"), reason), el("button", { type: "submit", text: t("bulk.move") }), outcome);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const ids = [...people.querySelectorAll("tbody input[type=checkbox]:checked")].map(c => c.value);
    if (ids.length === 0) { outcome.textContent = t("bulk.selectFirst"); return; }
    try {
      const results = await send("POST", "/api/candidates/bulk/stage", { candidateIds: ids, stage: stage.value, reason: reason.value || null });
      for (const r of results.filter(r => r.moved)) {
        const row = people.querySelector(`tr[data-candidate-id="${r.candidateId}"]`);
        const pill = row.querySelector(".stage"); pill.textContent = stageName(r.stage); pill.dataset.stage = r.stage;
        row.querySelector("input").checked = false;
      }
      const refused = results.filter(r => !r.moved);
      outcome.textContent = t("bulk.moved", { n: results.length - refused.length }) + (refused.length ? ` · ${t("bulk.notMoved")}${t("punct.colon")}${refused.map(r => problemText(r.error)).join("; ")}` : "");
      await showAnalytics();
    } catch (e) { outcome.textContent = e.message; }
  });
  return form;
}
