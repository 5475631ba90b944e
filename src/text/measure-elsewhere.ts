// Where a figure's measure is named elsewhere in its sentence than right before it: in the
// clause before its comma, in the part of the sentence that says what changed, or in the
// clause a `với` or a bracket completes. Each reader returns the measured phrase or null; the
// indicators' name rules (src/extract/indicators/reading.ts) try them where nothing closer
// names the figure. Examples: src/extract/indicators/examples.ts.
import { has, wordNear, Tag, type Word } from './words.js';
import { beforeQualifiers, clauseStart, containsTag, isBreak, isClauseBreak, isContent, isDash, isVerbOnly, spanOf, type Span } from './phrase-words.js';
import { CAUSATIVE_VERBS, DENIALS, EXISTENTIAL_WORDS, VALUE_ADJUNCTS } from '../vocab/clause-words.js';

const valueAdjuncts = new Set(VALUE_ADJUNCTS);
const denials = new Set(DENIALS);
const causatives = new Set(CAUSATIVE_VERBS);
/** `không`, `chưa`, and auxiliaries they open (`không được`). */
function isDenial(key: string): boolean {
  const space = key.indexOf(' ');
  return denials.has(space < 0 ? key : key.slice(0, space));
}
const existentialWords = new Set(EXISTENTIAL_WORDS);

/**
 * A measured phrase that opens the clause before a comma (or before `và` after a predicate),
 * when the figure's own segment has none (`Tổng thu ngân sách 6 tháng đầu năm tuy vượt kế hoạch, đạt 51,7%`, `Số lượng kinh
 * doanh cá thể ngày càng tăng, hiện đã đạt gần 5 triệu hộ`): a measure head and the words
 * after it that modify it, to the first function word, time or break. Only when just the verb cluster (and a time or
 * auxiliary word) stands between the comma and the figure.
 */
export function measuredPhraseBeforeComma(words: Word[], figure: number, clusterStart: number): Span | null {
  let comma = clusterStart - 1;
  while (comma >= 0 && has(words[comma], Tag.Time | Tag.Auxiliary | Tag.Qualifier) && !isBreak(words[comma])) comma--;
  // (So does `và` after a predicate: `Doanh thu năm 2016 tăng mạnh và đạt 500 tỷ đồng`.)
  const joined = words[comma]?.key === 'và' && has(wordNear(words, comma - 1), Tag.Verb | Tag.Adjective | Tag.Change) && !has(wordNear(words, comma - 1), Tag.Noun | Tag.Name | Tag.Figure);
  if (words[comma]?.key !== ',' && !joined) return null;
  let i = clauseStart(words, figure);
  // A figure before the comma measures it already (`… đạt 15.658 tỉ đồng, tăng 2,2%`): the
  // figures after it take that one's name.
  if (containsTag(words, i, comma, Tag.Figure)) return null;
  while (i < comma && (has(words[i], Tag.Opener | Tag.Date | Tag.Time) || words[i]!.key === ',')) i++;
  if (!has(words[i], Tag.MeasureHead)) return null;
  let last = i;
  for (let k = i + 1; k < comma; k++) {
    const w = words[k]!;
    if (!isContent(w) || has(w, Tag.Date | Tag.Time)) break;
    last = k;
  }
  return spanOf(words, i, last);
}

/**
 * `Chi thường xuyên cũng tăng lên, con số tương đối năm 2015 là 62,3%`, `giá giường … tăng 2-4
 * lần, với mức cao nhất gần 700.000 đồng`: a figure whose phrase only stands in for a figure (a
 * bare head, `con số`, `mức`, and adjectives: `tương đối`, `cao nhất`) measures what the part
 * of the sentence before its comma says changes. The phrase before that part's change verb, or
 * null. `at` is the first word of the stand-in phrase.
 */
export function changedMeasureBefore(words: Word[], at: number): Span | null {
  let comma = at - 1;
  while (comma >= 0 && has(words[comma], Tag.Linking | Tag.Qualifier)) comma--;
  if (words[comma]?.key !== ',') return null;
  let start = comma - 1;
  while (start >= 0 && words[start]!.key !== ',' && !isClauseBreak(words[start])) start--;
  start++;
  while (start < comma && has(words[start], Tag.Opener | Tag.Date | Tag.Time)) start++;
  let change = start;
  while (change < comma && !has(words[change], Tag.Change)) change++;
  if (change >= comma) return null;
  let end = change - 1;
  while (end >= start && has(words[end], Tag.Auxiliary | Tag.Qualifier)) end--;
  if (end < start || !has(words[start], Tag.Noun) || has(words[start], Tag.Name | Tag.Figure)) return null;
  for (let k = start; k <= end; k++) if (!isContent(words[k])) return null;
  return spanOf(words, start, end);
}

/**
 * `chi phí tài chính lại tăng mạnh từ mức hơn 800 triệu đồng lên …`, `giá vàng có thời điểm
 * xuống dưới mức 1.222 USD/oz`: a stand-in right after a change verb (prepositions and
 * qualifiers between) measures what changes: the phrase that opens the change's segment (after
 * its comma or the clause's start), a noun and the content words after it; or null. `at` and
 * `last` are the first and last words of the stand-in phrase.
 */
export function changedMeasureInSegment(words: Word[], at: number, last: number, figure: number): Span | null {
  // (Only a stand-in that introduces the figure: `tăng mức giảm trừ … từ 4 triệu đồng` changes the level itself.)
  for (let k = last + 1; k < figure; k++) if (!has(words[k], Tag.Qualifier | Tag.Linking)) return null;
  let change = at - 1;
  while (change >= 0 && has(words[change], Tag.Qualifier | Tag.Preposition) && !has(words[change], Tag.Change | Tag.Punctuation)) change--;
  if (change < 0 || !has(words[change], Tag.Change)) return null;
  let start = change - 1;
  while (start >= 0 && words[start]!.key !== ',' && !isClauseBreak(words[start])) start--;
  start++;
  while (start < change && has(words[start], Tag.Opener | Tag.Date | Tag.Time)) start++;
  if (start >= change || !has(words[start], Tag.Noun) || has(words[start], Tag.Name | Tag.Figure)) return null;
  let end = start;
  while (end + 1 < change && isContent(words[end + 1]) && !has(words[end + 1], Tag.Date | Tag.Time)) end++;
  return spanOf(words, start, end);
}

/**
 * The measure a figure gives the value of when it follows `với`, opens a bracket (see
 * measureBeforeBracket) or follows a dash (measureBeforeDash): `Tỷ lệ học sinh tốt nghiệp đạt
 * khá cao với 97,6%`, `Đơn vị có tỷ lệ tốt nghiệp thấp nhất là … với 85,48%`: after `với`
 * (table VALUE_ADJUNCTS), the phrase of the first measure head between the clause's start and
 * `với`; or null.
 */
export function measureValuedAfter(words: Word[], figure: number): Span | null {
  const k = beforeQualifiers(words, figure);
  if (words[k]?.key === '(') return measureBeforeBracket(words, k);
  if (isDash(words[k]) && !has(words[k - 1], Tag.Figure)) return measureBeforeDash(words, k);
  if (!valueAdjuncts.has(words[k]?.key ?? '')) return null;
  let start = k - 1;
  while (start >= 0 && words[start]!.key !== ',' && !isClauseBreak(words[start]) && !has(words[start], Tag.Opener)) start--;
  for (let i = start + 1; i < k; i++) {
    if (!has(words[i], Tag.MeasureHead) || has(wordNear(words, i - 1), Tag.MeasureHead)) continue;
    let last = i;
    while (last + 1 < k && isContent(words[last + 1])) last++;
    return spanOf(words, i, last);
  }
  return null;
}

/**
 * `với cùng giá bán – 299 USD`: a figure after a dash (no range's) gives the value of the
 * measure its segment names before the dash: the measure head and the nouns and verbs after
 * it, not the adjectives that compare it (`giá bán thấp hơn – …` → `giá bán`); or null.
 */
function measureBeforeDash(words: Word[], dash: number): Span | null {
  for (let i = dash - 1; i >= 0 && i >= dash - 8; i--) {
    const w = words[i]!;
    if (isBreak(w) || w.key === ',' || has(w, Tag.Figure | Tag.Name)) return null;
    if (!has(w, Tag.MeasureHead) || has(wordNear(words, i - 1), Tag.MeasureHead)) continue;
    let last = i;
    while (last + 1 < dash && isContent(words[last + 1]) && !has(words[last + 1], Tag.Name | Tag.Adjective)) last++;
    return spanOf(words, i, last);
  }
  return null;
}

/**
 * `tỷ lệ đồng thuận rất cao (83,5%)`, `số tiền hàng bị hư hỏng (khoảng 6 triệu đồng)`: a
 * figure opening a bracket gives the value of the measured phrase the bracket follows (a
 * measure head's phrase up to the bracket, no name in it), or null.
 */
function measureBeforeBracket(words: Word[], open: number): Span | null {
  for (let i = open - 1; i >= 0 && i >= open - 8; i--) {
    const w = words[i]!;
    // (An auxiliary inside is a relative's: `số tiền hàng bị hư hỏng`.)
    if (!(isContent(w) || (has(w, Tag.Auxiliary) && i < open - 1)) || has(w, Tag.Name)) return null;
    if (has(w, Tag.MeasureHead) && !has(wordNear(words, i - 1), Tag.MeasureHead)) return spanOf(words, i, open - 1);
  }
  return null;
}

/**
 * `có trên 4.410 tỷ đồng đã đầu tư vào 8 khu công nghiệp`, `Trên 21.245 tỷ đồng đầu tư xây dựng
 * hạ tầng`: a sum that opens its clause (after a break, an opener, a time or `có`, its
 * qualifiers aside), followed by a verb (its auxiliary before it or not, no denial), is named
 * by what the sum does: the verb and its object, to the clause's end, a time phrase or a word
 * of grammar. Null otherwise (`đồng euro … ở mức 1,0667 USD đổi 1 euro`, `2 triệu USD không rõ
 * nguồn gốc`).
 */
export function useAfterSum(words: Word[], figure: number): Span | null {
  const open = beforeQualifiers(words, figure);
  const opener = wordNear(words, open);
  const opens = opener === undefined || isClauseBreak(opener) || opener.key === ',' || opener.key === '(' || existentialWords.has(opener.key) ||
    (has(opener, Tag.Opener | Tag.Date | Tag.Time) && opener.key !== 'và' && opener.key !== 'hoặc');
  if (!opens) return null;
  let verb = figure + 1;
  while (has(words[verb], Tag.Auxiliary) && !has(words[verb], Tag.Linking | Tag.Change | Tag.Qualifier)) {
    if (isDenial(words[verb]!.key)) return null;
    verb++;
  }
  const w = words[verb];
  // (A causative says what the sum does to others: `… 900.000 đồng khiến người dân phát sốt`.)
  if (!isVerbOnly(w) || causatives.has(w!.key)) return null;
  let last = verb;
  for (let k = verb + 1; k < words.length; k++) {
    const next = words[k]!;
    if (isContent(next) && !has(next, Tag.Date | Tag.Time)) last = k;
    // (A preposition with its object, a figure or not: `vào 8 khu công nghiệp`.)
    else if (has(next, Tag.Preposition) && !has(next, Tag.Time) && (isContent(wordNear(words, k + 1)) || has(wordNear(words, k + 1), Tag.Figure)) && !has(wordNear(words, k + 1), Tag.Date | Tag.Time)) continue;
    else if (has(next, Tag.Figure) && has(wordNear(words, k - 1), Tag.Preposition)) last = k;
    else break;
  }
  return spanOf(words, verb, last);
}

/**
 * `8/27 doanh nghiệp âm quỹ BOG, điển hình là Công ty A âm hơn 30 tỷ đồng, Công ty B âm hơn 24
 * tỷ đồng`: a figure named by a verb alone, the verb said earlier in the sentence with its
 * object, measures what that verb and object say: the earlier run, its object's nouns to the
 * first word that is none, where the clause ends or its own figure follows. Null when the
 * verb is not said so before.
 */
export function verbWithObjectBefore(words: Word[], verb: number): Span | null {
  const key = words[verb]?.key;
  if (!key) return null;
  for (let k = verb - 1; k >= 0; k--) {
    if (words[k]!.key !== key) continue;
    let last = k;
    while (isContent(wordNear(words, last + 1)) && has(words[last + 1], Tag.Noun) && !isVerbOnly(words[last + 1]) && !has(words[last + 1], Tag.Figure) && (!has(words[last + 1], Tag.Name) || has(words[last + 1], Tag.Acronym))) last++;
    // (An item said the same way, the verb alone, is passed over: `…, Công ty B âm hơn 24 tỷ đồng`.)
    if (last === k) continue;
    // (The object ends its clause or gives way to a figure, as the later items' verbs do: not
    // `lấy chìa khóa mở tủ`, `đóng cửa phía dưới`, `hỗ trợ y tế các tỉnh`.)
    const next = wordNear(words, last + 1);
    const closes = next === undefined || isBreak(next) || has(next, Tag.Figure | Tag.Date) || (has(next, Tag.Qualifier | Tag.Linking | Tag.Change) && next.key !== 'có' && figureSoonAfter(words, last + 1));
    return closes ? spanOf(words, k, last) : null;
  }
  return null;
}

/** A figure among the three words from `from`, before a break. */
function figureSoonAfter(words: Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 3; k++) {
    if (has(words[k], Tag.Figure)) return true;
    if (isBreak(words[k])) return false;
  }
  return false;
}
