// The server refuses a competency model with one sentence listing every bad field: "competencies[0].weight: must be a
// positive number, got 0; questions[1].expectedPoints: …". Here it becomes one reason per field, in the console's
// language, to show next to that field (or in the form's summary when the field is not on the screen).
import { i18n, language } from "../i18n";

type Translate = (feature: string) => string;
type Groups = [string, string, string, string, string];
type Rule = [RegExp, (m: Groups, feature: Translate) => [string, Record<string, unknown>?]];

const RULES: Rule[] = [
  [/^is required$/, () => ["required"]],
  [/^'[^']+' is required\.$/, () => ["required"]],
  [/^must be a positive number, got (.+)$/, ([v]) => ["positive", { v }]],
  [/^must be between (\S+) and (\S+), got (.+)$/, ([a, b, v]) => ["between", { a, b, v }]],
  [/^target outside the range of '([^']+)' \(([^)]*)\): must be between (\S+) and (\S+), got (.+)$/,
    ([f, unit, a, b, v], feature) => ["targetRange", { feature: feature(f), unit, a, b, v }]],
  [/^upper target outside the range of '([^']+)' \(([^)]*)\): must be between (\S+) and (\S+), got (.+)$/,
    ([f, unit, a, b, v], feature) => ["upperRange", { feature: feature(f), unit, a, b, v }]],
  [/^must not be below target \((\S+)\), got (.+)$/, ([a, v]) => ["belowTarget", { a, v }]],
  [/^is required with direction Within$/, () => ["withinRequired"]],
  [/^is only used with direction Within, not (\w+)$/, () => ["withinOnly"]],
  [/^must be below priorityHireCutoff \((\S+)\), got (.+)$/, ([a, v]) => ["belowPriority", { a, v }]],
  [/^unknown feature '([^']+)'(?: \(did you mean '([^']+)'\?\))?$/, ([f, near], feature) =>
    near ? ["unknownFeatureNear", { feature: f, near: feature(near) }] : ["unknownFeature", { feature: f }]],
  [/^feature '([^']+)' cannot be scored/, ([f], feature) => ["notScorable", { feature: feature(f) }]],
  [/^feature '([^']+)' is the protected attribute '([^']+)'/, ([f], feature) => ["protected", { feature: feature(f) }]],
  [/^a competency needs at least one indicator$/, () => ["needsIndicator"]],
  [/^needs at least one non-facial indicator/, () => ["needsNonFacial"]],
  [/^a model needs at least one competency$/, () => ["needsCompetency"]],
  [/^duplicate .+ '([^']+)' \(first used at (.+)\)$/, ([key]) => ["duplicate", { key }]],
  [/^unknown competency '([^']+)'$/, ([key]) => ["unknownCompetency", { key }]],
  [/^the interview needs at least one scored \(non-practice\) question$/, () => ["needsScoredQuestion"]],
  [/^only one practice question is allowed/, () => ["onePractice"]],
  [/^a scored question needs at least one expected point$/, () => ["needsPoint"]],
  [/^an expected point needs at least one term to recognise it by$/, () => ["needsTerm"]],
];

/** One server reason in the console's language; a reason with no wording here is shown as sent in English only. */
export function reasonText(reason: string, feature: Translate): string {
  for (const [pattern, write] of RULES) {
    const match = pattern.exec(reason.trim());
    if (!match) continue;
    const groups = [...match.slice(1).map((g) => g ?? ""), "", "", "", "", ""].slice(0, 5) as Groups;
    const [key, params] = write(groups, feature);
    return i18n.global.t(`modelReason.${key}`, params ?? {});
  }
  return language.value === "en" ? reason : i18n.global.t("modelReason.other");
}

/** "path: reason; path: reason" → reason per path (paths as the server writes them, without the "model." prefix). */
export function reasonsByPath(detail: string): Map<string, string> {
  const starts = [...detail.matchAll(/(?:^|; )([A-Za-z][\w.[\]]*): /g)];
  const reasons = new Map<string, string>();
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? detail.length;
    const text = detail.slice((m.index ?? 0) + m[0].length, end);
    const path = m[1] ?? "";
    reasons.set(path, reasons.has(path) ? `${reasons.get(path)}; ${text}` : text);
  });
  return reasons;
}

/** The nearest field shown on the screen for a path: "competencies[0].indicators[2]" falls back to "competencies[0].indicators". */
export function placeOf(path: string, shown: Set<string>): string | null {
  for (let at = path; at; at = at.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "")) {
    if (shown.has(at)) return at;
    if (!/(\[\d+\]|\.?[^.[\]]+)$/.test(at)) break;
  }
  return null;
}
