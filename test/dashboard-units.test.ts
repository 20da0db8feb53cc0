/**
 * The dashboard's pure parts: which URLs may become links, hash routes, path segments, the
 * comparison.json reader, and the synthetic data generator's promises (deterministic, small
 * manifest).
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitUrl, pullUrl, safeHref } from '../web/src/ui/safe-url.js';
import { escapeHtml } from '../web/src/ui/escape.js';
import { parseRoute, routeHref } from '../web/src/router.js';
import { safeSegment } from '../web/src/data/safe-segment.js';
import { readComparison } from '../web/src/data/comparison.js';
import { pct, scaleOf, signed } from '../web/src/ui/format.js';
import { generateDashboardData, HOSTILE } from './support/dashboard-data.js';
import { safeSegment as publisherSafeSegment } from '../src/publish/safe-segment.js';
import { verifySite } from '../src/publish/verify-site.js';
import {
  changeWords,
  pairedNote,
  stoppedSentence,
  underpoweredSentence,
  verdictLabel,
} from '../src/gate/verdict-words.js';

describe('links the dashboard will make', () => {
  it.each([
    ['#/run/abc', '#/run/abc'],
    ['https://github.com/a/b', 'https://github.com/a/b'],
    ['http://example.com/x', 'http://example.com/x'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>1</script>', null],
    ['vbscript:x', null],
    ['//evil.example/x', null],
    ['#view', null],
    ['', null],
  ])('%s → %s', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it('builds commit and PR links only from an owner/name and a hex sha', () => {
    expect(commitUrl('acme/llm-app', 'abcdef1234')).toBe('https://github.com/acme/llm-app/commit/abcdef1234');
    expect(commitUrl(HOSTILE.repository, 'abcdef1234')).toBeNull();
    expect(commitUrl('acme/llm-app', 'HEAD; rm')).toBeNull();
    expect(commitUrl('acme/../x', 'abcdef1')).toBeNull();
    expect(pullUrl('acme/llm-app', 12)).toBe('https://github.com/acme/llm-app/pull/12');
    expect(pullUrl('acme/llm-app', -1)).toBeNull();
  });

  it('escapes everything ECharts could read as markup in a tooltip', () => {
    expect(escapeHtml(HOSTILE.model)).not.toMatch(/[<>"'=]/);
    expect(escapeHtml('a & b')).toBe('a &#38; b');
  });
});

describe('hash routes', () => {
  it('round-trip views, arguments and filters, hostile strings included', () => {
    const href = routeHref('compare', ['a/b', HOSTILE.model], {
      task: HOSTILE.task,
      q: '&=?#',
      empty: '',
      gone: null,
    });
    expect(href.startsWith('#/compare/')).toBe(true);
    const route = parseRoute(href);
    expect(route).toMatchObject({ view: 'compare', args: ['a/b', HOSTILE.model] });
    expect(Object.fromEntries(route.query)).toEqual({ task: HOSTILE.task, q: '&=?#' });
    expect(parseRoute('')).toMatchObject({ view: '', args: [] });
    expect(parseRoute('#/examples?task=x&filter=wrong').query.get('filter')).toBe('wrong');
  });
});

describe('safeSegment, as docs/data-protocol.md defines it', () => {
  it('keeps safe ids and hashes the rest', async () => {
    expect(await safeSegment('cand-1.v2_x')).toBe('cand-1.v2_x');
    expect(await safeSegment('org/model:7b')).toMatch(/^org_model_7b-[0-9a-f]{8}$/);
    expect(await safeSegment('..hidden')).toMatch(/^hidden-[0-9a-f]{8}$/);
    expect((await safeSegment('x'.repeat(150))).length).toBe(109);
    await expect(safeSegment('')).rejects.toThrow(/no usable characters/);
    expect(await safeSegment('a/b')).not.toBe(await safeSegment('a:b'));
  });

  it('gives the publisher’s segment for every id, so the dashboard finds the files it wrote', async () => {
    for (const id of [
      'cand-1',
      'org/model:7b',
      '..x',
      'é',
      'model 🚀 v2',
      HOSTILE.model,
      HOSTILE.trainingModel,
      'y'.repeat(130),
      `${'.'.repeat(3)}a`,
    ]) {
      expect(await safeSegment(id), id).toBe(publisherSafeSegment(id));
    }
  });
});

describe('reading comparison.json', () => {
  it('takes Δ, CI, verdict and flips per task from the gate’s schema, and refuses what it cannot read', () => {
    const json = {
      schema_version: 1,
      models: [
        {
          model: 'm',
          baseline: { run_id: 'base' },
          verdict: 'regression',
          tasks: [
            {
              task: 't1',
              verdict: 'regression',
              delta: { estimate: -0.1, paired: true, ci: { low: -0.15, high: -0.05 } },
              flips: {
                worse: [
                  {
                    item_id: 'i1',
                    category: null,
                    baseline_score: 1,
                    candidate_score: 0,
                    baseline_answer: 'a',
                    candidate_answer: 'b',
                    candidate_output: 'o',
                  },
                ],
                better: [],
                worse_total: 3,
                better_total: 0,
              },
            },
            { task: 't2', verdict: 'no-baseline', delta: null },
          ],
        },
      ],
    };
    const c = readComparison(json)!;
    expect(c.baselineRunId).toBe('base');
    expect(c.verdict).toBe('regression');
    expect([...c.tasks.keys()]).toEqual(['t1']);
    expect(c.tasks.get('t1')).toMatchObject({
      delta: -0.1,
      low: -0.15,
      high: -0.05,
      verdict: 'regression',
      paired: true,
      flips: { worse_total: 3 },
    });
    expect(readComparison(null)).toBeNull();
    expect(readComparison({ models: 'x' })).toBeNull();
    expect(
      readComparison({ models: [{ tasks: [{ task: 't', delta: { estimate: 'NaN', ci: {} } }] }] })!.tasks
        .size,
    ).toBe(0);
  });
});

describe('number formats', () => {
  it('shows scores ×100 and signed differences with a real minus', () => {
    expect(pct(0.7123)).toBe('71.2');
    expect(pct(null)).toBe('—');
    expect(signed(-0.0312)).toBe('\u22123.1');
    expect(signed(0.0001)).toBe('0.0');
    expect(signed(0.02)).toBe('+2.0');
  });
});

describe('the synthetic protocol data', () => {
  it('is a site the publisher’s own checker accepts (schemas and cross-file consistency)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ew-gen-'));
    try {
      await generateDashboardData({
        dir: join(root, 'data'),
        runs: 300,
        tasks: 8,
        models: 8,
        seed: 5,
        hostile: true,
        mix: { pr: 0.5, branch: 0.3, sweep: 0.2 },
      });
      expect((await verifySite(root)).problems).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('is the same for the same seed, mixes run kinds as asked, and keeps the manifest small', async () => {
    const [a, b] = await Promise.all([
      mkdtemp(join(tmpdir(), 'ew-gen-')),
      mkdtemp(join(tmpdir(), 'ew-gen-')),
    ]);
    try {
      const options = { runs: 1000, tasks: 20, models: 10, seed: 3, runFiles: 'referenced' as const };
      const [x] = await Promise.all([
        generateDashboardData({ ...options, dir: a }),
        generateDashboardData({ ...options, dir: b }),
      ]);
      expect(await readFile(join(a, 'index.json'), 'utf8')).toBe(
        await readFile(join(b, 'index.json'), 'utf8'),
      );
      const kinds = Object.groupBy(x.rows, (r) => r.kind);
      expect(kinds.pr!.length / 1000).toBeCloseTo(0.6, 1);
      expect(kinds.branch!.length / 1000).toBeCloseTo(0.3, 1);
      expect(kinds.sweep!.length).toBe(100);
      expect(x.manifest.run_count).toBe(1000);
      expect(x.months.reduce((n, m) => n + m.runs.length, 0)).toBe(1000);
      expect((await stat(join(a, 'index.json'))).size).toBeLessThan(200_000);
      for (const r of x.manifest.leaderboard) expect(x.runs.has(r.run_id)).toBe(true);
      expect(x.manifest.leaderboard.filter((r) => r.best).length).toBeGreaterThan(0);
    } finally {
      await Promise.all([rm(a, { recursive: true, force: true }), rm(b, { recursive: true, force: true })]);
    }
  });
});

describe('a published task read into the gate words’ shape', () => {
  const words = (task: Record<string, unknown>) =>
    readComparison({ models: [{ model: 'm', tasks: [task] }] })?.tasks.get('t')?.words;
  const base = {
    task: 't',
    verdict: 'pass',
    delta: { estimate: -0.1, ci: { low: -0.2, high: 0 } },
    candidate: { n: 9 },
  };

  it('keeps what the gate wrote', () => {
    const w = words({
      ...base,
      underpowered: true,
      more_items: { items: 120, goal: 'detect', drop: 0.1 },
      sequential: {
        stopped_at: 50,
        of: 200,
        looks: [50, 100],
        why: 'futility',
        ruled_out: 0.06,
        capped_by_baseline: null,
      },
      changes: ['scorer'],
      change_details: { scorer: { from: 'exact', to: 'numeric' } },
    })!;
    expect(verdictLabel(w)).toBe('pass (underpowered)');
    expect(underpoweredSentence(w)).toContain('about 120 more items');
    expect(stoppedSentence(w)).toBe('stopped at 50 of 200: a 6-point drop ruled out');
    expect(changeWords(w)).toEqual(['scorer changed (exact → numeric): not compared']);
  });

  it('drops what is not as the gate writes it, and the words never throw on it', () => {
    const w = words({
      ...base,
      underpowered: 'yes',
      accepted: 'x',
      policy: 7,
      more_items: 5,
      sequential: { stopped_at: 'x', of: 200, why: 'regression' },
      changes: ['prompt', 3, { a: 1 }],
      change_details: { scorer: { from: {}, to: 1 } },
      candidate: { n: 9, own: { mean: '1' } },
    })!;
    expect(w.underpowered).toBe(false);
    expect(w.more_items).toBeNull();
    expect(w.sequential).toBeUndefined();
    expect(w.changes).toEqual(['prompt']);
    expect(w.change_details).toEqual({});
    for (const render of [verdictLabel, underpoweredSentence, stoppedSentence, changeWords, pairedNote])
      expect(() => render(w)).not.toThrow();
    expect(words({ ...base, verdict: '<img src=x>' })).toBeNull();
  });
});

describe('numbers on their own scale', () => {
  it('a proportion reads as points, a value outside [0, 1] as the metric gives it', () => {
    expect(scaleOf(0.7, 0.01, null)).toBe('points');
    expect(scaleOf(0.7, 12.5)).toBe('raw');
    expect(scaleOf(-0.2)).toBe('raw');
    expect(pct(0.7234)).toBe('72.3');
    expect(pct(12.5046, 'raw')).toBe('12.5');
    expect(pct(1234.56, 'raw')).toBe('1235');
    expect(signed(-0.05, 'raw')).toBe('\u22120.05');
    expect(signed(2.5, 'raw')).toBe('+2.5');
    expect(signed(0, 'raw')).toBe('0');
    expect(signed(-0.05)).toBe('\u22125.0');
  });
});
