import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { AuditAction, type AuditEntryInput } from './audit-entry';
import { AuditRecorder } from './audit-recorder';
import type { AuditWriter } from './audit-writer';

const actor = { subject: 'sub-1', username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' };
const read = (category: DataCategory, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  actor,
  correlationId: 'corr-1234',
  personId: '8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a',
  categories: [category],
  action: AuditAction.READ,
  basis: LegalBasis.LEGAL_MANDATE,
  decision: AccessDecision.ALLOWED,
  ...overrides,
});

function recorderWithWriter(appendNow: jest.Mock = jest.fn().mockResolvedValue([])) {
  return { recorder: new AuditRecorder({ appendNow } as unknown as AuditWriter), appendNow };
}

describe('AuditRecorder', () => {
  it('writes one entry per person and decision for a request, with every category read, in one call', async () => {
    const { recorder, appendNow } = recorderWithWriter();
    const request = {};
    recorder.open(request);
    await recorder.record(request, read(DataCategory.SUMMARY));
    await recorder.record(request, read(DataCategory.IDENTITY));
    await recorder.record(request, read(DataCategory.SUMMARY));
    await recorder.record(request, read(DataCategory.HEALTH, { basis: null, decision: AccessDecision.DENIED, reason: 'CONSENT_REQUIRED' }));
    expect(appendNow).not.toHaveBeenCalled();
    expect(await recorder.flush(request)).toBe(2);
    expect(appendNow).toHaveBeenCalledTimes(1);
    const [entries] = appendNow.mock.calls[0] as [AuditEntryInput[]];
    expect(entries.map((entry) => [entry.decision, entry.categories])).toEqual([
      ['ALLOWED', ['SUMMARY', 'IDENTITY']],
      ['DENIED', ['HEALTH']],
    ]);
    expect(entries.every((entry) => entry.at instanceof Date)).toBe(true);
  });

  it('keeps requests apart', async () => {
    const { recorder, appendNow } = recorderWithWriter();
    const first = {};
    const second = {};
    recorder.open(first);
    recorder.open(second);
    await recorder.record(first, read(DataCategory.SUMMARY));
    await recorder.flush(second);
    expect(appendNow).not.toHaveBeenCalled();
    await recorder.flush(first);
    expect(appendNow).toHaveBeenCalledTimes(1);
  });

  it('writes at once, and only then returns, outside a request the flush plugin opened', async () => {
    let release: () => void = () => undefined;
    const appendNow = jest.fn().mockReturnValue(new Promise<void>((resolve) => (release = resolve)));
    const { recorder } = recorderWithWriter(appendNow);
    let settled = false;
    const recording = recorder.record({}, read(DataCategory.IDENTITY)).then(() => (settled = true));
    await Promise.resolve();
    expect(appendNow).toHaveBeenCalledWith([read(DataCategory.IDENTITY)]);
    expect(settled).toBe(false);
    release();
    await recording;
    expect(settled).toBe(true);
  });

  it('writes at once what a request records after its flush', async () => {
    const { recorder, appendNow } = recorderWithWriter();
    const request = {};
    recorder.open(request);
    await recorder.flush(request);
    await recorder.record(request, read(DataCategory.IDENTITY));
    expect(appendNow).toHaveBeenCalledWith([read(DataCategory.IDENTITY)]);
    expect(await recorder.flush(request)).toBe(0);
  });

  it('lets a failed write reach the flush caller', async () => {
    const { recorder } = recorderWithWriter(jest.fn().mockRejectedValue(new Error('connection lost')));
    const request = {};
    recorder.open(request);
    await recorder.record(request, read(DataCategory.IDENTITY));
    await expect(recorder.flush(request)).rejects.toThrow('connection lost');
  });
});
