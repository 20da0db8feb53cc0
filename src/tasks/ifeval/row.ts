/**
 * Reads one IFEval item in the reference's `input_data.jsonl` shape (`instruction_id_list`,
 * `kwargs`) and builds its checks. A bad row is bad data, reported as such, never a zero score.
 */
import { DataError } from '../../errors.js';
import { type Check, type Kwargs, KwargsError } from './instruction.js';
import { INSTRUCTIONS, type InstructionId, isInstructionId } from './registry.js';

export interface BuiltInstruction {
  id: InstructionId;
  check: Check;
}

function rowError(row: Record<string, unknown>, path: string, message: string, hint?: string): DataError {
  const key = row.key ?? row.id;
  const where = key === undefined ? 'IFEval item' : `IFEval item ${JSON.stringify(key)}`;
  return new DataError({ file: where, path }, message, { hint });
}

/** Null-valued kwargs are dropped: the Hugging Face copy of IFEval lists every key with null. */
function cleanKwargs(value: unknown): Kwargs | undefined {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

/** The instructions of a row, built from their kwargs as the reference's `build_description` does. */
export function buildInstructions(row: Record<string, unknown>): BuiltInstruction[] {
  const ids = row.instruction_id_list;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw rowError(row, 'instruction_id_list', 'must be a non-empty list of instruction ids');
  }
  const kwargsList = row.kwargs ?? [];
  if (!Array.isArray(kwargsList) || kwargsList.length < ids.length) {
    throw rowError(row, 'kwargs', `must be a list with one object per instruction (${ids.length})`);
  }
  return (ids as string[]).map((id, index) => {
    if (!isInstructionId(id)) {
      throw rowError(
        row,
        `instruction_id_list[${index}]`,
        `unknown IFEval instruction id "${id}"`,
        `supported ids: ${Object.keys(INSTRUCTIONS).join(', ')}`,
      );
    }
    const instruction = INSTRUCTIONS[id];
    const kwargs = cleanKwargs(kwargsList[index]);
    if (kwargs === undefined) throw rowError(row, `kwargs[${index}]`, 'must be an object');
    const unexpected = Object.keys(kwargs).filter((k) => !instruction.kwargs.includes(k));
    if (unexpected.length > 0) {
      throw rowError(
        row,
        `kwargs[${index}]`,
        `${id} takes no ${unexpected.map((k) => `"${k}"`).join(', ')}`,
        `it takes: ${instruction.kwargs.join(', ') || 'nothing'}`,
      );
    }
    try {
      return { id, check: instruction.build(kwargs) };
    } catch (error) {
      if (error instanceof KwargsError) throw rowError(row, `kwargs[${index}]`, `${id}: ${error.message}`);
      throw error;
    }
  });
}
