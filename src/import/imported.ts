import type { ModelRole } from '../artifacts.js';
import type { ImportedTask } from './summarize.js';

/** One item of a task as another harness scored it (lm-evaluation-harness samples files). */
export interface ImportedItem {
  task: string;
  item_id: string;
  /** Pairs across runs only while the dataset row is unchanged (lm-eval's doc_hash). */
  item_hash: string;
  category: string | null;
  scores: Record<string, number>;
  output: string | null;
  answer: string | null;
  prompt_hash: string | null;
}

export interface ImportedModel {
  model: string;
  served_model: string;
  role: ModelRole;
  step: number | null;
  tasks: ImportedTask[];
  /** Empty when the harness kept aggregate numbers only. */
  items: ImportedItem[];
}

/** What an importer reads from one run of another harness; write-results.ts turns it into a results folder. */
export interface ImportedRun {
  /** Stable across imports of the same file, so publishing an import twice counts it once. */
  run_id: string;
  suite: string;
  /** The file's own date; null when it has none (never its mtime). */
  started_at: string | null;
  finished_at: string | null;
  models: ImportedModel[];
  /** The harness and the file it came from, kept in run.json's datasets. */
  source: { format: string; path: string; sha256: string };
}

/** An importer: one file per harness, listed in formats/index.ts. */
export interface Importer {
  name: string;
  /** One line for `evalwarden import --help`. */
  describe: string;
  /** Reads a file or a folder of the harness' output; one ImportedRun per run found. */
  read(path: string): Promise<ImportedRun[]>;
}
