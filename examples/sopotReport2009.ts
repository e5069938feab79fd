/**
 * The shape of the MOPS Sopot summary of 2009, reproduced from case states with `report`:
 * the figures as data, the Polish summary sentence, and the Markdown tables.
 */
import { report, reportMarkdown, reportSummary } from '../src/index.js';
import { sopot2009Centre } from './scenarios/sopot2009Centre.js';
import { en, pl } from './scenarios/say.js';

const r = report(sopot2009Centre(), { from: '2009-01-01', to: '2009-12-31' });
const names = { caseName: () => '', staffName: () => 'pracownik socjalny ds. osób bezdomnych' };
pl(`${reportSummary(r, 'pl')}\n\n${reportMarkdown(r, 'pl', names)}\n`);
en(reportSummary(r, 'en'));
