/**
 * Seeded randomness for the simulator: a hash to a uniform (the "model"'s answers), which is
 * what makes an answer at temperature 0 the same on every run, in every process, whatever the
 * arrival order. Its streams (faults, jitter, sampling draws) are the statistics' seededRandom.
 */

/**
 * A uniform in [0, 1) from a hash of the parts (cyrb53: 53 well-mixed bits, so a model's
 * accuracy over 1,000 prompts lands within sampling error of the value set).
 */
export function hashToUnit(...parts: string[]): number {
  const text = parts.join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53;
}
