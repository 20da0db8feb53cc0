/** Progress lines on stderr: one every few seconds, not a flood. */
export class Progress {
  readonly #total: number;
  readonly #label: string;
  readonly #log: (line: string) => void;
  readonly #everyMs: number;
  readonly #started = performance.now();
  #done = 0;
  #errors = 0;
  #lastPrint = performance.now();

  constructor(options: { total: number; label: string; log: (line: string) => void; everyMs?: number }) {
    this.#total = options.total;
    this.#label = options.label;
    this.#log = options.log;
    this.#everyMs = options.everyMs ?? 2000;
  }

  tick(error: boolean, extra?: () => string): void {
    this.#done++;
    if (error) this.#errors++;
    const now = performance.now();
    if (now - this.#lastPrint >= this.#everyMs) {
      this.#lastPrint = now;
      this.#log(this.line(extra?.()));
    }
  }

  line(extra?: string): string {
    const seconds = (performance.now() - this.#started) / 1000;
    const rate = this.#done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? Math.ceil((this.#total - this.#done) / rate) : 0;
    const pct = this.#total ? Math.floor((100 * this.#done) / this.#total) : 100;
    return `${this.#label} ${this.#done}/${this.#total} (${pct}%) · ${rate.toFixed(1)}/s · ETA ${eta}s · ${this.#errors} errors${extra ? ` · ${extra}` : ''}`;
  }
}
