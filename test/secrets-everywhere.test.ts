import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { scrubber, secretValues } from '../src/model/index.js';
import { startSim } from '../src/sim/index.js';
import { readResults, runCli, tempProject, writeConfig, writeJsonl } from './support/engine.js';
import { writeResultsFolder } from './support/results-folder.js';

const rows = Array.from({ length: 30 }, (_, i) => ({
  id: `s-${i}`,
  question: `Explain topic ${i} briefly.`,
  answer: `reference answer ${i}`,
}));
const items = rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' }));

// None starts with sk-: the generic sk-… pattern must not be what hides them.
const KEYS = {
  CAND_KEY: 'cand-WRONGKEY-a1b2c3d4e5',
  JUDGE_KEY: 'judge-WRONGKEY-f6g7h8i9j0',
  REF_KEY: 'ref-WRONGKEY-k1l2m3n4o5',
  GITHUB_TOKEN: 'ghp_TOKENVALUE0123456789abcdefABCDEF',
};

async function everyFile(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Every blob of every commit of a bare repository, gzipped ones unpacked, and every message. */
function everyBlob(gitDir: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 256 * 1024 * 1024 });
  const parts = [git('log', '--all', '--format=%B').toString('utf8')];
  for (const commit of git('rev-list', '--all').toString('utf8').split('\n').filter(Boolean)) {
    for (const line of git('ls-tree', '-r', commit).toString('utf8').split('\n').filter(Boolean)) {
      const [meta, name] = line.split('\t');
      const blob = git('cat-file', 'blob', meta.split(' ')[2]);
      parts.push(name.endsWith('.gz') ? gunzipSync(blob).toString('utf8') : blob.toString('latin1'));
    }
  }
  return parts.join('\n');
}

/** Every byte under `dir` (gzipped files unpacked), every commit of the pages repository, and what was printed. */
async function everyByte(dir: string, printed: string[]): Promise<string> {
  const parts = [...printed];
  for (const file of await everyFile(dir)) {
    const bytes = await readFile(file);
    parts.push(file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('latin1'));
  }
  parts.push(everyBlob(path.join(dir, 'pages.git')));
  return parts.join('\n');
}

function judged(models: object[], judge: string, task: object = {}): object {
  return {
    models,
    tasks: [
      {
        id: 'explain',
        dataset: { path: 'data.jsonl' },
        fields: { input: 'question', target: 'answer' },
        scorer: { type: 'judge', rubric: 'Must agree with the reference.' },
        ...task,
      },
    ],
    judge: { model: judge, max_score: 10 },
    run: { concurrency: 8, max_retries: 0, cache: { enabled: false } },
  };
}

describe('a key a server quotes back never reaches a file or the terminal', () => {
  test('model, judge, pairwise reference and /v1/models quote their keys: each stops the run, and 0 copies in results, stdout, stderr', async () => {
    await using project = await tempProject();
    const dir = project.dir;
    await writeJsonl(path.join(dir, 'data.jsonl'), rows);
    execFileSync('git', ['init', '--quiet', '--bare', path.join(dir, 'pages.git')]);
    const env = { ...KEYS };
    const printed: string[] = [];
    const cli = async (args: string[], config: string) => {
      const result = await runCli([...args, '--config', config], { cwd: dir, env });
      printed.push(result.stdout, result.stderr);
      return result;
    };

    // The candidate's server is open; the judge's lists models to anyone but refuses the
    // judge's key on every completion, quoting it (144 copies in the report this test comes from).
    await using open = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-ref': { accuracy: 0.5 } },
      items,
      latencyMs: 1,
    });
    await using judgeSim = await startSim({
      models: { 'sim-judge': { accuracy: 1 } },
      items,
      latencyMs: 1,
      apiKey: 'the-right-judge-key',
      openModelList: true,
    });
    await writeConfig(
      dir,
      judged(
        [
          { id: 'cand', base_url: open.url, model: 'sim-cand', api_key_env: 'CAND_KEY' },
          {
            id: 'judge',
            role: 'reference',
            base_url: judgeSim.url,
            model: 'sim-judge',
            api_key_env: 'JUDGE_KEY',
          },
        ],
        'judge',
      ),
      'judge.yml',
    );
    const judgedRun = await cli(
      ['run', '--suite', 'full', '--model', 'cand', '--out', 'judged'],
      'judge.yml',
    );
    // A judge that refuses its key stops the run at once (as a model that refuses does), with the
    // server's message, its key scrubbed: no more of the 30 candidate calls are spent.
    expect(judgeSim.counters.unauthorized).toBeGreaterThan(0);
    expect(judgeSim.counters.unauthorized).toBeLessThanOrEqual(16);
    expect(judgedRun.code).toBe(2);
    expect(judgedRun.stderr).toContain('judge judge: the endpoint refused the request (401)');
    expect(judgedRun.stderr).toContain('Incorrect API key provided: ***');
    expect(judgedRun.stderr).toContain('$JUDGE_KEY');

    // The pairwise reference model's server refuses its key on completions, quoting it.
    await using refSim = await startSim({
      models: { 'sim-ref': { accuracy: 0.5 } },
      items,
      latencyMs: 1,
      apiKey: 'the-right-ref-key',
      openModelList: true,
    });
    await writeConfig(
      dir,
      judged(
        [
          { id: 'ref', role: 'reference', base_url: refSim.url, model: 'sim-ref', api_key_env: 'REF_KEY' },
          { id: 'cand', base_url: open.url, model: 'sim-cand', api_key_env: 'CAND_KEY' },
          { id: 'judge', role: 'reference', base_url: open.url, model: 'sim-cand' },
        ],
        'judge',
        { scorer: { type: 'pairwise', reference_model: 'ref' } },
      ),
      'pairwise.yml',
    );
    const pairwise = await cli(
      ['run', '--suite', 'full', '--model', 'cand', '--out', 'pairwise'],
      'pairwise.yml',
    );
    expect(pairwise.code).toBe(2);
    expect(refSim.counters.unauthorized).toBeGreaterThan(0);

    // The candidate's own server refuses its key at /v1/models, then (listing open) at completions.
    for (const openModelList of [false, true]) {
      await using closed = await startSim({
        models: { 'sim-cand': { accuracy: 0.5 } },
        items,
        latencyMs: 1,
        apiKey: 'the-right-cand-key',
        openModelList,
      });
      await writeConfig(
        dir,
        judged([{ id: 'cand', base_url: closed.url, model: 'sim-cand', api_key_env: 'CAND_KEY' }], 'cand'),
        'model.yml',
      );
      const refused = await cli(['run', '--suite', 'full', '--out', `model-${openModelList}`], 'model.yml');
      expect(refused.code).toBe(2);
      expect(closed.counters.unauthorized).toBeGreaterThan(0);
    }

    // Every run above stopped at its refused key, so none has records to publish: the next test
    // publishes a results folder holding a key and greps the pages branch.
    const bytes = await everyByte(dir, printed);
    expect(bytes).toContain('Incorrect API key provided: ***');
    for (const [name, value] of Object.entries(KEYS)) {
      expect(bytes.split(value).length - 1, `${name} copies`).toBe(0);
      expect(bytes.includes('WRONGKEY'), name).toBe(false);
    }
  });

  test('publish scrubs too: a results folder holding a key (a model that echoed it) reaches the pages branch without it', async () => {
    await using project = await tempProject();
    const dir = project.dir;
    await writeResultsFolder(path.join(dir, 'results'), {
      models: [{ model: 'cand', accuracy: 0.7 }],
      tasks: [{ task: 'qa', items: 25 }],
      output: ({ item }) => `The answer to ${item} is 4; my key is ${KEYS.CAND_KEY}.`,
    });
    await writeConfig(dir, {
      models: [{ id: 'cand', base_url: 'http://127.0.0.1:9/v1', model: 'm', api_key_env: 'CAND_KEY' }],
      tasks: [{ id: 'qa', dataset: { path: 'data.jsonl' }, scorer: 'exact' }],
      publish: { outputs: 'all' },
    });
    execFileSync('git', ['init', '--quiet', '--bare', path.join(dir, 'pages.git')]);
    const result = await runCli(
      [
        'publish',
        '--results',
        'results',
        '--remote',
        path.join(dir, 'pages.git'),
        '--config',
        'evalwarden.yml',
      ],
      { cwd: dir, env: { CAND_KEY: KEYS.CAND_KEY } },
    );
    expect(result.code, result.stderr).toBe(0);
    const history = everyBlob(path.join(dir, 'pages.git'));
    expect(history).toContain('my key is ***');
    expect(history).not.toContain(KEYS.CAND_KEY);
  });

  test('a credential the config interpolates (`${HF_TOKEN}` in extra_body) is scrubbed like an api_key_env', async () => {
    await using project = await tempProject();
    const dir = project.dir;
    const token = 'hf_INTERPOLATED0123456789';
    await writeResultsFolder(path.join(dir, 'results'), {
      models: [{ model: 'cand', accuracy: 0.7 }],
      tasks: [{ task: 'qa', items: 25 }],
      output: ({ item }) => `The answer to ${item} is 4; the gateway said ${token}.`,
    });
    const config = {
      models: [
        {
          id: 'cand',
          base_url: 'http://127.0.0.1:9/v1',
          model: 'm',
          params: { extra_body: { hf_token: '${HF_TOKEN}', region: '${REGION:-eu}' } },
        },
      ],
      tasks: [{ id: 'qa', dataset: { path: 'data.jsonl' }, scorer: 'exact' }],
      publish: { outputs: 'all' },
    };
    await writeConfig(dir, config);
    const loaded = parseConfig(stringify(config), {
      env: { HF_TOKEN: token },
      file: path.join(dir, 'x.yml'),
    });
    expect(loaded.secretVariables).toEqual(['HF_TOKEN']);
    expect(
      scrubber(secretValues(loaded.config.models, { HF_TOKEN: token }, loaded.secretVariables))(token),
    ).toBe('***');
    execFileSync('git', ['init', '--quiet', '--bare', path.join(dir, 'pages.git')]);
    const result = await runCli(
      ['publish', '--results', 'results', '--remote', path.join(dir, 'pages.git')],
      {
        cwd: dir,
        env: { HF_TOKEN: token },
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const history = everyBlob(path.join(dir, 'pages.git'));
    expect(history).toContain('the gateway said ***');
    expect(history).not.toContain(token);
  });

  test('run.json names local datasets relative to the config folder, never by an absolute path', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items,
      latencyMs: 1,
    });
    await writeConfig(
      project.dir,
      judged(
        [
          { id: 'cand', base_url: sim.url, model: 'sim-cand' },
          { id: 'judge', role: 'reference', base_url: sim.url, model: 'sim-judge' },
        ],
        'judge',
      ),
    );
    // Run from another folder: the path must not depend on where the command was started.
    const run = await runCli(
      [
        'run',
        '--suite',
        'full',
        '--model',
        'cand',
        '--out',
        path.join(project.dir, 'out'),
        '--config',
        path.join(project.dir, 'evalwarden.yml'),
      ],
      {
        cwd: path.dirname(project.dir),
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const { run: info } = await readResults(path.join(project.dir, 'out'));
    expect(info.datasets.map((d) => d.path)).toEqual(['data.jsonl']);
    expect(await readFile(path.join(project.dir, 'out', 'run.json'), 'utf8')).not.toContain(project.dir);
  });
});
