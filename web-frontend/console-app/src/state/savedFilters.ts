// Filters HR saves under a name, kept in this browser per user (they are a view preference, not data).
import { ref, watch } from "vue";
import { me } from "./session";
import type { CandidateFilter } from "../api/types";

export interface SavedFilter { name: string; filter: CandidateFilter }

const key = () => `bankhire.console.filters.${me.value?.userName ?? ""}`;
export const savedFilters = ref<SavedFilter[]>([]);

watch(me, () => {
  try { savedFilters.value = JSON.parse(localStorage.getItem(key()) ?? "[]") as SavedFilter[]; } catch { savedFilters.value = []; }
}, { immediate: true });

function store() { localStorage.setItem(key(), JSON.stringify(savedFilters.value)); }

export function saveFilter(name: string, filter: CandidateFilter): void {
  savedFilters.value = [...savedFilters.value.filter((f) => f.name !== name), { name, filter: structuredClone(filter) }];
  store();
}

export function deleteFilter(name: string): void {
  savedFilters.value = savedFilters.value.filter((f) => f.name !== name);
  store();
}
