import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { gateFolders, type Comparison } from '../src/gate/index.js';
import {
  annotationsForComparison,
  batchAnnotations,
  codeBlock,
  COMMENT_LIMIT,
  escapeInline,
  renderHistoryChart,
  renderReport,
} from '../src/report/index.js';
import { writeResultsFolder, type ResultsSpec } from './support/results-folder.js';

async function compared(
  base: ResultsSpec,
  cand: ResultsSpec,
): Promise<{ comparison: Comparison; summary: Awaited<ReturnType<typeof writeResultsFolder>>['summary'] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-report-'));
  try {
    await writeResultsFolder(path.join(dir, 'base'), { runId: 'base-1', ...base });
    const written = await writeResultsFolder(path.join(dir, 'cand'), { runId: 'cand-1', ...cand });
    const comparison = await gateFolders({
      candidateDir: path.join(dir, 'cand'),
      baseline: path.join(dir, 'base'),
      baselineModel: 'm',
    });
    return { comparison, summary: written.summary };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const tasks = [
  { task: 'math', items: 300 },
  { task: 'qa', items: 300 },
];

describe('the PR report', () => {
  test('says the verdict first, then a table per model with baseline, candidate, Δ with its CI, MDE and verdict', async () => {
    const { comparison, summary } = await compared(
      { models: [{ model: 'm', accuracy: 0.9 }], tasks },
      { models: [{ model: 'm', accuracy: 0.6 }], tasks },
    );
    const body = renderReport({ comparison, summary, run: null, marker: '<!-- evalwarden:test -->' });
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- evalwarden:test -->');
    expect(lines[1]).toBe('### ❌ evalwarden: **regression** on suite `full`');
    expect(body).toMatch(
      /\| Task +\| +Baseline \| +Candidate \| +Δ pts \(95% CI\) \| MDE pts \| Verdict +\|/,
    );
    expect(body).toMatch(
      /\| math +\| +\d+\.\d% \(n=300\) \| +\d+\.\d% \(n=300\) \| +−\d+\.\d \(−\d+\.\d to −\d+\.\d\) \| +\d+\.\d \| ❌ regression/,
    );
    expect(body).toContain('<summary>m / math:');
    expect(body.indexOf('worse (correct → wrong first)')).toBeLessThan(
      body.indexOf('better</summary>') === -1 ? Infinity : body.indexOf('better</summary>'),
    );
  });

  test('says what vouched for each model’s cached replies, or why they were not used', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-report-'));
    try {
      await writeResultsFolder(path.join(dir, 'base'), {
        runId: 'base-1',
        models: [{ model: 'm', accuracy: 0.8 }],
        tasks,
      });
      const cand = await writeResultsFolder(path.join(dir, 'cand'), {
        runId: 'cand-1',
        models: [{ model: 'm', accuracy: 0.8 }],
        tasks,
      });
      const comparison = await gateFolders({
        candidateDir: path.join(dir, 'cand'),
        baseline: path.join(dir, 'base'),
      });
      const render = (cache: (typeof cand.run.models)[number]['cache']) =>
        renderReport({
          comparison,
          summary: cand.summary,
          run: { ...cand.run, models: [{ ...cand.run.models[0], cache }] },
          marker: '<!-- evalwarden:test -->',
        });
      expect(
        render({
          used: false,
          note: 'not used: 3 of 32 canaries differ',
          canaries: { asked: 32, differ: 3, failed: 0 },
        }),
      ).toContain('cache not used: 3 of 32 canaries differ');
      expect(render({ used: true, note: 'vouched for by revision abc123', canaries: null })).toContain(
        'cache vouched for by revision abc123',
      );
      expect(render(null)).not.toContain('cache ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('model output cannot inject HTML, break the table, mention anyone or forge the marker', async () => {
    const hostile =
      '@octocat | col </details><img src=x onerror=alert(1)>\n| a | b |\n```\n<!-- evalwarden:test -->';
    const { comparison, summary } = await compared(
      { models: [{ model: 'm', accuracy: 0.95 }], tasks },
      { models: [{ model: 'm', accuracy: 0.5 }], tasks, output: () => hostile },
    );
    comparison.notes.push('note from an artifact: @octocat <b>x</b> | y');
    const body = renderReport({ comparison, summary, run: null, marker: '<!-- evalwarden:test -->' });
    expect(body.startsWith('<!-- evalwarden:test -->')).toBe(true);
    expect(body.match(/<!-- evalwarden:test -->/g)).toHaveLength(1);
    // Outside code blocks: no raw HTML from the artifact and no live mention.
    const prose = body.replace(/^( *)(`{3,})text\n[\s\S]*?\n\1\2$/gm, '');
    expect(prose).not.toMatch(/<img|<b>|<\/details><img/);
    expect(prose).not.toMatch(/@octocat/);
    expect(prose).toContain('@\u200doctocat');
    // Every fence is longer than the backtick runs inside it.
    expect(body).toContain('````text');
  });

  test('a body over GitHub’s limit loses examples first and keeps the table', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ task: `task-${i}`, items: 200 }));
    const { comparison, summary } = await compared(
      { models: [{ model: 'm', accuracy: 0.95 }], tasks: many },
      { models: [{ model: 'm', accuracy: 0.3 }], tasks: many, output: ({ item }) => `${item} `.repeat(400) },
    );
    const full = renderReport({ comparison, summary, run: null }, 10_000_000);
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const fitted = renderReport({ comparison, summary, run: null });
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let i = 0; i < 40; i++) expect(fitted).toContain(`| task-${i} `);
    const small = renderReport({ comparison, summary, run: null }, 3_000);
    expect(small.length).toBeLessThanOrEqual(3_000);
    expect(small).toContain('cut to fit');
  });

  test('a mermaid chart shows the suite score on the base branch when there is history', () => {
    const history = [0.81, 0.82, 0.8].map((score, i) => ({
      sha: `${i}`.repeat(40),
      created_at: `2026-11-0${i + 1}T00:00:00Z`,
      score,
    }));
    const chart = renderHistoryChart({ branch: 'main', history, candidate: 0.7 })!;
    expect(chart).toContain('```mermaid\nxychart-beta');
    expect(chart).toContain('x-axis ["0000000", "1111111", "2222222", "this PR"]');
    expect(chart).toContain('line [81.0, 82.0, 80.0, 70.0]');
    expect(renderHistoryChart({ branch: 'main', history: history.slice(0, 1), candidate: 0.7 })).toBeNull();
    expect(
      renderHistoryChart({
        branch: 'main"]\n%%{init}',
        history: [{ ...history[0], sha: 'x" onclick' }, history[1]],
        candidate: null,
      }),
    ).not.toMatch(/"]\n%%|onclick/);
  });
});

describe('escaping', () => {
  test.each([
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['@team ping', '@\u200dteam ping'],
    ['`code`', '\\`code\\`'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['# heading', '\\# heading'],
  ])('escapeInline(%j) is %j', (input, output) => {
    expect(escapeInline(input)).toBe(output);
  });

  test('a code block’s fence is longer than any backtick run inside it', () => {
    expect(codeBlock('a ``` b ```` c')).toMatch(/^`````text\n[\s\S]*\n`````$/);
  });
});

describe('annotations', () => {
  test('go on the config line of each failing task, and in batches of at most 50', async () => {
    const { comparison } = await compared(
      { models: [{ model: 'm', accuracy: 0.9 }], tasks },
      { models: [{ model: 'm', accuracy: 0.6 }], tasks },
    );
    const config = {
      file: '/repo/evalwarden.yml',
      text: 'version: 1\nmodels: []\ntasks:\n  - id: math\n    scorer: exact\n  - id: qa\n    scorer: exact\n',
    };
    const annotations = annotationsForComparison(comparison, config, '/repo');
    expect(annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['evalwarden.yml', 4, 'failure'],
      ['evalwarden.yml', 6, 'failure'],
    ]);
    expect(batchAnnotations(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([
      50, 50, 20,
    ]);
  });
});
