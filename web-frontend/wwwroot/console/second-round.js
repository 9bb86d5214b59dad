// The second round (复试) inside the profile: HR assigns interviewers and a time; an assigned interviewer (or an HR
// admin for them) hands in a scorecard, one 0–100 score per competency on the AI's scale, a verdict and a comment.
"use strict";

const VERDICTS = ["PriorityHire", "SecondRoundPassed", "Reject"];

function secondRoundSection(profile, parsed, job, refresh) {
  const section = el("section", { className: "profile-second-round" }, heading(t("round.title")));
  const round = profile.secondRound;
  if (round) {
    section.append(paragraph(`${t("round.interviewers")}${t("punct.colon")}${round.interviewers.join(t("punct.list"))}` +
      (round.scheduledAt ? ` · ${formatTime(round.scheduledAt)}` : "") + ` · ${t("round.assignedBy", { by: round.assignedBy })}`, "round-assignment"));
    if (round.scorecards.length) {
      section.append(table([t("round.interviewer"), t("round.verdict"), t("round.ratings"), t("round.comment"), t("round.submittedAt")],
        round.scorecards.map(s => [s.interviewer, t(`verdict.${s.verdict}`), s.ratings.map(r => `${competencyName(job, r.competencyKey)} ${fixed(r.score, 0)}`).join(", "),
          s.comment, formatTime(s.submittedAt)]), "profile-scorecards"));
    } else section.append(paragraph(t("round.noScorecards"), "muted"));
  } else section.append(paragraph(t("round.notScheduled"), "muted"));

  if (session.can.recruit) section.append(assignForm(profile, round, refresh));
  const mayScore = round && session.can.interview && (session.can.admin || round.interviewers.some(i => i.toLowerCase() === session.userName.toLowerCase()));
  if (mayScore && job) section.append(scorecardForm(profile, parsed, job, round, refresh));
  return section;
}

function competencyName(job, key) {
  const c = job?.model.competencies.find(x => x.key === key);
  return c ? localized(c.nameZh, c.nameEn) : key;
}

function assignForm(profile, round, refresh) {
  const form = el("form", { className: "assign-round", noValidate: true });
  const names = input({ value: round?.interviewers.join(", ") ?? "", placeholder: t("round.interviewersPlaceholder") });
  const when = input({ type: "datetime-local", value: round?.scheduledAt ? toLocalInput(round.scheduledAt) : "" });
  form.append(el("h4", { text: round ? t("round.reassign") : t("round.assign") }),
    el("div", { className: "row" }, field(t("round.interviewers"), names, "interviewers"), field(t("round.scheduledAt"), when, "scheduledAt")),
    el("button", { type: "submit", text: t("round.assignButton") }), el("p", { className: "form-error", role: "alert" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await send("POST", `/api/candidates/${profile.candidate.id}/second-round`, { interviewers: splitList(names.value), scheduledAt: isoFromLocal(when.value) });
      await refresh();
    } catch (e) { showProblem(form, e); }
  });
  return form;
}

function toLocalInput(iso) {
  const d = new Date(iso), pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function scorecardForm(profile, parsed, job, round, refresh) {
  const form = el("form", { className: "scorecard", noValidate: true });
  const others = session.can.admin ? [...new Set([session.userName, ...round.interviewers])] : [session.userName];
  // An admin handing a card in is most often doing it for the (first) assigned interviewer, unless they are assigned themselves.
  const interviewer = select(others.map(n => [n, n]), round.interviewers.find(i => i.toLowerCase() === session.userName.toLowerCase()) ?? round.interviewers[0] ?? others[0]);
  const mine = () => round.scorecards.find(s => s.interviewer.toLowerCase() === interviewer.value.toLowerCase());
  const aiScores = Object.fromEntries((parsed?.report.competencies ?? []).map(c => [c.key, c.score]));
  const scores = job.model.competencies.map(c => ({
    key: c.key,
    control: input({ type: "number", min: "0", max: "100", step: "1", className: "score", dataset: { competency: c.key } }),
    caption: localized(c.nameZh, c.nameEn), ai: aiScores[c.key],
  }));
  const verdict = select(VERDICTS.map(v => [v, t(`verdict.${v}`)]), "SecondRoundPassed");
  const comment = el("textarea", { rows: 2, maxLength: 2000 });
  const fill = () => {
    const card = mine();
    for (const s of scores) s.control.value = card?.ratings.find(r => r.competencyKey === s.key)?.score ?? "";
    verdict.value = card?.verdict ?? "SecondRoundPassed"; comment.value = card?.comment ?? "";
  };
  interviewer.addEventListener("change", fill);
  form.append(el("h4", { text: t("round.scorecard") }), el("p", { className: "hint", text: t("round.scale") }),
    session.can.admin ? field(t("round.onBehalfOf"), interviewer, "interviewer") : "",
    el("div", { className: "field", dataset: { field: "ratings" } }, el("span", { className: "field-error", role: "alert" }),
      el("div", { className: "score-grid" }, ...scores.map(s => field(`${s.caption}${s.ai !== undefined && s.ai !== null ? ` (${t("round.aiSays", { score: fixed(s.ai) })})` : ""}`, s.control)))),
    el("div", { className: "row" }, field(t("round.verdict"), verdict, "verdict"), field(t("round.comment"), comment, "comment")),
    el("button", { type: "submit", text: t("round.submit") }), el("p", { className: "form-error", role: "alert" }));
  fill();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    // The API names a bad rating by its place in the list sent, so each box is given the place it was sent at.
    const ratings = [];
    for (const s of scores) {
      if (s.control.value.trim() === "") { delete s.control.dataset.field; continue; }
      s.control.dataset.field = `ratings[${ratings.length}].score`;
      ratings.push({ competencyKey: s.key, score: Number(s.control.value) });
    }
    const body = { ratings, verdict: verdict.value, comment: comment.value || null, interviewer: session.can.admin ? interviewer.value : null };
    try { await send("PUT", `/api/candidates/${profile.candidate.id}/second-round/scorecard`, body); await refresh(); }
    catch (e) { showProblem(form, e); }
  });
  return form;
}
