// The fallback for browsers that cannot capture live (some in-app browsers): the phone's own camera app records the
// answer through <input type="file" accept="video/*" capture="user">, and the file is uploaded resumably; the server
// decodes it into the same frames and audio the live page sends (web-frontend/Answers/RecordingIngest.cs).
import { t } from "./i18n.js";
import { uploadRecording } from "../shared/api.js";
import { Capture } from "./capture.js";

const $ = (selector) => document.querySelector(selector);
const modeKey = "bankhire.interview.cameraApp";

/** Whether answers are recorded with the camera app: always when live capture is impossible, else the candidate's choice. */
export const usesCameraApp = () => !Capture.supported() || sessionStorage.getItem(modeKey) === "1";

export function chooseCameraApp(on) {
  if (on) sessionStorage.setItem(modeKey, "1");
  else sessionStorage.removeItem(modeKey);
}

/** Live capture can be chosen again only where it exists. */
export const canSwitchBack = () => Capture.supported();

/**
 * Waits for the candidate to record (or choose) a video and uploads it; resolves to the decoded { frameCount, audioCount }.
 * Without <upload> (no consent covers any of it) the chosen file is not sent and nothing is decoded.
 * An upload that fails for good (a file that is not a video) leaves the input ready for another file.
 */
export function answerWithCameraApp(q, interviewId, { resumed, explain, upload = true }) {
  const input = $("#answer-file");
  const status = $("#file-status");
  const progress = $("#file-progress");
  input.value = "";
  input.disabled = false;
  progress.value = 0;
  $("#file-how").textContent = t("fileHow", { minutes: Math.max(1, Math.ceil(q.answerSeconds / 60)) });
  status.textContent = resumed ? t("fileResume") : "";
  return new Promise((resolve) => {
    input.onchange = async () => {
      const file = input.files?.[0];
      if (!file) return;
      input.disabled = true;
      if (!upload) {
        input.onchange = null;
        return resolve({ frameCount: 0, audioCount: 0 });
      }
      try {
        const decoded = await uploadRecording(interviewId, q.id, q.attempt, file, {
          onProgress: (share) => {
            progress.value = share;
            status.textContent = share < 1 ? t("fileUploading", { percent: Math.floor(share * 100) }) : t("fileProcessing");
          },
          onRetry: () => { status.textContent = t("fileRetrying"); },
        });
        input.onchange = null;
        resolve(decoded);
      } catch (e) {
        status.textContent = explain(e);
        input.value = "";
        input.disabled = false;
      }
    };
  });
}
