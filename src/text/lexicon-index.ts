// The word tables as one open-addressing hash table over character codes. The word reader
// looks up every syllable of every sentence that holds a figure (a fifth of all text); a
// Map of strings costs a string, a hash and several cache misses per look-up, this costs
// two probes into typed arrays. A word of up to four syllables is keyed by the hash of its
// lower-case letters with single spaces; every shorter run of its first syllables is keyed
// too, as a prefix, so a longest match stops as soon as no word goes on.
//
// Two independent hashes (FNV-1a, 32 bits, and 15 bits of a multiplicative one) must both
// agree: a false match needs a 47-bit collision. A run of syllables is hashed from its
// syllables' own hashes (RunHash), so the reader hashes each syllable once, however many
// runs it is looked up in. A slot is two 32-bit numbers, the table
// half a megabyte, so it stays in the processor's cache.

import { hash as digest } from 'node:crypto';

export interface IndexedEntry {
  tags: number;
  classes: string;
  key: string;
}

const EMPTY = 0;
/** The filter's 32-bit words: one bit for each value of 20 bits. */
const FILTER_WORDS = 1 << 15;
/** Bumped whenever the layout or the hashes change, so an index written before is refused. */
const FORMAT = 0x76780001;
const PREFIX_ONLY = 0xffff;
/** No key of the table has these hashes. */
const UNKNOWN = -1;
/** In a slot and in a `code`: a longer key starts with this run (a longest match goes on). */
export const GOES_ON = 1 << 16;
/** The second hash's bits kept in a slot, above the value and GOES_ON. */
const CHECK_MASK = 0xfffe0000 | 0;

export class LexiconIndex {
  private readonly size: number;
  /**
   * Slots of two: the first hash, then 15 bits of the second hash above GOES_ON and a 16-bit
   * value: the entry index + 1, PREFIX_ONLY for a prefix that is no word, EMPTY for a free slot.
   */
  private readonly slots: Int32Array;
  private readonly entries: IndexedEntry[];
  /**
   * One bit per value of the second hash's low 20 bits, set for every key: most look-ups are
   * of runs that no word has (`hải dương` is no dictionary word), and this 128 KB filter
   * answers them without touching the half-megabyte table.
   */
  private readonly filter: Int32Array;

  private constructor(size: number, slots: Int32Array, entries: IndexedEntry[], filter: Int32Array) {
    this.size = size;
    this.slots = slots;
    this.entries = entries;
    this.filter = filter;
  }

  static build(words: Map<string, IndexedEntry>): LexiconIndex {
    // Built once per process, at the first article, in code not yet optimised: plain loops
    // over the keys' characters, the hashes inlined (HashState, RunHash), no string split.
    let keys = 0;
    for (const key of words.keys()) {
      keys++;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) keys++;
    }
    let size = 1;
    while (size < keys * 1.5) size <<= 1;
    const index = new LexiconIndex(size, new Int32Array(size * 2), [], new Int32Array(FILTER_WORDS));
    words.forEach((entry, key) => index.add(key, entry));
    return index;
  }

  /**
   * The index as bytes, to be read back by `fromBytes` (little-endian, as every platform
   * Node.js runs on): the format and the length of a JSON header (the tables' fingerprint, the
   * size, the entries' keys and their few distinct tags and classes, a digest of the rest),
   * then the slots, the filter, and for each entry the index of its tags and classes.
   */
  toBytes(fingerprint: string): Uint8Array {
    const kinds: Array<[number, string]> = [];
    const kindOf = new Map<string, number>();
    const entryKinds = new Uint16Array(this.entries.length);
    this.entries.forEach((e, i) => {
      const id = `${e.tags} ${e.classes}`;
      if (!kindOf.has(id)) kindOf.set(id, kinds.push([e.tags, e.classes]) - 1);
      entryKinds[i] = kindOf.get(id)!;
    });
    const tables = new Uint8Array((this.slots.length + this.filter.length) * 4 + entryKinds.byteLength);
    let at = 0;
    for (const table of [this.slots, this.filter, entryKinds]) {
      tables.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), at);
      at += table.byteLength;
    }
    const header = { fingerprint, size: this.size, kinds, keys: this.entries.map((e) => e.key).join('\n'), digest: digest('sha1', tables) };
    const json = new TextEncoder().encode(JSON.stringify(header));
    const head = 8 + json.length + ((4 - (json.length % 4)) % 4);
    const bytes = new Uint8Array(head + tables.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, FORMAT, true);
    view.setUint32(4, json.length, true);
    bytes.set(json, 8);
    bytes.set(tables, head);
    return bytes;
  }

  /**
   * The index `toBytes` wrote, or null when the bytes are of another format, of other tables,
   * or damaged: a file that cannot be trusted is never read as words.
   */
  static fromBytes(bytes: Uint8Array, fingerprint: string): LexiconIndex | null {
    try {
      return LexiconIndex.decode(bytes, fingerprint);
    } catch {
      return null;
    }
  }

  private static decode(bytes: Uint8Array, fingerprint: string): LexiconIndex | null {
    if (bytes.length < 8) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== FORMAT) return null;
    const length = view.getUint32(4, true);
    const head = 8 + length + ((4 - (length % 4)) % 4);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as { fingerprint: string; size: number; kinds: Array<[number, string]>; keys: string; digest: string };
    if (header.fingerprint !== fingerprint) return null;
    const { size, kinds } = header;
    const keys = header.keys.split('\n');
    const tables = bytes.subarray(head);
    if (tables.length !== (size * 2 + FILTER_WORDS) * 4 + keys.length * 2 || digest('sha1', tables) !== header.digest) return null;
    // Copied out: typed arrays over the file's buffer would need its offset aligned.
    const slots = new Int32Array(size * 2);
    const filter = new Int32Array(FILTER_WORDS);
    const entryKinds = new Uint16Array(keys.length);
    let at = 0;
    for (const table of [slots, filter, entryKinds]) {
      new Uint8Array(table.buffer).set(tables.subarray(at, at + table.byteLength));
      at += table.byteLength;
    }
    // (Indexed loops: this runs once per thread, unoptimised, where destructuring is slow.)
    const entries: IndexedEntry[] = [];
    for (let i = 0; i < keys.length; i++) {
      const kind = kinds[entryKinds[i]!];
      if (kind === undefined) return null;
      entries.push({ tags: kind[0], classes: kind[1], key: keys[i]! });
    }
    return new LexiconIndex(size, slots, entries, filter);
  }

  /**
   * Index one key and every run of its first syllables. (A method of its own, called per key,
   * is optimised after a few hundred keys; the same loop inside the constructor ran its 16,000
   * keys unoptimised: the first look-up of a process 58 → 46 ms.)
   */
  private add(key: string, entry: IndexedEntry): void {
    let r1 = RUN_SEED_1;
    let r2 = RUN_SEED_2;
    let s1 = SYLLABLE_SEED_1;
    let s2 = SYLLABLE_SEED_2;
    for (let i = 0; i <= key.length; i++) {
      const c = i < key.length ? key.charCodeAt(i) : 32;
      if (c !== 32) {
        s1 = Math.imul(s1 ^ c, 0x01000193);
        s2 = Math.imul(s2 + c, 0x5bd1e995) ^ (s2 >>> 15);
        continue;
      }
      r1 = Math.imul(r1 ^ s1, 0x01000193) ^ (r1 >>> 13);
      r2 = Math.imul(r2 + s2, 0x5bd1e995) ^ (r2 >>> 15);
      const last = i === key.length;
      this.insert(r1, r2, last ? entry : null, !last);
      s1 = SYLLABLE_SEED_1;
      s2 = SYLLABLE_SEED_2;
    }
  }

  private insert(h1: number, h2: number, entry: IndexedEntry | null, goesOn: boolean): void {
    const bit = h2 & 0xfffff;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
    const mask = this.size - 1;
    const slots = this.slots;
    const check = (h2 << 16) & CHECK_MASK;
    const more = goesOn ? GOES_ON : 0;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const value = slots[at + 1]! & 0xffff;
      if (value === EMPTY) {
        if (this.entries.length >= PREFIX_ONLY - 1) throw new Error('word table too large for its index');
        slots[at] = h1;
        slots[at + 1] = check | more | (entry ? this.entries.push(entry) : PREFIX_ONLY);
        return;
      }
      if (slots[at] === h1 && (slots[at + 1]! & CHECK_MASK) === check) {
        const kept = slots[at + 1]! & GOES_ON;
        slots[at + 1] = check | kept | more | (entry ? this.entries.push(entry) : value);
        return;
      }
    }
  }

  /**
   * The entry for a hash state: undefined when no word and no longer word starts so
   * (the caller stops), null when only a longer word starts so (the caller goes on).
   */
  find(h1: number, h2: number): IndexedEntry | null | undefined {
    const code = this.code(h1, h2);
    if (code === UNKNOWN) return undefined;
    return this.entryOf(code);
  }

  /**
   * The run's code: UNKNOWN (-1) when no key starts so; else its value, with GOES_ON set
   * when a longer key starts with it. (A cache of recent answers in front of this was
   * measured: in the pipeline, where other work evicts it between sentences, it only added a
   * cache miss to each look-up.)
   */
  code(h1: number, h2: number): number {
    return this.probe(h1, h2);
  }

  /** The entry a code names, or null for a prefix that is no word. */
  entryOf(code: number): IndexedEntry | null {
    const value = code & 0xffff;
    return value === PREFIX_ONLY ? null : this.entries[value - 1]!;
  }

  private probe(h1: number, h2: number): number {
    const bit = h2 & 0xfffff;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return UNKNOWN;
    const mask = this.size - 1;
    const slots = this.slots;
    const check = (h2 << 16) & CHECK_MASK;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const packed = slots[at + 1]!;
      if ((packed & 0xffff) === EMPTY) return UNKNOWN;
      if (slots[at] === h1 && (packed & CHECK_MASK) === check) return packed & 0x1ffff;
    }
  }
}

export const SYLLABLE_SEED_1 = 0x811c9dc5 | 0;
export const SYLLABLE_SEED_2 = 0x9747b28c | 0;
const RUN_SEED_1 = 0x2f4e6b1d | 0;
const RUN_SEED_2 = 0x51ed270b | 0;

/** The running hashes of a key, fed one character code at a time. */
export class HashState {
  h1 = SYLLABLE_SEED_1;
  h2 = SYLLABLE_SEED_2;

  add(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 0x01000193);
    this.h2 = Math.imul(this.h2 + code, 0x5bd1e995) ^ (this.h2 >>> 15);
  }

  reset(): void {
    this.h1 = SYLLABLE_SEED_1;
    this.h2 = SYLLABLE_SEED_2;
  }
}

/** The hashes of a run of syllables, fed one syllable's hashes (HashState) at a time. */
export class RunHash {
  h1 = RUN_SEED_1;
  h2 = RUN_SEED_2;

  add(s1: number, s2: number): void {
    this.h1 = Math.imul(this.h1 ^ s1, 0x01000193) ^ (this.h1 >>> 13);
    this.h2 = Math.imul(this.h2 + s2, 0x5bd1e995) ^ (this.h2 >>> 15);
  }

  reset(): void {
    this.h1 = RUN_SEED_1;
    this.h2 = RUN_SEED_2;
  }
}
