// AudioWorklet: the microphone resampled to 16 kHz mono, posted as one Int16 little-endian chunk per second.
// Resampling: a windowed-sinc low-pass (cut-off 7.2 kHz, below the new Nyquist of 8 kHz) evaluated at the
// fractional input position of every output sample, so speech keeps its consonants for speech-to-text.
const targetRate = 16000;
const chunkSamples = targetRate; // one second = 32,000 bytes
const halfTaps = 16; // input samples each side of the output position
const phases = 256; // fractional positions the filter is tabulated at

class PcmResampler extends AudioWorkletProcessor {
  constructor() {
    super();
    this.step = sampleRate / targetRate; // input samples per output sample
    this.cutoff = Math.min(1, targetRate / sampleRate) * 0.9; // as a fraction of the input Nyquist
    this.table = this.tabulate();
    this.recording = false;
    this.history = new Float32Array(4096); // input ring buffer
    this.written = 0; // input samples written so far
    this.next = halfTaps; // input position (absolute) of the next output sample
    this.reset();
    this.port.onmessage = (e) => {
      if (e.data === "start") { this.reset(); this.recording = true; this.next = this.written + halfTaps; }
      else if (e.data === "stop") { this.recording = false; this.flush(true); }
    };
  }

  reset() {
    this.out = new Int16Array(chunkSamples);
    this.filled = 0;
  }

  /** The filter at every tabulated phase, each row normalised to unit gain at 0 Hz. */
  tabulate() {
    const taps = 2 * halfTaps;
    const table = new Float32Array((phases + 1) * taps);
    for (let p = 0; p <= phases; p++) {
      const frac = p / phases;
      let sum = 0;
      for (let j = 0; j < taps; j++) sum += (table[p * taps + j] = this.kernel(j - halfTaps + 1 - frac));
      for (let j = 0; j < taps; j++) table[p * taps + j] /= sum;
    }
    return table;
  }

  kernel(x) {
    // sinc low-pass × Blackman window over [-halfTaps, halfTaps]
    if (Math.abs(x) >= halfTaps) return 0;
    const t = Math.PI * x * this.cutoff;
    const sinc = x === 0 ? 1 : Math.sin(t) / t;
    const w = 0.42 + 0.5 * Math.cos(Math.PI * x / halfTaps) + 0.08 * Math.cos(2 * Math.PI * x / halfTaps);
    return this.cutoff * sinc * w;
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) return true;
    const frames = input[0].length;
    const size = this.history.length;
    for (let i = 0; i < frames; i++) {
      let v = input[0][i];
      if (input.length > 1) { for (let c = 1; c < input.length; c++) v += input[c][i]; v /= input.length; }
      this.history[this.written % size] = v;
      this.written++;
    }
    if (!this.recording) return true;
    // Every output sample whose window of input is complete.
    while (this.next + halfTaps < this.written) {
      const centre = Math.floor(this.next);
      const frac = this.next - centre;
      const row = Math.round(frac * phases) * 2 * halfTaps;
      let acc = 0;
      for (let j = 0; j < 2 * halfTaps; j++) acc += this.history[(centre + j - halfTaps + 1) % size] * this.table[row + j];
      const clipped = Math.max(-1, Math.min(1, acc));
      this.out[this.filled++] = clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff;
      if (this.filled === chunkSamples) this.flush(false);
      this.next += this.step;
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
    this.reset();
  }
}

registerProcessor("pcm-chunker", PcmResampler);
