// The owner reader: whether a noun phrase names who or where a figure belongs to (SPEC
// "subject": a place, body, company, country or person), judged by its head. The head is
// the first word after determiners and numerals (`các`, `cả`, `toàn`, `mỗi`, `bốn`, `2`):
// a name or an acronym (`Hải Dương`, `TKV`, `Ngô Thị Bích Vân`), a pronoun before a name
// (`ông Nguyễn Văn A`), or a common noun the owner tables list (`tỉnh`, `công ty`, `ngư dân`).
// Any other head names a thing or an event (`Điều này`, `Nguyên nhân`, `việc EVN`, `các mức`).
// Examples: owner.examples.ts.
import { BODY_HEADS, COUNTING_WORDS, PEOPLE_HEADS, PLACE_HEADS } from '../vocab/owner-words.js';
import { has, Tag, wordKey, type Word } from './words.js';

export interface Span {
  start: number;
  end: number;
}

const OWNER_HEADS = new Set([...PLACE_HEADS, ...BODY_HEADS, ...PEOPLE_HEADS].map(wordKey));
const COUNTING = new Set(COUNTING_WORDS);

/**
 * Whether the words covering `span` name an owner. With the text, a number label (`mức độ 4`)
 * is told from a name, and a capital that opens the sentence is seen.
 */
export function namesOwner(words: readonly Word[], span: Span, text: string | null = null): boolean {
  let i = 0;
  while (i < words.length && words[i]!.start < span.start) i++;
  // Determiners, numerals and figures count the owners: the head comes after them.
  while (i < words.length && words[i]!.end <= span.end && (has(words[i], Tag.Figure) || COUNTING.has(words[i]!.key) || (has(words[i], Tag.Determiner) && !has(words[i], Tag.Pronoun | Tag.Name)))) i++;
  const head = words[i];
  if (!head || head.start >= span.end) return false;
  // A number the normaliser left alone is a label (`mức độ 4`), no name.
  if (text !== null && isDigit(text.charCodeAt(head.start))) return false;
  if (has(head, Tag.Name | Tag.Acronym)) return true;
  // A name opening the sentence is read as the dictionary word its first syllable spells
  // (`Thanh Hóa có …`): the capitalised syllable glued after it shows the name.
  const next = words[i + 1];
  const capital = text !== null && text.charAt(head.start) !== text.charAt(head.start).toLowerCase();
  if (capital && next && next.start === head.end + 1 && next.end <= span.end && has(next, Tag.Name) && !has(next, Tag.Acronym)) return true;
  if (has(head, Tag.Pronoun)) return has(words[i + 1], Tag.Name) && words[i + 1]!.start < span.end;
  if (OWNER_HEADS.has(head.key)) return true;
  // A head the dictionary reads as a longer word than the table's (`người dân tộc`): its first syllables.
  const space = head.key.lastIndexOf(' ');
  return space > 0 && OWNER_HEADS.has(head.key.slice(0, space));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
