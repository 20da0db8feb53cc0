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
export { redactSecrets } from './secrets.js';
