// The jobs HR can pick from and the one picked (remembered per browser), plus the pipeline's allowed moves.
import { computed, ref } from "vue";
import { jobs as jobsApi, pipeline } from "../api";
import type { Job, Stage, StageMoves } from "../api/types";

const JOB_KEY = "bankhire.console.job";
export const allJobs = ref<Job[]>([]);
export const jobId = ref<string | null>(localStorage.getItem(JOB_KEY));
export const currentJob = computed(() => allJobs.value.find((j) => j.id === jobId.value) ?? null);
const moves = ref<StageMoves[]>([]);

export function pickJob(id: string): void {
  jobId.value = id;
  localStorage.setItem(JOB_KEY, id);
}

export async function loadJobs(): Promise<void> {
  const [list, stages] = await Promise.all([jobsApi.list(), pipeline.stages()]);
  allJobs.value = list.sort((a, b) => statusOrder(a) - statusOrder(b) || b.createdAt.localeCompare(a.createdAt));
  moves.value = stages;
  if (!allJobs.value.some((j) => j.id === jobId.value) && allJobs.value[0]) pickJob(allJobs.value[0].id);
}

const statusOrder = (job: Job) => ({ Open: 0, Draft: 1, Closed: 2 })[job.posting.status];

export const nextStages = (from: Stage): Stage[] => moves.value.find((m) => m.stage === from)?.next ?? [];
