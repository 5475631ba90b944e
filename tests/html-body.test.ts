// Inside an article's body: what is the article's and what links elsewhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../src/text/clean.js';
import { htmlToText, loadHtmlParser } from '../src/text/html.js';

beforeAll(async () => {
  await loadHtmlParser();
});

const page = (body: string) =>
  `<html><head><meta charset="utf-8"><title>Giá vàng vượt 80 triệu đồng</title></head><body><h1>Giá vàng vượt 80 triệu đồng mỗi lượng</h1><article>${body}</article></body></html>`;
const P1 = '<p>Lúc 9h, Công ty Vàng bạc Đá quý Sài Gòn niêm yết giá vàng miếng ở mức 79,5 - 81,5 triệu đồng mỗi lượng (mua - bán).</p>';
const P2 = '<p>Trên thị trường thế giới, giá vàng giao ngay tăng 18 USD, lên 2.390 USD một ounce, mức cao nhất lịch sử.</p>';

describe('links to other articles inside a body', () => {
  it('a paragraph that is a link and a cue (`>> Xem thêm:`, `>>`) is dropped', () => {
    const got = htmlToText(page(`${P1}<p><strong>>> Xem thêm: </strong><a href="/a.html">Giá vàng hôm nay 11/4: tăng mạnh theo thế giới, người dân xếp hàng từ sớm</a></p>${P2}<p>>> <a href="/b.html">Vì sao giá vàng trong nước cao hơn thế giới 13 triệu đồng?</a></p>`));
    expect(got.text).not.toMatch(/11\/4|13 triệu/);
    expect(got.text).toContain('2.390 USD');
  });

  it('a sentence with a link inside it stays', () => {
    const got = htmlToText(page(`${P1}<p>Theo <a href="/sjc">Công ty Vàng bạc Đá quý Sài Gòn</a>, lượng khách mua vàng nhẫn tăng gấp đôi so với tuần trước.</p>${P2}`));
    expect(got.text).toContain('lượng khách mua vàng nhẫn tăng gấp đôi');
  });

  it('an invitation to watch a video is no article text', () => {
    // (Dropped by the text cleaner, which pasted text goes through too.)
    const got = htmlToText(page(`${P1}<p><em>Mời độc giả xem video: Giá vàng lập đỉnh mới</em></p>${P2}`));
    const cleaned = cleanText(got.text, got.meta).text;
    expect(cleaned).not.toContain('Mời độc giả');
    expect(cleaned).toContain('2.390 USD');
  });
});
