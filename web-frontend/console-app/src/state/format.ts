// Numbers, times and the codes the server sends, turned into what a person reads in the console's language.
import { i18n, language } from "../i18n";
import type { Recommendation, Stage } from "../api/types";
import { ApiError } from "../api/http";

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});

export const score = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? "—" : value.toFixed(digits);

export const time = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(language.value, { dateStyle: "medium", timeStyle: "short" }) : "—";

export const stageName = (stage: Stage) => t(`stage.${stage}`);
export const recommendationName = (r: Recommendation | null) => (r ? t(`recommendation.${r}`) : "—");

/** Who did something: a person's user name is data; the scorer and the system have names in the catalogue. */
export function actorName(actor: string): string {
  const ai = /^ai:rubric-v(\d+)$/.exec(actor);
  if (ai) return t("actor.ai", { v: ai[1] });
  if (actor === "demo-seed") return t("actor.demo");
  if (actor === "system") return t("actor.system");
  return actor;
}

export const stageTagType = (stage: Stage): "success" | "warning" | "danger" | "info" | "primary" =>
  stage === "Hired" || stage === "Offer" ? "success"
    : stage === "Rejected" || stage === "Withdrawn" ? "danger"
      : stage === "Completed" || stage === "SecondRound" ? "warning"
        : stage === "Applied" || stage === "Screened" ? "info" : "primary";

/** A refusal in the console's language: the server's own sentence in English, a sentence per status in Chinese
 * (the server writes its details in English; its field and code are what the console can translate). */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const { status, code, detail } = error.problem;
  if (code && i18n.global.te(`problem.code.${code}`)) return t(`problem.code.${code}`);
  if (language.value === "en" && detail) return detail;
  return i18n.global.te(`problem.status.${status}`) ? t(`problem.status.${status}`) : t("problem.status.other", { status });
}
