// The one typed API module of the console: every endpoint it calls, named by what HR does.
import { http, queryString } from "./http";
import { upload } from "./upload";
import type {
  AcceptedWeights, AttendanceAppeal, AttendanceRow, AttritionRow, BankProfile, BranchCheckInCode, CheckInView, LeaveRequest, ModelCard, ScorecardVerdict, ValidityReport,
  AllJobsAnalytics, AnalyticsPeriod, Employee, JobAnalytics, MonthSummary, TalentPoolPage, TalentQuery, ApiKeyView, MessageTemplate, TemplateKind, TemplateLanguage, TemplatePreview, BulkStageResult, CandidateFilter, CreatedApiKey, EditableModel, HrUserView, JobPosting, Role, WebhookView, CandidatePage, CandidateProfile, CandidateSnapshot, CandidateSort, Channel, Delivery, Invitation, Job, Me,
  SentInvitations, Slot, SlotBooking, SlotCancelled, SlotDraft, Stage, StageMoves, Verdict,
  JobTemplateSummary, CompetencyModel, NewJob, JobVersion, ScorableFeature, ResumeImportReport, RankedResume, TopInvitationsResult,
  ScreeningValidationRun, RematchResult, Assignment,
} from "./types";

export { ApiError, whenSignedOut } from "./http";
export type { Problem } from "./http";

const job = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;
const candidate = (id: string) => `/api/candidates/${encodeURIComponent(id)}`;

function filterQuery(filter: CandidateFilter, sort: CandidateSort) {
  const scored = filter.minScore !== null || filter.maxScore !== null;
  return {
    stage: filter.stage, q: filter.q.trim(), minScore: filter.minScore, maxScore: filter.maxScore,
    scoreKind: scored ? filter.scoreKind : null, sort: sort.sort === "rank" && sort.order === "asc" ? null : sort.sort, order: sort.order === "asc" ? null : sort.order,
  };
}

export const auth = {
  me: () => http.get<Me>("/api/auth/me"),
  signIn: (userName: string, password: string) => http.post<void>("/api/auth/login", { userName, password }),
  signOut: () => http.post<void>("/api/auth/logout"),
};

export const jobs = {
  list: () => http.get<Job[]>("/api/jobs"),
  savePosting: (id: string, posting: JobPosting) => http.put<Job>(`${job(id)}/posting`, posting),
  reviseModel: (id: string, model: EditableModel, changeNote: string | null) => http.put<Job & { notes: string[] }>(`${job(id)}/model`, { model, changeNote }),
  templates: () => http.get<JobTemplateSummary[]>("/api/job-templates"),
  template: (code: string) => http.get<CompetencyModel>(`/api/job-templates/${encodeURIComponent(code)}`),
  create: (request: NewJob) => http.post<Job>("/api/jobs", request),
  versions: (id: string) => http.get<JobVersion[]>(`${job(id)}/versions`),
  versionUrl: (id: string, version: number) => `${job(id)}/versions/${version}`,
  features: () => http.get<ScorableFeature[]>("/api/features"),
};

export const resumes = {
  import: (jobId: string, files: File[], onProgress: (share: number) => void) => {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    return upload<ResumeImportReport>(`${job(jobId)}/resumes`, form, onProgress);
  },
  ranking: (jobId: string, top: number) => http.get<RankedResume[]>(`${job(jobId)}/ranking`, { top }),
  inviteTop: (jobId: string, count: number, expiresInDays: number) =>
    http.post<TopInvitationsResult>(`${job(jobId)}/invitations/top`, { count, expiresInDays }),
};

export const screeningValidations = {
  list: (jobId: string) => http.get<ScreeningValidationRun[]>(`${job(jobId)}/screening-validations`),
  /** HR's labelled resumes and the label file; a stored version, or a draft model's JSON, or neither (the version in force). */
  run: (jobId: string, files: File[], labels: File, rubricVersion: number | null, draftModel: string | null) => {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    form.append("labels", labels, labels.name);
    if (rubricVersion !== null) form.append("rubricVersion", String(rubricVersion));
    if (draftModel) form.append("draftModel", draftModel);
    return upload<ScreeningValidationRun>(`${job(jobId)}/screening-validations`, form);
  },
};

export const pipeline = {
  stages: () => http.get<StageMoves[]>("/api/pipeline/stages"),
};

export const candidates = {
  page: (jobId: string, filter: CandidateFilter, sort: CandidateSort, page: number, pageSize: number) =>
    http.get<CandidatePage>(`${job(jobId)}/candidates/page`, { ...filterQuery(filter, sort), page, pageSize }),
  exportUrl: (jobId: string, filter: CandidateFilter, sort: CandidateSort, format: "csv" | "xlsx") =>
    `${job(jobId)}/candidates/export${queryString({ ...filterQuery(filter, sort), format })}`,
  profile: (id: string) => http.get<CandidateProfile>(`${candidate(id)}/profile`),
  move: (id: string, stage: Stage, reason: string | null) => http.post<CandidateSnapshot>(`${candidate(id)}/stage`, { stage, reason }),
  moveMany: (candidateIds: string[], stage: Stage, reason: string | null) =>
    http.post<BulkStageResult[]>("/api/candidates/bulk/stage", { candidateIds, stage, reason }),
  decide: (id: string, decision: Verdict, reason: string | null) => http.post<CandidateSnapshot>(`${candidate(id)}/decision`, { decision, reason }),
  saveNotes: (id: string, notes: string) => http.patch<CandidateSnapshot>(candidate(id), { notes }),
  saveContact: (id: string, email: string | null, phone: string | null) => http.patch<CandidateSnapshot>(candidate(id), { email, phone }),
  newLink: (id: string, expiresInDays: number) => http.post<Invitation>(`${candidate(id)}/interviews`, { expiresInDays }),
  sendInvitation: (id: string, channels: Channel[], language: "zh-CN" | "en") =>
    http.post<SentInvitations>(`${candidate(id)}/invitations`, { channels, language }),
  deliveries: (id: string) => http.get<Delivery[]>(`${candidate(id)}/invitations`),
  reportPdfUrl: (id: string) => `${candidate(id)}/report.pdf`,
  assignSecondRound: (id: string, interviewers: string[], scheduledAt: string | null) =>
    http.post<unknown>(`${candidate(id)}/second-round`, { interviewers, scheduledAt }),
  /** The signed-in interviewer's scorecard; an HR admin may name the interviewer it is for. Replaces their earlier one. */
  submitScorecard: (id: string, ratings: { competencyKey: string; score: number }[], verdict: ScorecardVerdict, comment: string | null, interviewer: string | null) =>
    http.put<unknown>(`${candidate(id)}/second-round/scorecard`, { ratings, verdict, comment, interviewer }),
};

export const secondRounds = {
  mine: () => http.get<Assignment[]>("/api/me/assignments"),
};

export const interviews = {
  releaseFeedback: (interviewId: string) => http.post<{ released: boolean }>(`/api/interviews/${interviewId}/feedback/release`),
};

const slot = (jobId: string, id: string) => `${job(jobId)}/slots/${encodeURIComponent(id)}`;

export const slots = {
  list: (jobId: string) => http.get<Slot[]>(`${job(jobId)}/slots`),
  publish: (jobId: string, draft: SlotDraft) => http.post<Slot>(`${job(jobId)}/slots`, draft),
  edit: (jobId: string, id: string, draft: SlotDraft) => http.put<Slot>(slot(jobId, id), draft),
  cancel: (jobId: string, id: string) => http.delete<SlotCancelled>(slot(jobId, id)),
  bookings: (jobId: string, id: string) => http.get<SlotBooking[]>(`${slot(jobId, id)}/bookings`),
};

const user = (name: string) => `/api/users/${encodeURIComponent(name)}`;

export const users = {
  list: () => http.get<HrUserView[]>("/api/users"),
  create: (userName: string, password: string, roles: Role[], email: string | null) => http.post<HrUserView>("/api/users", { userName, password, roles, email }),
  changeRoles: (name: string, roles: Role[]) => http.put<HrUserView>(`${user(name)}/roles`, { roles }),
  setDisabled: (name: string, disabled: boolean) => http.put<HrUserView>(`${user(name)}/access`, { disabled }),
};

export const integrations = {
  keys: () => http.get<ApiKeyView[]>("/api/integrations/keys"),
  createKey: (name: string, scopes: string[]) => http.post<CreatedApiKey>("/api/integrations/keys", { name, scopes }),
  revokeKey: (id: string) => http.delete<unknown>(`/api/integrations/keys/${id}`),
  webhooks: () => http.get<WebhookView[]>("/api/integrations/webhooks"),
  createWebhook: (url: string, events: string[]) => http.post<WebhookView>("/api/integrations/webhooks", { url, events }),
  deleteWebhook: (id: string) => http.delete<unknown>(`/api/integrations/webhooks/${id}`),
};

export const templates = {
  list: (jobId: string) => http.get<MessageTemplate[]>(`${job(jobId)}/invitation-templates`),
  save: (jobId: string, list: MessageTemplate[]) => http.put<MessageTemplate[]>(`${job(jobId)}/invitation-templates`, { templates: list }),
  preview: (jobId: string, kind: TemplateKind, language: TemplateLanguage, subject: string, body: string, shortText: string) =>
    http.post<TemplatePreview>(`${job(jobId)}/invitation-templates/preview`, { kind, language, subject, body, shortText }),
};

export const analytics = {
  job: (jobId: string, period: AnalyticsPeriod) => http.get<JobAnalytics>(`${job(jobId)}/analytics`, { ...period }),
  allJobs: (period: AnalyticsPeriod) => http.get<AllJobsAnalytics>("/api/analytics", { ...period }),
  exportUrl: (jobId: string, format: "xlsx" | "csv") => `${job(jobId)}/analytics/export${queryString({ format })}`,
};

export const talentPool = {
  search: (query: TalentQuery, skip: number, take: number) => http.get<TalentPoolPage>("/api/talent-pool", {
    q: query.q.trim(), jobId: query.jobId, stage: query.stage, flagged: query.flagged || null, minScore: query.minScore, skip, take,
  }),
  rematch: (candidateId: string, jobId: string) => http.post<RematchResult>(`/api/talent-pool/${encodeURIComponent(candidateId)}/rematch`, { jobId }),
};

const employee = (id: string) => `/api/employees/${encodeURIComponent(id)}`;

export const employees = {
  list: () => http.get<Employee[]>("/api/employees"),
  get: (id: string) => http.get<Employee>(employee(id)),
  completeTask: (id: string, task: string) => http.post<Employee>(`${employee(id)}/onboarding/${encodeURIComponent(task)}/done`),
  month: (id: string, month: string) => http.get<MonthSummary>(`${employee(id)}/attendance`, { month }),
};

const decision = (approve: boolean) => ({ approve, note: null });

export const attendance = {
  month: (month: string) => http.get<AttendanceRow[]>("/api/attendance", { month }),
  exportUrl: (month: string) => `/api/attendance/export${queryString({ month })}`,
  attrition: () => http.get<AttritionRow[]>("/api/attrition"),
  appeals: (id: string) => http.get<AttendanceAppeal[]>(`${employee(id)}/appeals`),
  leave: (id: string) => http.get<LeaveRequest[]>(`${employee(id)}/leave`),
  checkIns: (id: string, month: string) => http.get<CheckInView[]>(`${employee(id)}/check-ins`, { month }),
  decideAppeal: (id: string, appealId: string, approve: boolean) => http.post<AttendanceAppeal>(`${employee(id)}/appeals/${appealId}/decision`, decision(approve)),
  decideLeave: (id: string, leaveId: string, approve: boolean) => http.post<LeaveRequest>(`${employee(id)}/leave/${leaveId}/decision`, decision(approve)),
  confirmCheckIn: (id: string, checkInId: string) => http.post<CheckInView>(`${employee(id)}/check-ins/${checkInId}/confirm`),
  branchCode: (code: string) => http.get<BranchCheckInCode>(`/api/branches/${encodeURIComponent(code)}/check-in-code`),
};

export const bank = {
  get: () => http.get<BankProfile>("/api/bank"),
  save: (profile: BankProfile) => http.put<BankProfile>("/api/bank", profile),
};

export const validity = {
  study: (jobId: string) => http.get<ValidityReport>(`${job(jobId)}/validity`),
  accept: (jobId: string, weights: Record<string, number>) => http.post<AcceptedWeights>(`${job(jobId)}/validity/accept`, { weights }),
};

export const modelCard = {
  get: () => http.get<ModelCard>("/api/model-card"),
};

export { audit, fairness } from "./compliance";
