/**
 * npm run service — the example service on PGlite (embedded Postgres, in this process), on
 * http://127.0.0.1:3000 (PORT to change). Data in memory, or in the directory named by PGDATA_DIR.
 * The OpenAPI document is at /openapi.json.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { jsonSchemas } from '../../scripts/jsonSchemas.js';
import { openApiDocument } from './openapi.js';
import { createService } from './server.js';
import { schema } from './store.js';

const db = await PGlite.create(process.env['PGDATA_DIR'] ?? undefined);
await db.exec(schema);
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
  console.log(`praca-socjalna example service on http://127.0.0.1:${port} (PGlite ${process.env['PGDATA_DIR'] ? `in ${process.env['PGDATA_DIR']}` : 'in memory'})`);
});
