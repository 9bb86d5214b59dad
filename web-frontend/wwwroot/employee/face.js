// Face check-in on the employee page: consent of its own, enrolment, and a live check — a random challenge (blink or
// turn), about 2.5 s of frames from the camera (never a file), judged and compared by the server.
import { t } from "./i18n.js";
import { send } from "../shared/api.js";

const $ = (selector) => document.querySelector(selector);
const FRAMES = 12;
const EVERY_MS = 220;

export async function faceStatus() {
  return send("GET", "/api/employee/face");
}

export async function setConsent(consent) {
  return send("PUT", "/api/employee/face/consent", { consent });
}

/** Opens the front camera in the page's preview; the caller stops it. */
async function openCamera() {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "user", width: 640, height: 480 }, audio: false });
  const video = $("#face-video");
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  return { video, stop: () => { stream.getTracks().forEach((track) => track.stop()); video.hidden = true; video.srcObject = null; } };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Frames as base64 JPEGs, taken while the person does the challenge. */
async function capture(video) {
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth || 640;
  canvas.height = video.videoHeight || 480;
  const context = canvas.getContext("2d");
  const frames = [];
  for (let i = 0; i < FRAMES; i++) {
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    frames.push(canvas.toDataURL("image/jpeg", 0.8).split(",")[1]);
    await pause(EVERY_MS);
  }
  return frames;
}

/** One live check: challenge, instruction, frames; `path` is "enrol" or "verify". */
export async function liveCheck(path) {
  const challenge = await send("POST", "/api/employee/face/challenge", {});
  const camera = await openCamera();
  try {
    $("#face-instruction").textContent = t(`challenge_${challenge.kind}`);
    await pause(600);
    const frames = await capture(camera.video);
    $("#face-instruction").textContent = t("faceChecking");
    return await send("POST", `/api/employee/face/${path}`, { challengeId: challenge.id, frames });
  } finally {
    camera.stop();
  }
}
