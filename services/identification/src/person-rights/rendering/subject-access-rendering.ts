import { DocumentLanguage } from '../subject-access.enums';
import { isFieldKey, isSectionKey, RENDERING_LABELS, type RenderingLabels } from './subject-access.labels';

export const RENDERING_MEDIA_TYPE = 'text/html; charset=utf-8';

interface RenderingHeader {
  requestReference: string;
  personReference: string;
  generatedAt: Date;
}

/** The document parts to render, in order: identification's own, then each other service's, under its name. */
interface RenderedPart {
  service: string;
  data: unknown;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value in the page is text: staff free text (notes, reasons) must never become markup. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function fieldLabel(labels: RenderingLabels, key: string): string {
  // An alias record nested in the document names its lists by their section keys.
  if (isFieldKey(key)) return labels.fields[key];
  return isSectionKey(key) ? labels.sections[key] : key.replace(/_/g, ' ');
}

function sectionLabel(labels: RenderingLabels, key: string): string {
  return isSectionKey(key) ? labels.sections[key] : key.replace(/[_-]/g, ' ');
}

function renderValue(labels: RenderingLabels, value: unknown): string {
  if (value === null || value === undefined) return `<span class="none">${escapeHtml(labels.notRecorded)}</span>`;
  if (typeof value === 'boolean') return escapeHtml(value ? labels.yes : labels.no);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return `<span class="none">${escapeHtml(labels.noEntries)}</span>`;
    if (value.every((item) => item === null || typeof item !== 'object')) return value.map((item) => renderValue(labels, item)).join(', ');
    return value.map((item, index) => `<div class="entry"><p class="entry-title">${escapeHtml(labels.entry)} ${index + 1}</p>${renderValue(labels, item)}</div>`).join('');
  }
  if (typeof value === 'object') return renderRecord(labels, value as Record<string, unknown>);
  return escapeHtml(String(value));
}

function renderRecord(labels: RenderingLabels, record: Record<string, unknown>): string {
  const rows = Object.entries(record).map(([key, value]) => `<dt>${escapeHtml(fieldLabel(labels, key))}</dt><dd>${renderValue(labels, value)}</dd>`);
  return `<dl>${rows.join('')}</dl>`;
}

function renderPart(labels: RenderingLabels, part: RenderedPart): string {
  const heading = `<h2 id="${escapeHtml(part.service)}">${escapeHtml(sectionLabel(labels, part.service))}</h2>`;
  if (part.data === null || typeof part.data !== 'object' || Array.isArray(part.data)) return `<section>${heading}${renderValue(labels, part.data)}</section>`;
  const lists = Object.entries(part.data as Record<string, unknown>).map(
    ([key, value]) => `<h3>${escapeHtml(sectionLabel(labels, key))}</h3>${value === null ? `<p class="none">${escapeHtml(labels.noEntries)}</p>` : renderValue(labels, value)}`,
  );
  return `<section>${heading}${lists.join('')}</section>`;
}

/**
 * The person's copy of an export as a self-contained HTML page (prints as it reads; no scripts, no external
 * resources), labelled in the person's language. Every value is escaped. Labels: subject-access.labels.ts.
 */
export function renderSubjectAccessExport(language: DocumentLanguage, header: RenderingHeader, parts: readonly RenderedPart[]): string {
  const labels = RENDERING_LABELS[language];
  const meta = renderRecordWithLabels([
    [labels.requestReference, header.requestReference],
    [labels.personReference, header.personReference],
    [labels.generatedAt, header.generatedAt.toISOString()],
  ]);
  const contents = parts.map((part) => `<li><a href="#${escapeHtml(part.service)}">${escapeHtml(sectionLabel(labels, part.service))}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(labels.title)}</title>`,
    '<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}dt{font-weight:bold}dd{margin:0 0 .4em 1.5em}' +
      '.entry{border-top:1px solid #999;margin:.6em 0;padding-top:.3em}.entry-title{font-style:italic;margin:0}.none{color:#555}</style>',
    '</head><body>',
    `<h1>${escapeHtml(labels.title)}</h1>`,
    `<p>${escapeHtml(labels.intro)}</p>`,
    meta,
    `<h2>${escapeHtml(labels.contents)}</h2><ul>${contents}</ul>`,
    ...parts.map((part) => renderPart(labels, part)),
    `<footer><p>${escapeHtml(labels.footer)}</p></footer>`,
    '</body></html>',
  ].join('\n');
}

function renderRecordWithLabels(rows: ReadonlyArray<readonly [string, string]>): string {
  return `<dl>${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
}
