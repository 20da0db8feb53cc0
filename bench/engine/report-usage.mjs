// Preloaded into the measured `evalwarden run` process (node --import): on exit it writes the
// process's own CPU time and peak RSS, so the benchmark measures evalwarden, not the simulator.
import { writeFileSync } from 'node:fs';

const file = process.env.EVALWARDEN_BENCH_USAGE;
process.on('exit', () => {
  const usage = process.resourceUsage();
  if (file)
    writeFileSync(
      file,
      JSON.stringify({
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
        maxRssMb: usage.maxRSS / 1024,
      }),
    );
});
