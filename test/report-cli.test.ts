import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempProject } from './support/engine.js';
import { writeResultsFolder } from './support/results-folder.js';

describe('evalwarden report', () => {
  test('prints the markdown the Action would post for a gated results folder', async () => {
    await using project = await tempProject();
    await writeResultsFolder(path.join(project.dir, 'base'), {
      runId: 'base-1',
      models: [{ model: 'm', accuracy: 0.9 }],
      tasks: [{ task: 'qa', items: 200 }],
    });
    await writeResultsFolder(path.join(project.dir, 'cand'), {
      runId: 'cand-1',
      models: [{ model: 'm', accuracy: 0.6 }],
      tasks: [{ task: 'qa', items: 200 }],
    });
    const compared = await runCli(['compare', '--baseline', 'base', '--candidate', 'cand'], {
      cwd: project.dir,
    });
    expect(compared.code).toBe(1);
    const report = await runCli(
      ['report', '--results', 'cand', '--dashboard-url', 'https://acme.github.io/models/'],
      { cwd: project.dir },
    );
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/^### ❌ evalwarden: \*\*regression\*\* on suite `full`/);
    expect(report.stdout).toContain('| qa ');
    expect(report.stdout).toContain('[Dashboard](https://acme.github.io/models/)');
  });

  test('says to gate first when there is no comparison.json', async () => {
    await using project = await tempProject();
    await writeResultsFolder(path.join(project.dir, 'cand'), {
      models: [{ model: 'm', accuracy: 0.6 }],
      tasks: [{ task: 'qa', items: 20 }],
    });
    const report = await runCli(['report', '--results', 'cand'], { cwd: project.dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('hint: gate the run first');
  });
});
