/** Writes docs/law-map.md (npm run docs:lawmap). A test keeps it in sync with the source. */
import { writeFileSync } from 'node:fs';
import { lawMapPage } from './lawMapPage.js';

writeFileSync(new URL('../docs/law-map.md', import.meta.url), await lawMapPage());
