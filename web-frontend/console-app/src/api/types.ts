// The server's wire types the console reads, as the web app's JSON writes them (camelCase, enums by name).

export const STAGES = ["Applied", "Screened", "Invited", "Booked", "Interviewing", "Completed", "SecondRound", "Offer", "Hired", "Rejected", "Withdrawn"] as const;
export type Stage = (typeof STAGES)[number];
export const ROLES = ["HrAdmin", "Recruiter", "Interviewer", "Auditor"] as const;
export type Role = (typeof ROLES)[number];
export const VERDICTS = ["PriorityHire", "SecondRound", "Reject"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const RECOMMENDATIONS = [...VERDICTS, "NeedsHumanReview"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const CHANNELS = ["Email", "Sms", "WeChat"] as const;
export type Channel = (typeof CHANNELS)[number];
export const JOB_STATUSES = ["Draft", "Open", "Closed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const SORT_KEYS = ["rank", "name", "stage", "screeningScore", "interviewScore", "lastMovedAt"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Me { userName: string; roles: Role[] }

export interface JobPosting {
  titleZh: string; titleEn: string; templateCode: string; branchCode: string | null; openings: number; status: JobStatus;
}
export interface Competency { key: string; nameZh: string; nameEn: string; weight: number }
export interface InterviewQuestionModel { id: string; competencyKey: string; textZh?: string; textEn?: string }
export interface CompetencyModel { jobCode: string; titleZh: string; titleEn: string; competencies: Competency[]; questions?: InterviewQuestionModel[] }
export interface Job {
  id: string; posting: JobPosting; rubricVersion: number; versionCount: number; createdAt: string; model: CompetencyModel;
}

export interface CandidateRow {
  id: string; fullName: string; school: string | null; major: string | null; stage: Stage;
  screeningScore: number | null; knockedOut: boolean; resumeRank: number | null; top: boolean;
  interviewScore: number | null; aiRecommendation: Recommendation | null; lastMovedAt: string;
}
export interface StageCount { stage: Stage; count: number }
export interface CandidatePage { items: CandidateRow[]; total: number; page: number; pageSize: number; stageCounts: StageCount[] }

export interface CandidateFilter {
  stage: Stage[]; scoreKind: "screening" | "interview"; minScore: number | null; maxScore: number | null; q: string;
}
export interface CandidateSort { sort: SortKey; order: "asc" | "desc" }

export interface StageMoves { stage: Stage; next: Stage[] }
export interface BulkStageResult { candidateId: string; moved: boolean; stage: Stage | null; error: string | null }

export interface StageChange { from: Stage; to: Stage; at: string; actor: string; reason: string | null }
export interface Contact { fullName: string; email: string | null; phone: string | null }
export interface Application {
  contact: Contact; jobId: string; school: string | null; major: string | null; graduationYear: number | null; source: string | null;
}
export interface Suggestion {
  verdict: Verdict; interviewId: string; rubricVersion: number; overallScore: number; priorityHireCutoff: number; secondRoundCutoff: number; actor: string; at: string;
}
export interface HrDecision { verdict: Verdict; actor: string; at: string; reason: string | null; aiVerdict: Verdict; overridesAi: boolean }
export interface CandidateSnapshot {
  id: string; application: Application; stage: Stage; createdAt: string; history: StageChange[]; interviewIds: string[];
  notes: string | null; suggestion: Suggestion | null; decision: HrDecision | null;
}
export interface ScreeningLine { labelZh: string; labelEn: string; points: number; maxPoints: number; explanationZh: string; explanationEn: string }
export interface Screening { score: number; knockedOut: boolean; rubricVersion: number; lines: ScreeningLine[] }
export interface InterviewSummary { interviewId: string; rubricVersion: number; overallScore: number | null; recommendation: Recommendation; scoredAt: string }
export const SCORECARD_VERDICTS = ["PriorityHire", "SecondRoundPassed", "Reject"] as const;
export type ScorecardVerdict = (typeof SCORECARD_VERDICTS)[number];
export interface Scorecard { interviewer: string; ratings: { competencyKey: string; score: number }[]; verdict: ScorecardVerdict; comment: string | null; submittedAt: string }
export interface Assignment { candidateId: string; fullName: string; jobId: string; stage: Stage; scheduledAt: string | null; scorecardSubmitted: boolean }
export interface SecondRound { candidateId: string; interviewers: string[]; scheduledAt: string | null; assignedBy: string; scorecards: Scorecard[] }
export interface ReportCompetency { key: string; nameZh: string; nameEn: string; score: number | null }
export interface StoredReport {
  report: { overallScore: number | null; recommendation: Recommendation; rubricVersion: number; competencies: ReportCompetency[]; humanReview?: unknown[] };
  explanations?: { hrZh?: { summary?: string }; hrEn?: { summary?: string } };
}
export interface AnswerEvidence {
  questionId: string; questionZh: string | null; questionEn: string | null; competencyKey: string; source: string | null; transcript: string | null;
}
export interface CandidateProfile {
  candidate: CandidateSnapshot; screening: Screening | null; interviews: InterviewSummary[]; report: string | null;
  secondRound: SecondRound | null; suggestion: Suggestion | null; decision: HrDecision | null; decisions: HrDecision[]; answers: AnswerEvidence[];
  feedbackReleased: boolean | null;
}

export interface Invitation { interviewId: string; candidateId: string; token: string; link: string; expiresAt: string }
export const DELIVERY_STATUSES = ["Queued", "Sent", "Failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export interface Delivery {
  id: string; interviewId: string; kind: string; channel: Channel; language: string; recipient: string; status: DeliveryStatus;
  attempts: number; lastError: string | null; queuedAt: string; lastAttemptAt: string | null; sentAt: string | null;
}
export interface SentInvitations { interviewId: string; link: string; expiresAt: string; deliveries: Delivery[] }

export interface Slot {
  id: string; startsAt: string; durationMinutes: number; capacity: number; bookingDeadline: string; location: string | null; booked: number; seatsLeft: number;
}
export interface SlotDraft { startsAt: string; durationMinutes: number; capacity: number; bookingDeadline: string; location: string | null }
export interface SlotBooking { candidateId: string; fullName: string; stage: Stage; interviewId: string }
export interface SlotCancelled { slot: Slot; candidatesTold: number }

/** The competency model as the editor changes it: every field it shows is typed; anything else travels back unchanged. */
export interface EditablePolicy { priorityHireCutoff: number; secondRoundCutoff: number; facialIndicatorsAllowed: boolean; releaseFeedbackAutomatically: boolean; [key: string]: unknown }
export const DIRECTIONS = ["AtLeast", "AtMost", "Within"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export interface Indicator {
  feature: string; direction: Direction; target: number | null; weight: number | null; tolerance: number | null; upperTarget: number | null;
  hiddenFromCandidate: boolean; [key: string]: unknown
}
export interface ExpectedPoint { key: string; labelZh: string; labelEn: string; terms: string[]; [key: string]: unknown }
export interface EditableCompetency {
  key: string; nameZh: string; nameEn: string; weight: number; passThreshold: number; indicators: Indicator[]; resumeTerms: string[]; [key: string]: unknown
}
export interface EditableQuestion {
  id: string; competencyKey: string; textZh: string; textEn: string; thinkSeconds: number; answerSeconds: number; retakes: number; practice: boolean;
  expectedPoints: ExpectedPoint[]; [key: string]: unknown
}
export interface EditableModel {
  policy: EditablePolicy; questionOrder: string; competencies: EditableCompetency[]; questions: EditableQuestion[]; [key: string]: unknown
}
/** A feature an indicator may name (web-frontend/Jobs/FeatureEndpoints.cs). */
export interface ScorableFeature { name: string; kind: string; unit: string; min: number; max: number; descriptionZh: string; descriptionEn: string }

// Jobs from a template, and the model's stored versions (web-frontend/Jobs).
export interface JobTemplateSummary { code: string; titleZh: string; titleEn: string; competencies: string[] }
export interface NewJob {
  templateCode: string | null; id: string | null; titleZh: string | null; titleEn: string | null; branchCode: string | null; openings: number; status: JobStatus;
}
export interface JobVersion { version: number; createdAt: string; author: string; changeNote: string | null }

// Resume import, ranking and top-N invitations (web-frontend/Resumes).
export const SOURCE_STATUSES = ["Parsed", "Duplicate", "Rejected"] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export interface SourceOutcome { source: string; status: SourceStatus; reason: string | null; message: string; candidateId: string | null; mergedInto: string | null }
export interface ResumeImportReport { jobId: string; rubricVersion: number; sources: SourceOutcome[] }
export interface RankedResume {
  rank: number; candidateId: string; name: string; score: number; knockedOut: boolean; experienceYears: number; rubricVersion: number; summaryZh: string; summaryEn: string;
}
export interface TopInvitation { rank: number; candidateId: string; name: string; score: number; invitation: Invitation }
export interface TopInvitationsResult { requested: number; invited: TopInvitation[]; alreadyInvited: number }

// Screening validation: HR's labelled set against the screening (web-frontend/Resumes/ScreeningValidationEndpoints.cs).
export interface ValidationFigures { count: number; tierAgreement: number | null; spearman: number | null; pairwiseAccuracy: number | null; comparablePairs: number }
export interface ValidationGroup { group: string; figures: ValidationFigures }
export interface ValidatedResume {
  file: string; language: string; format: string; hrTier: string; hrScore: number | null; modelScore: number; modelTier: string; knockedOut: boolean;
  explanationZh: string; explanationEn: string;
}
export interface ValidationPair { preferredByHr: ValidatedResume; preferredByModel: ValidatedResume }
export interface ScreeningValidationRun {
  id: string; jobId: string; at: string; actor: string; rubricVersion: number | null; draft: boolean; analyserVersion: string;
  overall: ValidationFigures; byLanguage: ValidationGroup[]; byFormat: ValidationGroup[]; resumes: ValidatedResume[];
  discordantPairs: ValidationPair[]; discordantPairCount: number; unread: string[];
}

export interface HrUserView { userName: string; email: string | null; roles: Role[]; disabled: boolean }
export const API_SCOPES = ["candidates:read", "candidates:write", "reports:read", "webhooks:manage"] as const;
export const WEBHOOK_EVENTS = ["candidate.stage_changed", "interview.completed", "interview.report_ready"] as const;
export interface ApiKeyView { id: string; name: string; scopes: string[]; prefix: string; createdAt: string; createdBy: string; revokedAt: string | null; active: boolean }
export interface CreatedApiKey { apiKey: ApiKeyView; key: string }
export interface WebhookView { id: string; url: string; events: string[]; createdAt: string; createdBy: string }

export const TEMPLATE_KINDS = ["Invitation", "Nudge", "Reminder"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type TemplateLanguage = "zh-CN" | "en";
export interface MessageTemplate { kind: TemplateKind; language: TemplateLanguage; subject: string; body: string; shortText: string; custom?: boolean }
export interface TemplatePreview { subject: string; body: string; shortText: string }

// Analytics (web-frontend/Analytics): one job's pipeline report, or every job's together.
export interface FunnelStep { stage: Stage; reached: number; current: number; conversionFromPrevious: number | null }
export interface DropOff { stage: Stage; rejected: number; withdrawn: number }
export interface DurationSummary { count: number; medianHours: number | null; p90Hours: number | null }
export interface StageTime { stage: Stage; duration: DurationSummary }
export interface ScoreDistribution { buckets: number[]; count: number; mean: number | null }
export interface PipelineReport {
  candidates: number; funnel: FunnelStep[]; dropOffs: DropOff[]; timeInStage: StageTime[]; timeToHire: DurationSummary;
  leftAfterBooking: number; screeningScores: ScoreDistribution; interviewScores: ScoreDistribution;
}
export interface JobAnalytics { jobId: string; titleZh: string; titleEn: string; report: PipelineReport; asOf: string | null }
export interface AllJobsAnalytics { overall: PipelineReport; jobs: JobAnalytics[] }
export interface AnalyticsPeriod { from: string | null; to: string | null }

// The talent pool (web-frontend/TalentPool): people across jobs, flagged when worth a second look.
export interface TalentCompetency { key: string; nameZh: string; nameEn: string; score: number | null }
export interface TalentJobView {
  candidateId: string; jobId: string; jobTitleZh: string | null; jobTitleEn: string | null; stage: Stage;
  screeningScore: number | null; knockedOut: boolean; interviewScore: number | null; aiSuggestion: Verdict | null;
  hrDecision: Verdict | null; competencies: TalentCompetency[]; topTenPercent: boolean; originalCandidateId: string | null; canRematch: boolean;
}
export interface TalentPerson { personId: string; name: string; skills: string[]; flagged: boolean; bestScore: number | null; jobs: TalentJobView[] }
export interface TalentPoolPage { total: number; people: TalentPerson[]; competencies: TalentCompetency[] }
export interface RematchResult {
  candidateId: string; jobId: string; originalCandidateId: string; created: boolean; alreadyInJob: boolean; score: number; knockedOut: boolean;
  rank: number | null; rubricVersion: number; summaryZh: string; summaryEn: string;
}
export interface TalentQuery { q: string; jobId: string | null; stage: Stage | null; flagged: boolean; minScore: number | null }

// Employees (web-frontend/Employees, Attendance, Performance): hires after onboarding.
export interface OnboardingTask { key: string; titleZh: string; titleEn: string; dueOn: string; doneAt: string | null; doneBy: string | null }
export interface EmployeeRecord {
  candidateId: string | null; fullName: string; jobId: string; branchCode: string; position: string; startDate: string;
  manager: string | null; email: string | null; phone: string | null; language: string; leftOn: string | null;
}
export interface PerformanceReview { period: string; score: number; reviewer: string; at: string }
export interface Employee { id: string; record: EmployeeRecord; reviews: PerformanceReview[]; createdAt: string; onboarding: OnboardingTask[] }
export interface MonthSummary {
  employeeId: string; year: number; month: number; workdays: number; present: number; late: number; earlyLeave: number;
  absent: number; leaveDays: number; excused: number; flagged: number;
}

// Attendance overview (web-frontend/Attendance): every employee's month with what waits for a decision.
export interface AttendanceRow {
  employeeId: string; fullName: string; branchCode: string; position: string; month: MonthSummary;
  pendingAppeals: number; pendingLeave: number; pendingConfirmations: number;
}
export type DecisionStatus = "Pending" | "Approved" | "Rejected";
export interface AttendanceAppeal { id: string; day: string; reason: string; at: string; status: DecisionStatus }
export interface LeaveRequest { id: string; kind: string; from: string; to: string; reason: string; at: string; status: DecisionStatus }
export interface CheckInView { id: string; kind: string; outcome: string; effectiveAt: string; branchCode: string; reasons: string[] }
export interface BranchCheckInCode { branch: string; code: string; validUntil: string; link: string; qrPngBase64: string }
/** The attrition score's levels as the server names them; "not enough data" under three months of attendance. */
export const RISK_LEVELS = ["low", "medium", "high", "not enough data"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export interface AttritionFactor { key: string; points: number; explanationZh: string; explanationEn: string }
export interface AttritionRow { employeeId: string; fullName: string; jobId: string; branchCode: string; score: number | null; level: RiskLevel; factors: AttritionFactor[] }

// The bank (web-frontend/Banks): its names and branches with their check-in geofences.
export interface GeofenceLocation { name: string; latitude: number; longitude: number; radiusMeters: number }
export interface Branch {
  code: string; nameZh: string; nameEn: string; city: string; latitude: number; longitude: number; geofenceMeters: number; extraLocations?: GeofenceLocation[] | null;
}
export interface BankProfile { nameZh: string; nameEn: string; branches: Branch[] }

// Predictive validity (web-frontend/Performance): interview scores at hire against what became of the hires.
export const VALIDITY_OUTCOMES = ["performance", "attendance", "retention-3m", "retention-6m", "retention-12m"] as const;
export interface CorrelationEstimate { n: number; rho: number | null; lower: number | null; upper: number | null; correctedForRangeRestriction: number | null; reliability: string }
export interface ValidityCell { predictor: string; outcome: string; estimate: CorrelationEstimate }
export interface WeightProposal {
  current: number[]; proposed: number[]; currentValidity: number; proposedValidity: number; expectedGain: number; n: number; note: string; improves: boolean;
}
export interface ValidityReport {
  hires: number; cells: ValidityCell[]; rangeRestriction: number | null; proposal: WeightProposal | null; competencyKeys: string[]; notes: string[];
}
export interface AcceptedWeights { version: number; changeNote: string }

// The model card (web-frontend/ModelCards): every analyser, how accurate it measured, released or withheld.
export const MEASURE_RELEASES = ["Released", "Withheld", "External"] as const;
export type MeasureRelease = (typeof MEASURE_RELEASES)[number];
export interface AccuracyFigure { measure: string; condition: string; value: number; unit: string }
export interface ModelCardEntry {
  key: string; nameZh: string; nameEn: string; kind: string; features: string[]; model: string; source: string; licence: string;
  sha256: string | null; analyserVersion: string; measures: string; labelledSet: string; accuracy: AccuracyFigure[]; limits: string[];
  release: MeasureRelease; releaseNote: string | null;
}
export interface ModelCard { rule: string; analysers: ModelCardEntry[] }
