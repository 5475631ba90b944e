// The headline of a saved page: the element whose text is the page's title, an `<h1>` that is
// no logo, or the heading just before the body (portals without `<h1>`).
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToText, loadHtmlParser } from '../src/text/html.js';
import { namesTheTitle } from '../src/text/html-headline.js';

beforeAll(async () => {
  await loadHtmlParser();
});

describe('a heading names the page title', () => {
  it.each([
    ['Giá lúa tăng mạnh', 'Giá lúa tăng mạnh', true],
    ['Giá lúa tăng mạnh', 'Giá lúa tăng mạnh - Báo Cần Thơ điện tử', true],
    ['Giá lúa tăng mạnh', 'Giá lúa tăng mạnh | Kinh tế | Báo Cần Thơ', true],
    ['Giá lúa tăng mạnh', 'Báo Cần Thơ điện tử: Giá lúa tăng mạnh', true],
    ['Giá lúa tăng mạnh ở Đồng Tháp, nông dân lãi lớn', 'Giá lúa tăng mạnh ở Đồng Tháp', true],
    // A site's name inside a longer title, and a section's name, are no headline.
    ['Báo Cần Thơ', 'Giá lúa tăng mạnh ở Đồng Tháp - Báo Cần Thơ', false],
    ['Tin tức - Sự kiện', 'Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Hòa Bình', false],
    ['Giá lúa', 'Giá lúa tăng mạnh ở Đồng Tháp, nông dân lãi lớn', false],
  ] as const)('%s ~ %s: %s', (heading, title, expected) => {
    expect(namesTheTitle(heading, title)).toBe(expected);
  });
});

const page = (head: string, body: string) => `<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const BODY =
  '<p>Theo Sở Tài chính, tổng thu ngân sách trên địa bàn quý I ước đạt 1.250 tỷ đồng, bằng 24,5% dự toán, tăng 8,2% so với cùng kỳ.</p>' +
  '<p>Tổng vốn đầu tư công đã giải ngân đạt 640 tỷ đồng, bằng 18% kế hoạch, cao hơn cùng kỳ năm trước.</p>';

describe('the headline of a page', () => {
  it('a logo in the first <h1> is passed over for the heading that names the title', () => {
    const got = htmlToText(page('<title>Thu ngân sách quý I đạt 1.250 tỷ đồng - Báo Hòa Bình</title>',
      `<div class="logo"><h1><a href="/">Báo Hòa Bình điện tử</a></h1></div><div class="main"><h2 class="title">Thu ngân sách quý I đạt 1.250 tỷ đồng</h2><div class="body">${BODY}</div></div>`));
    expect(got.meta.title).toBe('Thu ngân sách quý I đạt 1.250 tỷ đồng');
    expect(got.text.split('\n')[0]).toBe('Thu ngân sách quý I đạt 1.250 tỷ đồng');
  });

  it('an <h1> of a link home is a logo whatever its class', () => {
    const got = htmlToText(page('<title>Trang tin</title>', `<h1><a href="https://baohoabinh.vn/">Báo Hòa Bình điện tử</a></h1><div><h1>Thu ngân sách quý I đạt 1.250 tỷ đồng</h1>${BODY}</div>`));
    expect(got.meta.title).toBe('Thu ngân sách quý I đạt 1.250 tỷ đồng');
  });

  it('the same headline listed as a link in the page\'s own box of news is no headline: the <h1> is', () => {
    const got = htmlToText(page('<title>Giá vàng hôm nay tăng mạnh</title>',
      `<div class="sidebar"><h3 class="title"><a href="/x">Giá vàng hôm nay tăng mạnh</a></h3></div><h1>Thị trường vàng biến động mạnh trong tuần qua</h1><div class="content">${BODY}</div>`));
    expect(got.meta.title).toBe('Thị trường vàng biến động mạnh trong tuần qua');
    expect(got.text.split('\n')[0]).toBe('Thị trường vàng biến động mạnh trong tuần qua');
  });

  it('a page with no <h1> and a title of the site alone: the heading just before the body', () => {
    const got = htmlToText(page('<title>Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Hòa Bình</title>',
      `<form id="aspnetForm"><div class="menu"><a href="/">Trang chủ</a> <a href="/tt">Tin tức</a></div><div class="news"><div class="tieu-de">Thu ngân sách quý I đạt 1.250 tỷ đồng</div><div class="ngay">12/04/2024</div><div class="noi-dung">${BODY}</div></div></form>`));
    expect(got.meta.title).toBe('Thu ngân sách quý I đạt 1.250 tỷ đồng');
    expect(got.meta.published).toBe('2024-04-12');
    expect(got.text).toContain('Tổng vốn đầu tư công đã giải ngân đạt 640 tỷ đồng');
    expect(got.partial).toBeNull();
  });

  it('a page inside a <form> (form-based portals) is read, its fields are not', () => {
    const got = htmlToText(page('<title>Thu ngân sách quý I</title>', `<form><input value="Tìm kiếm"><select><option>Chọn năm 2023</option></select><div><h1>Thu ngân sách quý I đạt 1.250 tỷ đồng</h1></div><div>${BODY}</div></form>`));
    expect(got.text).toContain('tổng thu ngân sách trên địa bàn quý I ước đạt 1.250 tỷ đồng');
    expect(got.text).not.toContain('Chọn năm');
  });
});

describe('boxes opened by a heading of chrome', () => {
  it('readers\' comments under the article are neither body nor text left out, whatever their class', () => {
    const comments = '<section><h3>Ý kiến bạn đọc (2)</h3>' +
      '<div><b>Lê Minh</b><p>Giá thế giới tăng thì trong nước tăng ngay, giá thế giới giảm thì trong nước giảm rất chậm, lại còn giảm ít, mong điều hành minh bạch hơn.</p></div>' +
      '<div><b>Phạm Hòa</b><p>Chuyển sang xe điện thôi các bác, vừa rẻ, vừa sạch, lại không phải lo chuyện giá xăng lên xuống từng tuần, trạm sạc cũng nhiều rồi.</p></div></section>';
    const got = htmlToText(page('<title>Thu ngân sách</title>', `<main><article><h1>Thu ngân sách quý I đạt 1.250 tỷ đồng</h1><div>${BODY}</div></article>${comments}</main>`));
    expect(got.text).not.toContain('xe điện');
    expect(got.text).toContain('640 tỷ đồng');
    expect(got.partial).toBeNull();
  });

  it('a paragraph that opens with the same words stays: the heading must be a line of its own', () => {
    const got = htmlToText(page('<title>Thu ngân sách</title>', `<h1>Thu ngân sách quý I đạt 1.250 tỷ đồng</h1><div><div>Bình luận về kết quả này, ông A cho rằng nguồn thu còn phụ thuộc nhiều vào đất đai.</div>${BODY}</div>`));
    expect(got.text).toContain('Bình luận về kết quả này');
  });
});
