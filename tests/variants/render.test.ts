import { describe, expect, it } from 'vitest';
import { loadCases } from '../../scripts/lib/fixture-cases';
import { SHAPE_NAMES, SHAPES, locateCase, type ShapeName } from '../../scripts/lib/variants';
import { leadingLabel } from '../../scripts/lib/variants/labels';
import { comparable, type LocatedDocument } from '../../scripts/lib/variants/model';
import { readDocument } from '../../scripts/lib/variants/read-blocks';

// Every fixture case, re-rendered into every shape, must still hold what the case asks for.
const cases = await loadCases();
const located = new Map<string, LocatedDocument>();
for (const fixture of cases) located.set(fixture.name, await locateCase(fixture));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** A rendered page's text, blocks joined by spaces (so "<p>line</p><p>line</p>" reads as one sentence), and its blocks. */
async function renderedText(html: string, url: string) {
  const { blocks } = await readDocument(html, url);
  return { blocks, text: comparable(blocks.map((b) => b.text).join(' ')) };
}

const pairs = cases.flatMap((fixture) => SHAPE_NAMES.map((shape) => [fixture.name, shape] as [string, ShapeName]));

describe.each(pairs)('%s as %s', (name, shape) => {
  const doc = located.get(name)!;
  const fixture = cases.find((c) => c.name === name)!;
  const html = SHAPES[shape](doc);
  let memo: ReturnType<typeof renderedText> | undefined;
  const rendered = () => (memo ??= renderedText(html, fixture.url));

  it('is deterministic and keeps the title and the case URL', () => {
    expect(SHAPES[shape](doc)).toBe(html);
    expect(html).toContain(`<title>${doc.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
  });

  it('holds every item, in order, with its number, and no item twice', async () => {
    // The original page's text, from the blocks already read to locate the items.
    const original = { text: comparable(doc.blocks.map((b) => b.text).join(' ')) };
    const { text, blocks } = await rendered();
    let previous = 0;
    for (const [k, item] of fixture.items.entries()) {
      const prefix = comparable(item.startsWith);
      // Where the item's own first block is (the same words may be quoted earlier, in a summary or the body).
      const head = comparable(doc.items[k]!.rec[0]!.text);
      const at = text.indexOf(head, previous);
      expect(at, `item ${item.number} "${head}"`).toBeGreaterThanOrEqual(0);
      expect(text.slice(at - 1, at + 2000).includes(prefix) || text.slice(at).startsWith(prefix), `"${item.startsWith}"`).toBe(true);
      // The number in the text just before the item, or as the native number of the <li> holding it.
      const before = text.slice(Math.max(previous, at - 600), at);
      const inText = new RegExp(`(^|[^a-z0-9])${escapeRegExp(item.number.toLowerCase())}([^a-z0-9]|$)`).test(before);
      const inList = blocks.some((b) => b.listNumber === Number(item.number) && comparable(b.text).startsWith(head));
      expect(inText || inList, `number ${item.number} before "${item.startsWith}"`).toBe(true);
      // An item's text is neither lost nor repeated (no item's start rendered inside another's block).
      expect(occurrences(text, prefix), `copies of "${item.startsWith}"`).toBe(occurrences(original.text, prefix));
      previous = at + 1;
    }
  });

  it('keeps the answer of every answered item after its recommendation, and the text of every other block', async () => {
    const { text } = await rendered();
    let previous = 0;
    for (const item of doc.items) {
      const at = text.indexOf(comparable(item.rec[0]!.text), previous);
      previous = at + 1;
      for (const block of item.answer) expect(text.indexOf(comparable(block.text), at), `answer to ${item.number}`).toBeGreaterThan(at);
    }
    const owned = new Set(doc.items.flatMap((item) => item.owned));
    // (A numbered paragraph on an "other" page is laid out like an item: its number may move to a cell or an <ol>.)
    for (const [index, block] of doc.blocks.entries()) {
      if (!owned.has(index)) expect(text).toContain(comparable(block.text.slice(leadingLabel(block.text)?.raw.length ?? 0)));
    }
  });
});

describe('locating the items of every fixture case', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: every answered item has an answer, no item holds another', (name) => {
    const doc = located.get(name)!;
    doc.items.forEach((item, k) => {
      // Recommendations quoted one after the other ("Recommendations 3 and 4") share the answer after the last.
      const answered = [item, ...doc.items.slice(k + 1)].find((later) => later.answer.length > 0 || !later.status);
      if (item.status) expect(answered?.answer.length ?? 0, `answer to ${item.number}`).toBeGreaterThan(0);
      if (item.status && answered !== item)
        expect(answered!.start, `${item.number} runs into ${answered!.number}`).toBe(item.owned.at(-1)! + 1);
      // No block after an item's first starts another item (its label aside).
      const rest = [...item.rec.slice(1), ...(item.cue ? [item.cue] : []), ...item.answer].map((b) =>
        comparable(b.text.replace(/^\S{1,4}\s/, '')),
      );
      for (const other of doc.items) {
        if (other === item) continue;
        const start = comparable(other.startsWith);
        expect(
          rest.some((text) => text.startsWith(start)),
          `item ${item.number} holds the start of ${other.number}`,
        ).toBe(false);
      }
    });
  });
});
