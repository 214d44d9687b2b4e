/**
 * Word banks and sentence builders for generated benchmark pages. All of this text is COMPOSED in
 * the register of Commons select committee reports and government responses (evidence sentences,
 * bold recommendations, verdict sentences); it quotes no real document.
 */
import type { Random } from './random';

export interface Topic {
  /** A chapter title: "Court capacity". */
  title: string;
  /** Section titles inside the chapter. */
  sections: readonly string[];
  /** Noun phrases the chapter talks about. */
  things: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    title: 'Court capacity and the Crown Court backlog',
    sections: ['Sitting days', 'The court estate', 'Recruitment of judges', 'Listing and case progression'],
    things: [
      'the number of outstanding Crown Court cases',
      'waiting times for trials',
      'the condition of the court estate',
      'the number of sitting days',
      'the use of Nightingale courts',
      'adjournments on the day of trial',
    ],
  },
  {
    title: 'Legal aid and access to justice',
    sections: ['Eligibility', 'Fees and the sustainability of the profession', 'Advice deserts', 'Early legal advice'],
    things: [
      'the means test for civil legal aid',
      'criminal legal aid fees',
      'the number of legal aid providers',
      'access to early legal advice',
      'exceptional case funding',
      'the availability of housing advice',
    ],
  },
  {
    title: 'Probation services',
    sections: ['Caseloads', 'Unpaid work', 'Approved premises', 'Reunification of probation services'],
    things: [
      'caseloads of probation officers',
      'the delivery of unpaid work',
      'the number of approved premises places',
      'staff turnover in the Probation Service',
      'the quality of risk assessments',
      'sentence plans completed on time',
    ],
  },
  {
    title: 'Safety in prisons',
    sections: ['Violence and self-harm', 'Staffing', 'Drugs', 'The prison estate'],
    things: [
      'levels of self-harm in custody',
      'assaults on prison staff',
      'the retention of prison officers',
      'the supply of drugs into prisons',
      'the maintenance backlog in the prison estate',
      'time out of cell',
    ],
  },
  {
    title: 'Victims and witnesses',
    sections: ['The Victims’ Code', 'Support services', 'Special measures', 'Complaints'],
    things: [
      'compliance with the Victims’ Code',
      'funding for independent sexual violence advisers',
      'the use of pre-recorded cross-examination',
      'the time victims wait for a trial date',
      'the information given to victims about their case',
      'the handling of complaints by victims',
    ],
  },
  {
    title: 'Youth justice',
    sections: ['Diversion', 'Secure schools', 'Remand', 'Education in custody'],
    things: [
      'the number of children remanded to custody',
      'the opening of the first secure school',
      'access to education for children in custody',
      'the overrepresentation of Black children in custody',
      'diversion from the formal system',
      'the use of restraint on children',
    ],
  },
  {
    title: 'Coroners and inquests',
    sections: ['Delays', 'Legal representation for bereaved families', 'Prevention of future deaths reports'],
    things: [
      'delays in the coroner service',
      'legal aid for bereaved families at inquests',
      'responses to prevention of future deaths reports',
      'the recruitment of coroners',
      'the use of non-invasive post-mortems',
    ],
  },
  {
    title: 'Tribunals',
    sections: ['Employment tribunals', 'Immigration and asylum appeals', 'Social security appeals'],
    things: [
      'waiting times in the employment tribunal',
      'the backlog of immigration and asylum appeals',
      'the overturn rate of disability benefit decisions',
      'the number of fee-paid tribunal judges',
      'the use of video hearings in tribunals',
    ],
  },
  {
    title: 'Digital reform of courts and tribunals',
    sections: ['The reform programme', 'Digital exclusion', 'Remote hearings', 'Data'],
    things: [
      'the cost of the court reform programme',
      'support for people who cannot use digital services',
      'the quality of remote hearings',
      'the data collected on court users',
      'the closure of court buildings',
      'the Common Platform case management system',
    ],
  },
  {
    title: 'Family justice',
    sections: ['Private law', 'Domestic abuse', 'Mediation', 'The family court estate'],
    things: [
      'delays in private law children cases',
      'the use of the mediation voucher scheme',
      'the protection of domestic abuse survivors in the family court',
      'the number of litigants in person',
      'the publication of family court judgments',
    ],
  },
  {
    title: 'Sentencing and rehabilitation',
    sections: ['Short sentences', 'Community sentences', 'Resettlement', 'Employment after release'],
    things: [
      'the use of short custodial sentences',
      'confidence of sentencers in community sentences',
      'accommodation on release from prison',
      'employment rates six months after release',
      'reoffending rates',
      'the recall of offenders to custody',
    ],
  },
  {
    title: 'Transparency and data',
    sections: ['Statistics', 'Performance measures', 'Reporting to Parliament'],
    things: [
      'the publication of management information',
      'the data the Department holds on outcomes',
      'performance measures for the justice system',
      'the timeliness of official statistics',
      'the reporting of equality data',
    ],
  },
];

export const ACTORS = [
  'the Ministry of Justice',
  'HM Courts and Tribunals Service',
  'HM Prison and Probation Service',
  'the Legal Aid Agency',
  'the Government',
  'the Department',
  'the Lord Chancellor',
  'the Home Office',
  'the Judicial College',
  'the Crown Prosecution Service',
] as const;

export const WITNESSES = [
  'the Law Society',
  'the Bar Council',
  'the Magistrates’ Association',
  'the Prison Reform Trust',
  'Victim Support',
  'the Chief Inspector of Probation',
  'the Chief Inspector of Prisons',
  'the Howard League for Penal Reform',
  'the Criminal Bar Association',
  'JUSTICE',
  'Transform Justice',
  'the Prison Officers’ Association',
  'Citizens Advice',
  'the Lord Chancellor',
  'the Minister',
  'the Senior Presiding Judge',
  'the Association of Police and Crime Commissioners',
  'Women in Prison',
] as const;

const ACTIONS = [
  'publish',
  'set out',
  'commission an independent review of',
  'report to this Committee on',
  'consult on',
  'put in place',
  'commit to',
  'write to us with',
  'lay before Parliament',
] as const;

const OBJECTS = [
  'a plan to reduce {thing}',
  'its assessment of {thing}',
  'the data it holds on {thing}',
  'a timetable for improving {thing}',
  'clear guidance on {thing}',
  'a strategy for {thing}',
  'the criteria it uses to measure {thing}',
  'a funded programme to address {thing}',
  'the steps it will take to monitor {thing}',
] as const;

const TIMEFRAMES = [
  '',
  '',
  ' within six months of the publication of this Report',
  ' by the end of the next financial year',
  ' in its response to this Report',
  ' each year',
  ' before the next Spending Review',
  ' within 12 months',
] as const;

const PROBLEMS = [
  '{thing} has not improved despite repeated commitments',
  'too little is known about {thing}',
  'progress on {thing} has been slower than promised',
  'the Government has no reliable measure of {thing}',
  'the evidence we received on {thing} was consistently troubling',
  '{thing} varies widely between areas',
  'the current arrangements for {thing} are not sustainable',
] as const;

const WELCOMES = [
  'the Government’s commitment to {thing}',
  'the additional funding announced for {thing}',
  'the steps already taken on {thing}',
  'the publication of new data on {thing}',
] as const;

const FOLLOW_UPS = [
  'It should explain how it will judge whether this has worked.',
  'This should include clear milestones against which progress can be measured.',
  'The results should be published.',
  'Without this, Parliament cannot hold the Department to account.',
  'We will return to this issue in a future inquiry.',
  'It should set out the resources that will be needed to do so.',
] as const;

const QUOTES = [
  'the system is running on goodwill',
  'we are not able to plan beyond the next financial year',
  'nobody has a clear picture of what is happening on the ground',
  'the problem is capacity, not willingness',
  'victims are simply giving up',
  'the buildings are not fit for purpose',
  'staff are leaving faster than we can recruit them',
  'we have been asking for this data for years',
  'the reforms have made things harder for the people who most need help',
] as const;

const TRENDS = ['risen sharply', 'fallen', 'more than doubled', 'remained stubbornly high', 'improved slightly', 'worsened'] as const;
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'October', 'December'] as const;
const GROUPS = ['respondents to our survey', 'legal aid firms', 'probation officers', 'victims', 'magistrates', 'prison staff'] as const;
const REPORTED = ['said the position had worsened', 'reported delays', 'had considered leaving', 'were not aware of the scheme'] as const;

const fill = (template: string, thing: string) => template.replace('{thing}', thing);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A recommendation or conclusion as the committee sets it in bold: one to three sentences. */
export function recommendationText(random: Random, topic: Topic): string {
  const thing = random.pick(topic.things);
  const actor = random.pick(ACTORS);
  const demand = `${random.pick(ACTIONS)} ${fill(random.pick(OBJECTS), random.pick(topic.things))}${random.pick(TIMEFRAMES)}`;
  const follow = random.chance(0.4) ? ` ${random.pick(FOLLOW_UPS)}` : '';
  switch (random.int(0, 4)) {
    case 0:
      return `We recommend that ${actor} ${demand}.${follow}`;
    case 1:
      return `${capitalise(actor)} should ${demand}.${follow}`;
    case 2:
      return `We are concerned that ${fill(random.pick(PROBLEMS), thing)}. We recommend that ${actor} ${demand}.${follow}`;
    case 3:
      return `We welcome ${fill(random.pick(WELCOMES), thing)}. However, ${fill(random.pick(PROBLEMS), random.pick(topic.things))}, and ${actor} should ${demand}.`;
    default:
      return `${capitalise(fill(random.pick(PROBLEMS), thing))}. In its response to this Report, ${actor} should ${demand}.${follow}`;
  }
}

/** One sentence of evidence or narrative; `footnote` is the marker to append (or ''). */
export function evidenceSentence(random: Random, topic: Topic, footnote: string): string {
  const thing = random.pick(topic.things);
  const year = random.int(2015, 2024);
  switch (random.int(0, 6)) {
    case 0:
      return `${capitalise(random.pick(WITNESSES))} told us that “${random.pick(QUOTES)}”.${footnote}`;
    case 1:
      return `In written evidence, ${random.pick(WITNESSES)} said that ${fill(random.pick(PROBLEMS), thing)}.${footnote}`;
    case 2:
      return `${capitalise(thing)} has ${random.pick(TRENDS)} since ${year}.${footnote}`;
    case 3:
      return `${random.int(12, 87)} per cent of ${random.pick(GROUPS)} ${random.pick(REPORTED)}.${footnote}`;
    case 4:
      return `There were ${random.int(11, 68)},${String(random.int(0, 999)).padStart(3, '0')} cases outstanding at the end of ${random.pick(MONTHS)} ${year}, compared with ${random.int(11, 68)},${String(random.int(0, 999)).padStart(3, '0')} a year earlier.${footnote}`;
    case 5:
      return `The Ministry of Justice told us that it was “working closely with partners” on ${thing}, but it could not say when the work would be complete.${footnote}`;
    default:
      return `We heard that ${fill(random.pick(PROBLEMS), thing)}, and that this had a direct effect on ${random.pick(topic.things)}.${footnote}`;
  }
}

/** What a footnote says: a question number, a written evidence reference or a publication. */
export function footnoteText(random: Random, topic: Topic): string {
  switch (random.int(0, 3)) {
    case 0:
      return `Q${random.int(1, 420)} [${capitalise(random.pick(WITNESSES))}]`;
    case 1:
      return `${capitalise(random.pick(WITNESSES))} (CAP${String(random.int(1, 180)).padStart(4, '0')}) para ${random.int(1, 40)}`;
    case 2:
      return `Ministry of Justice, <em>${capitalise(random.pick(topic.things))}: statistics</em>, ${random.pick(MONTHS)} ${random.int(2019, 2024)}`;
    default:
      return `Letter from the Minister to the Chair, ${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2022, 2024)}`;
  }
}

export type Verdict = 'accepted' | 'partially-accepted' | 'rejected' | 'noted';

const VERDICT_SENTENCES: Record<Verdict, readonly string[]> = {
  accepted: ['The Government accepts this recommendation.', 'The Government agrees with the Committee’s recommendation.'],
  'partially-accepted': ['The Government accepts this recommendation in part.', 'The Government partially accepts this recommendation.'],
  rejected: ['The Government does not accept this recommendation.', 'The Government does not agree with this recommendation.'],
  noted: [
    'The Government notes the Committee’s recommendation.',
    'The Government notes this recommendation and will keep it under review.',
  ],
};

export function verdictSentence(random: Random, verdict: Verdict): string {
  return random.pick(VERDICT_SENTENCES[verdict]);
}

/** A sentence of a government answer, after its verdict. */
export function answerSentence(random: Random, topic: Topic): string {
  const thing = random.pick(topic.things);
  switch (random.int(0, 4)) {
    case 0:
      return `Since ${random.int(2019, 2024)}, the Department has invested £${random.int(2, 480)} million in ${thing}.`;
    case 1:
      return `${capitalise(random.pick(ACTORS))} will publish an update on ${thing} in ${random.pick(MONTHS)} ${random.int(2025, 2026)}.`;
    case 2:
      return `We are already working with ${random.pick(WITNESSES)} to improve ${thing}, and will set out further detail in due course.`;
    case 3:
      return `Existing arrangements for ${thing} are kept under regular review, and the Department does not consider that a separate review is needed at this time.`;
    default:
      return `The Government recognises the concerns raised by the Committee about ${thing}.`;
  }
}
