import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token one service gets for its part of an export: derived from the export's own token (which never leaves
 * identification) and the service's name, so each peer holds only its own. A peer cannot claim another service's part
 * with it, nor hand it to another service that would claim its own part. UUID-shaped, as the parts' endpoints take.
 */
export function exportPartToken(exportToken: string, service: string): string {
  const hex = createHmac('sha256', exportToken.toLowerCase()).update(`person-export-part:${service}`).digest('hex');
  // Version 4 and RFC 4122 variant bits, so it reads like every other request id.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Whether `candidate` is the part token of `service` for the export `exportToken`, compared in constant time. */
export function isExportPartToken(candidate: string, exportToken: string, service: string): boolean {
  const expected = Buffer.from(exportPartToken(exportToken, service));
  const given = Buffer.from(candidate.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
