// Recruitment analytics in the HR console: funnel and drop-off per job, time per stage (median, p90), time to hire,
// AI suggestion against outcome, score distributions, and the XLSX / CSV export. Charts are plain SVG.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

const STAGE_NAMES = {
  Applied: "投递 Applied", Screened: "筛选 Screened", Invited: "待预约 Invited", Booked: "待面试 Booked",
  Interviewing: "面试中 Interviewing", Completed: "已完成 Completed", SecondRound: "复试 Second round",
  Offer: "录用意向 Offer", Hired: "入职 Hired",
};

function svgElement(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

// Horizontal bars, one per row: [label, value, note]. Labelled for screen readers by the caption.
function barChart(caption, rows, className) {
  const rowHeight = 26, labelWidth = 170, width = 560, max = Math.max(1, ...rows.map(r => r[1]));
  const chart = svgElement("svg", { viewBox: `0 0 ${width} ${rows.length * rowHeight + 4}`, role: "img", "aria-label": caption, class: className });
  rows.forEach(([label, value, note], i) => {
    const y = i * rowHeight + 2, barWidth = Math.max(value > 0 ? 2 : 0, (width - labelWidth - 110) * value / max);
    chart.append(
      svgElement("text", { x: 0, y: y + 17, class: "chart-label" }, label),
      svgElement("rect", { x: labelWidth, y: y + 4, width: barWidth, height: rowHeight - 8, rx: 3, class: "chart-bar", "data-value": value }),
      svgElement("text", { x: labelWidth + barWidth + 6, y: y + 17, class: "chart-value" }, note ?? String(value)));
  });
  const figure = document.createElement("figure");
  const title = document.createElement("figcaption"); title.textContent = caption;
  figure.append(title, chart);
  return figure;
}

const percent = (rate) => rate === null || rate === undefined ? "—" : `${Math.round(rate * 100)}%`;
const hours = (h) => h === null || h === undefined ? "—" : h >= 48 ? `${(h / 24).toFixed(1)} 天 d` : `${h.toFixed(1)} 小时 h`;

function renderJobAnalytics(job) {
  const { report } = job;
  const box = document.createElement("article"); box.className = "job analytics-job"; box.dataset.jobId = job.jobId;
  const title = document.createElement("h3"); title.textContent = `${job.titleZh} · ${job.titleEn}`;
  const summary = document.createElement("p"); summary.className = "muted";
  summary.textContent = `候选人 Candidates ${report.candidates} · 入职用时 Time to hire: 中位 median ${hours(report.timeToHire.medianHours)}, ` +
    `P90 ${hours(report.timeToHire.p90Hours)} · 预约后流失 Left after booking ${report.leftAfterBooking}`;

  const funnel = barChart("招聘漏斗 Funnel", report.funnel.map(f => [STAGE_NAMES[f.stage] ?? f.stage, f.reached,
    `${f.reached}${f.conversionFromPrevious === null ? "" : ` (${percent(f.conversionFromPrevious)})`}`]), "funnel");

  const dropOff = table(["阶段 Stage", "淘汰 Rejected", "放弃 Withdrawn"],
    report.dropOffs.map(d => [STAGE_NAMES[d.stage] ?? d.stage, d.rejected, d.withdrawn]), "drop-off");
  const stageTimes = table(["阶段 Stage", "次数 Stays", "中位 Median", "P90"],
    report.timeInStage.filter(t => t.duration.count > 0).map(t => [STAGE_NAMES[t.stage] ?? t.stage, t.duration.count, hours(t.duration.medianHours), hours(t.duration.p90Hours)]),
    "stage-times");
  const ai = report.aiVersusOutcome;
  const aiLine = document.createElement("p");
  aiLine.textContent = `AI 通过率 AI pass rate ${percent(ai.aiPassRate)} (${ai.aiPassed}/${ai.withSuggestion}) · ` +
    `AI 通过者录用率 hire rate of AI-passed ${percent(ai.hireRateOfAiPassed)} · AI 淘汰者录用率 of AI-rejected ${percent(ai.hireRateOfAiRejected)}`;
  const buckets = (distribution) => distribution.buckets.map((count, i) => [`${i * 10}–${i === 9 ? 100 : i * 10 + 9}`, count]);
  const screening = barChart(`简历分数分布 Screening scores (n=${report.screeningScores.count})`, buckets(report.screeningScores), "scores");
  const interview = barChart(`面试分数分布 Interview scores (n=${report.interviewScores.count})`, buckets(report.interviewScores), "scores");

  const exports = document.createElement("p");
  for (const format of ["xlsx", "csv"]) {
    const link = document.createElement("a");
    link.href = `/api/jobs/${encodeURIComponent(job.jobId)}/analytics/export?format=${format}`;
    link.textContent = `导出 Export ${format.toUpperCase()}`; link.className = `export-${format}`; link.download = "";
    exports.append(link, " ");
  }
  const grid = document.createElement("div"); grid.className = "analytics-grid";
  const left = document.createElement("div"); left.append(funnel, dropOff, stageTimes);
  const right = document.createElement("div"); right.append(aiLine, screening, interview);
  grid.append(left, right);
  box.append(title, summary, grid, exports);
  return box;
}

async function showAnalytics() {
  const data = await api("/api/analytics");
  const host = document.querySelector("#analytics"); host.replaceChildren();
  const overall = document.createElement("p");
  const funnel = Object.fromEntries(data.overall.funnel.map(f => [f.stage, f.reached]));
  overall.textContent = `全部岗位 All jobs: 候选人 ${data.overall.candidates} · 邀请 invited ${funnel.Invited} · 完成面试 interviewed ${funnel.Completed} · 入职 hired ${funnel.Hired}`;
  host.append(overall, ...data.jobs.map(renderJobAnalytics));
}
