// Who is signed in and what their roles let them do; the API still decides, this only hides what would be refused.
import { computed, ref } from "vue";
import type { Me, Role } from "../api/types";

export const me = ref<Me | null>(null);
const has = (...roles: Role[]) => computed(() => me.value?.roles.some((r) => roles.includes(r)) ?? false);

export const can = {
  recruit: has("HrAdmin", "Recruiter"),
  interview: has("HrAdmin", "Recruiter", "Interviewer"),
  admin: has("HrAdmin"),
  audit: has("HrAdmin", "Auditor"),
  review: has("HrAdmin", "Recruiter", "Auditor"),
};
