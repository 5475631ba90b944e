// `--shard K/N`: a stable split of a corpus with no coordinator. An article belongs to
// shard (FNV-1a hash of its id mod N) + 1, the same on every machine and every run.
import { OptionError } from './errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new OptionError(`--shard must be K/N with 1 ≤ K ≤ N (for example 2/4), not "${spec}"`);
  }
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-16 code units of the id. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function shardOf(id: string, count: number): number {
  return (fnv1a(id) % count) + 1;
}
