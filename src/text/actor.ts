// The actor reader: whose a figure is when no owner stands in its own phrase. An owner after
// the figure (`… tại Bình Dương`), the actor that opens the figure's clause or the nearest one
// before it (`Năm 2019, VNPT đạt …`, `Tại Bình Định có …`, never a source: `Theo Bộ Tài chính,`),
// an owner inside the measured phrase, and a phrase whose measure a `với` gives (`dự án X với
// kinh phí …`). Examples: clause.examples.ts (`actor`); for the last, extract/indicators/examples.ts.
import { has, wordNear, Tag, type Word } from './words.js';
import { namesOwner, ownerKind, wholeOwnerAt } from './owner.js';
import { AGENT_MARKERS, CLAUSE_NOMINALIZERS, DENIALS, FORECAST_VERBS, HEARSAY_OPENERS, ISSUING_ACTS, ITEM_OPENING_WORDS, REPORT_LINKS, SUBORDINATING_OPENERS, VERBS_TAKING_A_VERB, WEATHER_NOUNS } from '../vocab/clause-words.js';
import { REPRESENTATIVE_HEADS } from '../vocab/owner-words.js';
import { TITLES } from '../vocab/titles.js';
import { isPlaceName } from './names.js';
import {
  actsAsVerb, closingBracket, containsTag, enumerationGoesOn, FUNCTIONAL, isClauseBreak, isContent, isDash, isTimeAhead, isTimeWord, isVerbOnly,
  nextIndex, openingBracket, opensPredicateAfterName, opensRelativeAside, spanOf, TIME_PREPOSITIONS, type Span,
} from './phrase-words.js';

/** `… 100 triệu đồng tại Bình Dương`: an owner preposition after the figure's phrase, in its clause. */
export function ownerAfter(words: Word[], from: number): Span | null {
  for (let i = from; i < words.length && i < from + 3; i++) {
    const w = words[i]!;
    if ((w.key === 'tại' || w.key === 'ở' || w.key === 'trên địa bàn' || w.key === 'của') && isContent(wordNear(words, i + 1))) {
      const last = placePhraseEnd(words, i + 1);
      return last >= i + 1 ? spanOf(words, i + 1, last) : null;
    }
    // `… 23,6 nghìn dự án trên cả nước`: a fused owner word, its place.
    const fused = FUSED_PLACE.exec(w.key);
    if (fused) return { start: w.start + w.key.length - fused[1]!.length, end: w.end };
    // `95% dân cư toàn tỉnh`: the whole of a place or body ending the figure's phrase.
    if (wholeOwnerAt(words, i)) return spanOf(words, i, i + 1);
    // Only a few words of the figure's own phrase (`NƠXH giá từ 100 triệu đồng tại …`) may come first.
    if (!isContent(w) && !has(w, Tag.Figure | Tag.Qualifier)) return null;
  }
  return null;
}

/**
 * `Nguồn vốn 23.000 tỷ cho tiểu dự án …`: what the figure is for after `cho`, a body, a project
 * or a place, right after the figure's phrase; not people, who receive it (`hỗ trợ 2 triệu
 * đồng cho người dân`). The owner of last resort, when the clause names no actor.
 */
export function beneficiaryAfter(words: Word[], from: number): Span | null {
  for (let i = from; i < words.length && i < from + 3; i++) {
    const w = words[i]!;
    if (w.key === 'cho' && isContent(wordNear(words, i + 1))) {
      const last = placePhraseEnd(words, i + 1);
      const span = last >= i + 1 ? spanOf(words, i + 1, last) : null;
      return span && ownerKind(words, span) !== 'people' ? span : null;
    }
    if (!isContent(w) && !has(w, Tag.Figure | Tag.Qualifier)) return null;
  }
  return null;
}

/**
 * `2 dự án gồm dự án Khu neo đậu … Đông Tác (thành phố Tuy Hòa) với kinh phí 85 tỷ đồng`, `Dẫn
 * đầu là Fiat Panda với doanh số …`, `HPG với 20,6 tỷ đồng và PVS với 4,8 tỷ đồng`: a `với` (at
 * word `at`) that gives a measure of the noun phrase right before it; that phrase, from its
 * first word that names an owner (owner.ts), when it opens its clause or an item of a list.
 * Else null, and the clause's actor keeps the measure: after a verb (`bán với giá …`), a
 * comma (`…, với tổng tài sản …`), or a phrase that is a verb's object, a preposition's place,
 * a figure's complement or another's owner (`thuê người với giá …`, `niêm yết trên HNX với
 * giá …`, `xếp thứ 14 cả nước với giá trị …`, `… của Australia với kim ngạch …`).
 */
export function ownerBeforeAttribute(words: Word[], at: number, text: string | null = null): Span | null {
  let end = at - 1;
  // (A short note in brackets before `với` stays out: `… Đông Tác (thành phố Tuy Hòa) với`.)
  if (words[end]?.key === ')') {
    const open = openingBracket(words, end);
    if (open <= 0 || end - open > 8) return null;
    end = open - 1;
  }
  // (A known noun or a name ends the phrase: not a verb, even one the dictionary also has as a
  // noun, `Yến mua với giá …`, nor a word it does not know, `được phê duyệ[t] với …`.)
  const last = words[end];
  if (!last || !has(last, Tag.Noun | Tag.Name) || has(last, Tag.Unknown) || actsAsVerb(last) || (last.tags & FUNCTIONAL) !== 0) return null;
  let first = -1;
  /** A capitalised word after the one being read: a verb before it may be inside a name. */
  let capitalAfter = false;
  for (let i = end; i >= 0 && i > end - 12; i--) {
    const w = words[i]!;
    // (A determiner opens the phrase: `các nhà máy`, `cả nước`.)
    if (has(w, Tag.Determiner) && !has(w, Tag.Pronoun)) {
      if (first === i + 1) first = i;
      break;
    }
    if (!isContent(w) || has(w, Tag.Figure | Tag.Date)) break;
    // (A verb inside a name goes on, `Khu neo đậu tránh trú bão Đông Tác`; any other ends the
    // phrase: `người dân thuê máy gặt với giá …` names no owner.)
    if (actsAsVerb(w)) {
      if (first === i + 1 || !capitalAfter) break;
      continue;
    }
    if (has(w, Tag.Name)) capitalAfter = true;
    if (ownerKind(words, { start: w.start, end: last.end }, text) !== null) first = i;
  }
  if (first < 0) return null;
  // Only a phrase that opens its clause or an item of a list (`…, huyện Nhà Bè với 180 chiến
  // sĩ`, `2 dự án gồm dự án X với …`, `… là ca sĩ Jun Phạm với 33 điểm`): after a verb or a
  // preposition it is their object or place (`niêm yết trên HNX với giá …`, `thuê người với giá
  // …`, `cây cầu … ở phía tây Kenya với kinh phí …`), and the measure is the clause's actor's.
  // (After a comma or `và`, a place is the last part of an address or a list of places, `dự án
  // … ở quận 2, TP.HCM với giá trị …`: the measure is what stands at that address.)
  const before = wordNear(words, first - 1);
  if (before && !ITEM_OPENERS.has(before.key)) return null;
  const span = spanOf(words, first, end);
  if (before && (before.key === ',' || before.key === 'và') && span && isPlace(words, span, text)) return null;
  // (Nor a name's second half after a `và` between two names: `Phòng Thương mại và Công nghiệp
  // Việt Nam với …`, `Nelson Semedo và Victor Lindelof với tổng chi …`: the whole or both.)
  if (before?.key === 'và' && has(words[first], Tag.Name) && has(wordNear(words, first - 2), Tag.Name)) return null;
  // (After `là` that follows a name, the phrase only describes that name, whose the measure is:
  // `Larry Ellison là người giàu thứ 7 thế giới với tài sản …`; `Dẫn đầu là Fiat Panda với …`
  // names the owner after `là`.)
  if (before?.key === 'là' && has(wordNear(words, first - 2), Tag.Name) && !has(words[first], Tag.Name)) return null;
  return span;
}

/** A place by its head (`quận 2`) or by its name (`TP.HCM`, `Long An`, `Nga`). */
function isPlace(words: Word[], span: Span, text: string | null): boolean {
  return ownerKind(words, span, text) === 'place' || (text !== null && isPlaceName(text.slice(span.start, span.end)));
}

/** What may stand before a phrase that opens its clause or a list's item: a mark, or a word of table ITEM_OPENING_WORDS. */
const ITEM_OPENERS = new Set([',', ';', ':', ...ITEM_OPENING_WORDS]);

/** A place or body after an owner preposition: names, nouns and acronyms up to a break or a verb. */
export function placePhraseEnd(words: Word[], from: number): number {
  let last = from - 1;
  let afterNote = false;
  for (let i = from; i < words.length && i < from + 14; i++) {
    if (i === from && has(words[i], Tag.Determiner) && !has(words[i], Tag.Pronoun)) continue;
    const w = words[i]!;
    if (w.key === '(') {
      const close = closingBracket(words, i);
      if (close > i && close - i <= 4 && !containsTag(words, i + 1, close, Tag.Figure | Tag.Date)) {
        last = close;
        i = close;
        afterNote = true;
        continue;
      }
      break;
    }
    // After a note in brackets only a name goes on with the place (`Cục X (Bộ Y) Công an tỉnh`);
    // a number, a verb or an adverb is the clause's (`tại Khoa Nội (Bệnh viện tỉnh) 20 ngày`, `thị xã Kỳ Anh (Hà Tĩnh) phát hiện`).
    if (afterNote && isContent(w) && !(has(w, Tag.Name) && !has(w, Tag.Label))) break;
    afterNote = false;
    // `các sở, ban, ngành cấp tỉnh, phần mềm …`: the enumeration goes on with owners only.
    if (w.key === ',' && last >= from && enumerationGoesOn(words, i) && wordNear(words, i + 1) && namesOwner(words, { start: wordNear(words, i + 1)!.start, end: wordNear(words, i + 1)!.end })) continue;
    if ((w.key === 'ở' || w.key === 'và') && last >= from && isContent(wordNear(words, i + 1))) continue; // `xã, phường ở đồng bằng`
    if (!isContent(w) || (has(w, Tag.Verb) && !has(w, Tag.Noun | Tag.Name) && i > from)) break;
    // `tại Công ty Bảo Tín Minh Châu lúc 11 giờ`: a time phrase ends the place.
    if (i > from && TIME_PREPOSITIONS.has(w.key) && has(wordNear(words, i + 1), Tag.Time | Tag.Date)) break;
    last = i;
  }
  return last;
}

/**
 * The owner named inside a phrase (`trường ở các cấp học trên địa bàn thành phố đã có …`):
 * the last place after an owner preposition that names an owner, or null.
 */
export function ownerInside(text: string, words: Word[], span: Span): Span | null {
  let found: Span | null = null;
  for (let i = 0; i < words.length && words[i]!.start < span.end; i++) {
    if (words[i]!.start < span.start || !has(words[i], Tag.Owner) || !isContent(wordNear(words, i + 1))) continue;
    const last = placePhraseEnd(words, i + 1);
    const place = last > i && words[last]!.end <= span.end ? spanOf(words, i + 1, last) : null;
    if (place && namesOwner(words, place, text)) found = place;
  }
  return found;
}

/** Words that make a clause opener an owner: `Tại Bình Định, …`, `Đối với EVN, …`, `Ở Hà Nội …`. */
/** Owner prepositions fused with their place in one word (`trên cả nước`): the place. */
const FUSED_PLACE = /^(?:trên|trong) (cả nước|toàn quốc)$/u;

export const PLACE_OPENERS = new Set(['tại', 'ở', 'đối với', 'với', 'trên địa bàn', 'trên']);
const issuingActs = new Set(ISSUING_ACTS);
const denials = new Set(DENIALS);
const reportLinks = new Set(REPORT_LINKS);

/**
 * The actor nearest before a figure: the local clauses before it are tried nearest first
 * (a clause starts after `;` or `:`, after an opener that follows a comma, or at the
 * sentence start), so `…, song tại Quảng Ninh, tỷ lệ thiếu … 15%` gives Quảng Ninh and
 * `ngư dân ký …; trong đó, đã hạ thủy 12 tàu` still gives ngư dân. Given the text, only an
 * actor that names an owner (text/owner.ts) is taken, and the next is tried.
 */
export function nearestActor(words: Word[], figure: number, ownersIn: string | null = null): Span | null {
  let limit = figure;
  for (let i = figure - 1; i >= -1; i--) {
    const opens = i < 0 || isClauseBreak(words[i]) || (has(wordNear(words, i + 1), Tag.Opener) && words[i]!.key === ',') || words[i]!.key === 'thì' || nominalizedAt(words, i);
    if (!opens) continue;
    const actor = clauseActor(words, i + 1, limit);
    if (actor && (ownersIn === null || namesOwner(words, actor, ownersIn))) return actor;
    // `Nghệ An: Trên 21.245 tỷ đồng đầu tư …`, `TP.HCM: Giá nhà tăng 10%`: a name that opens the
    // sentence as the label of what follows owns it.
    if (i > 0 && words[i]!.key === ':') {
      const label = openingLabel(words, i);
      if (label && (ownersIn === null || namesOwner(words, label, ownersIn))) return label;
    }
    // `Nhiều người không biết việc di dời công tơ có mức phạt 7 triệu đồng`: a clause made a
    // noun with its own actor is the figure's; the actor around it is not the figure's owner.
    // (An actor of its own, not a verb read as one: `việc mua thêm …` has none.)
    if (actor && i >= 0 && nominalizers.has(words[i]!.key) && !words.find((w) => w.start === actor.start)?.classes.startsWith('V')) return null;
    // A full stop inside the sentence (one the page lost, marked by the word reader) ends the search;
    // so does a person's quotation opened after a colon: its speaker owns nothing in it (`Ông
    // Thanh nhấn mạnh: “Cả 2 dự án trên đều …`); a body speaks of its own (`Sở cứu hỏa London cho
    // biết: “45 xe cứu hỏa …`).
    if (i >= 0 && words[i]!.key === '.' && words[i]!.start === words[i]!.end) return null;
    if (i > 0 && words[i]!.key === ':' && (wordNear(words, i + 1)?.key === '“' || wordNear(words, i + 1)?.key === '"')) {
      const speaker = nearestActor(words, i);
      const kind = speaker ? ownerKind(words, speaker) : null;
      if (kind !== 'body' && kind !== 'place') return null;
    }
    limit = i + 1;
  }
  return null;
}

const nominalizers = new Set(CLAUSE_NOMINALIZERS);
const titleWords = new Set(TITLES.map((t) => t.title.toLowerCase()));

/** Word i, or it and the next, is a title of office (`Giám đốc`, `Phó Chủ tịch`). */
function titleOpens(words: Word[], i: number): boolean {
  const w = words[i]!;
  return titleWords.has(w.key) || (wordNear(words, i + 1) !== undefined && titleWords.has(`${w.key} ${words[i + 1]!.key}`));
}

/** The verb of saying right after a person's name, over the content words of a body's name from `from` (at most twelve words, no mark between), or null. */
function reportAfterTitledName(words: Word[], from: number, to: number): number | null {
  for (let j = from; j < to && j < from + 12; j++) {
    const w = words[j]!;
    if (has(w, Tag.Reporting)) return has(wordNear(words, j - 1), Tag.Name) ? j : null;
    if (w.key === '&') continue;
    if (!has(w, Tag.Noun | Tag.Verb | Tag.Adjective | Tag.Name) || has(w, Tag.Punctuation | Tag.Figure | Tag.Auxiliary | Tag.Linking | Tag.Date)) return null;
  }
  return null;
}
const weatherNouns = new Set(WEATHER_NOUNS);
const verbsTakingAVerb = new Set(VERBS_TAKING_A_VERB);

/**
 * The words before a colon when they open the sentence as a short label of names (`Nghệ An:`,
 * `TMS:`; six words at most), or null. Not a speaker's (`Bí thư Hoàng Trung Hải:`, an
 * interview's turn).
 */
function openingLabel(words: Word[], colon: number): Span | null {
  if (colon > MAX_LABEL_WORDS || !labelOfNames(words, 0, colon - 1)) return null;
  const label = spanOf(words, 0, colon - 1)!;
  return ownerKind(words, label) === 'people' ? null : label;
}

const MAX_LABEL_WORDS = 6;

/**
 * Whether words[from, to] label what follows them as names (`Nghệ An`, `TMS`, `Vietinbank và
 * DongABank`): names and acronyms only; not a heading in capitals of three words or more
 * (`LỊCH THI ĐẤU`), nor a capitalised word the dictionary knows as a verb or a measure
 * (`Định giá chuyển nhượng`, `Giá khởi điểm`).
 */
export function labelOfNames(words: Word[], from: number, to: number): boolean {
  if (to < from) return false;
  let acronyms = 0;
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    if (w.key === 'và' && k > from && k < to) continue;
    // (The sentence's first word is read as the dictionary word it spells: `Nghệ` of `Nghệ An`.)
    const opensName = k === 0 && has(words[1], Tag.Name) && has(w, Tag.Noun);
    if ((!has(w, Tag.Name | Tag.Acronym) && !opensName) || has(w, Tag.MeasureHead) || (w.key !== '' && w.classes.startsWith('V'))) return false;
    if (has(w, Tag.Acronym)) acronyms++;
  }
  return !(acronyms > 2 && acronyms === to - from + 1);
}

/** `việc` inside a clause (after a verb or `về`), opening a clause of its own; not `Việc này …`. */
function nominalizedAt(words: Word[], i: number): boolean {
  return i > 0 && nominalizers.has(words[i]!.key) && !isClauseBreak(words[i - 1]) && words[i - 1]!.key !== ',' && !has(wordNear(words, i + 1), Tag.Anaphor | Tag.Determiner);
}

/**
 * The actor that opens a clause: skipping openers, a source (`Theo Bộ Tài chính,`), time
 * phrases, adverbials and commas, either a place opener's object (`Tại Bình Định có …`) or
 * the noun phrase before the first verb (`TP.HCM đã chấp thuận …`, `Cả nước còn …`). An
 * actor followed by a reporting verb is a source, and the reported clause is read instead
 * (`Thứ trưởng X cho biết, …`). `Mục tiêu của BoJ là …` gives BoJ.
 */
export function clauseActor(words: Word[], from: number, to: number): Span | null {
  let i = from;
  /** Where a person's name after an honorific starts. */
  let personAt = -1;
  for (let guard = 0; i < to && guard < 12; guard++) {
    i = skipOpeners(words, i, to);
    const w = words[i];
    if (!w || i >= to) return null;
    if (PLACE_OPENERS.has(w.key) && (isContent(wordNear(words, i + 1)) || (has(wordNear(words, i + 1), Tag.Determiner) && isContent(wordNear(words, i + 2))))) {
      const last = placePhraseEnd(words, i + 1);
      if (last >= i + 1 && (wordNear(words, last + 1)?.key === ',' || has(wordNear(words, last + 1), Tag.Linking | Tag.Auxiliary))) return spanOf(words, i + 1, last);
    }
    // `Trên cả nước có …`, `trong toàn quốc, …`: the word reader keeps the preposition and the
    // place as one word; the place is the actor.
    const fused = FUSED_PLACE.exec(w.key);
    if (fused && (wordNear(words, i + 1)?.key === ',' || has(wordNear(words, i + 1), Tag.Linking | Tag.Auxiliary))) return { start: w.start + w.key.length - fused[1]!.length, end: w.end };
    // `lúc 8 giờ tại Vietcombank, …`: a time before a place opener is passed over, not the place with it.
    if (TIME_PREPOSITIONS.has(w.key) && has(wordNear(words, i + 1), Tag.Date | Tag.Time)) {
      let k = i + 1;
      while (k < to && has(words[k], Tag.Date | Tag.Time)) k++;
      if (PLACE_OPENERS.has(wordNear(words, k)?.key ?? '')) {
        i = k;
        continue;
      }
    }
    if (has(w, Tag.Source | Tag.Preposition | Tag.Owner | Tag.Opener | Tag.Particle)) {
      // `Theo số liệu từ Bộ Tài chính, …`, `từ khi Luật … có hiệu lực, …`, `Ngoài 4 bị cáo, …`,
      // `Ngay sau khi …, …`: an adverbial up to its comma, a figure in it included.
      i = segmentSkipped(words, i, to, true);
      if (i < 0) return null;
      continue;
    }
    // `Ông Phương cho biết, …`, `Bà Tâm giải thích …`: the name after an honorific is a
    // person, the actor, to the name's end (`ông Liu Jun lớn tiếng …`); a pronoun alone is no
    // actor (`họ`, `chúng tôi`).
    if (has(w, Tag.Pronoun) && has(wordNear(words, i + 1), Tag.Name) && !has(wordNear(words, i + 1), Tag.Acronym)) {
      // (After a source, the source's name, passed over: `Cũng theo ông Hưng, một số tổ chức …`.)
      if (has(wordNear(words, i - 1), Tag.Source | Tag.Preposition | Tag.Owner)) {
        i = segmentSkipped(words, i, to, true);
        if (i < 0) return null;
        continue;
      }
      personAt = ++i;
      continue;
    }
    const person = personAt === i;
    if (!isContent(w) && !has(w, Tag.Determiner)) return null;
    const phraseEnd = person ? nameRunEnd(words, i, to) : actorPhraseEnd(words, i, to);
    if (phraseEnd < i) {
      i = segmentSkipped(words, i, to, false);
      if (i < 0) return null;
      continue;
    }
    // A time phrase may stand between the actor and its verb (`Kế hoạch của TP trong giai đoạn
    // 2016 - 2020 là …`); an apposition after a dash (`Ngô Thị Bích Vân - một giám đốc … bị
    // cáo buộc …`) and a comma before the auxiliary (`Còn các cơ sở …, sẽ được …`) too.
    let verbAt = phraseEnd + 1;
    while (verbAt < to && (isTimeWord(words[verbAt]) || (TIME_PREPOSITIONS.has(words[verbAt]!.key) && words[verbAt]!.key !== 'của' && isTimeAhead(words, verbAt + 1)) || (words[verbAt]!.key === ',' && has(wordNear(words, verbAt + 1), Tag.Auxiliary | Tag.Linking)))) verbAt++;
    // (So does a relative aside set off by commas: `Thành phố Đà Nẵng, nơi có nhiều resort, đón …`.)
    if (opensRelativeAside(words, verbAt)) {
      let close = verbAt + 2;
      while (close < to && words[close]!.key !== ',' && !isClauseBreak(words[close])) close++;
      if (words[close]?.key === ',') verbAt = close + 1;
    }
    if (isDash(words[verbAt])) {
      const apposition = actorPhraseEnd(words, verbAt + 1, to);
      if (apposition > verbAt) verbAt = apposition + 1;
    }
    // `Thứ trưởng còn nhấn mạnh …`, `Tổng Bí thư … đã nhấn mạnh 3 nghị quyết …`: a person's
    // report with auxiliaries before it is still a report. (A body that `đã công bố` its
    // figures reports its own: `Toyota Việt Nam vừa công bố doanh số 6.108 xe`.)
    let reportAt = verbAt;
    while (reportAt < to && reportAt < verbAt + 2 && has(words[reportAt], Tag.Auxiliary) && !has(words[reportAt], Tag.Reporting)) reportAt++;
    // (A name after an honorific is a person's, whatever the name: `Ông Hải cũng cho biết …`.)
    if (reportAt > verbAt && has(words[reportAt], Tag.Reporting) && (person || ownerKind(words, { start: words[i]!.start, end: words[phraseEnd]!.end }) === 'people')) verbAt = reportAt;
    // `Giám đốc Trung tâm quản lý giao thông Hà Nội Nguyễn Hoàng Hải nhận định, …`: a title, its
    // body and a person's name before a verb of saying are one reporter, whatever verbs the
    // body's name holds; what is reported is read.
    if (!has(words[verbAt], Tag.Reporting) && !person && titleOpens(words, i)) verbAt = reportAfterTitledName(words, verbAt, to) ?? verbAt;
    const next = words[verbAt];
    // `Các chuyên gia dự báo doanh nghiệp này sẽ đạt …`: a forecast of another's clause.
    if (next !== undefined && forecasts.has(next.key) && forecastsClause(words, verbAt + 1, to)) {
      i = verbAt + 1;
      continue;
    }
    if (has(next, Tag.Reporting)) {
      // The actor is the one who reports: read what is reported. A report with no subject of
      // its own (`PA84 cho biết vừa khởi tố 3 bị can`, `EVN đề nghị giảm mua …`, `ngư dân ký
      // các hợp đồng … để đóng mới 21 tàu`) is of what the reporter does: the reporter acts.
      let k = verbAt + 1;
      while (k < to && reportLinks.has(words[k]!.key)) k++;
      const first = words[k];
      // (Not a denial: `khẳng định không thể xây …`.)
      const own = has(first, Tag.Auxiliary | Tag.Change) && !denials.has(first!.key.split(' ')[0]!);
      // (A person's own report is not: `Ông Abella cho biết đã có 387 người thiệt mạng`.)
      if (k < to && !person && (own || (issuingActs.has(next!.key) && has(first, Tag.Noun | Tag.Determiner)))) return afterOf(words, i, phraseEnd);
      i = verbAt + 1;
      continue;
    }
    if (next?.key === ',' && has(wordNear(words, phraseEnd + 2), Tag.Name) && (person || !has(words[i], Tag.Name))) {
      // `Ông X, Giám đốc Y, cho biết`: an apposition; go on after it. With no comma closing
      // it, the segment was an adverbial (`Nhân dịp này, Bộ trưởng X đã …`): go on at the name.
      const comma = nextIndex(words, phraseEnd + 2, to, isCommaOrBreak);
      i = comma < 0 || isClauseBreak(words[comma]) ? phraseEnd + 2 : comma + 1;
      continue;
    }
    if ((has(next, Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Verb | Tag.Qualifier) || (next !== undefined && weatherNouns.has(next.key) && has(words[phraseEnd], Tag.Name))) && !has(words[i], Tag.Pronoun | Tag.MeasureHead) && !isVerbOnly(words[i])) {
      return afterOf(words, i, phraseEnd);
    }
    i = segmentSkipped(words, i, to, false);
    if (i < 0) return null;
  }
  return null;
}

/** After a forecast verb at `from - 1`: a clause with an actor of its own, a noun phrase then its verb. */
function forecastsClause(words: Word[], from: number, to: number): boolean {
  let k = from;
  while (k < to && reportLinks.has(words[k]!.key)) k++;
  k = skipOpeners(words, k, to);
  const first = words[k];
  if (k >= to || !isContent(first) || isVerbOnly(first) || has(first, Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Qualifier | Tag.Figure | Tag.MeasureHead | Tag.Pronoun)) return false;
  const end = actorPhraseEnd(words, k, to);
  return end >= k && end + 1 < to && has(words[end + 1], Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Verb) && !has(words[end + 1], Tag.Figure);
}
const forecasts = new Set(FORECAST_VERBS);

/**
 * A segment that is no actor (an adverbial, a source, a caption's name) is passed over to
 * its comma: the index after that comma, or -1 when there is none before a clause break, or
 * (unless `adverbial`) when the segment holds a figure, which is the clause's business.
 */
function segmentSkipped(words: Word[], i: number, to: number, adverbial: boolean): number {
  const comma = nextIndex(words, i + 1, to, isCommaOrBreak);
  if (comma < 0 || isClauseBreak(words[comma]) || (!adverbial && containsTag(words, i, comma, Tag.Figure))) return -1;
  return comma + 1;
}

const isCommaOrBreak = (x: Word): boolean => x.key === ',' || isClauseBreak(x);

/** The last of the names from `from` on (`Trần Đình Sơn`), before `to`. */
function nameRunEnd(words: Word[], from: number, to: number): number {
  let k = from;
  while (k + 1 < to && has(words[k + 1], Tag.Name) && !has(words[k + 1], Tag.Acronym)) k++;
  return k;
}

/**
 * `Mục tiêu của BoJ`, `Kế hoạch của TP`: the actor is whose the thing is; `Lãnh đạo Sở Tài
 * chính`, `Đại diện EVN`: the body its people speak for (table REPRESENTATIVE_HEADS).
 */
function afterOf(words: Word[], from: number, to: number): Span | null {
  for (let k = to - 1; k > from; k--) if (words[k]!.key === 'của' && isContent(wordNear(words, k + 1))) return spanOf(words, k + 1, to);
  if (to > from && representatives.has(words[from]!.key) && has(words[from + 1], Tag.Name | Tag.Acronym)) return spanOf(words, from + 1, to);
  return spanOf(words, from, to);
}
const representatives = new Set(REPRESENTATIVE_HEADS);

function skipOpeners(words: Word[], from: number, to: number): number {
  let i = from;
  while (i < to) {
    const w = words[i]!;
    // `Nếu OPEC giữ …, khối lượng …`: a condition or a time, passed over to its comma. (Not
    // `trong khi` opening a clause after a comma, which sets it against the clause before: `…,
    // trong khi miền Trung có nắng nóng, có nơi 37 độ C`.)
    if (subordinators.has(w.key) && !(i === from && w.key === 'trong khi' && wordNear(words, i - 1)?.key === ',')) {
      const comma = nextIndex(words, i + 1, to, isCommaOrBreak);
      if (comma > i + 1 && !isClauseBreak(words[comma])) {
        i = comma + 1;
        continue;
      }
    }
    // (A source that opens the clause is an adverbial, passed over whole: `Cũng theo đại sứ X, …`.)
    if ((has(w, Tag.Opener) && !has(w, Tag.Source)) || w.key === ',' || w.key === '“' || w.key === '"' || isDash(w)) {
      i++;
      continue;
    }
    if (has(w, Tag.Date | Tag.Time)) {
      i++;
      continue;
    }
    const hearsay = hearsayBefore(words, i, to);
    if (hearsay > i) {
      i = hearsay;
      continue;
    }
    if (has(w, Tag.Preposition) && TIME_PREPOSITIONS.has(w.key) && has(wordNear(words, i + 1), Tag.Date | Tag.Time)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** After a phrase of hearsay and its comma at `from` (`Được biết, …`, table HEARSAY_OPENERS), else `from`. */
function hearsayBefore(words: Word[], from: number, to: number): number {
  let phrase = '';
  for (let k = from; k < to && k < from + 3; k++) {
    const w = words[k]!;
    if (w.key === ',') return phrase !== '' && hearsayOpeners.has(phrase) ? k + 1 : from;
    if (w.key === '') return from;
    phrase = phrase === '' ? w.key : `${phrase} ${w.key}`;
  }
  return from;
}
const hearsayOpeners = new Set(HEARSAY_OPENERS);
const subordinators = new Set(SUBORDINATING_OPENERS);

/**
 * The closing bracket of an acronym in brackets (`(FDI)`) that follows the content words from
 * `from` on, at most five of them, or -1.
 */
function abbreviatedEnd(words: Word[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 6; k++) {
    const w = words[k]!;
    if (w.key === '(') return has(words[k + 1], Tag.Acronym) && words[k + 2]?.key === ')' && k + 2 < to ? k + 2 : -1;
    if (!isContent(w) || has(w, Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Qualifier | Tag.Figure)) return -1;
  }
  return -1;
}

export const agentMarkers = new Set(AGENT_MARKERS);

/**
 * `công ty do Vân làm giám đốc đã …`, `dự án do Bộ Y tế chủ trì …`: an agent's clause after a
 * noun: `do`, who (a name or an owner's phrase), one verb and the nouns after it, up to an
 * auxiliary or another verb. Its last index, or -1 when no such clause stands at `at`.
 */
export function agentClauseEnd(words: Word[], at: number, to: number): number {
  let first = at + 1;
  // (`do ông Hùng làm giám đốc`: an honorific before the name.)
  const honorific = has(words[first], Tag.Pronoun) && has(wordNear(words, first + 1), Tag.Name);
  if (first >= to || (!isContent(words[first]) && !honorific)) return -1;
  if (honorific) first++;
  const agentEnd = has(words[first], Tag.Name) && !has(words[first], Tag.Acronym) ? nameRunEnd(words, first, to) : actorPhraseEnd(words, first, to);
  if (agentEnd < first || (!honorific && !namesOwner(words, { start: words[first]!.start, end: words[agentEnd]!.end }))) return -1;
  let k = agentEnd + 1;
  const verb = words[k];
  if (k >= to || !has(verb, Tag.Verb) || has(verb, Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Reporting)) return -1;
  while (k + 1 < to && isContent(words[k + 1]) && !isVerbOnly(words[k + 1]) && !has(words[k + 1], Tag.Auxiliary | Tag.Linking | Tag.Change | Tag.Qualifier | Tag.Figure)) k++;
  // (`làm chủ đầu tư có …`: a verb the reader splits off the object's noun, right before the
  // predicate.)
  if (k + 1 < to && isVerbOnly(words[k + 1]) && has(wordNear(words, k + 2), Tag.Auxiliary | Tag.Linking)) k++;
  return k;
}

/** An actor: a determiner (`cả`, `toàn`, `các`) then names and nouns, no verb, a bracket allowed. */
function actorPhraseEnd(words: Word[], from: number, to: number): number {
  let i = from;
  if (has(words[i], Tag.Determiner) && !has(words[i], Tag.Pronoun)) i++;
  let last = -1;
  for (; i < to && i < from + 12; i++) {
    const w = words[i]!;
    if (w.key === '(') {
      const close = closingBracket(words, i);
      if (close > i && close - i <= 5 && last >= from) {
        last = close;
        i = close;
        continue;
      }
      break;
    }
    if (has(w, Tag.Owner) && w.key !== 'của' && last >= from && isContent(wordNear(words, i + 1))) continue; // `Ban TTND ở xã, …`
    if (w.key === 'của' && last >= from && isContent(wordNear(words, i + 1))) continue;
    if (agentMarkers.has(w.key) && last >= from) {
      const clauseEnd = agentClauseEnd(words, i, to);
      if (clauseEnd > i) {
        last = i = clauseEnd;
        continue;
      }
    }
    if (w.key === ',' && last >= from && enumerationGoesOn(words, i)) continue;
    // `UBND các huyện, thị xã …`, `Công đoàn các khu chế xuất`: `các` after a noun (no verb)
    // opens the noun it governs, inside the actor. (Not `nhiều`, `những`, `một`, which as often
    // open the predicate: `Hà Nội nhiều mây`.)
    if (w.key === 'các' && last === i - 1 && has(words[last], Tag.Noun) && !isVerbOnly(words[last]) && isContent(wordNear(words, i + 1)) && !isVerbOnly(wordNear(words, i + 1))) continue;
    // `Hội nghị nhân dân hoặc hội nghị đại biểu nhân dân được …`: nouns joined in one actor.
    if ((w.key === 'và' || w.key === 'hoặc') && last >= from && has(wordNear(words, i + 1), Tag.Noun) && !isVerbOnly(wordNear(words, i + 1)) && !has(wordNear(words, i + 1), FUNCTIONAL)) continue;
    // `công ty này đã …`: a pointing word closes the actor.
    if (has(w, Tag.Anaphor) && last >= from && !has(w, Tag.Qualifier | Tag.Preposition)) {
      last = i;
      break;
    }
    if (!isContent(w)) break;
    // `Doanh nghiệp đầu tư nước ngoài (FDI) …`: words up to an acronym in brackets are the one
    // name it abbreviates, verbs among them.
    const abbreviated = last >= from ? abbreviatedEnd(words, i, to) : -1;
    if (abbreviated > i) {
      last = i = abbreviated;
      continue;
    }
    // A verb ends the actor (`ngư dân ký …`), unless another verb follows it at once, which is
    // then the actor's (`Cơ quan điều tra thu giữ …`).
    // (`ngành du lịch dự kiến …`: the predicate starts at the auxiliary or qualifier).
    // (`phát triển được 2.054 gian hàng`: `được` after a verb is its result, not an auxiliary.)
    if (last >= from && opensPredicateAfterName(words, i)) break;
    // `khu vực Bắc Bộ trời rét đậm`: after a place's name, the weather's noun opens its predicate.
    if (last >= from && weatherNouns.has(w.key) && has(words[last], Tag.Name)) break;
    // (Not a verb whose object is that verb: `UBND các huyện thực hiện trao đổi …`.)
    if (isVerbOnly(w) && last >= from && ((!isVerbOnly(wordNear(words, i + 1)) && !has(wordNear(words, i + 1), Tag.Auxiliary | Tag.Qualifier | Tag.Linking | Tag.Change)) || wordNear(words, i + 1)?.key === 'được' || verbsTakingAVerb.has(w.key))) break;
    last = i;
  }
  return last;
}
