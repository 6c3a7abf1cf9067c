import { redisUrlHasPassword } from './service-kit.module';

describe('redisUrlHasPassword', () => {
  it.each([
    ['redis://:secret@redis:6379', true],
    ['redis://identification:secret@redis:6379/0', true],
    ['redis://127.0.0.1:6379', false],
    ['redis://identification@127.0.0.1:6379', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(redisUrlHasPassword(url)).toBe(expected);
  });
});
