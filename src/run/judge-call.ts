import type { ResponseCache } from '../model/index.js';
import type { JudgeCall } from '../tasks/index.js';
import { callModel, type Endpoint } from './endpoints.js';

/** The judge goes through the same client, scheduler, retries and cache as the models. */
export function makeJudge(endpoint: Endpoint, cache: ResponseCache | undefined): JudgeCall {
  return async (messages) => {
    const { completion } = await callModel(endpoint, cache, messages, 0);
    return completion.output;
  };
}
