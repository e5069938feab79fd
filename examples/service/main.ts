/**
 * npm run service — the example service on http://127.0.0.1:3000 (PORT to change), on a Postgres server
 * when DATABASE_URL names one (postgres://user:password@host:port/database), otherwise on PGlite (embedded
 * Postgres, in this process) with its data in memory, or in the directory named by PGDATA_DIR. The table is
 * created if missing. The OpenAPI document is at /openapi.json.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { jsonSchemas } from '../../scripts/jsonSchemas.js';
import { openApiDocument } from './openapi.js';
import { connectServer } from './postgresClient.js';
import { createService } from './server.js';
import { type Db, schema } from './store.js';

const url = process.env['DATABASE_URL'];
let db: Db;
let where: string;
if (url) {
  const shown = URL.canParse(url) ? new URL(url) : undefined;
  if (shown?.protocol !== 'postgres:' && shown?.protocol !== 'postgresql:') {
    console.error('DATABASE_URL must be a postgres:// URL, such as postgres://user:password@localhost:5432/database');
    process.exit(2);
  }
  db = connectServer(url);
  await db.query(schema);
  // The URL without its password: the log names the server, never a secret.
  shown.password = '';
  where = `a Postgres server, ${shown.href}`;
} else {
  const lite = await PGlite.create(process.env['PGDATA_DIR'] ?? undefined);
  await lite.exec(schema);
  db = lite;
  where = `PGlite ${process.env['PGDATA_DIR'] ? `in ${process.env['PGDATA_DIR']}` : 'in memory'}`;
}
const port = Number(process.env['PORT'] ?? 3000);
// The OpenAPI document, from the JSON Schemas: those `npm run build` wrote to schemas/, or generated now
// the same way (a few seconds: the TypeScript compiler reads their documentation).
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const built = new URL('../../schemas/index.json', import.meta.url);
const schemas = existsSync(built)
  ? new Map((read('../../schemas/index.json') as string[]).map((name) => [name, read(`../../schemas/${name}.json`) as Record<string, unknown>]))
  : jsonSchemas();
const openapi = openApiDocument(schemas, (read('../../package.json') as { version: string }).version);
createService(db, { openapi }).listen(port, '127.0.0.1', () => {
  console.log(`praca-socjalna example service on http://127.0.0.1:${port} (${where})`);
});
