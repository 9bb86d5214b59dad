// Numbered answer chunks, kept in IndexedDB until the server acknowledges them, sent in order with retries
// (frames a few to a request).
import { portal, ApiError, NetworkError, backoff, waitForNetwork } from "../shared/api.js";

const dbName = "bankhire-interview";
let dbPromise = null;

function openDb() {
  dbPromise ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore("chunks", { keyPath: "key" });
      store.createIndex("stream", "stream");
      store.createIndex("interview", "interviewId");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return dbPromise;
}

async function tx(mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const t = db.transaction("chunks", mode);
    const result = work(t.objectStore("chunks"));
    t.oncomplete = () => resolve(result?.result ?? result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

/** Frames go two at a time (one request a second at 2 fps, not two); audio one second at a time, for live speech. */
const framesPerUpload = 2;
/** How long a lone frame waits for company before it goes alone (the live hints come this much later at most). */
const frameLingerMs = 600;
/** A backlog (after a dropped network) goes up to this many frames a request; the server takes 8. */
const maxFramesPerUpload = 8;

const streamKey = (interviewId, questionId, attempt, kind) => `${interviewId}/${questionId}/${attempt}/${kind}`;

/** Every stored chunk of the interview (after a refresh), as { stream, questionId, attempt, kind, seq }. */
export async function storedChunks(interviewId) {
  const all = await tx("readonly", (s) => s.index("interview").getAll(interviewId));
  return all.map(({ body, ...rest }) => rest);
}

/** Drops the stored chunks of a question (its answer is finished on the server). */
export async function forgetQuestion(interviewId, questionId) {
  const keys = (await storedChunks(interviewId)).filter((c) => c.questionId === questionId).map((c) => c.key);
  if (keys.length) await tx("readwrite", (s) => keys.forEach((k) => s.delete(k)));
}

/** What the tests (and a curious person in DevTools) can read: every queue's acknowledgements. */
export const uploadStats = {};
window.bankhireUploads = uploadStats;

/** The queue of one (question, attempt, kind). */
export class UploadQueue {
  constructor(interviewId, questionId, attempt, kind, nextSeq = 0) {
    Object.assign(this, { interviewId, questionId, attempt, kind, nextSeq });
    this.stream = streamKey(interviewId, questionId, attempt, kind);
    this.pending = new Map(); // seq → body, not yet acknowledged
    this.running = false;
    this.offline = false;
    this.lost = new Set(); // reported missing, but no longer held here
    this.listeners = new Set();
    this.flushing = false;
    this.oneByOne = new Set(); // seqs of an upload refused as a whole: sent alone, so only a bad one is dropped
    this.stats = uploadStats[this.stream] ??= { storedSeqs: [], resent: 0, puts: 0, networkErrors: 0, rejected: [], lastAck: null };
  }

  /** Picks up the chunks a previous page left unacknowledged. */
  async restore() {
    const rows = await tx("readonly", (s) => s.index("stream").getAll(this.stream));
    for (const row of rows) {
      this.pending.set(row.seq, row.body);
      this.nextSeq = Math.max(this.nextSeq, row.seq + 1);
    }
    this.kick();
    return rows.length;
  }

  /** Stores the chunk, then queues it; returns its seq. */
  async add(body) {
    const seq = this.nextSeq++;
    this.pending.set(seq, body);
    try {
      await tx("readwrite", (s) => s.put({ key: `${this.stream}/${seq}`, stream: this.stream, interviewId: this.interviewId,
        questionId: this.questionId, attempt: this.attempt, kind: this.kind, seq, body }));
    } catch {
      // Private mode or a full disk: the chunk still lives in memory until acknowledged.
    }
    this.kick();
    this.notify();
    return seq;
  }

  /** Queues seqs the server says are missing (held in memory or IndexedDB). */
  async resend(seqs) {
    for (const seq of seqs) {
      if (this.pending.has(seq)) continue;
      const row = await tx("readonly", (s) => s.get(`${this.stream}/${seq}`));
      if (row) this.pending.set(seq, row.body);
      else this.lost.add(seq);
    }
    this.kick();
  }

  get size() { return this.pending.size; }

  onChange(listener) { this.listeners.add(listener); return () => this.listeners.delete(listener); }

  notify() { for (const l of this.listeners) l(this); }

  /** Resolves when nothing is left to send. */
  async drained() {
    this.flushing = true;
    this.notify();
    try {
      while (this.pending.size > 0 || this.running) {
        await new Promise((resolve) => { const off = this.onChange(() => { off(); resolve(); }); });
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Waits (at most frameLingerMs) until a full upload of frames is pending or the answer is over. */
  gather() {
    if (this.kind !== "frame" || this.flushing || this.pending.size >= framesPerUpload) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); off(); resolve(); };
      const timer = setTimeout(done, frameLingerMs);
      const off = this.onChange(() => { if (this.flushing || this.pending.size >= framesPerUpload) done(); });
    });
  }

  /** The next seqs to send together: consecutive pending ones from the smallest, never one sent alone before. */
  nextUpload() {
    const first = Math.min(...this.pending.keys());
    const seqs = [first];
    if (this.kind !== "frame" || this.oneByOne.has(first)) return seqs;
    while (seqs.length < maxFramesPerUpload && this.pending.has(first + seqs.length) && !this.oneByOne.has(first + seqs.length)) {
      seqs.push(first + seqs.length);
    }
    return seqs;
  }

  kick() {
    if (this.running || this.pending.size === 0) return;
    this.running = true;
    this.run().finally(() => { this.running = false; this.notify(); if (this.pending.size) this.kick(); });
  }

  async run() {
    let failures = 0;
    while (this.pending.size > 0) {
      await this.gather();
      const seqs = this.nextUpload();
      const bodies = seqs.map((seq) => this.pending.get(seq));
      try {
        this.stats.puts++;
        const ack = seqs.length === 1
          ? await portal.chunk(this.interviewId, this.questionId, this.kind, this.attempt, seqs[0], bodies[0])
          : await portal.chunks(this.interviewId, this.questionId, this.kind, this.attempt, seqs[0], bodies);
        failures = 0;
        this.offline = false;
        this.stats.lastAck = ack;
        const before = new Set(ack.alreadyStoredSeqs ?? (ack.stored ? [] : seqs));
        for (const seq of seqs) {
          if (before.has(seq)) this.stats.resent++; else this.stats.storedSeqs.push(seq);
          this.oneByOne.delete(seq);
          await this.acknowledged(seq);
        }
        if (ack.missingSeqs?.length) await this.resend(ack.missingSeqs.filter((s) => s < this.nextSeq));
      } catch (e) {
        if (e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 429))) {
          this.stats.networkErrors++;
          this.offline = e instanceof NetworkError;
          this.notify();
          await waitForNetwork(backoff(Math.min(failures++, 3)));
        } else if (seqs.length > 1) {
          // One chunk of the upload is refused (or conflicts): send them one by one, so the others still get in.
          for (const seq of seqs) this.oneByOne.add(seq);
        } else {
          // 4xx: the chunk cannot be accepted as it is (bad bytes, a finished interview); sending it again will not help.
          this.stats.rejected.push({ seq: seqs[0], status: e.status, detail: e.message });
          this.oneByOne.delete(seqs[0]);
          await this.acknowledged(seqs[0]);
        }
      }
      this.notify();
    }
  }

  async acknowledged(seq) {
    this.pending.delete(seq);
    try { await tx("readwrite", (s) => s.delete(`${this.stream}/${seq}`)); } catch { /* memory only */ }
  }
}
