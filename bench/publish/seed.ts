import { spawn } from 'node:child_process';
import type { ResultsFolder } from '../../src/publish/results-folder.js';
import { prepareRuns, type PublishContext } from '../../src/publish/prepare.js';
import { outputPolicy } from '../../src/publish/outputs.js';
import { resolvePublishConfig } from '../../src/publish/options.js';
import { addRun, emptyManifest } from '../../src/publish/manifest.js';
import { paths } from '../../src/publish/layout.js';
import {
  PROTOCOL_VERSION,
  type Baselines,
  type MonthIndex,
  type RunRow,
  type Series,
} from '../../src/publish/protocol.js';

const DAY = 86_400_000;

/**
 * Writes a pages branch of `runs` synthetic runs straight into a bare repository in one commit
 * (git fast-import), with the files a publisher would have written: per-run files made by the
 * publisher's own prepareRuns, shared files built from the same rows. PR runs lie in the last
 * `prDays` days (older ones would have been pruned), the rest spread over `months` months.
 */
export async function seedBranch(options: {
  repo: string;
  branch: string;
  runs: number;
  months: number;
  prShare: number;
  prDays: number;
  templates: ResultsFolder[];
  now: Date;
}): Promise<void> {
  const policy = outputPolicy(resolvePublishConfig({ head_size: 2 }));
  const manifest = emptyManifest('owner/repo', 'main');
  const months = new Map<string, RunRow[]>();
  const series = new Map<string, RunRow[]>();
  const baselines: Baselines = { schema_version: PROTOCOL_VERSION, baselines: [] };
  const fi = spawn('git', ['--git-dir', options.repo, 'fast-import', '--quiet'], {
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) =>
    fi.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))),
  );
  let mark = 0;
  const write = async (chunk: Buffer | string) => {
    if (!fi.stdin.write(chunk)) await new Promise((r) => fi.stdin.once('drain', r));
  };
  const files: { path: string; mark: number }[] = [];
  const blob = async (path: string, data: Buffer | string) => {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    await write(`blob\nmark :${++mark}\ndata ${bytes.length}\n`);
    await write(bytes);
    await write('\n');
    files.push({ path, mark });
  };

  const span = options.months * 30 * DAY;
  for (let i = 0; i < options.runs; i++) {
    const template = options.templates[i % options.templates.length];
    const pr = i % 100 < options.prShare * 100;
    const age = pr ? ((i * 7919) % options.prDays) * DAY + 3_600_000 : span * (1 - i / options.runs) + DAY;
    const started = new Date(options.now.getTime() - age).toISOString();
    const model = template.summary.models[0];
    const kind = pr ? 'pr' : model.role === 'training' ? 'sweep' : i % 10 === 0 ? 'manual' : 'branch';
    const runId = `r${String(i).padStart(5, '0')}`;
    const results: ResultsFolder = {
      run: { ...template.run, run_id: runId, kind, started_at: started, finished_at: started },
      summary: {
        ...template.summary,
        run_id: runId,
        models: [{ ...model, step: kind === 'sweep' ? i * 10 : null }],
      },
      records: new Map([
        [model.model, (template.records.get(model.model) ?? []).map((r) => ({ ...r, run_id: runId }))],
      ]),
    };
    const context: PublishContext = {
      repository: 'owner/repo',
      defaultBranch: 'main',
      kind,
      branch: pr ? `feature-${i % 50}` : 'main',
      sha: i.toString(16).padStart(40, '0'),
      pr: pr ? i : null,
    };
    const verdict = i % 37 === 0 ? 'regression' : 'pass';
    const [run] = prepareRuns(results, context, policy, {
      models: [{ model: model.model, verdict, tasks: [{ task: model.tasks[0].task, verdict }] }],
    });
    for (const f of run.files) {
      // Records of PR runs older than the retention's 30 days are gone, as a publisher would have left them.
      if (pr && f.name === 'records.jsonl.gz' && age > 30 * DAY) continue;
      await blob(`${run.dir}/${f.name}`, f.data);
    }
    if (!months.has(run.month)) months.set(run.month, []);
    months.get(run.month)!.push(run.row);
    if (!pr) {
      if (!series.has(model.model)) series.set(model.model, []);
      series.get(model.model)!.push(run.row);
    }
    addRun(manifest, { row: run.row, month: run.month, tasks: run.tasks, alert: run.alert, isNew: true });
    if (run.autoPromote) {
      baselines.baselines = baselines.baselines.filter(
        (b) => !(b.model === run.row.model && b.suite === run.row.suite && b.branch === 'main'),
      );
      baselines.baselines.push({
        branch: 'main',
        model: run.row.model,
        suite: run.row.suite,
        run_id: run.id,
        path: run.row.path,
        created_at: run.row.created_at,
        promoted_at: run.row.created_at,
        by: 'auto',
        reason: 'seed',
      });
    }
  }
  const byTime = (a: RunRow, b: RunRow) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0;
  for (const [month, rows] of months)
    await blob(
      paths.month(month),
      `${JSON.stringify({ schema_version: PROTOCOL_VERSION, month, runs: rows.sort(byTime) } satisfies MonthIndex)}\n`,
    );
  for (const [model, rows] of series) {
    const points = rows.sort(byTime).map(({ model: _m, role: _r, pr: _p, best: _b, ...point }) => point);
    await blob(
      paths.series(model),
      `${JSON.stringify({ schema_version: PROTOCOL_VERSION, model, role: rows[0].role, points } satisfies Series)}\n`,
    );
  }
  manifest.generated_at = options.now.toISOString();
  manifest.retention = {
    pr_pruned_before: new Date(options.now.getTime() - 90 * DAY).toISOString(),
    records_dropped_before: new Date(options.now.getTime() - 30 * DAY).toISOString(),
  };
  await blob(paths.manifest, `${JSON.stringify(manifest)}\n`);
  await blob(paths.baselines, `${JSON.stringify(baselines)}\n`);
  await blob('.nojekyll', '');

  const message = `seed ${options.runs} runs`;
  await write(
    `commit refs/heads/${options.branch}\ncommitter bench <bench@example.com> ${Math.floor(options.now.getTime() / 1000)} +0000\ndata ${message.length}\n${message}\n`,
  );
  for (const f of files) await write(`M 100644 :${f.mark} ${f.path}\n`);
  await write('\n');
  fi.stdin.end();
  await done;
}
