// The function words the word reader (src/text/words.ts) tags, as data. A word's tag says
// what it does in a clause; the clause reader (src/text/clause.ts) reads phrases by these
// tags alone. A content word not listed here takes its class from the dictionary table
// (word-classes.data.ts). Multi-word entries are matched before their parts.

/** Verbs that link a measured phrase to its figure and are no part of what is measured. */
export const LINKING_VERBS = [
  'là', 'đạt', 'đạt được', 'đạt mức', 'đạt tỷ lệ', 'đạt tỉ lệ', 'ở mức', 'ở ngưỡng', 'đứng ở mức', 'đứng tại', 'dao động', 'chiếm', 'chiếm tỷ lệ', 'đóng góp',
  'chiếm tỉ lệ', 'chiếm khoảng', 'bằng', 'lên tới', 'lên đến', 'trị giá', 'tương đương', 'tương đương với', 'vào khoảng',
  'xếp thứ', 'xếp hạng', 'đứng thứ', 'xếp', 'đứng', 'với mức', 'đạt con số', 'vị trí thứ', 'ở vị trí thứ',
  'thứ hạng', 'xếp hạng thứ', 'hạng thứ', 'đứng ở vị trí thứ', 'xếp ở vị trí thứ', 'lọt top', 'chỉ bằng', 'gồm', 'gồm có',
  'bao gồm', 'có', 'có được', 'còn', 'hết', 'tốn', 'tiêu tốn', 'hao tốn', 'mất', 'nằm ở mức', 'duy trì ở mức', 'tương ứng', 'tương ứng là',
  'lần lượt là', 'lần lượt', 'các mức tương ứng là', 'vượt', 'thêm',
  // A passive of saying links as `là` does, hedged (`Mức lương được cho là 570 nghìn bảng/tuần`,
  // `giá bán được cho rằng sẽ lên tới 1000 USD`): its subject stays the clause's, no source's.
  'được cho là', 'được cho rằng',
  // A level kept (`thị giá cổ phiếu vẫn giữ nguyên ở mức 10.000 đồng`; not `giữ nguyên mức` + a noun, its object).
  'giữ nguyên ở mức', 'giữ ở mức',
  // A level reached, touched or passed, or where a price settles (`nhiệt độ chạm ngưỡng 40 độ`,
  // `đầu tư đã vượt mốc 50 tỷ USD`, `giá bán rơi vào khoảng 700 USD`, `giao dịch quanh mức …`).
  'đạt đến', 'đạt tới', 'chạm ngưỡng', 'chạm mốc', 'cán mốc', 'vượt mốc', 'vượt ngưỡng', 'rơi vào', 'rơi vào khoảng',
  'quanh mức', 'ở quanh mức', 'quanh ngưỡng', 'ở quanh ngưỡng', 'chốt ở', 'chốt ở mức', 'dừng ở mức',
  // `tại` as `ở` before a level (`KLF đóng cửa tại mức 2.500 đồng`).
  'tại mức', 'tại ngưỡng', 'dừng tại mức',
];

/** Linking verbs that say a target or a mark is reached (`trường đạt chỉ tiêu 100%`): the measure after them restricts a counted noun. */
export const REACHING_LINKS = ['đạt', 'đạt được', 'đạt mức'];

/** Verbs that give a share of a whole, the whole after the figure (`chiếm 35% kim ngạch`, `đóng góp 30% GDP`). */
export const SHARE_VERBS = ['chiếm', 'đóng góp', 'đóng góp khoảng', 'đóng góp gần', 'đóng góp hơn'];

/** Causative verbs before a change (`làm tăng giá thành`, `khiến giảm`): what precedes them is the cause measured. */
export const CAUSATIVE_VERBS = ['làm', 'khiến', 'làm cho', 'khiến cho'];

/** Verbs that make a figure a change of what precedes them (`doanh thu tăng 2,2%`). */
export const CHANGE_VERBS = [
  'tăng', 'giảm', 'tăng lên', 'giảm xuống', 'tăng thêm', 'giảm đi', 'tăng tới', 'tăng đến', 'giảm tới', 'xuống', 'xuống còn',
  'giảm còn', 'lên', 'lên mức', 'xuống mức', 'tăng gấp', 'gấp', 'tăng khoảng', 'giảm khoảng', 'sụt giảm', 'sụt', 'hạ',
  'nâng', 'nâng lên', 'hạ xuống', 'đi lên', 'đi xuống', 'cao gấp', 'thấp hơn', 'cao hơn', 'nhiều hơn',
  'ít hơn', 'lớn hơn', 'nhỏ hơn', 'giảm bớt', 'tăng vọt', 'lao dốc', 'chỉ còn', 'còn lại', 'nhích', 'nhích lên',
  'nhích nhẹ', 'tăng nhẹ', 'giảm nhẹ', 'tăng mạnh', 'giảm mạnh', 'tăng thêm', 'mất', 'mất điểm', 'tăng điểm', 'giảm điểm',
  'gấp đôi', 'tăng gấp đôi', 'gấp ba', 'tăng gấp ba', 'lên ngưỡng', 'xuống ngưỡng', 'tăng lên ngưỡng', 'tăng lên mức',
  'giảm xuống mức', 'giảm xuống còn', 'tăng lên thành', 'lên thành',
];

/** Change verbs that take an object (`nâng vốn điều lệ lên …`, `hạ lãi suất xuống …`): the clause's verb, never inside a measured phrase. */
export const RAISING_VERBS = ['nâng', 'nâng lên', 'hạ', 'hạ xuống'];
/** Bare level words that open a figure's cluster when a raising verb before sets its object to it (`… lên 500 tỷ đồng`, `… xuống còn 1,4%`, `từ … lên …`). */
export const RAISED_TO_WORDS = ['lên', 'xuống', 'còn', 'thêm', 'xuống còn', 'lên mức', 'xuống mức', 'lên tới', 'lên đến', 'từ', 'lên thành', 'lên ngưỡng', 'xuống ngưỡng'];

/** Words that compare with another measure (`hơn cả giá ớt chỉ thiên`, `so với giá cũ`): what follows them is not the clause's measure. */
export const COMPARISON_WORDS = ['hơn', 'hơn cả', 'so với', 'bằng', 'như', 'kém'];

/** Links that give a second value of the same thing (`…, tương đương 1,1 tỷ đồng`), not a measure's value. */
export const EQUIVALENCE_LINKS = ['tương đương', 'tương đương với', 'tương ứng', 'tương ứng là'];

/** Words that open a second value of the figure before it, in brackets (`(khoảng 2,36 tỷ đồng)`, `(tương đương 16 triệu đồng)`): a conversion. */
export const RESTATEMENT_LEADS = ['khoảng', 'tương đương', 'tương đương với', 'tương đương khoảng', 'hơn', 'gần', 'xấp xỉ', 'chừng', 'tức', 'tức là', 'tức khoảng', 'trên', 'dưới', 'ước', 'ước tính', 'quy đổi', 'quy ra', 'tương ứng'];

/** Words of degree and estimate around a figure (`ước đạt`, `hơn`, `khoảng`; after it `trở lên`, or more): never a name. */
export const QUALIFIER_WORDS = [
  'khoảng', 'hơn', 'trên', 'dưới', 'gần', 'gần như', 'tới', 'đến', 'ít nhất', 'tối đa', 'tối thiểu', 'không quá',
  'không dưới', 'chưa đến', 'chưa tới', 'xấp xỉ', 'chừng', 'vài', 'từ', 'trên dưới', 'ngót', 'cỡ', 'ước', 'ước tính',
  'ước đạt', 'dự kiến', 'dự báo', 'phấn đấu', 'chỉ', 'mới', 'đúng', 'tròn', 'quá', 'vượt quá', 'tổng cộng', 'cả thảy', 'lên tới hơn',
  'hơn nữa', 'trung bình', 'bình quân', 'ước khoảng', 'dự tính', 'có thể', 'có tới', 'có đến', 'cũng', 'thậm chí',
  'vẫn', 'đều', 'mỗi', 'khoảng gần', 'tối thiểu là', 'tối đa là', 'đạt khoảng', 'lên tới khoảng', 'hiện', 'trở lên', 'trở xuống',
  // `chỉ vỏn vẹn 9 triệu USD` (a mere): the dictionary reads it as an adjective.
  'vỏn vẹn', 'vẻn vẹn', 'chỉ vỏn vẹn', 'chỉ vẻn vẹn',
  // Setting a target is said as `phấn đấu` is: `Tỉnh đặt mục tiêu thu hút 2 triệu lượt khách`
  // (the actor before it is the figure's owner; the target word is in no name).
  'đặt mục tiêu', 'đặt ra mục tiêu', 'đề ra mục tiêu', 'hướng tới mục tiêu', 'hướng đến mục tiêu', 'đặt chỉ tiêu', 'đề ra chỉ tiêu',
];

/** Auxiliaries that are also adjectives of a noun (`mới`: `giá bán mới của xe`, new); not `đều`, `vừa`, whose `ở` after them is a verb's. */
export const DESCRIBING_AUXILIARIES = ['mới'];

/** Words before a verb: tense, aspect, voice, modality, negation. */
export const AUXILIARIES = [
  'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'đều', 'mới', 'vừa', 'chưa', 'không', 'được', 'bị', 'có thể', 'cần', 'phải',
  'cần phải', 'nên', 'luôn', 'đã được', 'sẽ được', 'đang được', 'đã bị', 'lại', 'thường', 'cùng', 'tiếp tục', 'vừa được',
  'chỉ', 'còn', 'hiện', 'hiện đang', 'đã và đang', 'chưa được', 'không được', 'không thể', 'phải được', 'dự kiến sẽ',
  'sắp', 'đồng loạt', 'từng', 'vừa qua đã', 'mới chỉ', 'cứ', 'buộc phải', 'sẽ phải', 'đã phải', 'ngày càng',
  // (Words of grammar the dictionary lacks: `chẳng` as `không`, `hãy` of a request; `đừng`,
  // `chớ` of a warning, which it reads as verbs.)
  'chẳng', 'hãy', 'đừng', 'chớ',
  // (`Dương lập tức chạy …`: before its verb, at once; CLOSING_ADVERBS after it.)
  'lập tức', 'ngay lập tức',
];

/** Auxiliaries of obligation and ability: after a counted noun they open the sentence's own predicate (`4 bị cáo phải hoàn trả …`). */
export const MODAL_AUXILIARIES = ['phải', 'cần', 'cần phải', 'buộc phải', 'nên', 'có thể', 'không thể', 'sẽ phải', 'đã phải'];

/** Words of a fine: the one fined, named after the sum by `với` / `đối với`, is whose the sum is (`xử phạt 15 triệu đồng đối với Công ty X`). */
export const PENALTY_WORDS = ['phạt', 'xử phạt', 'mức phạt', 'tiền phạt', 'phạt tiền', 'phạt hành chính', 'xử phạt hành chính'];

/** Linking words that are a measure's noun too: with nothing measured before them they name the sum (`lô hàng (trị giá 2 tỷ đồng)`). */
export const VALUE_LINKS = ['trị giá'];

/** Verbs that list the members of what was counted: after a counted noun they close it (`2 dự án gồm dự án A và B`). */
export const MEMBER_LIST_VERBS = ['gồm', 'gồm có', 'bao gồm'];

/**
 * Words after which a phrase opens a list's item or is the one a clause identifies, so a `với`
 * of measure after it gives that phrase's measure (`2 dự án gồm dự án A với kinh phí …`, `Dẫn
 * đầu là Fiat Panda với doanh số …`, `HPG với … và PVS với …`; text/actor.ts).
 */
export const ITEM_OPENING_WORDS = ['và', 'là', ...MEMBER_LIST_VERBS];

/** Prepositions that attach an owner to a measured phrase (`doanh thu của VNPT`, `tại Hà Nội`). */
export const OWNER_PREPOSITIONS = ['của', 'tại', 'ở', 'trên địa bàn', 'trên cả nước', 'thuộc', 'trong cả nước', 'trên toàn quốc'];

/** Prepositions that open an adjunct: the measured phrase ends before them. */
export const PREPOSITIONS = [
  'với', 'cho', 'để', 'nhằm', 'từ', 'đến', 'tới', 'trong', 'sau', 'trước', 'theo', 'về', 'đối với', 'so với', 'so',
  'bằng', 'qua', 'giữa', 'do', 'vì', 'nhờ', 'bởi', 'trên', 'dưới', 'ngoài', 'kể cả', 'trừ', 'xung quanh',
  'liên quan đến', 'liên quan tới', 'thông qua', 'vào', 'ra', 'tính từ', 'kể từ', 'tính đến', 'cùng với',
  'bên cạnh', 'hướng tới', 'nhằm mục đích', 'thay vì', 'so cùng kỳ', 'như', 'cũng như', 'giống như',
  // Over a length of time: `7 vụ thử trong vòng 4 tuần`, `2 chiếc xe trong suốt 15 năm`, `suốt 2 mùa`.
  'trong vòng', 'trong suốt', 'suốt', 'xuyên suốt',
];

/**
 * Prepositions that attach a time phrase: skipped with it (`trong năm 2019`, `đến hết quý I`,
 * `trong vòng 4 năm`); so are words that single a period out (`riêng quý I/2017`: for the
 * first quarter alone).
 */
export const TIME_PREPOSITION_WORDS = [
  'trong', 'vào', 'đến', 'tới', 'tính đến', 'đến hết', 'hết', 'từ', 'cuối', 'đầu', 'trước', 'sau', 'của', 'giai đoạn',
  'tính từ', 'kể từ', 'cả', 'thời kỳ', 'niên độ', 'riêng', 'tính riêng', 'trong vòng', 'trong suốt', 'lúc',
];

/**
 * Openers of a subordinate clause (`Nếu OPEC giữ …, khối lượng … sẽ giảm`, `Khi giá dầu tăng,
 * Petrolimex …`): up to its comma the clause is a condition or a time of the main one, and its
 * actor is not the main clause's.
 */
export const SUBORDINATING_OPENERS = ['nếu', 'khi', 'mặc dù', 'dù', 'tuy', 'sau khi', 'trước khi', 'trong khi', 'vì', 'bởi vì', 'nhờ',
  // A purpose or a duty carried out, opening the sentence: `Thực hiện chỉ đạo của …, Bộ Tài chính đã …`, `Để …, tỉnh …`.
  'thực hiện', 'để', 'nhằm',
];

/** Words that open a clause or a discourse step: a phrase never runs over them. */
export const CLAUSE_OPENING_WORDS = [
  'trong đó', 'theo đó', 'cụ thể', 'riêng', 'ngoài ra', 'đồng thời', 'bên cạnh đó', 'tuy nhiên', 'song', 'nhưng',
  'trong khi', 'trong khi đó', 'như vậy', 'do đó', 'vì vậy', 'vì thế', 'chính vì vậy', 'ngược lại', 'đặc biệt',
  'thêm vào đó', 'cùng đó', 'cùng với đó', 'qua đó', 'nhờ đó', 'mặt khác', 'trước đó', 'sau đó', 'thực tế', 'dù',
  'mặc dù', 'nếu', 'khi', 'thì', 'hoặc', 'nên', 'mà', 'chứ', 'rồi', 'tức là', 'trong số đó', 'điển hình là',
  'điển hình như', 'chẳng hạn', 'ví dụ', 'ví dụ như', 'nhất là', 'đáng chú ý', 'tuy', 'bởi vậy', 'vậy', 'còn',
  'và', 'hay', 'nghĩa là', 'kết quả là', 'tính chung', 'nhìn chung', 'tổng cộng', 'tóm lại',
  'sau khi', 'trước khi', 'cũng theo', 'để rồi', 'cho nên', 'bởi', 'vì', 'trái lại', 'ngược lại', 'hơn nữa',
  'thậm chí', 'bởi lẽ', 'tuy vậy', 'dẫu vậy', 'song song', 'ngoài việc', 'ngoài ra còn',
  // `cho biết rằng …`: what is reported opens after it.
  'rằng',
];

/**
 * Words of the press the dictionary lacks, with their class: read as one word
 * (`nhà ở` is housing, not `nhà` + the preposition `ở`).
 */
/**
 * Verbs of the press the dictionary lacks, read as one word each (`Nhà nước nắm giữ 100%
 * vốn`, `tạm giữ 3 đối tượng`, `cấp phép 8 dự án`). (Not `mua lại`, `thoái vốn`: read apart,
 * their parts serve the name and direction rules better.)
 */
// (`làm theo`, `học theo`, `noi theo`, `tuân theo`: to follow; `theo` completes the verb here, it
// opens no adjunct: `học tập và làm theo tư tưởng …`.)
export const EXTRA_VERBS = ['nắm giữ', 'tạm giữ', 'cấp phép', 'làm theo', 'học theo', 'noi theo', 'tuân theo'];

/**
 * Verbs whose object is another verb (`thực hiện trao đổi`, `tiến hành kiểm tra`, `tiếp tục
 * đầu tư`): before a verb they open the predicate, never end a noun phrase as its modifier
 * does (`Cơ quan điều tra thu giữ …`).
 */
export const VERBS_TAKING_A_VERB = ['thực hiện', 'tiến hành', 'tiếp tục', 'bắt đầu', 'triển khai', 'đẩy mạnh', 'tăng cường', 'cố gắng', 'quyết định', 'tổ chức', 'phối hợp', 'chủ động', 'tích cực'];

/**
 * Words that, without the preposition after them, say what kind a noun is (`các bộ ngành liên
 * quan`, `người có liên quan`): adjectives after the noun, no preposition opening an adjunct
 * (`liên quan đến`, `liên quan tới` are prepositions, PREPOSITIONS).
 */
export const EXTRA_ADJECTIVES = ['liên quan', 'có liên quan',
  // Words of degree the dictionary lacks, which grade an adjective as one (`rất lớn`, `lớn nhất`).
  'rất', 'nhất', 'cực kỳ',
  // `giá vàng giao ngay` (spot): one word, or its `ngay` would close the name (CLOSING_ADVERBS).
  'giao ngay',
  // `7 cái tên đáng chú ý` (noteworthy): after a noun the opener `Đáng chú ý, …` (notably) is
  // this adjective (see adjectivalOpeners in text/words.ts).
  'đáng chú ý',
  // `6 mùa bóng khác nhau`, `4 sân khác nhau` (different): one word, so no counted noun ends inside it.
  'khác nhau',
];

export const EXTRA_NOUNS = [
  'hợp chúng quốc', 'nhà ở', 'nhà ở xã hội', 'doanh nghiệp nhà nước', 'ngân sách nhà nước', 'vốn điều lệ', 'nợ xấu', 'nợ công',
  'tăng trưởng', 'giải phóng mặt bằng', 'thuê bao', 'hộ nghèo', 'cận nghèo', 'dịch vụ công', 'hạ tầng',
  'nông thôn mới', 'khu công nghiệp', 'cụm công nghiệp', 'khu kinh tế', 'đơn vị sự nghiệp', 'cán bộ', 'công chức',
  'viên chức', 'người lao động', 'lãi suất', 'tín dụng', 'cổ phần', 'cổ phiếu', 'trái phiếu', 'bảo hiểm y tế',
  'bảo hiểm xã hội', 'giá trị gia tăng', 'thuế giá trị gia tăng', 'kim ngạch', 'xuất khẩu', 'nhập khẩu', 'cho vay',
  'người đứng đầu', 'cấp phó', 'cấp trưởng', 'dân nguyện',
  // A cooperative group: read whole, not `tổ hợp` (a combination) and a stray `tác`.
  'tổ hợp tác',
  // A verb of saying made a noun by `lời` (`lời đề nghị trị giá 45 triệu euro`: an offer).
  'lời đề nghị',
  // Accounting terms whose `trước`/`sau` is no time word (`lợi nhuận trước thuế`).
  'lợi nhuận trước thuế', 'lợi nhuận sau thuế', 'lãi trước thuế', 'lãi sau thuế', 'thu nhập trước thuế', 'thu nhập sau thuế',
];

/**
 * Measure heads too bare to name a figure alone (`Trong tổng số hơn 2.500 trường học`, `với
 * quy mô 5.200 căn`): a counted noun after the figure says more.
 */
/** Measure heads that count: with `có` they still say what the counted noun is (`Tổng số lao động … có 59.020 người`). */
export const COUNT_MEASURE_HEADS = ['số', 'tổng số', 'số lượng', 'tổng'];

/**
 * Heads that count, which stand alone before a noun that a longer word of their own would
 * split: `số học sinh` is `số` + `học sinh` (the number of pupils), not `số học` (arithmetic)
 * + `sinh`. (Not `tổng`: `tổng hợp` + `tác động` reads right as it is.)
 */
export const COUNT_PREFIXES = ['số'];

export const BARE_MEASURE_HEADS = ['tổng số', 'số', 'tổng', 'số lượng', 'quy mô', 'mức', 'con số', 'tổng cộng', 'khoảng'];

/** Prepositions that keep a counted noun's phrase going after the figure (`hộ di dời trong dự án …`, `tàu do Công ty X đóng`, `trao đổi văn bản qua mạng`). */
/** Prepositions of a destination (`xuất khẩu vào Mỹ`, `chuyển sang Lào`): before a change, their object is where the activity goes. */
export const DESTINATION_PREPOSITIONS = ['vào', 'sang'];

export const INNER_PREPOSITIONS_AFTER = ['trong', 'do', 'của', 'từ', 'trên', 'vào', 'ra', 'về', 'đối với', 'cho', 'giữa', 'bằng', 'theo', 'sang', 'ngoài', 'qua'];

/** Prepositions that stay inside a measured phrase read backwards (`tín dụng bằng VND`, `lãi suất cho vay`). */
export const INNER_PREPOSITIONS_BEFORE = ['cho', 'bằng', 'giữa', 'trong', 'từ', 'đối với', 'về', 'ngoài', 'dưới', 'trên'];

/**
 * Prepositions that stay inside a measured phrase only after a noun and before what is no
 * measure itself (`tổng diện tích theo quy hoạch`, `sản lượng theo tiêu chuẩn VietGAP`); after
 * a verb, or before a measure, they introduce the basis the figure is reckoned on (`tính theo
 * mức lương cơ sở`, `cổ tức bằng tiền mặt theo tỷ lệ 14%`).
 */
export const BASIS_PREPOSITIONS = ['theo'];

/**
 * Heads after which a change word is a noun of the phrase (`mức tăng 5%`, `tốc độ tăng`,
 * `mục tiêu tăng trưởng`), not the verb of what changes (`doanh thu tăng 5 tỷ đồng`).
 */
export const CHANGE_NOUN_HEADS = ['mức', 'nhịp độ', 'tốc độ', 'đà', 'tỷ lệ', 'tỉ lệ', 'mục tiêu', 'biên độ', 'mức độ'];

/**
 * Nouns of change the tables read as nouns (`tăng trưởng GDP đạt 6,7%`) that, right before a
 * figure after what changes, are its verb (`Doanh thu của công ty tăng trưởng 12%`); after a
 * head of CHANGE_NOUN_HEADS they stay its noun (`tốc độ tăng trưởng 6,7%`).
 */
export const CHANGE_NOUNS_AS_VERBS = ['tăng trưởng'];

/**
 * Qualifiers that describe the measured noun when they stand before its auxiliary (`chi phí
 * tối đa đã lên tới …`, `thu nhập bình quân đạt …`): part of the name then.
 */
export const NOUN_QUALIFIERS = ['tối đa', 'tối thiểu', 'trung bình', 'bình quân', 'cao nhất', 'thấp nhất', 'lớn nhất', 'nhỏ nhất'];

/** Words opening a topic (`Về giá bán, …`, `Đối với ngày giường …, các mức là …`): it names figures that have no name. */
export const TOPIC_OPENERS = ['về', 'đối với', 'riêng với', 'với'];

/** Verbs of saying: what follows them is reported, and their actor is a source. */
export const REPORTING_VERBS = [
  'cho biết', 'cho hay', 'nói', 'khẳng định', 'nhấn mạnh', 'cho rằng', 'nhận định', 'đánh giá', 'phát biểu',
  'báo cáo', 'thông báo', 'công bố', 'nêu', 'chia sẻ', 'giải thích', 'lưu ý', 'khuyến cáo', 'đề nghị', 'kiến nghị',
  'tiết lộ', 'trả lời', 'nêu rõ', 'thừa nhận', 'xác nhận', 'trích dẫn', 'nêu quan điểm', 'dẫn chứng', 'bày tỏ',
  'nhận xét', 'tính toán', 'ước tính rằng', 'thông tin thêm', 'đưa tin', 'lý giải', 'phân tích', 'dự báo rằng', 'cho thấy',
  // A source quoting another: `Tân Hoa Xã dẫn lời chính quyền địa phương cho biết …`.
  'dẫn lời', 'trích lời', 'dẫn nguồn',
];

/**
 * Verbs of forecasting that are also estimate words (`doanh thu ước tính đạt …`): after an
 * actor, when a clause with an actor and a verb of its own follows, they report it (`Các chuyên
 * gia dự báo doanh nghiệp này sẽ đạt …`); before a bare noun or a verb the actor's own figure
 * is meant (`VNDirect dự kiến doanh thu 866 tỷ đồng`, `HNG dự kiến bán 40.000 con bò`).
 */
export const FORECAST_VERBS = ['dự báo', 'ước tính', 'dự đoán', 'ước', 'dự kiến'];

/**
 * Acts that issue a text, read as reporting verbs: what follows is its content, their date the
 * act's (`Ngày 26/5, Cục trưởng đã ký Quyết định xử phạt … 270 triệu đồng`); their object is a
 * text, not a clause with a subject of its own (`ngư dân ký các hợp đồng … để đóng mới 21 tàu`).
 */
export const ISSUING_ACTS = ['ký', 'ban hành', 'họp báo'];

/**
 * Words that make a clause a noun (`biết việc X có …`, `về việc Hà Nội di dời …`): a clause after
 * one, with an actor of its own, is the figure's clause, whatever acts in the clause around it.
 */
export const CLAUSE_NOMINALIZERS = ['việc'];

/**
 * Nouns that open a relative aside after a comma (`Thành phố Đà Nẵng, nơi có nhiều resort, …`):
 * what follows describes the noun before the comma, no next item of a list.
 */
export const RELATIVE_NOUNS_AFTER_COMMA = ['nơi'];

/**
 * Adjectives of a dimension, right before a figure: the noun before them weighs, measures or
 * stands so much (`con trai nặng 4kg`, `nhà kho rộng 300 m2`, `cây cầu dài 500 m`).
 */
export const DIMENSION_ADJECTIVES = ['nặng', 'cao', 'dài', 'ngắn', 'rộng', 'hẹp', 'sâu', 'dày'];

/**
 * Linking words that give the level a verb sets or holds (`được niêm yết ở mức`, `duy trì ở
 * mức`): after a verb they complete it, and the verb is the predicate, not part of the phrase.
 */
export const LEVEL_ADJUNCTS = ['ở', 'ở mức', 'ở ngưỡng', 'tại mức', 'tại ngưỡng', 'dừng tại mức', 'nằm ở mức', 'đứng ở mức', 'duy trì ở mức', 'giữ nguyên ở mức', 'giữ ở mức', 'quanh mức', 'ở quanh mức', 'quanh ngưỡng', 'ở quanh ngưỡng', 'chốt ở', 'chốt ở mức', 'dừng ở mức'];

/**
 * Words that only grade the level a linking verb reaches (`đạt mức kỷ lục 8 triệu`, `đạt mức
 * trần 7%`): after `đạt mức` they name nothing measured, so the verb and its measure stay one word.
 */
export const LEVEL_GRADES = ['kỷ lục', 'đỉnh', 'đỉnh điểm', 'trần', 'sàn', 'kịch trần', 'kịch sàn', 'tối đa', 'tối thiểu', 'trung bình', 'bình quân', 'cao nhất', 'thấp nhất', 'lớn nhất', 'nhỏ nhất', 'cao', 'thấp'];

/** Words between a reporting verb and what it reports (`cho biết, …`, `cho rằng là …`). */
export const REPORT_LINKS = [',', 'rằng', 'là'];

/** Words of denial that open an auxiliary (`không thể`, `chưa từng`): a report that denies is not of what its reporter does. */
export const DENIALS = ['không', 'chưa', 'chẳng'];

/**
 * Phrases of hearsay that open a clause before a comma, read as separate words (`Được biết, chị
 * Sâm đã có …`): passed over like a source. (Not a word of the lexicon: `ít được biết đến`.)
 */
export const HEARSAY_OPENERS = ['được biết', 'nghe nói'];

/**
 * Words that open an agent's clause after a noun (`công ty do Vân làm giám đốc`, `dự án do Bộ
 * Y tế chủ trì`): the clause belongs to the noun phrase. (A cause after a verb is no agent:
 * `giảm do giá dầu giảm`.)
 */
export const AGENT_MARKERS = ['do'];

/** Words that open a source (`Theo …, X đạt …`): a source is never what is measured nor its owner. */
export const SOURCE_OPENERS = [
  'theo', 'theo thống kê', 'theo số liệu', 'theo báo cáo', 'căn cứ', 'dựa trên', 'số liệu từ', 'theo số liệu từ',
  'thống kê của', 'báo cáo của', 'theo thống kê sơ bộ', 'cũng theo', 'qua khảo sát', 'theo kết quả',
  'theo đánh giá', 'theo nhận định', 'theo thông báo', 'theo công bố', 'theo dự báo', 'theo ước tính',
  'theo tính toán',
];

/** Determiners before a noun: they open a noun phrase. */
export const DETERMINERS = [
  'các', 'những', 'mỗi', 'mọi', 'từng', 'toàn bộ', 'tất cả', 'một số', 'nhiều', 'cả', 'toàn', 'một', 'vài', 'hầu hết',
  'phần lớn', 'đa số', 'số ít', 'hàng', 'hàng loạt', 'một vài', 'mấy',
];

/** Determiners of each one of many (`hàng năm`, `mỗi ngày`): never of one dated period, so `bán hàng quý 4` is goods. */
export const DISTRIBUTIVE_DETERMINERS = ['hàng', 'mỗi', 'mọi', 'từng'];

/** Words that point back (`mức chênh lệch này`, `dự án trên`): they end a noun phrase. */
export const ANAPHORS = ['này', 'đó', 'nói trên', 'kể trên', 'ấy', 'đây', 'đấy', 'trên', 'nêu trên', 'nọ'];
/** Demonstratives that follow a common noun (`điều này`, `việc đó`), never a person's name. */
export const DEMONSTRATIVES = ['này', 'đó', 'ấy', 'đấy', 'kia', 'nọ'];

/** Personal pronouns and titles used as pronouns: an actor, never what is measured. */
export const PRONOUNS = [
  'ông', 'bà', 'anh', 'chị', 'họ', 'chúng ta', 'ta', 'chúng tôi', 'tôi', 'em', 'mình', 'nó', 'ông ấy', 'bà ấy',
  'người này', 'vị này',
  // `chúng` (they, of wrongdoers): `Hợp chúng quốc`, `quần chúng` are words of their own.
  'chúng', 'chúng nó', 'bọn chúng', 'bọn họ', 'hắn',
  // (Question words the dictionary lacks; not `ai` (who), which opens `Ai Cập`.)
  'gì', 'nào', 'bao nhiêu',
];

/** Words of time without digits: a period word, never a name (dates with digits come from the date reader). */
export const TIME_WORDS = [
  'hiện nay', 'hiện tại', 'năm nay', 'năm ngoái', 'năm trước', 'năm qua', 'tháng này', 'tháng qua', 'đến nay', 'từ đầu năm',
  'đầu năm', 'cuối năm', 'giữa năm', 'cùng kỳ', 'cùng kỳ năm trước', 'cùng kỳ năm ngoái', 'hằng năm', 'hàng năm',
  // (Recurring times: `thứ 3, 5 hàng tuần` counts nothing.)
  'hàng tuần', 'hằng tuần', 'hàng ngày', 'hằng ngày', 'hàng tháng', 'hằng tháng', 'hàng quý', 'hằng quý', 'mỗi tuần', 'mỗi tháng', 'mỗi ngày',
  'mỗi năm', 'trong năm', 'thời gian qua', 'thời gian tới', 'sắp tới', 'vừa qua', 'tới đây', 'lúc này', 'hiện giờ',
  'bây giờ', 'trước đây', 'từ nay', 'cả năm', 'năm tới', 'sáng nay', 'chiều nay', 'hôm nay', 'hôm qua', 'tuần qua',
  'tuần này', 'quý này', 'thời điểm này', 'thời điểm hiện tại', 'nay', 'lâu nay', 'gần đây', 'những năm gần đây',
  'trong thời gian qua', 'trong thời gian tới', 'từ đầu năm đến nay', 'tới nay', 'đến hiện nay', 'vừa rồi',
  'tại thời điểm', 'vào thời điểm', 'đến thời điểm', 'tính đến thời điểm',
  // `sau đó` (then), also an opener of a clause: inside one it only places it (`Giá cổ phiếu DC1
  // sau đó giảm còn …`). (Not `trước đó`, `khi đó`: after a noun they qualify it, `phiên trước
  // đó`, or stand between an owner and its verb, `DC1 khi đó lỗ`.)
  'sau đó',
];

/**
 * Heads of a measured noun phrase (`tỷ lệ`, `số`, `tổng`, `mức`): read backwards from a
 * figure, a name may open with one even inside a longer clause.
 */
export const MEASURE_HEADS = [
  'tỷ lệ', 'tỉ lệ', 'số', 'số lượng', 'tổng', 'tổng số', 'tổng số tiền', 'số tiền', 'mức', 'giá', 'giá trị', 'doanh thu',
  'lượng', 'kim ngạch', 'tốc độ', 'chỉ số', 'tỷ trọng', 'tỉ trọng', 'quy mô', 'diện tích', 'sản lượng', 'lợi nhuận',
  'nguồn vốn', 'vốn', 'kinh phí', 'chi phí', 'tiền', 'dân số', 'mật độ', 'năng suất', 'thu nhập', 'lãi suất', 'thuế suất', 'tổng mức',
  'mức phạt', 'tổng giá trị', 'tổng trị giá', 'tổng vốn', 'tổng thu', 'tổng chi', 'dư nợ', 'nợ', 'số dư', 'tỷ giá', 'tỉ giá',
  'thị phần', 'công suất', 'chiều dài', 'chiều cao', 'trọng lượng', 'khối lượng', 'dung lượng', 'thời gian', 'độ dài',
  // Charges, pay and sales: `Cước taxi ra sân bay khoảng …` (not `sân bay`), `doanh số bán đạt
  // 1.200 chiếc` (not `chiếc`). (`thuế` and `ngân sách` are not here: they modify other nouns as
  // often as they head them, `cán bộ thuế`, `thu ngân sách`.)
  'cước', 'cước phí', 'phí', 'lệ phí', 'học phí', 'viện phí', 'lương', 'tiền lương', 'doanh số',
  // Physical measures: `làm mát ở nhiệt độ 24 độ C`, `chìm ở độ sâu 1 mét`, `màn hình kích thước 8,3 inch`.
  // (Not `khoảng cách`, a gap as often as a distance: `khoảng cách lớn về đẳng cấp`.)
  'nhiệt độ', 'độ sâu', 'độ cao', 'chiều rộng', 'chiều sâu', 'kích thước', 'kích cỡ', 'cân nặng', 'dung tích',
  'độ dày', 'bán kính', 'đường kính', 'độ phân giải', 'tầm bắn', 'quãng đường', 'lượng mưa',
  // Reserves and capacity: `có sức chứa 40.000 chỗ ngồi` (not `chỗ ngồi`). (Not `nhu cầu`, demand,
  // which heads a verb's clause as often: `có nhu cầu tuyển 25.000 lao động` counts workers.)
  'trữ lượng', 'sức chứa',
];

/**
 * Auxiliaries that, before a figure (qualifiers between), are the preposition `with`: `chìm cùng
 * gần 2.500 thủy thủ`, `bị bắt cùng 3 đồng phạm` (before a verb they stay auxiliaries: `cùng tham gia`).
 */
export const COMPANION_AUXILIARIES = ['cùng'];

/** Adverbs of the usual level before a figure (`nhiệt độ thấp nhất phổ biến 13-16 độ C`, commonly): words of degree, no part of a name. */
export const USUAL_LEVEL_ADVERBS = ['phổ biến'];

/**
 * Phrases of extent before a figure, read as their two words (`vùng núi có nơi dưới 10 độ C`,
 * in places; `nhiều nơi`, in many places): like a word of degree they grade the figure, and
 * `nơi` names nothing measured.
 * Elsewhere they keep their sense (`hộ chưa có nơi ở`).
 */
export const EXTENT_PHRASES: Array<[string, string]> = [['có', 'nơi'], ['có', 'lúc'], ['nhiều', 'nơi'], ['vài', 'nơi'], ['một số', 'nơi']];

/** Direction words that complete a verb of giving or getting before its amount (`bỏ ra`, `thu về`, `mua vào`). */
export const DIRECTIONAL_COMPLEMENTS = ['ra', 'về', 'vào'];

/**
 * Direction words that, right after a verb the dictionary knows first as one, make it a predicate
 * (`hội nghị 11 diễn ra …`, `nhánh 1 rẽ vào …`): a number before them counts nothing. Not `về`,
 * which after a verbal noun means `about` (`15 báo cáo về …`, `36 thỏa thuận về …`).
 */
export const DIRECTIONS_AFTER_VERBS = ['ra', 'vào'];

/** Verbs of a budget's revenue and spending: before a noun they take it as their object (`thu ngân sách`). */
export const BUDGET_VERBS = ['thu', 'chi'];

/** Verbs of giving or getting money or goods, which a direction word completes (`chi ra`, `mang về`, `thải ra`). */
export const TRANSFER_VERBS = [
  'thu', 'mang', 'đem', 'kiếm', 'nhận', 'lấy', 'chi', 'bỏ', 'đưa', 'trả', 'bán', 'xuất', 'nhập', 'tung', 'rút', 'tiêu',
  'chuyển', 'gửi', 'rót', 'đổ', 'thải', 'mua', 'góp',
];

/** Verbs of holding or taking a share (`sở hữu 30% cổ phần`, `giành 41% phiếu bầu`): the share is the holder's, whoever owns the whole. */
export const HOLDING_VERBS = ['sở hữu', 'nắm', 'nắm giữ', 'giữ', 'chiếm giữ', 'giành', 'giành được', 'mua', 'mua lại', 'thâu tóm', 'kiểm soát', 'thu hút'];

/** Words of an amount added, which may stand between such a verb and its amount (`bỏ ra thêm 950 USD`). */
export const AMOUNT_ADDING_WORDS = ['thêm'];

/** Words after which a figure gives the value of the measure its clause names (`đạt khá cao với 97,6%`). */
export const VALUE_ADJUNCTS = ['với'];

/**
 * Openers after which a clause's subject may be items joined by `và`, `hoặc` or commas, the
 * figure theirs together (`trong đó vay ODA, vay ưu đãi chiếm 94%`, `ví dụ như chụp X, chụp Y
 * tăng …`). Not the subordinators (`khi`, `sau khi`, `nếu`): the comma after their clause ends it.
 */
export const COORDINATION_LEADS = ['trong đó', 'trong số đó', 'ví dụ', 'ví dụ như', 'chẳng hạn', 'chẳng hạn như', 'điển hình là', 'điển hình như', 'cụ thể', 'ngoài ra', 'đồng thời', 'bên cạnh đó', 'còn'];

/** Adverbs that follow their verb (`thành lập mới`, `làm lại`, `tăng thêm`, `sử dụng hết`). */
export const POST_VERBAL_ADVERBS = ['mới', 'lại', 'thêm', 'nữa', 'rồi', 'xong', 'hết'];

/**
 * Adverbs that close the phrase they follow and are never part of a name: `thêm 300 hộ nữa`
 * (more), `mua BHYT ngay` (at once). The dictionary lacks `nữa` and reads `ngay` as an adjective.
 */
export const CLOSING_ADVERBS = ['nữa', 'ngay', 'ngay lập tức', 'lập tức'];

/** Nouns of the weather that, after a place's name, open its predicate (`Bắc Bộ trời rét đậm`, `Hà Nội nắng nóng`). */
export const WEATHER_NOUNS = ['trời', 'thời tiết', 'nắng', 'nắng nóng', 'mưa'];

/** Verbs that say what there is (`có`, `còn`): a figure right after one opens its clause as what there is. */
export const EXISTENTIAL_WORDS = ['có', 'có tới', 'có đến', 'có khoảng', 'còn', 'hiện còn'];

/** Verbs of change that say no direction (`thay đổi từ 44% lên 60%`): before `từ` and a figure, they link the measure to its levels. */
export const UNDIRECTED_CHANGES = ['thay đổi', 'biến động', 'biến đổi'];

/**
 * Nouns of a target (`mục tiêu tăng trưởng 6,7%`): before a figure they frame it, and what the
 * target is of is measured. Only those the qualifier reader reads as a target (TARGET_WORDS),
 * so the record still says it: `kế hoạch` and `chỉ tiêu` alone are also plans and quotas.
 */
export const TARGET_HEADS = ['mục tiêu'];

/** Verbs that reach or pass a target (`vượt mục tiêu chính thức 16%`): what does so is the measure the target is of. */
export const TARGET_VERBS = ['vượt', 'vượt qua', 'đạt', 'đạt được', 'hoàn thành', 'không đạt'];

/** Auxiliaries of the passive (`giá được Petrolimex điều chỉnh`): the agent follows them, what is acted on stands before. */
export const PASSIVE_AUXILIARIES = ['được', 'bị', 'đã được', 'đã bị', 'sẽ được', 'đang được', 'vừa được'];
