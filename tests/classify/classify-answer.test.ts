import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyAnswer, type AnswerReading } from '../../utils/classify';
import { splitSentences } from '../../utils/classify/sentences';

/** The seed's answer (tracker page, Justice Committee recommendation 7), as kept in the labelled set. */
const labelled = JSON.parse(readFileSync(new URL('../fixtures/answers/labelled-answers.json', import.meta.url), 'utf8')) as {
  id: string;
  text: string;
}[];
const SEED_ANSWER = labelled.find((a) => a.id === 'seed-justice-hc304-rec7')?.text ?? '';

type Row = [name: string, expected: AnswerReading['status'], answer: string, recommendationNumber?: string];

/** One row per rule and per DOMAIN.md trap. Composed wordings unless the name says "real". */
const rows: Row[] = [
  // explicit labels at the start
  ['label: Accepted.', 'accepted', 'Accepted.'],
  ['label: Agreed, then a sentence', 'accepted', 'Agreed. The Department will publish the data annually.'],
  ['label: Not supported', 'rejected', 'Not supported\nThe Government considers the existing framework adequate.'],
  [
    'label: Supported in principle (real, AU JSCNDIS rec 2)',
    'partially-accepted',
    'Recommendation 2 – Supported in principle\nThe Government is committed to co-design as a meaningful, joint collaboration with participants.',
  ],
  ['label: Rejected', 'rejected', 'Rejected. The Department does not hold this information.'],
  // a bare agreement (DOMAIN.md: "We agree")
  ['bare: We agree.', 'accepted', 'We agree. The guidance will be updated by the end of the year.'],
  [
    'bare: The Government agrees with the Committee.',
    'accepted',
    '27. The Government agrees with the Committee. The Bill as introduced will include this provision.',
    '17',
  ],
  [
    'bare agreement with a premise is not a verdict',
    'noted',
    'The Government agrees that victims deserve better information. Work is under way across departments.',
  ],
  [
    'label: Noted for … (real, AU rec 5, hyphen)',
    'noted',
    'Recommendation 5 - Noted for NDIS Review to consider\nUnder the Health Insurance Act 1973, Medicare benefits are only payable for clinically relevant services.',
  ],
  [
    'label: Response: Agreed in principle',
    'partially-accepted',
    'Response: Agreed in principle. The Government will work with the states.',
  ],
  ['a sentence opening with "Support for" is no label', 'noted', 'Support for carers will rise to £200 a week from April.'],
  ['label beats a contrary sentence', 'accepted', 'Accepted. However, the Department does not accept that the current system is failing.'],
  // clear verdict sentences
  ['accepts this recommendation', 'accepted', 'The Government accepts this recommendation. It will produce the guidance by spring.'],
  [
    'agrees with the Committee’s recommendation',
    'accepted',
    'The Government agrees with the Committee’s recommendation and will write to all trusts.',
  ],
  ['will implement', 'accepted', 'We will implement this recommendation in full through the forthcoming Bill.'],
  ['has already done this', 'accepted', 'The Department has already done this: the guidance was issued in March.'],
  ['supports (AU, real)', 'accepted', 'The Australian Government supports and has implemented this recommendation.'],
  // negation and scope
  ['does not accept', 'rejected', 'The Government does not accept this recommendation. The current arrangements work well.'],
  ['not minded to', 'rejected', 'The Government is not minded to legislate in this area at present.'],
  ['no plans to', 'rejected', 'The Government has no plans to change the moratorium.'],
  [
    'do not consider that any changes are necessary',
    'rejected',
    'We have reviewed the process. As such, we do not consider that any changes are necessary.',
  ],
  ['not considered operable', 'rejected', 'Such restrictions are not considered operable by Immigration Enforcement.'],
  [
    'premise refused, action agreed → partial (DOMAIN.md)',
    'partially-accepted',
    'We do not accept that the current system is failing, but we agree to publish the data.',
  ],
  [
    'agree that more must be done and will not legislate → not acceptance (DOMAIN.md)',
    'rejected',
    'We agree that more must be done and will not legislate.',
  ],
  [
    'agrees with the need (a premise) is no verdict',
    'noted',
    'The government agrees with the need to continually improve its approach to risk assessment.',
  ],
  ['unable to support', 'rejected', 'The Government is unable to support this recommendation.'],
  // hedges
  ['accepts in principle', 'partially-accepted', 'The Government accepts this recommendation in principle and will consult.'],
  ['agrees in part', 'partially-accepted', 'The Department agrees in part with this recommendation.'],
  ['the spirit of', 'partially-accepted', 'We accept the spirit of the recommendation but not its timetable.'],
  ['some elements', 'partially-accepted', 'The Government supports some elements of this recommendation.'],
  ['partially accepts', 'partially-accepted', 'The Government partially accepts this recommendation.'],
  // polite openings carry no verdict; a late verdict decides
  [
    'welcomes only → noted, low confidence',
    'noted',
    'The Government welcomes the Committee’s report and is grateful to all who gave evidence.',
  ],
  [
    'shares the concern, late verdict',
    'rejected',
    'The Government shares the Committee’s concern. However, it does not accept the recommendation to create a new regulator.',
  ],
  ['acknowledges then However (real seed)', 'rejected', SEED_ANSWER, '7'],
  // contrast
  [
    'notes, However no reversal',
    'noted',
    'The Government notes this recommendation. However, given the passage of time since the report was tabled, a substantive Government response is no longer appropriate.',
  ],
  [
    'notes, However rejects',
    'rejected',
    'The Government notes the recommendation. However, it does not believe that legislation is necessary.',
  ],
  [
    'accepts one part, rejects another → partial',
    'partially-accepted',
    'We accept the finding on delay. However, we do not accept the Ombudsman’s approach to injustice.',
  ],
  // noted wordings
  ['will consider', 'noted', 'The Government will consider this recommendation as part of the spending review.'],
  ['keeps under review', 'noted', 'The Department keeps the thresholds under review.'],
  [
    'no verdict words at all',
    'noted',
    'Defra determines its funding allocations in line with four priorities. The rural economy is one of them.',
  ],
  // cross-references and several recommendations
  [
    'cross-reference to another answer’s acceptance is ignored',
    'noted',
    'As set out in our response to recommendation 4, which we accept, the Department will review the code. Further work is under way.',
    '5',
  ],
  [
    'verdict naming another recommendation does not count',
    'noted',
    'Recommendation 4 is accepted. Officials are discussing this one with the devolved administrations.',
    '5',
  ],
  [
    'verdict naming a range that includes this one counts',
    'accepted',
    'Recommendations 3–5: the Government accepts these recommendations.',
    '4',
  ],
  ['verdict naming a list that includes this one counts', 'rejected', 'The Government does not accept recommendations 2, 4 and 7.', '4'],
  [
    'a recommendation named with its report ("Interim Report Recommendation 4") is a verdict object',
    'rejected',
    'The Government does not support Interim Report Recommendation 4 or Second Interim Report Recommendation 17.',
    '4',
  ],
  [
    'one sentence, two verdicts: the one naming this recommendation counts',
    'accepted',
    'The Government notes Second Interim Report Recommendation 14 and supports Second Interim Report Recommendation 15.',
    '15',
  ],
  [
    'one sentence, two verdicts: and the other one for the other recommendation',
    'noted',
    'The Government notes Second Interim Report Recommendation 14 and supports Second Interim Report Recommendation 15.',
    '14',
  ],
  // verbs without their preposition (UK, Scottish and Welsh responses)
  ['agrees the recommendation', 'accepted', 'The Scottish Government agrees the recommendation and will publish guidance in 2026.'],
  ['agrees this recommendation', 'accepted', 'The Government agrees this recommendation. Work has begun.'],
  ['does not agree the recommendation', 'rejected', 'The Department does not agree the recommendation. Existing powers are sufficient.'],
  // verdicts on the Committee's conclusion, view or finding
  ['agrees with the Committee’s conclusion', 'accepted', 'The Government agrees with the Committee’s conclusion. Guidance will follow.'],
  [
    'does not share the Committee’s view',
    'rejected',
    'The Government does not share the Committee’s view. The current regime is proportionate.',
  ],
  ['shares the Committee’s concern is only polite', 'noted', 'The Government shares the Committee’s concern about delays.'],
  // whose verdict counts: the answering government's
  [
    'accepted in full, devolved governments in principle',
    'accepted',
    'This recommendation is accepted in full. The Scottish Government and the Welsh Government accept it in principle, subject to funding.',
  ],
  [
    'Australian Government supports; states agree in principle',
    'accepted',
    'The Australian Government supports this recommendation. State and territory governments have agreed in principle to consider it.',
  ],
  [
    'a Scottish response: the Scottish Government’s verdict',
    'partially-accepted',
    'The Scottish Government accepts this recommendation in principle.',
  ],
  // groups and sub-items
  ['group verdict applies to each', 'accepted', 'Recommendations 3, 5 and 7 are accepted. Guidance will be issued.', '5'],
  [
    'sub-item accepted in full',
    'accepted',
    'Recommendations 12 a–c are accepted in full and 12 d–e are accepted in principle. Work is under way.',
    '12b',
  ],
  [
    'sub-item in principle (verb left out)',
    'partially-accepted',
    'Recommendations 12 a–c are accepted in full, d–e in principle. Work is under way.',
    '12d',
  ],
  [
    'whole of a group with mixed sub-items: partial',
    'partially-accepted',
    'Recommendations 12 a–c are accepted in full, d–e in principle.',
    '12',
  ],
  [
    'a group naming others only does not decide',
    'noted',
    'Recommendations 3 and 4 are accepted. The Department keeps this area under review.',
    '6',
  ],
  ['roman sub-items', 'noted', 'Recommendations 2(i)–(iii) are noted.', '2(ii)'],
  // label lines in all their forms
  ['label: Response: Not supported', 'rejected', 'Response: Not supported\nThe Government considers current arrangements adequate.'],
  [
    'label: Government response: Agreed in principle',
    'partially-accepted',
    'Government response: Agreed in principle\nWork will begin next year.',
  ],
  ['label: Supported in part', 'partially-accepted', 'Supported in part. The Government will fund the first stage.'],
  ['label: Not agreed', 'rejected', 'Not agreed. The scheme already meets this need.'],
  ['label: Accepted in part', 'partially-accepted', 'Accepted in part\nThe Department will publish the data but not the model.'],
  ['label: Partially supported', 'partially-accepted', 'Partially supported. Funding is limited.'],
  ['label: Agreed', 'accepted', 'Agreed\nThe guidance will be revised.'],
  ['label: Noted, then a supportive sentence', 'noted', 'Noted\nThe Government supports the intent of the recommendation.'],
  ['label: Recommendation 3 – Noted', 'noted', 'Recommendation 3 – Noted\nThe Government supports the intent.'],
  ['label after a Response: heading', 'partially-accepted', 'Response:\nSupport-in-principle. The Department will consult.'],
  [
    'label: Response to recommendation: Agreed',
    'accepted',
    'Response to recommendation: Agreed\nThe Government welcomes the support of the Committee.',
  ],
  [
    'label line of its own after the quoted recommendation',
    'rejected',
    'The Committee recommends a new regulator.\nGovernment response: Not supported\nExisting regulators have the powers needed.',
  ],
  [
    'a wrapped line ending “agreed.” is no label',
    'noted',
    'The parties to the agreement have\nagreed.\nThe Department keeps this under review.',
  ],
  [
    'verdict after a bare Response: line (real, AU)',
    'partially-accepted',
    'Response:\nThe Australian Government agrees-in-principle to this recommendation.',
  ],
  ['accepts and is implementing (real, AU)', 'accepted', 'Response:\nThe Government accepts and is implementing this recommendation.'],
  [
    'one sentence, two verdicts, each before the item it names: the second item (real, AU)',
    'noted',
    'The Australian Government supports in-principle recommendation 3 and notes recommendation 4.',
    '4',
  ],
  [
    'one sentence, two verdicts, each before the item it names: the first item (real, AU)',
    'partially-accepted',
    'The Australian Government supports in-principle recommendation 3 and notes recommendation 4.',
    '3',
  ],
];

describe('classifyAnswer: rules and traps', () => {
  it.each(rows)('%s', (_name, expected, answer, recommendationNumber) => {
    const r = classifyAnswer(answer, { recommendationNumber });
    expect(r.status).toBe(expected);
    expect(answer).toContain(r.evidence);
    for (const [a, b] of r.deciding) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(r.evidence.length);
    }
  });
});

describe('classifyAnswer: the seed', () => {
  it('reads the seed answer as rejected, decided by its last sentence', () => {
    expect(SEED_ANSWER.startsWith('14. The Government acknowledges the points raised by the Committee.')).toBe(true);
    const r = classifyAnswer(SEED_ANSWER, { recommendationNumber: '7' });
    expect(r.status).toBe('rejected');
    expect(r.evidence).toBe('As such, we do not consider that any changes are necessary.');
    expect(r.deciding.map(([a, b]) => r.evidence.slice(a, b))).toEqual(['do not consider that any changes are necessary']);
    expect(r.confidence).toBeGreaterThan(0.5);
  });
});

describe('classifyAnswer: confidence', () => {
  const c = (answer: string) => classifyAnswer(answer).confidence;
  it('orders explicit label > clear verdict sentence > verdict after contrast > weak cue > none', () => {
    const label = c('Accepted. The Department will act.');
    const clear = c('The Government accepts this recommendation.');
    const contrast = c('The Government welcomes the report. However, it does not accept this recommendation.');
    const weak = c('The Government welcomes this recommendation.');
    const none = c('The Department publishes its figures every quarter.');
    expect(label).toBeGreaterThan(clear);
    expect(clear).toBeGreaterThan(contrast);
    expect(contrast).toBeGreaterThan(weak);
    expect(weak).toBeGreaterThan(none);
    expect(none).toBeLessThanOrEqual(0.4);
  });
  it('never guesses accepted when there are no verdict words', () => {
    const r = classifyAnswer('The Government has invested £2 billion in the programme since 2019.');
    expect(r.status).toBe('noted');
    expect(r.confidence).toBeLessThanOrEqual(0.4);
    expect(r.deciding).toEqual([]);
  });
  it('gives nothing for an empty answer', () => {
    expect(classifyAnswer('   ')).toMatchObject({ status: 'noted', evidence: '', summary: '', deciding: [] });
  });
});

describe('summary', () => {
  it('is the verdict sentence plus the action, in the answer’s own words', () => {
    const r = classifyAnswer(
      'The Government is grateful to the Committee. The Government accepts this recommendation. The Department will publish revised guidance by April 2026.',
    );
    expect(r.summary).toBe('The Government accepts this recommendation. The Department will publish revised guidance by April 2026.');
  });
  it('cuts an over-long verdict sentence at a word boundary with an ellipsis', () => {
    const long = `The Government accepts this recommendation ${'and will work with partners across the sector '.repeat(8)}by 2027.`;
    const r = classifyAnswer(long);
    expect(r.summary.endsWith('…')).toBe(true);
    expect(r.summary.slice(0, -1).split(' ')).toHaveLength(45);
    expect(long.replace(/\s+/g, ' ')).toContain(r.summary.slice(0, -1));
  });
  it('marks the gap when a label line without a full stop is joined to a later sentence', () => {
    const r = classifyAnswer(
      'Response: Noted\n\nIf clandestine, it can be difficult to establish the motive for harassment.\nThe Government is working with the sector to define reporting arrangements.',
    );
    expect(r.summary).toBe('Response: Noted… The Government is working with the sector to define reporting arrangements.');
  });
});

type SplitRow = [name: string, text: string, sentences: string[]];
const splitRows: SplitRow[] = [
  ['Mr. and Dr.', 'Mr. Smith met Dr. Jones. They agreed.', ['Mr. Smith met Dr. Jones.', 'They agreed.']],
  [
    'e.g. and i.e.',
    'Some bodies, e.g. Ofsted, agree. Others, i.e. the rest, do not.',
    ['Some bodies, e.g. Ofsted, agree.', 'Others, i.e. the rest, do not.'],
  ],
  ['para. and No.', 'See para. 4 of the report. The No. 10 unit agrees.', ['See para. 4 of the report.', 'The No. 10 unit agrees.']],
  [
    'numbered paragraph',
    '14. The Government acknowledges the points. However, it disagrees.',
    ['14. The Government acknowledges the points.', 'However, it disagrees.'],
  ],
  [
    'decimals',
    'Spending will rise by 2.5 per cent. Paragraph 1.35 applies.',
    ['Spending will rise by 2.5 per cent.', 'Paragraph 1.35 applies.'],
  ],
  [
    'label line then prose',
    'Recommendation 1 – Noted\nThe Government notes this issue.',
    ['Recommendation 1 – Noted', 'The Government notes this issue.'],
  ],
  [
    'PDF line breaks inside a sentence',
    'The government agrees that clear governance is needed to build resilience across the\nUK. It has acted.',
    ['The government agrees that clear governance is needed to build resilience across the\nUK.', 'It has acted.'],
  ],
  [
    'lost space after a full stop',
    'Govt notes recommendation.MoD will be involved.',
    ['Govt notes recommendation.', 'MoD will be involved.'],
  ],
  ['quotation closing a sentence', 'It said "no changes are needed." We disagree.', ['It said "no changes are needed."', 'We disagree.']],
];

describe('splitSentences', () => {
  it.each(splitRows)('%s', (_name, text, expected) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
