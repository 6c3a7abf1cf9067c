import { DocumentLanguage } from '../subject-access.enums';
import { renderSubjectAccessExport } from './subject-access-rendering';
import { RENDERING_LABELS } from './subject-access.labels';

const HEADER = { requestReference: 'SAR-2026-0012', personReference: 'NRM-2026-000042', generatedAt: new Date('2026-12-01T10:00:00Z') };

const PARTS = [
  {
    service: 'identification',
    data: {
      person: { id: 'p-1', given_name: 'Drita', date_of_birth: '1990-01-02', is_child: false, languages: ['sq', 'en'] },
      erasure: null,
      consentGrants: [],
      initialIdentifications: [{ region: 'TIRANA', interview: { consentToInterview: true, language: 'sq' } }],
    },
  },
  {
    service: 'shelters',
    data: { needsAssessments: [{ area: 'HEALTH', notes: '<script>alert(1)</script> & "more"', suicide_risk: true }] },
  },
];

describe('renderSubjectAccessExport', () => {
  it('labels every part, list and field in Albanian, and says yes and no in Albanian', () => {
    const page = renderSubjectAccessExport(DocumentLanguage.SQ, HEADER, PARTS);
    expect(page).toContain('<html lang="sq">');
    expect(page).toContain('<title>Të dhënat tuaja në Mekanizmin Kombëtar të Referimit (MKR)</title>');
    for (const label of ['Numri i kërkesës', 'Identifikimi', 'Strehëzat dhe qendrat e pritjes', 'Vlerësimet e nevojave', 'Emri', 'Datëlindja', 'Pëlqimi për intervistë', 'Shënime']) {
      expect(page).toContain(label);
    }
    expect(page).toContain('<dt>Fëmijë</dt><dd>Jo</dd>');
    expect(page).toContain('<dt>Rrezik vetëvrasjeje</dt><dd>Po</dd>');
    expect(page).toContain('SAR-2026-0012');
    // No raw column name is shown to the person when a label exists.
    for (const column of ['given_name', 'date_of_birth', 'suicide_risk', 'needsAssessments', 'consentToInterview']) expect(page).not.toContain(column);
  });

  it('labels the same content in English when that is the language of the request', () => {
    const page = renderSubjectAccessExport(DocumentLanguage.EN, HEADER, PARTS);
    expect(page).toContain('<html lang="en">');
    for (const label of ['Your data in the National Referral Mechanism (NRM)', 'Request reference', 'Given name', 'Date of birth', 'Needs assessments', 'No entries']) {
      expect(page).toContain(label);
    }
    expect(page).toContain('<dt>Child</dt><dd>No</dd>');
    expect(page).toContain('Drita');
  });

  it('escapes every value, so free text written by staff never becomes markup', () => {
    const page = renderSubjectAccessExport(DocumentLanguage.EN, HEADER, PARTS);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
  });

  it('has a label for every key in every language', () => {
    const [sq, en] = [RENDERING_LABELS[DocumentLanguage.SQ], RENDERING_LABELS[DocumentLanguage.EN]];
    expect(Object.keys(sq.fields).sort()).toEqual(Object.keys(en.fields).sort());
    expect(Object.keys(sq.sections).sort()).toEqual(Object.keys(en.sections).sort());
    for (const labels of [sq, en]) for (const value of [...Object.values(labels.fields), ...Object.values(labels.sections)]) expect(value.trim()).not.toBe('');
  });
});
