/** Writes docs/process.md from the machine's own table (npm run docs:diagram). A test keeps it in sync. */
import { writeFileSync } from 'node:fs';
import { processDiagramPage } from './processDiagramPage.js';

writeFileSync(new URL('../docs/process.md', import.meta.url), processDiagramPage());
