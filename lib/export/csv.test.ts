import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  const columns = [{ name: 'region' }, { name: 'amount' }, { name: 'note' }];

  it('starts with the UTF-8 BOM so Excel shows Korean, and ends every line with CRLF', () => {
    const csv = toCsv(columns, [{ region: '서울', amount: 15000, note: null }]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('region,amount,note\r\n서울,15000,\r\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and only those', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('plain 텍스트')).toBe('plain 텍스트');
  });

  it('writes numbers without grouping, booleans as words, objects as JSON', () => {
    const csv = toCsv([{ name: 'n' }, { name: 'b' }, { name: 'o' }], [{ n: 1234567.5, b: true, o: { a: [1, 2] } }]);
    expect(csv.split('\r\n')[1]).toBe('1234567.5,true,"{""a"":[1,2]}"');
  });

  it('a table without rows is just its header', () => {
    expect(toCsv(columns, [])).toBe(`${UTF8_BOM}region,amount,note\r\n`);
  });
});
