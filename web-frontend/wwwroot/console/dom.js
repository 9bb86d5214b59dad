// Small DOM helpers shared by the console's sections: elements, labelled fields, tables, and ProblemDetails
// shown next to the field the API named.
"use strict";

/** Creates an element: attrs may hold className, text, dataset, on (event handlers) and any attribute. */
function el(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") element.className = value;
    else if (key === "text") element.textContent = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (key === "on") for (const [name, handler] of Object.entries(value)) element.addEventListener(name, handler);
    else if (key in element && typeof value !== "string") element[key] = value;
    else element.setAttribute(key, value === true ? "" : value);
  }
  element.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  return element;
}

function button(text, onClick, className) {
  return el("button", { type: "button", className, text, on: onClick ? { click: onClick } : undefined });
}

/** A label around its caption, the control and the control's error line; the control answers to the API field `name`. */
function field(caption, control, name) {
  if (name) control.dataset.field = name;
  return el("label", { className: "field" }, el("span", { className: "caption", text: caption }), control, el("span", { className: "field-error", role: "alert" }));
}

function input(attrs = {}) { return el("input", attrs); }

function select(options, value, attrs = {}) {
  const s = el("select", attrs);
  for (const [optionValue, text] of options) s.add(new Option(text, optionValue, false, optionValue === value));
  return s;
}

function table(headers, rows, className) {
  const t = el("table", { className });
  t.createTHead().insertRow().append(...headers.map(h => el("th", { text: h, scope: "col" })));
  const body = t.createTBody();
  for (const row of rows) {
    const r = body.insertRow();
    for (const value of row) {
      const cell = r.insertCell();
      if (value instanceof Node) cell.append(value); else cell.textContent = value ?? "";
    }
  }
  return t;
}

const fixed = (value, digits = 1) => value === null || value === undefined ? "—" : Number(value).toFixed(digits);
const numberOrNull = (text) => text === "" || text === null || text === undefined ? null : Number(text);
const splitList = (text) => text.split(/[,，;；\n]/).map(s => s.trim()).filter(Boolean);

/** Local date-time (from a datetime-local input) as an ISO instant, or null. */
function isoFromLocal(text) { return text ? new Date(text).toISOString() : null; }

function clearProblems(form) {
  for (const e of form.querySelectorAll(".field-error")) e.textContent = "";
  for (const e of form.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
  const summary = form.querySelector(".form-error"); if (summary) summary.textContent = "";
}

// A model's ProblemDetails lists every problem as "path: reason; path: reason"; the field names the first.
function problemParts(problem, prefix) {
  const parts = [];
  const pattern = /(?:^|; )([A-Za-z][\w.[\]]*): /g;
  const detail = problem.detail ?? "";
  const starts = [...detail.matchAll(pattern)];
  if (prefix && starts.length > 0 && starts[0].index === 0) {
    starts.forEach((m, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].index : detail.length;
      parts.push({ field: `${prefix}.${m[1]}`, message: detail.slice(m.index + m[0].length, end) });
    });
  } else parts.push({ field: problem.field, message: detail || problem.title });
  return parts;
}

/** Shows an API failure next to the field it names (the nearest enclosing field if that one is not on the form). */
function showProblem(form, error, prefix) {
  clearProblems(form);
  const problem = error.problem ?? { detail: error.message };
  const unplaced = [];
  for (const part of problemParts(problem, prefix)) {
    const control = part.field ? findField(form, part.field) : null;
    const message = problemText(part.message);
    if (!control) { unplaced.push(part.field ? `${part.field}: ${message}` : message); continue; }
    control.setAttribute("aria-invalid", "true");
    for (let d = control.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
    const holder = control.closest("label, .field");
    const line = holder && ([...holder.children].find(c => c.classList.contains("field-error")) ?? holder.querySelector(".field-error"));
    if (line) line.textContent = line.textContent ? `${line.textContent}; ${message}` : message;
    else unplaced.push(message);
  }
  const summary = form.querySelector(".form-error");
  if (summary) summary.textContent = unplaced.length ? `${t("error.prefix")} ${unplaced.join("; ")}` : t("error.seeFields");
  form.querySelector("[aria-invalid]")?.focus();
}

function findField(form, name) {
  for (let path = name; path; path = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, "")) {
    const control = [...form.querySelectorAll("[data-field]")].find(e => e.dataset.field === path);
    if (control) return control;
    if (!/(\[\d+\]|\.[^.[\]]+)$/.test(path)) break;
  }
  return null;
}

// A field HR has just changed no longer carries the refusal of the value it had.
document.addEventListener("input", (event) => {
  const control = event.target;
  if (!(control instanceof Element) || control.getAttribute("aria-invalid") !== "true") return;
  control.removeAttribute("aria-invalid");
  const holder = control.closest("label, .field");
  const line = holder && [...holder.children].find(c => c.classList.contains("field-error"));
  if (line) line.textContent = "";
});
