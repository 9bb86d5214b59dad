// Whether the console is on a phone-sized screen (≤ 640 px): tables drop secondary columns, drawers take the width.
import { onBeforeUnmount, ref } from "vue";

export function useNarrow() {
  const query = window.matchMedia("(max-width: 640px)");
  const narrow = ref(query.matches);
  const update = () => { narrow.value = query.matches; };
  query.addEventListener("change", update);
  onBeforeUnmount(() => query.removeEventListener("change", update));
  return narrow;
}
