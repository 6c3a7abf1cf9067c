import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT, serviceList } from '@nrm/testing';

// Every process parses its environment once at boot and refuses to start on a bad value, naming the variable and
// never echoing the value.
function boot(entry: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry], { cwd: REPOSITORY_ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// Loading a service's modules takes a few seconds on a busy 2-core machine.
jest.setTimeout(30_000);

describe('boot-time configuration', () => {
  const { subgraphs, gateway } = serviceList();
  const entries = [...subgraphs, gateway].map((service) => [service.name, join(REPOSITORY_ROOT, 'dist', service.dir, 'src', 'main.js')] as const);

  it('has a built entry for every service', () => {
    for (const [name, entry] of entries) expect({ name, built: existsSync(entry) }).toEqual({ name, built: true });
  });

  it.each(entries)('%s refuses to start on an invalid value, naming the variable but not the value', async (_name, entry) => {
    const { code, output } = await boot(entry, { NODE_ENV: 'test', PORT: 'not-a-port-secret-x' });
    expect(code).toBe(1);
    expect(output).toContain('PORT');
    expect(output).not.toContain('not-a-port-secret-x');
  });

  it('refuses the development password-grant client in production', async () => {
    const [, entry] = entries[0]!;
    const { code, output } = await boot(entry, {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://id.example.org/realms/nrm',
      OIDC_ALLOWED_CLIENTS: 'nrm-portal,nrm-cli',
      // Set, so that the only value refused is the client list.
      DIRECTORY_CLIENT_SECRET: 'a-production-directory-secret',
      PERSON_MATCH_KEY: 'a-production-person-matching-key-of-at-least-32-characters',
    });
    expect(code).toBe(1);
    expect(output).toContain('OIDC_ALLOWED_CLIENTS');
  });
});
