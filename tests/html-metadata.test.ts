// A saved page's own metadata: when it was published, by which outlet, by whom.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../src/text/clean.js';
import { htmlToText, loadHtmlParser } from '../src/text/html.js';
import { parseVisibleDate } from '../src/text/html-metadata.js';

beforeAll(async () => {
  await loadHtmlParser();
});

describe('a date as pages print it', () => {
  it.each([
    ['- 12/05/2025 09:30', '2025-05-12T09:30:00+07:00'],
    ['Thứ Sáu, 12/4/2024 08:15 (GMT+7)', '2024-04-12T08:15:00+07:00'],
    ['Thứ sáu, 12/04/2024 - 08:15 PM', '2024-04-12T20:15:00+07:00'],
    // A time before the date.
    ['Cập nhật: 08:15 ngày 12/04/2024', '2024-04-12T08:15:00+07:00'],
    // The year first, as a database prints it.
    ['2024-04-12 08:15', '2024-04-12T08:15:00+07:00'],
    ['2024/04/12', '2024-04-12'],
    // The month in words.
    ['Ngày 12 tháng 4 năm 2024', '2024-04-12'],
    ['ngày 12 tháng 04, 2024 - 10:20', '2024-04-12T10:20:00+07:00'],
    // A count before the date is no time.
    ['Lượt xem: 1520 12/04/2024', '2024-04-12'],
    ['Lượt xem: 1520', null],
    ['31/13/2024', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(parseVisibleDate(text)).toBe(expected);
  });
});

const BODY =
  '<p>Theo Sở Tài chính, tổng thu ngân sách trên địa bàn quý I ước đạt 1.250 tỷ đồng, bằng 24,5% dự toán, tăng 8,2% so với cùng kỳ.</p>' +
  '<p>Tổng vốn đầu tư công đã giải ngân đạt 640 tỷ đồng, bằng 18% kế hoạch, cao hơn cùng kỳ năm trước.</p>' +
  '<p style="text-align:right"><b>Minh Hương</b></p>';
const read = (head: string) => {
  const page = htmlToText(`<html><head><title>Thu ngân sách quý I đạt 1.250 tỷ đồng</title>${head}</head><body><h1>Thu ngân sách quý I đạt 1.250 tỷ đồng</h1><div>${BODY}</div></body></html>`);
  return cleanText(page.text, page.meta);
};

describe('the page\'s own statements', () => {
  it('JSON-LD in a @graph, as publishing systems write it: date, author and publisher', () => {
    const got = read('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Tin tức"},' +
      '{"@type":"NewsArticle","headline":"Thu ngân sách quý I","datePublished":"2024-04-12T08:15:00+07:00","author":{"@type":"Person","name":"Lê Minh Hương"},"publisher":{"@type":"Organization","name":"Báo Hòa Bình"}}]}</script>');
    expect(got.published).toBe('2024-04-12T08:15:00+07:00');
    expect(got.byline).toBe('Lê Minh Hương');
    expect(got.outlet).toBe('Báo Hòa Bình');
  });

  it('a date in a meta tag printed as on the page', () => {
    expect(read('<meta property="article:published_time" content="2024/04/12 08:15">').published).toBe('2024-04-12T08:15:00+07:00');
    expect(read('<meta name="pubdate" content="12/04/2024 08:15">').published).toBe('2024-04-12T08:15:00+07:00');
  });

  it('an author that is the outlet (its name, its address, a press body) is no byline: the signature is', () => {
    expect(read('<meta name="author" content="Báo Hòa Bình"><meta property="og:site_name" content="Hòa Bình điện tử">').byline).toBe('Minh Hương');
    expect(read('<meta name="author" content="baohoabinh.com.vn">').byline).toBe('Minh Hương');
    expect(read('<meta name="author" content="Hòa Bình điện tử"><meta property="og:site_name" content="Hòa Bình điện tử">').byline).toBe('Minh Hương');
    expect(read('<meta name="author" content="Lê Minh Hương">').byline).toBe('Lê Minh Hương');
  });
});
