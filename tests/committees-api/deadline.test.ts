import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  deadlineCell,
  deadlineRuleFor,
  deadlineState,
  deadlineText,
  estimatedDeadline,
  type DeadlineRule,
  type ResponseFacts,
} from '@/utils/committees-api/deadline';

describe('deadline arithmetic', () => {
  it.each([
    ['2022-12-14', '2022-10-14', 2],
    ['2023-02-28', '2022-12-31', 2],
    ['2024-02-29', '2023-12-31', 2],
    ['2024-06-30', '2024-04-30', 2],
    ['2025-01-01', '2024-11-01', 2],
  ])('%s is %s plus %i months', (expected, from, months) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    // Friday + 1 working day is Monday; 60 working days is 12 weeks.
    ['2024-03-18', '2024-03-15', 1],
    ['2024-06-07', '2024-03-15', 60],
  ])('%s is %s plus %i working days', (expected, from, days) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it.each<[string, DeadlineRule, string]>([
    ['2024-05-12', 'uk', '2024-03-12'],
    ['2024-06-12', 'au-senate', '2024-03-12'],
    ['2024-09-12', 'au-house', '2024-03-12'],
    ['2024-07-10', 'ca', '2024-03-12'],
    ['2024-06-04', 'nz', '2024-03-12'],
  ])('%s: %s rule from %s', (expected, rule, published) => {
    expect(estimatedDeadline(rule, published)).toBe(expected);
  });
});

describe('which rule applies', () => {
  it.each<[DeadlineRule | undefined, string, string | undefined]>([
    ['uk', 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html', 'commons'],
    ['uk', 'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/909.htm', 'lords'],
    ['uk', 'https://committees.parliament.uk/publications/31001/documents/127200/default/', undefined],
    ['au-senate', 'https://www.aph.gov.au/Parliamentary_Business/Committees/Senate/Economics/NFP/Report', undefined],
    ['au-house', 'https://www.aph.gov.au/Parliamentary_Business/Committees/House/Social_Policy_and_Legal_Affairs/FVO/Report', undefined],
    ['ca', 'https://www.ourcommons.ca/DocumentViewer/en/44-1/HESA/report-9', undefined],
    ['nz', 'https://www.parliament.nz/en/pb/sc/reports/document/SCR_1', undefined],
    // No rule in the domain notes: no estimate.
    [undefined, 'https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/NDIS/Report', undefined],
    [undefined, 'https://www.parliament.scot/chamber-and-committees/committees/report', undefined],
    [undefined, 'https://senedd.wales/committees/report', undefined],
    [undefined, 'not a url', 'commons'],
  ])('%s for %s', (expected, url, house) => {
    expect(deadlineRuleFor(url, house)).toBe(expected);
  });
});

describe('the state of a response on a day', () => {
  const today = '2024-06-22';
  it.each<[string, ResponseFacts, string, string]>([
    [
      'answered wins over a past deadline',
      { deadline: '2024-05-12', answers: [{ date: '2024-05-13', paper: 'CP 1087' }] },
      'Answered on 13 May 2024 (CP 1087)',
      'answered (CP 1087)',
    ],
    [
      'the earliest of two answers is named',
      {
        answers: [
          { date: '2024-07-02', paper: 'HC 871' },
          { date: '2024-05-13', paper: 'CP 1087' },
        ],
      },
      'Answered on 13 May 2024 (CP 1087)',
      'answered (CP 1087)',
    ],
    ['excepted', { excepted: true, deadline: '2024-05-12' }, 'Response not expected', 'not expected'],
    [
      "Parliament's deadline, past",
      { deadline: '2024-05-12', rule: 'uk', published: '2024-03-12' },
      'Response overdue by 41 days',
      'overdue 41 days',
    ],
    ["Parliament's deadline, to come", { deadline: '2024-07-01' }, 'Response due 1 July 2024', 'due 1 July 2024'],
    ['the deadline itself is not late', { deadline: today }, 'Response due 22 June 2024', 'due 22 June 2024'],
    ['one day late', { deadline: '2024-06-21' }, 'Response overdue by 1 day', 'overdue 1 day'],
    [
      'estimated from publication',
      { rule: 'uk', published: '2024-05-01' },
      'Response due 1 July 2024 (estimated)',
      'due 1 July 2024 (est.)',
    ],
    ['estimated and late', { rule: 'uk', published: '2024-03-12' }, 'Response overdue by 41 days (estimated)', 'overdue 41 days (est.)'],
    ['no date at all', { rule: 'uk' }, 'Response date unknown', ''],
    ['no rule', { published: '2024-03-12' }, 'Response date unknown', ''],
  ])('%s', (_name, facts, text, cell) => {
    const state = deadlineState(facts, today);
    expect(deadlineText(state)).toBe(text);
    expect(deadlineCell(state)).toBe(cell);
  });

  it('an estimate names its rule; an exact deadline does not', () => {
    expect(deadlineState({ rule: 'nz', published: '2024-03-12' }, today)).toEqual({
      kind: 'overdue',
      due: '2024-06-04',
      days: 18,
      estimated: true,
      rule: 'nz',
    });
    expect(deadlineState({ rule: 'uk', deadline: '2024-06-04' }, today)).toEqual({
      kind: 'overdue',
      due: '2024-06-04',
      days: 18,
      estimated: false,
    });
  });
});
