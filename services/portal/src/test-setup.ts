import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom has no CSS.escape, which React Aria's Modal and popovers call when they open.
if (typeof globalThis.CSS === 'undefined' || !globalThis.CSS.escape) {
  Object.assign(globalThis, { CSS: { ...(globalThis as { CSS?: object }).CSS, escape: (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`) } });
}
