// The one API module of the candidate and employee pages: the credential header, ProblemDetails errors, retries; and the
// candidate portal calls (see CandidatePortal/README.md).
const tokenKey = "bankhire.interview.token";

/** Takes the token from #token=… (then strips it from the address bar) or from this tab's storage. */
export function takeToken() {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  const fromLink = hash.get("token");
  if (fromLink) {
    sessionStorage.setItem(tokenKey, fromLink);
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem(tokenKey);
}

let token = null;
let tokenHeader = "X-Invitation-Token";
/** The credential every call carries: the invitation token, or (employee page) the sign-in code under its own header. */
export const setToken = (value, header = "X-Invitation-Token") => { token = value; tokenHeader = header; };

/** An error with the server's ProblemDetails (status, detail, field and any extensions). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** A fetch failure: no response at all (offline, connection dropped). */
export class NetworkError extends Error {}

export async function send(method, path, body, contentType, extraHeaders = {}) {
  const headers = { ...extraHeaders, [tokenHeader]: token ?? "" };
  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && !(body instanceof ArrayBuffer) && !ArrayBuffer.isView(body)) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  } else if (contentType) {
    headers["Content-Type"] = contentType;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, cache: "no-store" });
  } catch (e) {
    throw new NetworkError(e?.message || "network error");
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  const type = response.headers.get("Content-Type") || "";
  return type.includes("json") ? response.json() : null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the browser to say it is online again, or <ms>, whichever is first. */
export function waitForNetwork(ms) {
  return new Promise((resolve) => {
    const done = () => { window.removeEventListener("online", done); clearTimeout(timer); resolve(); };
    const timer = setTimeout(done, ms);
    window.addEventListener("online", done);
  });
}

/** Backoff for attempt n (0-based): 0.5 s doubling to 8 s, with jitter. */
export const backoff = (n) => Math.min(8000, 500 * 2 ** n) * (0.75 + Math.random() * 0.5);

/**
 * The same call again after network errors and 5xx/429 (every candidate call is safe to repeat: begin,
 * finish and start say so in the contract), up to <tries> times.
 */
export async function call(method, path, body, { tries = 8, onRetry } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(method, path, body);
    } catch (e) {
      const transient = e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 429));
      if (!transient || attempt + 1 >= tries) throw e;
      onRetry?.(e, attempt);
      await waitForNetwork(backoff(attempt));
    }
  }
}

export const portal = {
  view: () => call("GET", "/api/candidate/interview"),
  consent: (choices) => call("POST", "/api/candidate/interview/consent", choices),
  withdraw: () => call("POST", "/api/candidate/interview/consent/withdraw", {}),
  deviceCheck: (jpeg) => send("POST", "/api/candidate/interview/device-check", jpeg, "image/jpeg"),
  start: () => call("POST", "/api/candidate/interview/start", {}),
  begin: (questionId, retake) => call("POST", `/api/candidate/interview/questions/${encodeURIComponent(questionId)}/begin`, { retake: !!retake }),
  finish: (questionId, body) => send("POST", `/api/candidate/interview/questions/${encodeURIComponent(questionId)}/finish`, body),
  hints: (questionId) => send("GET", `/api/candidate/interview/hints?questionId=${encodeURIComponent(questionId)}`),
  integrity: (kind, questionId) => call("POST", "/api/candidate/interview/integrity", { kind, questionId: questionId ?? null, at: new Date().toISOString() }, { tries: 4 }),
  complete: () => call("POST", "/api/candidate/interview/complete", {}),
  feedback: () => call("GET", "/api/candidate/interview/feedback"),
  chunk: (interviewId, questionId, kind, attempt, seq, body) => send("PUT",
    `/api/interviews/${interviewId}/answers/${encodeURIComponent(questionId)}/chunks/${seq}?kind=${kind}&attempt=${attempt}`,
    body, kind === "frame" ? "image/jpeg" : "audio/L16;rate=16000"),
  /** Consecutive chunks from seq on in one request (multipart/mixed, one part each). */
  chunks: (interviewId, questionId, kind, attempt, seq, bodies) => {
    const boundary = `bankhire-${crypto.randomUUID?.() ?? Math.random().toString(36).slice(2)}`;
    const type = kind === "frame" ? "image/jpeg" : "audio/L16;rate=16000";
    const parts = bodies.flatMap((body) => [`--${boundary}\r\nContent-Type: ${type}\r\n\r\n`, body, "\r\n"]);
    return send("PUT",
      `/api/interviews/${interviewId}/answers/${encodeURIComponent(questionId)}/chunks/${seq}?kind=${kind}&attempt=${attempt}`,
      new Blob([...parts, `--${boundary}--\r\n`]), `multipart/mixed; boundary=${boundary}`);
  },
};

const recordingPath = (interviewId, questionId, attempt, step = "") =>
  `/api/interviews/${interviewId}/answers/${encodeURIComponent(questionId)}/recording${step}?attempt=${attempt}`;

/** A part small enough to resend cheaply on a weak mobile connection (the server takes up to 4 MB). */
const recordingPartBytes = 1024 * 1024;

/**
 * Uploads a recording made with the phone's own camera, resumably: the server says how many bytes it already holds
 * (a reload, a dropped connection or the same file chosen again continues from there), each part is acknowledged once
 * stored, then the server decodes it into the answer's frames and audio. Resolves to the decoded counts
 * ({ frameCount, audioCount }); onProgress(0–1) as parts are acknowledged.
 */
export async function uploadRecording(interviewId, questionId, attempt, file, { onProgress, onRetry } = {}) {
  const path = recordingPath(interviewId, questionId, attempt);
  let status = await call("POST", path, { length: file.size }, { onRetry });
  for (let round = 0; !status.complete;) {
    onProgress?.(status.offset / file.size);
    try {
      const part = file.slice(status.offset, Math.min(file.size, status.offset + recordingPartBytes));
      status = await send("PATCH", path, part, "application/offset+octet-stream", { "Upload-Offset": String(status.offset) });
      round = 0;
    } catch (e) {
      const transient = e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 429));
      const stale = e instanceof ApiError && e.problem.code === "offsetMismatch";
      if (!transient && !stale) throw e;
      if (transient) { onRetry?.(e, round); await waitForNetwork(backoff(Math.min(round++, 4))); }
      status = await call("GET", path, undefined, { onRetry }); // where the server stands is the truth
    }
  }
  onProgress?.(1);
  return call("POST", recordingPath(interviewId, questionId, attempt, "/finish"), {}, { onRetry });
}

export { sleep };
