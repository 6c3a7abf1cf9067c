import { RequestMemo } from './request-memo';

describe('RequestMemo', () => {
  it('computes a value once per request and key', () => {
    const memo = new RequestMemo<number>();
    const request = {};
    let computed = 0;
    const compute = () => ++computed;
    expect(memo.get(request, 'facts:p1', compute)).toBe(1);
    expect(memo.get(request, 'facts:p1', compute)).toBe(1);
    expect(memo.get(request, 'facts:p2', compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it('never serves one request what was computed for another', () => {
    const memo = new RequestMemo<string>();
    const first = {};
    const second = {};
    expect(memo.get(first, 'facts', () => 'for the first caller')).toBe('for the first caller');
    expect(memo.get(second, 'facts', () => 'for the second caller')).toBe('for the second caller');
    expect(memo.get(first, 'facts', () => 'recomputed')).toBe('for the first caller');
  });

  it('keeps falsy values rather than computing them again', () => {
    const memo = new RequestMemo<number | string | boolean>();
    const request = {};
    let computed = 0;
    for (const value of [0, '', false]) {
      expect(memo.get(request, String(value), () => (computed++, value))).toBe(value);
      expect(memo.get(request, String(value), () => (computed++, 'recomputed'))).toBe(value);
    }
    expect(computed).toBe(3);
  });

  it('lets concurrent resolvers of one request share one promise', async () => {
    const memo = new RequestMemo<Promise<string>>();
    const request = {};
    let started = 0;
    const load = async () => {
      started += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return 'facts';
    };
    const [a, b] = await Promise.all([memo.get(request, 'facts', load), memo.get(request, 'facts', load)]);
    expect([a, b]).toEqual(['facts', 'facts']);
    expect(started).toBe(1);
  });
});
