// One i18n for the small pages (interview, status, employee): zh-CN by default, English on request (kept per tab),
// [data-i18n] filled in place. Each page brings its catalogue; `onApply` adds what only that page labels.
export function createI18n(strings, storageKey, storage = sessionStorage, onApply = () => {}) {
  let current = storage.getItem(storageKey) === "en" ? "en" : "zh";
  const i18n = {
    lang: () => current,
    /** The text of <key> in the current language, with {name} placeholders filled in. */
    t(key, vars = {}) {
      const text = strings[current][key] ?? strings.zh[key] ?? key;
      return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
    },
    /** zh or en of a pair of server fields (nameZh/nameEn …). */
    pick: (zh, en) => (current === "en" ? en || zh : zh || en),
    /** A time in the reader's language and time zone. */
    when: (iso, options = { dateStyle: "medium", timeStyle: "short" }) =>
      new Date(iso).toLocaleString(current === "en" ? "en-GB" : "zh-CN", options),
    /** A time with its time zone named, for an appointment: "5 December 2026 at 09:00 CST (Asia/Shanghai)". */
    zoned(iso) {
      const text = new Date(iso).toLocaleString(current === "en" ? "en-GB" : "zh-CN", {
        weekday: "short", year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
      });
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return zone ? `${text} (${zone})` : text;
    },
    setLang(value) {
      current = value === "en" ? "en" : "zh";
      storage.setItem(storageKey, current);
      i18n.applyStatic();
    },
    /** Fills every [data-i18n] element and the page's language attributes. */
    applyStatic(root = document) {
      document.documentElement.lang = current === "en" ? "en" : "zh-CN";
      for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = i18n.t(el.dataset.i18n);
      const button = document.getElementById("lang-switch");
      if (button) {
        button.textContent = i18n.t("langSwitch");
        button.lang = current === "en" ? "zh-CN" : "en";
      }
      document.title = i18n.t("brand");
      onApply(i18n, root);
    },
  };
  return i18n;
}
