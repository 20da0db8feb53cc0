import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { readDataset } from '../src/data/read.js';
import { sha256Hex } from '../src/hash.js';
import {
  numericConfig,
  numericRows,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

describe('data is read exactly or refused', () => {
  test('a local dataset whose bytes differ from its pinned sha256 is refused, naming both', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'data/math.jsonl');
    await writeJsonl(file, numericRows(5));
    const wrong = sha256Hex('something else');
    await writeConfig(
      project.dir,
      numericConfig('http://127.0.0.1:9/v1', {
        task: { dataset: { path: 'data/math.jsonl', sha256: wrong } },
      }),
    );
    const result = await runCli(['run', '--suite', 'full', '--dry-run'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`not the ${wrong} task math pins in`);
    expect(result.stderr).toContain('math.jsonl');
  });

  test('a local dataset that matches its pinned sha256 is read', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'data/math.jsonl');
    await writeJsonl(file, numericRows(5));
    const { bytes } = await readDataset(file);
    await writeConfig(
      project.dir,
      numericConfig('http://127.0.0.1:9/v1', {
        task: { dataset: { path: 'data/math.jsonl', sha256: sha256Hex(bytes) } },
      }),
    );
    const result = await runCli(['run', '--suite', 'full', '--dry-run'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
  });

  test('a dataset line with bytes that are not UTF-8 is refused at its file:line:col', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'data.jsonl');
    // Latin-1 "é" (0xE9) on line 2, as a Windows editor saves it.
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from('{"id":"a","q":"fine"}\n{"id":"b","q":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
      ]),
    );
    await expect(readDataset(file)).rejects.toThrow(/data\.jsonl:2:19 the dataset is not UTF-8 text/);
  });

  test('a config with bytes that are not UTF-8 is refused at its file:line', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'evalwarden.yml');
    await writeFile(
      file,
      Buffer.concat([Buffer.from('models: []\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    await expect(loadConfig(file, { env: {} })).rejects.toThrow(
      /evalwarden\.yml:2:6 the config is not UTF-8 text/,
    );
  });

  test('a CSV header that names a column twice is refused', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'data.csv');
    await writeFile(file, 'id,question,answer,answer\n1,What is 1+1?,2,3\n');
    await expect(readDataset(file)).rejects.toThrow(
      /data\.csv:1 the CSV header names the column "answer" twice/,
    );
  });
});
