// Every call the console makes goes through here: same-origin JSON with the session cookie, and a refusal turned
// into an ApiError carrying the server's ProblemDetails (status, field, code) so forms can show it by the field.

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  field?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status(): number { return this.problem.status; }
}

/** Called when a request answers 401 (the session ended); the app shows the sign-in again. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void): void { onSignedOut = handler; }

export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = await response.json();
    return { status: response.status, ...body };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !path.startsWith("/api/auth/login")) onSignedOut();
  if (!response.ok) throw new ApiError(await problemOf(response));
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("Content-Type") ?? "";
  return (type.includes("json") ? await response.json() : await response.text()) as T;
}

export const http = {
  get: <T>(path: string, query?: Query) => call<T>("GET", path + queryString(query)),
  post: <T>(path: string, body?: unknown) => call<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => call<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => call<T>("PATCH", path, body),
  delete: <T>(path: string) => call<T>("DELETE", path),
};
