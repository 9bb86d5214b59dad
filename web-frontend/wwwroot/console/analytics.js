// Recruitment analytics in the HR console: funnel and drop-off per job, time per stage (median, p90), time to hire,
// AI suggestion against outcome, score distributions, and the XLSX / CSV export. Charts are plain SVG.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

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
const hours = (h) => h === null || h === undefined ? "—" : h >= 48 ? t("unit.days", { n: (h / 24).toFixed(1) }) : t("unit.hours", { n: h.toFixed(1) });

function renderJobAnalytics(job) {
  const { report } = job;
  const box = document.createElement("article"); box.className = "job analytics-job"; box.dataset.jobId = job.jobId;
  const title = document.createElement("h3"); title.textContent = localized(job.titleZh, job.titleEn);
  const summary = document.createElement("p"); summary.className = "muted";
  summary.textContent = t("analytics.summary", { candidates: report.candidates, median: hours(report.timeToHire.medianHours),
    p90: hours(report.timeToHire.p90Hours), left: report.leftAfterBooking });

  const funnel = barChart(t("analytics.funnel"), report.funnel.map(f => [stageName(f.stage), f.reached,
    `${f.reached}${f.conversionFromPrevious === null ? "" : ` (${percent(f.conversionFromPrevious)})`}`]), "funnel");

  const dropOff = table([t("analytics.stage"), t("analytics.rejected"), t("analytics.withdrawn")],
    report.dropOffs.map(d => [stageName(d.stage), d.rejected, d.withdrawn]), "drop-off");
  const stageTimes = table([t("analytics.stage"), t("analytics.stays"), t("analytics.median"), "P90"],
    report.timeInStage.filter(s => s.duration.count > 0).map(s => [stageName(s.stage), s.duration.count, hours(s.duration.medianHours), hours(s.duration.p90Hours)]),
    "stage-times");
  const ai = report.aiVersusOutcome;
  const aiLine = document.createElement("p");
  aiLine.textContent = t("analytics.ai", { rate: percent(ai.aiPassRate), passed: ai.aiPassed, of: ai.withSuggestion,
    hirePassed: percent(ai.hireRateOfAiPassed), hireRejected: percent(ai.hireRateOfAiRejected) });
  if (ai.askedForHumanReview > 0) aiLine.textContent += ` · ${t("analytics.humanReview", { n: ai.askedForHumanReview })}`;
  const buckets = (distribution) => distribution.buckets.map((count, i) => [`${i * 10}–${i === 9 ? 100 : i * 10 + 9}`, count]);
  const screening = barChart(t("analytics.screeningScores", { n: report.screeningScores.count }), buckets(report.screeningScores), "scores");
  const interview = barChart(t("analytics.interviewScores", { n: report.interviewScores.count }), buckets(report.interviewScores), "scores");

  const exports = document.createElement("p");
  for (const format of ["xlsx", "csv"]) {
    const link = document.createElement("a");
    link.href = `/api/jobs/${encodeURIComponent(job.jobId)}/analytics/export?format=${format}`;
    link.textContent = t("analytics.export", { format: format.toUpperCase() }); link.className = `export-${format}`; link.download = "";
    exports.append(link, " ");
  }
  const grid = document.createElement("div"); grid.className = "analytics-grid";
  const left = document.createElement("div"); left.append(funnel, report.dropOffs.length ? dropOff : "", stageTimes);
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
  overall.textContent = t("analytics.overall", { candidates: data.overall.candidates, invited: funnel.Invited, interviewed: funnel.Completed, hired: funnel.Hired });
  host.append(overall, ...data.jobs.map(renderJobAnalytics));
}
