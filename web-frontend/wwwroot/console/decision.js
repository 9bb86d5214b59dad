// The AI interview report's suggestion (优先录用 / 建议复试 / 淘汰) beside HR's decisions, and the form HR decides with.
// Both are kept: the API records who decided, when and why, and an override of the AI needs a reason.
"use strict";

const HIRING_VERDICTS = ["PriorityHire", "SecondRound", "Reject"];

function suggestionLine(s) {
  return el("div", { className: "ai-suggestion" },
    el("p", {}, el("strong", { text: t("decision.ai", { verdict: recommendationName(s.verdict) }) }), " ",
      t("decision.cutoffs", { score: fixed(s.overallScore), priority: fixed(s.priorityHireCutoff), second: fixed(s.secondRoundCutoff) })),
    el("p", { className: "muted", text: `${localized(s.reasonZh, s.reasonEn)} · ${s.actor} · ${formatTime(s.at)}` }));
}

function decisionRows(decisions) {
  return table([t("profile.at"), t("decision.verdict"), t("profile.by"), t("profile.reason"), t("decision.overrides")],
    decisions.map(d => [formatTime(d.at), recommendationName(d.verdict), d.actor, d.reason ?? "", d.overridesAi ? t("decision.yes") : t("decision.no")]),
    "decisions");
}

function decisionForm(c, suggestion, refresh) {
  const form = el("form", { className: "decision", noValidate: true });
  const verdict = select(HIRING_VERDICTS.map(v => [v, recommendationName(v)]), suggestion.verdict);
  const reason = input({ maxLength: 500 });
  form.append(field(t("decision.verdict"), verdict, "decision"), field(t("profile.reason"), reason, "reason"),
    el("button", { type: "submit", text: t("decision.record") }), el("p", { className: "form-error", role: "alert" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try { await send("POST", `/api/candidates/${c.id}/decision`, { decision: verdict.value, reason: reason.value || null }); await refresh(); }
    catch (e) { showProblem(form, e); }
  });
  return form;
}

/** The section of the profile: the AI's suggestion, every HR decision, and (for recruiters) the form. */
function decisionSection(profile, refresh) {
  const section = el("section", { className: "profile-decision" }, heading(t("decision.title")));
  const suggestion = profile.suggestion;
  if (!suggestion) { section.append(paragraph(t("decision.noSuggestion"), "muted")); return section; }
  section.append(suggestionLine(suggestion));
  if (profile.decisions?.length) section.append(decisionRows(profile.decisions));
  if (session.can.recruit) section.append(decisionForm(profile.candidate, suggestion, refresh));
  return section;
}
