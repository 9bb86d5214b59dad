// The auditor's and compliance reviewer's endpoints: the audit trail (browse, verify, export) and a job's adverse-impact
// report (the bias-audit summary). Wire types as the web app writes them.
import { http, queryString } from "./http";

export interface AuditEntry {
  seq: number; at: string; actor: string; actorKind: string; roles: string; action: string; method: string; route: string;
  path: string; subject: string | null; data: string; purpose: string; status: number; clientIp: string | null;
  userAgent: string | null; apiKeyId: string | null; previousHash: string; hash: string;
}
export interface AuditPage { entries: AuditEntry[]; nextBefore: number | null }
export interface AuditVerification { intact: boolean; entriesChecked: number; firstBrokenSeq: number | null; reason: string | null; lastHash: string | null; verifiedAt: string }
export interface AuditFilter { from?: string; to?: string; actor?: string; subject?: string; action?: string; data?: string }

export interface ImpactRow { category: string; people: number; counted: number; rate: number; impactRatio: number | null; belowFourFifths: boolean; warning: string | null }
export interface ImpactReport { people: number; median: number | null; rows: ImpactRow[]; categoriesExcluded: number }
export interface BiasSection { measure: string; attribute: string; report: ImpactReport }
export interface BiasAuditSummary { jobId: string; auditDate: string; dataSource: string; peopleAssessed: number; unknownCategory: Record<string, number>; sections: BiasSection[] }

const clean = (filter: AuditFilter) => Object.fromEntries(Object.entries(filter).filter(([, v]) => v));

export const audit = {
  page: (filter: AuditFilter, before: number | null, pageSize = 50) => http.get<AuditPage>("/api/audit", { ...clean(filter), before, pageSize }),
  verify: () => http.get<AuditVerification>("/api/audit/verify"),
  exportUrl: (filter: AuditFilter, format: "csv" | "jsonl") => "/api/audit/export" + queryString({ ...clean(filter), format }),
};

export const fairness = {
  report: (jobId: string) => http.get<BiasAuditSummary>(`/api/jobs/${encodeURIComponent(jobId)}/adverse-impact`),
  exportUrl: (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/adverse-impact?format=csv`,
};
