// Resume intake, ranking and top-N invitations for one job, inside its card in the HR console.
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
      else reject(new Error(body.detail || body.title || `HTTP ${request.status}`));
    };
    request.onerror = () => reject(new Error("网络错误 Network error: the upload did not reach the server."));
    request.send(form);
  });
}

function table(headers, rows, className) {
  const t = document.createElement("table"); t.className = className;
  t.createTHead().insertRow().append(...headers.map(h => { const th = document.createElement("th"); th.textContent = h; return th; }));
  const body = t.createTBody();
  for (const row of rows) { const r = body.insertRow(); for (const value of row) r.insertCell().textContent = value ?? ""; }
  return t;
}

function renderScreening(job) {
  const box = document.createElement("section"); box.className = "screening";
  const heading = document.createElement("h4"); heading.textContent = "简历筛选 Resume screening";
  const label = document.createElement("label"); label.textContent = "上传简历 Upload resumes (PDF, DOCX, TXT, ZIP, CSV, XLSX) ";
  const input = document.createElement("input"); input.type = "file"; input.multiple = true; input.name = "resumes";
  input.accept = ".pdf,.docx,.txt,.zip,.csv,.xlsx"; label.append(input);
  const progress = document.createElement("progress"); progress.max = 1; progress.value = 0; progress.hidden = true;
  progress.setAttribute("aria-label", "上传进度 Upload progress");
  const status = document.createElement("p"); status.className = "upload-status"; status.setAttribute("role", "status");
  const results = document.createElement("div"); results.className = "upload-results";
  const ranking = document.createElement("div"); ranking.className = "ranking";
  const invite = document.createElement("button"); invite.type = "button"; invite.textContent = "邀请前 5 名面试 Invite the top 5";
  const invited = document.createElement("p"); invited.className = "invited"; invited.setAttribute("role", "status");

  async function showRanking() {
    const rows = await api(`/api/jobs/${encodeURIComponent(job.id)}/ranking?top=20`);
    ranking.replaceChildren(table(["#", "候选人 Candidate", "分数 Score", "说明 Why"],
      rows.map(r => [r.rank, r.name, r.score.toFixed(1), `${r.summaryZh} · ${r.summaryEn}`]), "ranking-table"));
  }

  input.addEventListener("change", async () => {
    if (input.files.length === 0) return;
    progress.hidden = false; progress.value = 0; status.textContent = `上传中 Uploading ${input.files.length} file(s)…`;
    try {
      const report = await uploadResumes(job.id, input.files, (share) => { progress.value = share; });
      progress.value = 1;
      const counts = report.sources.reduce((c, s) => ({ ...c, [s.status]: (c[s.status] || 0) + 1 }), {});
      status.textContent = `完成 Done: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}`;
      results.replaceChildren(table(["文件 Source", "结果 Result", "说明 Message"],
        report.sources.map(s => [s.source, s.status, s.reason ? `${s.reason}: ${s.message}` : s.message]), "upload-table"));
      await showRanking();
    } catch (e) { status.textContent = `失败 Failed: ${e.message}`; }
    finally { input.value = ""; }
  });

  invite.addEventListener("click", async () => {
    try {
      const result = await api(`/api/jobs/${encodeURIComponent(job.id)}/invitations/top`, { method: "POST", body: JSON.stringify({ count: 5, expiresInDays: 7 }) });
      invited.textContent = `已邀请 Invited: ${result.invited.map(i => i.name).join(", ") || "—"}（已邀请过 already invited: ${result.alreadyInvited}）`;
    } catch (e) { invited.textContent = `失败 Failed: ${e.message}`; }
  });

  box.append(heading, label, progress, status, results, ranking, invite, invited);
  showRanking().catch(() => {});
  return box;
}
