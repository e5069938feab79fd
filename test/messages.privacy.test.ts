import { describe, expect, it } from 'vitest';
import { type Issue, type IssueCode, formatIssue, formatIssues } from '../src/index.js';
import { messagesEn } from '../src/issues/messages.en.js';
import { messagesPl } from '../src/issues/messages.pl.js';

/**
 * Issue messages never echo personal data (issue 11 §4): they name the field, the value stays in the
 * structured params. The test is generic over the catalogues: every code, present or added later, is
 * formatted with params in which every value is personal data, except the params listed here as
 * vocabulary codes, counts or dates of the procedure. A new param is personal unless listed.
 */
const PESEL = '44051401359';
const BIRTH_DATE = '1944-05-14';
const ID = 'osoba-82010112345';
const secrets = [PESEL, BIRTH_DATE, ID];

/** Params whose value is a code of the SDK's vocabulary (labelled or not), never personal data. */
const vocabulary = new Set(['stage', 'eventType', 'role', 'allowed', 'kind', 'variant', 'measure', 'ground', 'collection', 'zodCode', 'machine', 'state', 'conditions', 'scope', 'field']);
/** Params that are lists of vocabulary codes. */
const vocabularyLists = new Set(['allowed', 'conditions']);
/** Params that are limits of the SDK, not personal data. */
const limits = new Set(['max', 'capacity']);
/** Dates of the procedure (events, deadlines, contract periods): not personal data. */
const procedureDates = new Set(['date', 'deadline', 'end', 'from', 'to', 'lastEventDate', 'asOf', 'applicationDate', 'month', 'withdrawnOn', 'until', 'lastAllowed', 'signedOn', 'eventDate']);
/** Per code, params that are vocabulary there although the same name holds an id elsewhere. */
const vocabularyFor: Partial<Record<IssueCode, readonly string[]>> = { worker_role_for_kind: ['expected'] };
/** Per code, params that are counts there. */
const countsFor: Partial<Record<IssueCode, readonly string[]>> = { recruitment_criteria_not_met: ['missing'] };

function sampleIssue(code: IssueCode): Issue {
  const fixed: Record<string, unknown> = {
    code,
    path: ['members', 0, 'person'],
    basis: { act: 'ups', article: '11', paragraph: '3' },
    detail: { pl: 'szczegóły', en: 'detail' },
    count: 3,
  };
  return new Proxy(fixed, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      if (vocabulary.has(key) || vocabularyFor[code]?.includes(key)) return vocabularyLists.has(key) ? ['socialWorker', 'head'] : 'socialWorker';
      if (limits.has(key)) return 10_000_000_000;
      if (countsFor[code]?.includes(key)) return 2;
      if (procedureDates.has(key)) return '2025-06-30';
      // Anything else is personal: an array of the secrets doubles as a string when interpolated.
      return Object.assign([PESEL, BIRTH_DATE, ID], { toString: () => `${PESEL} ${BIRTH_DATE} ${ID}` });
    },
  }) as unknown as Issue;
}

const codes = [...new Set([...Object.keys(messagesPl), ...Object.keys(messagesEn)])] as IssueCode[];

describe('issue messages name the field, never echo personal data', () => {
  it('covers every code of both catalogues', () => {
    expect(codes.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(messagesPl).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it.each(codes.flatMap((code) => (['pl', 'en'] as const).map((lang) => [code, lang] as const)))('%s (%s)', (code, lang) => {
    const issue = sampleIssue(code);
    const message = formatIssue(issue, lang);
    const block = formatIssues([issue], lang);
    for (const secret of secrets) {
      expect(message).not.toContain(secret);
      expect(block).not.toContain(secret);
    }
  });

  it('the sample is strong enough to catch an echo', () => {
    const echo = (i: Issue) => `${(i as unknown as { id: unknown }).id}`;
    expect(echo(sampleIssue('duplicate_id'))).toContain(PESEL);
  });
});
