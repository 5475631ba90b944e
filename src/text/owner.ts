// The owner reader: whether a noun phrase names who or where a figure belongs to (SPEC
// "subject": a place, body, company, country or person), judged by its head. The head is
// the first word after determiners and numerals (`các`, `cả`, `toàn`, `mỗi`, `bốn`, `2`):
// a name or an acronym (`Hải Dương`, `TKV`, `Ngô Thị Bích Vân`), a pronoun before a name
// (`ông Nguyễn Văn A`), or a common noun the owner tables list (`tỉnh`, `công ty`, `ngư dân`).
// Any other head names a thing or an event (`Điều này`, `Nguyên nhân`, `việc EVN`, `các mức`).
// Examples: owner.examples.ts.
import { BODY_HEADS, COUNTING_WORDS, GROUP_NOUNS, LEVEL_MARKS, PEOPLE_HEADS, PLACE_HEADS, WHOLE_DETERMINERS } from '../vocab/owner-words.js';
import { TITLES } from '../vocab/titles.js';
import { has, wordNear, Tag, wordKey, type Word } from './words.js';
import { isContent, isVerbOnly, type Span } from './phrase-words.js';
import { firstFilledAtOrAfter } from './spans.js';


const HEAD_KINDS = new Map<string, OwnerKind>();
// Titles name the people who hold them (`Bộ trưởng Nguyễn Văn Thể`, `các Phó Chủ tịch`).
for (const t of TITLES) HEAD_KINDS.set(wordKey(t.title), 'people');
for (const [words, kind] of [[PEOPLE_HEADS, 'people'], [BODY_HEADS, 'body'], [PLACE_HEADS, 'place']] as const) {
  for (const w of words) HEAD_KINDS.set(wordKey(w), kind);
}
const COUNTING = new Set(COUNTING_WORDS);
const GROUPS = new Set(GROUP_NOUNS);
const levelMarks = new Set(LEVEL_MARKS);

/** What a phrase names: a proper name or acronym, a place or level, a body, people; or nothing. */
export type OwnerKind = 'name' | 'place' | 'body' | 'people';

/**
 * What kind of owner the words covering `span` name, judged by the head, or null. With the
 * text, a number label (`mức độ 4`) is told from a name, and a capital that opens the
 * sentence is seen.
 */
export function ownerKind(words: readonly Word[], span: Span, text: string | null = null): OwnerKind | null {
  const i = headIndex(words, span);
  const head = wordNear(words, i);
  // A place read as part of one word with its preposition (`trên cả nước`): by its text.
  if ((!head || head.start >= span.end) && text !== null) return HEAD_KINDS.get(wordKey(text.slice(span.start, span.end))) ?? null;
  if (!head || head.start >= span.end) return null;
  // A number the normaliser left alone is a label (`mức độ 4`), no name.
  if (text !== null && isDigit(text.charCodeAt(head.start))) return null;
  // A capitalised head the tables know is still a body or a place (`Công ty cổ phần …`, `Bộ …`).
  // (Names keep no key: with the text, a capitalised abbreviation is looked up too: `Cty`.)
  const known = headKind(head.key || (text !== null ? wordKey(text.slice(head.start, head.end)) : '')) ?? wholeOfTwoWords(words, i, span);
  // (`cấp được 1.100 chữ ký số`: a level mark with no tier after it, nor a determiner before it, names nothing.)
  if (known && levelMarks.has(head.key) && !(wordNear(words, i + 1) && wordNear(words, i + 1)!.end <= span.end) && head.start === span.start) return null;
  if (known) return known;
  // `Tổng Bí thư Nguyễn Phú Trọng`, `Tổng Giám đốc …`: a capitalised syllable before a title is
  // the title's own first syllable (the word reader reads it as a name).
  const after = wordNear(words, i + 1);
  if (head.key === '' && has(head, Tag.Name) && after && after.end <= span.end && after.key !== '' && headKind(after.key) === 'people' && has(after, Tag.Name)) return 'people';
  // (A capitalised word the dictionary knows first as a verb, or a measure, is no name unless a
  // name follows it: `Chiếm đoạt tài sản`, `Giao bóng`, `Tỷ lệ` head a caption or a table's row.)
  const next = wordNear(words, i + 1);
  const commonWord = head.key !== '' && (head.classes.startsWith('V') || has(head, Tag.MeasureHead)) && !(next && next.end <= span.end && has(next, Tag.Name));
  if (has(head, Tag.Name | Tag.Acronym) && !commonWord) return 'name';
  // A name opening the sentence is read as the dictionary word its first syllable spells
  // (`Thanh Hóa có …`): the capitalised syllable glued after it shows the name.
  const capital = text !== null && text.charAt(head.start) !== text.charAt(head.start).toLowerCase();
  if (capital && next && next.start === head.end + 1 && next.end <= span.end && has(next, Tag.Name) && !has(next, Tag.Acronym) && !isDigit(text!.charCodeAt(next.start))) return 'name';
  if (has(head, Tag.Pronoun)) return has(next, Tag.Name) && next!.start < span.end ? 'name' : null;
  return null;
}

/**
 * A place of two words the word reader reads apart, as a whole (`nền kinh tế`): a place. (Not
 * people: read so, `nhà đầu tư` and `nhà khoa học` took the place of better subjects in the
 * bulk corpus, and of the gold's null on the dev set.)
 */
function wholeOfTwoWords(words: readonly Word[], i: number, span: Span): OwnerKind | undefined {
  const head = words[i]!;
  const second = wordNear(words, i + 1);
  if (!head.key || !second || second.end > span.end) return undefined;
  return HEAD_KINDS.get(`${head.key} ${second.key}`) === 'place' ? 'place' : undefined;
}

/**
 * The kind a head word names, by its key or, for a compound the dictionary reads as one word
 * (`cơ quan hành chính`, `ngân hàng nhà nước`), by its longest leading part of two syllables
 * or more the tables know.
 */
function headKind(key: string): OwnerKind | undefined {
  let k = key;
  for (;;) {
    const kind = HEAD_KINDS.get(k);
    if (kind) return kind;
    const space = k.lastIndexOf(' ');
    // (Not down to one syllable: `hội nghị` is no `hội`, `người đứng đầu` no `người`.)
    if (space <= 0 || k.indexOf(' ') === space) return undefined;
    k = k.slice(0, space);
  }
}

/**
 * Whether an owner word holds its own place after its preposition (`trên cả nước`, `trên toàn
 * quốc`): it owns the phrase before it with no words after it.
 */
export function holdsPlace(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && HEAD_KINDS.get(key.slice(space + 1)) === 'place';
}

/** Whether the words covering `span` name an owner (see ownerKind). */
export function namesOwner(words: readonly Word[], span: Span, text: string | null = null): boolean {
  return ownerKind(words, span, text) !== null;
}

/** The index of the phrase's head: past determiners, numerals and figures, which count the owners. */
export function headIndex(words: readonly Word[], span: Span): number {
  let i = firstFilledAtOrAfter(words, span.start);
  while (i < words.length && words[i]!.end <= span.end && (has(words[i], Tag.Figure) || COUNTING.has(words[i]!.key) || (has(words[i], Tag.Determiner) && !has(words[i], Tag.Pronoun | Tag.Name)))) i++;
  // `cặp vợ chồng công nhân`: a group's noun counts the people after it, who are the head.
  if (i + 1 < words.length && GROUPS.has(words[i]!.key) && words[i + 1]!.end <= span.end && has(words[i + 1], Tag.Noun)) i++;
  return i;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const wholeDeterminers = new Set(WHOLE_DETERMINERS);

/**
 * Whether words[i] opens the whole of a place or body that ends a phrase: `toàn` or `cả` and
 * one noun the owner tables know (`toàn tỉnh`, `toàn ngành`, `cả nước`), after a noun or a
 * figure (`chiếm 30% cả nước`), before no more content. (`cả tháng`, `toàn thời gian`: no owner.)
 */
export function wholeOwnerAt(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const noun = words[i + 1];
  if (!w || !has(w, Tag.Determiner) || !wholeDeterminers.has(w.key) || !noun || isContent(words[i + 2])) return false;
  const before = words[i - 1];
  if (!((isContent(before) && !isVerbOnly(before)) || has(before, Tag.Figure))) return false;
  return has(noun, Tag.Noun) && !has(noun, Tag.Name) && ownerKind(words, { start: w.start, end: noun.end }) !== null;
}
