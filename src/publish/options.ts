import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import type { RunInfo } from '../artifacts.js';
import type { PublishConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import type { GitTarget } from './git-publisher.js';
import type { PublishContext } from './prepare.js';

/** Where the site lives: exactly one of a git remote (the pages branch) and a plain folder. */
export interface SiteOptions {
  /** The pages branch's remote: a URL or a path (`https://github.com/owner/repo.git`). */
  remote?: string;
  /** @default `config.branch`, i.e. `gh-pages` */
  branch?: string;
  /** Token for an https remote. Sent as an `http.extraheader`, never in the URL or a log. */
  token?: string;
  /** Values no published file may hold (every key the config names): removed, with the token, from every text written. */
  secrets?: readonly string[];
  /** A plain folder instead of a branch, for actions/deploy-pages. */
  pagesDir?: string;
  /** Attempts when other publishers keep pushing first. @default 10 */
  maxAttempts?: number;
  /** Progress lines (retries, notices). @default ignored */
  log?: (line: string) => void;
  /** @internal Test seam: runs between the commit and the push. */
  beforePush?: () => void | Promise<void>;
}

export interface PublishRunOptions extends SiteOptions {
  /** A results folder: run.json, summary.json and, when there are per-item data, records.jsonl. */
  resultsDir: string;
  /** A built dashboard (e.g. `dist/dashboard/`) to put at the site root. */
  dashboardDir?: string;
  /** `publish:` of evalwarden.yml; fields left out take the config schema's defaults. */
  config?: Partial<PublishConfig>;
  /** Where the run came from; each field left out is taken from run.json. */
  context?: Partial<PublishContext>;
  /** The gate's comparison.json (for all models or one); stored as is, its verdict drives promotion. */
  comparison?: unknown;
  /** @default now */
  now?: Date;
}

export type ResolvedSite = { kind: 'folder'; dir: string } | ({ kind: 'git' } & GitTarget);

const publishSchema = configSchema.definitions.publish.properties;

/** `publish:` with every field filled: the defaults are read from the config schema, their one home. */
export function resolvePublishConfig(config: Partial<PublishConfig> = {}): PublishConfig {
  const retention = publishSchema.retention.properties;
  return {
    branch: config.branch ?? publishSchema.branch.default,
    outputs: config.outputs ?? (publishSchema.outputs.default as PublishConfig['outputs']),
    inputs: config.inputs ?? (publishSchema.inputs.default as PublishConfig['inputs']),
    head_size: config.head_size ?? publishSchema.head_size.default,
    redact: config.redact ?? publishSchema.redact.default,
    retention: {
      pr_days: config.retention?.pr_days ?? retention.pr_days.default,
      drop_records_after_days:
        config.retention?.drop_records_after_days ?? retention.drop_records_after_days.default,
    },
  };
}

export function resolveSite(options: SiteOptions, config: PublishConfig): ResolvedSite {
  if ((options.remote === undefined) === (options.pagesDir === undefined)) {
    throw new EvalwardenError(
      'Say where to publish: a git remote (--remote) or a folder (--pages-dir), not both.',
      {
        hint: 'In GitHub Actions the remote is usually https://github.com/${{ github.repository }}.git with GITHUB_TOKEN.',
      },
    );
  }
  if (options.pagesDir !== undefined) return { kind: 'folder', dir: options.pagesDir };
  const branch = options.branch ?? config.branch;
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')) {
    throw new EvalwardenError(`Not a branch name: ${JSON.stringify(branch)}.`, {
      hint: 'Use a plain branch name such as gh-pages.',
    });
  }
  return {
    kind: 'git',
    remote: options.remote!,
    branch,
    token: options.token ?? null,
    maxAttempts: options.maxAttempts ?? 10,
    log: options.log ?? (() => {}),
    beforePush: options.beforePush ?? null,
  };
}

/** The publish context: what the caller says, else what run.json recorded. */
export function resolveContext(context: Partial<PublishContext> = {}, run: RunInfo): PublishContext {
  return {
    repository: context.repository ?? run.git.repository,
    defaultBranch: context.defaultBranch ?? 'main',
    kind: context.kind ?? run.kind,
    branch: context.branch ?? run.git.branch,
    sha: context.sha ?? run.git.sha,
    pr: context.pr ?? run.git.pr,
  };
}
