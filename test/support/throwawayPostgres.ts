/**
 * npm run test:postgres — the example service's tests against a real Postgres server: starts a throwaway
 * cluster (initdb in a temporary directory, a free port on 127.0.0.1, trust authentication, no fsync),
 * runs the service tests with DATABASE_URL pointing at it, stops the cluster and deletes it, whatever the
 * tests did. Arguments are passed to vitest.
 *
 * The server binaries (initdb, pg_ctl, postgres) are looked for in PG_BIN, on PATH, then in the usual install
 * directories; without them the run is skipped, saying so, with exit code 0. Postgres refuses to run as
 * root: as root the cluster runs as the user named by PG_USER (default `postgres`).
 */
import { type ChildProcess, type SpawnSyncOptions, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const TESTS = ['test/service.test.ts', 'test/serviceStore.test.ts'];

/** The directory holding initdb and pg_ctl, or undefined. */
function findBinaries(): string | undefined {
  const has = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(dir, tool)));
  const debian = (() => {
    try {
      // Debian and Ubuntu keep each major version apart, outside PATH: the newest first.
      return readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`);
    } catch {
      return [];
    }
  })();
  const candidates = [process.env['PG_BIN'], ...(process.env['PATH'] ?? '').split(delimiter), ...debian, '/usr/local/pgsql/bin', '/opt/homebrew/bin'];
  return candidates.find((dir): dir is string => typeof dir === 'string' && dir !== '' && has(dir));
}

/** The numeric ids to run the server as: our own, or as root another user's. */
function serverUser(): { uid: number; gid: number; name: string } | string {
  const uid = process.getuid?.() ?? -1;
  if (uid !== 0) return { uid, gid: process.getgid?.() ?? -1, name: 'the current user' };
  const name = process.env['PG_USER'] ?? 'postgres';
  const id = (flag: string) => spawnSync('id', [flag, name], { encoding: 'utf8' });
  const u = id('-u');
  const g = id('-g');
  if (u.status !== 0 || g.status !== 0) return `running as root and there is no user "${name}" to run the server as (set PG_USER)`;
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()), name };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function skip(reason: string): never {
  console.log(`test:postgres skipped: ${reason}`);
  process.exit(0);
}

const bin = findBinaries() ?? skip('no Postgres server binaries found (initdb, pg_ctl, postgres); set PG_BIN to their directory');
const user = serverUser();
if (typeof user === 'string') skip(user);

const dir = mkdtempSync(join(tmpdir(), 'praca-socjalna-pg-'));
const data = join(dir, 'data');
const asServer: SpawnSyncOptions = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...(user.uid >= 0 ? { uid: user.uid, gid: user.gid } : {}) };
const run = (tool: string, args: string[]) => {
  const r = spawnSync(join(bin, tool), args, asServer);
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status ?? r.signal}):\n${String(r.stdout)}${String(r.stderr)}`);
};
let started = false;
const stop = () => {
  if (started) spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], { ...asServer, stdio: 'ignore' });
  started = false;
  // Retried: a server stopping on Ctrl-C of its own may still be writing its last files.
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
};
let vitest: ChildProcess | undefined;
// Stopped on Ctrl-C or a kill too: never a server left running. (Run by node itself, not through the tsx
// command, whose relay of signals kills a process that is busy stopping the server.)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (vitest?.kill(signal), stop(), process.exit(130)));

let code = 1;
try {
  if (user.uid >= 0) chownSync(dir, user.uid, user.gid);
  run('initdb', ['-D', data, '-U', 'praca', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Only on loopback, no Unix socket; durability is not what is tested. Another process may take the free
  // port before the server does: then another one.
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    started = true;
    try {
      run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '30', 'start']);
      break;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
  const version = String(spawnSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout ?? '').trim() || 'Postgres';
  const url = `postgres://praca@127.0.0.1:${port}/postgres`;
  console.log(`test:postgres: ${version}, a throwaway cluster on 127.0.0.1:${port} as ${user.name}`);
  // Only the server's blocks, each test listed: the same tests on PGlite are part of `npm test`.
  const only = ['--testNamePattern', 'on a Postgres server', '--reporter=verbose', '--hideSkippedTests', '--typecheck.enabled=false'];
  const args = ['node_modules/vitest/vitest.mjs', 'run', ...TESTS, ...only, ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  vitest = child;
  code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  console.log(`test:postgres: the service tests ${code === 0 ? 'passed' : 'failed'} on ${version}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  stop();
}
process.exit(code);
