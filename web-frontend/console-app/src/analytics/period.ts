// The analytics period as HR picks it (days in the browser's zone) and as the API takes it (instants: [from, to)).
import type { AnalyticsPeriod } from "../api/types";

/** "2026-12-01" as the start of that day here, or null; a day that is not a date is null too (the field says so). */
function startOfDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(at.getTime()) ? null : at;
}

/** From the first day's start to the end of the last day; either end may be left open. */
export function periodOf(fromDay: string, toDay: string): AnalyticsPeriod {
  const from = startOfDay(fromDay);
  const last = startOfDay(toDay);
  const to = last ? new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1) : null;
  return { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null };
}

/** How long, in the largest unit that reads well: hours below two days, days above. */
export function hoursOrDays(hours: number): { unit: "hours" | "days"; n: string } {
  return hours < 48 ? { unit: "hours", n: hours.toFixed(hours < 10 ? 1 : 0) } : { unit: "days", n: (hours / 24).toFixed(1) };
}
