// How a screening validation's figures read: shares as percentages, Spearman with two decimals, groups by name.
import { i18n } from "../i18n";
import type { ScreeningValidationRun, ValidationGroup } from "../api/types";

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});

export const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
export const twoDecimals = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/** Languages are named in the catalogue; formats are file types (PDF, DOCX, TXT) and read the same in both languages. */
export const languageGroup = (g: ValidationGroup) => (i18n.global.te(`validation.lang.${g.group}`) ? t(`validation.lang.${g.group}`) : g.group.toUpperCase());
export const formatGroup = (g: ValidationGroup) => g.group.toUpperCase();

export const whichModel = (run: ScreeningValidationRun) =>
  run.draft ? t("validation.draftRun") : t("validation.versionRun", { v: run.rubricVersion ?? "—" });
