/**
 * npm run service — the example service on PGlite (embedded Postgres, in this process), on
 * http://127.0.0.1:3000 (PORT to change). Data in memory, or in the directory named by PGDATA_DIR.
 */
import { PGlite } from '@electric-sql/pglite';
import { createService } from './server.js';
import { schema } from './store.js';

const db = await PGlite.create(process.env['PGDATA_DIR'] ?? undefined);
await db.exec(schema);
const port = Number(process.env['PORT'] ?? 3000);
createService(db).listen(port, '127.0.0.1', () => {
  console.log(`praca-socjalna example service on http://127.0.0.1:${port} (PGlite ${process.env['PGDATA_DIR'] ? `in ${process.env['PGDATA_DIR']}` : 'in memory'})`);
});
