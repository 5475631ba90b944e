// Examples of the number rules: the literal as written and the value it must give
// (null: not a number in the Vietnamese convention). Run by tests/corpus.test.ts.

export const NUMBER_LITERAL_EXAMPLES: Array<[string, number | null]> = [
  ['0', 0],
  ['7', 7],
  ['2019', 2019],
  ['1840', 1840],
  ['15.658', 15658],
  ['2.230.000', 2230000],
  ['1.234.567.890', 1234567890],
  ['128.500', 128500],
  ['1.100', 1100],
  ['8.000', 8000],
  ['2,2', 2.2],
  ['0,4843', 0.4843],
  ['80,98', 80.98],
  ['79,9', 79.9],
  ['10,74', 10.74],
  ['1.234,5', 1234.5],
  ['2.890.000,25', 2890000.25],
  ['1,234,567', 1234567], // two comma groups: only the international style reads so
  ['12,345,678', 12345678],
  ['1,234.5', 1234.5],
  ['1,234', 1.234], // one comma: the Vietnamese decimal mark
  ['9.8', 9.8], // not three digits after the dot: a decimal (dates are masked before)
  ['4.0', 4.0],
  ['3.14159', 3.14159],
  ['1.1.1.1', null],
  ['0,0,0', null],
  ['12.34.56', null],
  ['1.2345', 1.2345],
  ['007', 7],
  ['100', 100],
  ['99,99', 99.99],
  ['1.000.000.000.000', 1e12],
];

export const SPELLED_NUMBER_EXAMPLES: Array<[string, number | null]> = [
  ['một', 1],
  ['hai', 2],
  ['năm', 5],
  ['mười', 10],
  ['mười lăm', 15],
  ['mười một', 11],
  ['hai mươi', 20],
  ['hai mươi lăm', 25],
  ['ba mươi mốt', 31],
  ['bốn mươi tư', 44],
  ['chín mươi chín', 99],
  ['một trăm', 100],
  ['một trăm linh năm', 105],
  ['hai trăm lẻ một', 201],
  ['ba trăm hai mươi', 320],
  ['năm trăm năm mươi lăm', 555],
  ['lăm', null], // `lăm` alone is not five
  ['mốt', null],
  ['mươi', null],
  ['trăm', null],
  ['linh năm', null],
  ['hai ba', null],
];
