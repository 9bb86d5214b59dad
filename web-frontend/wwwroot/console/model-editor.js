// The competency-model editor (岗位能力模型): policy and cut-offs, competencies with weights and indicators (feature,
// direction, target, tolerance), the interview questions with their expected points. Saving stores a new version;
// the API's validation names each bad field, shown next to it. Resume-screening criteria are kept as they are.
"use strict";

let featureCatalogue = null;
const loadFeatures = async () => featureCatalogue ??= await api("/api/features");

const DIRECTIONS = ["AtLeast", "AtMost", "Within"];

/** A control in a table cell or a compact row: no visible caption (the column says it), its own error line. */
function cellField(control, name, label) {
  control.dataset.field = name;
  if (label) control.setAttribute("aria-label", label);
  return el("div", { className: "field" }, control, el("span", { className: "field-error", role: "alert" }));
}

/** Binds a control to `target[key]`: numbers as numbers (an empty box is null, which the API rejects by name). */
function bind(control, target, key, kind = "text") {
  const read = () => kind === "number" ? numberOrNull(control.value) : kind === "check" ? control.checked : kind === "list" ? splitList(control.value) : control.value;
  if (kind === "check") control.checked = !!target[key];
  else control.value = kind === "list" ? (target[key] ?? []).join(", ") : target[key] ?? "";
  control.addEventListener(kind === "check" ? "change" : "input", () => { target[key] = read(); control.dispatchEvent(new CustomEvent("model-change", { bubbles: true })); });
  return control;
}

async function renderModelEditor(job) {
  const features = await loadFeatures();
  const model = structuredClone(job.model);
  const readOnly = !session.can.recruit;
  const form = el("form", { className: "model-form", noValidate: true, "aria-label": t("model.title") });
  const body = el("div");
  const note = input({ maxLength: 500, placeholder: t("model.notePlaceholder") });
  const saved = el("p", { className: "saved", role: "status" });
  const redraw = () => { body.replaceChildren(policySection(model), competencySection(model, features, redraw), questionSection(model, redraw)); updateShares(); };

  function updateShares() {
    const total = model.competencies.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
    for (const [i, c] of model.competencies.entries()) {
      const share = form.querySelector(`.competency[data-index="${i}"] .share`);
      if (share) share.textContent = total > 0 ? t("model.share", { p: Math.round((Number(c.weight) || 0) / total * 100) }) : "";
    }
    const sum = form.querySelector(".weight-total");
    if (sum) sum.textContent = t("model.weightTotal", { total: fixed(total, 2) });
  }

  form.addEventListener("model-change", updateShares);
  form.addEventListener("submit", async (event) => {
    event.preventDefault(); saved.textContent = "";
    try {
      const result = await send("PUT", `/api/jobs/${encodeURIComponent(job.id)}/model`, { model, changeNote: note.value || null });
      await showJob(job.id, "model");
      const status = document.querySelector("#jobs .model-form .saved");
      status.textContent = [t("model.saved", { v: result.rubricVersion }), ...result.notes].join(" ");
    } catch (e) { showProblem(form, e, "model"); }
  });

  redraw();
  form.append(el("p", { className: "form-error", role: "alert" }), body,
    el("div", { className: "save-bar" }, field(t("model.changeNote"), note, "changeNote"),
      el("button", { type: "submit", text: t("model.save"), disabled: readOnly }), saved));
  if (readOnly) for (const control of form.querySelectorAll("input, select, textarea, button")) control.disabled = true;
  return form;
}

function policySection(model) {
  const p = model.policy;
  const facial = bind(input({ type: "checkbox" }), p, "facialIndicatorsAllowed", "check");
  return el("fieldset", { className: "policy" }, el("legend", { text: t("model.policy") }),
    el("div", { className: "row" },
      field(t("model.priorityCutoff"), bind(input({ type: "number", className: "score" }), p, "priorityHireCutoff", "number"), "model.policy.priorityHireCutoff"),
      field(t("model.secondRoundCutoff"), bind(input({ type: "number", className: "score" }), p, "secondRoundCutoff", "number"), "model.policy.secondRoundCutoff"),
      field(t("model.questionOrder"), bind(select([["Fixed", t("model.order.Fixed")], ["RandomPerCandidate", t("model.order.RandomPerCandidate")]], model.questionOrder), model, "questionOrder"), "model.questionOrder")),
    el("label", { className: "check" }, facial, el("span", { text: t("model.facialAllowed") })),
    el("p", { className: "hint", text: t("model.facialHint") }),
    el("label", { className: "check" }, bind(input({ type: "checkbox" }), p, "releaseFeedbackAutomatically", "check"), el("span", { text: t("model.releaseFeedback") })));
}

function competencySection(model, features, redraw) {
  const section = el("fieldset", { className: "competencies" }, el("legend", { text: t("model.competencies") }), el("p", { className: "muted weight-total" }));
  const featureOptions = (current) => {
    const options = features.map(f => [f.name, `${f.name}${f.kind === "Facial" ? ` (${t("model.facial")})` : ""}`]);
    if (current && !features.some(f => f.name === current)) options.unshift([current, current]);
    return options;
  };
  model.competencies.forEach((c, i) => {
    const path = `model.competencies[${i}]`;
    const indicators = table([t("model.feature"), t("model.direction"), t("model.target"), t("model.upperTarget"), t("model.weight"), t("model.tolerance"), t("model.hiddenShort"), ""], [], "indicators");
    indicators.tHead.rows[0].cells[6].title = t("model.hidden");
    c.indicators.forEach((indicator, k) => {
      const at = `${path}.indicators[${k}]`;
      const upper = bind(input({ type: "number", step: "any", className: "score" }), indicator, "upperTarget", "number");
      upper.disabled = indicator.direction !== "Within";
      const direction = bind(select(DIRECTIONS.map(d => [d, t(`direction.${d}`)]), indicator.direction), indicator, "direction");
      direction.addEventListener("change", () => { upper.disabled = direction.value !== "Within"; if (upper.disabled) { upper.value = ""; indicator.upperTarget = null; } });
      const feature = bind(select(featureOptions(indicator.feature), indicator.feature), indicator, "feature");
      const range = el("span", { className: "muted range" });
      const showRange = () => {
        const f = features.find(x => x.name === feature.value);
        range.textContent = f ? `${localized(f.descriptionZh, f.descriptionEn)} · ${f.unit}, ${f.min}–${f.max}` : "";
      };
      feature.addEventListener("change", showRange); showRange();
      const row = indicators.tBodies[0].insertRow();
      row.append(
        el("td", {}, cellField(feature, `${at}.feature`, t("model.feature")), range),
        el("td", {}, cellField(direction, `${at}.direction`, t("model.direction"))),
        el("td", {}, cellField(bind(input({ type: "number", step: "any", className: "score" }), indicator, "target", "number"), `${at}.target`, t("model.target"))),
        el("td", {}, cellField(upper, `${at}.upperTarget`, t("model.upperTarget"))),
        el("td", {}, cellField(bind(input({ type: "number", step: "any", className: "score" }), indicator, "weight", "number"), `${at}.weight`, t("model.weight"))),
        el("td", {}, cellField(bind(input({ type: "number", step: "any", className: "score" }), indicator, "tolerance", "number"), `${at}.tolerance`, t("model.tolerance"))),
        el("td", {}, cellField(bind(input({ type: "checkbox" }), indicator, "hiddenFromCandidate", "check"), `${at}.hiddenFromCandidate`, t("model.hidden"))),
        el("td", {}, button(t("model.removeIndicator"), () => { c.indicators.splice(k, 1); redraw(); }, "link remove")));
    });
    section.append(el("fieldset", { className: "competency", dataset: { index: i, key: c.key } },
      el("legend", { text: `${i + 1}. ${localized(c.nameZh, c.nameEn) || t("model.newCompetency")}` }),
      el("div", { className: "row" },
        field(t("model.key"), bind(input(), c, "key"), `${path}.key`),
        field(t("model.nameZh"), bind(input(), c, "nameZh"), `${path}.nameZh`),
        field(t("model.nameEn"), bind(input(), c, "nameEn"), `${path}.nameEn`),
        field(t("model.weight"), bind(input({ type: "number", step: "any", className: "score" }), c, "weight", "number"), `${path}.weight`),
        el("span", { className: "share muted" }),
        field(t("model.passThreshold"), bind(input({ type: "number", className: "score" }), c, "passThreshold", "number"), `${path}.passThreshold`)),
      field(t("model.resumeTerms"), bind(input(), c, "resumeTerms", "list"), `${path}.resumeTerms`),
      el("div", { className: "field", dataset: { field: `${path}.indicators` } }, el("div", { className: "table-scroll" }, indicators), el("span", { className: "field-error", role: "alert" })),
      el("div", { className: "actions" },
        button(t("model.addIndicator"), () => { c.indicators.push({ feature: "expected_point_coverage", direction: "AtLeast", target: 0.7, weight: 0.2, tolerance: 0.4, upperTarget: null, hiddenFromCandidate: false }); redraw(); }, "secondary add-indicator"),
        button(t("model.removeCompetency"), () => { model.competencies.splice(i, 1); redraw(); }, "secondary remove"))));
  });
  section.append(el("div", { className: "field", dataset: { field: "model.competencies" } }, el("span", { className: "field-error", role: "alert" })),
    button(t("model.addCompetency"), () => {
      model.competencies.push({ key: `competency_${model.competencies.length + 1}`, nameZh: "", nameEn: "", weight: 0.1, passThreshold: 60,
        indicators: [{ feature: "expected_point_coverage", direction: "AtLeast", target: 0.7, weight: 1, tolerance: 0.4, upperTarget: null, hiddenFromCandidate: false }], resumeTerms: [] });
      redraw();
    }, "secondary add-competency"));
  return section;
}

function questionSection(model, redraw) {
  const section = el("fieldset", { className: "questions" }, el("legend", { text: t("model.questions") }));
  const competencyOptions = () => model.competencies.map(c => [c.key, localized(c.nameZh, c.nameEn) || c.key]);
  model.questions.forEach((q, j) => {
    const path = `model.questions[${j}]`;
    const points = table([t("model.pointKey"), t("model.labelZh"), t("model.labelEn"), t("model.terms"), ""], [], "points");
    q.expectedPoints.forEach((p, k) => {
      const at = `${path}.expectedPoints[${k}]`;
      points.tBodies[0].insertRow().append(
        el("td", {}, cellField(bind(input(), p, "key"), `${at}.key`, t("model.pointKey"))),
        el("td", {}, cellField(bind(input(), p, "labelZh"), `${at}.labelZh`, t("model.labelZh"))),
        el("td", {}, cellField(bind(input(), p, "labelEn"), `${at}.labelEn`, t("model.labelEn"))),
        el("td", {}, cellField(bind(input(), p, "terms", "list"), `${at}.terms`, t("model.terms"))),
        el("td", {}, button(t("model.removePoint"), () => { q.expectedPoints.splice(k, 1); redraw(); }, "link remove")));
    });
    const competency = model.competencies.find(c => c.key === q.competencyKey);
    const preview = localized(q.textZh, q.textEn) ?? "";
    section.append(el("details", { className: "question", dataset: { index: j, id: q.id } },
      el("summary", {}, el("strong", { text: `${t("model.question")} ${j + 1}${q.practice ? ` · ${t("model.practice")}` : ""}` }),
        ` · ${competency ? localized(competency.nameZh, competency.nameEn) : q.competencyKey} · `,
        el("span", { className: "muted", text: preview.length > 48 ? `${preview.slice(0, 48)}…` : preview })),
      el("div", { className: "row" },
        field(t("model.questionId"), bind(input(), q, "id"), `${path}.id`),
        field(t("model.competency"), bind(select(competencyOptions(), q.competencyKey), q, "competencyKey"), `${path}.competencyKey`),
        field(t("model.thinkSeconds"), bind(input({ type: "number", className: "score" }), q, "thinkSeconds", "number"), `${path}.thinkSeconds`),
        field(t("model.answerSeconds"), bind(input({ type: "number", className: "score" }), q, "answerSeconds", "number"), `${path}.answerSeconds`),
        field(t("model.retakes"), bind(input({ type: "number", className: "score" }), q, "retakes", "number"), `${path}.retakes`),
        el("label", { className: "check" }, bind(input({ type: "checkbox", dataset: { field: `${path}.practice` } }), q, "practice", "check"), el("span", { text: t("model.practice") })),
        el("label", { className: "check" }, bind(input({ type: "checkbox", dataset: { field: `${path}.typingAllowed` } }), q, "typingAllowed", "check"), el("span", { text: t("model.typingAllowed") }))),
      field(t("model.textZh"), bind(el("textarea", { rows: 2 }), q, "textZh"), `${path}.textZh`),
      field(t("model.textEn"), bind(el("textarea", { rows: 2 }), q, "textEn"), `${path}.textEn`),
      el("div", { className: "field", dataset: { field: `${path}.expectedPoints` } }, el("div", { className: "table-scroll" }, points), el("span", { className: "field-error", role: "alert" })),
      el("div", { className: "actions" },
        button(t("model.addPoint"), () => { q.expectedPoints.push({ key: `point_${q.expectedPoints.length + 1}`, labelZh: "", labelEn: "", terms: [] }); redraw(); }, "secondary"),
        button(t("model.removeQuestion"), () => { model.questions.splice(j, 1); redraw(); }, "secondary remove"))));
  });
  section.append(el("div", { className: "field", dataset: { field: "model.questions" } }, el("span", { className: "field-error", role: "alert" })),
    button(t("model.addQuestion"), () => {
      model.questions.push({ id: `q${model.questions.length + 1}`, competencyKey: model.competencies[0]?.key ?? "", textZh: "", textEn: "",
        thinkSeconds: 30, answerSeconds: 120, retakes: 0, expectedPoints: [{ key: "point_1", labelZh: "", labelEn: "", terms: [] }], practice: false, typingAllowed: true });
      redraw();
    }, "secondary add-question"));
  return section;
}
