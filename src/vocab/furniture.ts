// Page furniture of Vietnamese news sites, as data. Lines matching these are not
// article text: they never yield records. Extend the tables, not the code.

/** Headings that open a related-news / recommendation block. */
export const RELATED_HEADINGS = [
  'tin liên quan',
  'đọc nhiều',
  'đọc thêm',
  'tin mới nhất',
  'tin mới',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'tin khác',
  'tin cùng chuyên mục',
  'tin cùng chủ đề',
  'bài viết liên quan',
  'bài liên quan',
  'các tin khác',
  'các tin đã đưa',
  'tin đã đưa',
  'xem thêm',
  'tin nổi bật',
  'tin đọc nhiều',
  'tin tức liên quan',
  'chủ đề liên quan',
  'tin bài liên quan',
  'bài đọc nhiều',
];

/** Whole lines that are widgets, labels or comment-form chrome. */
export const FURNITURE_LINES: RegExp[] = [
  /^chú thích ảnh:?$/i,
  /^ảnh minh họa\.?$/i,
  /^\d[\d.]* người đang (online|trực tuyến)$/i,
  /^\d+ bình luận$/i,
  /^(gửi )?bình luận( của bạn)?:?$/i,
  /^trả lời$/i,
  /^ý kiến (của bạn|bạn đọc)/i,
  /^vui lòng (gõ|nhập)/i,
  /^chia sẻ( thông tin.*| bài viết.*| lên.*)?$/i,
  /^(in bài|lưu bài|gửi bài|bản in|quay lại|về đầu trang|lên đầu trang)$/i,
  /^tắt \[x\]$/i,
  /^(thời tiết|địa phương|chuyên mục|từ khóa|tags?):?$/i,
  /^xem thêm\b.{0,60}$/i,
  /^(?:mời|kính mời) (?:quý )?(?:độc giả|bạn đọc|các bạn|quý vị)(?: cùng)? (?:xem|theo dõi|đón xem|đón đọc|đọc)\b.{0,80}$/i,
  /^(facebook|twitter|zalo|email|print)$/i,
  /^\d{1,3}\s?%$/, // the zoom widget under a date line ("100%")
  /^[°•·|›»>\-–—*#]+$/,
  /^(liên kết nguồn tin|nguồn tin|link gốc|nguồn bài viết):\s*\S+$/i,
  /^(từ khóa|tags?):/i,
  /^(copyright|©|bản quyền)/i,
];

/** Placeholders left by comment templates, removed wherever they sit in a line. */
export const TEMPLATE_TOKENS = /\{(name|time|body|date|avatar|content|email)\}(\s*-\s*\{(name|time|body|date)\})?/gi;

/** Inline images: markdown or pseudo-HTML with data: URIs, and bare data URIs. */
export const INLINE_IMAGES: RegExp[] = [
  /<image>[^<]{0,200000}<\/image>/gi,
  /!\[[^\]\n]{0,500}\]\((?:data:|https?:)[^)\s]{0,200000}\)/gi,
  /data:image\/[a-z+]{1,12};base64,[A-Za-z0-9+/=]{0,200000}/gi,
];

/** An outlet prefix opening the lead: "(Baothanhhoa.vn) - ", "(TTXVN) – ". */
/** Outlets that open a lead with their name in brackets (`(Dân trí) - …`) and have no dot or capitals to tell them by. */
export const OUTLET_NAMES = new Set([
  'Dân trí', 'Dân Trí', 'Dân Việt', 'Tuổi Trẻ', 'Thanh Niên', 'Lao Động', 'Người Lao Động', 'Tiền Phong', 'Nhân Dân',
  'Công Thương', 'Đầu tư', 'Pháp luật', 'Kinh tế & Đô thị', 'Hà Nội mới', 'Quân đội nhân dân', 'Công an nhân dân',
  'Giáo dục thời đại', 'Sức khỏe & Đời sống', 'Xây dựng', 'Tài chính', 'Chính phủ', 'Đại biểu Nhân dân',
]);

export const OUTLET_PREFIX = /^\(([\p{L}\d][\p{L}\d.\-&' ]{1,40})\)\s*[-–—]\s*/u;

/** Byline forms, whole line. Group 1 is the byline as the page states it. */
export const BYLINE_LINES: RegExp[] = [
  /^(?:tin(?:, | và )ảnh|bài(?:, | và )ảnh|tin|bài|ảnh|nhóm pv|pv|ctv|theo)\s*:\s*(.{2,80})$/iu,
  /^theo\s+(\p{Lu}[\p{L}.\s]{1,60}(?:\([^)]{1,30}\))?)$/u,
];

/** Words that open a photo's or a source's credit inside running text (`… cuối năm 2016. Ảnh: Cao Cường Kế hoạch của TP …`): text/segment.ts ends the credit where the next sentence starts. */
export const CREDIT_OPENERS = ['Ảnh', 'ẢNH', 'Nguồn', 'Đồ họa', 'Đồ hoạ'];

/**
 * Words that open a paragraph, capitalised, and never go on a sentence: where one follows a
 * lower-case word with no mark between, a heading with no stop has run into its paragraph
 * (`… Gỡ rào cản cứng nhắc Theo một số chuyên gia, …`, `… quận Tân Bình Trong khi đó, …`).
 * (Not `Ngày`, `Sáng`, `Chiều`: names and names of days use them.)
 */
export const RUN_IN_OPENERS = [
  'Theo', 'Trong', 'Tuy nhiên', 'Về', 'Ngoài ra', 'Bên cạnh đó', 'Trước đó', 'Sau đó', 'Hiện nay', 'Cụ thể',
  'Đặc biệt', 'Mặt khác', 'Được biết', 'Mới đây', 'Điều này', 'Tại', 'Với', 'Khi', 'Đây là', 'Như vậy',
];

/** Glyphs that open an item of a list run into one paragraph (`… thư giãn. • Cầu thang …`, `quận 8 • Cầu Nhị Thiên Đường …`): each item is a sentence of its own. */
export const LIST_BULLETS = ['•', '★', '●', '■', '◆', '▪', '►', '▶', '♦', '❖'];
