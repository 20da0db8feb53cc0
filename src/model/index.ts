export { ResponseCache, type CacheKey } from './cache.js';
export {
  ModelClient,
  type ChatMessage,
  type Completion,
  type EndpointOptions,
  type ServedModel,
} from './client.js';
export { isFatalStatus, statusOf, toRecordError } from './errors.js';
export { Scheduler, type SchedulerOptions } from './scheduler.js';
export { scrubber, apiKeyValues, secretValues, type Scrub } from './secrets.js';
export { isCallError } from './errors.js';
export type { ResponseCacheOptions } from './cache.js';
