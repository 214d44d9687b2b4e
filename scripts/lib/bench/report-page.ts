/**
 * A large generated Commons committee report (`…/report.html`), shaped like the real ones and like
 * tests/fixtures/pages/commons-report-justice-hc304: page chrome, cover, contents, numbered body
 * paragraphs with footnote markers and bold recommendations, then "Conclusions and
 * recommendations" under sub-headings, each item ending "(Paragraph N)", formal minutes and
 * footnotes. The text is composed (see text-bank.ts). Pure: the same options give the same page.
 */
import { escapeHtml, seededRandom, slug, type Random } from './random';
import { evidenceSentence, footnoteText, recommendationText, TOPICS, type Topic } from './text-bank';

export interface ReportPageOptions {
  seed?: number;
  /** Items in the "Conclusions and recommendations" list. */
  recommendations?: number;
  /** The page grows (more body paragraphs) until its HTML is at least this many bytes (UTF-8). */
  minBytes?: number;
  paperNumber?: number;
}

export interface GeneratedRecommendation {
  number: string;
  text: string;
  section: string;
  paragraphRefs: string[];
}

export interface GeneratedPage {
  url: string;
  title: string;
  html: string;
  bytes: number;
}

export interface GeneratedReport extends GeneratedPage {
  paperNumber: string;
  committee: string;
  recommendations: GeneratedRecommendation[];
  bodyParagraphs: number;
}

const COMMITTEE = 'Justice Committee';
const SESSION = 'cm5901';

/** UTF-8 size of a page, as served. */
export function byteLength(html: string): number {
  return new TextEncoder().encode(html).length;
}

export function reportUrl(paperNumber: number): string {
  return `https://publications.parliament.uk/pa/${SESSION}/cmselect/cmjust/${paperNumber}/report.html`;
}

/** The site's chrome above the report: header, search form and breadcrumb. */
export function parliamentHeader(title: string): string {
  return `<a class="skip" href="#main-content">Skip to main content</a>
<header class="site">
  <a class="brand" href="https://www.parliament.uk/">UK Parliament</a>
  <nav aria-label="Site">
    <a href="https://www.parliament.uk/business/">Parliamentary business</a> |
    <a href="https://publications.parliament.uk/">Publications</a> |
    <a href="https://committees.parliament.uk/">Committees</a> |
    <a href="https://members.parliament.uk/">MPs and Lords</a>
  </nav>
  <form action="https://search-material.parliament.uk/search" method="get" role="search">
    <label for="site-search">Search</label>
    <input type="search" id="site-search" name="q" placeholder="Search publications">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="https://www.parliament.uk/">UK Parliament</a></li>
    <li><a href="https://publications.parliament.uk/">Publications and records</a></li>
    <li><a href="https://publications.parliament.uk/pa/cm/cmselect.htm">Commons Select Committees</a></li>
    <li><a href="https://committees.parliament.uk/committee/102/justice-committee/">Justice Committee</a></li>
    <li aria-current="page">${escapeHtml(title)}</li>
  </ol>
</nav>`;
}

export function parliamentFooter(url: string): string {
  return `<footer class="site">
  <ul>
    <li><a href="https://www.parliament.uk/site-information/contact-us/">Contact us</a></li>
    <li><a href="https://www.parliament.uk/site-information/accessibility/">Accessibility statement</a></li>
    <li><a href="https://www.parliament.uk/site-information/privacy/">Cookie policy</a></li>
    <li><a href="https://www.parliament.uk/site-information/copyright-parliament/">© UK Parliament 2025</a></li>
  </ul>
  <p><a href="${url}#main-content">Back to top</a></p>
</footer>`;
}

export const PARLIAMENT_STYLE = `<style>
  body { font-family: Georgia, "Times New Roman", serif; margin: 0; color: #222; line-height: 1.5; }
  .skip { position: absolute; left: -999px; }
  header.site { background: #373151; color: #fff; padding: 10px 24px; display: flex; gap: 16px; align-items: center; }
  header.site a { color: #fff; text-decoration: none; }
  nav.breadcrumb ol { list-style: none; padding: 8px 24px; margin: 0; background: #f3f3f3; font-size: .9em; }
  nav.breadcrumb li { display: inline; } nav.breadcrumb li + li::before { content: " › "; }
  main { max-width: 52em; margin: 0 auto; padding: 0 24px 48px; }
  .para-number { display: inline-block; min-width: 2.4em; }
  blockquote { margin: .5em 2.6em; font-size: .95em; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; }
  ol.footnotes { font-size: .85em; list-style: none; padding-left: 0; }
  footer.site { background: #373151; color: #fff; padding: 16px 24px; font-size: .9em; } footer.site a { color: #fff; }
</style>`;

interface Chapter {
  topic: Topic;
  number: number;
  /** Recommendations in this chapter. */
  count: number;
}

/** Spread `total` recommendations over the topics, in chapters of 15–35. */
function planChapters(random: Random, total: number): Chapter[] {
  const chapters: Chapter[] = [];
  let left = total;
  let i = 0;
  while (left > 0) {
    const count = Math.min(left, random.int(15, 35));
    chapters.push({ topic: TOPICS[i % TOPICS.length]!, number: i + 1, count });
    left -= count;
    i++;
  }
  return chapters;
}

class Footnotes {
  private notes: string[] = [];
  constructor(private random: Random) {}
  /** A marker for a new footnote, or '' (about one sentence in three has one). */
  marker(topic: Topic): string {
    if (!this.random.chance(0.35)) return '';
    this.notes.push(footnoteText(this.random, topic));
    const n = this.notes.length;
    return `<sup><a href="#fn${n}" id="fnref${n}">${n}</a></sup>`;
  }
  html(): string {
    return this.notes
      .map((note, i) => `    <li id="fn${i + 1}"><a href="#fnref${i + 1}" class="footnote-back">${i + 1}</a> ${note}</li>`)
      .join('\n');
  }
}

function sentences(random: Random, topic: Topic, footnotes: Footnotes, min: number, max: number): string {
  const out: string[] = [];
  for (let i = random.int(min, max); i > 0; i--) out.push(evidenceSentence(random, topic, footnotes.marker(topic)));
  return out.join(' ');
}

/** A numbered body paragraph: `<p id="para-N"><span class="para-number">N.</span> …</p>`. */
function bodyParagraph(number: number, content: string): string {
  return `<p id="para-${number}" class="paragraph"><span class="para-number">${number}.</span> ${content}</p>`;
}

function extraBlock(random: Random, topic: Topic, tableNumber: number): string {
  switch (random.int(0, 2)) {
    case 0:
      return `<blockquote><p>“${escapeHtml(evidenceSentence(random, topic, '').replace(/[“”]/g, ''))}”</p></blockquote>`;
    case 1: {
      const rows = Array.from({ length: random.int(3, 6) }, (_, i) => {
        const year = 2019 + i;
        return `<tr><td>${year}–${String(year + 1).slice(2)}</td><td>${random.int(10, 90)},${String(random.int(0, 999)).padStart(3, '0')}</td><td>${random.int(1, 60)}</td></tr>`;
      }).join('\n');
      return `<table>\n<caption>Table ${tableNumber}: ${escapeHtml(random.pick(topic.things))}</caption>\n<thead><tr><th>Year</th><th>Cases</th><th>Median weeks</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
    default:
      return `<ul>\n${Array.from({ length: random.int(2, 4) }, () => `  <li>${random.pick(topic.things)};</li>`).join('\n')}\n</ul>`;
  }
}

function renderReport(options: Required<ReportPageOptions>, fillerPerRecommendation: number): GeneratedReport {
  const random = seededRandom(options.seed);
  const paper = String(options.paperNumber);
  const url = reportUrl(options.paperNumber);
  const title = 'The work of the justice system: capacity, rights and outcomes';
  const footnotes = new Footnotes(random);
  const chapters = planChapters(random, options.recommendations);
  const recommendations: GeneratedRecommendation[] = [];
  const body: string[] = [];
  let paragraph = 0;
  let tables = 0;

  for (const chapter of chapters) {
    const { topic } = chapter;
    body.push(`<section id="${slug(topic.title)}" class="chapter">`);
    body.push(`<h2><span class="chapter-number">${chapter.number}</span> ${escapeHtml(topic.title)}</h2>`);
    for (let r = 0; r < chapter.count; r++) {
      if (r % Math.ceil(chapter.count / topic.sections.length) === 0) {
        const section = topic.sections[Math.floor(r / Math.ceil(chapter.count / topic.sections.length))] ?? topic.sections[0]!;
        body.push(`<h3>${escapeHtml(section)}</h3>`);
      }
      // Evidence paragraphs leading up to the committee's view: the bulk of the page.
      const filler = Math.max(1, Math.round(fillerPerRecommendation * (0.5 + random.next())));
      for (let f = 0; f < filler; f++) {
        body.push(bodyParagraph(++paragraph, sentences(random, topic, footnotes, 3, 6)));
        if (random.chance(0.08)) body.push(extraBlock(random, topic, ++tables));
      }
      // The paragraph holding the recommendation in bold, sometimes carried on into the next one.
      const text = recommendationText(random, topic);
      const refs = [String(++paragraph)];
      body.push(bodyParagraph(paragraph, `${sentences(random, topic, footnotes, 0, 2)} <strong>${escapeHtml(text)}</strong>`.trim()));
      let fullText = text;
      if (random.chance(0.1)) {
        const more = recommendationText(random, topic);
        refs.push(String(++paragraph));
        body.push(bodyParagraph(paragraph, `<strong>${escapeHtml(more)}</strong>`));
        fullText = `${text} ${more}`;
      }
      recommendations.push({ number: String(recommendations.length + 1), text: fullText, section: topic.title, paragraphRefs: refs });
    }
    body.push('</section>');
  }

  const conclusions: string[] = [];
  let lastSection = '';
  for (const rec of recommendations) {
    if (rec.section !== lastSection) {
      conclusions.push(`<h3>${escapeHtml(rec.section)}</h3>`);
      lastSection = rec.section;
    }
    const ref = rec.paragraphRefs.length === 1 ? `(Paragraph ${rec.paragraphRefs[0]})` : `(Paragraphs ${rec.paragraphRefs.join(' and ')})`;
    conclusions.push(
      `<p class="paragraph"><span class="para-number">${rec.number}.</span> <strong>${escapeHtml(rec.text)}</strong> ${ref}</p>`,
    );
  }

  const contents = chapters
    .map((c) => `        <li><a href="#${slug(c.topic.title)}">${c.number} ${escapeHtml(c.topic.title)}</a></li>`)
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - ${COMMITTEE} - House of Commons</title>
<meta name="description" content="${COMMITTEE}, Seventh Report of Session 2024–25, ${escapeHtml(title)}, HC ${paper}">
<link rel="canonical" href="${url}">
${PARLIAMENT_STYLE}
</head>
<body>
${parliamentHeader(title)}
<main id="main-content">
<div class="cover">
  <p>House of Commons</p>
  <p>${COMMITTEE}</p>
  <h1>${escapeHtml(title)}</h1>
  <p>Seventh Report of Session 2024–25</p>
  <p><em>Report, together with formal minutes relating to the report</em></p>
  <p class="paper">HC ${paper}</p>
  <p>Published on 14 March 2025 by authority of the House of Commons</p>
</div>
<nav id="contents" aria-labelledby="contents-heading">
  <h2 id="contents-heading">Contents</h2>
  <ul>
    <li><a href="#summary">Summary</a></li>
    <li>Report
      <ul>
${contents}
      </ul>
    </li>
    <li><a href="#conclusions">Conclusions and recommendations</a></li>
    <li><a href="#formal-minutes">Formal minutes</a></li>
    <li><a href="#footnotes">Footnotes</a></li>
  </ul>
</nav>
<section id="summary">
<h2>Summary</h2>
<p>${sentences(random, TOPICS[0]!, footnotes, 4, 6)}</p>
<p>Our conclusions and recommendations are set out in bold in the text of the Report and listed at the end.</p>
</section>
${body.join('\n')}
<section id="conclusions">
<h2>Conclusions and recommendations</h2>
${conclusions.join('\n')}
</section>
<section id="formal-minutes">
<h2>Formal minutes</h2>
<h3>Tuesday 11 March 2025</h3>
<p>Draft Report (<em>${escapeHtml(title)}</em>), proposed by the Chair, brought up and read.</p>
<p><em>Ordered</em>, That the draft Report be read a second time, paragraph by paragraph.</p>
<p>Paragraphs 1 to ${paragraph} read and agreed to.</p>
<p><em>Resolved</em>, That the Report be the Seventh Report of the Committee to the House.</p>
</section>
<section id="footnotes">
  <h2>Footnotes</h2>
  <ol class="footnotes">
${footnotes.html()}
  </ol>
</section>
</main>
${parliamentFooter(url)}
</body>
</html>
`;
  return {
    url,
    title,
    html,
    bytes: byteLength(html),
    paperNumber: `HC ${paper}`,
    committee: COMMITTEE,
    recommendations,
    bodyParagraphs: paragraph,
  };
}

/** The report page; grown until it reaches `minBytes`. */
export function generateReportPage(options: ReportPageOptions = {}): GeneratedReport {
  const full: Required<ReportPageOptions> = {
    seed: options.seed ?? 304,
    recommendations: options.recommendations ?? 300,
    minBytes: options.minBytes ?? 2_200_000,
    paperNumber: options.paperNumber ?? 1304,
  };
  let filler = 4;
  let report = renderReport(full, filler);
  for (let tries = 0; report.bytes < full.minBytes && tries < 8; tries++) {
    filler = filler * (full.minBytes / report.bytes) * 1.05;
    report = renderReport(full, filler);
  }
  return report;
}
