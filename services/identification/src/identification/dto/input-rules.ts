import type { TransformFnParams } from 'class-transformer';
import { isISO31661Alpha2, ValidateBy, type ValidationOptions } from 'class-validator';

/** The shape of a region code once upper-cased; whether it is configured is the service's check. */
export const REGION_CODE = /^[A-Z_]{2,40}$/;

/** Codes are taken in any case and stored upper-case (`tirana` → `TIRANA`, `['al']` → `['AL']`). */
export function toUpperCase({ value }: TransformFnParams): unknown {
  if (typeof value === 'string') return value.toUpperCase();
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'string' ? item.toUpperCase() : item));
  return value;
}

/** Country codes in common use that ISO 3166-1 does not assign: XK, Kosovo's (docs/domain.md, citizenship). */
const COUNTRY_CODES_BEYOND_ISO: ReadonlySet<string> = new Set(['XK']);

/** An ISO 3166-1 alpha-2 country code in upper case, or one of COUNTRY_CODES_BEYOND_ISO. */
export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && (isISO31661Alpha2(value) || COUNTRY_CODES_BEYOND_ISO.has(value));
}

export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCountryCode', validator: { validate: isCountryCode } }, options);
}
