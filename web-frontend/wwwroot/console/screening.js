// Resume intake, ranking and top-N invitations for one job (the job's "resumes" pane).
"use strict";

function uploadResumes(jobId, files, onProgress) {
  // XMLHttpRequest rather than fetch: it reports upload progress for the progress bar.
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/jobs/${encodeURIComponent(jobId)}/resumes`);
    request.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    request.onload = () => {
      const body = JSON.parse(request.responseText || "{}");
      if (request.status >= 200 && request.status < 300) resolve(body);
      else reject(new ApiError(request.status, body));
    };
    request.onerror = () => reject(new Error(t("resumes.networkError")));
    request.send(form);
  });
}

function renderScreening(job) {
  const box = el("section", { className: "screening" });
  const fileInput = input({ type: "file", multiple: true, name: "resumes", accept: ".pdf,.docx,.txt,.zip,.csv,.xlsx", disabled: !session.can.recruit, className: "file-input" });
  // The browser's own file button speaks the browser's language; this one speaks the console's.
  const picker = el("label", { className: "file-picker" }, el("span", { className: "caption", text: t("resumes.upload") }),
    el("span", { className: "file-row" }, el("span", { className: "file-button", text: t("resumes.choose") }), el("span", { className: "muted", text: t("resumes.dropHint") })), fileInput);
  const progress = el("progress", { max: 1, value: 0, hidden: true, "aria-label": t("resumes.progress") });
  const status = el("p", { className: "upload-status", role: "status" });
  const results = el("div", { className: "upload-results" });
  const ranking = el("div", { className: "ranking" });
  const count = input({ type: "number", value: "5", className: "score", min: "1", max: "500" });
  const inviteForm = el("form", { className: "invite-top", noValidate: true });
  const invited = el("div", { className: "invited", role: "status" });
  inviteForm.append(field(t("resumes.inviteCount"), count, "count"),
    el("button", { type: "submit", text: t("resumes.inviteTop"), disabled: !session.can.recruit }), el("p", { className: "form-error", role: "alert" }));

  async function showRanking() {
    const rows = await api(`/api/jobs/${encodeURIComponent(job.id)}/ranking?top=50`);
    ranking.replaceChildren(rows.length === 0 ? el("p", { className: "muted", text: t("resumes.noRanking") }) :
      table(["#", t("candidates.name"), t("resumes.score"), t("resumes.why")],
        rows.map(r => [r.rank, r.name, r.score.toFixed(1), localized(r.summaryZh, r.summaryEn)]), "ranking-table"));
  }

  fileInput.addEventListener("change", async () => {
    if (fileInput.files.length === 0) return;
    progress.hidden = false; progress.value = 0; status.textContent = t("resumes.uploading", { n: fileInput.files.length });
    try {
      const report = await uploadResumes(job.id, fileInput.files, (share) => { progress.value = share; });
      progress.value = 1;
      const counts = report.sources.reduce((c, s) => ({ ...c, [s.status]: (c[s.status] || 0) + 1 }), {});
      status.textContent = `${t("resumes.done")}${t("punct.colon")}${Object.entries(counts).map(([k, v]) => `${t(`importStatus.${k}`)} ${v}`).join(t("punct.list"))}`;
      results.replaceChildren(table([t("resumes.source"), t("resumes.result"), t("resumes.message")],
        report.sources.map(s => [s.source, el("span", { className: `import-${s.status}`, dataset: { status: s.status }, text: t(`importStatus.${s.status}`) }),
          s.reason ? `${s.reason}: ${s.message}` : s.message]), "upload-table"));
      await showRanking();
    } catch (e) { status.textContent = `${t("common.failed")}${t("punct.colon")}${e.message}`; }
    finally { fileInput.value = ""; }
  });

  inviteForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const result = await send("POST", `/api/jobs/${encodeURIComponent(job.id)}/invitations/top`, { count: numberOrNull(count.value) ?? 0, expiresInDays: 7 });
      clearProblems(inviteForm);
      invited.replaceChildren(el("p", { text: t("resumes.invited", { n: result.invited.length, already: result.alreadyInvited }) }),
        result.invited.length === 0 ? "" : table(["#", t("candidates.name"), t("resumes.score"), t("resumes.link"), t("resumes.expires")],
          result.invited.map(i => [i.rank, i.name, i.score.toFixed(1), el("a", { href: i.invitation.link, className: "invitation-link", text: t("resumes.openLink"), target: "_blank", rel: "noopener" }),
            formatTime(i.invitation.expiresAt)]), "invited-table"));
    } catch (e) { showProblem(inviteForm, e); }
  });

  box.append(el("h4", { text: t("resumes.title") }),
    picker, progress, status, results,
    el("h4", { text: t("resumes.ranking") }), ranking, inviteForm, invited, renderValidation(job));
  showRanking().catch(() => {});
  return box;
}
