import { correlationIdOf, wellFormedCorrelationId } from './correlation';

describe('correlationIdOf', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it("keeps a caller's UUID and a W3C trace id as sent", () => {
    expect(correlationIdOf('0b5a3c7e-9f1d-4c2b-8a6e-3d4f5a6b7c8d')).toBe('0b5a3c7e-9f1d-4c2b-8a6e-3d4f5a6b7c8d');
    expect(correlationIdOf(['4BF92F3577B34DA6A3CE929D0E0E4736'])).toBe('4BF92F3577B34DA6A3CE929D0E0E4736');
  });

  it.each([
    ['a name in a safe-looking token', 'Arta-Hoxha-1998-03-02'],
    ['a short token', 'corr-1234'],
    ['spaces and punctuation', 'Jane Doe, Tirana'],
    ['a UUID with something appended', '0b5a3c7e-9f1d-4c2b-8a6e-3d4f5a6b7c8d-Arta'],
    ['an empty header', ''],
  ])('replaces %s with a new UUID', (_case, header) => {
    expect(wellFormedCorrelationId(header)).toBeUndefined();
    const replaced = correlationIdOf(header);
    expect(replaced).toMatch(UUID);
    expect(replaced).not.toBe(header);
  });

  it('makes one when there is no header', () => {
    expect(correlationIdOf(undefined)).toMatch(UUID);
  });
});
