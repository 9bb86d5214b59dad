// Screening validation for one job: HR uploads resumes it has labelled (a CSV/XLSX of file name and tier or score)
// and sees, per rubric version or for a draft model, how far the screening agrees with it. Text only.
"use strict";
// percent() and fixed() come from analytics.js and dom.js.


function validationFigures(run) {
  const rows = [[t("validation.all"), run.overall], ...run.byLanguage.map(g => [t(`validation.lang.${g.group}`), g.figures]),
    ...run.byFormat.map(g => [g.group.toUpperCase(), g.figures])];
  return table([t("validation.group"), t("validation.count"), t("validation.tiers"), t("validation.spearman"), t("validation.pairs")],
    rows.map(([group, f]) => [group, f.count, percent(f.tierAgreement), fixed(f.spearman, 2), `${percent(f.pairwiseAccuracy)} (${f.comparablePairs})`]), "validation-figures");
}

function validationSide(resume) {
  return el("div", { className: "validation-side" },
    el("strong", { text: `${resume.file} · HR ${resume.hrTier}${resume.hrScore === null || resume.hrScore === undefined ? "" : ` (${resume.hrScore})`} · ${t("validation.model")} ${resume.modelTier} (${fixed(resume.modelScore)})` }),
    el("p", { className: "explanation", text: localized(resume.explanationZh, resume.explanationEn) }));
}

function validationRun(run) {
  const which = run.draft ? t("validation.draftRun") : t("validation.versionRun", { version: run.rubricVersion });
  const pairs = run.discordantPairs.length === 0 ? el("p", { className: "muted", text: t("validation.noPairs") })
    : table([t("validation.hrPrefers"), t("validation.modelPrefers")], run.discordantPairs.map(p => [validationSide(p.preferredByHr), validationSide(p.preferredByModel)]), "validation-pairs");
  return el("div", { className: "validation-run" },
    el("p", { text: `${which} · ${formatTime(run.at)} · ${run.actor} · ${run.analyserVersion}` }),
    validationFigures(run),
    el("h5", { text: t("validation.discordant", { n: run.discordantPairCount }) }), pairs,
    run.unread.length === 0 ? "" : el("p", { className: "form-error", text: `${t("validation.unread")}${t("punct.colon")}${run.unread.join(t("punct.list"))}` }));
}

function renderValidation(job) {
  const box = el("section", { className: "validation" });
  const files = input({ type: "file", multiple: true, name: "validation-files", accept: ".pdf,.docx,.txt,.zip", disabled: !session.can.recruit });
  const labels = input({ type: "file", name: "validation-labels", accept: ".csv,.xlsx", disabled: !session.can.recruit });
  const version = input({ type: "number", min: "1", className: "score" });
  const draft = el("textarea", { rows: 3, placeholder: t("validation.draftHint") });
  const form = el("form", { className: "validation-form", noValidate: true });
  const result = el("div", { className: "validation-result", role: "status" });
  const history = el("div", { className: "validation-history" });
  form.append(field(t("validation.files"), files, "files"), field(t("validation.labels"), labels, "labels"),
    field(t("validation.version"), version, "rubricVersion"), field(t("validation.draft"), draft, "draftModel"),
    el("button", { type: "submit", text: t("validation.run"), disabled: !session.can.recruit }), el("p", { className: "form-error", role: "alert" }));

  async function showHistory() {
    const runs = await api(`/api/jobs/${encodeURIComponent(job.id)}/screening-validations`);
    history.replaceChildren(runs.length === 0 ? el("p", { className: "muted", text: t("validation.none") }) :
      table([t("validation.when"), t("validation.which"), t("validation.count"), t("validation.tiers"), t("validation.spearman"), t("validation.pairs")],
        runs.map(r => [formatTime(r.at), r.draft ? t("validation.draftRun") : t("validation.versionRun", { version: r.rubricVersion }), r.overall.count,
          percent(r.overall.tierAgreement), fixed(r.overall.spearman, 2), percent(r.overall.pairwiseAccuracy)]), "validation-history-table"));
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new FormData();
    for (const file of files.files) body.append("files", file, file.name);
    if (labels.files[0]) body.append("labels", labels.files[0], labels.files[0].name);
    if (version.value) body.append("rubricVersion", version.value);
    if (draft.value.trim()) body.append("draftModel", draft.value);
    result.textContent = t("validation.running");
    try {
      const response = await fetch(`/api/jobs/${encodeURIComponent(job.id)}/screening-validations`, { method: "POST", body, credentials: "same-origin" });
      const json = await response.json().catch(() => ({}));
      if (!response.ok) throw new ApiError(response.status, json);
      clearProblems(form);
      result.replaceChildren(validationRun(json));
      await showHistory();
    } catch (e) { result.textContent = ""; showProblem(form, e); }
  });

  box.append(el("h4", { text: t("validation.title") }), el("p", { className: "muted", text: t("validation.intro") }), form, result,
    el("h5", { text: t("validation.history") }), history);
  showHistory().catch(() => {});
  return box;
}
