/** Writes the page of every machine of the case stream from its own table (npm run docs:diagram). A test keeps them in sync. */
import { writeFileSync } from 'node:fs';
import { machinePage, machinePages } from './processDiagramPage.js';

for (const [name, path] of Object.entries(machinePages)) writeFileSync(new URL(`../${path}`, import.meta.url), machinePage(name as keyof typeof machinePages));
