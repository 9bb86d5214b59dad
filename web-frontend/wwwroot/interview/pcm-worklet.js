// AudioWorklet: the microphone downsampled to 16 kHz mono, posted as one Int16 little-endian chunk per second.
const targetRate = 16000;
const chunkSamples = targetRate; // one second = 32,000 bytes

class PcmChunker extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / targetRate; // input samples per output sample
    this.recording = false;
    this.reset();
    this.port.onmessage = (e) => {
      if (e.data === "start") { this.reset(); this.recording = true; }
      else if (e.data === "stop") { this.recording = false; this.flush(true); }
    };
  }

  reset() {
    this.out = new Int16Array(chunkSamples);
    this.filled = 0;
    this.position = 0; // where the next output sample starts, in input samples from acc's start
    this.sum = 0;
    this.count = 0;
  }

  // Box filter: each output sample is the mean of the input samples it spans (a low-pass good enough for speech).
  process(inputs) {
    const input = inputs[0];
    if (!this.recording || !input || input.length === 0) return true;
    const frames = input[0].length;
    for (let i = 0; i < frames; i++) {
      let v = input[0][i];
      if (input.length > 1) { for (let c = 1; c < input.length; c++) v += input[c][i]; v /= input.length; }
      this.sum += v;
      this.count++;
      this.position += 1;
      if (this.position >= this.ratio) {
        this.position -= this.ratio;
        const mean = this.sum / this.count;
        this.sum = 0;
        this.count = 0;
        const clipped = Math.max(-1, Math.min(1, mean));
        this.out[this.filled++] = clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff;
        if (this.filled === chunkSamples) this.flush(false);
      }
    }
    return true;
  }

  flush(final) {
    if (this.filled > 0) {
      // Little-endian whatever the platform's byte order, in a tight buffer handed over without a copy.
      const chunk = new ArrayBuffer(this.filled * 2);
      const view = new DataView(chunk);
      for (let i = 0; i < this.filled; i++) view.setInt16(i * 2, this.out[i], true);
      this.port.postMessage({ chunk, final }, [chunk]);
    } else if (final) {
      this.port.postMessage({ chunk: null, final });
    }
    this.out = new Int16Array(chunkSamples);
    this.filled = 0;
  }
}

registerProcessor("pcm-chunker", PcmChunker);
