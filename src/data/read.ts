import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeUtf8 } from './utf8.js';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DataError } from '../errors.js';

/** One dataset row and where it stands in its file. */
export interface DatasetRow {
  line: number;
  data: Record<string, unknown>;
}

export type DatasetFormat = 'jsonl' | 'csv' | 'yaml' | 'json';

export function formatOf(file: string, declared?: DatasetFormat): DatasetFormat {
  if (declared) return declared;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  throw new DataError({ file }, `cannot tell the dataset format from "${ext}"`, {
    hint: 'set dataset.format: jsonl | csv | yaml | json',
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readJsonl(file: string, text: string): DatasetRow[] {
  const rows: DatasetRow[] = [];
  text.split('\n').forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === '') return;
    let data: unknown;
    try {
      data = JSON.parse(lineText);
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, `invalid JSON: ${(cause as Error).message}`, { cause });
    }
    if (!isRecord(data)) throw new DataError({ file, line: i + 1 }, 'each line must be a JSON object');
    rows.push({ line: i + 1, data });
  });
  return rows;
}

function readCsv(file: string, text: string): DatasetRow[] {
  try {
    const records = parseCsv(text, {
      columns: (header: string[]) => uniqueHeader(file, header),
      skip_empty_lines: true,
      bom: true,
      info: true,
    }) as {
      record: Record<string, string>;
      info: { lines: number };
    }[];
    return records.map(({ record, info }) => ({ line: info.lines, data: record }));
  } catch (cause) {
    if (cause instanceof DataError) throw cause;
    const line = (cause as { lines?: number }).lines;
    throw new DataError({ file, line }, `invalid CSV: ${(cause as Error).message}`, { cause });
  }
}

/** A header naming one column twice would keep only the last column's values: refused. */
function uniqueHeader(file: string, header: string[]): string[] {
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name))
      throw new DataError({ file, line: 1 }, `the CSV header names the column "${name}" twice`, {
        hint: 'rename one of the columns: only one of them could be read',
      });
    seen.add(name);
  }
  return header;
}

function readYaml(file: string, text: string): DatasetRow[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error)
    throw new DataError(
      { file, line: error.linePos?.[0].line, col: error.linePos?.[0].col },
      `invalid YAML: ${error.message.split('\n')[0]}`,
    );
  const root = doc.contents;
  if (!isSeq(root)) throw new DataError({ file, line: 1 }, 'a YAML dataset must be a list of rows');
  return root.items.map((item, i) => {
    const line = isMap(item) && item.range ? lines.linePos(item.range[0]).line : undefined;
    const data: unknown = (item as { toJSON?: () => unknown }).toJSON?.() ?? item;
    if (!isRecord(data)) throw new DataError({ file, line }, `row ${i + 1} must be a mapping of fields`);
    return { line: line ?? i + 1, data };
  });
}

function readJson(file: string, text: string): DatasetRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DataError({ file }, `invalid JSON: ${(cause as Error).message}`, { cause });
  }
  if (!Array.isArray(data)) throw new DataError({ file, line: 1 }, 'a JSON dataset must be an array of rows');
  return data.map((row, i) => {
    if (!isRecord(row)) throw new DataError({ file }, `row ${i + 1} must be an object`);
    return { line: i + 1, data: row };
  });
}

/** Reads every row of a dataset file, with line numbers for error messages. */
export async function readDataset(
  file: string,
  format?: DatasetFormat,
  displayName = file,
): Promise<{ rows: DatasetRow[]; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new DataError({ file: displayName }, 'cannot read the dataset file', {
      cause,
      hint: 'dataset paths are relative to the config file',
    });
  }
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded))
    throw new DataError(
      { file: displayName, line: decoded.line, col: decoded.col },
      'the dataset is not UTF-8 text (a byte here is not valid UTF-8)',
      { hint: 'convert it, e.g. iconv -f LATIN1 -t UTF-8 file > file.utf8' },
    );
  const text = decoded.text;
  const readers = { jsonl: readJsonl, csv: readCsv, yaml: readYaml, json: readJson };
  const rows = readers[formatOf(file, format)](displayName, text);
  if (rows.length === 0) throw new DataError({ file: displayName }, 'the dataset has no rows');
  return { rows, bytes };
}
