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
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(options: { total: number; label: string; log: (line: string) => void; everyMs?: number }) {
    this.#total = options.total;
    this.#label = options.label;
    this.#log = options.log;
    this.#everyMs = options.everyMs ?? 2000;
  }

  /**
   * Prints a line every few seconds even when nothing finishes: a server that accepts requests
   * and never answers would otherwise leave the user with silence for minutes (timeout × retries).
   */
  start(extra?: () => string): this {
    this.#heartbeat = setInterval(() => {
      if (performance.now() - this.#lastPrint < this.#everyMs) return;
      this.#lastPrint = performance.now();
      this.#log(this.line(extra?.()));
    }, this.#everyMs);
    this.#heartbeat.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.#heartbeat);
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
    if (this.#done === 0 && this.#total > 0)
      return `${this.#label} 0/${this.#total} · waiting for the first reply (${Math.floor(seconds)} s)${extra ? ` · ${extra}` : ''}`;
    const rate = this.#done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? Math.ceil((this.#total - this.#done) / rate) : 0;
    const pct = this.#total ? Math.floor((100 * this.#done) / this.#total) : 100;
    return `${this.#label} ${this.#done}/${this.#total} (${pct}%) · ${rate.toFixed(1)}/s · ETA ${eta}s · ${this.#errors} errors${extra ? ` · ${extra}` : ''}`;
  }
}
