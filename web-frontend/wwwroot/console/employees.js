// Employees in the HR console: the list with onboarding, this month's attendance and attrition risk (with reasons), what
// waits for a decision (appeals, leave, supervisor check-ins), the XLSX export and the branch QR code; and predictive
// validity per job with the proposed weights. Text only: data never goes through innerHTML.
"use strict";

const monthNow = () => new Date().toISOString().slice(0, 7);

async function showEmployees() {
  const host = document.querySelector("#employees"); host.replaceChildren();
  const [rows, risks] = await Promise.all([api(`/api/attendance?month=${monthNow()}`), api("/api/attrition")]);
  const employees = await api("/api/employees");
  const risk = Object.fromEntries(risks.map(r => [r.employeeId, r]));
  const byId = Object.fromEntries(employees.map(e => [e.id, e]));
  const riskCell = (id) => {
    const r = risk[id]; if (!r) return "—";
    return el("span", { className: `risk risk-${r.level.replaceAll(" ", "-")}`, title: r.factors.map(f => localized(f.explanationZh, f.explanationEn)).join("；"),
      text: `${t(`risk.${r.level}`)}${r.score === null ? "" : ` ${r.score}`}${r.factors.length ? "：" + r.factors.map(f => localized(f.explanationZh, f.explanationEn)).join("；") : ""}` });
  };
  const list = table([t("emp.name"), t("emp.job"), t("emp.branch"), t("emp.start"), t("emp.onboarding"), t("emp.month"), t("emp.risk")],
    rows.map(r => {
      const e = byId[r.employeeId];
      const done = e ? e.onboarding.filter(x => x.doneAt).length : 0;
      const m = r.month;
      return [r.fullName, r.position, r.branchCode, e?.record.startDate ?? "", `${done}/${e?.onboarding.length ?? 0}`,
        t("emp.monthLine", { present: m.present, workdays: m.workdays, late: m.late, early: m.earlyLeave, absent: m.absent, leave: m.leaveDays }), riskCell(r.employeeId)];
    }), "employees");
  const exportLink = el("a", { href: `/api/attendance/export?month=${monthNow()}`, download: "", text: t("emp.export"), className: "export-xlsx" });
  const qrLine = el("p", { className: "muted" });
  const qrButtons = (session.branches ?? []).map(b => button(`${t("emp.qr")} · ${b.code}`, async () => {
    const code = await api(`/api/branches/${encodeURIComponent(b.code)}/check-in-code`);
    qrLine.replaceChildren(el("img", { src: `data:image/png;base64,${code.qrPngBase64}`, alt: code.link, width: 160, height: 160 }),
      el("span", { text: t("emp.qrLine", { branch: code.branch, code: code.code, until: formatTime(code.validUntil) }) }));
  }));
  host.append(list, el("p", {}, exportLink), el("p", {}, ...qrButtons), qrLine, el("h3", { text: t("emp.pending") }), await pendingList(rows));
}

async function pendingList(rows) {
  const items = [];
  for (const r of rows.filter(r => r.pendingAppeals + r.pendingLeave + r.pendingConfirmations > 0)) {
    const base = `/api/employees/${r.employeeId}`;
    const [appeals, leave, checkIns] = await Promise.all([api(`${base}/appeals`), api(`${base}/leave`), api(`${base}/check-ins?month=${monthNow()}`)]);
    const decide = (path) => [true, false].map(approve => button(t(approve ? "pending.approve" : "pending.reject"), async () => {
      await send("POST", path, { approve, note: null }); await showEmployees();
    }));
    for (const a of appeals.filter(a => a.status === "Pending"))
      items.push(el("li", {}, `${r.fullName} · ${t("pending.appeal", { day: a.day, reason: a.reason })} `, ...(session.can.recruit ? decide(`${base}/appeals/${a.id}/decision`) : [])));
    for (const l of leave.filter(l => l.status === "Pending"))
      items.push(el("li", {}, `${r.fullName} · ${t("pending.leave", { from: l.from, to: l.to, reason: l.reason })} `, ...(session.can.recruit ? decide(`${base}/leave/${l.id}/decision`) : [])));
    for (const c of checkIns.filter(c => c.outcome === "Pending"))
      items.push(el("li", {}, `${r.fullName} · ${t("pending.checkIn", { time: formatTime(c.effectiveAt) })} `,
        ...(session.can.recruit ? [button(t("pending.approve"), async () => { await send("POST", `${base}/check-ins/${c.id}/confirm`, {}); await showEmployees(); })] : [])));
  }
  return items.length ? el("ul", { className: "pending" }, ...items) : el("p", { className: "muted", text: t("pending.none") });
}

async function showValidity(jobs) {
  const host = document.querySelector("#validity"); host.replaceChildren();
  for (const job of jobs) {
    let report;
    try { report = await api(`/api/jobs/${encodeURIComponent(job.id)}/validity`); }
    catch (e) { host.append(el("p", { className: "error", text: `${localized(job.posting.titleZh, job.posting.titleEn)}: ${e.message ?? e}` })); continue; }
    if (report.hires === 0) continue;
    const name = (key) => t(`predictor.${key}`) === `predictor.${key}` ? key : t(`predictor.${key}`);
    const cells = table([t("val.predictor"), t("val.outcome"), "n", t("val.rho"), t("val.reliability")], report.cells.map(c => [name(c.predictor), t(`outcome.${c.outcome}`),
      c.estimate.n, c.estimate.rho === null ? "—" : `${fixed(c.estimate.rho, 2)} (${fixed(c.estimate.lower, 2)} – ${fixed(c.estimate.upper, 2)})`, c.estimate.reliability]), "validity");
    const box = el("article", { className: "job validity-job", dataset: { jobId: job.id } },
      el("h3", { text: `${localized(job.posting.titleZh, job.posting.titleEn)} · ${t("val.hires", { n: report.hires })}` }),
      ...report.notes.map(n => el("p", { className: "muted", text: n })), cells);
    const p = report.proposal;
    if (p) {
      const status = el("p", { role: "status" });
      box.append(el("h4", { text: t("val.proposal") }),
        table([t("val.predictor"), t("val.current"), t("val.proposed")], report.competencyKeys.map((k, i) => [k, fixed(p.current[i], 3), fixed(p.proposed[i], 3)]), "proposal"),
        el("p", { text: t("val.gain", { current: fixed(p.currentValidity, 3), proposed: fixed(p.proposedValidity, 3), gain: fixed(p.expectedGain, 3) }) }),
        acceptOrWhyNot(job, report, status), status);
    } else box.append(el("p", { className: "muted", text: t("val.none") }));
    host.append(box);
  }
}

// Accepting is offered only when the proposal predicted better out of sample; otherwise the console says why not.
function acceptOrWhyNot(job, report, status) {
  const p = report.proposal;
  if (!p.improves) return el("p", { className: "muted no-gain", text: t("val.noGain", { gain: fixed(p.expectedGain, 3) }) });
  if (!session.can.recruit) return "";
  return button(t("val.accept"), async () => {
    try {
      const accepted = await send("POST", `/api/jobs/${encodeURIComponent(job.id)}/validity/accept`,
        { weights: Object.fromEntries(report.competencyKeys.map((k, i) => [k, p.proposed[i]])) });
      status.textContent = t("val.accepted", { version: accepted.version, note: accepted.changeNote });
    } catch (e) { status.textContent = e.message ?? String(e); }
  }, "primary accept-weights");
}
