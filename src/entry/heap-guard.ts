import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options?: { type: 'major'; execution: 'sync'; flavor: 'regular' | 'last-resort' }) => void;

/**
 * The young generation stops growing once it holds this much. Left alone, V8 grows it to over
 * 100 MB on a long run's surviving garbage (requests in flight outlive a few scavenges, and so
 * does a large plan while it is built). The cap is a V8 flag that takes effect at run time,
 * unlike --max-semi-space-size, which only a command line can pass (and a shebang cannot,
 * portably: BusyBox's env has no -S).
 */
const YOUNG_CAP_BYTES = 32 * 1024 * 1024;

/**
 * Keeps a long run's memory flat. V8 sizes the old generation for the machine (gigabytes) and
 * collects it lazily, so a run of tens of thousands of requests holds hundreds of megabytes of
 * garbage (the SDK allocates tens of kilobytes per request) while its live data stays small
 * (bench/README.md: how it was measured). A full collection whenever the heap passes a threshold
 * above the live data costs milliseconds and keeps the peak near it. The young generation is
 * capped as soon as it reaches YOUNG_CAP_BYTES; one found far above it is first shrunk by V8's
 * last-resort collection, the only kind that shrinks it.
 */
export function createHeapGuard(options: { floorBytes: number; everyRecords: number }): () => void {
  let count = 0;
  let threshold = options.floorBytes;
  let youngCapped = false;
  return () => {
    count++;
    // A look every few records: the young generation grows by doubling, a scavenge at a time.
    if (!youngCapped && count % 10 === 0) youngCapped = capYoungGeneration();
    if (count % options.everyRecords !== 0) return;
    if (v8.getHeapStatistics().used_heap_size < threshold) return;
    collect('regular');
    // Room above what is live now, so a growing live set does not collect on every check.
    threshold = Math.max(options.floorBytes, v8.getHeapStatistics().used_heap_size * 1.25);
  };
}

/** True once the young generation can grow no more. */
function capYoungGeneration(): boolean {
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  if (young < YOUNG_CAP_BYTES) return false;
  if (young > 2 * YOUNG_CAP_BYTES) {
    // Shrink first (it grows back to the cap by doubling), or it would stay this large.
    collect('last-resort');
    return false;
  }
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

let exposedGc: Collect | undefined;

function collect(flavor: 'regular' | 'last-resort'): void {
  if (!exposedGc) {
    // `gc` is exposed to contexts created after the flag is set; nothing else changes.
    v8.setFlagsFromString('--expose-gc');
    exposedGc = vm.runInNewContext('gc') as Collect;
  }
  exposedGc({ type: 'major', execution: 'sync', flavor });
}

/**
 * The guard the entry points hand a run (`RunOptions.onRecordWritten`): it tunes the whole
 * process, so only the CLI and the Action, which own the process, install it.
 * `EVALWARDEN_HEAP_GUARD=off` leaves V8's defaults alone (for a host that tunes its own heap).
 */
export function heapGuardFromEnv(env: Record<string, string | undefined>): (() => void) | undefined {
  if (env.EVALWARDEN_HEAP_GUARD === 'off') return undefined;
  return createHeapGuard({ floorBytes: 128 * 1024 * 1024, everyRecords: 100 });
}
