// What follows a number (quantities.ts): a scale, a currency, a percent, a per-unit, or the
// counted noun as written, read by tables and by the word reader's lexicon.
import { dictionaryEntry, openingWordEntry, Tag } from '../text/words.js';
import { DENIALS, DIRECTIONS_AFTER_VERBS } from '../vocab/clause-words.js';
import {
  COUNTED_UNITS,
  CURRENCIES,
  DONG_NOT_CURRENCY,
  MONEY_NOUNS_AFTER,
  NON_QUANTITY_FOLLOWERS,
  EVENT_FOLLOWERS,
  NOT_SCALE_WORDS,
  NOUN_COMPOUNDS_WITH_STOPWORD,
  NOUN_PHRASE_STOPWORDS,
  PER_UNITS,
  RATE_PERIODS,
  LENGTH_UNITS,
  SCALED_CURRENCIES,
  SCALES,
  TIME_NOUNS,
} from '../vocab/quantities.js';
import { TITLES } from '../vocab/titles.js';
import { DURATION_UNITS } from '../vocab/date-words.js';
import { WordTable } from './word-table.js';
import { type QuantityKind, lower, startsWithWord, longestPrefix } from './quantity-parts.js';
import { FIRST_WORD, hasLetter, lettered, letterPattern, NEXT_LOWER_CASE_WORD, startsUpper } from '../text/letters.js';

export const UNIT_TABLE = new WordTable(COUNTED_UNITS, (u) => u);
const CURRENCY_TABLE = new WordTable(CURRENCIES, (c) => c[0]);
const SCALED_CURRENCY_TABLE = new WordTable(SCALED_CURRENCIES, (c) => c[0]);
export const SCALE_TABLE = new WordTable(SCALES, (s) => s[0]);
const NOT_SCALE_TABLE = new WordTable(NOT_SCALE_WORDS, (w) => w);
const TIME_NOUN_TABLE = new WordTable(TIME_NOUNS, (w) => w);
const NON_FOLLOWERS = [...NON_QUANTITY_FOLLOWERS].sort((a, b) => b.length - a.length);
const NON_FOLLOWERS_LOWER = NON_FOLLOWERS.map((w) => [w, lower(w)] as const);

/** A noun that makes the number before it no quantity (`G` only as written: `5G`). */
function startsWithNonFollower(noun: string): boolean {
  const low = lower(noun);
  if (low.length !== noun.length) return NON_FOLLOWERS.some((w) => startsWithWord(noun, w, w === 'G')) && !eventWithComplement(noun);
  for (const [word, wordLow] of NON_FOLLOWERS_LOWER) {
    if (word === 'G' ? !noun.startsWith(word) : !low.startsWith(wordLow)) continue;
    const next = noun[word.length];
    if (next === undefined || !(hasLetter(next) || /\d/.test(next)) || !hasLetter(word[word.length - 1]!)) return !eventWithComplement(noun);
  }
  return false;
}

/** `10 kỳ điều chỉnh`, `3 buổi tập`: an event word with what it names after it is counted. */
function eventWithComplement(noun: string): boolean {
  const firstWord = FIRST_WORD.exec(noun)?.[0];
  return firstWord !== undefined && EVENT_WORDS.has(firstWord.toLowerCase()) && noun.length > firstWord.length;
}

const EVENT_WORDS = new Set(EVENT_FOLLOWERS);

/** A noun of time opening `s` that is not part of a date (`năm trước`, not `năm 2016`). */
function timeNounAt(s: string): boolean {
  const noun = longestPrefix(s, TIME_NOUN_TABLE);
  return noun !== null && !/^\s*\d/u.test(s.slice(noun.length));
}

/** What follows a number: scale, currency, percent, per-unit, counted noun. */
export interface Tail {
  end: number;
  kind: QuantityKind | null;
  scale: number;
  unit: string | null;
  currency: string | null;
}

/** A tail, always made here: one object shape for every reader of tails (no spread copies). */
export function tailOf(end: number, kind: QuantityKind | null, scale: number, unit: string | null, currency: string | null): Tail {
  return { end, kind, scale, unit, currency };
}

// (Helpers at module level, not closures made per call: V8 keeps a closure's optimised code
// only while some closure of it lives, and compiles a per-call one again after each full GC.)

/** The text after a number that its tail may use. */
function restAt(text: string, pos: number, limit: number): string {
  return text.slice(pos, Math.min(limit, pos + 60));
}

/** Past the spaces at `pos`. */
function spaceEnd(text: string, pos: number, limit: number): number {
  while (pos < limit && text.charCodeAt(pos) === 32) pos++;
  return pos;
}

const GLUED_SCALE = lettered(/^(k|K|tr)(?![\p{L}\d])/u);
const PER_UNIT = lettered(/^\s?\/\s?(\p{L}[\p{L}\d]*(?: \p{L}+)?)/u);
const PER_COUNT_UNIT = lettered(/^\s?\/\s?(\d+(?:\.\d{3})*)\s?(\p{L}+(?: \p{L}+)?)/u);
const PER_UNIT_GLUED = lettered(/^\/(\p{L}[\p{L}\d]*)(?![\p{L}\d])/u);
const PERCENTAGE_POINTS_WORDS = lettered(/^điểm phần trăm(?!\p{L})/iu);
const PERCENT_WORDS = lettered(/^phần trăm(?!\p{L})/iu);
export function readTail(text: string, from: number, limit: number): Tail {
  let pos = from;
  const tail = tailOf(from, null, 1, null, null);

  // Percent right after, glued or spaced.
  const afterNumber = text.slice(pos, Math.min(limit, pos + 20));
  const percent = /^\s?%/u.exec(afterNumber);
  if (percent) {
    // A rate per period keeps its period: `lãi suất 7%/năm` (SPEC's unit `%/năm`).
    const period = PERCENT_PER_PERIOD.exec(text.slice(pos + percent[0].length, Math.min(limit, pos + percent[0].length + 8)));
    if (period) return tailOf(pos + percent[0].length + period[0].length, 'percent', tail.scale, `%/${period[1]}`, tail.currency);
    return tailOf(pos + percent[0].length, 'percent', tail.scale, '%', tail.currency);
  }
  pos = spaceEnd(text, pos, limit);
  if (PERCENTAGE_POINTS_WORDS.test(restAt(text, pos, limit))) return tailOf(pos + 'điểm phần trăm'.length, 'percent', tail.scale, 'điểm phần trăm', tail.currency);
  if (PERCENT_WORDS.test(restAt(text, pos, limit))) return tailOf(pos + 'phần trăm'.length, 'percent', tail.scale, '%', tail.currency);

  // Scale words (may stack: `nghìn tỷ`), then a currency or a unit. Glued to the number,
  // `k` is a thousand and `tr` a million (`50k`, `5tr`), as the informal press writes them.
  const glued = pos === from ? GLUED_SCALE.exec(text.slice(pos, pos + 3)) : null;
  const scaleWord: [string, number] | null = glued ? [glued[1]!, glued[1] === 'tr' ? 1e6 : 1e3] : longestPrefix(restAt(text, pos, limit), SCALE_TABLE);
  const scale = scaleWord && !longestPrefix(restAt(text, pos, limit), NOT_SCALE_TABLE) ? scaleWord : null;
  if (scale) {
    tail.scale = scale[1];
    pos += scale[0].length;
    tail.end = pos;
    tail.kind = 'count';
    pos = spaceEnd(text, pos, limit);
  }
  const currency = longestPrefix(restAt(text, pos, limit), CURRENCY_TABLE, true) ?? scaledCurrencyAt(text, pos, limit, scale !== null);
  const notMoney = currency?.[0] === 'đồng' && DONG_NOT_CURRENCY_RE.test(restAt(text, pos, limit));
  if (currency && !notMoney && (currency[0] !== 'đ' || !hasLetter(text[pos + 1] ?? ''))) {
    pos += currency[0].length;
    tail.kind = 'money';
    tail.currency = currency[1];
    tail.unit = currency[1];
    tail.end = pos;
    // Currency per unit: `300 đồng/lít`, `95,6 triệu đồng/người`.
    const per = PER_UNIT.exec(text.slice(pos, Math.min(limit, pos + 30)));
    if (per) {
      const perUnit = firstUnitWords(per[1]!);
      tail.unit = `${text.slice(pos - currency[0].length, pos)}/${perUnit}`;
      tail.end = pos + per[0].indexOf(perUnit) + perUnit.length;
    }
    return tail;
  }
  if (scale && /^%/.test(restAt(text, pos, limit))) return tailOf(pos + 1, 'percent', tail.scale, '%', tail.currency);
  // `chi 3.150 tỷ xây nhà`: billions with no currency and no counted unit are đồng in
  // Vietnamese news; millions are not (`96 triệu dân`), so only tỷ and above.
  // `250 triệu tiền viện phí`: millions before a money noun are đồng too (the noun is no unit).
  if (scale && scale[1] >= 1e6 && MONEY_NOUN_AFTER.test(restAt(text, pos, limit))) {
    return tailOf(tail.end, 'money', tail.scale, 'VND', 'VND');
  }
  if (scale && scale[1] >= 1e9 && !longestPrefix(restAt(text, pos, limit), UNIT_TABLE) && !timeNounAt(restAt(text, pos, limit))) {
    return tailOf(tail.end, 'money', tail.scale, 'VND', 'VND');
  }

  // A counted noun: from the unit table, an acronym, or the noun phrase as written.
  const noun = readNoun(text, pos, limit);
  if (noun) {
    if (startsWithNonFollower(noun.text)) {
      // `cách đây 65 triệu năm`, `tiến hóa 2 tỉ năm`: millions of years are a span of time, no
      // figure (SPEC: durations are not indicators); `8 triệu năm 2016` counts in a year.
      if (scale && durationAt(text, pos, limit)) return tailOf(from, null, 1, null, tail.currency);
      return scale ? tail : tailOf(from, null, 1, null, tail.currency);
    }
    tail.unit = noun.text;
    tail.end = noun.end;
    tail.kind = 'count';
    // `20 m 3 nước`, `30m 2`: a page that lost its superscript writes the power apart.
    // (Not when the digit counts a unit of its own: `3 km 2 làn xe`.)
    const power = LENGTH_UNIT_SET.has(noun.text) ? DETACHED_POWER.exec(text.slice(noun.end, Math.min(limit, noun.end + 4))) : null;
    if (power && !longestPrefix(text.slice(noun.end + power[0].length).trimStart().slice(0, 30), UNIT_TABLE)) {
      tail.unit = `${noun.text}${power[1]}`;
      tail.end = noun.end + power[0].length;
      return tail;
    }
    // Rates: `123 thuê bao/100 dân`, `80,98 máy/100 dân`.
    const rate = PER_COUNT_UNIT.exec(text.slice(noun.end, Math.min(limit, noun.end + 40)));
    if (rate) {
      const per = firstUnitWords(rate[2]!);
      const rateEnd = noun.end + rate[0].indexOf(rate[2]!) + per.length;
      tail.unit = text.slice(pos, rateEnd).replace(/\s*\/\s*/, '/');
      tail.end = rateEnd;
      tail.kind = 'rate';
    } else {
      // `120km/h`, `6 tấn/ha`, `3 lít/người`: a measure per unit keeps its whole form; a
      // ratio of nouns (`máy tính/cán bộ`) is still a count of the first.
      const perUnit = PER_UNIT_GLUED.exec(text.slice(noun.end, Math.min(limit, noun.end + 16)));
      if (perUnit && PER_UNIT_WORDS.has(perUnit[1]!.toLowerCase())) {
        tail.unit = `${noun.text}/${perUnit[1]}`;
        tail.end = noun.end + perUnit[0].length;
      }
    }
  }
  return tail;
}

const PER_UNIT_WORDS = new Set(PER_UNITS);
const PER_WORD_GLUED = lettered(/^\/(\p{L}+)(?![\p{L}\d])/u);
/**
 * A currency whose name is also a noun (`bảng`), read as money after a scale word or with a
 * rate after it (`mức lương 80.000 bảng/tuần`); `3 bảng đấu` stays three groups.
 */
function scaledCurrencyAt(text: string, pos: number, limit: number, scaled: boolean): [string, string] | null {
  const found = longestPrefix(restAt(text, pos, limit), SCALED_CURRENCY_TABLE, true);
  if (!found || scaled) return found;
  const per = PER_WORD_GLUED.exec(text.slice(pos + found[0].length, Math.min(limit, pos + found[0].length + 8)));
  return per && PER_UNIT_WORDS.has(per[1]!) ? found : null;
}

/** `/năm` glued after a percent: a rate per period (spaced, it is the next words: `30% / năm nay`). */
const PERCENT_PER_PERIOD = letterPattern(`^/(${RATE_PERIODS.join('|')})(?![\\p{L}\\d])`, 'u');

/** Capitalised titles, longest first (`Phó Thủ tướng` before `Thủ tướng`). */
const TITLE_WORDS = [...new Set(TITLES.map((t) => t.title).filter((t) => startsUpper(t)))].sort((a, b) => b.length - a.length);
const TITLE_FIRST_CODES = new Set(TITLE_WORDS.map((t) => t.charCodeAt(0)));

/** The capitalised title that opens `s` as whole words, if any. */
function titleOpening(s: string): string | undefined {
  if (!TITLE_FIRST_CODES.has(s.charCodeAt(0))) return undefined;
  for (const t of TITLE_WORDS) if (s.startsWith(t) && !hasLetter(s[t.length] ?? '')) return t;
  return undefined;
}
const MONEY_NOUN_AFTER = letterPattern(`^(?:${MONEY_NOUNS_AFTER.join('|')})(?![\\p{L}])`, 'u');
const LENGTH_UNIT_SET = new Set(LENGTH_UNITS);
const DETACHED_POWER = lettered(/^ ?([23])(?![\d\p{L}.,/])/u);

/** The first word or two of a per-unit noun (`lít`, `người`, `dân`, `cổ phiếu`): a table unit, a noun of two syllables, else one. */
function firstUnitWords(s: string): string {
  const known = longestPrefix(s, UNIT_TABLE);
  if (known) return known;
  const [first, second] = s.split(' ');
  // (`đồng/ngày sau đó`: a unit of time stands alone.)
  if (second !== undefined && !PER_UNIT_WORDS.has(first!.toLowerCase()) && (dictionaryEntry(`${first} ${second}`)?.classes ?? '').startsWith('N')) return `${first} ${second}`;
  return first!;
}

const CAPITALS_ONLY = lettered(/^[\p{Lu}&-]{2,}$/u);
const NEXT_ACRONYM = lettered(/^ ([A-ZĐ]{2,6})(?![\p{L}\d])/u);
const NEXT_LOWER_CASE_WORDS = lettered(/^ (\p{Ll}+)(?: (\p{Ll}+))?/u);
/** A word of a counted noun and the space after it, tried where the last one ended. */
const NOUN_WORD = lettered(/(\p{L}[\p{L}\d&-]*)(\s?)/uy);
/** The noun after a number: a table unit (longest), an acronym, or up to 3 plain words. */
export function readNoun(text: string, pos: number, limit: number): { text: string; end: number } | null {
  const rest = text.slice(pos, Math.min(limit, pos + 80));
  if (!rest || !hasLetter(rest[0]!)) return null;
  const known = longestPrefix(rest, UNIT_TABLE);
  if (known) {
    // `trạm BTS`, `xã, phường, thị trấn`: the table entry as written in the text.
    let end = pos + known.length;
    // An acronym qualifying a table noun belongs to it: `trạm BTS`.
    const acronym = NEXT_ACRONYM.exec(text.slice(end, end + 10));
    if (acronym && !known.includes(' ')) end += acronym[0].length;
    // `3 lần lượt …` (`respectively`): a table noun that opens a word of grammar is no noun.
    const word = NEXT_LOWER_CASE_WORD.exec(text.slice(end, end + 12));
    if (word && !known.includes(' ') && ((dictionaryEntry(`${known.toLowerCase()} ${word[1]}`)?.tags ?? 0) & (Tag.Linking | Tag.Qualifier | Tag.Opener | Tag.Auxiliary))) return null;
    // `76 máy bay`, `3 nhà hàng`: a table noun that opens a longer dictionary noun is that noun.
    // (Not when the next syllable opens a word of its own: `5 người thương vong`.)
    const next = acronym ? undefined : NEXT_LOWER_CASE_WORDS.exec(text.slice(end, end + 20));
    if (next && !known.includes(' ') && (dictionaryEntry(`${known.toLowerCase()} ${next[1]}`)?.classes ?? '').startsWith('N') && !(next[2] && dictionaryEntry(`${next[1]} ${next[2]}`))) {
      end += next[1]!.length + 1;
    }
    return { text: text.slice(pos, end), end };
  }
  // `8 Phó Giám đốc Sở`, `2 Thẩm phán`: a title, capitalised, is a counted noun too.
  const title = titleOpening(rest);
  if (title) return { text: title, end: pos + title.length };
  // `Tối 3-6 vừa qua`, `Windows 10 sắp có`, `iOS 11 không …`: a word of grammar or time right
  // after the number (by the lexicon, read as one word with the syllable after it when it makes
  // one) counts nothing. (A verb may: `7 nghi phạm`, `2 tùy chọn`, `15 báo cáo`.)
  if (!countsSomething(rest)) return null;
  const words: string[] = [];
  let at = 0;
  while (words.length < 3) {
    NOUN_WORD.lastIndex = at;
    const m = NOUN_WORD.exec(rest);
    if (!m) break;
    const after = NOUN_WORD.lastIndex;
    const word = m[1]!;
    if (NOUN_PHRASE_STOPWORDS.has(lower(word)) && !(words.length > 0 && NOUN_COMPOUNDS_WITH_STOPWORD.has(lower(`${words[words.length - 1]} ${word}`)))) {
      if (words.length > 0) break;
      return null;
    }
    // `2 bên cần phải đảm bảo`, `nạn nhân chưa …`: after the noun's first word, a word of grammar
    // (an auxiliary, a linking or reporting verb, a preposition …) the lexicon knows ends it,
    // unless it joins the word before or after into a dictionary word (`nhà ở`, `hãng hàng không`).
    if (words.length > 0 && endsCountedNoun(words[words.length - 1]!, word, rest, m.index, after)) break;
    // `200 món ăn không trùng nhau`, `10.000 THT quay quanh …`: a denial before a verb or an
    // adjective, or a verb alone after an acronym, opens the predicate.
    // (Not a denial that closes a noun with the syllable before: `hãng hàng không giá rẻ`.)
    // (Nor one that opens a word with the syllable after: `6 cuộc không kích`.)
    const denial = denials.has(lower(word)) && !(dictionaryEntry(lower(`${words[words.length - 1]} ${word}`))?.classes ?? '').startsWith('N') && !openingWordEntry(rest, m.index)?.key.includes(' ');
    if (words.length > 0 && (denial ? predicateWordAt(rest, after) : words.length === 1 && CAPITALS_ONLY.test(words[0]!) && (openingWordEntry(rest, m.index)?.classes ?? '').startsWith('V'))) break;
    // Upper case: an acronym (`UBND`) opens a noun phrase; a capitalised word (a name) does not.
    if (startsUpper(word) && words.length === 0 && !CAPITALS_ONLY.test(word) && !/^(Sở|Phòng|Trường|Bệnh viện)$/u.test(word)) {
      return null;
    }
    if (words.length > 0 && startsUpper(word) && !CAPITALS_ONLY.test(word)) break;
    words.push(word);
    at = after;
    if (!m[2]) break;
  }
  if (words.length === 0) return null;
  // `2 nạn nhân tử vong`, `33 tổ chức phi chính phủ`: three syllables read, the last may open
  // a word of two or three syllables that goes on; the noun never ends inside a word, so that
  // syllable is left out (`nạn nhân`, `tổ chức`).
  if (words.length === 3 && rest.charCodeAt(at - 1) === 32) {
    // (From the space before them, as after a table noun.)
    const next = NEXT_LOWER_CASE_WORDS.exec(rest.slice(at - 1, at + 24));
    const opensWord = next !== null && (dictionaryEntry(`${words[2]} ${next[1]}`) !== undefined || (next[2] !== undefined && dictionaryEntry(`${words[2]} ${next[1]} ${next[2]}`) !== undefined));
    if (opensWord && !dictionaryEntry(`${words[1]} ${words[2]}`)) words.pop();
  }
  // `5 thanh niên đi ôtô`, `1.000 học sinh thi`: after a noun of two syllables, a syllable that
  // is only a verb is the predicate's, not the unit's (the phrase keeps it as the name); not
  // one that closes a word with the syllable before it (`tổ hợp tác`, `quân chính quy`).
  const last = words.length - 1;
  if (last >= 1 && verbOnlySyllable(words[last]!) && opensWithNoun(words.slice(0, last)) && !dictionaryEntry(lower(words.join(' '))) && !dictionaryEntry(lower(`${words[last - 1]} ${words[last]}`))) words.pop();
  const phrase = words.join(' ');
  return { text: phrase, end: pos + phrase.length };
}

const denials = new Set(DENIALS);
/** Whether a word the dictionary has as a verb or an adjective (`trùng`, `có`) opens rest[at…]. */
function predicateWordAt(rest: string, at: number): boolean {
  const entry = openingWordEntry(rest, at);
  return entry !== undefined && /[VA]/.test(entry.classes);
}

/** Whether the syllables read so far are one noun of two syllables the dictionary knows (`thanh niên`): after one syllable a verb often makes a noun the dictionary lacks (`chỗ ngồi`, `khách mời`). */
function opensWithNoun(words: string[]): boolean {
  return words.length === 2 && (dictionaryEntry(lower(words.join(' ')))?.classes ?? '').startsWith('N');
}

/** A syllable the dictionary knows only as a verb (`đi`, `thi`), no noun nor word of grammar. */
function verbOnlySyllable(word: string): boolean {
  const entry = dictionaryEntry(lower(word));
  return entry !== undefined && entry.classes === 'V' && (entry.tags & NOUN_ENDING_TAGS) === 0;
}

/** A unit of time at `pos` with no year after it (`năm`, not `năm 2016`). */
function durationAt(text: string, pos: number, limit: number): boolean {
  const m = DURATION_AT.exec(text.slice(pos, Math.min(limit, pos + 16)));
  return m !== null && !/^\s*\d/u.test(text.slice(pos + m[0].length, pos + m[0].length + 3));
}
const DURATION_AT = letterPattern(`^(?:${DURATION_UNITS.join('|')})(?![\\p{L}])`, 'u');

/** Whether the word opening `rest` may be a counted noun: not a word of grammar, time or bound (`không quá`, `vượt quá`). */
function countsSomething(rest: string): boolean {
  const entry = openingWordEntry(rest);
  if (!entry) return true;
  // `hội nghị 11 diễn ra …`, `anh 3 chạy về …`: a verb first and its direction's word after it
  // are a predicate; the number before them counts nothing (a noun first counts: `2 bàn vào lưới`).
  if (entry.classes.charCodeAt(0) === 86 /* V */ && DIRECTION_AFTER.test(rest.slice(entry.key.length, entry.key.length + 6))) return false;
  if (entry.tags & (Tag.Noun | Tag.Adjective)) return true;
  return !(entry.tags & (Tag.Time | Tag.Auxiliary | Tag.Linking | Tag.Opener | Tag.Qualifier));
}

const DIRECTION_AFTER = letterPattern(`^ (?:${DIRECTIONS_AFTER_VERBS.join('|')})(?![\\p{L}])`, 'u');

/** Tags of grammar words that end a counted noun read after a number. */
const NOUN_ENDING_TAGS = Tag.Auxiliary | Tag.Linking | Tag.Qualifier | Tag.Preposition | Tag.Owner | Tag.Reporting | Tag.Opener | Tag.Anaphor | Tag.Pronoun | Tag.Change | Tag.Particle;

/** Whether `word`, after `previous` in a counted noun, is a grammar word that ends it (see readNoun). */
function endsCountedNoun(previous: string, word: string, rest: string, at: number, after: number): boolean {
  // `100 bệnh viện bao gồm …`: a word of grammar of two syllables, read as the word reader reads it, ends it too.
  const two = openingWordEntry(rest, at);
  // (Not when the word before opens a longer word over it: `lời đề nghị`.)
  if (two && two.key.includes(' ') && two.tags & NOUN_ENDING_TAGS && !(two.tags & (Tag.Noun | Tag.Adjective)) && !dictionaryEntry(`${previous} ${word}`) && !dictionaryEntry(`${previous} ${two.key}`)) return true;
  const entry = dictionaryEntry(word);
  if (!entry || !(entry.tags & NOUN_ENDING_TAGS) || entry.tags & (Tag.Noun | Tag.Adjective)) return false;
  if (dictionaryEntry(`${previous} ${word}`)) return false;
  const next = FIRST_WORD.exec(rest.slice(after))?.[0];
  return !(next && (dictionaryEntry(`${word} ${next}`)?.tags ?? 0) & (Tag.Noun | Tag.Verb | Tag.Adjective));
}

const DONG_NOT_CURRENCY_RE = letterPattern(`^đồng\\s(?:${DONG_NOT_CURRENCY.join('|')})(?!\\p{L})`, 'iu');
