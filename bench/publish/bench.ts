/**
 * How a publish scales with the size of the pages branch. Seeds two branches (a small and a
 * large one) in one commit each, then times `publishRun` of one more run, several times, on each.
 * Usage (see run.sh): node bench.mjs [--runs 10000] [--small 100] [--tasks 50] [--models 20] [--repeats 5] [--out results.json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { publishRun } from '../../src/publish/index.js';
import { readResultsFolder, type ResultsFolder } from '../../src/publish/results-folder.js';
import { writeResultsFolder } from '../../test/support/results-folder.js';
import { seedBranch } from './seed.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    small: { type: 'string', default: '100' },
    tasks: { type: 'string', default: '50' },
    models: { type: 'string', default: '20' },
    repeats: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const big = Number(values.runs);
const small = Number(values.small);
const taskCount = Number(values.tasks);
const modelCount = Number(values.models);
const repeats = Number(values.repeats);
const work = mkdtempSync(join(tmpdir(), 'ew-bench-publish-'));
const git = (...args: string[]) => execFileSync('git', args, { maxBuffer: 1 << 30 }).toString('utf8');
const now = new Date();
const tasks = Array.from({ length: taskCount }, (_, i) => ({
  task: `task_${String(i).padStart(2, '0')}`,
  items: 4,
  categories: ['a', 'b'],
}));

async function templates(): Promise<ResultsFolder[]> {
  const out: ResultsFolder[] = [];
  for (let m = 0; m < modelCount; m++) {
    const role = m >= modelCount - 4 ? 'training' : m >= modelCount - 6 ? 'reference' : 'candidate';
    const dir = join(work, `template-${m}`);
    await writeResultsFolder(dir, {
      runId: 't',
      tasks,
      models: [{ model: `model-${String(m).padStart(2, '0')}`, role, accuracy: 0.4 + m / 50 }],
    });
    out.push(await readResultsFolder(dir));
  }
  return out;
}

function bareRepo(name: string): string {
  const repo = join(work, `${name}.git`);
  git('init', '--quiet', '--bare', repo);
  // What GitHub offers: no force pushes, partial clone (uploadpack filters) on.
  git('--git-dir', repo, 'config', 'receive.denyNonFastForwards', 'true');
  git('--git-dir', repo, 'config', 'uploadpack.allowFilter', 'true');
  git('--git-dir', repo, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  return repo;
}

function branchStats(repo: string) {
  const files = git('--git-dir', repo, 'ls-tree', '-r', '-l', 'gh-pages')
    .trim()
    .split('\n')
    .map((line) => {
      const [meta, path] = line.split('\t');
      return { path, bytes: Number(meta.trim().split(/\s+/)[3]) };
    });
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const manifest = files.find((f) => f.path === 'data/index.json')!.bytes;
  return { files: files.length, largest, manifest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function seeded(label: string, runs: number, tpl: ResultsFolder[]) {
  const repo = bareRepo(label);
  const t0 = performance.now();
  await seedBranch({
    repo,
    branch: 'gh-pages',
    runs,
    months: 20,
    prShare: 0.4,
    prDays: 90,
    templates: tpl,
    now,
  });
  return { label, runs, repo, seed_s: +((performance.now() - t0) / 1000).toFixed(1), times: [] as number[] };
}

async function publishOnce(branch: { label: string; repo: string; times: number[] }, i: number) {
  const dir = join(work, `${branch.label}-new-${i}`);
  await writeResultsFolder(dir, {
    runId: `new-${i}`,
    tasks,
    startedAt: now.toISOString(),
    models: [{ model: 'model-00', accuracy: 0.5 }],
  });
  const t = performance.now();
  const result = await publishRun({
    resultsDir: dir,
    remote: branch.repo,
    context: { defaultBranch: 'main' },
    now,
    comparison: { models: [{ model: 'model-00', verdict: 'pass', tasks: [] }] },
  });
  branch.times.push(performance.now() - t);
  if (result.status !== 'published') throw new Error(`publish ${i} on ${branch.label}: ${result.status}`);
}

function report(branch: { label: string; runs: number; repo: string; seed_s: number; times: number[] }) {
  const row = {
    label: branch.label,
    runs: branch.runs,
    seed_s: branch.seed_s,
    publish_ms: branch.times.map(Math.round),
    median_ms: Math.round(median(branch.times)),
    ...branchStats(branch.repo),
  };
  console.log(JSON.stringify(row));
  return row;
}

try {
  const tpl = await templates();
  const smallBranch = await seeded('small', small, tpl);
  const bigBranch = await seeded('big', big, tpl);
  // Alternated, so a busy machine slows both sides alike and the ratio stays fair.
  for (let i = 0; i < repeats; i++) {
    await publishOnce(smallBranch, i);
    await publishOnce(bigBranch, i);
  }
  const smallRow = report(smallBranch);
  const bigRow = report(bigBranch);
  const ratio = bigRow.median_ms / smallRow.median_ms;
  const verdict = {
    ratio: +ratio.toFixed(2),
    ratio_ok: ratio <= 3,
    manifest_ok: bigRow.manifest <= 200 * 1024,
    largest_ok: bigRow.largest.bytes <= 5 * 1024 * 1024,
  };
  console.log(JSON.stringify(verdict));
  if (values.out)
    writeFileSync(
      values.out,
      `${JSON.stringify({ date: now.toISOString(), git: git('--version').trim(), node: process.version, tasks: taskCount, models: modelCount, repeats, small: smallRow, big: bigRow, ...verdict }, null, 2)}\n`,
    );
  if (!verdict.ratio_ok || !verdict.manifest_ok || !verdict.largest_ok) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
