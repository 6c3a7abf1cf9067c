import { describe, expect, it } from 'vitest';
import { returnPathOf } from './auth';

describe('the page shown after sign-in', () => {
  it('is the portal page where sign-in began', () => {
    expect(returnPathOf({ returnTo: '/cases/123?tab=plan' })).toBe('/cases/123?tab=plan');
  });

  it('is home for anything that is not a path of the portal (no open redirect)', () => {
    for (const state of [undefined, null, {}, { returnTo: 42 }, { returnTo: 'https://evil.example/' }, { returnTo: '//evil.example/x' }, { returnTo: '/\\evil.example' }, { returnTo: 'cases' }]) {
      expect(returnPathOf(state)).toBe('/');
    }
  });
});
