import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { writeFile } from 'node:fs/promises';
import { actionProject } from './support/action-project.js';
import { buildAction, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let built: { entry: string; cli: string };
beforeAll(() => {
  built = buildAction('serve');
}, 120_000);

const push = { name: 'push', payload: { repository: { default_branch: 'main' } } };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether any process of the group still runs. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

const groupOf = (stdout: string) => Number(/serve: ready \(process group (\d+)\)/.exec(stdout)?.[1]);

describe('serve: the Action starts the model server and always stops it', () => {
  test('the simulator runs as a child process group, the eval runs against it, and the group is killed at the end', async () => {
    await using project = await actionProject({ items: 60 });
    await using github = await startFakeGitHub();
    const port = await freePort();
    const serve = `"${process.execPath}" "${built.cli}" sim --port ${port} --model sim-cand=0.8 --config evalwarden.yml --latency-ms 1`;
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: { serve, 'serve-ready-timeout': '60', 'results-dir': 'out' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: `http://127.0.0.1:${port}/v1` },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('no-baseline');
    const pgid = groupOf(run.stdout);
    expect(pgid).toBeGreaterThan(0);
    expect(groupAlive(pgid)).toBe(false);
    expect(await refused(`http://127.0.0.1:${port}/v1/models`)).toBe(true);
    expect(await readFile(path.join(project.dir, 'out', 'serve.log'), 'utf8')).toContain(
      'simulator listening on',
    );
    const summary = JSON.parse(await readFile(path.join(project.dir, 'out', 'summary.json'), 'utf8'));
    expect(summary.models[0].tasks[0].n).toBe(60);
  });

  test("a server that prints the model's key and the token to its log: serve.log, output and files hold neither", async () => {
    const key = 'serve-KEYVALUE-0123456789';
    const token = 'ghs_SERVETOKEN0123456789abcdef';
    await using project = await actionProject({ items: 30, model: { api_key_env: 'SIM_KEY' } });
    await using github = await startFakeGitHub();
    const port = await freePort();
    const sim = `"${process.execPath}" "${built.cli}" sim --port ${port} --model sim-cand=0.8 --latency-ms 1`;
    const serve = `sh -c 'echo "starting with key $SIM_KEY and token $GITHUB_TOKEN"; exec ${sim.replaceAll("'", '')}'`;
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: { serve, 'serve-ready-timeout': '60', 'results-dir': 'out' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: `http://127.0.0.1:${port}/v1`, SIM_KEY: key, GITHUB_TOKEN: token },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const log = await readFile(path.join(project.dir, 'out', 'serve.log'), 'utf8');
    expect(log).toContain('starting with key *** and token ***');
    const files = await readdir(project.dir, { recursive: true, withFileTypes: true });
    // ::add-mask:: hands the value to the runner, which masks it and never prints the command.
    const printed = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    const texts = [...printed];
    for (const file of files.filter((f) => f.isFile()))
      texts.push(await readFile(path.join(file.parentPath, file.name), 'latin1'));
    for (const secret of [key, token]) expect(texts.join('\n')).not.toContain(secret);
  });

  test('when the run fails after the server is up, the group is still killed', async () => {
    await using project = await actionProject({ items: 30 });
    await using github = await startFakeGitHub();
    const port = await freePort();
    const config = (await readFile(path.join(project.dir, 'evalwarden.yml'), 'utf8')).replace(
      'model: sim-cand',
      'model: sim-cand',
    );
    // A second model the server does not serve: the run stops at its /v1/models check.
    const { parse } = await import('yaml');
    const doc = parse(config);
    doc.models.push({ id: 'other', role: 'candidate', base_url: '${SIM_URL}', model: 'sim-missing' });
    await writeFile(path.join(project.dir, 'evalwarden.yml'), stringify(doc));
    const serve = `"${process.execPath}" "${built.cli}" sim --port ${port} --model sim-cand=0.8 --config evalwarden.yml --latency-ms 1`;
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: { serve, 'results-dir': 'out' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: `http://127.0.0.1:${port}/v1` },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::evalwarden: .*sim-missing/);
    const pgid = groupOf(run.stdout);
    expect(groupAlive(pgid)).toBe(false);
    expect(await refused(`http://127.0.0.1:${port}/v1/models`)).toBe(true);
  });

  test('serve with a bad key says the server refused it, without waiting out serve-ready-timeout', async () => {
    await using project = await actionProject({ items: 20, model: { api_key_env: 'OPENAI_API_KEY' } });
    await using github = await startFakeGitHub();
    const port = await freePort();
    const serve = `"${process.execPath}" "${built.cli}" sim --port ${port} --model sim-cand=0.8 --config evalwarden.yml --api-key-env SERVER_KEY`;
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      // The default timeout (600 s) stands: the test's own timeout is far below it.
      inputs: { serve, 'results-dir': 'out' },
      event: push,
      apiUrl: github.url,
      env: {
        SIM_URL: `http://127.0.0.1:${port}/v1`,
        SERVER_KEY: 'sk-the-server-key',
        OPENAI_API_KEY: 'sk-some-other-key',
      },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /::error::evalwarden: serve: .*\/v1\/models answered HTTP 401: the server refused the API key/,
    );
    expect(await refused(`http://127.0.0.1:${port}/v1/models`)).toBe(true);
  }, 60_000);

  test('a server process that exits ends the wait at once and says how it exited', async () => {
    await using project = await actionProject({ items: 20 });
    await using github = await startFakeGitHub();
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: { serve: 'echo "CUDA out of memory"; exit 3', 'results-dir': 'out' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: 'http://127.0.0.1:9/v1' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/serve: the server exited \(3\) before listing model sim-cand/);
  }, 60_000);

  test('an unknown model input is refused before the server starts', async () => {
    await using project = await actionProject({ items: 20 });
    await using github = await startFakeGitHub();
    const started = path.join(project.dir, 'server-started');
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: { serve: `touch ${started}; exec sleep 60`, model: 'hosted', 'results-dir': 'out' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: 'http://127.0.0.1:9/v1' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/unknown model "hosted"/);
    expect(existsSync(started)).toBe(false);
  }, 60_000);

  test('a server that never lists the model times out, and is killed', async () => {
    await using project = await actionProject({ items: 20 });
    await using github = await startFakeGitHub();
    const pidFile = path.join(project.dir, 'server.pid');
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: {
        serve: `echo $$ > ${pidFile}; exec sleep 60`,
        'serve-ready-timeout': '2',
        'results-dir': 'out',
      },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: 'http://127.0.0.1:9/v1' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/did not list model sim-cand within 2 s/);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(groupAlive(pid)).toBe(false);
  });

  test('a cancelled job kills the server group too', async () => {
    await using project = await actionProject({ items: 200 });
    await using github = await startFakeGitHub();
    const port = await freePort();
    const serve = `"${process.execPath}" "${built.cli}" sim --port ${port} --model sim-cand=0.8 --config evalwarden.yml --latency-ms 300 --capacity 4`;
    const run = await runAction({
      entry: built.entry,
      workspace: project.dir,
      inputs: { serve, 'results-dir': 'out', concurrency: '4' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: `http://127.0.0.1:${port}/v1` },
      cancelWhen: (stdout) => stdout.includes('serve: ready'),
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('cancelled');
    expect(groupAlive(groupOf(run.stdout))).toBe(false);
    expect(await refused(`http://127.0.0.1:${port}/v1/models`)).toBe(true);
    expect(existsSync(path.join(project.dir, 'out', 'serve.log'))).toBe(true);
    expect(github.checkRuns).toHaveLength(0);
  });
});
