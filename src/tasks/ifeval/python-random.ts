/**
 * Python's `random.Random(seed)` for an integer seed (MT19937 with `init_by_array`), with the
 * three methods langdetect uses: `random()`, `gauss()` and `choice()`. Python's langdetect draws
 * its samples from this generator, so a seeded run here draws what Python draws with
 * `DetectorFactory.seed` set to the same seed.
 */
export interface PythonRandom {
  random(): number;
  gauss(mu: number, sigma: number): number;
  choice<T>(items: readonly T[]): T;
}

const N = 624;
const M = 397;

export function pythonRandom(seed: number): PythonRandom {
  const mt = new Uint32Array(N);
  let index = N + 1;

  function initGenrand(s: number): void {
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    index = N;
  }

  // random.seed(int): the absolute value split into 32-bit words, fed to init_by_array.
  function initByArray(key: number[]): void {
    initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  function genrand(): number {
    if (index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      index = 0;
    }
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  const words: number[] = [];
  let rest = Math.abs(Math.trunc(seed));
  do {
    words.push(rest % 0x100000000);
    rest = Math.floor(rest / 0x100000000);
  } while (rest > 0);
  initByArray(words);

  const random = (): number => ((genrand() >>> 5) * 67108864 + (genrand() >>> 6)) / 9007199254740992;

  /** getrandbits(k) for k ≤ 32, then rejection as `_randbelow` does. */
  function randbelow(n: number): number {
    const k = 32 - Math.clz32(n);
    let r = genrand() >>> (32 - k);
    while (r >= n) r = genrand() >>> (32 - k);
    return r;
  }

  let gaussNext: number | null = null;
  return {
    random,
    gauss(mu, sigma) {
      let z = gaussNext;
      gaussNext = null;
      if (z === null) {
        const x2pi = random() * 2 * Math.PI;
        const g2rad = Math.sqrt(-2 * Math.log(1 - random()));
        z = Math.cos(x2pi) * g2rad;
        gaussNext = Math.sin(x2pi) * g2rad;
      }
      return mu + z * sigma;
    },
    choice(items) {
      return items[randbelow(items.length)];
    },
  };
}
