import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to; the portal's Content-Security-Policy has no
// 'unsafe-eval', so even zod's probe for it is a reported violation. The forms' schemas are small: interpret them.
// Every schema imports z from here, so this runs before any schema is built (zod decides when a schema is made).
z.config({ jitless: true });

export { z };
