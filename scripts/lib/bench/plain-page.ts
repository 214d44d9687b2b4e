/**
 * A long page on a supported site with nothing to find: a Commons `report.html` of 10 000 numbered
 * paragraphs of evidence narrative under chapter and section headings, with footnote markers but
 * no bold recommendations and no "Conclusions and recommendations" section. The content script
 * runs on it (the URL matches) and should find nothing, cheaply. Text composed (text-bank.ts). Pure.
 */
import { seededRandom } from './random';
import { byteLength, parliamentFooter, parliamentHeader, PARLIAMENT_STYLE, type GeneratedPage } from './report-page';
import { evidenceSentence, footnoteText, TOPICS } from './text-bank';

export interface PlainPageOptions {
  seed?: number;
  paragraphs?: number;
}

export interface GeneratedPlainPage extends GeneratedPage {
  paragraphs: number;
}

export const PLAIN_PAGE_URL = 'https://publications.parliament.uk/pa/cm5901/cmselect/cmjust/1305/report.html';

export function generatePlainPage(options: PlainPageOptions = {}): GeneratedPlainPage {
  const random = seededRandom(options.seed ?? 1305);
  const count = options.paragraphs ?? 10_000;
  const title = 'Evidence on the work of the justice system: a digest';
  const body: string[] = [];
  const notes: string[] = [];
  const perChapter = Math.ceil(count / TOPICS.length);
  for (let n = 1; n <= count; n++) {
    const topic = TOPICS[Math.floor((n - 1) / perChapter) % TOPICS.length]!;
    const inChapter = (n - 1) % perChapter;
    if (inChapter === 0) body.push(`<h2>${Math.floor((n - 1) / perChapter) + 1} ${topic.title}</h2>`);
    const perSection = Math.ceil(perChapter / topic.sections.length);
    if (inChapter % perSection === 0) body.push(`<h3>${topic.sections[Math.floor(inChapter / perSection)] ?? topic.sections[0]}</h3>`);
    const sentences: string[] = [];
    for (let s = random.int(1, 3); s > 0; s--) {
      let marker = '';
      if (random.chance(0.15)) {
        notes.push(footnoteText(random, topic));
        marker = `<sup><a href="#fn${notes.length}" id="fnref${notes.length}">${notes.length}</a></sup>`;
      }
      sentences.push(evidenceSentence(random, topic, marker));
    }
    body.push(`<p id="para-${n}" class="paragraph"><span class="para-number">${n}.</span> ${sentences.join(' ')}</p>`);
  }
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Justice Committee - House of Commons</title>
${PARLIAMENT_STYLE}
</head>
<body>
${parliamentHeader(title)}
<main id="main-content">
<div class="cover">
  <p>House of Commons</p>
  <p>Justice Committee</p>
  <h1>${title}</h1>
  <p class="paper">HC 1305</p>
</div>
${body.join('\n')}
<section id="footnotes">
  <h2>Footnotes</h2>
  <ol class="footnotes">
${notes.map((note, i) => `    <li id="fn${i + 1}"><a href="#fnref${i + 1}" class="footnote-back">${i + 1}</a> ${note}</li>`).join('\n')}
  </ol>
</section>
</main>
${parliamentFooter(PLAIN_PAGE_URL)}
</body>
</html>
`;
  return { url: PLAIN_PAGE_URL, title, html, bytes: byteLength(html), paragraphs: count };
}
