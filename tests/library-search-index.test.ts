import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '@/utils/library/search-index';

const docs: [string, string][] = [
  ['a', 'the prison service should publish its plan \u0001 follow up'],
  ['b', 'imprisonment for public protection \u0001 courts victims'],
  ['c', 'the government accepts this recommendation \u0001 e.g. officers'],
  ['d', 'probation officers and prisons'],
];

function indexOf(entries: readonly [string, string][]) {
  const index = createSearchIndex();
  for (const [key, text] of entries) index.set(key, text);
  return index;
}

/** What the index must answer: every word somewhere in the text. */
function reference(entries: readonly [string, string][], words: readonly string[]): string[] {
  return entries.filter(([, text]) => words.every((word) => text.includes(word))).map(([key]) => key);
}

const matched = (index: ReturnType<typeof createSearchIndex>, keys: readonly string[], words: readonly string[]) =>
  keys.filter(index.match(words));

describe('createSearchIndex: match', () => {
  const index = indexOf(docs);
  const keys = docs.map(([key]) => key);
  it.each<[string, string[], string[]]>([
    ['no words: everything', [], ['a', 'b', 'c', 'd']],
    ['a whole word', ['prison'], ['a', 'b', 'd']],
    ['inside a word', ['rison'], ['a', 'b', 'd']],
    ['one letter', ['p'], ['a', 'b', 'c', 'd']],
    ['every word must match', ['prison', 'officers'], ['d']],
    ['a word and a part of it', ['pri', 'prison'], ['a', 'b', 'd']],
    ['punctuation is part of a token', ['e.g.'], ['c']],
    ['words in different fields', ['plan', 'follow'], ['a']],
    ['nothing has it', ['zebra'], []],
    ['one word matches, the other not', ['prison', 'zebra'], []],
    ['the same word twice', ['courts', 'courts'], ['b']],
  ])('%s', (_name, words, expected) => {
    expect(matched(index, keys, words)).toEqual(expected);
    expect(matched(index, keys, words)).toEqual(reference(docs, words));
  });

  it('typing a word letter by letter answers as a fresh index does', () => {
    const typed = createSearchIndex();
    for (const [key, text] of docs) typed.set(key, text);
    for (const word of ['o', 'of', 'off', 'offi', 'offic', 'officers', 'off', 'p', 'pr']) {
      expect(matched(typed, keys, [word])).toEqual(reference(docs, [word]));
    }
  });

  it('a key it does not hold never matches', () => {
    expect(index.match([])('nope')).toBe(false);
    expect(index.match(['prison'])('nope')).toBe(false);
  });
});

describe('createSearchIndex: changes', () => {
  it.each<[string, (index: ReturnType<typeof createSearchIndex>) => void, [string, string][]]>([
    ['a document replaced', (index) => index.set('a', 'nothing about jails'), [['a', 'nothing about jails'], ...docs.slice(1)]],
    ['a document deleted', (index) => index.delete('b'), docs.filter(([key]) => key !== 'b')],
    ['a document added', (index) => index.set('e', 'prisoner transport'), [...docs, ['e', 'prisoner transport']]],
    ['the same text again', (index) => index.set('a', docs[0]![1]), docs],
    ['deleting what is not there', (index) => index.delete('nope'), docs],
  ])('%s', (_name, change, after) => {
    const index = indexOf(docs);
    // Asked before the change, so cached answers are tested too.
    for (const word of ['pri', 'prison', 'jail', 'about']) index.match([word]);
    change(index);
    const keys = after.map(([key]) => key);
    expect(index.size).toBe(after.length);
    for (const words of [['prison'], ['pri'], ['prisoner'], ['jail'], ['about'], ['officers'], []]) {
      expect(matched(index, keys, words)).toEqual(reference(after, words));
    }
  });

  it('many replacements (the lists are compacted) answer as a fresh index', () => {
    const index = createSearchIndex();
    const current = new Map<string, string>();
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 800; i++) {
        const text = `item ${i} round${round} ${i % 7 === 0 ? 'prison' : 'court'} w${(i * 31 + round) % 97}`;
        index.set(`k${i}`, text);
        current.set(`k${i}`, text);
      }
    }
    for (let i = 0; i < 800; i += 3) {
      index.delete(`k${i}`);
      current.delete(`k${i}`);
    }
    const entries = [...current];
    const keys = entries.map(([key]) => key);
    for (const words of [['prison'], ['round3'], ['round1'], ['w1'], ['w12', 'court'], ['item', '7']]) {
      expect(matched(index, keys, words)).toEqual(reference(entries, words));
    }
  });
});
