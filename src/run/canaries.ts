import type { CacheUse } from '../artifacts.js';
import type { Completion, ResponseCache } from '../model/index.js';
import { cacheKeyOf, canaryKey, type Endpoint } from './endpoints.js';
import { messagesFor, type Unit } from './generate.js';

export interface VouchOptions {
  cache: ResponseCache;
  /** The units this model is about to run: the canaries are drawn from their cached replies. */
  units: Unit[];
  /** How many cached replies to ask again live. */
  canaries: number;
  signal: AbortSignal;
}

interface CachedUnit {
  unit: Unit;
  completion: Completion;
}

/** Cache files read at once while looking for canaries: enough to hide the disk, few enough to stay light. */
const SCAN_BATCH = 64;

/**
 * Decides whether this model may reuse cached replies in this run, and sets `endpoint.readCache`.
 * A name alone never vouches for the weights behind it: a pinned `revision` does, else a sample
 * of cached temperature-0 prompts, the longest replies first (they diverge first when weights
 * change), asked again live. One difference turns the cache off for this model in this run.
 * Canaries catch broad changes, not a change confined to a few prompts: a revision is the sure way.
 */
export async function vouchForCache(endpoint: Endpoint, options: VouchOptions): Promise<CacheUse> {
  const { revision, params } = endpoint.config;
  if (revision !== undefined) {
    endpoint.readCache = true;
    return { used: true, note: `vouched for by revision ${revision}`, canaries: null };
  }
  endpoint.readCache = false;
  if (params.temperature !== 0) {
    const temperature =
      params.temperature === undefined ? "unset: the server's default" : String(params.temperature);
    return {
      used: false,
      note: `not used: sampled replies (temperature ${temperature}) are reused only under a pinned models[].revision`,
      canaries: null,
    };
  }
  const cached = await longestCached(endpoint, options);
  if (cached.length === 0)
    return { used: false, note: 'not used: nothing cached for this model yet', canaries: null };
  let differ = 0;
  let failed = 0;
  const replies = new Map<string, Completion>();
  await Promise.all(
    cached.map(async ({ unit, completion }) => {
      const messages = messagesFor(unit, endpoint);
      let live: Completion;
      try {
        live = await endpoint.scheduler.run(() => endpoint.client.complete(messages, unit.sample));
      } catch (error) {
        if (options.signal.aborted) throw error;
        failed++;
        return;
      }
      replies.set(canaryKey(messages, unit.sample), live);
      if (live.output !== completion.output || live.reasoning !== completion.reasoning) {
        differ++;
        // The live reply is what these weights say: the next run starts from it.
        await options.cache.set(cacheKeyOf(endpoint, messages, unit.sample), live);
      }
    }),
  );
  const asked = cached.length;
  if (differ === 0 && failed === 0) {
    endpoint.readCache = true;
    return {
      used: true,
      note: `vouched for by ${asked} matching canaries`,
      canaries: { asked, differ, failed },
    };
  }
  // The cache is off for this model: the units the canaries asked take those replies.
  endpoint.canaryReplies = replies;
  const reasons = [
    ...(differ > 0 ? [`${differ} of ${asked} canaries differ`] : []),
    ...(failed > 0 ? [`${failed} of ${asked} canaries could not be asked`] : []),
  ];
  return { used: false, note: `not used: ${reasons.join(', ')}`, canaries: { asked, differ, failed } };
}

/** The cached replies of these units, longest first (ties in plan order), at most `canaries` of them. */
async function longestCached(endpoint: Endpoint, options: VouchOptions): Promise<CachedUnit[]> {
  const found: CachedUnit[] = [];
  for (let start = 0; start < options.units.length; start += SCAN_BATCH) {
    const batch = options.units.slice(start, start + SCAN_BATCH);
    const hits = await Promise.all(
      batch.map((unit) => options.cache.get(cacheKeyOf(endpoint, messagesFor(unit, endpoint), unit.sample))),
    );
    hits.forEach((completion, i) => {
      if (completion) found.push({ unit: batch[i], completion });
    });
    // Only the longest are kept: a large plan's cached replies never sit in memory together.
    if (found.length > options.canaries * 4) keepLongest(found, options.canaries);
  }
  keepLongest(found, options.canaries);
  return found;
}

function keepLongest(found: CachedUnit[], count: number): void {
  const length = (c: Completion) => c.output.length + (c.reasoning?.length ?? 0);
  found.sort((a, b) => length(b.completion) - length(a.completion));
  found.length = Math.min(found.length, count);
}
