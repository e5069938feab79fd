/**
 * Monitoring a small centre, as lines of Polish text: the homeless man's assistant's agenda on two dates,
 * the social worker's agenda, the policy warnings, and a closing report — all from case states.
 */
import {
  agenda, agendaMarkdown, caseloadWarnings, describeWarning, meetingRhythmWarnings, programmeLengthWarnings, report, reportMarkdown,
  reportSummary, sopotPolicy,
} from '../../src/index.js';
import { family, joanna, marekOn, names, smallCentre } from './smallCentre.js';

const polishDate: Record<string, string> = { '2025-02-20': '20 lutego 2025 r.', '2025-03-17': '17 marca 2025 r.' };

/** The monitoring section of the demo and of examples/monitoringAgenda.ts. */
export function monitoringSection(): string[] {
  const out: string[] = [];
  const piotr = { id: 'as-piotr', role: 'assistant' };
  for (const asOf of ['2025-02-20', '2025-03-17']) {
    // the states as they stood that day: monitoring reads states, it never replays per call
    const centreOn = [marekOn(asOf), joanna, family];
    out.push(`### Asystent osoby bezdomnej (Piotr Lis), ${polishDate[asOf] ?? asOf}`, '', agendaMarkdown(agenda(centreOn, asOf, { actor: piotr }), 'pl', names), '');
  }
  out.push('### Pracownik socjalny (Anna Nowak), 17 marca 2025 r.', '', agendaMarkdown(agenda([marekOn('2025-03-17'), joanna, family], '2025-03-17', { actor: { id: 'sw-anna', role: 'socialWorker' } }), 'pl', names), '');
  const march = [marekOn('2025-03-17'), joanna, family];
  const warnings = [
    ...caseloadWarnings(march, '2025-03-17', sopotPolicy),
    ...meetingRhythmWarnings(march, '2025-03-17', sopotPolicy),
    ...programmeLengthWarnings(march, '2025-03-17', sopotPolicy),
  ];
  out.push('### Ostrzeżenia, 17 marca 2025 r.', '', ...warnings.map((w) => `- ${describeWarning(w, 'pl', names)}`), '');
  const closing = report(smallCentre, { from: '2025-01-01', to: '2026-01-31' });
  out.push(reportSummary(closing, 'pl'), '', reportMarkdown(closing, 'pl', names));
  return out;
}
