import { EvalwardenError } from '../errors.js';
import type { ModelPick } from '../run/index.js';

const MODEL_PICK = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:=([^@]+)(?:@(https?:\/\/\S+))?)?$/;

/**
 * `--model` values (and the Action's `model` input): `ID` picks a model of the config;
 * `ID=SERVED` or `ID=SERVED@BASE_URL` makes that id call another served model or endpoint.
 */
export function parseModelPicks(specs: readonly string[]): ModelPick[] {
  return specs.map((spec) => {
    const match = MODEL_PICK.exec(spec);
    if (!match)
      throw new EvalwardenError(`model "${spec}" is not ID, ID=SERVED_MODEL or ID=SERVED_MODEL@BASE_URL`, {
        hint: 'e.g. cand, cand=my-org/ckpt-5000 or cand=my-org/ckpt-5000@http://gpu-1:8000/v1',
      });
    const [, id, served, baseUrl] = match;
    return { id, ...(served ? { served } : {}), ...(baseUrl ? { baseUrl } : {}) };
  });
}
