// The jobs section: the list of jobs (and "new job from a template"), and one job's workspace with its own tabs —
// candidates, resumes, interview slots, posting, competency model, versions.
"use strict";

const jobsView = { jobs: [], selectedId: sessionStorage.getItem("bankhire.job"), pane: sessionStorage.getItem("bankhire.pane") ?? "candidates" };

const JOB_PANES = [
  ["candidates", "pane.candidates", (job) => renderCandidates(job)],
  ["resumes", "pane.resumes", (job) => renderScreening(job)],
  ["slots", "pane.slots", (job) => renderSlots(job)],
  ["posting", "pane.posting", (job) => renderPostingEditor(job)],
  ["model", "pane.model", (job) => renderModelEditor(job)],
  ["versions", "pane.versions", (job) => renderVersions(job)],
];

const jobTitle = (posting) => localized(posting.titleZh, posting.titleEn);
const jobSummary = (job) => `${t(`jobStatus.${job.posting.status}`)} · ${t("jobs.openings", { n: job.posting.openings })} · v${job.rubricVersion}`;

async function showJobs(jobs) {
  jobsView.jobs = jobs;
  if (!jobs.some(j => j.id === jobsView.selectedId)) jobsView.selectedId = jobs[0]?.id ?? null;
  const host = $("#jobs");
  const list = el("nav", { className: "job-list", "aria-label": t("jobs.list") });
  if (session.can.recruit) list.append(button(t("jobs.new"), () => openNewJob(host), "new-job"));
  for (const job of jobs) {
    list.append(el("button", {
      type: "button", className: "job-pick", dataset: { jobId: job.id }, "aria-current": job.id === jobsView.selectedId ? "true" : null,
      on: { click: () => selectJob(job.id) },
    }, el("strong", { text: jobTitle(job.posting) }),
    el("span", { className: "muted", text: jobSummary(job) })));
  }
  const workspace = el("div", { className: "job-workspace" });
  host.replaceChildren(list, workspace);
  if (jobsView.selectedId) await showJob(jobsView.selectedId);
}

async function selectJob(id) {
  jobsView.selectedId = id; sessionStorage.setItem("bankhire.job", id);
  for (const pick of document.querySelectorAll("#jobs .job-pick")) pick.setAttribute("aria-current", String(pick.dataset.jobId === id));
  await showJob(id);
}

/** Reloads one job from the API and shows its workspace on the pane last used. */
async function showJob(id, pane = jobsView.pane) {
  const job = await api(`/api/jobs/${encodeURIComponent(id)}`);
  jobsView.jobs = jobsView.jobs.map(j => j.id === id ? job : j);
  const pick = document.querySelector(`#jobs .job-pick[data-job-id="${CSS.escape(id)}"]`);
  if (pick) { pick.querySelector("strong").textContent = jobTitle(job.posting); pick.querySelector(".muted").textContent = jobSummary(job); }
  const box = el("article", { className: "job", dataset: { jobId: job.id } });
  const branch = session.branches?.find(b => b.code === job.posting.branchCode);
  box.append(el("h3", { text: jobTitle(job.posting) }),
    el("p", { className: "muted job-meta", text: [job.id, t(`jobStatus.${job.posting.status}`), branch ? localized(branch.nameZh, branch.nameEn) : null,
      t("jobs.openings", { n: job.posting.openings }), t("jobs.modelVersion", { v: job.rubricVersion, count: job.versionCount })].filter(Boolean).join(" · ") }));
  const tabs = el("div", { className: "pane-tabs", role: "tablist", "aria-label": t("jobs.panes") });
  const body = el("div", { className: "pane", role: "tabpanel" });
  for (const [key, label, render] of JOB_PANES) {
    tabs.append(el("button", { type: "button", role: "tab", dataset: { pane: key }, "aria-selected": String(key === pane), text: t(label),
      on: { click: async () => { jobsView.pane = key; sessionStorage.setItem("bankhire.pane", key);
        for (const notice of document.querySelectorAll("#jobs .job-workspace > .notice")) notice.remove();
        for (const b of tabs.children) b.setAttribute("aria-selected", String(b.dataset.pane === key));
        body.replaceChildren(await render(job)); } } }));
  }
  box.append(tabs, body);
  body.append(await (JOB_PANES.find(p => p[0] === pane) ?? JOB_PANES[0])[2](job));
  document.querySelector("#jobs .job-workspace").replaceChildren(box);
  return box;
}

// "New job": a template, an optional id, titles, branch, openings and status; the API's refusals sit next to their field.
async function openNewJob(host) {
  const templates = await api("/api/job-templates");
  const workspace = host.querySelector(".job-workspace");
  const form = el("form", { className: "job-form", noValidate: true, "aria-labelledby": "new-job-title" });
  const template = select([["", t("jobs.chooseTemplate")], ...templates.map(tp => [tp.code, localized(tp.titleZh, tp.titleEn)])], "");
  const competencies = el("p", { className: "muted template-competencies" });
  template.addEventListener("change", () => {
    const chosen = templates.find(tp => tp.code === template.value);
    competencies.textContent = chosen ? `${t("model.competencies")}${t("punct.colon")}${chosen.competencies.join(t("punct.list"))}` : "";
  });
  const branches = select([["", t("jobs.noBranch")], ...(session.branches ?? []).map(b => [b.code, `${localized(b.nameZh, b.nameEn)} (${b.code})`])], "");
  const fields = {
    templateCode: template, id: input({ placeholder: "teller-2028-campus" }), titleZh: input(), titleEn: input(),
    branchCode: branches, openings: input({ type: "number", value: "1" }),
    status: select(["Open", "Draft", "Closed"].map(s => [s, t(`jobStatus.${s}`)]), "Open"),
  };
  form.append(el("h3", { id: "new-job-title", text: t("jobs.newTitle") }),
    field(t("jobs.template"), fields.templateCode, "templateCode"), competencies,
    field(t("jobs.id"), fields.id, "id"), el("p", { className: "hint", text: t("jobs.idHint") }),
    field(t("posting.titleZh"), fields.titleZh, "titleZh"), field(t("posting.titleEn"), fields.titleEn, "titleEn"),
    field(t("posting.branch"), fields.branchCode, "branchCode"), field(t("posting.openings"), fields.openings, "openings"),
    field(t("posting.status"), fields.status, "status"),
    el("div", { className: "actions" }, el("button", { type: "submit", text: t("jobs.create") }), button(t("common.cancel"), () => showJobs(jobsView.jobs), "secondary")),
    el("p", { className: "form-error", role: "alert" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { templateCode: fields.templateCode.value || null, id: fields.id.value.trim() || null, titleZh: fields.titleZh.value || null,
      titleEn: fields.titleEn.value || null, branchCode: fields.branchCode.value || null, openings: numberOrNull(fields.openings.value) ?? 0, status: fields.status.value };
    try {
      const job = await send("POST", "/api/jobs", body);
      jobsView.selectedId = job.id; sessionStorage.setItem("bankhire.job", job.id); jobsView.pane = "resumes";
      await showJobs(await api("/api/jobs"));
      document.querySelector("#jobs .job-workspace")?.prepend(el("p", { className: "notice", role: "status", text: t("jobs.created", { title: jobTitle(job.posting) }) }));
    } catch (e) { showProblem(form, e); }
  });
  workspace.replaceChildren(form);
  fields.templateCode.focus();
}

function renderPostingEditor(job) {
  const form = el("form", { className: "posting-form", noValidate: true });
  const branches = select([["", t("jobs.noBranch")], ...(session.branches ?? []).map(b => [b.code, `${localized(b.nameZh, b.nameEn)} (${b.code})`])], job.posting.branchCode ?? "");
  const fields = {
    titleZh: input({ value: job.posting.titleZh }), titleEn: input({ value: job.posting.titleEn }), branchCode: branches,
    openings: input({ type: "number", value: String(job.posting.openings) }),
    status: select(["Draft", "Open", "Closed"].map(s => [s, t(`jobStatus.${s}`)]), job.posting.status),
  };
  const saved = el("p", { className: "saved", role: "status" });
  form.append(field(t("posting.titleZh"), fields.titleZh, "titleZh"), field(t("posting.titleEn"), fields.titleEn, "titleEn"),
    field(t("posting.branch"), fields.branchCode, "branchCode"), field(t("posting.openings"), fields.openings, "openings"),
    field(t("posting.status"), fields.status, "status"), el("p", { className: "muted", text: `${t("jobs.template")}${t("punct.colon")}${job.posting.templateCode}` }),
    el("div", { className: "actions" }, el("button", { type: "submit", text: t("posting.save"), disabled: !session.can.recruit })),
    el("p", { className: "form-error", role: "alert" }), saved);
  form.addEventListener("submit", async (event) => {
    event.preventDefault(); saved.textContent = "";
    const posting = { titleZh: fields.titleZh.value, titleEn: fields.titleEn.value, templateCode: job.posting.templateCode,
      branchCode: fields.branchCode.value || null, openings: numberOrNull(fields.openings.value) ?? 0, status: fields.status.value };
    try {
      const updated = await send("PUT", `/api/jobs/${encodeURIComponent(job.id)}/posting`, posting);
      clearProblems(form);
      await showJob(updated.id, "posting");
      document.querySelector("#jobs .posting-form .saved").textContent = t("posting.saved");
    } catch (e) { showProblem(form, e); }
  });
  return form;
}

async function renderVersions(job) {
  const versions = await api(`/api/jobs/${encodeURIComponent(job.id)}/versions`);
  const box = el("div", { className: "versions" });
  box.append(table([t("versions.version"), t("versions.createdAt"), t("versions.author"), t("versions.note"), t("versions.export")],
    [...versions].reverse().map(v => [`v${v.version}${v.version === job.rubricVersion ? ` (${t("versions.current")})` : ""}`, formatTime(v.createdAt), v.author, v.changeNote === "created" ? t("versions.created") : v.changeNote ?? "—",
      el("a", { href: `/api/jobs/${encodeURIComponent(job.id)}/versions/${v.version}`, download: `${job.id}-v${v.version}.json`, text: "JSON" })]), "versions-table"));
  return box;
}
