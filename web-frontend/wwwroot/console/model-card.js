// 模型说明 Model card in the HR console: every analyser with its model, source, checksum, what it measures, its measured
// accuracy on which labelled set, its limits, and whether it counts in scores (released) or is withheld with the figure.
// Uses api() from console.js.
"use strict";

const percentOrValue = (f) => f.unit === "ratio" ? `${(f.value * 100).toFixed(f.value < 0.1 ? 1 : 0)} %` : `${f.value} (${f.unit})`;

function modelCardRow(entry) {
  const release = el("span", { className: `release release-${entry.release}`, text: t(`modelCard.release.${entry.release}`) });
  const figures = el("ul", { className: "figures" }, ...entry.accuracy.map(f => el("li", { text: `${f.measure}: ${percentOrValue(f)} — ${f.condition}` })));
  const limits = el("ul", { className: "limits" }, ...entry.limits.map(l => el("li", { text: l })));
  return [
    el("div", {}, el("strong", { text: localized(entry.nameZh, entry.nameEn) }), el("div", { className: "muted", text: entry.features.join(", ") })),
    el("div", {}, el("div", { text: entry.model }), el("div", { className: "muted", text: `${entry.source} · ${entry.licence} · ${entry.analyserVersion}` }),
      entry.sha256 ? el("code", { className: "sha", title: entry.sha256, text: entry.sha256.length > 24 ? entry.sha256.slice(0, 24) + "…" : entry.sha256 }) : ""),
    el("div", {}, el("p", { text: entry.measures }), el("p", { className: "muted", text: `${t("modelCard.labelledSet")}: ${entry.labelledSet}` }), figures),
    limits,
    el("div", {}, release, entry.releaseNote ? el("p", { className: "muted", text: entry.releaseNote }) : ""),
  ];
}

async function showModelCard() {
  const host = $("#model-card");
  const card = await api("/api/model-card");
  host.replaceChildren(
    el("p", { className: "model-card-rule", text: card.rule }),
    table([t("modelCard.analyser"), t("modelCard.model"), t("modelCard.measures"), t("modelCard.limits"), t("modelCard.status")],
      card.analysers.map(modelCardRow), "model-card-table"));
}
