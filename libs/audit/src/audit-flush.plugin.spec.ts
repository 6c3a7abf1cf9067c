import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { AuditFlushPlugin } from './audit-flush.plugin';
import type { AuditRecorder } from './audit-recorder';

type Context = GraphQLRequestContextWillSendResponse<{ req?: object }>;

function responseContext(): Context {
  return {
    response: { http: { status: undefined }, body: { kind: 'single', singleResult: { data: { person: { identity: { givenName: 'Arta' } } } } } },
  } as unknown as Context;
}

describe('AuditFlushPlugin', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('writes the request batch before the response is sent', async () => {
    const recorder = { open: jest.fn(), flush: jest.fn().mockResolvedValue(1) };
    const plugin = new AuditFlushPlugin(recorder as unknown as AuditRecorder);
    const req = {};
    const listener = await plugin.requestDidStart({ contextValue: { req } });
    expect(recorder.open).toHaveBeenCalledWith(req);
    const context = responseContext();
    await listener.willSendResponse?.(context);
    expect(recorder.flush).toHaveBeenCalledWith(req);
    expect(JSON.stringify(context.response.body)).toContain('Arta');
  });

  it('withholds the data when the audit entries cannot be written', async () => {
    const recorder = { open: jest.fn(), flush: jest.fn().mockRejectedValue(Object.assign(new Error('db down'), { code: '57P01' })) };
    const plugin = new AuditFlushPlugin(recorder as unknown as AuditRecorder);
    const listener = await plugin.requestDidStart({ contextValue: { req: {} } });
    const context = responseContext();
    await listener.willSendResponse?.(context);
    expect(context.response.body).toEqual({
      kind: 'single',
      singleResult: { data: null, errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] },
    });
    expect(context.response.http.status).toBe(500);
  });
});
