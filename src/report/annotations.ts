import path from 'node:path';
import { parseLocated, locate } from '../config/index.js';
import { LocatedError } from '../errors.js';
import type { Comparison } from '../gate/index.js';

/** A check-run annotation, in the shape of the Checks API. */
export interface Annotation {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** GitHub takes at most this many annotations per checks request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Splits annotations into the batches the Checks API accepts. */
export function batchAnnotations<T>(annotations: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
}

/** A path as the Checks API wants it: relative to the workspace, never outside it. */
export function repoPath(file: string, workspace: string): string | null {
  const relative = path.relative(workspace, path.resolve(workspace, file));
  if (relative.startsWith('..') || path.isAbsolute(relative) || relative === '') return null;
  return relative.split(path.sep).join('/');
}

/** The annotation for a bad config or dataset: on its line, when the error knows it. */
export function annotationForError(error: unknown, workspace: string): Annotation | null {
  if (!(error instanceof LocatedError)) return null;
  const file = repoPath(error.file, workspace);
  if (!file) return null;
  const line = error.line ?? 1;
  return {
    path: file,
    start_line: line,
    end_line: line,
    ...(error.col !== undefined ? { start_column: error.col, end_column: error.col } : {}),
    annotation_level: 'failure',
    title: error.name === 'DataError' ? 'evalwarden: dataset error' : 'evalwarden: config error',
    message: `${error.message}${error.hint ? `\n${error.hint}` : ''}`.slice(0, 4000),
  };
}

/**
 * Annotations on the config lines of the tasks whose verdict fails the job or warns: a reviewer
 * sees them in the diff view of evalwarden.yml.
 */
export function annotationsForComparison(
  comparison: Comparison,
  config: { file: string; text: string },
  workspace: string,
): Annotation[] {
  const file = repoPath(config.file, workspace);
  if (!file) return [];
  const located = parseLocated(file, config.text);
  const tasks = located.doc.toJS() as { tasks?: { id?: string }[] } | null;
  const annotations: Annotation[] = [];
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      const warns = task.verdict === 'inconclusive' || (task.verdict === 'regression' && !task.failing);
      if (!task.failing && !warns) continue;
      const index = tasks?.tasks?.findIndex((t) => t?.id === task.task) ?? -1;
      const pos = index >= 0 ? locate(located, `/tasks/${index}`) : undefined;
      annotations.push({
        path: file,
        start_line: pos?.line ?? 1,
        end_line: pos?.line ?? 1,
        annotation_level: task.failing ? 'failure' : 'warning',
        title: `evalwarden: ${task.verdict} on ${model.model} / ${task.task}`.slice(0, 255),
        message: task.reason.slice(0, 4000),
      });
    }
  }
  return annotations;
}
