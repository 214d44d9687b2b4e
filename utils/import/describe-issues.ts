import type { z } from 'zod';

/**
 * A library file's validation problems in plain words, grouped by item, counted from one as people
 * count ("Item 20 (recommendation 7): its number is missing"), never the validator's own wording.
 */

/** How many items (or file-level problems) a message lists before "and N more". */
export const LISTED_GROUPS = 5;

/** What a field is called, by its path inside an item (`reading.status` → "status"). */
const FIELD_NAMES: Record<string, string> = {
  key: 'key',
  number: 'number',
  numbering: 'kind of number',
  text: 'text',
  headline: 'headline',
  section: 'section',
  paragraphRefs: 'paragraph references',
  quote: 'text quote',
  'quote.exact': 'text quote',
  'quote.prefix': 'text quote',
  'quote.suffix': 'text quote',
  reading: 'status reading',
  'reading.status': 'status',
  'reading.source': 'status source',
  'reading.confidence': 'confidence',
  'reading.evidence': 'evidence',
  otherReading: 'second reading',
  response: 'government response',
  reportKey: 'report key',
  reportTitle: 'report title',
  committee: 'committee',
  house: 'House',
  paperNumber: 'paper number',
  published: 'publication date',
  pageUrl: 'page address',
  pageTitle: 'page title',
  savedAt: 'save time',
  updatedAt: 'time of the last change',
  note: 'note',
  tags: 'tags',
  statusOverride: 'correction',
  'statusOverride.status': 'corrected status',
  'statusOverride.reason': 'reason for the correction',
  'statusOverride.at': 'time of the correction',
  'statusOverride.was': 'status before the correction',
  seenOn: 'list of places it was seen',
};

const FILE_FIELDS: Record<string, string> = {
  exportedAt: 'export time',
  items: 'list of items',
  format: 'format',
  version: 'version',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'yes or no',
};

function fieldName(path: readonly PropertyKey[], names: Record<string, string>): string {
  const words = path.filter((key) => typeof key !== 'number').map(String);
  // The most specific name known: `reading.status`, else `reading`.
  for (let n = words.length; n > 0; n--) {
    const name = names[words.slice(0, n).join('.')];
    if (name) {
      const index = path.find((key, i) => typeof key === 'number' && i > 0);
      return typeof index === 'number' && words[0] === 'tags' ? `tag ${index + 1}` : name;
    }
  }
  return words.join(' ') || 'value';
}

/** One problem with one field, as a phrase: "its number is missing". */
function phrase(issue: z.core.$ZodIssue, input: unknown, field: string, owner: 'its' | 'the file’s'): string {
  const subject = `${owner} ${field}`;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${subject} is missing`;
      return `${subject} should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${subject}${typeof input === 'string' ? ` “${input.slice(0, 40)}”` : ''} is not one of ${issue.values.map((value) => `“${String(value)}”`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? `${subject} is empty` : `${subject} is too short or too small`;
    case 'too_big':
      return `${subject} is too long or too large`;
    case 'invalid_format':
      if (issue.format === 'url') return `${subject} is not a web address (http or https)`;
      if (issue.format === 'date' || issue.format === 'datetime') return `${subject} is not a valid date`;
      return `${subject} is not in the right form`;
    default:
      return `${subject} is not valid`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value the file has at a path (the validator does not keep it). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** "Item 20 (recommendation 7)", from the item as the file has it. */
function itemName(index: number, raw: unknown): string {
  // Its number, else the one its key ends with (`commons/…/HC304#7`), so an item without one is still findable.
  const fromKey = isRecord(raw) && typeof raw.key === 'string' && raw.key.includes('#') ? raw.key.slice(raw.key.lastIndexOf('#') + 1) : '';
  const given = isRecord(raw) && typeof raw.number === 'string' ? raw.number : fromKey;
  const number = given.trim() ? given.trim().slice(0, 20) : undefined;
  const selection = isRecord(raw) && raw.numbering === 'selection';
  return `Item ${index + 1}${number && !selection ? ` (recommendation ${number})` : selection ? ' (a saved selection)' : ''}`;
}

/** Upper-case first letter. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The problems of a library file as sentences, one per item (or per file-level field), in file order;
 * after `LISTED_GROUPS` of them, "and N more items with problems".
 */
export function describeImportIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const items = isRecord(data) && Array.isArray(data.items) ? data.items : [];
  const groups = new Map<string, Set<string>>();
  const add = (name: string, text: string) => {
    const set = groups.get(name) ?? new Set<string>();
    set.add(text);
    groups.set(name, set);
  };
  for (const issue of issues) {
    const [first, index, ...rest] = issue.path;
    if (first === 'items' && typeof index === 'number') {
      add(itemName(index, items[index]), phrase(issue, valueAt(data, issue.path), fieldName(rest, FIELD_NAMES), 'its'));
    } else {
      add('The file', phrase(issue, valueAt(data, issue.path), fieldName(issue.path, FILE_FIELDS), 'the file’s'));
    }
  }
  const entries = [...groups];
  const listed = entries
    .slice(0, LISTED_GROUPS)
    .map(([name, problems]) => (name === 'The file' ? `${sentence([...problems].join('; '))}.` : `${name}: ${[...problems].join('; ')}.`));
  const more = entries.length - listed.length;
  if (more > 0) listed.push(`And ${more} more ${more === 1 ? 'item' : 'items'} with problems.`);
  // One line per item: the library shows each on its own line.
  return listed.join('\n');
}
