/** Shapes where each item stays a run of ordinary blocks: the label as a heading, inline, in bold, in a span, in a <dt> or an <ol>. */
import { blockHtml, isPlainInteger, labelText, runsHtml, seedOf } from './html';
import { layOut } from './layout';
import type { LocatedDocument, LocatedItem } from './model';
import { afterFirst, flowHtml, groupRuns } from './segments';

/** HTML fragments one a line, empty ones left out. */
const lines = (...parts: string[]) => parts.filter(Boolean).join('\n');
const first = (item: LocatedItem) => blockHtml(item.rec[0]!);
/** Word labels ("Recommendation 7") on some pages, bare numbers ("7.") on others. */
const wordLabels = (doc: LocatedDocument, salt: number) => (seedOf(doc) + salt) % 2 === 0;

export function headingLabel(doc: LocatedDocument): string {
  const level = 2 + (seedOf(doc) % 4);
  const word = wordLabels(doc, 0);
  return layOut(doc, {
    items: (items) =>
      items
        .map((item) => lines(`<h${level}>${labelText(item, word)}</h${level}>`, `<p>${first(item)}</p>`, flowHtml(afterFirst(item))))
        .join('\n'),
  });
}

export function inlineLabel(doc: LocatedDocument): string {
  const word = wordLabels(doc, 1);
  return layOut(doc, {
    items: (items) =>
      items
        .map((item) =>
          lines(`<p>${word ? `${labelText(item, true)}: ` : `${labelText(item, false)} `}${first(item)}</p>`, flowHtml(afterFirst(item))),
        )
        .join('\n'),
  });
}

export function boldLabel(doc: LocatedDocument): string {
  const word = wordLabels(doc, 0);
  const tag = seedOf(doc) % 3 === 0 ? 'b' : 'strong';
  return layOut(doc, {
    items: (items) =>
      items.map((item) => lines(`<p><${tag}>${labelText(item, word)}</${tag}> ${first(item)}</p>`, flowHtml(afterFirst(item)))).join('\n'),
  });
}

export function numberSpan(doc: LocatedDocument): string {
  return layOut(doc, {
    items: (items) =>
      items
        .map((item) => lines(`<div><span>${item.number}</span>`, `<p>${first(item)}</p>`, flowHtml(afterFirst(item)), '</div>'))
        .join('\n'),
  });
}

export function definitionList(doc: LocatedDocument): string {
  const word = wordLabels(doc, 1);
  return layOut(doc, {
    items: (items) =>
      [
        '<dl>',
        ...items.map((item) => {
          const answer = item.answer.length || item.cue ? `\n<dd>${flowHtml([...(item.cue ? [item.cue] : []), ...item.answer])}</dd>` : '';
          return `<dt>${labelText(item, word)}</dt>\n<dd>${flowHtml(item.rec)}</dd>${answer}`;
        }),
        '</dl>',
      ].join('\n'),
  });
}

/**
 * Items as <li> of an <ol>, the number given only by the list (`start` where it does not begin at
 * 1; a new list where numbers jump). Items whose numbers are not plain integers keep their label in the text.
 */
export function orderedList(doc: LocatedDocument): string {
  return layOut(doc, {
    items: (items) => {
      let list = 0;
      const lists = groupRuns(items, (item) => {
        const index = items.indexOf(item);
        const previous = items[index - 1];
        if (!isPlainInteger(item.number)) return null;
        if (!previous || !isPlainInteger(previous.number) || Number(previous.number) + 1 !== Number(item.number)) list++;
        return list;
      });
      return lists
        .map(({ key, values }) => {
          if (key === null)
            return values.map((item) => lines(`<p>${labelText(item, false)} ${first(item)}</p>`, flowHtml(afterFirst(item)))).join('\n');
          const start = Number(values[0]!.number);
          const rest = (item: LocatedItem) => {
            const after = afterFirst(item);
            return after.length ? `\n${flowHtml(after)}` : '';
          };
          return [
            `<ol${start === 1 ? '' : ` start="${start}"`}>`,
            ...values.map((item) => `<li>${runsHtml(item.rec[0]!.runs)}${rest(item)}</li>`),
            '</ol>',
          ].join('\n');
        })
        .join('\n');
    },
  });
}
