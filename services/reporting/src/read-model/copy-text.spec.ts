import { copyChunks, copyField, copyLine } from './copy-text';

describe('COPY text format', () => {
  it('writes NULL as \\N and booleans as t and f', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
  });

  it('escapes what would end a field or a row, and a backslash, so a string \\N stays a string', () => {
    expect(copyField('plain')).toBe('plain');
    expect(copyField('')).toBe('');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('\\.')).toBe('\\\\.');
  });

  it('writes arrays as literals with every element quoted (`"` and `\\` escaped), then escaped again for COPY', () => {
    expect(copyField([])).toBe('{}');
    expect(copyField(['A', 'B'])).toBe('{"A","B"}');
    expect(copyField(['a"b', 'c,d', 'NULL', '', '{x}'])).toBe('{"a\\\\"b","c,d","NULL","","{x}"}');
    // The array literal's backslash before `"` and the element's own backslash are both doubled for COPY.
    expect(copyField(['e\\f', 'g"h', 'i\tj'])).toBe('{"e\\\\\\\\f","g\\\\"h","i\\tj"}');
  });

  it('gives a row its columns in order, tab-separated, and ends it', () => {
    expect(copyLine({ a: 'x', b: null, c: ['y'], d: true }, ['d', 'a', 'b', 'c'])).toBe('t\tx\t\\N\t{"y"}\n');
  });

  it('gathers rows into chunks of whole lines, rows giving none or several', () => {
    const rows = Array.from({ length: 2500 }, (_, index) => index);
    const chunks = [...copyChunks(rows, (row) => (row % 2 === 0 ? [`${row}\n`, `${row}\n`] : []))];
    expect(chunks).toHaveLength(3);
    expect(chunks.every((chunk) => chunk.endsWith('\n'))).toBe(true);
    expect(chunks.join('').split('\n').filter(Boolean)).toHaveLength(2500);
    expect([...copyChunks([], () => ['x\n'])]).toEqual([]);
  });
});
