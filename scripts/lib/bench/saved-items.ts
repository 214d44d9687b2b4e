/**
 * A large library of saved items (`SavedItem`, valid against `savedItemSchema`) for the library,
 * popup and export benchmarks: recommendations from many generated reports, with statuses from
 * every source, some notes, tags and corrections. Text composed (text-bank.ts). Pure.
 */
import { itemKey } from '../../../utils/model/items';
import { STATUSES, type Status } from '../../../utils/model/statuses';
import { type SavedItem, type StatusReading } from '../../../utils/model/model';
import { seededRandom, type Random } from './random';
import { answerSentence, recommendationText, TOPICS } from './text-bank';

export interface SavedReport {
  key: string;
  url: string;
  title: string;
  committee: string;
  paperNumber: string;
  /** Recommendations saved from it. */
  count: number;
  /** Their texts and sections, when they should match a real page. */
  items?: readonly { number: string; text: string; section?: string; paragraphRefs: string[] }[];
}

export interface SavedItemsOptions {
  seed?: number;
  count?: number;
  /** Reports to take the first items from (e.g. the generated report page, so the popup shows them saved). */
  reports?: readonly SavedReport[];
}

const COMMITTEES = [
  ['Justice Committee', 'cmjust'],
  ['Home Affairs Committee', 'cmhaff'],
  ['Health and Social Care Committee', 'cmhealth'],
  ['Public Accounts Committee', 'cmpubacc'],
  ['Education Committee', 'cmeduc'],
  ['Work and Pensions Committee', 'cmworpen'],
  ['Environmental Audit Committee', 'cmenvaud'],
  ['Transport Committee', 'cmtrans'],
] as const;

const TAGS = ['courts', 'prisons', 'legal aid', 'follow up', 'briefing', 'data', 'victims', 'funding', 'PQ', 'chase response'] as const;
const NOTES = [
  'Raise at the next evidence session.',
  'Compare with the 2019 response.',
  'Government said the same last year; check progress.',
  'Useful for the debate pack.',
  'Ask the Department for the underlying data.',
] as const;

/** Reports of every committee, about 50 recommendations each. */
function makeReports(random: Random, count: number): SavedReport[] {
  const reports: SavedReport[] = [];
  for (let i = 0, left = count; left > 0; i++) {
    const [committee, code] = COMMITTEES[i % COMMITTEES.length]!;
    const paper = 100 + i * 7;
    const take = Math.min(left, random.int(20, 80));
    const topic = TOPICS[i % TOPICS.length]!;
    reports.push({
      key: `commons/5901/${code}/HC${paper}`,
      url: `https://publications.parliament.uk/pa/cm5901/cmselect/${code}/${paper}/report.html`,
      title: `${topic.title} (report ${i + 1})`,
      committee,
      paperNumber: `HC ${paper}`,
      count: take,
    });
    left -= take;
  }
  return reports;
}

function readingFor(random: Random, evidence: string): StatusReading {
  const status: Status = random.pick(STATUSES);
  if (status === 'pending') return { status, source: 'default' };
  if (random.chance(0.15)) return { status, source: 'tracker', sourceName: 'Accountability Index' };
  return { status, source: 'classifier', confidence: Math.round(random.next() * 100) / 100, evidence };
}

function quoteOf(text: string) {
  return { exact: text, prefix: 'Conclusions and recommendations', suffix: '(Paragraph 12)' };
}

export function generateSavedItems(options: SavedItemsOptions = {}): SavedItem[] {
  const random = seededRandom(options.seed ?? 10_000);
  const count = options.count ?? 10_000;
  const given = options.reports ?? [];
  const givenCount = given.reduce((sum, r) => sum + r.count, 0);
  const reports = [...given, ...makeReports(random, Math.max(0, count - givenCount))];
  const start = Date.UTC(2024, 0, 1);
  const items: SavedItem[] = [];
  for (const report of reports) {
    for (let n = 1; n <= report.count && items.length < count; n++) {
      const topic = TOPICS[(items.length >> 5) % TOPICS.length]!;
      const listed = report.items?.[n - 1];
      const number = listed?.number ?? String(n);
      const text = listed?.text ?? recommendationText(random, topic);
      const answer = random.chance(0.7) ? `${answerSentence(random, topic)} ${answerSentence(random, topic)}` : undefined;
      const reading = answer ? readingFor(random, answer.split('. ')[0]!) : ({ status: 'pending', source: 'default' } as const);
      const savedAt = start + items.length * 3_600_000 + random.int(0, 3_000_000);
      const item: SavedItem = {
        key: itemKey(report.key, number),
        number,
        numbering: 'recommendation',
        text,
        section: listed?.section ?? topic.title,
        paragraphRefs: listed?.paragraphRefs ?? [String(random.int(5, 180))],
        quote: quoteOf(text),
        reading,
        reportKey: report.key,
        reportTitle: report.title,
        committee: report.committee,
        house: 'commons',
        paperNumber: report.paperNumber,
        pageUrl: report.url,
        pageTitle: `${report.title} - ${report.committee} - House of Commons`,
        savedAt,
        updatedAt: savedAt + random.int(0, 86_400_000),
        note: random.chance(0.2) ? random.pick(NOTES) : '',
        tags: random.chance(0.3) ? [...new Set([random.pick(TAGS), random.pick(TAGS)])] : [],
      };
      if (answer)
        item.response = { summary: answer.split('. ')[0], summarySource: 'classifier', text: answer, respondent: 'HM Government' };
      if (random.chance(0.03))
        item.statusOverride = { status: random.pick(STATUSES), reason: 'Checked against the later letter.', at: savedAt + 1000 };
      items.push(item);
    }
  }
  return items;
}
