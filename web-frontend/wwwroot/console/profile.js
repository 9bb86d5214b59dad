// The 360° profile of one candidate in a dialog: stage history, resume screening, the AI interview report with each
// indicator's value, target and points, and the second-round scorecards beside the AI's competency scores.
"use strict";

const RECOMMENDATIONS = { PriorityHire: "优先录用 Priority hire", SecondRound: "建议复试 Second round", Reject: "淘汰 Reject", NotScorable: "无法评分 Not scorable" };

function heading(text, level = 3) { const h = document.createElement(`h${level}`); h.textContent = text; return h; }
function paragraph(text, className) { const p = document.createElement("p"); p.textContent = text; if (className) p.className = className; return p; }
const fixed = (value, digits = 1) => value === null || value === undefined ? "—" : Number(value).toFixed(digits);

function aiSection(profile) {
  const section = document.createElement("section"); section.className = "profile-ai";
  section.append(heading("AI 面试 · AI interview"));
  if (!profile.report) { section.append(paragraph(profile.interviews.length ? "报告生成中 Report being scored…" : "尚无 AI 面试 No AI interview yet.", "muted")); return section; }
  const { report } = JSON.parse(profile.report);
  section.append(paragraph(`总分 Overall ${fixed(report.overallScore)} · ${RECOMMENDATIONS[report.recommendation] ?? report.recommendation} · 模型版本 rubric v${report.rubricVersion}`, "profile-overall"));
  const ratings = {};
  for (const card of profile.secondRound?.scorecards ?? [])
    for (const r of card.ratings) (ratings[r.competencyKey] ??= []).push(r.score);
  const competencies = table(["能力 Competency", "AI", "复试 Interviewers", "权重 Weight"],
    report.competencies.map(c => [`${c.nameZh} · ${c.nameEn}`, fixed(c.score),
      ratings[c.key] ? fixed(ratings[c.key].reduce((a, b) => a + b, 0) / ratings[c.key].length) : "—", `${Math.round(c.effectiveWeight * 100)}%`]),
    "profile-competencies");
  const indicators = table(["指标 Indicator", "值 Value", "目标 Target", "得分 Points", "说明 Note"],
    report.competencies.flatMap(c => c.indicators.map(i => [i.feature, fixed(i.value, 2), `${i.direction === "AtMost" ? "≤" : "≥"} ${i.target}`,
      `${fixed(i.points)} / ${fixed(i.maxPoints)}`, i.reasonDetail ?? i.status])),
    "profile-indicators");
  section.append(competencies, indicators);
  return section;
}

function secondRoundSection(profile) {
  const section = document.createElement("section");
  section.append(heading("复试 · Second round"));
  const round = profile.secondRound;
  if (!round) { section.append(paragraph("未安排 Not scheduled.", "muted")); return section; }
  section.append(paragraph(`面试官 Interviewers: ${round.interviewers.join(", ")}${round.scheduledAt ? ` · ${new Date(round.scheduledAt).toLocaleString()}` : ""}`));
  section.append(table(["面试官 Interviewer", "结论 Verdict", "评分 Ratings", "评语 Comment"],
    round.scorecards.map(s => [s.interviewer, s.verdict, s.ratings.map(r => `${r.competencyKey} ${r.score}`).join(", "), s.comment]), "profile-scorecards"));
  return section;
}

async function showProfile(candidateId) {
  const profile = await api(`/api/candidates/${candidateId}/profile`);
  const dialog = document.querySelector("#profile");
  const body = dialog.querySelector(".profile-body"); body.replaceChildren();
  const c = profile.candidate;
  body.append(heading(`${c.application.contact.fullName} · ${c.stage}`, 2),
    paragraph(`${c.application.school ?? ""} ${c.application.major ?? ""} · ${c.application.jobId}`, "muted"));
  body.append(heading("简历筛选 · Resume screening"),
    profile.screening ? paragraph(`${fixed(profile.screening.score)} / 100 · ${profile.screening.lines.length} 条依据 evidence lines`) : paragraph("无简历 No resume.", "muted"));
  body.append(aiSection(profile), secondRoundSection(profile));
  body.append(heading("时间线 · Timeline"), table(["时间 At", "从 From", "到 To", "操作人 By", "原因 Reason"],
    c.history.map(h => [new Date(h.at).toLocaleString(), h.from, h.to, h.actor, h.reason]), "profile-timeline"));
  dialog.showModal();
}
