// Camera and microphone: the preview, a level meter, JPEG snapshots at 2 fps and 16 kHz PCM chunks.
const maxFrameWidth = 640;
export const framesPerSecond = 2;

export class Capture {
  /** Whether this browser can capture live at all; some in-app browsers have no getUserMedia or AudioWorklet. */
  static supported() {
    return !!(window.isSecureContext && navigator.mediaDevices?.getUserMedia && window.AudioContext && window.AudioWorkletNode);
  }

  /** Asks for the camera and microphone (the browser's prompt); throws the browser's error when refused. */
  async open() {
    if (this.stream) return;
    this.stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: "user", width: { ideal: 640 }, height: { ideal: 480 } },
      // Raw sound: the analysis measures pauses and loudness, which processing would change.
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
    });
    this.audio = new AudioContext();
    await this.audio.audioWorklet.addModule("/interview/pcm-worklet.js");
    this.source = this.audio.createMediaStreamSource(this.stream);
    this.analyser = this.audio.createAnalyser();
    this.analyser.fftSize = 1024;
    this.source.connect(this.analyser);
    this.chunker = new AudioWorkletNode(this.audio, "pcm-chunker", { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: "explicit" });
    const mute = this.audio.createGain();
    mute.gain.value = 0;
    this.source.connect(this.chunker).connect(mute).connect(this.audio.destination); // pulled by the graph, heard by no one
    this.canvas = document.createElement("canvas");
    this.samples = new Float32Array(this.analyser.fftSize);
  }

  /** Must run from a click (autoplay rules): the audio graph may start suspended. */
  async resume() { if (this.audio?.state === "suspended") await this.audio.resume(); }

  attach(video) {
    if (video.srcObject !== this.stream) video.srcObject = this.stream;
    video.play?.().catch(() => {});
  }

  /** 0–1: the microphone's loudness now (RMS scaled so speech fills most of the meter). */
  level() {
    if (!this.analyser) return 0;
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const s of this.samples) sum += s * s;
    return Math.min(1, Math.sqrt(sum / this.samples.length) * 4);
  }

  /** One JPEG of the camera, at most 640 px wide. */
  /** Whether the picture is blank: (nearly) one flat colour, as a covered or dead camera sends. Measured on a 32×24 copy. */
  isBlank(video) {
    if (!video.videoWidth || !video.videoHeight) return true;
    const probe = this.probe ??= document.createElement("canvas");
    probe.width = 32;
    probe.height = 24;
    const context = probe.getContext("2d", { willReadFrequently: true });
    context.drawImage(video, 0, 0, 32, 24);
    const { data } = context.getImageData(0, 0, 32, 24);
    let sum = 0, squares = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const luma = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
      sum += luma;
      squares += luma * luma;
    }
    const mean = sum / n;
    const spread = Math.sqrt(Math.max(0, squares / n - mean * mean));
    return mean < 8 || spread < 2; // black, or flat: no scene at all
  }

  async snapshot(video) {
    const w = video.videoWidth, h = video.videoHeight;
    if (!w || !h) return null;
    const scale = Math.min(1, maxFrameWidth / w);
    this.canvas.width = Math.round(w * scale);
    this.canvas.height = Math.round(h * scale);
    this.canvas.getContext("2d").drawImage(video, 0, 0, this.canvas.width, this.canvas.height);
    return new Promise((resolve) => this.canvas.toBlob(resolve, "image/jpeg", 0.8));
  }

  /**
   * Records until stop(): onFrame(jpegBlob) twice a second, onAudio(arrayBuffer) once a second (the last one shorter).
   * Returns { stop } — stop() resolves once the last audio chunk has been handed over.
   */
  record(video, { onFrame, onAudio }) {
    let stopped = false;
    let finalAudio;
    const finalReceived = new Promise((resolve) => { finalAudio = resolve; });
    this.chunker.port.onmessage = (e) => {
      if (e.data.chunk) onAudio(e.data.chunk);
      if (e.data.final) finalAudio();
    };
    this.chunker.port.postMessage("start");
    const started = performance.now();
    let taken = 0;
    const tick = async () => {
      if (stopped) return;
      // Due frames by the clock, so a busy tab catches up instead of drifting.
      const due = Math.floor((performance.now() - started) / (1000 / framesPerSecond)) + 1;
      if (taken < due) {
        taken = due;
        const jpeg = await this.snapshot(video);
        if (jpeg && !stopped) onFrame(jpeg);
      }
      timer = setTimeout(tick, 100);
    };
    let timer = setTimeout(tick, 0);
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        this.chunker.port.postMessage("stop");
        await Promise.race([finalReceived, new Promise((r) => setTimeout(r, 1000))]);
      },
    };
  }
}
