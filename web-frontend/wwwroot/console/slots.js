// One job's AI-interview slots: HR publishes them (start, length, seats, booking deadline, place) and watches the
// bookings arrive as invited candidates choose one with their link.
"use strict";

/** A datetime-local value `days` from now at `hour`:00, in the browser's time zone. */
function localDateTime(days, hour) {
  const d = new Date(); d.setDate(d.getDate() + days); d.setHours(hour, 0, 0, 0);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function renderSlots(job) {
  const box = el("section", { className: "slots" });
  const list = el("div", { className: "slot-list" });
  const form = el("form", { className: "slot-form", noValidate: true });
  const fields = {
    startsAt: input({ type: "datetime-local", value: localDateTime(2, 9) }),
    durationMinutes: input({ type: "number", value: "30", className: "score" }),
    capacity: input({ type: "number", value: "20", className: "score" }),
    bookingDeadline: input({ type: "datetime-local", value: localDateTime(1, 18) }),
    location: input({ placeholder: t("slots.locationPlaceholder") }),
  };
  form.append(el("h4", { text: t("slots.publishTitle") }),
    el("div", { className: "row" }, field(t("slots.startsAt"), fields.startsAt, "startsAt"), field(t("slots.duration"), fields.durationMinutes, "durationMinutes"),
      field(t("slots.capacity"), fields.capacity, "capacity"), field(t("slots.deadline"), fields.bookingDeadline, "bookingDeadline"),
      field(t("slots.location"), fields.location, "location")),
    el("div", { className: "actions" }, el("button", { type: "submit", text: t("slots.publish"), disabled: !session.can.recruit })),
    el("p", { className: "form-error", role: "alert" }));

  async function load() {
    const slots = await api(`/api/jobs/${encodeURIComponent(job.id)}/slots`);
    const booked = slots.reduce((sum, s) => sum + s.booked, 0);
    list.replaceChildren(el("p", { className: "slot-summary", role: "status", text: t("slots.summary", { slots: slots.length, booked }) }),
      slots.length === 0 ? el("p", { className: "muted", text: t("slots.none") }) :
        table([t("slots.startsAt"), t("slots.duration"), t("slots.booked"), t("slots.seatsLeft"), t("slots.deadline"), t("slots.location")],
          slots.map(s => [formatTime(s.startsAt), t("slots.minutes", { n: s.durationMinutes }), `${s.booked} / ${s.capacity}`, s.seatsLeft,
            formatTime(s.bookingDeadline), s.location ?? "—"]), "slots-table"));
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { startsAt: isoFromLocal(fields.startsAt.value), durationMinutes: numberOrNull(fields.durationMinutes.value) ?? 0,
      capacity: numberOrNull(fields.capacity.value) ?? 0, bookingDeadline: isoFromLocal(fields.bookingDeadline.value), location: fields.location.value || null };
    try {
      await send("POST", `/api/jobs/${encodeURIComponent(job.id)}/slots`, body);
      clearProblems(form);
      await load();
    } catch (e) { showProblem(form, e); }
  });

  box.append(el("h4", { text: t("slots.title") }), list, el("div", { className: "actions" }, button(t("common.refresh"), () => load(), "secondary refresh")), form);
  load().catch((e) => list.replaceChildren(el("p", { className: "error", text: e.message })));
  return box;
}
