import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  isRunning,
  killAllOnExit,
  ProcessError,
  runToCompletion,
  startProcess,
  stopInOrder,
  stopProcess,
  waitUntilHealthy,
} from '../../../infra/scripts/process-supervisor.cjs';

// The supervisor npm start, the test harness and the benchmarks share (infra/scripts/process-supervisor.cjs).

const node = (script: string, name = 'child') => startProcess({ name, args: ['-e', script] });

describe('process supervisor', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('keeps what a process prints, line by line, and resolves when it exits with code 0', async () => {
    const child = node("console.log('one'); console.error('two')");
    await runToCompletion(child);
    expect([...child.output].sort()).toEqual(['one', 'two']);
  });

  it('rejects a process that exits with another code, naming it with its last output', async () => {
    await expect(runToCompletion(node("console.log('broken config'); process.exit(3)", 'migrate'))).rejects.toThrow(
      /^migrate failed \(code 3\); its last output:\nbroken config$/,
    );
  });

  it('resolves once the health URL answers 2xx', async () => {
    server = createServer((_request, response) => response.end('ok')).listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const child = node('setTimeout(() => {}, 30_000)');
    try {
      await expect(waitUntilHealthy(child, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { timeoutMs: 5_000 })).resolves.toBe(true);
    } finally {
      await stopProcess(child);
    }
  });

  it('fails at once, with its output, when the process exits before it is healthy', async () => {
    const started = Date.now();
    const child = node("console.log('no database'); process.exit(1)", 'identification');
    const waiting = waitUntilHealthy(child, 'http://127.0.0.1:9/health/ready', { timeoutMs: 30_000 });
    await expect(waiting).rejects.toThrow(ProcessError);
    await expect(waiting).rejects.toThrow(/^identification exited \(code 1\) .*no database$/s);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops with SIGTERM, and with SIGKILL a process that ignores it past the grace period', async () => {
    const polite = node('setTimeout(() => {}, 30_000)', 'polite');
    const stubborn = node("process.on('SIGTERM', () => {}); console.log('armed'); setTimeout(() => {}, 30_000)", 'stubborn');
    await new Promise<void>((resolve) => {
      const check = setInterval(() => stubborn.output.includes('armed') && (clearInterval(check), resolve()), 20);
    });
    const killed: string[] = [];
    await stopInOrder([[polite], [stubborn]], { graceMs: 300, onKill: ({ name }) => killed.push(name) });
    expect({ polite: polite.child.signalCode, stubborn: stubborn.child.signalCode, killed }).toEqual({
      polite: 'SIGTERM',
      stubborn: 'SIGKILL',
      killed: ['stubborn'],
    });
  });

  it('keeps a binary that cannot be spawned as an error instead of crashing', async () => {
    const missing = startProcess({ name: 'missing', command: '/nonexistent/redis-server' });
    await expect(runToCompletion(missing)).rejects.toThrow(/^missing did not start/);
    expect(isRunning(missing)).toBe(false);
    await stopProcess(missing);
  });

  it('removes its exit guard when asked', () => {
    const before = process.listenerCount('exit');
    const remove = killAllOnExit(() => []);
    expect(process.listenerCount('exit')).toBe(before + 1);
    remove();
    expect(process.listenerCount('exit')).toBe(before);
  });
});
