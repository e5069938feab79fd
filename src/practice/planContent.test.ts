import { describe, expect, it } from 'vitest';
import { Action } from '../case/action.js';
import { formatIssue } from '../issues/formatIssue.js';
import { parseWith } from '../issues/fromZod.js';
import type { CivilDate } from '../law/civilDate.js';
import { GroupKind, InstitutionKind, SocialWorkForm, socialWorkFormBasis } from './vocabulary.js';
import { practiceLabel } from './labels.js';
import { InterculturalWorkPlan, SobrietyContractContent, goalBasisIssues, planAuthors, sobrietyMonitoring } from './planContent.js';

const therapy = { id: 'st-1', kind: 'outpatientTherapy', institution: { kind: 'addictionClinic', name: 'Poradnia' }, frequency: 'raz w tygodniu', monitoredBy: ['therapistConfirmation'], actionId: null };
const abstinence = { id: 'st-2', kind: 'abstinence', institution: null, frequency: null, monitoredBy: ['workerObservation'], actionId: null };

describe('the sobriety contract', () => {
  it('needs a therapy and an abstinence commitment, said in Polish without codes', () => {
    expect(SobrietyContractContent.safeParse({ commitments: [therapy, abstinence], reviewEveryDays: 14, referralId: 'sk-1' }).success).toBe(true);
    const noAbst = parseWith(SobrietyContractContent, { commitments: [therapy, { ...therapy, id: 'st-3', kind: 'selfHelpGroupMeetings' }], reviewEveryDays: 14, referralId: null });
    expect(!noAbst.ok && noAbst.error.map((i) => i.code)).toEqual(['sobriety_commitment_missing']);
    if (!noAbst.ok) expect(formatIssue(noAbst.error[0]!, 'pl')).toBe('Kontrakt na utrzymanie trzeźwości musi zawierać zobowiązanie do utrzymania abstynencji.');
    const noTherapy = parseWith(SobrietyContractContent, { commitments: [abstinence, { ...abstinence, id: 'st-4' }], reviewEveryDays: 14, referralId: null });
    expect(!noTherapy.ok && noTherapy.error[0]).toMatchObject({ code: 'sobriety_commitment_missing', commitment: 'therapy' });
  });

  it('says which commitments are due for review: at the boundary of the review period, not before', () => {
    const content = SobrietyContractContent.parse({ commitments: [therapy, abstinence], reviewEveryDays: 14, referralId: null });
    const checks = [{ commitmentId: 'st-1', date: '2025-03-10' as CivilDate, kept: true, confirmedBy: 'therapistConfirmation' as const }];
    const on = (d: string) => sobrietyMonitoring(content, checks, '2025-03-01' as CivilDate, d as CivilDate).map((x) => x.reviewDue);
    expect(on('2025-03-15')).toEqual([false, false]);
    expect(on('2025-03-16')).toEqual([false, true]);
    expect(on('2025-03-25')).toEqual([true, true]);
  });
});

describe('the intercultural assistant’s plan of work', () => {
  it('is drafted by an intercultural assistant as well as a family assistant', () => {
    expect(planAuthors.familyWorkPlan.assistantKinds).toContain('intercultural');
    expect(InterculturalWorkPlan.safeParse({ language: 'ukraiński', interpreterNeeded: true, areas: [] }).success).toBe(false);
  });
});

describe('goals on the diagnosis', () => {
  const diagnosis = { goalIds: ['g-1'], resourceIds: ['r-1'], limitationIds: ['l-1'] };
  it('accept a goal built on a resource or answering a limitation, refuse one on nothing or on unknown items', () => {
    expect(goalBasisIssues([{ goalId: 'g-1', resourceIds: ['r-1'], limitationIds: [] }], diagnosis)).toEqual([]);
    expect(goalBasisIssues([{ goalId: 'g-1', resourceIds: [], limitationIds: [] }], diagnosis).map((i) => i.code)).toEqual(['goal_without_basis']);
    const wrong = goalBasisIssues([{ goalId: 'g-9', resourceIds: ['r-9'], limitationIds: ['l-1'] }], diagnosis);
    expect(wrong.map((i) => formatIssue(i, 'pl'))).toEqual([
      'Podstawa celu wskazuje pozycję, której nie ma w sprawie (cele).',
      'Podstawa celu wskazuje pozycję, której nie ma w sprawie (zasoby).',
    ]);
  });
});

describe('the practice vocabulary', () => {
  it('has a Polish and an English label for every code, the Polish free of codes', () => {
    const codes = [...SocialWorkForm.options, ...InstitutionKind.options, ...GroupKind.options];
    for (const code of codes) {
      const pl = practiceLabel(code, 'pl');
      expect(pl, code).toBeTypeOf('string');
      expect(practiceLabel(code, 'en'), code).toBeTypeOf('string');
      expect(pl).not.toMatch(/[a-z][A-Z]/);
    }
    expect(practiceLabel('toString', 'pl')).toBeUndefined();
  });

  it('a plan’s action may name its form of social work, and only a known one', () => {
    const action = { id: 'a-1', description: 'Trening budżetowy', goalId: null, responsible: { kind: 'client' }, deadline: null, expectedResult: null, status: 'planned' };
    expect(Action.parse({ ...action, form: 'budgetTraining' }).form).toBe('budgetTraining');
    expect(Action.safeParse({ ...action, form: 'knitting' }).success).toBe(false);
    expect(Action.parse(action).form).toBeUndefined();
  });

  it('every form of social work rests on art. 45', () => {
    for (const f of SocialWorkForm.options) expect(socialWorkFormBasis[f][0]).toEqual({ act: 'ups', article: '45' });
  });
});
