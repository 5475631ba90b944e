// What a figure measures (`name`) and whose it is (`subject`), as verbatim spans of its
// sentence, read with the clause reader (src/text/clause.ts). The order of the rules:
// 1. a counted noun after the figure names it, with what restricts it (`427 xã đạt chuẩn …`),
//    unless a measure head stands right before (`dân số khoảng 13 triệu người`; a bare
//    `tổng số` or `quy mô` says less than the noun);
// 2. a share of what there is (`có tới 90% trường chưa có …`) names what follows it;
// 3. else the measured phrase before the verb cluster (`Doanh thu … ước đạt X`);
// 4. else, after a change or share verb or a percent, the phrase after it (`tăng 0,5% lãi suất
//    huy động`); a share right after another figure (`…, chiếm 51% vốn điều lệ`) measures what
//    that one does, and the caller carries it over;
// 5. else the counted noun alone; else a topic opening the clause (`Về giá bán, từ 200 …`).
// The subject: an owner split off the name, else one after it, else the clause's actor.
import type { Quantity } from '../../normalize/quantities.js';
import { isShareVerb, nounPhraseStart, phraseAfter, phraseBefore, wordStartingAt, type BeforeReading, type ReadSentence } from '../../text/clause.js';
import { agentClauseEnd, agentMarkers, beneficiaryAfter, labelOfNames, nearestActor, ownerAfter, ownerBeforeAttribute, ownerInside, placePhraseEnd } from '../../text/actor.js';
import { changedMeasureBefore, changedMeasureInSegment, measureValuedAfter, measuredPhraseBeforeComma, useAfterSum } from '../../text/measure-elsewhere.js';
import { beforeQualifiers, clauseStart, isClauseBreak, isDash, isVerbOnly, openingBracket, spanOf, type Span } from '../../text/phrase-words.js';
import { firstClass, has, wordNear, Tag, type Word } from '../../text/words.js';
import { headIndex, namesOwner, ownerKind, wholeOwnerAt } from '../../text/owner.js';
import { isKnownBodyName, organizationPhrase } from '../../text/organization-phrase.js';
import { firstFilledAtOrAfter, firstStartingAtOrAfter } from '../../text/spans.js';
import { GIVING_VERBS, MATTER_UNITS, MEASUREMENT_UNITS, PLACE_COUNTING_UNITS } from '../../vocab/indicator-phrases.js';
import { GROUP_DETERMINERS, LEVEL_HEADS, WHOLE_DETERMINERS } from '../../vocab/owner-words.js';
import { BARE_MEASURE_HEADS, COUNT_MEASURE_HEADS, HOLDING_VERBS, PENALTY_WORDS, POST_VERBAL_ADVERBS, TOPIC_OPENERS, VALUE_LINKS } from '../../vocab/clause-words.js';
import { BOUND_QUALIFIERS, MONEY_NOUNS_AFTER } from '../../vocab/quantities.js';
import { DURATION_UNITS } from '../../vocab/date-words.js';
import { ORGANIZATION_HEAD_WORDS } from '../../vocab/organization-words.js';
import { hasLetter, startsUpper } from '../../text/letters.js';

export type NameSource = 'counted' | 'before' | 'after' | 'noun' | 'topic';

export interface FigureReading {
  name: Span | null;
  source: NameSource | null;
  subject: Span | null;
}

const durationUnits = new Set(DURATION_UNITS);
const measurementUnits = new Set(MEASUREMENT_UNITS.map((u) => u.toLowerCase()));
const bareHeads = new Set(BARE_MEASURE_HEADS);
const topicOpeners = new Set(TOPIC_OPENERS);
const moneyNouns = new Set(MONEY_NOUNS_AFTER);
const matterUnits = new Set(MATTER_UNITS.map((u) => u.toLowerCase()));
const placeCountingUnits = new Set(PLACE_COUNTING_UNITS);

/** The counted noun of a count, fraction or rate, if it is a noun and not a measure (`ha`, `lần`). */
export function countedNoun(q: Quantity): Span | null {
  if (!q.unit || q.currency || q.unit === '%' || !(q.kind === 'count' || q.kind === 'fraction' || q.kind === 'rate')) return null;
  const unit = q.kind === 'rate' ? q.unit.split('/')[0]! : q.unit;
  if (measurementUnits.has(unit.toLowerCase()) || !hasLetter(unit)) return null;
  const at = q.text.lastIndexOf(unit);
  // A share's span is `427/635` alone: its counted noun follows it in the text.
  if (at < 0) return q.kind === 'fraction' ? { start: q.end, end: q.end } : null;
  return { start: q.start + at, end: q.start + at + unit.length };
}

/** Where the figure's unit stands: its end, or (`3/12 lần`, a share with the unit after it) just after it. */
function unitSpan(q: Quantity, unit: string): Span {
  return q.text.endsWith(unit) ? { start: q.end - unit.length, end: q.end } : { start: q.end, end: q.end };
}

/** The span when it names an owner (text/owner.ts), else null. */
function ownerOnly(text: string, words: Word[], span: Span | null): Span | null {
  return span && namesOwner(words, span, text) ? span : null;
}

/** A figure being read: its sentence's words, the reading before it, and what follows it, read once and only when a rule asks. */
interface Figure {
  text: string;
  words: Word[];
  figure: number;
  q: Quantity;
  before: BeforeReading;
  afterRead: boolean;
  afterFound: PhraseAfterFigure | null;
}

/** The noun phrase after a figure, the index of its last word, and an owner cut off its end. */
interface PhraseAfterFigure {
  span: Span;
  last: number;
  owner: Span | null;
}

/** The name chosen and what the choice leaves for the subject. */
interface NameChoice {
  name: Span | null;
  source: NameSource | null;
  nameEndWord: number;
  afterOwner: Span | null;
  /** An owner cut off the end of a counted noun's phrase: the clause's actor goes first. */
  trailingOwner: Span | null;
  actorPhrase: Span | null;
  levelOwner: Span | null;
  /** The owner split off the phrase before the verb cluster, unless that phrase acts whole. */
  splitOwner: Span | null;
  /** Those a fine right before the sum is given to. */
  finedRecipients: Span | null;
}

export function readFigure(text: string, read: ReadSentence, figure: number, q: Quantity): FigureReading {
  const { words } = read;
  const before = phraseBefore(words, figure);
  const f: Figure = { text, words, figure, q, before, afterRead: false, afterFound: null };
  // `4 lần giảm, 3 lần giữ nguyên`: times of an event named after them are counted like a
  // noun; a multiplier (`gấp 4 lần`, `tăng 2-4 lần`) is not.
  const timesOfEvent = q.unit === 'lần' && !before.changeOrShare && !has(wordNear(words, figure - 1), Tag.Change | Tag.Qualifier) && (isContent(wordNear(words, figure + 1)) || has(wordNear(words, figure + 1), Tag.Change)) && !has(wordNear(words, figure + 1), Tag.Name);
  // `64 điểm sạt lở`, `2.364 điểm thi`: a unit that counts places when a word says what follows it.
  const placesCounted = q.kind === 'count' && q.unit !== null && placeCountingUnits.has(q.unit) && q.text.endsWith(q.unit) && isContent(wordNear(words, figure + 1)) && !has(wordNear(words, figure + 1), Tag.Name);
  const noun = timesOfEvent || placesCounted ? unitSpan(q, q.unit!) : countedNoun(q);
  const c: NameChoice = { name: null, source: null, nameEndWord: figure, afterOwner: null, trailingOwner: null, actorPhrase: null, levelOwner: null, splitOwner: before.owner, finedRecipients: null };
  chooseName(f, c, noun, timesOfEvent);
  nameFromElsewhere(f, c, noun);
  // `Hải Dương xếp thứ 19/63 … về chỉ số PCI`: a rank's phrase before it is who is ranked;
  // what is ranked follows `về`, or is the measure the sentence names before (`theo đánh giá
  // chỉ số ICT index, Hải Dương xếp thứ 19/63`).
  let ranked: Span | null = null;
  if (q.kind === 'rank' && c.source === 'before' && c.name && startsWithName(words, c.name)) {
    ranked = c.name;
    c.name = rankedWhat(words, figure);
    c.source = c.name ? 'after' : null;
  }
  const subject = subjectOf(f, c, noun, ranked);
  const name = c.name && !hasLetter(text.slice(c.name.start, c.name.end)) ? null : c.name;
  return { name, source: name ? c.source : null, subject };
}

/** What follows the figure, read once. */
function afterFigure(f: Figure): PhraseAfterFigure | null {
  if (!f.afterRead) {
    f.afterFound = readAfterFigure(f);
    f.afterRead = true;
  }
  return f.afterFound;
}

function readAfterFigure(f: Figure): PhraseAfterFigure | null {
  const { words, q } = f;
  let from = pastRange(words, f.figure + 1);
  // `chiếm 5,8%/tổng dư nợ`: a share written over its base (`8%/năm` is a rate per period).
  if (q.unit === '%' && words[from]?.key === '/' && isContent(wordNear(words, from + 1)) && !durationUnits.has(wordNear(words, from + 1)!.key)) from++;
  const at = from + (has(words[from], Tag.Preposition) && OBJECT_PREPOSITIONS.has(words[from]!.key) ? 1 : 0);
  // `tăng 10,74% kế hoạch được giao`: the baseline the normaliser read is no name.
  const baseline = q.baseline && words[at] && words[at]!.start === q.end + 1 && q.baseline !== 'cùng kỳ' && /^\D/u.test(q.baseline);
  let last = opensWithBaselineWord(words[at]) || baseline ? -1 : phraseAfter(words, at);
  if (last < at) return null;
  // `kim ngạch xuất khẩu của tỉnh`, `dân cư toàn tỉnh`: an owner at the end is the subject's.
  let owner: Span | null = null;
  if (last - 1 >= at && wholeOwnerAt(words, last - 1)) {
    owner = spanOf(words, last - 1, last);
    last -= 2;
    // (`chiếm 30% cả nước`: an owner alone names nothing.)
    if (last < at) return null;
  }
  for (let k = last - 1; k > at && !owner; k--) {
    // (`của cả nước`: a whole place after `của` is an owner too.)
    if (words[k]!.key === 'của' && (isContent(wordNear(words, k + 1)) || ownerKind(words, { start: words[k + 1]!.start, end: words[last]!.end }) !== null)) {
      owner = { start: wordNear(words, k + 1)!.start, end: words[last]!.end };
      last = k - 1;
      break;
    }
  }
  return { span: { start: words[at]!.start, end: words[last]!.end }, last, owner };
}

/** The phrase after the figure as the name, its owner kept for the subject. */
function takeAfter(c: NameChoice, found: PhraseAfterFigure, keepOwner = true): void {
  c.name = found.span;
  c.source = 'after';
  c.nameEndWord = found.last;
  if (keepOwner) c.afterOwner = found.owner;
}

/** The rules in order (see the head of this file): the first that applies names the figure. */
function chooseName(f: Figure, c: NameChoice, noun: Span | null, timesOfEvent: boolean): void {
  const { text, words, figure, q, before } = f;
  // `dân số khoảng 13 triệu người`: a measure head before the figure names it, not the unit;
  // so does a phrase of the counted noun itself (`Thuê bao Internet ước đạt 1.070.000 thuê bao`).
  // (After `có`, only a count says what the counted noun is: `Tổng số lao động … có 59.020
  // người`; `giá xăng dầu đã có 10 kỳ điều chỉnh` counts what the phrase before has.)
  const measureBefore = before.name !== null && ((startsWithMeasureHead(words, before.name) && !isBare(words, before.name) && (!before.existential || startsWithCountHead(words, before.name))) || (noun !== null && sameHead(text, before.name, noun)));
  // `lực lượng lao động của TKV giảm 15.000 người`: what changes is measured, not the counted noun.
  const changeOfBefore = noun !== null && before.name !== null && someWord(words, before.clusterStart, figure, (w) => has(w, Tag.Change)) && !namesOwner(words, before.name, text) && !isBare(words, before.name);
  if (noun && !measureBefore && !changeOfBefore) {
    countedName(f, c, noun, timesOfEvent);
  } else if (q.kind === 'percent' && (before.existential || shareOfGroupAfter(words, figure, before)) && afterFigure(f)) {
    takeAfter(c, afterFigure(f)!);
  } else if (sumOfWhatFollows(f)) {
    // What stands before the verb acts (`Nhà máy tiêu thụ 3 triệu kWh điện`); a share it holds is
    // its own, whoever owns the whole (`Tập đoàn Hòa Bình sở hữu 30% cổ phần của ngân hàng`).
    const actor = actorBeforeVerb(words, before, figure);
    const verb = verbBefore(words, before, figure);
    const held = q.kind === 'percent' && verb >= 0 && holdingVerbs.has(words[verb]!.key) && (actor ?? before.actor) !== null;
    takeAfter(c, afterFigure(f)!, !held);
    c.actorPhrase = actor;
    // (`một bệnh nhân ở khoa Hồi sức phải tốn 300 triệu đồng viện phí`: with only a linking verb
    // between, the whole phrase before it acts, its place with it: no owner is split off a name
    // that names nothing.)
    if (!c.actorPhrase && before.owner && before.phrase && actorLike(words, before.phrase) && someWord(words, before.clusterStart, figure, (w) => has(w, Tag.Linking))) {
      c.actorPhrase = before.phrase;
      c.splitOwner = null;
    }
  } else if (colonLabel(words, figure) && !labelNamesOwner(words, figure)) {
    // `Cụ thể: Thu nội địa: 1.200 tỷ đồng; Thu từ dầu thô: 300 tỷ đồng`: the item's label.
    c.name = colonLabel(words, figure);
    c.source = 'before';
  } else if (shareOfWhat(words, figure, before) && afterFigure(f)) {
    // `Gạo chiếm 35% kim ngạch xuất khẩu`: what the share is of.
    takeAfter(c, afterFigure(f)!);
  } else if (before.changeOrShare && before.name && !startsWithMeasureHead(words, before.name) && objectAfter(words, figure) && afterFigure(f)) {
    // `Các ngân hàng đã tăng 0,5% lãi suất huy động`: the change's object is measured, the
    // phrase before it acts.
    takeAfter(c, afterFigure(f)!, false);
    c.actorPhrase = before.phrase;
  } else if (q.kind !== 'rank' && before.name && namesOnly(text, words, before.name) && afterFigure(f)) {
    // `Thùy Linh đã 4 lần cõng bạn …`: a proper name before the figure acts; what it does is measured.
    takeAfter(c, afterFigure(f)!, false);
    c.actorPhrase = before.name;
  } else if (!noun && before.existential && before.name && namesOnly(text, words, before.name) && unitOfFigure(f)) {
    // `FLC Thanh Hóa đã có 26 điểm`: what a name has, with nothing after the figure, is named by
    // the figure's unit; the name owns it.
    c.name = unitOfFigure(f);
    c.source = 'counted';
    c.actorPhrase = before.name;
  } else if (q.kind !== 'rank' && before.name && !noun && namedBodyOrLevel(text, words, before.name)) {
    nameAfterOwner(f, c, before.name);
  } else if (before.name && !(noun && isBare(words, before.name)) && !(isBare(words, before.name) && afterFigure(f))) {
    nameBefore(f, c, before.name);
  } else if (before.name && isBare(words, before.name) && afterFigure(f)) {
    // `với tổng 15 triệu USD vốn đầu tư`: a bare head before, the measured noun after.
    takeAfter(c, afterFigure(f)!);
  } else if ((q.kind === 'percent' || before.changeOrShare) && !shareAfterFigure(words, figure, before.clusterStart) && !conditionAfter(words, figure, before)) {
    const found = afterFigure(f);
    if (found) takeAfter(c, found);
  }
}

/** Rule 1: the counted noun after the figure, with what restricts it (`427 xã đạt chuẩn …`). */
function countedName(f: Figure, c: NameChoice, noun: Span, timesOfEvent: boolean): void {
  const { text, words, figure, q } = f;
  let last = q.kind === 'rate' ? -1 : phraseAfter(words, figure + 1, 16, noun.start < noun.end);
  // `48 trang thông tin điện tử của các cơ quan …`: an owner that ends the phrase is the subject's.
  // `Ngoài 4 bị cáo, HĐXX còn …`: in an adverbial opening the clause, the phrase ends at its comma.
  const adverbialEnd = last > figure ? openingAdverbialEnd(words, figure) : -1;
  if (adverbialEnd > figure && adverbialEnd <= last) last = adverbialEnd - 1;
  const trailing = last > figure ? trailingOwner(words, figure + 1, last, text) : null;
  if (trailing) {
    c.trailingOwner = trailing.owner;
    last = trailing.last;
  }
  // (`4 dự án trong số 8 dự án luật trình Quốc hội`: a part of a whole is named by the whole's
  // noun phrase, after the figure, when one follows.)
  const wholeNamed = q.total !== null && noun.start < noun.end && last > figure;
  const start = noun.start === noun.end || wholeNamed ? wordNear(words, figure + 1)?.start ?? noun.start : noun.start;
  // `4 lần giảm`: the event's verb is the name's, whatever follows it.
  if (timesOfEvent && last <= figure) last = figure + 1;
  c.name = { start, end: last > figure ? words[last]!.end : noun.end };
  c.source = 'counted';
  c.nameEndWord = Math.max(figure, last);
}

/**
 * A sum or an amount of the noun phrase that follows it: `tiêu tốn 300-400 triệu viện phí`,
 * `bán khống 150 tỉ đồng tiền hóa đơn`, `SCIC đang nắm 50,16% vốn điều lệ`.
 */
function sumOfWhatFollows(f: Figure): boolean {
  const { words, figure, q, before } = f;
  return (
    // `tiêu tốn 300-400 triệu viện phí`, `số tiền trên 3 tỷ đồng tiền hoa hồng`: a money noun
    // right after a sum says what the sum is, more closely than any phrase before it.
    ((q.kind === 'money' && moneyNounAfter(words, figure)) ||
      // `bán khống 150 tỉ đồng tiền hóa đơn`, `tiếc 700.000 đồng mua BHYT`, `giảm mua 2 triệu tấn
      // than`: with only a verb before it, a sum or an amount is of the noun phrase that follows.
      // (So an amount of matter after `có`: `Công ty có 300 ha cao su`, what the phrase before has.)
      ((q.kind === 'money' || amountOfMatter(q)) && (!before.name || verbsOnly(words, before.name) || verbBefore(words, before, figure) >= 0 || (before.existential && amountOfMatter(q) && !startsWithMeasureHead(words, before.name))) && objectAfter(words, figure)) ||
      // `SCIC đang nắm 50,16% vốn điều lệ`, `hoàn thành 80% khối lượng`: a percent right after a
      // verb alone is a share of that verb's object. (Not over a linking verb: in `phủ sóng đạt
      // 95% dân cư` the verb's activity is measured.)
      // (So after an actor and its verb: `SCIC nắm 50,16% vốn điều lệ`, `ông Moon giành được 41,08% phiếu bầu`.)
      (q.kind === 'percent' && before.name !== null && (verbsOnly(words, before.name) || actorThenVerb(words, before, figure)) && objectAfter(words, figure) && !someWord(words, before.clusterStart, figure, (w) => has(w, Tag.Linking)))) &&
    afterFigure(f) !== null
  );
}

/**
 * `Công ty cổ phần Lọc hóa dầu Nam Việt âm hơn 24 tỷ đồng`, `cấp huyện đạt 24%`: a phrase
 * before the figure that names an owner is whose the figure is, not what it measures.
 */
function nameAfterOwner(f: Figure, c: NameChoice, phrase: Span): void {
  const { words, figure } = f;
  c.actorPhrase = ownerPart(words, phrase);
  const found = afterFigure(f);
  if (found && isContent(words[pastRange(words, figure + 1)])) {
    takeAfter(c, found, false);
  } else if (c.actorPhrase.end < phrase.end) {
    // `Công ty Phú Quý niêm yết giá vàng SJC ở mức …`: what the body does is measured.
    const rest = wordStartingAt(words, c.actorPhrase.end + 1);
    if (rest >= 0 && isContent(words[rest])) {
      c.name = { start: words[rest]!.start, end: phrase.end };
      c.source = 'before';
    }
  }
  // `Sở đã xử phạt Công ty TNHH An Phát 30 triệu đồng`: a sum given to, or a fine on, the body
  // named is named by the verb before it.
  if (!c.name && f.q.kind === 'money') {
    const verb = givingVerbEndingAt(words, wordStartingAt(words, phrase.start) - 1);
    if (verb) {
      c.name = verb;
      c.source = 'before';
    }
  }
}

/** A verb of giving or fining that ends at word `k`, a manner's adjective after it included (`xử phạt hành chính`), else null. */
function givingVerbEndingAt(words: Word[], k: number): Span | null {
  const w = wordNear(words, k);
  if (w && givingVerbs.has(w.key)) return { start: w.start, end: w.end };
  const before = wordNear(words, k - 1);
  if (w && before && givingVerbs.has(before.key) && has(w, Tag.Adjective) && !has(w, Tag.Noun)) return { start: before.start, end: w.end };
  return null;
}

/** The figure's own unit as written at its end (`điểm` of `26 điểm`), for a count or a score; else null. */
function unitOfFigure(f: Figure): Span | null {
  const { text, q } = f;
  if ((q.kind !== 'count' && q.kind !== 'score') || !q.unit || !q.text.endsWith(q.unit) || !hasLetter(q.unit)) return null;
  const span = unitSpan(q, q.unit);
  return /\s/u.test(text.charAt(span.start - 1)) ? span : null;
}

/** Rule 3: the measured phrase before the verb cluster (`Doanh thu … ước đạt X`). */
function nameBefore(f: Figure, c: NameChoice, phrase: Span): void {
  const { text, words, figure, q, before } = f;
  c.name = phrase;
  c.source = 'before';
  // `UBND huyện đã hỗ trợ gia đình nạn nhân 6 triệu đồng`: a sum right after a verb of giving
  // and whom it goes to is named by the verb: the recipients are no measure.
  // (The verb may stand inside the phrase read, after its actor: `UBND thị xã xử phạt công ty 35
  // triệu đồng`.)
  const giving = q.kind === 'money' && before.clusterStart === figure ? givingVerbBefore(text, words, phrase) : null;
  if (giving) {
    // (Those fined are whose the fine is: `Phạt khách gây rối trên máy bay 7,5 triệu đồng`.)
    const recipients = giving.recipients;
    if (penaltyWords.has(words[wordStartingAt(words, giving.verb.start)]!.key)) c.finedRecipients = before.owner && before.owner.start > recipients.end ? { start: recipients.start, end: before.owner.end } : recipients;
    c.name = giving.verb;
  }
  // `ông John đưa cho nhân viên 150 AUD`, `MU mua Lindelof 35 triệu euro`: a proper name opening
  // the phrase, right before a verb, acts; what it does is measured.
  const actor = giving ? null : nameActingFirst(text, words, phrase);
  if (actor) {
    c.actorPhrase = actor;
    c.name = { start: wordNear(words, wordStartingAt(words, actor.start) + wordsWithin(words, actor).length)!.start, end: phrase.end };
  }
  // `Kết quả giải quyết thủ tục hành chính cấp tỉnh đạt 79,9%`: a level ending the measured
  // phrase is whose the figure is, as `cấp huyện đạt 24%` is.
  const level = trailingLevel(words, c.name);
  if (level) {
    c.name = { start: c.name.start, end: words[level.last]!.end };
    c.levelOwner = level.owner;
  }
}

/** The proper names opening the phrase when a verb (and no noun) follows them inside it, else null. */
function nameActingFirst(text: string, words: Word[], phrase: Span): Span | null {
  const first = wordStartingAt(words, phrase.start);
  if (first < 0) return null;
  let k = first;
  // (Names the text makes, which the dictionary does not know: not a capitalised common noun,
  // `Tỷ lệ giao bóng`, `Cơ quan đầu tư`, nor a body's head alone, `Quỹ đầu tư …`.)
  while (k < words.length && words[k]!.end <= phrase.end && has(words[k], Tag.Name) && !has(words[k], Tag.Label) && (words[k]!.key === '' || has(words[k], Tag.Acronym))) k++;
  if (k === first + 1 && ORGANIZATION_HEAD_WORDS.has(text.slice(words[first]!.start, words[first]!.end))) return null;
  const verb = wordNear(words, k);
  // (A word that reads as a verb too is the predicate when it ends the phrase: `Vinachem lỗ 895
  // tỷ đồng`; not a measure's head, which the name keeps: `NƠXH giá 100 triệu đồng`.)
  return k > first && verb !== undefined && verb.end <= phrase.end && (isVerbOnly(verb) || (has(verb, Tag.Verb) && !has(verb, Tag.MeasureHead) && verb.end === phrase.end)) ? spanOf(words, first, k - 1) : null;
}

/** When the rules in order leave the figure unnamed or named by owners: the clause before, a stand-in, a topic. */
function nameFromElsewhere(f: Figure, c: NameChoice, noun: Span | null): void {
  const { text, words, figure, q, before } = f;
  // `Tổng thu ngân sách … tuy vượt kế hoạch, đạt 51,7%`: the measured phrase opens the clause before the comma.
  if (!before.name && (!c.name || (c.source === 'counted' && c.name.end === noun?.end))) {
    const opening = measuredPhraseBeforeComma(words, figure, before.clusterStart);
    if (opening) {
      c.name = opening;
      c.source = 'before';
    }
  }
  // `Tỷ lệ đỗ tốt nghiệp cao, nhiều tỉnh thành đạt trên 99%`: a clause whose phrase only names
  // owners, after a comma, gives the figure of the measure the clause before opens with; the
  // owners are whose it is.
  if (c.name && c.source === 'before' && before.phrase && namesOwner(words, c.name, text) && !startsWithMeasureHead(words, c.name)) {
    const opening = measuredPhraseBeforeComma(words, figure, wordStartingAt(words, before.phrase.start));
    if (opening) {
      c.actorPhrase = before.phrase;
      c.name = opening;
    }
  }
  // `…, con số tương đối năm 2015 là 62,3%`: a stand-in for a figure names what changed before it.
  if (c.name && c.source === 'before' && standsIn(words, c.name)) {
    const at = wordStartingAt(words, c.name.start);
    let last = at;
    while (last + 1 < figure && words[last + 1]!.end <= c.name.end) last++;
    // (Else the topic the sentence opens with: `Đối với ngày giường …, các mức tương ứng là: …`.)
    const changed = changedMeasureBefore(words, at) ?? changedMeasureInSegment(words, at, last, figure) ?? topicOf(words, figure);
    if (changed) c.name = changed;
  }
  if (!c.name && noun) {
    c.name = noun;
    c.source = 'noun';
  }
  // `lớp Type 45 (trị giá khoảng 1,24 tỉ USD)`: with nothing else to say what a sum is, a
  // linking word that is itself a measure's noun does.
  if (!c.name && q.kind === 'money') {
    c.name = valueLink(words, before.clusterStart, figure);
    if (c.name) c.source = 'before';
  }
  if (!c.name) {
    c.name = measureValuedAfter(words, figure);
    if (c.name) c.source = 'before';
  }
  // `có trên 4.410 tỷ đồng đã đầu tư vào …`: a sum nothing names is named by what it does.
  if (!c.name && q.kind === 'money') {
    c.name = useAfterSum(words, figure);
    if (c.name) c.source = 'after';
  }
  if (!c.name && !shareAfterFigure(words, figure, before.clusterStart)) {
    c.name = topicOf(words, figure);
    if (c.name) c.source = 'topic';
  }
}

/**
 * The first of the readings, nearest first, that names an owner (text/owner.ts): an actor
 * such as `Điều này` or `việc EVN` is no one's, and the next reading is tried.
 */
function subjectOf(f: Figure, c: NameChoice, noun: Span | null, ranked: Span | null): Span | null {
  const { text, words, figure, q, before } = f;
  // `Tỷ lệ nợ xấu chiếm 5,8%/tổng dư nợ cho vay của nền kinh tế`: with no actor, the owner
  // that ends a share's base is whose the share is.
  const shareBaseOwner = () => (q.kind === 'percent' && (words[figure + 1]?.key === '/' || someWord(words, before.clusterStart, figure, isShareVerb)) ? afterFigure(f)?.owner ?? null : null);
  // A counted figure's phrase before it is its actor when it opens the clause (`Cả nước còn 10 nghìn trường học`).
  const phraseIsActor = noun !== null && c.source === 'counted' && before.phrase !== null && before.opensClause && actorLike(words, before.phrase);
  let subject =
    ownerOnly(text, words, ranked) ?? c.levelOwner ?? labelOwner(text, words, figure) ?? (q.kind === 'money' ? ownerOnly(text, words, finedAfter(words, figure)) ?? ownerOnly(text, words, c.finedRecipients) : null) ?? (phraseIsActor ? ownerOnly(text, words, before.phrase) : null) ?? ownerOnly(text, words, c.splitOwner) ?? ownerOnly(text, words, c.afterOwner) ?? attributeOwner(f, c) ?? ownerOnly(text, words, c.actorPhrase) ??
    ownerOnly(text, words, before.actor) ?? ownerOnly(text, words, ownerAfter(words, c.nameEndWord + 1)) ?? c.trailingOwner ?? ownerBeforeBrackets(text, words, figure) ??
    nearestActor(words, figure, text) ?? ownerOnly(text, words, shareBaseOwner()) ?? ownerOnly(text, words, beneficiaryAfter(words, c.nameEndWord + 1));
  if (subject) subject = endBeforePredicate(text, words, subject);
  // (A subject after the figure reads on to the sentence's end, over no figure: `… 20 triệu
  // đồng đối với Công ty TNHH một thành viên Sông Đà`.)
  if (subject) subject = wholeBody(text, words, subject, subject.start > words[figure]!.start ? text.length : words[figure]!.start);
  if (subject && c.name && subject.start < c.name.end && c.name.start < subject.end) subject = null;
  // Else an owner inside the name (`trường … trên địa bàn thành phố đã có …`).
  if (!subject && c.name) subject = ownerInside(text, words, c.name);
  return subject;
}

/**
 * The owner a `với` of measure gives (text/actor.ts, ownerBeforeAttribute): `với` right before
 * the name read before the figure (`… với công suất 300 MW`), or before the figure and its
 * qualifiers (`trường … với hơn 1.200 học sinh`).
 */
function attributeOwner(f: Figure, c: NameChoice): Span | null {
  const { text, words, figure } = f;
  let at = figure - 1;
  while (at >= 0 && has(words[at], Tag.Qualifier)) at--;
  if (c.name && c.source === 'before' && c.name.end <= words[figure]!.start) at = wordStartingAt(words, c.name.start) - 1;
  return at >= 0 && words[at]!.key === 'với' ? ownerBeforeAttribute(words, at, text) : null;
}

/** Prepositions after a figure that introduce what it is of (`tăng 4,6% đối với tín dụng ngoại tệ`). */
const OBJECT_PREPOSITIONS = new Set(['đối với', 'với', 'của']);

function opensWithBaselineWord(w: Word | undefined): boolean {
  return w !== undefined && (w.key === 'so với' || w.key === 'so' || w.key === 'so cùng kỳ' || w.key === 'cùng kỳ');
}

const isShareLink = (w: Word): boolean => w.key === 'chiếm' || w.key.startsWith('chiếm ') || w.key === 'đạt tỷ lệ' || w.key === 'đạt tỉ lệ';

/** `5.500 hợp tác xã, …, chiếm 51,4% …`: a share whose segment follows another figure of the clause. */
function shareAfterFigure(words: Word[], figure: number, clusterStart: number): boolean {
  if (!someWord(words, clusterStart, figure, isShareLink)) return false;
  const opener = wordNear(words, clusterStart - 1);
  if (opener && opener.key !== ',' && opener.key !== '(') return false;
  for (let i = clusterStart - 2; i >= clauseStart(words, figure); i--) if (has(words[i], Tag.Figure)) return true;
  return false;
}

/** The words between the break before a list item and its colon, right before the figure. */
/** The label before the figure's colon (colonLabel) is one of names, an owner's: it names nothing. */
function labelNamesOwner(words: Word[], figure: number): boolean {
  const label = colonLabel(words, figure)!;
  const colon = beforeQualifiers(words, figure);
  return labelOfNames(words, wordStartingAt(words, label.start), colon - 1);
}

function colonLabel(words: Word[], figure: number): Span | null {
  const colon = beforeQualifiers(words, figure);
  // (`… niêm yết giá USD ở mức: …`: a colon after a linking word sets the figures off; no label.)
  if (words[colon]?.key !== ':' || has(wordNear(words, colon - 1), Tag.Linking)) return null;
  let start = colon;
  while (start > 0 && !has(wordNear(words, start - 1), Tag.Punctuation)) start--;
  // (`Nhiệt độ thấp nhất từ: 21 - 24oC`, `Giá USD … ở khoảng: …`: a bound or a range's `từ`
  // before the colon is the figure's, not the label's, and so is the preposition it leaves.)
  let end = colon - 1;
  while (end > start && (labelBounds.has(words[end]!.key) || (end < colon - 1 && has(words[end], Tag.Preposition | Tag.Owner)))) end--;
  if (start >= colon || colon - start > 10 || !isContent(words[start])) return null;
  // (`Ngưỡng hỗ trợ gần nhất là đáy hôm qua: …`: a label that says what the measure is names
  // the measure before its `là`.)
  for (let k = start + 1; k < end; k++) {
    if (words[k]!.key === 'là' && has(words[k], Tag.Linking)) {
      end = k - 1;
      break;
    }
  }
  return { start: words[start]!.start, end: words[end]!.end };
}

/**
 * `(Sở Lao động, Thương binh và Xã hội: 11 đơn vị trực thuộc; Sở Nông nghiệp …: 9 chi cục)`:
 * a named owner as the item's label before its colon is whose the item's figures are.
 */
function labelOwner(text: string, words: Word[], figure: number): Span | null {
  const colon = beforeQualifiers(words, figure);
  if (words[colon]?.key !== ':' || colon < 1) return null;
  const start = nounPhraseStart(words, colon - 1);
  if (start > colon - 1) return null;
  const label = { start: words[start]!.start, end: words[colon - 1]!.end };
  let named = false;
  for (let k = start; k < colon; k++) if (has(words[k], Tag.Name)) named = true;
  return named && namesOwner(words, label, text) ? label : null;
}

/** `0,3%-0,5% lãi suất`: what follows a range's lower bound follows its upper one. */
function pastRange(words: Word[], at: number): number {
  return isDash(words[at]) && has(wordNear(words, at + 1), Tag.Figure) ? at + 2 : at;
}

/** A noun right after the figure, not a name or a label: the object of a change. */
function objectAfter(words: Word[], figure: number): boolean {
  const next = words[pastRange(words, figure + 1)];
  return next !== undefined && has(next, Tag.Noun) && !has(next, Tag.Name | Tag.Punctuation) && (next.tags & (Tag.Preposition | Tag.Opener | Tag.Time | Tag.Linking | Tag.Change)) === 0;
}

/**
 * The index of the verb that ends the phrase right before the figure, whose object the figure
 * is (`tỉnh trồng mới 1.200 ha rừng`, `EVN mua 2 triệu tấn than`), or -1: a word read first as
 * a verb, after nothing but adverbs (`mới`, `thêm`), with no linking or change verb between,
 * in a phrase that is no measure.
 */
const valueLinks = new Set(VALUE_LINKS);
const postVerbal = new Set(POST_VERBAL_ADVERBS);
const labelBounds = new Set(['từ', ...BOUND_QUALIFIERS.map(([word]) => word)]);
const penaltyWords = new Set(PENALTY_WORDS);

/**
 * `xử phạt 15 triệu đồng đối với Công ty X`: after a fine (a penalty word among the few words
 * before the sum), the phrase that `với` / `đối với` opens right after it is the one fined.
 */
function finedAfter(words: Word[], figure: number): Span | null {
  const lead = wordNear(words, figure + 1);
  if (!lead || (lead.key !== 'với' && lead.key !== 'đối với')) return null;
  let fine = false;
  for (let k = figure - 1; k >= 0 && k >= figure - 4 && !fine; k--) if (penaltyWords.has(words[k]!.key)) fine = true;
  if (!fine) return null;
  const last = placePhraseEnd(words, figure + 2);
  return last >= figure + 2 ? { start: words[figure + 2]!.start, end: words[last]!.end } : null;
}

/** The linking word of the cluster [from, figure) that is a measure's noun (`trị giá`), as a span. */
function valueLink(words: Word[], from: number, figure: number): Span | null {
  for (let k = from; k < figure; k++) if (valueLinks.has(words[k]!.key)) return { start: words[k]!.start, end: words[k]!.end };
  return null;
}

function verbBefore(words: Word[], before: BeforeReading, figure: number): number {
  // (`giá tham chiếu 26.000 đồng`, `công suất chế biến 6,5 triệu tấn`: a measure read with its verb is measured.)
  if (!before.name || startsWithMeasureHead(words, before.name)) return -1;
  // (`sử dụng hết 20 m3 nước`, `cộng thêm 2 triệu tấn than`: an adverb that follows its verb,
  // right after the phrase, is no linking verb, and the word it follows is that verb.)
  const adverb = postVerbal.has(words[before.clusterStart]!.key) && has(words[before.clusterStart - 1], Tag.Verb);
  for (let k = adverb ? before.clusterStart + 1 : before.clusterStart; k < figure; k++) if (has(words[k], Tag.Linking | Tag.Change)) return -1;
  const first = firstFilledAtOrAfter(words, before.name.start);
  const last = firstStartingAtOrAfter(words, before.name.end) - 1;
  for (let k = last; k >= first; k--) {
    const w = words[k]!;
    if (has(w, Tag.Name | Tag.Punctuation)) return -1;
    // (A verb the dictionary also knows as a noun is the verb after an actor: `SCIC nắm`, `ông Moon giành`.)
    if (firstClass(w) === 86 /* V */ || (adverb && k === before.clusterStart - 1) || (k === last && k > first && w.classes === 'VN' && actorLikeBefore(words, first, k))) return k;
    if (w.classes.includes('N') || !has(w, Tag.Adjective | Tag.Verb)) return -1;
  }
  return -1;
}

const holdingVerbs = new Set(HOLDING_VERBS);

/** The phrase before the figure is an actor (a name, a body, a place) and its verb. */
function actorThenVerb(words: Word[], before: BeforeReading, figure: number): boolean {
  const verb = verbBefore(words, before, figure);
  const first = firstFilledAtOrAfter(words, before.name!.start);
  // (A verb alone the dictionary also knows as a noun, its actor before an auxiliary: `Licogi đang nắm …`.)
  if (verb === first) return words[verb]!.end >= before.name!.end;
  return verb > first && actorLikeBefore(words, first, verb);
}

/** Whether words[first..verb) read as an actor: a name, or a phrase that names an owner. */
function actorLikeBefore(words: Word[], first: number, verb: number): boolean {
  // (Not people named by kind, `cổ đông và người có liên quan sở hữu …`: the holders are measured.)
  // (Nor a kind of body, `tổ chức sở hữu trên 15% vốn điều lệ`: a body or place the text names.)
  if (has(words[first], Tag.Name)) return true;
  const kind = ownerKind(words, { start: words[first]!.start, end: words[verb - 1]!.end });
  if (kind !== 'body' && kind !== 'place') return false;
  for (let k = first + 1; k < verb; k++) if (has(words[k], Tag.Name)) return true;
  return false;
}

/** The words before the verb that ends the phrase before the figure (`Nhà máy` of `Nhà máy tiêu thụ`), or null. */
function actorBeforeVerb(words: Word[], before: BeforeReading, figure: number): Span | null {
  // (`Afghanistan có 78 km biên giới`: what has it, when the phrase names an owner.)
  if (before.existential && before.name && namesOwner(words, before.name)) return before.phrase ?? before.name;
  const verb = verbBefore(words, before, figure);
  if (verb <= 0 || words[verb - 1]!.start < before.name!.start) return null;
  return { start: before.name!.start, end: words[verb - 1]!.end };
}

/** The verb of giving right before a phrase that names people or a body (`hỗ trợ | gia đình nạn nhân`), or null. */
function givingVerbBefore(text: string, words: Word[], phrase: Span): { verb: Span; recipients: Span } | null {
  const first = wordStartingAt(words, phrase.start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.end <= phrase.end) last++;
  // The recipients open right after the verb, before the phrase or inside it after its actor;
  // a determiner or an honorific may open them (`tặng mỗi hộ nghèo 2 triệu đồng`, `xử phạt ông
  // Nguyễn Văn A 35 triệu đồng`).
  for (let at = first; at <= last; at++) {
    const opener = has(wordNear(words, at - 1), Tag.Determiner | Tag.Pronoun);
    const verb = givingVerbEndingAt(words, opener ? at - 2 : at - 1);
    if (!verb) continue;
    const recipients = { start: words[at]!.start, end: phrase.end };
    const kind = ownerKind(words, recipients, text);
    if (kind === 'people' || kind === 'body') return { verb, recipients };
    // (The verb's manner may follow it before the recipients: `Xử phạt hành chính Doanh nghiệp …`.)
    if (at > first && !(has(words[at], Tag.Adjective) && !has(words[at], Tag.Noun))) return null;
  }
  return null;
}
const givingVerbs = new Set(GIVING_VERBS);

/**
 * `được triển khai đến 100% các cơ quan nhà nước cấp tỉnh`: a percent right before a group
 * that a plural determiner opens (`các`, `những`), with no measure before it, is the share of
 * that group: what follows names it.
 */
function shareOfGroupAfter(words: Word[], figure: number, before: BeforeReading): boolean {
  const determiner = wordNear(words, figure + 1);
  if (!has(determiner, Tag.Determiner) || !groupDeterminers.has(determiner!.key)) return false;
  const noun = wordNear(words, figure + 2);
  if (!has(noun, Tag.Noun) || has(noun, Tag.Name | Tag.Figure)) return false;
  return before.name === null || (!startsWithMeasureHead(words, before.name) && verbsOnly(words, before.name));
}
const groupDeterminers = new Set(GROUP_DETERMINERS);

/** A weight, area, volume, length or energy (`tấn`, `ha`, `lít`): an amount of something the noun after it names. */
function amountOfMatter(q: Quantity): boolean {
  return q.kind === 'count' && q.unit !== null && matterUnits.has(q.unit.toLowerCase());
}

/**
 * The comma closing an adverbial that opens the clause with a preposition and holds the
 * figure (`Ngoài 4 bị cáo, …`, `Với 300 thành viên, …`), or -1.
 */
function openingAdverbialEnd(words: Word[], figure: number): number {
  let k = figure - 1;
  while (k >= 0 && has(words[k], Tag.Qualifier) && !has(words[k], Tag.Preposition)) k--;
  const opener = wordNear(words, k);
  if (!has(opener, Tag.Preposition) || k !== clauseStart(words, figure)) return -1;
  for (let i = figure + 1; i < words.length && !isClauseBreak(words[i]); i++) if (words[i]!.key === ',') return i;
  return -1;
}

/**
 * `Sở NNPTNT tỉnh Thanh Hóa (có 8 Phó Giám đốc Sở)`, `dư nợ của Chính phủ (trong đó … chiếm
 * 94%)`: a figure in brackets belongs to the named owner the brackets follow (after its
 * preposition, if one stands before it).
 */
function ownerBeforeBrackets(text: string, words: Word[], figure: number): Span | null {
  const open = openingBracket(words, figure);
  if (open <= 0) return null;
  const end = open - 1;
  let start = nounPhraseStart(words, end);
  if (start > end) return null;
  for (let k = end - 1; k > start; k--) {
    if (has(words[k], Tag.Owner) && isContent(wordNear(words, k + 1))) {
      start = k + 1;
      break;
    }
  }
  const span = { start: words[start]!.start, end: words[end]!.end };
  let named = false;
  for (let k = start; k <= end; k++) if (has(words[k], Tag.Name)) named = true;
  return named && namesOwner(words, span, text) ? span : null;
}

/** A money noun (`tiền …`, `viện phí`, `lương`) right after the sum, past a range's upper bound. */
function moneyNounAfter(words: Word[], figure: number): boolean {
  const next = words[pastRange(words, figure + 1)];
  if (next === undefined || has(next, Tag.Name | Tag.Punctuation)) return false;
  const space = next.key.indexOf(' ');
  return moneyNouns.has(next.key) || (space > 0 && moneyNouns.has(next.key.slice(0, space)));
}

/** A share (`chiếm`) whose phrase before it measures nothing by itself (`Gạo`, not `Tỷ lệ …`). */
function shareOfWhat(words: Word[], figure: number, before: BeforeReading): boolean {
  if (!someWord(words, before.clusterStart, figure, isShareVerb)) return false;
  return before.name !== null && !startsWithMeasureHead(words, before.name);
}

/**
 * `khoảng 3%-4% đối với ngoại tệ`, `Về giá bán, … khoảng 2 - 3% đối với hóa đơn …`: with no
 * verb before a percent, `đối với` after it gives a condition, not what is measured, which
 * comes from the sentence's topic or the figure before.
 */
function conditionAfter(words: Word[], figure: number, before: BeforeReading): boolean {
  if (before.changeOrShare || someWord(words, before.clusterStart, figure, (w) => has(w, Tag.Linking))) return false;
  return words[pastRange(words, figure + 1)]?.key === 'đối với';
}

/** `Về giá bán, từ 200 …`, `Đối với ngày giường bệnh …, các mức tương ứng là: …`: the sentence's topic. */
function topicOf(words: Word[], figure: number): Span | null {
  let k = 0;
  while (k < figure && (has(words[k], Tag.Opener) || words[k]!.key === ',')) k++;
  if (!topicOpeners.has(words[k]?.key ?? '') || !isContent(wordNear(words, k + 1))) return null;
  let comma = k + 1;
  while (comma < figure && (words[comma]!.key !== ',' || isEnumerationComma(words, comma))) comma++;
  // (`Với kết quả này, …` points back: no topic.)
  if (comma >= figure || has(words[comma - 1], Tag.Anaphor)) return null;
  return { start: wordNear(words, k + 1)!.start, end: wordNear(words, comma - 1)!.end };
}

const isContent = (w: Word | undefined) => has(w, Tag.Noun | Tag.Verb | Tag.Adjective | Tag.Name) && !has(w, Tag.Punctuation);

function isEnumerationComma(words: Word[], comma: number): boolean {
  const next = wordNear(words, comma + 1);
  const after = wordNear(words, comma + 2);
  if (next !== undefined && has(next, Tag.Noun) && !has(next, FUNCTIONAL_START) && (after?.key === ',' || !after || has(after, Tag.Noun) && !has(after, Tag.Determiner))) return true;
  // `Đối với ngày giường hồi sức cấp cứu, chống độc, các mức …`: a short item of content words
  // between two commas, whatever their class, goes on with the enumeration.
  let k = comma + 1;
  while (k < words.length && k <= comma + 3 && isContent(words[k]) && !has(words[k], FUNCTIONAL_START | Tag.Name | Tag.Figure)) k++;
  return k > comma + 1 && words[k]?.key === ',';
}
const FUNCTIONAL_START = Tag.Determiner | Tag.Opener | Tag.Pronoun;

/**
 * An owner that ends words[from..last] (`của các cơ quan …`, `cho UBND cấp xã`): the owner's
 * span and the last word before its preposition, or null.
 */
function trailingOwner(words: Word[], from: number, last: number, text: string): { owner: Span; last: number } | null {
  // `7.271 trạm BTS toàn mạng`: the whole of a place or body ends the phrase (see wholeOwnerAt).
  if (last - 1 >= from && wholeOwnerAt(words, last - 1)) return { owner: { start: words[last - 1]!.start, end: words[last]!.end }, last: last - 2 };
  for (let k = last - 1; k >= from; k--) {
    const w = words[k]!;
    // `cấp cho các tổ chức`: after a verb, `cho` gives the verb's recipient, part of the phrase.
    if (!has(w, Tag.Owner) && !(w.key === 'cho' && !has(wordNear(words, k - 1), Tag.Verb))) continue;
    const owner = { start: wordNear(words, k + 1)!.start, end: words[last]!.end };
    if (!namesOwner(words, owner, text)) return null;
    // `theo Nghị định 67 của Chính phủ`: an owner inside another preposition's object is that object's.
    for (let j = from; j < k; j++) if (has(words[j], Tag.Preposition | Tag.Source | Tag.Owner) && words[j]!.key !== 'cho') return null;
    return { owner, last: k - 1 };
  }
  return null;
}

/**
 * A named body (`Công ty cổ phần Lọc hóa dầu Nam Việt …`: a body's head and a name after it)
 * or a place or level by itself (`cấp huyện`, `tỉnh Nghệ An`): a phrase that is whose a
 * figure is, never what it measures.
 */
function namedBodyOrLevel(text: string, words: Word[], span: Span): boolean {
  const kind = ownerKind(words, span, text);
  const head = headIndex(words, span);
  const inside = wordsWithin(words, span, head + 1);
  if (kind === 'body') return inside.some((w) => has(w, Tag.Name) && !has(w, Tag.Acronym));
  if (kind === 'place') return (levelHeads.has(words[head]!.key) || inside.some((w) => has(w, Tag.Name))) && inside.every((w) => has(w, Tag.Noun | Tag.Name) && !has(w, Tag.Verb));
  return false;
}
const levelHeads = new Set(LEVEL_HEADS);

/** `… cấp tỉnh`: a level (`cấp` and a tier) ending a phrase of more words: the level, and the last word before it. */
function trailingLevel(words: Word[], span: Span): { owner: Span; last: number } | null {
  const end = firstStartingAtOrAfter(words, span.end) - 1;
  const first = firstFilledAtOrAfter(words, span.start);
  const tier = words[end];
  const mark = wordNear(words, end - 1);
  if (end - 2 < first || mark?.key !== 'cấp' || !tier || !levelHeads.has(tier.key) || !isContent(words[end - 2])) return null;
  return { owner: { start: mark.start, end: tier.end }, last: end - 2 };
}

/**
 * Where the organisation reader ends the furthest name that opens at a capital in
 * text[from, to) (`Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm …` from its second `Chi`).
 */
function bodyNameEnd(text: string, words: Word[], from: number, to: number): number {
  let end = from;
  for (let k = firstFilledAtOrAfter(words, from); k < words.length && words[k]!.start < to; k++) {
    const c = text.charAt(words[k]!.start);
    if (c === c.toLowerCase()) continue;
    end = Math.max(end, organizationPhrase(text, words[k]!.start)?.end ?? end);
  }
  return end;
}

/**
 * An owner phrase ends before a predicate read into it: an auxiliary or linking word
 * (`Cử tri rất muốn …`), or a verb right after a name (`Bí thư Thăng chất vấn`, `… NP-50 cho
 * phép chụp`). A verb after a common noun may name the body (`Cơ quan điều tra`).
 */
function endBeforePredicate(text: string, words: Word[], span: Span): Span | null {
  let last: Word | null = null;
  // After a proper name or a person, a word read first as a verb is the predicate even when it
  // is a noun too (`Real ghi`, `Mỹ cam kết`); after a body's head it may go on naming the body
  // in sentence case (`Ban tổ chức`, `Cục dự trữ liên bang Mỹ`).
  const named = ownerKind(words, span, text);
  const verbFirstEnds = named === 'name' || named === 'people';
  let bodyEnd: number | undefined;
  for (let k = firstFilledAtOrAfter(words, span.start); k < words.length; k++) {
    const w = words[k]!;
    if (w.end > span.end) break;
    // (`công ty do Vân làm giám đốc`: an agent's clause inside the phrase is the phrase's.)
    const agentEnd: number = last !== null && agentMarkers.has(w.key) ? agentClauseEnd(words, k, words.length) : -1;
    if (agentEnd > k && words[agentEnd]!.end <= span.end) {
      last = words[agentEnd]!;
      k = agentEnd;
      continue;
    }
    // (So after a body's name, past its head, where the organisation reader ends the name:
    // `Đảng Cộng hòa nắm`, not `Trung tâm Nghiên cứu ứng dụng khoa học …`.)
    const pastName = () => last !== null && last.start > span.start && w.start >= (bodyEnd ??= bodyNameEnd(text, words, span.start, w.start));
    const predicate = has(w, Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Reporting) || (last !== null && has(last, Tag.Name) && has(w, Tag.Verb) && !has(w, Tag.Name) && (!has(w, Tag.Noun) || (firstClass(w) === 86 /* V */ && (verbFirstEnds || pastName()))));
    if (last !== null && predicate) return { start: span.start, end: last.end };
    last = w;
  }
  return span;
}

/**
 * A body's name cut short by the phrase readers (`Hội đồng` of `Hội đồng thẩm định Quốc gia`,
 * `Sở Nông nghiệp và Phát triển Nông thôn tỉnh Bình Định`): read whole by the organisation
 * reader when the subject opens with a capitalised body's head, up to the figure.
 */
function wholeBody(text: string, words: Word[], span: Span, limit: number): Span {
  const first = firstFilledAtOrAfter(words, span.start);
  const c = text.charAt(span.start);
  if (c === c.toLowerCase() || ownerKind(words, { start: span.start, end: words[first]!.end }, text) !== 'body') return span;
  // (Read on only when a word that may go on naming it follows; most subjects end at a verb.)
  const next = wordNear(words, firstFilledAtOrAfter(words, span.end));
  // (Or a company's legal form goes on: `Công ty TNHH | một thành viên Sông Đà`.)
  if (!next || !(isContent(next) || next.key === ',' || next.key === '(' || next.key === 'và' || has(next, Tag.Determiner))) return span;
  const phrase = organizationPhrase(text, span.start);
  if (!phrase || phrase.end <= span.end || phrase.end > limit) return span;
  // (Only to a name, over no word of a clause's grammar: `Công ty đặt chỉ tiêu năm`, `Viện
  // triển khai thực hiện 9` are a body and its verb.)
  let last: Word | undefined;
  for (let k = first; k < words.length && words[k]!.start < phrase.end; k++) {
    const w = words[k]!;
    if (w.end <= span.end) continue;
    if (has(w, Tag.Figure | Tag.Date | Tag.Reporting | Tag.Auxiliary | Tag.Linking | Tag.Change)) return span;
    // (Nor over another body: `Sở đề xuất UBND TP HCM`, `Công ty đổi tên thành Công ty …`.)
    if (ownerKind(words, { start: w.start, end: w.end }, text) === 'body') return span;
    last = w;
  }
  // (A name in sentence case is whole where a verb of saying follows it: `Trung tâm đăng kiểm
  // tàu cá cho hay`.)
  // (So is a full name the tables know: `Sở Giao thông vận tải có …`.)
  if (!has(last, Tag.Name | Tag.Acronym) && last?.key !== ')' && !has(wordNear(words, firstFilledAtOrAfter(words, phrase.end)), Tag.Reporting) && !isKnownBodyName(text, span.start, phrase.end)) return span;
  return { start: span.start, end: phrase.end };
}

/** The words lying within `span`, found by binary search (sentences run to hundreds of words). */
function wordsWithin(words: Word[], span: Span, from = firstFilledAtOrAfter(words, span.start)): Word[] {
  const out: Word[] = [];
  for (let k = from; k < words.length && words[k]!.end <= span.end; k++) out.push(words[k]!);
  return out;
}

/** An owner phrase up to its last name (`Công ty … Nam Việt âm` → `Công ty … Nam Việt`), or whole when it has none. */
function ownerPart(words: Word[], span: Span): Span {
  let end = -1;
  for (const w of wordsWithin(words, span)) if (has(w, Tag.Name)) end = w.end;
  return end > span.start ? { start: span.start, end } : span;
}

/** Every word of the span is part of a proper name or an acronym (`Thùy Linh`, `EVN`). */
function namesOnly(text: string, words: Word[], span: Span): boolean {
  // The first word of a sentence is read as a dictionary word (`Thùy Linh`): its capital
  // counts when names follow it.
  const inside = wordsWithin(words, span);
  if (inside.length === 0) return false;
  const first = inside[0]!;
  const firstIsName = has(first, Tag.Name) || (inside.length > 1 && startsUpper(text.charAt(first.start)));
  return firstIsName && inside.slice(1).every((w) => has(w, Tag.Name));
}

const countHeads = new Set(COUNT_MEASURE_HEADS);
/** The phrase opens with a head that counts (`Tổng số lao động`, `Số lượng doanh nghiệp`). */
function startsWithCountHead(words: Word[], span: Span): boolean {
  // (A compound the dictionary reads as one word counts by its first syllable: `số dân`, `số lao động`.)
  const key = words[wordStartingAt(words, span.start)]?.key ?? '';
  const space = key.indexOf(' ');
  return countHeads.has(key) || (space > 0 && countHeads.has(key.slice(0, space)));
}

/** Every word of the span is a verb and none a noun (`đóng góp`, `bán khống`). */
function verbsOnly(words: Word[], span: Span): boolean {
  for (const w of wordsWithin(words, span)) if (!has(w, Tag.Verb) || has(w, Tag.Noun | Tag.Name)) return false;
  return true;
}

/** `Thuê bao Internet … thuê bao`: the phrase opens with the counted noun. */
function sameHead(text: string, phrase: Span, noun: Span): boolean {
  const length = noun.end - noun.start;
  if (phrase.end - phrase.start <= length || text.charCodeAt(phrase.start + length) !== 32) return false;
  return text.slice(phrase.start, phrase.start + length).toLowerCase() === text.slice(noun.start, noun.end).toLowerCase();
}

function someWord(words: Word[], from: number, to: number, test: (w: Word) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(words[i]!)) return true;
  return false;
}

function startsWithName(words: Word[], span: Span): boolean {
  const first = words[wordStartingAt(words, span.start)];
  return first !== undefined && has(first, Tag.Name) && !has(first, Tag.MeasureHead);
}

/** What a rank ranks: the phrase after `về` in its clause, else the nearest measure phrase before it. */
function rankedWhat(words: Word[], figure: number): Span | null {
  for (let i = figure + 1; i < words.length && i < figure + 8; i++) {
    const w = words[i]!;
    if (has(w, Tag.Punctuation) && w.key !== ',') break;
    if (w.key === 'về') {
      const last = phraseAfter(words, i + 1);
      return last > i ? { start: wordNear(words, i + 1)!.start, end: words[last]!.end } : null;
    }
  }
  for (let i = figure - 1; i >= 0; i--) {
    const w = words[i]!;
    if (has(w, Tag.Figure) || (has(w, Tag.Punctuation) && (w.key === ';' || w.key === '.'))) break;
    if (has(w, Tag.MeasureHead) && !has(wordNear(words, i - 1), Tag.MeasureHead)) {
      let last = i;
      while (isContentWord(wordNear(words, last + 1))) last++;
      return { start: w.start, end: words[last]!.end };
    }
  }
  return null;
}

const isContentWord = (w: Word | undefined) => has(w, Tag.Noun | Tag.Name | Tag.Adjective) && !has(w, Tag.Punctuation | Tag.Linking | Tag.Auxiliary | Tag.Preposition | Tag.Opener | Tag.Reporting);

/** A noun phrase that can act: it opens with no verb and no measure head. */
function actorLike(words: Word[], span: Span): boolean {
  const first = words[wordStartingAt(words, span.start)];
  return first !== undefined && !has(first, Tag.MeasureHead | Tag.Pronoun) && !(has(first, Tag.Verb) && !has(first, Tag.Noun));
}

function startsWithMeasureHead(words: Word[], span: Span): boolean {
  const first = words[wordStartingAt(words, span.start)];
  return first !== undefined && has(first, Tag.MeasureHead);
}

/** A phrase that only stands in for a figure: a bare head (`con số`, `mức`) and adjectives, or adjectives alone (`cao nhất`). */
function standsIn(words: Word[], span: Span): boolean {
  // (A plural before the head stands in as well: `các mức tương ứng là …`.)
  const all = wordsWithin(words, span);
  const inside = all.length > 1 && all[0]!.key === 'các' ? all.slice(1) : all;
  return inside.length > 0 && inside.every((w, k) => (k === 0 && bareHeads.has(w.key)) || (has(w, Tag.Adjective) && !has(w, Tag.Noun)));
}

/**
 * A name that is a bare measure head (`tổng số`, `quy mô`), or one with only the whole it
 * spans after it (`tổng số toàn mạng có 7.271 trạm BTS`: the counted noun says what is counted).
 */
function isBare(words: Word[], span: Span): boolean {
  const at = wordStartingAt(words, span.start);
  const first = words[at];
  if (first === undefined || !bareHeads.has(first.key)) return false;
  if (first.end === span.end) return true;
  const whole = words[at + 1];
  const noun = words[at + 2];
  return whole !== undefined && noun !== undefined && noun.end === span.end && has(whole, Tag.Determiner) && wholeDeterminers.has(whole.key) && has(noun, Tag.Noun) && !has(noun, Tag.Name);
}
const wholeDeterminers = new Set(WHOLE_DETERMINERS);
