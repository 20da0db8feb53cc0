import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Keeps a long run's memory flat. V8 sizes the old generation for the machine (gigabytes) and
 * collects it lazily, so a run of tens of thousands of requests holds hundreds of megabytes of
 * garbage (the SDK allocates tens of kilobytes per request) while its live data stays small
 * (bench/README.md: how it was measured). A full collection whenever the heap passes a threshold
 * above the live data costs milliseconds and keeps the peak near it.
 */
export function createHeapGuard(options: { floorBytes: number; everyRecords: number }): () => void {
  let gc: (() => void) | undefined;
  let count = 0;
  let threshold = options.floorBytes;
  return () => {
    if (++count % options.everyRecords !== 0) return;
    if (v8.getHeapStatistics().used_heap_size < threshold) return;
    if (!gc) {
      // `gc` is exposed to contexts created after the flag is set; nothing else changes.
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    }
    gc();
    // Room above what is live now, so a growing live set does not collect on every check.
    threshold = Math.max(options.floorBytes, v8.getHeapStatistics().used_heap_size * 1.25);
  };
}
