// The 360° profile of one candidate in a dialog: stage and a stage move, resume screening, the AI interview report with
// each indicator's value, target and points, the AI's and each interviewer's competency scores side by side, the second
// round (interviewers, scorecard) and the stage history. Under the report, each answer's evidence: the words its
// content was analysed from (explained spans highlighted) and a few of its frames, or why none are shown.
"use strict";

let profileChanged = null;

function heading(text, level = 3) { return el(`h${level}`, { text }); }
function paragraph(text, className) { return el("p", { text, className }); }

function parseReport(profile) {
  if (!profile.report) return null;
  const stored = JSON.parse(profile.report);
  return { report: stored.report, explanations: stored.explanations };
}

function screeningSection(profile) {
  const section = el("section", { className: "profile-screening" }, heading(t("profile.screening")));
  const s = profile.screening;
  if (!s) return section.append(paragraph(t("profile.noResume"), "muted")), section;
  section.append(paragraph(t("profile.screeningScore", { score: fixed(s.score), lines: s.lines.length, v: s.rubricVersion }) +
    (s.knockedOut ? ` · ${t("candidates.knockedOut")}` : ""), "profile-screening-score"),
  table([t("profile.looked"), t("profile.points"), t("profile.why")],
    s.lines.map(l => [localized(l.labelZh, l.labelEn), `${fixed(l.points)} / ${fixed(l.maxPoints)}`, localized(l.explanationZh, l.explanationEn)]), "profile-screening-lines"));
  return section;
}

/** AI and every interviewer per competency, with the interviewers' mean and its distance from the AI. */
function sideBySide(profile, parsed, job) {
  const cards = profile.secondRound?.scorecards ?? [];
  const competencies = parsed?.report.competencies ?? job?.model.competencies.map(c => ({ key: c.key, nameZh: c.nameZh, nameEn: c.nameEn, score: null })) ?? [];
  const rows = competencies.map(c => {
    const scores = cards.map(card => card.ratings.find(r => r.competencyKey === c.key)?.score ?? null);
    const given = scores.filter(s => s !== null);
    const mean = given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
    const gap = mean !== null && c.score !== null && c.score !== undefined ? mean - c.score : null;
    return [localized(c.nameZh, c.nameEn), fixed(c.score), ...scores.map(s => fixed(s)), fixed(mean), gap === null ? "—" : `${gap > 0 ? "+" : ""}${gap.toFixed(1)}`];
  });
  return table([t("profile.competency"), t("profile.aiScore"), ...cards.map(c => c.interviewer), t("profile.interviewerMean"), t("profile.gap")], rows, "profile-competencies");
}

function aiSection(profile, parsed) {
  const section = el("section", { className: "profile-ai" }, heading(t("profile.ai")));
  if (!parsed) {
    section.append(paragraph(profile.interviews.length ? t("profile.reportPending") : t("profile.noInterview"), "muted"));
    return section;
  }
  const { report, explanations } = parsed;
  section.append(paragraph(t("profile.overall", { score: fixed(report.overallScore), suggestion: recommendationName(report.recommendation), v: report.rubricVersion }), "profile-overall"));
  if (report.humanReview?.length) section.append(paragraph(t("profile.humanReview"), "profile-human-review"));
  const explanation = explanations && (language() === "en" ? explanations.hrEn : explanations.hrZh);
  if (explanation?.summary) section.append(paragraph(explanation.summary, "muted"));
  section.append(el("details", {}, el("summary", { text: t("profile.indicators") }),
    table([t("profile.indicator"), t("profile.value"), t("profile.target"), t("profile.points"), t("profile.note")],
      report.competencies.flatMap(c => c.indicators.map(i => [i.feature, fixed(i.value, 2),
        `${i.direction === "AtMost" ? "≤" : "≥"} ${i.target}${i.direction === "Within" && i.upperTarget !== null ? ` – ${i.upperTarget}` : ""}`,
        `${fixed(i.points)} / ${fixed(i.maxPoints)}`, i.reasonDetail ?? i.status])), "profile-indicators")));
  const evidence = evidenceSection(profile);
  if (evidence) section.append(evidence);
  return section;
}

/** The analysed text with every explained span marked (the explanation as its tooltip); overlapping spans keep the first. */
function highlighted(text, explanations) {
  const spans = explanations.flatMap(e => e.spans.map(s => ({ ...s, why: e.message })))
    .filter(s => s.start >= 0 && s.length > 0 && s.start + s.length <= text.length)
    .sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start), el("mark", { title: s.why, text: text.slice(s.start, s.start + s.length) }));
    at = s.start + s.length;
  }
  parts.push(text.slice(at));
  return el("blockquote", { className: "evidence-transcript" }, ...parts.filter(p => p !== ""));
}

function framesOf(a) {
  if (a.noFrames) return paragraph(t(`evidence.noFrames.${a.noFrames.code}`), "muted evidence-no-frames");
  return el("div", { className: "evidence-frames" }, ...a.frames.map(f => {
    const why = f.picked.map(p => t(`evidence.pick.${p}`)).join(" · ");
    const alt = t("evidence.frameAlt", { seq: f.seq, why });
    return el("figure", {}, el("img", { src: f.url, alt, title: alt, loading: "lazy", width: 160, height: 120 }),
      el("figcaption", { text: `#${f.seq} · ${why}` }));
  }));
}

function evidenceSection(profile) {
  if (!profile.answers?.length) return null;
  return el("details", { className: "profile-evidence" }, el("summary", { text: t("evidence.title") }),
    ...profile.answers.map(a => el("section", { className: "evidence-answer", dataset: { questionId: a.questionId } },
      el("h4", { text: localized(a.questionZh, a.questionEn) || a.questionId }),
      paragraph(`${t("profile.competency")}: ${a.competencyKey} · ${t("evidence.source")}: ${t(`evidence.source.${a.source ?? "pending"}`)}`, "muted"),
      a.transcript ? highlighted(a.transcript, a.explanations) : paragraph(t("evidence.noTranscript"), "muted"),
      a.explanations.length ? el("ul", { className: "evidence-explanations" }, ...a.explanations.map(e => el("li", { text: e.message }))) : null,
      framesOf(a))));
}

function timelineSection(c) {
  return el("section", { className: "profile-history" }, heading(t("profile.timeline")),
    table([t("profile.at"), t("profile.from"), t("profile.to"), t("profile.by"), t("profile.reason")],
      c.history.map(h => [formatTime(h.at), stageName(h.from), stageName(h.to), h.actor, h.reason]), "profile-timeline"));
}

// The move HR usually makes next from each stage, offered first; the API still decides what is allowed.
const NEXT_STAGE = { Applied: "Screened", Screened: "Invited", Completed: "SecondRound", SecondRound: "Offer", Offer: "Hired" };

function stageMoveForm(c, refresh) {
  const form = el("form", { className: "stage-move", noValidate: true });
  const stage = select(STAGES.filter(s => s !== c.stage).map(s => [s, stageName(s)]), NEXT_STAGE[c.stage] ?? "Rejected");
  const reason = input({ maxLength: 500 });
  form.append(field(t("profile.moveTo"), stage, "stage"), field(t("bulk.reason"), reason, "reason"),
    el("button", { type: "submit", text: t("profile.move") }), el("p", { className: "form-error", role: "alert" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try { await send("POST", `/api/candidates/${c.id}/stage`, { stage: stage.value, reason: reason.value || null }); await refresh(); }
    catch (e) { showProblem(form, e); }
  });
  return form;
}

/** Opens (or redraws) the profile; `onChange` runs after anything in it changed the candidate. */
async function showProfile(candidateId, onChange) {
  if (onChange) profileChanged = onChange;
  const profile = await api(`/api/candidates/${candidateId}/profile`);
  const c = profile.candidate;
  const job = await api(`/api/jobs/${encodeURIComponent(c.application.jobId)}`).catch(() => null);
  const parsed = parseReport(profile);
  const refresh = async () => { await showProfile(candidateId); await profileChanged?.(); await showAnalytics(); };

  const dialog = document.querySelector("#profile");
  const body = dialog.querySelector(".profile-body");
  body.replaceChildren();
  body.dataset.candidateId = c.id;
  body.append(el("h2", {}, `${c.application.contact.fullName} · `, el("span", { className: "stage", dataset: { stage: c.stage }, text: stageName(c.stage) })),
    paragraph([c.application.school, c.application.major, job ? localized(job.posting.titleZh, job.posting.titleEn) : c.application.jobId].filter(Boolean).join(" · "), "muted"));
  if (session.can.recruit) body.append(stageMoveForm(c, refresh));
  body.append(el("div", { className: "profile-grid" },
    el("div", {}, aiSection(profile, parsed), decisionSection(profile, refresh), el("section", { className: "profile-side-by-side" }, heading(t("profile.sideBySide")), sideBySide(profile, parsed, job))),
    el("div", {}, secondRoundSection(profile, parsed, job, refresh), screeningSection(profile))),
  timelineSection(c));
  if (!dialog.open) dialog.showModal();
}
