/**
 * Hostile pages for the detection fuzz test: generated from a seeded PRNG, so a failure names a
 * seed that reproduces it. Shapes: truncated and mutated real fixtures, nested tables, huge pages,
 * deep nesting, odd numbering, RTL and bidi text, headings everywhere and empty documents.
 */
import { SUPPORTED_SITES } from '../../utils/sites';

export type Random = () => number;

/** mulberry32: small, fast, good enough to pick shapes; same seed, same pages. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Path shapes each site's adapters look for, put where a match pattern has its `*`.
const PATH_SHAPES = [
  '',
  'cm5803/cmselect/cmjust/304/report.html',
  'cm201719/cmselect/cmhealth/1234/123406.htm',
  'ld5803/ldselect/ldxxx/12/1202.htm',
  'jt201012/jtselect/jtdraftlords/284/28402.htm',
  'publications/33695/documents/183958/default/',
  'committees/3/recommendation/1593/',
  'some-response/some-response',
  'Joint/Inquiry/Report/section?id=committees%2Freportjnt%2F1',
  'en/44-1/HESA/report-10/page-5',
];

/** Concrete URLs on every supported site, in the shapes their adapters claim, plus `extra` (fixture URLs). */
export function urlsOfEverySite(extra: readonly string[] = []): string[] {
  const urls = new Set<string>(extra);
  for (const site of SUPPORTED_SITES) {
    for (const pattern of site.matches) for (const shape of PATH_SHAPES) urls.add(pattern.replace('*', shape));
  }
  return [...urls].filter((url) => URL.canParse(url));
}

const WORDS =
  'the committee recommends that government should publish review data victims code police funding report response accept reject note consider principle within months annual statutory duty commissioner agency'.split(
    ' ',
  );
const sentence = (random: Random, words = int(random, 4, 30)) =>
  Array.from({ length: words }, () => pick(random, WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase()) + '.';

const HEADINGS = [
  'Conclusions and recommendations',
  'Summary of conclusions and recommendations',
  'List of recommendations',
  'Recommendations',
  'Government response',
  'Recommendations made by the Committee',
  'Response to the Committee’s Recommendations',
  'Recommendation 7',
  'CONCLUSIONS AND RECOMMENDATIONS',
];
const LABELS = [
  'Supported',
  'Supported in principle',
  'Noted',
  'Not supported',
  'Noted for the Review to consider',
  'Agreed',
  'Accepted',
  'Rejected',
];
const ODD_NUMBERS = [
  '1.1.1',
  '(iv)',
  '10)',
  '١٢.',
  '(a)',
  'iv.',
  '1.35',
  '2.',
  '٣.',
  '99999999999.',
  '0.',
  '-1.',
  '1..',
  '١.',
  'Q12',
  '§ 4',
];
const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u200e', '\u061c', '\ufeff', '\u200b'];
const RTL = ['توصية', 'الحكومة توافق على هذه التوصية', 'ממליצה הוועדה', 'دولت', 'الاستنتاجات والتوصيات'];

const heading = (random: Random, text = pick(random, HEADINGS)) => {
  const level = int(random, 1, 6);
  return `<h${level}>${text}</h${level}>`;
};

function numberedItem(random: Random, n: number): string {
  const text = sentence(random);
  switch (int(random, 0, 5)) {
    case 0:
      return `<p>${n}. <strong>${text}</strong> (Paragraph ${int(random, 1, 400)})</p>`;
    case 1:
      return `<p>${n}. ${text}</p><p><strong>Recommendation ${n} – ${pick(random, LABELS)}</strong></p><p>${sentence(random)}</p>`;
    case 2:
      return `<p><strong>Recommendation ${n}</strong></p><p>${int(random, 1, 9)}.${int(random, 1, 99)} ${text}</p>`;
    case 3:
      return `<li>${text}</li>`;
    case 4:
      return `<p><span class="para-number">${n}.</span> <b>${text}</b> (Paragraphs ${n}–${n + int(random, 0, 80)})</p>`;
    default:
      return `<p>${pick(random, ODD_NUMBERS)} ${text}</p>`;
  }
}

function doc(body: string, random: Random): string {
  const dir = random() < 0.1 ? ' dir="rtl"' : '';
  return `<!DOCTYPE html><html lang="en"${dir}><head><meta charset="utf-8"><title>${sentence(random, 5)}</title></head><body><main>${body}</main><footer><p>1. Footer text</p></footer></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Generators. Each returns a complete (or deliberately broken) HTML string.

const generators = {
  empty(random: Random) {
    return pick(random, [
      '',
      ' ',
      '<!DOCTYPE html>',
      '<html></html>',
      '<html><head></head><body></body></html>',
      '<!-- nothing -->',
      '<body>',
      '\u0000',
      '<h2>',
    ]);
  },

  nestedTables(random: Random) {
    const depth = 50;
    let inner = `${heading(random, 'Conclusions and recommendations')}${numberedItem(random, 1)}${numberedItem(random, 2)}`;
    for (let i = 0; i < depth; i++) {
      const cell = random() < 0.3 ? `<th>${pick(random, ['Recommendation', 'Response', 'Status'])}</th>` : '';
      inner = `<table><tbody><tr>${cell}<td>${random() < 0.2 ? heading(random) : ''}${inner}</td><td>${i + 1}. ${sentence(random, 3)}</td></tr></tbody></table>`;
    }
    return doc(inner, random);
  },

  manyParagraphs(random: Random) {
    const parts = [heading(random, 'Conclusions and recommendations')];
    for (let n = 1; n <= 10_000; n++)
      parts.push(`<p>${n}. ${pick(random, WORDS)} ${pick(random, WORDS)} recommendation (Paragraph ${n})</p>`);
    return doc(parts.join(''), random);
  },

  deepSpans(random: Random) {
    const depth = 2_000;
    const open = '<span>'.repeat(depth);
    const close = '</span>'.repeat(depth);
    const body = `${heading(random, 'Conclusions and recommendations')}<p>1. ${open}${sentence(random)}${close} (Paragraph 3)</p><p>${open}2. ${sentence(random)}${close}</p>`;
    return doc(body, random);
  },

  deepDivs(random: Random) {
    const depth = int(random, 100, 500);
    return doc(
      `${heading(random)}${'<div>'.repeat(depth)}<p>1. ${sentence(random)}</p>${'</div>'.repeat(depth)}<p>2. ${sentence(random)}</p>`,
      random,
    );
  },

  oddNumbering(random: Random) {
    const parts = [heading(random)];
    for (let i = 0; i < int(random, 1, 40); i++) {
      const number = pick(random, ODD_NUMBERS);
      parts.push(
        pick(random, [
          `<p>${number} ${sentence(random)}</p>`,
          `<p>Recommendation ${number} – ${pick(random, LABELS)}</p>`,
          `<p><strong>Recommendation ${number}</strong></p><p>${sentence(random)}</p>`,
          `<ol start="${int(random, -5, 9999)}"><li>${sentence(random)}</li></ol>`,
          `<p>${number}<sup>${int(random, 1, 40)}</sup> ${sentence(random)} (Paragraph ${number})</p>`,
        ]),
      );
    }
    return doc(parts.join(''), random);
  },

  rtlAndBidi(random: Random) {
    const parts = [heading(random, `${pick(random, RTL)} ${pick(random, BIDI)}Conclusions and recommendations`)];
    for (let n = 1; n <= int(random, 1, 30); n++) {
      const mark = pick(random, BIDI);
      parts.push(
        pick(random, [
          `<p dir="rtl">${n}. ${mark}${pick(random, RTL)} ${sentence(random)}${mark}</p>`,
          `<p>${mark}${n}.${mark} ${sentence(random)} (Paragraph ${mark}${n})</p>`,
          `<p>${n}. ${sentence(random)}</p><p>Recommendation ${n} ${mark}– ${pick(random, LABELS)}${mark}</p>`,
          `<p><bdo dir="rtl">${n}. ${sentence(random)}</bdo></p>`,
        ]),
      );
    }
    return doc(parts.join(''), random);
  },

  hugeTextNode(random: Random) {
    const chunk = `${sentence(random)} recommendation 7 (Paragraph 12) `;
    const huge = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
    return doc(
      `${random() < 0.7 ? heading(random, 'Conclusions and recommendations') : ''}<p>1. ${huge}</p><p>Recommendation 1 – Supported</p><p>${huge.slice(0, 1000)}</p>`,
      random,
    );
  },

  headingsEverywhere(random: Random) {
    const parts: string[] = [];
    for (let i = 0; i < int(random, 5, 120); i++) {
      parts.push(
        pick(random, [
          heading(random, 'Conclusions and recommendations'),
          `<table><tr><td>${heading(random, 'Conclusions and recommendations')}</td><td>${numberedItem(random, i + 1)}</td></tr></table>`,
          `<ul><li>${heading(random)}<a href="#x">Conclusions and recommendations</a></li></ul>`,
          `<nav>${heading(random)}<p>1. ${sentence(random)}</p></nav>`,
          `<div role="heading" aria-level="${int(random, 0, 9)}">Conclusions and recommendations</div>`,
          numberedItem(random, i + 1),
          `<p>${sentence(random)}</p>`,
        ]),
      );
    }
    return doc(parts.join(''), random);
  },

  headingsInTables(random: Random) {
    const rows: string[] = [];
    for (let n = 1; n <= int(random, 1, 60); n++) {
      rows.push(
        `<tr><td>${random() < 0.3 ? heading(random) : ''}${n}. ${sentence(random)}</td><td><strong>Recommendation ${n} – ${pick(random, LABELS)}</strong> ${sentence(random)}</td></tr>`,
      );
    }
    return doc(
      `<table><thead><tr><th>Recommendation</th><th>Government response</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      random,
    );
  },

  trackerShaped(random: Random) {
    return doc(
      `<nav>Source · Select Committees · ${sentence(random, 2)}</nav><h1>Recommendation ${pick(random, ['7', '', '٣', '1.1.1', 'x'])}</h1><p>7 ${pick(random, LABELS)}</p>` +
        `${random() < 0.5 ? '<h2>Recommendation</h2>' : ''}<p>${sentence(random)} (Paragraph 22)</p>` +
        `${random() < 0.5 ? `<h2>Government Response ${pick(random, LABELS)}</h2>` : ''}<h3>HM Government</h3><p>${sentence(random)}</p>`,
      random,
    );
  },

  tagSoup(random: Random) {
    const tags = [
      'p',
      'div',
      'span',
      'li',
      'ol',
      'ul',
      'table',
      'tr',
      'td',
      'h2',
      'h3',
      'b',
      'strong',
      'section',
      'footer',
      'nav',
      'aside',
      'blockquote',
      'template',
      'script',
      'style',
      'svg',
      'math',
    ];
    let out = '';
    for (let i = 0; i < int(random, 10, 600); i++) {
      const tag = pick(random, tags);
      const roll = random();
      if (roll < 0.35) out += `<${tag}>`;
      else if (roll < 0.6) out += `</${tag}>`;
      else if (roll < 0.8) out += `${int(random, 1, 30)}. ${sentence(random)} `;
      else
        out += pick(random, [...HEADINGS, '(Paragraph 4)', 'Recommendation 3 – Noted', '&nbsp;', '&#x202E;', '<!--', '-->', '<![CDATA[']);
    }
    return random() < 0.5 ? doc(out, random) : out;
  },
};

/** Random edits to real markup: cuts, duplicated and deleted runs, stray tags, bidi marks. */
export function mutate(html: string, random: Random): string {
  let out = html;
  for (let i = 0; i < int(random, 1, 8); i++) {
    const at = int(random, 0, out.length);
    const to = Math.min(out.length, at + int(random, 0, 2_000));
    switch (int(random, 0, 5)) {
      case 0:
        out = out.slice(0, at) + out.slice(to);
        break;
      case 1:
        out = out.slice(0, to) + out.slice(at, to) + out.slice(to);
        break;
      case 2:
        out =
          out.slice(0, at) +
          pick(random, [
            '<div>',
            '</p>',
            '<table><tr><td>',
            '</main>',
            '<h2>Conclusions and recommendations</h2>',
            '<footer>',
            '<nav>',
            '</strong>',
          ]) +
          out.slice(at);
        break;
      case 3:
        out = out.slice(0, at) + pick(random, BIDI) + out.slice(at);
        break;
      case 4:
        out = out.slice(0, at) + `<p>Recommendation ${int(random, 1, 30)} – ${pick(random, LABELS)}</p>` + out.slice(at);
        break;
      default:
        out = out.replace(/(\d+)\./, () => `${pick(random, ODD_NUMBERS)}`);
    }
  }
  return out;
}

export type Shape = keyof typeof generators | 'truncated' | 'mutated';

/** The big ones: each goes through every adapter, not just one URL. */
export const HEAVY_SHAPES: readonly Shape[] = ['manyParagraphs', 'hugeTextNode', 'deepSpans', 'nestedTables'];

export interface FuzzPage {
  seed: number;
  shape: Shape;
  html: string;
  /** For cut and mutated pages: which of `fixtures` it came from (run it at that case's URL too). */
  fixture?: number;
}

/**
 * Page number `index` of a run: heavy shapes (10 000 paragraphs, 1 MB text node, 2 000-deep spans,
 * 50-deep tables) come a few times each; the rest are light, including cut and mutated `fixtures`.
 */
export function fuzzPage(index: number, baseSeed: number, fixtures: readonly string[]): FuzzPage {
  const seed = (baseSeed + Math.imul(index, 0x9e3779b1)) >>> 0;
  const random = seededRandom(seed);
  const light: Shape[] = [
    'empty',
    'deepDivs',
    'oddNumbering',
    'rtlAndBidi',
    'headingsEverywhere',
    'headingsInTables',
    'trackerShaped',
    'tagSoup',
    'truncated',
    'mutated',
    'mutated',
    'truncated',
  ];
  const shape: Shape = index % 25 === 0 ? HEAVY_SHAPES[(index / 25) % HEAVY_SHAPES.length]! : pick(random, light);
  if (shape === 'truncated' || shape === 'mutated') {
    if (!fixtures.length) return { seed, shape, html: generators.headingsEverywhere(random) };
    const fixture = int(random, 0, fixtures.length - 1);
    const source = fixtures[fixture]!;
    const html = shape === 'truncated' ? source.slice(0, int(random, 0, source.length)) : mutate(source, random);
    return { seed, shape, html, fixture };
  }
  return { seed, shape, html: generators[shape](random) };
}
