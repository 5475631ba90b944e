// The word tests every phrase reader shares (clause.ts, actor.ts): what breaks a phrase or a
// clause, what is content, where brackets close, whether an enumeration goes on after a comma,
// which words place a time. They read the words of src/text/words.ts by their tags only.
import { firstClass, has, Tag, type Word } from './words.js';
import { RELATIVE_NOUNS_AFTER_COMMA, TIME_PREPOSITION_WORDS } from '../vocab/clause-words.js';
import { COUNTING_WORDS } from '../vocab/owner-words.js';

const COUNTING = new Set(COUNTING_WORDS);

export interface Span {
  start: number;
  end: number;
}

export const CONTENT = Tag.Noun | Tag.Verb | Tag.Adjective | Tag.Name | Tag.Unknown | Tag.MeasureHead;

export const BREAKS = new Set([',', ';', ':', '.', '(', ')', '“', '”', '"', '–', '-', '!', '?', '…', '[', ']', '/', '+']);

/** Closing a clause: a name never runs over these. */
export const CLAUSE_BREAKS = new Set([';', '.', '!', '?', ':']);

export const isBreak = (w: Word | undefined) => w !== undefined && (w.tags & Tag.Punctuation) !== 0 && BREAKS.has(w.key);

export const isClauseBreak = (w: Word | undefined) => w !== undefined && (w.tags & Tag.Punctuation) !== 0 && CLAUSE_BREAKS.has(w.key);

export const isContent = (w: Word | undefined) => w !== undefined && (w.tags & CONTENT) !== 0 && (w.tags & FUNCTIONAL) === 0;

// Function tags that end a phrase even when the word could also be content.
export const FUNCTIONAL =
  Tag.Linking | Tag.Change | Tag.Qualifier | Tag.Auxiliary | Tag.Owner | Tag.Preposition | Tag.Opener | Tag.Reporting |
  Tag.Source | Tag.Pronoun | Tag.Time | Tag.Determiner | Tag.Anaphor | Tag.Particle;

export function spanOf(words: Word[], from: number, to: number): Span | null {
  if (from > to) return null;
  return { start: words[from]!.start, end: words[to]!.end };
}

/** The first word of the figure's clause: after the last `;`, `:` or sentence start. */
export function clauseStart(words: Word[], figure: number): number {
  for (let i = figure - 1; i >= 0; i--) if (isClauseBreak(words[i])) return i + 1;
  return 0;
}

/** The word after the figure's clause. */
export function clauseEnd(words: Word[], figure: number): number {
  for (let i = figure + 1; i < words.length; i++) if (isClauseBreak(words[i]) && words[i]!.key !== ':') return i;
  return words.length;
}

export function closingBracket(words: Word[], open: number): number {
  for (let i = open + 1; i < words.length && i < open + 30; i++) {
    if (words[i]!.key === ')') return i;
    if (words[i]!.key === '(' || isClauseBreak(words[i])) return -1;
  }
  return -1;
}

export function openingBracket(words: Word[], close: number): number {
  for (let i = close - 1; i >= 0 && i > close - 30; i--) {
    if (words[i]!.key === '(') return i;
    if (words[i]!.key === ')' || isClauseBreak(words[i])) return -1;
  }
  return -1;
}

export function containsTag(words: Word[], from: number, to: number, tags: number): boolean {
  for (let i = from; i < to; i++) if (has(words[i], tags)) return true;
  return false;
}

/** Whether a word of words[from, to) has its key in `keys` (a vocabulary table's set). */
export function containsKey(words: Word[], from: number, to: number, keys: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (keys.has(words[i]!.key)) return true;
  return false;
}

const relativeNouns = new Set(RELATIVE_NOUNS_AFTER_COMMA);
/** A comma at `comma` opens a relative aside (`, nơi có …`). */
export const opensRelativeAside = (words: Word[], comma: number): boolean => words[comma]?.key === ',' && relativeNouns.has(words[comma + 1]?.key ?? '');

/**
 * After a comma: a short run of nouns (no verb, no figure) that the phrase's enumeration goes
 * on with; in a relative clause, of verbs too (`có nhu cầu mua, thuê, thuê mua NƠXH`).
 */
export function enumerationGoesOn(words: Word[], comma: number, verbs = false): boolean {
  // `… 15.572 chiếc, Audi bán được …`: a proper name after a common noun opens another
  // clause, not the next item of a list of like nouns.
  const after = words[comma + 1];
  if (opensRelativeAside(words, comma)) return false;
  if (has(after, Tag.Name) && !has(after, Tag.Acronym | Tag.Label) && !has(words[comma - 1], Tag.Name)) {
    // (Unless it is a body's name of common words, capitalised, with no predicate of its own
    // right after it: `các sở, ban, ngành, Ủy ban nhân dân cấp huyện …` goes on with the list.)
    if (after!.key === '' || nameOpensClause(words, comma + 1)) return false;
  }
  let n = 0;
  for (let i = comma + 1; i < words.length && n <= 3; i++) {
    const w = words[i]!;
    // (An item that is a common noun and a number of its own is another measure: `200 mã lực,
    // mô-men xoắn 500 Nm`; not numbers listed, `quận 6, 8, 11`, nor a place's, `Phường 11`.)
    if (n > 0 && has(w, Tag.Label | Tag.Figure) && !has(words[i - 1], Tag.Name) && isContent(words[i - 1])) return false;
    if (isContent(w) && (verbs || !isVerbOnly(w))) {
      n++;
      continue;
    }
    if (n === 0) return false;
    // The run ends at a comma, `và`, a bracket, the clause end or the predicate: an enumeration item.
    // (After a phrase with a verb of its own, nouns before a predicate are another clause's
    // actor: `3 người bị thương nặng, giao thông bị ùn tắc`, `sau 3 lần đạp ga, độ khói không
    // được …`; unless a list is under way, whose last item they are: `cán bộ điều tra, hải
    // quan, cảnh sát bị xét xử`.)
    let predicate = has(w, Tag.Auxiliary | Tag.Linking) || isVerbOnly(w);
    // (An owner's phrase may stand between them: `…, người bố vợ của nam thanh niên đã đến …`.)
    if (has(w, Tag.Owner) && verbs) {
      let k = i + 1;
      while (k < words.length && isContent(words[k]) && !isVerbOnly(words[k])) k++;
      if (k > i + 1 && (has(words[k], Tag.Auxiliary | Tag.Linking) || isVerbOnly(words[k]))) predicate = true;
    }
    if (predicate && verbs && !isVerbOnly(words[comma + 1]) && !listUnderWay(words, comma)) return false;
    // (So are nouns a numeral counts: `2,2 triệu quân chính quy, hai bên sẽ …`.)
    if (predicate && COUNTING.has(words[comma + 1]!.key)) return false;
    return isBreak(w) || w.key === 'và' || w.key === 'hoặc' || isClauseBreak(w) || has(w, Tag.Owner) || predicate;
  }
  return n > 0 && n <= 3;
}

/**
 * `… 1,2 triệu quân và Trung Quốc duy trì …`: a proper name at `k` (not an acronym) with a
 * predicate right after its words is the actor of a clause of its own.
 */
export function nameOpensClause(words: Word[], k: number): boolean {
  if (!has(words[k], Tag.Name) || has(words[k], Tag.Acronym | Tag.Label)) return false;
  let j = k;
  while (has(words[j], Tag.Name)) j++;
  const next = words[j];
  return isVerbOnly(next) || has(next, Tag.Auxiliary | Tag.Linking | Tag.Change);
}

/**
 * `… và tỷ giá vẫn diễn biến ổn định`: a common noun phrase (three words at most) with an
 * auxiliary and then a verb or content word after it is a clause of its own, with its own
 * actor. (Not nouns joined to the phrase: `lãi suất và tỷ giá`; nor a predicate joined with
 * no actor: `… hoặc đang ở chung`.)
 */
export function nounOpensClause(words: Word[], k: number): boolean {
  let j = k;
  while (j < k + 3 && has(words[j], Tag.Noun) && !has(words[j], Tag.Name | FUNCTIONAL | Tag.Figure | Tag.Date) && !isVerbOnly(words[j])) j++;
  if (j === k || !has(words[j], Tag.Auxiliary) || has(words[j], Tag.Linking)) return false;
  const after = words[j + 1];
  return isVerbOnly(after) || isContent(after);
}

/**
 * `Suzuki gây sốt …`, `Bộ GDĐT quyết định thành lập …`: after a name, a word that is a noun
 * and a verb, with a verb right after it, is the predicate's first verb, not a noun of the
 * phrase. (A body named by its task is one word of the lexicon: `Ban chấm thi`, table COMMITTEES.)
 */
export function opensPredicateAfterName(words: Word[], i: number): boolean {
  const w = words[i];
  return i > 0 && has(words[i - 1], Tag.Name) && has(w, Tag.Verb) && !has(w, Tag.Name) && isVerbOnly(words[i + 1]);
}

/** Another item and its comma just before this comma (`điều tra, hải quan, …`): a list is under way. */
function listUnderWay(words: Word[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 3; k--) {
    if (words[k]!.key === ',') return k < comma - 1;
    if (!isContent(words[k])) return false;
  }
  return false;
}

/** A dash, short or long (`-`, `–`). */
/** The index of the word before `figure` past the qualifiers right before it (`lên gần 5,8 triệu`, `là khoảng 30%`), -1 at the start. */
export function beforeQualifiers(words: Word[], figure: number): number {
  let k = figure - 1;
  while (k >= 0 && has(words[k], Tag.Qualifier) && !has(words[k], Tag.Punctuation)) k--;
  return k;
}

export const isDash = (w: Word | undefined) => w !== undefined && (w.key === '-' || w.key === '–');

export const isVerbOnly = (w: Word | undefined) => w !== undefined && has(w, Tag.Verb) && !has(w, Tag.Noun | Tag.Name) && (w.tags & FUNCTIONAL) === 0;

/** A word read as a verb: the dictionary's only class for it, or its commonest (`khởi công`; `mua`, also a noun). */
export const actsAsVerb = (w: Word): boolean => isVerbOnly(w) || (firstClass(w) === 86 /* V */ && !has(w, Tag.Name));

/** Words that attach a time phrase, skipped with it (table TIME_PREPOSITION_WORDS). */
export const TIME_PREPOSITIONS = new Set(TIME_PREPOSITION_WORDS);

/** A date or time word at `i`, past the words that place it (`trong giai đoạn 2016 - 2020`). */
export function isTimeAhead(words: Word[], i: number): boolean {
  for (let k = i; k < words.length && k < i + 3; k++) {
    if (has(words[k], Tag.Date | Tag.Time)) return true;
    if (!TIME_PREPOSITIONS.has(words[k]!.key)) return false;
  }
  return false;
}

export const isTimeWord = (w: Word | undefined) => has(w, Tag.Date | Tag.Time) || (has(w, Tag.Preposition) && TIME_PREPOSITIONS.has(w!.key));

export function nextIndex(words: Word[], from: number, to: number, test: (w: Word) => boolean): number {
  for (let i = from; i < to; i++) if (test(words[i]!)) return i;
  return -1;
}
