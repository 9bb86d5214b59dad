// The candidate whose profile drawer is open, and a counter that views watch to reload after a change.
import { ref } from "vue";

export const openCandidateId = ref<string | null>(null);
export const changes = ref(0);

export const openProfile = (id: string) => { openCandidateId.value = id; };
export const changed = () => { changes.value++; };
