// One catalogue per language for the whole console (zh-CN.json, en.json, the same keys: a test compares them and
// the sources' keys). A key with no message is recorded in window.__bankhireMissingKeys so browser tests fail on it.
import { computed, watch } from "vue";
import { createI18n } from "vue-i18n";
import zhCN from "./zh-CN.json";
import en from "./en.json";
import elZhCn from "element-plus/es/locale/lang/zh-cn";
import elEn from "element-plus/es/locale/lang/en";

export type Language = "zh-CN" | "en";
const LANGUAGE_KEY = "bankhire.console.language";

declare global {
  interface Window { __bankhireMissingKeys: string[] }
}
window.__bankhireMissingKeys = [];

const saved = localStorage.getItem(LANGUAGE_KEY);

export const i18n = createI18n({
  legacy: false,
  locale: saved === "en" ? "en" : "zh-CN",
  fallbackLocale: false,
  messages: { "zh-CN": zhCN, en },
  datetimeFormats: {
    "zh-CN": { short: { year: "numeric", month: "2-digit", day: "2-digit" } },
    en: { short: { year: "numeric", month: "short", day: "numeric" } },
  },
  missingWarn: false,
  fallbackWarn: false,
  missing: (_locale, key) => {
    window.__bankhireMissingKeys.push(key);
    return key;
  },
});

export const language = computed<Language>(() => i18n.global.locale.value as Language);
export const elementLocale = computed(() => (language.value === "en" ? elEn : elZhCn));

export function setLanguage(next: Language): void {
  i18n.global.locale.value = next;
  localStorage.setItem(LANGUAGE_KEY, next);
}

watch(language, (now) => { document.documentElement.lang = now; }, { immediate: true });

/** Data that comes in both languages (job titles, competency names): the one of the console's language. */
export function localized(zh: string | null | undefined, english: string | null | undefined): string {
  return (language.value === "en" ? english || zh : zh || english) ?? "";
}
