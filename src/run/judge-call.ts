import type { ResponseCache } from '../model/index.js';
import type { JudgeCall } from '../tasks/index.js';
import { callModel, refusal, type Endpoint } from './endpoints.js';

/**
 * The judge goes through the same client, scheduler, retries and cache as the models. A judge that
 * refuses its key stops the run, as a model that refuses does: every judged item would fail alike.
 */
export function makeJudge(endpoint: Endpoint, cache: ResponseCache | undefined): JudgeCall {
  return async (messages) => {
    try {
      const { completion } = await callModel(endpoint, cache, messages, 0);
      return completion.output;
    } catch (error) {
      throw refusal(endpoint, `judge ${endpoint.config.id}`, error) ?? error;
    }
  };
}
