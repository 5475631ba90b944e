// The clause reader: around a figure in a sentence, which words say what is measured (its
// name), whose it is (its owner, the subject) and which clause it belongs to. It reads the
// words of src/text/words.ts by their tags only; every judgement below is a rule over those
// tags, with its examples in clause.examples.ts.
//
//   [opener] [source ,] [actor] [aux] [verb] [measured phrase] [owner] [time] [link] [qualifier] FIGURE [counted noun …]
//
// - A figure with a counted noun (`427 xã đạt chuẩn nông thôn mới`) is named by that noun and
//   what restricts it, to the end of its phrase.
// - Else the name is the noun phrase before the linking or change verb (`Doanh thu dịch vụ
//   năm 2019 ước đạt X`), read backwards over the verb cluster and any time phrase; an owner
//   at its end (`của VNPT`, `tại Hà Nội`) is split off as the subject.
// - A change or share with nothing measured before it names what follows it (`tăng 0,5% lãi
//   suất huy động`, `chiếm 51% tổng số hợp tác xã`).
// - The subject is that owner, else one after the figure or the clause's actor: actor.ts.
// The tests of single words every reader shares are in phrase-words.ts.
import { firstClass, has, wordNear, readWords, Tag, type Atom, type Word } from './words.js';
import { ESTIMATE_WORDS } from '../vocab/quantities.js';
import { holdsPlace, namesOwner, ownerKind, wholeOwnerAt } from './owner.js';
import { ADMINISTRATIVE_UNITS, CAPITALIZED_BODY_WORDS, PLACE_HEADS } from '../vocab/owner-words.js';
import { agentClauseEnd, agentMarkers, PLACE_OPENERS, placePhraseEnd } from './actor.js';
import {
  closingBracket, containsKey, containsTag, CONTENT, enumerationGoesOn, FUNCTIONAL, nameOpensClause, nounOpensClause, isBreak, isClauseBreak, isContent, isDash, isTimeAhead, opensPredicateAfterName,
  isTimeWord, isVerbOnly, openingBracket, spanOf, TIME_PREPOSITIONS, type Span,
} from './phrase-words.js';
import { BASIS_PREPOSITIONS, CAUSATIVE_VERBS, COORDINATION_LEADS, POST_VERBAL_ADVERBS, TARGET_HEADS, TARGET_VERBS, UNDIRECTED_CHANGES, CHANGE_NOUN_HEADS, RAISING_VERBS, RAISED_TO_WORDS, COMPARISON_WORDS, DESTINATION_PREPOSITIONS, DIMENSION_ADJECTIVES, LEVEL_GRADES, EQUIVALENCE_LINKS, INNER_PREPOSITIONS_AFTER, INNER_PREPOSITIONS_BEFORE, LEVEL_ADJUNCTS, MEMBER_LIST_VERBS, MODAL_AUXILIARIES, NOUN_QUALIFIERS, PASSIVE_AUXILIARIES, REACHING_LINKS, SHARE_VERBS, SUBORDINATING_OPENERS, TRANSFER_VERBS } from '../vocab/clause-words.js';

const innerBefore = new Set(INNER_PREPOSITIONS_BEFORE);
const capitalizedBodies = new Set(CAPITALIZED_BODY_WORDS);
const placeHeads = new Set(PLACE_HEADS);
const basisPrepositions = new Set(BASIS_PREPOSITIONS);
const levelGrades = new Set(LEVEL_GRADES);
const causativeVerbs = new Set(CAUSATIVE_VERBS);
const estimateWords = new Set(ESTIMATE_WORDS);
const nounQualifiers = new Set(NOUN_QUALIFIERS);
/** Single change words that make a noun with a measure head before them (`mức tăng`, `tốc độ tăng`). */
const CHANGE_NOUNS = new Set(['tăng', 'giảm', 'tăng trưởng']);
const changeNounHeads = new Set(CHANGE_NOUN_HEADS);
const raisingVerbs = new Set(RAISING_VERBS);
const raisedTo = new Set(RAISED_TO_WORDS);

/** A sentence read into words once, for every figure in it. */
export interface ReadSentence {
  words: Word[];
}

export function readSentence(text: string, from: number, to: number, atoms: readonly Atom[]): ReadSentence {
  return { words: readWords(text, from, to, atoms) };
}

/** Index of the word that starts at an offset (figures and dates are one word each), or -1. */
export function wordAt(read: ReadSentence, offset: number): number {
  return wordStartingAt(read.words, offset);
}

/** The same on an array of words, sorted by start (a binary search). */
export function wordStartingAt(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = words[mid]!.start;
    if (start < offset) lo = mid + 1;
    else if (start > offset) hi = mid - 1;
    else {
      // A break of no width shares its offset with the word after it.
      let i = mid;
      while (i + 1 < words.length && wordNear(words, i + 1)!.start === offset) i++;
      return i;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Names after the figure: the counted noun and what restricts it.

const INNER_PREPOSITIONS = new Set(INNER_PREPOSITIONS_AFTER);

/**
 * The phrase that goes on from word `from` (just after a figure, or its unit): nouns, the
 * verbs of a relative clause (`hộ chưa có nhà ở`), inner prepositions whose object holds no
 * figure, an enumeration after a comma (`cán bộ, viên chức`), a bracket with no figure. It
 * ends at a clause break, another figure or date, a time word, an adjunct preposition (`với`,
 * `để`), a clause opener or reporting verb. Returns the index of its last word, or from - 1.
 * `headRead`: the phrase's head was read before `from` (a counted noun inside the figure).
 */
export function phraseAfter(words: Word[], from: number, limit = 16, headRead = false): number {
  let last = from - 1;
  // The counted noun may be read already, inside the figure (`2 đơn vị ngoài Tổng công ty …`).
  const opened = () => headRead || last >= from;
  let count = 0;
  // Once a verb or an auxiliary is taken the phrase is a relative clause (`hộ chưa có nhà ở`):
  // its predicates may be joined (`… hoặc đang ở chung`, `… nhưng không hoạt động`).
  let relative = false;
  /** The relative clause says what the noun is (`khách hàng là ngư dân`). */
  let identity = false;
  for (let i = from; i < words.length && count < limit; i++) {
    const w = words[i]!;
    // `hóa đơn khống của 6 doanh nghiệp …`: a count of the owners after `của` stays in the phrase.
    if (has(w, Tag.Figure) && wordNear(words, i - 1)?.key === 'của' && opened()) {
      last = i;
      count++;
      continue;
    }
    if (has(w, Tag.Figure | Tag.Date | Tag.Time | Tag.Reporting) || (has(w, Tag.Source) && !has(w, Tag.Preposition))) break;
    if (has(w, Tag.Punctuation)) {
      if (w.key === '(') {
        const close = closingBracket(words, i);
        // A share in brackets inside the phrase (`trường học (chiếm 25%) chưa có …`) stays when the phrase goes on after it.
        const goesOn = isContent(wordNear(words, close + 1)) || (opened() && has(wordNear(words, close + 1), Tag.Auxiliary | Tag.Linking));
        if (close < 0 || close - i > 14 || containsTag(words, i + 1, close, Tag.Date) || (containsTag(words, i + 1, close, Tag.Figure) && !(goesOn && isShareVerb(wordNear(words, i + 1)!)))) break;
        // A bracket goes in only when the phrase goes on after it (`trường học các cấp (…) có …`) or names an acronym.
        if (goesOn || (close === i + 2 && has(wordNear(words, i + 1), Tag.Name))) {
          last = close;
          i = close;
          continue;
        }
        break;
      }
      // (Not over a measure of its own with its figure: `… tại 5.250 vòng/phút, mô-men xoắn cực đại 700 Nm`.)
      if (w.key === ',' && opened() && enumerationGoesOn(words, i, relative) && !figureAfterNounPhrase(words, i + 1)) continue;
      break;
    }
    // `4 bị cáo Ngô Văn Chiến, …`: a proper name right after the counted noun is an apposition.
    // (Not a body named by common words: `26 đại biểu Quốc hội`, `doanh nghiệp Nhà nước`.)
    if (i === from && has(w, Tag.Name) && !has(w, Tag.Acronym) && !has(w, FUNCTIONAL) && !capitalizedBodies.has(w.key)) break;
    // `tiểu vùng mà Ban Chỉ đạo … đang xúc tiến`: `mà` opens a relative clause on the noun.
    if (w.key === 'mà' && opened() && isContent(wordNear(words, i + 1))) {
      relative = true;
      continue;
    }
    // `dự án còn hiệu lực`: after the noun, `còn` is the auxiliary `still`, not `whereas`.
    if (has(w, Tag.Opener) && !(opened() && has(w, Tag.Auxiliary) && isContent(wordNear(words, i + 1)))) {
      const next = wordNear(words, i + 1);
      const joins = w.key === 'và' || w.key === 'hoặc' || w.key === 'nhưng';
      // `thuê bao cố định và di động`: `và` joins two nouns of one phrase; in a relative clause
      // it joins two predicates.
      // A joined item with a figure of its own is another item (`21 tàu cá và cải hoán 4 tàu`,
      // `15 tỉnh và đợt 3`), not part of this one.
      const ownFigure = figureWithin(words, i + 1, 3) || figureAfterNounPhrase(words, i + 1);
      // (Nor, after a common noun, a name with a predicate of its own: `1,2 triệu quân và Trung
      // Quốc duy trì …`; after names it ends their list: `4 tỉnh là Phú Thọ và Hà Giang vẫn …`.)
      // (Nor, after a predicate of the phrase's own, a noun with a predicate of its own: `2 lần
      // nâng lãi suất và tỷ giá vẫn diễn biến …`.)
      const newClause = (!has(wordNear(words, i - 1), Tag.Name) && nameOpensClause(words, i + 1)) || ((relative || containsTag(words, from, i, Tag.Change)) && nounOpensClause(words, i + 1));
      if (joins && opened() && has(next, Tag.Noun) && !isVerbOnly(next) && !has(next, FUNCTIONAL) && w.key !== 'nhưng' && !ownFigure && !newClause) continue;
      if (joins && relative && (has(next, Tag.Auxiliary) || isVerbOnly(next))) continue;
      break;
    }
    // `đang ở chung gia đình`: after an auxiliary, `ở` is the verb `live`.
    if (w.key === 'ở' && has(wordNear(words, i - 1), Tag.Auxiliary) && relative) {
      last = i;
      count++;
      continue;
    }
    if (w.key === 'trên' && opened() && (has(wordNear(words, i + 1), Tag.Auxiliary | Tag.Linking) || isBreak(wordNear(words, i + 1)) || !wordNear(words, i + 1))) {
      // `Cả 2 dự án trên đều …`: `trên` points back.
      last = i;
      continue;
    }
    if (w.key === 'trên địa bàn' && opened() && ownerInsidePhrase(words, i)) continue;
    if (has(w, Tag.Preposition | Tag.Owner)) {
      if (!INNER_PREPOSITIONS.has(w.key) && w.key !== 'tại' && w.key !== 'ở') break;
      // An inner preposition whose object holds a figure or a date opens an adjunct (`trên tổng
      // diện tích 140ha`); an owner's count does not (`của 6 doanh nghiệp`).
      if (w.key !== 'của' && objectHoldsFigure(words, i + 1)) break;
      if (!opened()) break;
      // `tại`/`ở` + a place: the owner, which is the subject's, not the name's, unless the
      // phrase goes on after it (SPEC: an owner inside the phrase stays).
      if ((w.key === 'tại' || w.key === 'ở' || w.key === 'trên') && !ownerInsidePhrase(words, i)) break;
      continue;
    }
    // `100% các sở, ban, ngành …`: a determiner may open the phrase.
    if (i === from && has(w, Tag.Determiner) && !has(w, Tag.Pronoun) && isContent(wordNear(words, i + 1))) continue;
    if (has(w, Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Qualifier | Tag.Determiner | Tag.Anaphor | Tag.Pronoun)) {
      if (!opened() && !has(w, Tag.Auxiliary | Tag.Linking)) break;
      // `2 khách sạn nói trên trong suốt …`, `2 thanh niên này tiếp tục …`: a pointing word
      // closes the noun; what follows is the sentence's, not a restriction of it.
      if (has(w, Tag.Anaphor) && !has(w, Tag.Qualifier | Tag.Preposition) && !relative && w.key !== 'trên') {
        last = i;
        break;
      }
      // `thành lập mới`, `đăng ký hoạt động lại`: an adverb after the verb closes it.
      if (POST_VERBAL.has(w.key) && has(wordNear(words, i - 1), Tag.Verb) && last === i - 1) {
        last = i;
        continue;
      }
      // `có thành tích đóng góp cho sự nghiệp …`: in a relative clause, a linking verb with an
      // inner preposition after it is that clause's own verb.
      if (relative && has(w, Tag.Linking) && INNER_PREPOSITIONS.has(wordNear(words, i + 1)?.key ?? '') && isContent(wordNear(words, i + 2))) {
        last = i;
        count++;
        continue;
      }
      if (opened() && describedByNextFigure(words, i)) break;
      // A relative clause (`đã có …`, `là ngư dân`) goes on while content follows.
      if (!isContent(wordNear(words, i + 1)) && !has(wordNear(words, i + 1), Tag.Auxiliary | Tag.Linking | Tag.Anaphor) && !(wordNear(words, i + 1)?.key === 'ở' && has(w, Tag.Auxiliary))) {
        if (has(w, Tag.Anaphor) && opened()) last = i;
        break;
      }
      // `4 bị cáo phải hoàn trả …`, `2 bên cần phải đảm bảo …`: right after the noun, an
      // auxiliary of obligation or ability opens the sentence's own predicate.
      if (!relative && modalAuxiliaries.has(w.key) && opened()) break;
      // `2 dự án gồm dự án A và B`: what follows lists the members of what was counted.
      if (!relative && memberListVerbs.has(w.key) && opened()) break;
      // `lượt khách hàng là ngư dân cũng được vay`: after `là` and what the noun is, an
      // auxiliary opens the sentence's own predicate.
      if (identity && has(w, Tag.Auxiliary) && !has(w, Tag.Linking) && last === i - 1 && last >= from && isContent(wordNear(words, i - 1))) break;
      if (has(w, Tag.Auxiliary | Tag.Linking)) relative = true;
      if (w.key === 'là') identity = true;
      count++;
      continue;
    }
    if (!has(w, CONTENT)) break;
    if (isVerbOnly(w)) relative = true;
    last = i;
    count++;
  }
  return last;
}

/**
 * Whether the owner an owner preposition at `at` opens (`ở các cấp học trên địa bàn thành
 * phố`, places chained) is followed by a predicate of the phrase (`… đã có phòng y tế`):
 * then the owner is inside the phrase, not at its end.
 */
function ownerInsidePhrase(words: Word[], at: number): boolean {
  let end = placePhraseEnd(words, at + 1);
  while (end > at && has(wordNear(words, end + 1), Tag.Owner) && isContent(wordNear(words, end + 2))) end = placePhraseEnd(words, end + 2);
  if (end <= at) return false;
  const next = wordNear(words, end + 1);
  return has(next, Tag.Auxiliary | Tag.Linking) || (isVerbOnly(next) && !has(next, FUNCTIONAL));
}

const SHARE_VERB_KEYS = new Set(SHARE_VERBS);
const modalAuxiliaries = new Set(MODAL_AUXILIARIES);
const memberListVerbs = new Set(MEMBER_LIST_VERBS);
/** `chiếm`, `chiếm tới`, `đóng góp`: a verb giving a share of what follows the figure. */
export const isShareVerb = (w: Word): boolean => SHARE_VERB_KEYS.has(w.key) || w.key.startsWith('chiếm ');

/** A figure, or a number the normaliser left as a label, among the `n` words from `from`, before a break. */
/**
 * `1.000 bánh cần sa có trọng lượng 1 tấn`, `30 thẻ cào có mệnh giá 100 ngàn đồng`: a linking
 * verb at `i` whose measure holds the next figure, stated exactly, describes what was counted
 * with a figure of its own, which that measure names; the counted noun ends before it. A bound
 * restricts what is counted and stays in its phrase (`70 cổ phiếu có giá dưới 3.000 đồng`,
 * `400.000 con lợn có trọng lượng từ 70kg trở lên`), and so does a score or a target reached
 * (`đạt điểm 9`), or a label (`thí sinh có vòng 3`).
 */
function describedByNextFigure(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!has(w, Tag.Linking) || reachingLinks.has(w.key)) return false;
  let figure = i + 1;
  while (figure < words.length && figure < i + 4 && !has(words[figure], Tag.Figure)) {
    if (has(words[figure], Tag.Qualifier | Tag.Preposition | Tag.Owner | Tag.Opener | Tag.Punctuation | Tag.Label)) return false;
    figure++;
  }
  return has(wordNear(words, figure), Tag.Figure) && !has(wordNear(words, figure + 1), Tag.Qualifier);
}
const reachingLinks = new Set(REACHING_LINKS);

/** A phrase of its own from `from` (content words, no word of grammar), then a figure: another measure with its value (`mô-men xoắn cực đại 700 Nm`). */
function figureAfterNounPhrase(words: Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 6; k++) {
    if (has(words[k], Tag.Figure)) return k > from && !isVerbOnly(words[from]);
    if (!isContent(words[k])) return false;
  }
  return false;
}

function figureWithin(words: Word[], from: number, n: number): boolean {
  for (let i = from; i < words.length && i < from + n; i++) {
    if (has(words[i], Tag.Figure | Tag.Label)) return true;
    if (isBreak(words[i])) return false;
  }
  return false;
}

const POST_VERBAL = new Set(POST_VERBAL_ADVERBS);

/** The object of a preposition, up to the next break, holds a figure or a date. */
function objectHoldsFigure(words: Word[], from: number): boolean {
  for (let i = from; i < words.length && i < from + 8; i++) {
    const w = words[i]!;
    if (has(w, Tag.Figure | Tag.Date)) return true;
    if (isBreak(w) || has(w, Tag.Opener | Tag.Preposition)) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Names before the figure.

export interface BeforeReading {
  /** The measured phrase, or null. */
  name: Span | null;
  /** An owner split off its end (`của ngành`, `tại Tập đoàn X`), or null. */
  owner: Span | null;
  /** The noun phrase before an auxiliary or linking verb that precedes the phrase (`TP.HCM đã chấp thuận …`). */
  actor: Span | null;
  /** The whole phrase before the cluster as read (its determiners kept), which may be the clause's actor. */
  phrase: Span | null;
  /** The phrase opens its clause (after a break, an opener or a place preposition), so it may itself be the actor. */
  opensClause: boolean;
  /** The verb cluster just before the figure held a change or share verb (`tăng`, `chiếm`). */
  changeOrShare: boolean;
  /** The cluster says what there is (`có`, `có tới`): what follows a share is what it counts. */
  existential: boolean;
  /** Index of the first word of the verb cluster. */
  clusterStart: number;
}

/**
 * Read backwards from the figure: first the verb cluster (qualifiers, linking and change
 * verbs, auxiliaries, time phrases), then the measured phrase, which ends at a break, a
 * clause opener, a source or reporting verb, an auxiliary (its actor stands before it), a
 * pronoun or another figure. A measure head inside a longer verb phrase starts the name
 * there (`đẩy mức chênh lệch này xuống …` → `mức chênh lệch này`).
 */
export function phraseBefore(words: Word[], figure: number): BeforeReading {
  // (In named steps, each compiled on its own: a rare branch met late then recompiles one
  // small step, not the whole reader.)
  const { clusterStart, changeOrShare, existential, linking, levelOnly } = verbCluster(words, figure);
  const passive = passiveMeasure(words, clusterStart);
  if (passive) return { name: passive.name, owner: passive.owner, actor: passive.agent, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
  let end = asideStart(words, clusterStart - 1) - 1;
  let scan = scanPhrase(words, end, changeOrShare, raisedTo.has(words[clusterStart]?.key ?? ''));
  // `Xuất khẩu rau quả của Việt Nam vào thị trường này tăng 112%`: before a change, what a
  // destination's preposition brings is where the activity goes, not what changes; the phrase
  // before the preposition is read instead.
  if (changeOrShare && destinationBefore(words, scan.stop, scan.start, end)) {
    end = scan.stop - 1;
    scan = scanPhrase(words, end, changeOrShare, raisedTo.has(words[clusterStart]?.key ?? ''));
  }
  // `Tổng vốn đầu tư … bao gồm vốn cấp mới, vốn điều chỉnh và …, mua cổ phần đạt 27,26 tỷ USD`: the
  // members a measure lists are its parts; the measure before the list is what the figure is.
  const listed = memberListBefore(words, scan.stop);
  const listHead = listed > 0 ? measureHeadBefore(words, listed) : -1;
  if (listHead >= 0) return { name: spanOf(words, listHead, listed - 1), owner: null, actor: null, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
  let i = scan.stop;
  const start = scan.start;
  const ownerCut = scan.ownerCut;
  const timeCut = scan.timeCut;
  // A measure head earlier in the segment, cut off by an adjunct (`Tổng mức phạt xung quanh …
  // là X`): the name is the head's phrase.
  const stopped = words[i];
  // (So is a verb of giving or getting alone: `lợi nhuận chuỗi cửa hàng này thu về chỉ hơn …`;
  // not one with an auxiliary, whose actor stands before it: `công ty đã bán ra …`.)
  if ((has(stopped, Tag.Preposition) || (start === end && has(words[end], Tag.Transfer) && !has(stopped, Tag.Auxiliary))) && !containsTag(words, start, end + 1, Tag.MeasureHead)) {
    const head = measureHeadBefore(words, i);
    if (head >= 0) {
      let last = head;
      while (last + 1 < i && isContent(wordNear(words, last + 1))) last++;
      return { name: spanOf(words, head, last), owner: null, actor: null, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
    }
  }
  // `Công ty SJC niêm yết vàng miếng ở mức …`: a body, a verb and its object before a level: the
  // verb sets the object's level; the body acts.
  const object = levelOnly && start < end ? objectOfLevelVerb(words, start, end) : null;
  if (object) return { name: object.name, owner: null, actor: object.actor, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
  // `Chị Lan sinh con trai nặng 4kg`: a noun said to weigh or measure so much (a dimension's
  // adjective right before the figure) is the object of the verb before it, not the clause.
  const measured = start < end && end === figure - 1 && dimensionAdjectives.has(words[end]!.key) ? objectBeforeDimension(words, start, end) : null;
  if (measured) return { name: measured.name, owner: null, actor: measured.actor, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
  // `Số tiền mà công ty phải trả cho đợt này là 5 tỷ đồng`: a relative clause (`mà …`) on a
  // measure stands between it and its linking verb; the measure, read to `mà`, is the name.
  // The relative clause's actor is the measure's owner (`chi phí mà Barca đã bỏ ra …`).
  const relative = linking ? measureBeforeRelative(words, clusterStart) : null;
  if (relative) return { name: relative.name, owner: null, actor: relative.actor, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
  // `tỷ lệ nợ xấu đã bán cho VAMC, chưa xử lý chiếm 5,8%`: a phrase after a comma with no
  // head of its own is the last item of an enumeration that a measure head opens.
  // (`…, chưa xử lý`: the item's auxiliary stays with it.)
  const comma = has(stopped, Tag.Auxiliary) && !has(stopped, Tag.Qualifier) && wordNear(words, i - 1)?.key === ',' ? i - 1 : i;
  if (words[comma]?.key === ',' && start <= end && !containsTag(words, start, end + 1, Tag.MeasureHead) && !hasOwnActor(words, start, end)) {
    const head = enumerationHead(words, comma);
    if (head >= 0) {
      const named = nameAndOwner(words, head, end, ownerCut, timeCut, null);
      return { name: named.name, owner: named.owner, actor: null, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
    }
  }
  // `Xuất khẩu gạo của tỉnh đã tăng mạnh và đạt 176 tỷ đồng`: the level a measure reaches after
  // its change, the two predicates joined by `và`, is that measure's: what changes, and its owner.
  if (start > end && linking && !changeOrShare && words[end]?.key === 'và') {
    const changed = phraseBefore(words, end);
    if (changed.changeOrShare && changed.name) return { name: changed.name, owner: changed.owner, actor: changed.actor, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
  }
  // `chi phí quá tốn kém, lên tới 382 tỷ USD`, `giá bán của máy rất cao, lên tới 16,99 triệu
  // đồng`: a linking verb opening a clause after a comma, with no phrase of its own, gives the
  // figure of the measure that the clause before names. (Not a change or a share, which
  // names what follows it, nor an equivalence, `…, tương đương 1,1 tỷ đồng`, a second value.)
  // (So does an estimate alone: `giá trị hóa đơn … đặc biệt lớn, ước tính trên 1.000 tỷ đồng`.)
  if (start > end && (linking || estimateOnly(words, clusterStart, figure)) && !changeOrShare && words[end]?.key === ',' && !containsKey(words, clusterStart, figure, valueOfAnotherLinks) && !containsTag(words, clusterStart, figure, Tag.Opener)) {
    // (The clause before may say how the measure is, `giá thường đắt, ở mức …`: its adverbs
    // and adjectives are its predicate, neither a stop nor part of the name.)
    const predicate = qualityPredicateStart(words, end);
    const head = measureHeadBefore(words, predicate);
    // (Not a measure compared with, nor over a comparison: `tăng giá hơn cả giá ớt chỉ thiên,
    // đạt …`, `Mức lãi suất giữ nguyên so với 2 tuần trước, duy trì ở mức 6%`.)
    if (head >= 0 && !containsKey(words, Math.max(0, head - 2), end, comparisonWords)) {
      let last = head;
      while (last + 1 < predicate && isContent(wordNear(words, last + 1))) last++;
      return { name: spanOf(words, head, last), owner: null, actor: null, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
    }
  }
  let stop = words[i];
  // `Toàn tỉnh đã xây dựng và cấp được 261 mã số`: verbs joined by `và` share the actor before them.
  if ((stop?.key === 'và' || stop?.key === 'hoặc') && has(wordNear(words, i - 1), Tag.Verb) && has(words[start], Tag.Verb)) {
    let j = i - 1;
    while (j >= 0 && isContent(words[j]) && has(words[j], Tag.Verb | Tag.Noun) && !has(words[j], Tag.Name)) j--;
    if (has(words[j], Tag.Auxiliary)) {
      i = j;
      stop = words[j];
    }
  }
  const opensClause = !stop || isBreak(stop) || has(stop, Tag.Opener | Tag.Source | Tag.Date | Tag.Time) || (has(stop, Tag.Owner | Tag.Preposition) && PLACE_OPENERS.has(stop.key));
  // (Before a verb that raises its object to the figure too: `NTP nâng vốn điều lệ lên …`.)
  const raiser = stop !== undefined && raisingVerbs.has(stop.key) && raisedTo.has(words[clusterStart]?.key ?? '');
  let actor = has(stop, Tag.Auxiliary | Tag.Linking | Tag.Qualifier) ? actorBefore(words, i) : raiser ? actorBefore(words, i - 1) : null;
  // A measured phrase before the auxiliary (`Tỷ lệ nợ xấu đã được kiểm soát dưới 3%`): the
  // measure is the name, the verb after it its predicate. With a linking verb before the
  // figure the verbs belong to the phrase (`Tỷ lệ doanh nghiệp đã nộp thuế điện tử chiếm 99%`),
  // unless it only gives the level the verb sets (`Giá USD được niêm yết ở mức …`).
  const actorHead = actor ? wordStartingAt(words, actor.start) : -1;
  let phraseStart = start;
  // (Not when a measure of its own stands after the verb: `doanh nghiệp có vốn nhà nước đạt
  // doanh thu …` names `doanh thu`; the measure before is part of its actor.)
  // (So is any noun whose level a verb alone sets: `Lạm phát được kiểm soát ở mức 4%`.)
  const levelOfActor = levelOnly && actor !== null && start <= end && verbsOnly(words, start, end) && has(words[actorHead], Tag.Noun) && !has(words[actorHead], Tag.Pronoun | Tag.Name) && !namesOwner(words, actor!);
  if (actor && (has(words[actorHead], Tag.MeasureHead) || levelOfActor) && !(start <= end && has(words[start], Tag.MeasureHead) && has(stop, Tag.Linking))) {
    if (linking && !(levelOnly && isVerbOnly(words[end])) && start <= end) {
      phraseStart = actorHead;
    } else {
      // (An owner ending the measured actor is the figure's subject: `Vàng SJC tại Công ty … giao dịch ở ngưỡng …`.)
      let last = actorHead;
      while (last + 1 < words.length && words[last + 1]!.end <= actor.end) last++;
      const cut = ownerInside(words, actorHead, last);
      if (cut > actorHead) return { name: spanOf(words, actorHead, cut - 1), owner: { start: words[cut + 1]!.start, end: actor.end }, actor: null, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
      return { name: actor, owner: null, actor: null, phrase: null, opensClause: false, changeOrShare, existential, clusterStart };
    }
    actor = null;
  }
  if (phraseStart > end) return { name: null, owner: null, actor, phrase: null, opensClause, changeOrShare, existential, clusterStart };
  // `Tại Hà Nội giá vàng tăng 2%`: a place that a place's preposition opening the clause brings,
  // then a measure's head: the place owns the measure, as after an owner's preposition inside it.
  const placeLed = ownerCut < 0 && stop !== undefined && has(stop, Tag.Owner | Tag.Preposition) && PLACE_OPENERS.has(stop.key) && i === phraseStart - 1 && has(words[phraseStart], Tag.Name) && measureAfterName(words, phraseStart + 1, end) > 0;
  const named = nameAndOwner(words, phraseStart, end, placeLed ? i : ownerCut, timeCut, actor, scan.wholeAt);
  // As an actor, the phrase ends before its own verbs (`thành phố đón 5.000 lượt khách`, `Bộ
  // GDĐT quyết định thành lập 10 đoàn`).
  let phraseEnd = end;
  while (phraseEnd > phraseStart && (isVerbOnly(words[phraseEnd]) || opensPredicateAfterName(words, phraseEnd))) phraseEnd--;
  const phrase = spanOf(words, phraseStart, phraseEnd);
  // So does an owner ending it (`Giá vàng SJC tại Công ty … (SJC) giao dịch ở ngưỡng …`).
  const owner = named.owner && phrase && named.owner.start < phrase.end && named.owner.end > phrase.end ? { start: named.owner.start, end: phrase.end } : named.owner;
  const name = targetOf(words, coordinatedItems(words, causeBeforeChange(words, named.name, clusterStart), phraseStart));
  return { name, owner, actor: named.actor, phrase, opensClause, changeOrShare, existential, clusterStart };
}

/**
 * `đạt được mục tiêu tăng trưởng 6,7%`, `tăng trưởng tín dụng có thể vượt mục tiêu chính thức
 * 16%`: a target's noun (table TARGET_HEADS) opening the name frames the figure as a target
 * (the qualifier says so), and the measure is what the target is of: the noun after it, or,
 * with only adjectives after it (`chính thức`, official), the measure that the verb before the
 * noun reaches or passes, standing before it as its actor. The name as it was otherwise.
 */
function targetOf(words: Word[], name: Span | null): Span | null {
  if (!name) return name;
  const head = wordStartingAt(words, name.start);
  if (head < 0 || !targetHeads.has(words[head]!.key)) return name;
  const next = wordNear(words, head + 1);
  const inName = next !== undefined && next.start < name.end;
  // (A noun, not one that is also a verb: `kế hoạch hành động`, an action plan, is no target of action.)
  if (inName && isContent(next) && (has(next, Tag.MeasureHead | Tag.Acronym) || (has(next, Tag.Noun) && !has(next, Tag.Verb | Tag.Adjective | Tag.Name)))) return { start: next.start, end: name.end };
  // (With none, only adjectives of the target follow it, and the verb before reaches or exceeds it.)
  for (let k = head + 1; k < words.length && words[k]!.start < name.end; k++) if (!has(words[k], Tag.Adjective) || has(words[k], Tag.Noun | Tag.Verb)) return name;
  if (!targetVerbs.has(wordNear(words, head - 1)?.key ?? '')) return name;
  const actor = actorBefore(words, head - 1);
  if (!actor) return name;
  const first = wordStartingAt(words, actor.start);
  return has(words[first], Tag.MeasureHead) || (has(words[first], Tag.Noun) && !has(words[first], Tag.Name) && !namesOwner(words, actor)) ? actor : name;
}
const targetHeads = new Set(TARGET_HEADS);
const targetVerbs = new Set(TARGET_VERBS);

/**
 * `chi phí khấu hao và lãi vay khiến tăng …`, `(trong đó vay ODA, vay ưu đãi chiếm 94%)`,
 * `…; chụp và can thiệp tim mạch từ 6 triệu …`: the measured phrase is the last of items joined
 * by `và`, `hoặc` or commas, and the figure is theirs together. The name runs back over the items
 * when they are alike and open the clause. Alike: the same class of first word (nouns with
 * nouns, verbs with verbs), no name and no actor of their own; a measure named last has
 * measures before it unless every item is one word (`thuế, phí`; not `khi điểm chuông, giá
 * từ …`). Opening the clause: after `;`, `:` or a bracket, a lead into items (`trong đó`, `ví
 * dụ như`; table COORDINATION_LEADS), or a figure's clause that a comma or `và` ends.
 * Not at a sentence's start, where the first item is as often a topic (`Kết quả, nữ ca sĩ
 * nhận …`), nor after a subordinate clause (`Sau khi trích lập quỹ, giá xăng …`).
 */
function coordinatedItems(words: Word[], name: Span | null, phraseStart: number): Span | null {
  if (!name) return name;
  const first = wordStartingAt(words, name.start);
  // (The name is the phrase, or the phrase but for the verb opening it: `can thiệp tim mạch`.)
  if (first < phraseStart || first > phraseStart + 1 || has(words[first], Tag.Name)) return name;
  // (Items are alike the phrase, its verb and all: `vay ngân hàng, vay trái phiếu`.)
  const kind = words[phraseStart]!.tags & (Tag.Noun | Tag.Verb);
  const measure = has(words[phraseStart], Tag.MeasureHead);
  let oneWordItems = words[phraseStart]!.start === name.start && words[first]!.end === name.end;
  let start = phraseStart;
  let k = phraseStart - 1;
  for (let items = 0; k >= 0 && coordinators.has(words[k]!.key) && items < 4; items++) {
    let j = k - 1;
    while (j >= 0 && isContent(words[j])) j--;
    if (j === k - 1) break;
    const itemFirst = words[j + 1]!;
    if ((itemFirst.tags & kind) === 0 || has(itemFirst, Tag.Name) || itemHasActor(words, j + 1, k - 1)) return name;
    if (j + 1 !== k - 1) oneWordItems = false;
    if (measure && !has(itemFirst, Tag.MeasureHead) && !oneWordItems) return name;
    start = j + 1;
    k = j;
  }
  if (start === phraseStart) return name;
  const boundary = wordNear(words, k);
  if (boundary === undefined) return name;
  const opens =
    (has(boundary, Tag.Punctuation) && COORDINATION_OPENING_MARKS.has(boundary.key)) ||
    (has(boundary, Tag.Opener) && coordinationLeads.has(boundary.key)) ||
    (coordinators.has(boundary.key) && has(wordNear(words, k - 1), Tag.Figure));
  return opens ? { start: words[start]!.start, end: name.end } : name;
}
const coordinators = new Set(['và', 'hoặc', ',']);

/** An item's own actor: a name, or a noun that is no measure before a verb (`Công ty cắt giảm`; not `chi phí khấu hao`). */
function itemHasActor(words: Word[], start: number, end: number): boolean {
  for (let i = start; i <= end; i++) {
    const w = words[i]!;
    if (has(w, Tag.Name) && !has(w, Tag.Acronym)) return true;
    if (i > start && isVerbOnly(w) && has(words[i - 1], Tag.Noun) && !has(words[i - 1], Tag.MeasureHead) && !isVerbOnly(words[i - 1])) return true;
  }
  return false;
}
/** Marks after which a clause opens its items. */
const COORDINATION_OPENING_MARKS = new Set([';', ':', '(']);
const coordinationLeads = new Set(COORDINATION_LEADS);

/**
 * `Tỷ giá trung tâm … sáng 6/7 được Ngân hàng Nhà nước công bố ở mức 22.447 đồng`, `Giá xăng
 * được Petrolimex điều chỉnh lên …`: in a passive with its agent named (`được`/`bị`, a body, a
 * verb, then the cluster), or with none before a level (`ở mức`), what the verb acts on is the
 * measure before the auxiliary, when a measure head opens it (a time phrase between them
 * aside); the agent acts. Null otherwise.
 */
function passiveMeasure(words: Word[], clusterStart: number): { name: Span; owner: Span | null; agent: Span | null } | null {
  const verb = clusterStart - 1;
  if (!isVerbOnly(wordNear(words, verb)) && !has(wordNear(words, verb), Tag.Reporting)) return null;
  let k = verb - 1;
  // The agent: names, or a body a name opens and common words go on (`Tập đoàn Vàng bạc đá quý
  // DOJI`); or none, before a level (`giá USD được niêm yết ở mức …`).
  while (k >= 0 && isContent(words[k]) && !isVerbOnly(words[k]) && !has(words[k], FUNCTIONAL | Tag.Figure | Tag.Date | Tag.Time)) k--;
  if (!passiveAuxiliaries.has(wordNear(words, k)?.key ?? '')) return null;
  if (k === verb - 1 ? !levelAdjuncts.has(wordNear(words, clusterStart)?.key ?? '') : !has(words[k + 1], Tag.Name)) return null;
  const agent = k === verb - 1 ? null : spanOf(words, k + 1, verb - 1);
  let end = k - 1;
  while (end >= 0 && isTimeWord(words[end])) end--;
  const start = scanPhrase(words, end, false, false).start;
  if (start > end || !has(words[start], Tag.MeasureHead)) return null;
  // (An owner ending the measure is the figure's subject: `Giá vàng miếng SJC | của Công ty … được niêm yết ở …`.)
  const cut = ownerInside(words, start, end);
  const name = spanOf(words, start, cut > start ? cut - 1 : end);
  const owner = cut > start ? spanOf(words, cut + 1, end) : null;
  return name ? { name, owner, agent } : null;
}
const passiveAuxiliaries = new Set(PASSIVE_AUXILIARIES);

/**
 * `chi phí đầu tư công nghệ làm tăng giá thành … là 1.800 tỷ đồng`, `thuế, phí làm tăng tới
 * 3.200 tỷ đồng`: a causative verb before a change (`làm tăng`, `khiến giảm`) in the measured
 * phrase ends it: what is measured is the cause, the change its effect. The name cut before
 * the causative, or as it was.
 */
function causeBeforeChange(words: Word[], name: Span | null, clusterStart: number): Span | null {
  if (!name) return name;
  const first = wordStartingAt(words, name.start);
  if (first < 0) return name;
  for (let k = first + 1; k < clusterStart && words[k]!.start < name.end; k++) {
    if (causativeVerbs.has(words[k]!.key) && has(wordNear(words, k + 1), Tag.Change)) return spanOf(words, first, k - 1);
  }
  return name;
}

/** Whether words[from, to) are qualifiers only, one of them an estimate (`ước tính trên`, `dự kiến khoảng`). */
function estimateOnly(words: Word[], from: number, to: number): boolean {
  if (from >= to) return false;
  let estimate = false;
  for (let k = from; k < to; k++) {
    if (!has(words[k], Tag.Qualifier)) return false;
    if (estimateWords.has(words[k]!.key)) estimate = true;
  }
  return estimate;
}

/**
 * `Tổng số doanh nghiệp … tỉnh Nghệ An (không bao gồm các cơ sở sản xuất kinh tế hộ, cá thể)
 * đến … là 886 doanh nghiệp`: an aside in brackets right before the verbs qualifies the phrase
 * before it and does not end it. Where the phrase before ends: at the aside's opening bracket
 * (its index), or after `end` when none. (A short bracket, `(Petrolimex)`, is the name's own.)
 */
/**
 * The member-list verb (`bao gồm`, `gồm`) whose list ends at the phrase read before the verbs,
 * when the phrase was stopped by a comma or `và` of that list (no figure, break or verb of the
 * clause between), else -1.
 */
function memberListBefore(words: Word[], stop: number): number {
  const w = words[stop];
  if (!w || (w.key !== ',' && w.key !== 'và')) return -1;
  for (let k = stop - 1; k > 0 && k > stop - 30; k--) {
    const v = words[k]!;
    if (memberListVerbs.has(v.key)) return isContent(wordNear(words, k - 1)) ? k : -1;
    if (has(v, Tag.Figure | Tag.Date | Tag.Linking | Tag.Change) || isClauseBreak(v)) return -1;
  }
  return -1;
}

/**
 * Whether the phrase words[start..end] is brought by a destination's preposition at `stop`
 * (`vào thị trường này`, `sang Mỹ`), after an activity's content words, and names no measure.
 */
function destinationBefore(words: Word[], stop: number, start: number, end: number): boolean {
  if (start > end || stop < 1 || stop !== start - 1 || !destinations.has(words[stop]!.key)) return false;
  // (After a verb the preposition completes it, a relative clause of the noun: `các gói tín dụng đổ vào BĐS`.)
  if (!isContent(words[stop - 1]) || has(words[stop - 1], Tag.Figure) || isVerbOnly(words[stop - 1])) return false;
  return !containsTag(words, start, end + 1, Tag.MeasureHead | Tag.Figure);
}
const destinations = new Set(DESTINATION_PREPOSITIONS);

function asideStart(words: Word[], end: number): number {
  // `Doanh thu của công ty (trong đó xuất khẩu chiếm 60%) năm 2016 đạt …`: an aside that opens
  // as a part of the whole (`trong đó`) holds its own figures and names, and may stand before
  // the clause's time and baseline.
  let close = end;
  while (close > 0 && (isTimeWord(words[close]) || comparisonWords.has(words[close]!.key))) close--;
  if (words[close]?.key === ')') {
    const open = openingBracket(words, close);
    if (open > 0 && has(wordNear(words, open + 1), Tag.Opener) && isContent(wordNear(words, open - 1))) return open;
  }
  // `Doanh thu của Google (gồm Google Cloud) đã tăng`, `… Google - bao gồm cả Google Cloud - đã
  // tăng`: an aside in brackets or dashes that opens with a word of grammar says what the phrase
  // takes in, whatever it names. (One that opens with a name is the name's own: `(Petrolimex)`.)
  const asideOpen = words[end]?.key === ')' ? openingBracket(words, end) : isDash(words[end]) ? openingDash(words, end) : -1;
  if (asideOpen > 0 && isContent(wordNear(words, asideOpen - 1)) && has(wordNear(words, asideOpen + 1), ASIDE_OPENING_TAGS) && !isContent(wordNear(words, asideOpen + 1)) && !containsTag(words, asideOpen + 1, end, Tag.Figure)) return asideOpen;
  if (words[end]?.key !== ')') return end + 1;
  const open = openingBracket(words, end);
  // (An aside holding a name or a figure is about a person or a place, not about a measure:
  // `Nguyễn Duy Phương (Yên Thế, Bắc Giang) cũng đạt 20 điểm`, `Tú (27 tuổi, ở …) đã 3 lần`.)
  if (open <= 0 || end - open <= 5 || !isContent(wordNear(words, open - 1)) || containsTag(words, open + 1, end, Tag.Figure | Tag.Name)) return end + 1;
  return open;
}

/** Tags of the grammar words an aside opens with (`gồm`, `bao gồm`, `trong đó`, `kể cả`). */
const ASIDE_OPENING_TAGS = Tag.Linking | Tag.Opener | Tag.Preposition;

/** The dash that opens an aside closed by the dash at `close`, within a short clause, or -1. */
function openingDash(words: Word[], close: number): number {
  for (let i = close - 1; i >= 0 && i > close - 12; i--) {
    if (isDash(words[i])) return i;
    if (words[i]!.key === ',' || isClauseBreak(words[i])) return -1;
  }
  return -1;
}

/** The first word from `from` on, before `to`, that is no time or date nor the preposition of one (`giai đoạn 2011 - 2015`). */
function pastTime(words: Word[], from: number, to: number): number {
  let k = from;
  while (k < to && (has(words[k], Tag.Time | Tag.Date) || (TIME_PREPOSITIONS.has(words[k]!.key) && has(wordNear(words, k + 1), Tag.Date | Tag.Time)))) k++;
  return k;
}

/** Step 1 of phraseBefore: the verb cluster before the figure, and what its verbs say. */
function verbCluster(words: Word[], figure: number): { clusterStart: number; changeOrShare: boolean; existential: boolean; linking: boolean; levelOnly: boolean } {
  let i = figure - 1;
  let changeOrShare = false;
  let existential = false;
  let linking = false;
  let levelOnly = true;
  for (; i >= 0; i--) {
    const w = words[i]!;
    // `mức tăng`, `tốc độ tăng`: a change word after a measure head is a noun of the phrase.
    if (CHANGE_NOUNS.has(w.key) && changeNounHeads.has(wordNear(words, i - 1)?.key ?? '')) break;
    // `chi phí tối đa đã lên tới`, `tốc độ tăng bình quân giai đoạn 2011 - 2015 đạt`: a
    // qualifier before an auxiliary, the time between them or not, describes the noun.
    if (nounQualifiers.has(w.key) && has(wordNear(words, pastTime(words, i + 1, figure)), Tag.Auxiliary | Tag.Linking | Tag.Change) && isContent(wordNear(words, i - 1))) break;
    // `so với cuối năm 2011`: a baseline inside the cluster.
    if ((w.key === 'so với' || w.key === 'so') && has(wordNear(words, i + 1), Tag.Date | Tag.Time)) continue;
    // `đêm 6.6 (giờ Việt Nam) tăng`: a bracket right after a date is a note on it.
    if (w.key === ')') {
      const open = openingBracket(words, i);
      if (open > 0 && has(wordNear(words, open - 1), Tag.Date | Tag.Time) && !containsTag(words, open + 1, i, Tag.Figure | Tag.Date)) {
        i = open;
        continue;
      }
    }
    if (TIME_PREPOSITIONS.has(w.key) && has(wordNear(words, i + 1), Tag.Date | Tag.Time)) continue;
    // `Doanh thu năm 2015 và 2016 lần lượt đạt …`: dates listed are one time phrase.
    if ((w.key === 'và' || w.key === ',') && has(wordNear(words, i + 1), Tag.Date) && has(wordNear(words, i - 1), Tag.Date)) continue;
    // `đạt mức kỷ lục 2.000 tỷ đồng`: a grade of the level after its linking verb is the cluster's.
    if (levelGrades.has(w.key) && has(wordNear(words, i - 1), Tag.Linking)) continue;
    // `niêm yết giá USD ở mức: 22.675 đồng`: a colon after the linking word only sets the figures off.
    if (w.key === ':' && i === figure - 1 && has(wordNear(words, i - 1), Tag.Linking)) continue;
    // `tỷ trọng than hầm lò thay đổi từ 44% … lên 60%`: a change with no direction of its own,
    // before `từ` and the figure, links the measure to the levels it moves between.
    if (undirectedChanges.has(w.key) && wordNear(words, i + 1)?.key === 'từ' && i + 2 === figure) {
      linking = true;
      levelOnly = false;
      continue;
    }
    if (has(w, Tag.Linking) && w.key !== 'có' && !w.key.startsWith('có ')) {
      linking = true;
      if (!levelAdjuncts.has(w.key)) levelOnly = false;
    }
    if (has(w, Tag.Change) || isShareVerb(w)) changeOrShare = true;
    if (w.key === 'có' || w.key.startsWith('có ')) existential = true;
    if (has(w, Tag.Qualifier | Tag.Linking | Tag.Change | Tag.Auxiliary | Tag.Time | Tag.Date)) continue;
    if (has(w, Tag.Preposition) && TIME_PREPOSITIONS.has(w.key) && has(wordNear(words, i + 1), Tag.Date | Tag.Time)) continue;
    if (w.key === 'với' && has(wordNear(words, i + 1), Tag.Linking)) continue;
    break;
  }
  return { clusterStart: i + 1, changeOrShare, existential, linking, levelOnly: linking && levelOnly };
}
const levelAdjuncts = new Set(LEVEL_ADJUNCTS);

/** `và` at `i` joins a name and a common noun that is no place: two things listed. */
function listsTwoThings(words: Word[], i: number): boolean {
  return has(wordNear(words, i - 1), Tag.Name) && !has(wordNear(words, i - 1), Tag.Label) && !has(wordNear(words, i + 1), Tag.Name) && !placeHeads.has(wordNear(words, i + 1)?.key ?? '');
}

/** Word k is a date or time word with a content word (or the noun's qualifier) right before it (`giá vàng giao tháng 6/2017`, `Thu nhập bình quân năm 2016`). */
function timeAfterContent(words: Word[], k: number): boolean {
  return has(wordNear(words, k), Tag.Date | Tag.Time) && (isContent(wordNear(words, k - 1)) || gradesNounAt(words, k - 1));
}

/** Word k grades the noun right before it (`trung bình`, `bình quân`; no estimate word, which opens a clause: `HSC dự báo cả năm …`). */
function gradesNounAt(words: Word[], k: number): boolean {
  const w = wordNear(words, k);
  return w !== undefined && nounQualifiers.has(w.key) && isContent(wordNear(words, k - 1));
}

/** Word k qualifies the noun right before it (`bình quân`, `dự kiến` after `thu nhập`, `doanh thu`). */
function qualifiesNounAt(words: Word[], k: number): boolean {
  const w = wordNear(words, k);
  return w !== undefined && (nounQualifiers.has(w.key) || estimateWords.has(w.key)) && isContent(wordNear(words, k - 1));
}
const undirectedChanges = new Set(UNDIRECTED_CHANGES);
const transferVerbs = new Set(TRANSFER_VERBS);

/**
 * Step 2 of phraseBefore: the phrase before the cluster (its words end at `end`): where it
 * starts, the word that stopped it, and where an owner or a time phrase inside it begins (-1: none).
 */
/** `raised`: the figure is the level a verb before raises or lowers its object to (`nâng vốn điều lệ lên …`). */
function scanPhrase(words: Word[], end: number, changeOrShare: boolean, raised: boolean): { stop: number; start: number; ownerCut: number; timeCut: number; wholeAt: number } {
  let i = end;
  let start = i + 1;
  let ownerCut = -1;
  let timeCut = -1;
  let wholeAt = -1;
  for (; i >= 0; i--) {
    const w = words[i]!;
    if (w.key === ')') {
      // `Tập đoàn Xăng dầu Việt Nam (Petrolimex)`: a bracketed acronym goes with the name before it.
      const open = openingBracket(words, i);
      if (open > 0 && i - open <= 4 && !containsTag(words, open + 1, i, Tag.Figure | Tag.Date) && isContent(wordNear(words, open - 1))) {
        i = open;
        start = open;
        continue;
      }
      break;
    }
    // `tại Tổng công ty Sông Đà - CTCP là …`: names alone after a dash are the name's own part.
    if (isDash(w) && start <= end && nameTail(words, i, end)) {
      start = i;
      continue;
    }
    if (has(w, Tag.Date | Tag.Time) && (start > i + 1 || (start === i + 1 && ((has(w, Tag.Time) && !has(w, Tag.Date)) || ownerCut === i + 1)))) {
      // A time phrase inside the phrase (`Doanh thu … trong năm 2019 ước đạt`) is cut out later,
      // unless it opens the clause (`đến cuối tháng 4/2017 tín dụng tăng`).
      let j = i - 1;
      while (j >= 0 && has(words[j], Tag.Preposition) && TIME_PREPOSITIONS.has(words[j]!.key)) j--;
      // (After a qualifier of the noun too: `Doanh thu trung bình hàng năm của …`.)
      if (j >= 0 && (isContent(words[j]) || gradesNounAt(words, j))) {
        // `tổng số lao động tại thời điểm công bố giá trị doanh nghiệp là …`: a time word with
        // words of its own after it ends the measured phrase; they are the time's.
        if (has(w, Tag.Time) && !has(w, Tag.Date)) timeCut = j + 1;
        // (The qualifier is the noun's: read on past it.)
        i = isContent(words[j]) ? j + 1 : j;
        continue;
      }
      break;
    }
    if (w.key === '”') {
      // `… cuốn sách “Miếng ngon Hà Nội” là …`: a quoted title inside the phrase, or ending it
      // after the noun it names (not a quotation before the verbs, `“…” là …`, nor a word in
      // scare quotes, `thưởng “nóng”`).
      const open = openingQuote(words, i);
      if (open > 0 && !containsTag(words, open + 1, i, Tag.Figure) && (start <= end || titleAfterNoun(words, open))) {
        i = open;
        start = open;
        continue;
      }
      break;
    }
    // `Tỷ lệ trường có phòng y tế trên cả nước là 50%`: an owner word holding its own place,
    // right before the verbs, owns the phrase before it.
    if (i === end && has(w, Tag.Owner) && holdsPlace(w.key) && isContent(wordNear(words, i - 1))) {
      ownerCut = i;
      start = i;
      continue;
    }
    // `… thu hồi cho dự án`: a body or place after `cho` owns the figure; people after it
    // (`bán ưu đãi cho người lao động`) are part of what is measured.
    if ((has(w, Tag.Owner) || (w.key === 'cho' && isContent(wordNear(words, i + 1)) && ownerKind(words, { start: wordNear(words, i + 1)!.start, end: words[end]!.end }) !== 'people' && namesOwner(words, { start: wordNear(words, i + 1)!.start, end: words[end]!.end }))) && start <= end) {
      // An owner ends the measured phrase: split it off when a phrase stands before it (an
      // adverb after its verb passed over: `đã trả ngay cho Flamengo khoản tiền …`).
      // So does one after a time inside the phrase (`giá vàng giao tháng 6/2017 tại Mỹ`).
      if ((isContent(wordNear(words, has(wordNear(words, i - 1), Tag.Particle) ? i - 2 : i - 1)) || timeAfterContent(words, i - 1)) && ownerCut < 0) {
        ownerCut = i;
        start = i;
        continue;
      }
      // `Thu nhập bình quân của người dân`, `Doanh thu dự kiến của công ty`: a qualifier right
      // after the noun, before the owner, is the noun's; the phrase goes on before it.
      if (ownerCut < 0 && qualifiesNounAt(words, i - 1)) {
        ownerCut = i;
        start = i - 1;
        i--;
        continue;
      }
      // `Số lượng cấp phó của người đứng đầu cơ quan … thuộc UBND cấp tỉnh`: an owner before
      // the one split off, after a measure head, is the measure's own complement.
      if (ownerCut > i && isContent(wordNear(words, i - 1)) && measureHeadBefore(words, i) >= 0) {
        start = i;
        continue;
      }
      break;
    }
    // `tại thời điểm công bố giá trị doanh nghiệp`: after a time word, a reporting verb is the time's event.
    if (has(w, Tag.Reporting) && has(wordNear(words, i - 1), Tag.Time) && start <= end) continue;
    // `tài sản của ông hiện vào khoảng …`: a pronoun after `của` is the phrase's owner.
    if (has(w, Tag.Pronoun) && i === end && wordNear(words, i - 1)?.key === 'của' && isContent(wordNear(words, i - 2))) {
      start = i;
      continue;
    }
    // (A change word between nouns is the phrase's own, `tốc độ tăng dân số`; not a verb that
    // raises or lowers an object to the figure, `Công ty nâng vốn điều lệ lên …`: the clause's verb.)
    if (isContent(w) || (has(w, Tag.Anaphor) && i === end) || (has(w, Tag.Change) && !(raised && raisingVerbs.has(w.key)) && isContent(wordNear(words, i - 1)) && (isContent(wordNear(words, i + 1)) || changeNounHeads.has(wordNear(words, i - 1)!.key))) || (nounQualifiers.has(w.key) && i === end)) {
      start = i;
      continue;
    }
    // (`trong các doanh nghiệp`: the object may open with a determiner, after a noun.)
    const object = wordNear(words, i + 1);
    // (Not `cho` between a thing and a measure, the verb that yields it: `Động cơ cho công suất
    // 300 mã lực`; after a measure or a verb it is `for`: `chi phí cho quãng đường …`.)
    const yields = w.key === 'cho' && has(object, Tag.MeasureHead) && has(wordNear(words, i - 1), Tag.Noun) && !has(wordNear(words, i - 1), Tag.MeasureHead | Tag.Verb);
    if ((innerBefore.has(w.key) || nounQualifiers.has(w.key)) && start <= end && isContent(wordNear(words, i - 1)) && (isContent(object) || (has(object, Tag.Determiner) && determinedObjectAt(words, i))) && !has(object, Tag.Figure) && !yields) {
      start = i;
      continue;
    }
    if (basisPrepositions.has(w.key) && start <= end && has(wordNear(words, i - 1), Tag.Noun) && !has(wordNear(words, i - 1), Tag.Verb) && isContent(object) && !has(object, Tag.MeasureHead | Tag.Figure | Tag.Name)) {
      start = i;
      continue;
    }
    // `Số học sinh được tuyển vào các trường …`: in a relative clause on a measure (its
    // auxiliary between them), a verb's preposition and its object stay in the phrase.
    if (INNER_PREPOSITIONS.has(w.key) && start <= end && isVerbOnly(wordNear(words, i - 1)) && (isContent(object) || has(object, Tag.Determiner)) && !has(object, Tag.Figure | Tag.Pronoun) && relativeOnMeasure(words, i - 1)) {
      start = i;
      continue;
    }
    // `Mức chênh lệch giữa lãi suất cho vay và lãi suất tiền gửi`: nouns joined inside the phrase;
    // `nội soi … có sinh thiết tăng từ …`: a relative `có` inside it, before the cluster's own verb.
    // (Not a common noun after a name: `màu sơn đen Amethyste Black và bộ vành hợp kim 17 inch`
    // lists two things, the figure the second's; places listed stay one: `quận 4 và quận Bình Thạnh`.)
    if ((w.key === 'và' && has(wordNear(words, i + 1), Tag.Noun) && !isVerbOnly(wordNear(words, i + 1)) && has(wordNear(words, i - 1), Tag.Noun) && !isVerbOnly(wordNear(words, i - 1)) && !has(wordNear(words, i - 1), Tag.Figure) && !listsTwoThings(words, i)) ||
        (w.key === 'có' && start <= end && changeOrShare && isContent(wordNear(words, i - 1)) && !isVerbOnly(wordNear(words, i - 1)))) {
      start = i;
      continue;
    }
    // `số lượng cấp phó … cấp quận, huyện, thị xã`, `Giá xăng, dầu`: one-word nouns listed
    // with commas inside a measured phrase are its own enumeration.
    if (w.key === ',' && start === i + 1 && (innerEnumeration(words, i) || ownerNameList(words, i))) continue;
    // `Tỷ lệ hộ nghèo toàn tỉnh`, `doanh thu toàn ngành`: the whole of a place or body ending
    // the phrase is its owner, and keeps its determiner (SPEC: `toàn tỉnh`, `cả nước`).
    if (i === end - 1 && start === end && wholeOwnerAt(words, i)) {
      wholeAt = i;
      start = i;
      continue;
    }
    if (has(w, Tag.Determiner) && start <= end && !has(w, Tag.Pronoun)) {
      // `các sở, ban, ngành`: a determiner opens the phrase and stays with it; inside a phrase
      // (`Doanh thu các dịch vụ`, `của các doanh nghiệp`) the phrase goes on before it.
      // (A measure head's verb makes a noun with it, which the phrase goes on over: `tổng vốn
      // đầu tư toàn xã hội`; a verb alone opens its object, `đạt các chỉ tiêu`.)
      start = i;
      const before = wordNear(words, i - 1);
      if ((isContent(before) && (!isVerbOnly(before) || has(wordNear(words, i - 2), Tag.MeasureHead))) || (has(before, Tag.Owner) && isContent(wordNear(words, i - 2)))) continue;
      // `Tổng số lao động trong các doanh nghiệp`: the object of a preposition inside the
      // phrase; the phrase goes on before it.
      if (determinedObjectAt(words, i - 1)) continue;
      // (So after a verb's preposition in a relative clause on a measure: `được tuyển vào các trường`.)
      if (before !== undefined && INNER_PREPOSITIONS.has(before.key) && isVerbOnly(wordNear(words, i - 2)) && relativeOnMeasure(words, i - 2)) continue;
      i--;
    }
    break;
  }
  return { stop: i, start, ownerCut, timeCut, wholeAt };
}

/**
 * Whether the comma at `comma`, read backwards in a measured phrase, lists one-word nouns (the
 * item after it one word, the one before it too) under a measure head that opens the phrase
 * before them, back over nouns, commas and `của` (`số lượng cấp phó của … cấp quận, huyện`).
 */
function innerEnumeration(words: Word[], comma: number): boolean {
  // (No item is a measure of its own: `doanh thu, lãi ròng 112 tỷ đồng`, `lỗ vuông, đường kính`.)
  const oneNoun = (w: Word | undefined) => isContent(w) && has(w, Tag.Noun) && !isVerbOnly(w) && !has(w, Tag.Name | Tag.Figure | Tag.MeasureHead);
  if (!oneNoun(wordNear(words, comma + 1)) || !oneNoun(wordNear(words, comma - 1))) return false;
  // (The last item ends the phrase: `…, tỷ lệ này` is a new one.)
  if (has(wordNear(words, comma + 2), CONTENT | Tag.Anaphor | Tag.Determiner) && !has(wordNear(words, comma + 2), FUNCTIONAL)) return false;
  // Back over the items, one noun each, to the word before the first: a noun of the phrase.
  let k = comma - 1;
  while (wordNear(words, k - 1)?.key === ',' && oneNoun(wordNear(words, k - 2))) k -= 2;
  // (Owners listed after their preposition and determiner: `vốn ODA của các bộ, ngành`.)
  if (has(wordNear(words, k - 1), Tag.Determiner) && has(wordNear(words, k - 2), Tag.Owner)) k -= 2;
  else if (!isContent(wordNear(words, k - 1)) || has(wordNear(words, k - 1), Tag.Name | Tag.Figure)) return false;
  for (let j = k - 1; j >= 0 && j > comma - 16; j--) {
    const w = words[j]!;
    if (has(w, Tag.MeasureHead) && !has(wordNear(words, j - 1), Tag.MeasureHead)) return true;
    // (An acronym may qualify the measure: `vốn ODA của các bộ, ngành`.)
    if (!(isContent(w) && !has(w, Tag.Figure) && (!has(w, Tag.Name) || has(w, Tag.Acronym))) && w.key !== 'của') return false;
  }
  return false;
}

/**
 * `Doanh thu của Hà Nội, Đà Nẵng đã đạt …`: names listed with commas after an owner's preposition
 * that follows a measure (each item a run of names), the comma at `comma` one of theirs.
 */
function ownerNameList(words: Word[], comma: number): boolean {
  const isName = (w: Word | undefined) => has(w, Tag.Name) && !has(w, Tag.Figure);
  if (!isName(wordNear(words, comma + 1)) || !isName(wordNear(words, comma - 1))) return false;
  let k = comma - 1;
  for (;;) {
    while (isName(wordNear(words, k - 1))) k--;
    if (wordNear(words, k - 1)?.key !== ',' || !isName(wordNear(words, k - 2))) break;
    k -= 2;
  }
  const owner = wordNear(words, k - 1);
  return has(owner, Tag.Owner) && !isName(wordNear(words, k - 2)) && isContent(wordNear(words, k - 2)) && measureHeadBefore(words, k - 1) >= 0;
}

/**
 * Whether the verb at `verb` ends a relative clause on a measure: back over content words and
 * at least one auxiliary to a measure head, with no break, figure, linking or reporting verb
 * between (`Số học sinh được tuyển`, `Số tiền đã chuyển`).
 */
function relativeOnMeasure(words: Word[], verb: number): boolean {
  let auxiliary = false;
  for (let k = verb - 1; k >= 0 && k > verb - 10; k--) {
    const w = words[k]!;
    if (has(w, Tag.Auxiliary) && !has(w, Tag.Linking)) {
      auxiliary = true;
      continue;
    }
    if (!isContent(w) || has(w, Tag.Figure | Tag.Linking | Tag.Reporting | Tag.Name)) return false;
    if (has(w, Tag.MeasureHead)) return auxiliary && !has(wordNear(words, k - 1), Tag.MeasureHead);
  }
  return false;
}

/**
 * Whether words[at] is a preposition inside a measured noun phrase whose object opens with a
 * determiner: a noun (no name, no verb) before it, `các`/`mỗi`/`một` … after it (`Tổng số lao
 * động trong các doanh nghiệp`, `Giá cho một chiếc bánh`). After a verb the preposition opens
 * the verb's adjunct, no part of a name (`được tìm thấy trong một khu vực`).
 */
function determinedObjectAt(words: Word[], at: number): boolean {
  const preposition = words[at];
  const before = wordNear(words, at - 1);
  const object = wordNear(words, at + 1);
  if (preposition === undefined || !innerBefore.has(preposition.key)) return false;
  if (!has(object, Tag.Determiner) || has(object, Tag.Pronoun)) return false;
  return isContent(before) && has(before, Tag.Noun) && !has(before, Tag.Name | Tag.Figure) && !isVerbOnly(before);
}

/**
 * Where a measure (`giá`, `khoản tiền`: a measure head, or a noun and the head ending the
 * phrase) starts right after a name in words[from - 1, to], or -1. (Not a place's level,
 * `HĐND tỉnh số tiền`.)
 */
function measureAfterName(words: Word[], from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    if (!has(words[k - 1], Tag.Name | Tag.Acronym) || has(words[k], Tag.Name) || !isContent(words[k]) || !has(words[k], Tag.Noun)) continue;
    const measure = has(words[k], Tag.MeasureHead) || (k + 1 === to && has(words[to], Tag.MeasureHead));
    if (measure && ownerKind(words, spanOf(words, k, k)!) !== 'place') return k;
  }
  return -1;
}

/**
 * Step 3 of phraseBefore: in the phrase [start, end], what is measured and whose it is: the
 * owner split off at `ownerCut`, a time phrase cut at `timeCut`, verbs and determiners
 * stripped, an actor named before a verb.
 */
function nameAndOwner(words: Word[], start: number, end: number, ownerCutAt: number, timeCut: number, actor: Span | null, wholeAt = -1): { name: Span | null; owner: Span | null; actor: Span | null } {
  let ownerCut = ownerCutAt;
  let owner: Span | null = null;
  let measureAfter = -1;
  let nameEnd = ownerCut >= 0 ? ownerCut - 1 : end;
  if (ownerCut < 0 && wholeAt > start) {
    owner = spanOf(words, wholeAt, end);
    nameEnd = wholeAt - 1;
  }
  if (timeCut > start && timeCut - 1 < nameEnd && (ownerCut < 0 || timeCut < ownerCut)) nameEnd = timeCut - 1;
  // Drop a time phrase that sits between the name and the cluster (`… của ngành trong năm 2019`).
  while (nameEnd >= start && isTimeWord(words[nameEnd])) nameEnd--;
  if (ownerCut >= 0) {
    let ownerEnd = timeCut > ownerCut ? timeCut - 1 : end;
    while (ownerEnd > ownerCut && isTimeWord(words[ownerEnd])) ownerEnd--;
    // `ở Mường Chà cho thu về …`: a verb of giving or getting after the owner is the clause's, not the owner's.
    if (has(words[ownerEnd], Tag.Transfer)) while (ownerEnd > ownerCut + 1 && (!has(words[ownerEnd], Tag.Name | Tag.Noun) || isVerbOnly(words[ownerEnd]))) ownerEnd--;
    owner = ownerEnd > ownerCut ? spanOf(words, ownerCut + 1, ownerEnd) : null;
    // `trả cho Flamengo khoản tiền 30 triệu euro`: a measure after the owner's name, right
    // before the figure, is what is measured; the name alone is the owner.
    if (owner && ownerEnd === end) measureAfter = measureAfterName(words, ownerCut + 2, ownerEnd);
    if (measureAfter > 0) owner = spanOf(words, ownerCut + 1, measureAfter - 1);
    // `số lượng cấp phó của người đứng đầu tổng cục`: what follows `của` names no owner, so it
    // modifies the phrase and stays in it.
    // `tiền giường ở đây`: a pointing word is cut off all the same, and names no one.
    if (owner && !namesOwner(words, owner)) {
      if (!containsTag(words, ownerCut + 1, ownerEnd + 1, CONTENT)) owner = null;
      else {
        owner = null;
        nameEnd = ownerEnd;
        ownerCut = -1;
      }
    }
  }
  // A verb phrase holding a measure head with words after it: the name starts at the head
  // (`đẩy mức chênh lệch này`); a head that ends the phrase keeps what it measures
  // (`làm NƠXH giá` → `NƠXH giá`, the verbs stripped below).
  let nameStart = start;
  if (measureAfter > 0) {
    nameStart = measureAfter;
    nameEnd = end;
  }
  if (isVerbOnly(words[nameStart])) {
    for (let k = nameStart + 1; k <= nameEnd; k++) {
      // (A head ending the phrase starts the name only after a preposition: `làm việc ở nhiệt
      // độ 45 độ C` → `nhiệt độ`; `làm NƠXH giá` keeps what the head measures.)
      if (has(words[k], Tag.MeasureHead) && (k < nameEnd || has(wordNear(words, k - 1), Tag.Preposition | Tag.Owner))) {
        nameStart = k;
        break;
      }
    }
  }
  // `những nơi tỷ lệ trường thiếu …`: a determiner and a noun before a measure head are whose
  // the measure is, not part of it.
  let ownerBefore: Span | null = null;
  if (has(words[nameStart], Tag.Determiner) && words[nameStart]!.key !== 'các') {
    for (let k = nameStart + 1; k < nameEnd && k <= nameStart + 3; k++) {
      if (has(words[k], Tag.MeasureHead) && !has(wordNear(words, k - 1), Tag.MeasureHead)) {
        ownerBefore = spanOf(words, nameStart, k - 1);
        nameStart = k;
        break;
      }
      if (!has(words[k], Tag.Noun)) break;
    }
  }
  // A determiner other than `các` does not open a name (`nhiều dịch vụ` → `dịch vụ`), nor does a
  // verb before the measured noun (`tiết kiệm chi thường xuyên`, `phát huy quỹ đất`).
  while (nameStart < nameEnd && ((has(words[nameStart], Tag.Determiner) && words[nameStart]!.key !== 'các') || (isVerbOnly(words[nameStart]) && has(wordNear(words, nameStart + 1), Tag.Noun) && !isVerbOnly(wordNear(words, nameStart + 1))))) nameStart++;
  // `Barcelona sẵn sàng chi ra 60 triệu bảng`: a verb of giving or getting with its direction
  // word ends the phrase: it is what is measured, the noun phrase opening the phrase its actor
  // (not under a measure head: `Mức giá bán ra`).
  if (ownerCut < 0 && nameEnd > nameStart && has(words[nameEnd], Tag.Transfer) && !containsTag(words, nameStart, nameEnd, Tag.MeasureHead)) {
    let k = nameStart;
    while (k < nameEnd && has(words[k], Tag.Name | Tag.Noun) && !isVerbOnly(words[k])) k++;
    return { name: spanOf(words, nameEnd, nameEnd), owner: owner ?? ownerBefore, actor: k > nameStart ? spanOf(words, nameStart, k - 1) : actor };
  }
  // `Công ty X âm hơn 30 tỷ`, `Tuấn nhận hơn 900 triệu`: a name then a verb: the verb is what is
  // measured and the name its actor.
  let actorOf = actor;
  const verbAt = firstVerbAfterName(words, nameStart, nameEnd);
  if (verbAt > 0 && ownerCut < 0) {
    actorOf = spanOf(words, nameStart, verbAt - 1);
    nameStart = verbAt;
  } else if (ownerCut < 0) {
    // `công ty đặt kế hoạch doanh thu ở mức …`: an owner, its verb, then the measure it acts
    // on: the measure is named and the owner acts.
    const object = objectAfterOwnerVerb(words, nameStart, nameEnd);
    if (object > 0) {
      actorOf = spanOf(words, nameStart, object - 2);
      nameStart = object;
    }
  }
  return { name: spanOf(words, nameStart, nameEnd), owner: owner ?? ownerBefore, actor: actorOf };
}

/**
 * In a phrase [from, to] that opens with a noun phrase naming an owner, then one verb (a
 * change word too: `tăng`), then a noun phrase holding a measure (`công ty đặt kế hoạch doanh
 * thu`, `Công ty … niêm yết giá vàng SJC`): the index of that noun, or -1.
 */
function objectAfterOwnerVerb(words: Word[], from: number, to: number): number {
  let k = from;
  // (Owners joined by `và`, `Vietcombank và BIDV niêm yết giá USD`.)
  // (And its short name in brackets: `Công ty Cổ phần Nông dược HAI (HAI) ghi nhận tổng doanh thu …`.)
  while (k < to && ((has(words[k], Tag.Noun | Tag.Name) && !isVerbOnly(words[k])) || (words[k]!.key === 'và' && k > from && has(wordNear(words, k + 1), Tag.Name)) || (words[k]!.key === '(' && k > from && shortNameInBrackets(words, k)))) {
    k = words[k]!.key === '(' ? closingBracket(words, k) + 1 : k + 1;
  }
  if (k === from || k >= to || !(isVerbOnly(words[k]) || has(words[k], Tag.Change))) return -1;
  const object = wordNear(words, k + 1);
  if (!has(object, Tag.Noun) || isVerbOnly(object) || has(object, Tag.Name)) return -1;
  // (A measure: `giảm cân`, `hưởng lợi`, `đi biển` are a verb's own words, no object measured.)
  if (!containsTag(words, k + 1, to + 1, Tag.MeasureHead)) return -1;
  return namesOwner(words, spanOf(words, from, k - 1)!) ? k + 1 : -1;
}

/**
 * The first of the verbs that end a phrase opening with a name (`Tuấn nhận`), or -1. A verb of
 * giving or getting counts though the dictionary knows it as a noun too (`Australia chi`, `Ấn
 * Độ thu`): right before an amount it is the verb.
 */
/** Whether the bracket opening at `open` holds only a name or two (`(HAI)`, `(Bộ Y tế)`) and closes soon. */
function shortNameInBrackets(words: Word[], open: number): boolean {
  const close = closingBracket(words, open);
  if (close < 0 || close - open > 4 || close === open + 1) return false;
  for (let k = open + 1; k < close; k++) if (!has(words[k], Tag.Name)) return false;
  return true;
}
function firstVerbAfterName(words: Word[], from: number, to: number): number {
  let k = to;
  while (k > from && (isVerbOnly(words[k]) || (k === to && transferVerbs.has(words[k]!.key) && !has(words[k], Tag.Name)))) k--;
  if (k === to || k < from) return -1;
  for (let j = from; j <= k; j++) if (!has(words[j], Tag.Name | Tag.Noun) || isVerbOnly(words[j])) return -1;
  // (A common head and a name that names an owner gives or gets too: `tỉnh Quảng Bình nhận …`;
  // with another verb the phrase may be the measure's owner: `Tập đoàn Hòa Bình sở hữu 30% cổ phần …`.)
  if (!has(words[from], Tag.Name) && !(has(words[k], Tag.Name) && transferVerbs.has(words[to]!.key) && namesOwner(words, spanOf(words, from, k)!))) return -1;
  return k + 1;
}

/** A measure head before `at` in its segment (back to a break, an opener or an auxiliary), or -1. */
/**
 * The measure phrase a relative clause ending at `clusterStart` is on: `mà` in the same clause,
 * with a measure head's noun phrase right before it (`mức lương cao nhất mà các công ty trả …`),
 * or null. (`không giảm mà còn tăng`, `khi mà …`: no measure before `mà`.)
 */
function measureBeforeRelative(words: Word[], clusterStart: number): { name: Span; actor: Span | null } | null {
  for (let j = clusterStart - 1; j > 0 && j > clusterStart - 14; j--) {
    const w = words[j]!;
    if (isBreak(w) || w.key === ',' || has(w, Tag.Figure)) return null;
    if (w.key !== 'mà') continue;
    const head = measureHeadBefore(words, j);
    if (head < 0) return null;
    for (let k = head; k < j; k++) if (!isContent(words[k])) return null;
    const name = spanOf(words, head, j - 1);
    if (!name) return null;
    // (Its actor: the noun phrase after `mà`, to its auxiliary or verb.)
    let end = j;
    while (end + 1 < clusterStart && (isContent(words[end + 1]) || (end === j && has(words[end + 1], Tag.Determiner))) && !isVerbOnly(words[end + 1]!)) end++;
    const actor = end > j && !has(words[j + 1], Tag.Pronoun) ? spanOf(words, j + 1, end) : null;
    return { name, actor };
  }
  return null;
}

/**
 * Where a predicate of quality ends the stretch before `end` (`giá đắt`, `giá thường rất đắt`,
 * `chi phí khá cao`): adverbs of time or degree, then adjectives only; `end` when none.
 * (An adjective the dictionary also reads as a noun first is no predicate: `giá trần`.)
 */
function qualityPredicateStart(words: Word[], end: number): number {
  let i = end;
  while (i > 0 && isAdjectiveOnly(words[i - 1]!)) i--;
  if (i === end) return end;
  while (i > 0 && has(words[i - 1], Tag.Auxiliary) && !has(words[i - 1], Tag.Linking | Tag.Reporting) && isContent(words[i - 2])) i--;
  return i;
}
const isAdjectiveOnly = (w: Word): boolean => firstClass(w) === 65 /* A */ && !(w.tags & (Tag.Name | Tag.MeasureHead | Tag.Figure));

function measureHeadBefore(words: Word[], at: number): number {
  for (let i = at - 1; i >= 0 && i > at - 12; i--) {
    const w = words[i]!;
    if (isBreak(w) || has(w, Tag.Opener | Tag.Auxiliary | Tag.Linking | Tag.Reporting | Tag.Source | Tag.Figure)) return -1;
    if (has(w, Tag.MeasureHead) && !has(wordNear(words, i - 1), Tag.MeasureHead)) return i;
  }
  return -1;
}

/**
 * The measure head opening the enumeration whose item ends at the comma `comma`: back over
 * at most four commas, through words that are no clause's verbs, figures or times, to a head
 * that opens its clause, after a comma or at the sentence's start (`số hợp tác xã hoạt động
 * trong ngành trồng trọt, chăn nuôi, thủy sản`), or -1 (`Năm 2016, doanh thu …`; `Về tỷ lệ, …`).
 */
function enumerationHead(words: Word[], comma: number): number {
  let commas = 1;
  for (let i = comma - 1; i >= 0 && i > comma - 24; i--) {
    const w = words[i]!;
    if (w.key === ',') {
      if (++commas > 4) return -1;
      continue;
    }
    // (A pointing word closes a topic, not an item: `Số tiền này, Hùng chiếm đoạt …`.)
    if (isBreak(w) || has(w, ENUMERATION_ENDS) || w.key === 'so với') return -1;
    const before = wordNear(words, i - 1);
    if (has(w, Tag.MeasureHead) && (before === undefined || before.key === ',' || isClauseBreak(before))) return i;
  }
  return -1;
}

const ENUMERATION_ENDS = Tag.Opener | Tag.Qualifier | Tag.Linking | Tag.Change | Tag.Reporting | Tag.Source | Tag.Figure | Tag.Date | Tag.Time | Tag.Pronoun | Tag.Anaphor | Tag.Label;

/** Whether words[start..end] hold an actor of their own: a person's or place's name, or a noun before a verb (`Bảo chia làm`, `nhà trường trích`). */
function hasOwnActor(words: Word[], start: number, end: number): boolean {
  if (has(words[start], Tag.Determiner)) return true;
  for (let i = start; i <= end; i++) {
    const w = words[i]!;
    if (has(w, Tag.Name) && !has(w, Tag.Acronym)) return true;
    if (i > start && isVerbOnly(w) && has(words[i - 1], Tag.Noun) && !isVerbOnly(words[i - 1])) return true;
  }
  return false;
}

const comparisonWords = new Set(COMPARISON_WORDS);

/** Links after which the figure is not the value of the measure before the comma: a second value, members. (A contrast, `…, còn 4 …`, opens a clause: its opener tag says so.) */
const valueOfAnotherLinks = new Set([...EQUIVALENCE_LINKS, ...MEMBER_LIST_VERBS]);


/** `sách “Miếng ngon Hà Nội”`: a quoted run of two words or more right after a noun that is no name. */
function titleAfterNoun(words: Word[], open: number): boolean {
  const noun = wordNear(words, open - 1);
  return has(noun, Tag.Noun) && !isVerbOnly(noun) && !has(noun, Tag.Name) && wordNear(words, open + 2)?.key !== '”';
}

function openingQuote(words: Word[], close: number): number {
  for (let i = close - 1; i >= 0 && i > close - 14; i--) {
    if (words[i]!.key === '“') return i;
    if (isClauseBreak(words[i])) return -1;
  }
  return -1;
}

/**
 * The noun phrase that ends before the auxiliaries at `at`, past the verbs between them
 * (`TP.HCM có thể làm được …` → TP.HCM; `Cả nước còn …` → Cả nước).
 */
function actorBefore(words: Word[], at: number): Span | null {
  let i = at;
  // (A verb right after a measure head is the measure's: `Tỷ lệ lạm phát đã được …`, `Tốc độ tăng trưởng đã …`.)
  while (i >= 0 && (has(words[i], Tag.Auxiliary | Tag.Linking | Tag.Qualifier) || (isVerbOnly(words[i]) && !has(wordNear(words, i - 1), Tag.MeasureHead)))) i--;
  let end = i;
  let start = nounPhraseStart(words, end);
  // `Ngô Thị Bích Vân - một giám đốc … bị cáo buộc`: the actor is the name the dash describes.
  // `Tổng công ty Sông Đà - CTCP có …`: names alone after the dash are the name's own part.
  const dash = wordNear(words, start - 1);
  if (isDash(dash) && isContent(wordNear(words, start - 2))) {
    if (nameTail(words, start - 1, end)) {
      start = nounPhraseStart(words, start - 2);
    } else {
      end = start - 2;
      start = nounPhraseStart(words, end);
    }
  }
  // `công ty do Vân làm giám đốc đã …`: an agent's clause that ends the phrase is the noun's before it.
  // (Its verb may be among those read back over: `dự án do Bộ Y tế chủ trì đã …`.)
  for (let j = end - 1; j > 0 && j >= start - 2; j--) {
    const clauseEnd = agentMarkers.has(words[j]!.key) && isContent(words[j - 1]) ? agentClauseEnd(words, j, at + 1) : -1;
    if (clauseEnd >= end) {
      end = clauseEnd;
      start = nounPhraseStart(words, j - 1);
      break;
    }
  }
  // `Thực hiện chỉ đạo của … VPCP, Bộ Tài chính đã …`: a clause a subordinator opens ends at its
  // comma; the actor is after it, not an enumeration over it.
  for (let c = end - 1; c > start; c--) {
    if (words[c]!.key === ',' && opensWithSubordinator(words, c)) {
      start = c + 1;
      break;
    }
  }
  if (start > end || !isContent(words[start]) && !has(words[start], Tag.Determiner)) return null;
  if (has(words[start], Tag.Pronoun) || isVerbOnly(words[start])) return null;
  return spanOf(words, start, end);
}

/** Whether the clause that a comma at `comma` closes opens with a subordinator (`Nếu`, `Khi`, `Thực hiện`). */
function opensWithSubordinator(words: Word[], comma: number): boolean {
  let k = comma - 1;
  while (k > 0 && !isBreak(words[k - 1]) && words[k - 1]!.key !== ',') k--;
  // (The sentence's first clause only: an opener there, or after a comma's time phrase.)
  return (k === 0 || isBreak(words[k - 1])) && subordinators.has(words[k]!.key);
}
const subordinators = new Set(SUBORDINATING_OPENERS);

/**
 * `Tổng công ty Sông Đà - CTCP`, `Thừa Thiên - Huế`: one name after the dash at `dash`, ending
 * at `end`, after a name of two words or more or glued to one, is that name's own part; not a person in
 * apposition (`Arsenal - Martin Keown`) nor a list of names (`Messi - Ronaldo - Neymar`).
 */
function nameTail(words: Word[], dash: number, end: number): boolean {
  const isName = (w: Word | undefined) => has(w, Tag.Name) && !has(w, Tag.Label);
  const before = wordNear(words, dash - 1);
  // (A dash glued to the name before it joins at any length: `VN- Index`.)
  const glued = before !== undefined && before.end === words[dash]!.start;
  return end === dash + 1 && isName(words[end]) && isName(before) && (glued || isContent(wordNear(words, dash - 2)));
}

/**
 * Where a noun phrase ending at `end` begins, reading back over nouns, names, a bracket
 * after a name (`Tập đoàn X (Petrolimex)`), an inner owner (`Ban TTND ở xã`), an enumeration
 * of short items (`những xã, phường, thị trấn`) and an opening determiner.
 */
export function nounPhraseStart(words: Word[], end: number): number {
  let start = end + 1;
  for (let i = end; i >= 0; i--) {
    const w = words[i]!;
    if (w.key === ')') {
      const open = openingBracket(words, i);
      if (open > 0 && i - open <= 5 && isContent(wordNear(words, open - 1)) && !containsTag(words, open + 1, i, Tag.Figure)) {
        i = open;
        start = open;
        continue;
      }
      break;
    }
    if (isContent(w)) {
      start = i;
      continue;
    }
    if ((has(w, Tag.Owner) || w.key === 'và' || w.key === 'hoặc') && start <= end && isContent(wordNear(words, i - 1)) && w.key !== 'của') {
      start = i;
      continue;
    }
    if (w.key === ',' && start <= end && enumerationItemBefore(words, i, start)) continue;
    if (has(w, Tag.Determiner) && !has(w, Tag.Pronoun) && start <= end) start = i;
    break;
  }
  return start;
}

/**
 * Over a comma read backwards: the phrase is an enumeration when the item before the comma
 * and the one after it are short runs of nouns (`xã, phường, thị trấn`, `cán bộ, viên chức`).
 */
function enumerationItemBefore(words: Word[], comma: number, itemStart: number): boolean {
  const nounRun = (from: number, step: 1 | -1, limit: number) => {
    let n = 0;
    for (let i = from; i >= 0 && i < words.length && n <= 3 && (step > 0 ? i < limit : true); i += step) {
      const w = words[i]!;
      if (isContent(w) && !isVerbOnly(w)) n++;
      else return { n, stop: w };
    }
    return { n, stop: undefined as Word | undefined };
  };
  const after = nounRun(itemStart, 1, itemStart + 4);
  const before = nounRun(comma - 1, -1, 0);
  if (after.n === 0 || after.n > 3 || before.n === 0 || before.n > 3) return false;
  // The first item opens after a break, a determiner or a preposition, never after a verb
  // (`… có hiệu lực, TP.HCM đã …` is two clauses).
  const opener = before.stop;
  if (opener && !has(opener, Tag.Punctuation | Tag.Determiner | Tag.Owner | Tag.Preposition | Tag.Opener)) return false;
  // (A source's comma closes it: `Theo Quyết định, Tổng công ty …`.)
  if (has(opener, Tag.Source)) return false;
  // (So does the comma of a source opening the clause when a verb follows the item after it,
  // `Theo thống kê của Bộ, Thanh Hóa là …`, and that of a place unless both items are single
  // words, as listed places are: `Tại sân bay Nội Bài, Vietnam Airlines đã …`, `Tại
  // Vietcombank, giá USD đã …`, but `Ở các xã, phường có …`.)
  if (has(after.stop, Tag.Auxiliary | Tag.Linking) || isVerbOnly(after.stop)) {
    let open = comma - 1;
    while (open > 0 && !isBreak(words[open - 1])) open--;
    if (has(words[open], Tag.Source)) return false;
    if (PLACE_OPENERS.has(words[open]!.key) && (before.n > 1 || after.n > 1)) return false;
  }
  // The item after the comma ends the phrase or the list (`, thị trấn ở …`, `, thị trấn có …`).
  return true;
}

/** Whether words[from..to] are verbs only (with their adverbs): a predicate with no noun of its own. */
function verbsOnly(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!isVerbOnly(words[k]) && !has(words[k], Tag.Auxiliary)) return false;
  return true;
}

/** The index of an owner's preposition (`tại`, `của`) inside words[from..to] with an owner after it, or -1. */
function ownerInside(words: Word[], from: number, to: number): number {
  // (An owner: a body, a place, a company; not a thing measured's complement, `của mẫu xe`.)
  for (let k = from + 1; k < to; k++) if (has(words[k], Tag.Owner) && isContent(words[k - 1]) && isContent(words[k + 1]) && namesOwner(words, spanOf(words, k + 1, to)!)) return k;
  return -1;
}

/**
 * In words[from..to], ending in a dimension's adjective: the noun phrase after the last verb
 * (`sinh` + `con trai nặng`) is measured, what stands before the verb acts. Null when no verb
 * stands in the phrase, or the words after it are no noun phrase.
 */
function objectBeforeDimension(words: Word[], from: number, to: number): { name: Span; actor: Span | null } | null {
  let k = to - 1;
  while (k > from && isContent(words[k]) && !isVerbOnly(words[k]) && !has(words[k], Tag.Figure)) k--;
  if (k <= from || k === to - 1 || !isVerbOnly(words[k]) || !has(words[k + 1], Tag.Noun)) return null;
  // (The verb is the clause's when a person, a body or a place acts; after a noun alone it opens
  // a relative clause of the measured noun: `Tuyến đường nối hai tỉnh dài 50 km`.)
  let last = k - 1;
  while (last > from && !isContent(words[last])) last--;
  const actor = spanOf(words, from, last)!;
  // (A place acts only as a unit of government, `Tỉnh đã xây dựng …`, and a thing not at all:
  // `Tuyến đường`, `Hệ thống đường ống dẫn khí …` are measured.)
  const kind = ownerKind(words, actor);
  if (!containsTag(words, from, last + 1, Tag.Name | Tag.Pronoun) && kind !== 'people' && !(kind === 'place' && administrativeUnits.has(words[from]!.key))) return null;
  return { name: spanOf(words, k + 1, to)!, actor };
}
const dimensionAdjectives = new Set(DIMENSION_ADJECTIVES);
const administrativeUnits = new Set(ADMINISTRATIVE_UNITS);

/**
 * In words[from..to], before a level (`ở mức`): an owner (a body, a place, a company, or a
 * name), one verb, and a noun phrase, its object (`Công ty SJC niêm yết vàng miếng`): the object
 * is measured, the owner acts. Null when the phrase is not so made.
 */
function objectOfLevelVerb(words: Word[], from: number, to: number): { name: Span; actor: Span } | null {
  let verb = -1;
  for (let k = from + 1; k < to; k++) {
    if (isVerbOnly(words[k])) {
      if (verb >= 0) return null;
      verb = k;
    } else if (!isContent(words[k]) || has(words[k], Tag.Figure)) return null;
  }
  if (verb < 0 || !isContent(words[to]) || isVerbOnly(words[to]) || has(words[to], Tag.Figure)) return null;
  const actor = spanOf(words, from, verb - 1)!;
  if (!has(words[from], Tag.Name) && !namesOwner(words, actor)) return null;
  return { name: spanOf(words, verb + 1, to)!, actor };
}
