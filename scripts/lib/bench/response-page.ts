/**
 * A large generated government response as a GOV.UK HTML publication, shaped like
 * tests/fixtures/pages/response-covid-inquiry-cp1240: GOV.UK chrome, "From:" metadata, a contents
 * sidebar, the Command Paper box, an introduction naming the report, then per recommendation a
 * "Recommendation N: Title" heading, the recommendation quoted in a blockquote, and the answer
 * (a verdict sentence, then more). The text is composed (see text-bank.ts). Pure.
 */
import { byteLength, type GeneratedPage, type GeneratedRecommendation } from './report-page';
import { escapeHtml, seededRandom, slug, type Random } from './random';
import { answerSentence, recommendationText, TOPICS, verdictSentence, type Topic, type Verdict } from './text-bank';

export interface ResponsePageOptions {
  seed?: number;
  /** How many recommendations the page answers (ignored when `recommendations` is given). */
  answers?: number;
  /** The report's recommendations to quote; else composed ones. */
  recommendations?: readonly GeneratedRecommendation[];
  /** The report answered, as the introduction names it. */
  reportTitle?: string;
  paperNumber?: string;
}

export interface GeneratedAnswer {
  number: string;
  verdict: Verdict;
  /** The quoted recommendation. */
  text: string;
}

export interface GeneratedResponse extends GeneratedPage {
  answers: GeneratedAnswer[];
}

const SLUG = 'government-response-to-the-justice-committee-report-on-the-work-of-the-justice-system';
export const RESPONSE_URL = `https://www.gov.uk/government/publications/${SLUG}/${SLUG}`;

function verdictFor(random: Random): Verdict {
  const roll = random.next();
  return roll < 0.4 ? 'accepted' : roll < 0.6 ? 'partially-accepted' : roll < 0.75 ? 'rejected' : 'noted';
}

function topicFor(section: string | undefined, index: number): Topic {
  return TOPICS.find((topic) => topic.title === section) ?? TOPICS[index % TOPICS.length]!;
}

function headline(random: Random, topic: Topic): string {
  const thing = random.pick(topic.things);
  return thing.charAt(0).toUpperCase() + thing.slice(1);
}

export function generateResponsePage(options: ResponsePageOptions = {}): GeneratedResponse {
  const random = seededRandom(options.seed ?? 932);
  const reportTitle = options.reportTitle ?? 'The work of the justice system: capacity, rights and outcomes';
  const paper = options.paperNumber ?? 'HC 1304';
  const quoted =
    options.recommendations ??
    Array.from({ length: options.answers ?? 300 }, (_, i) => {
      const topic = TOPICS[Math.floor(i / 25) % TOPICS.length]!;
      return { number: String(i + 1), text: recommendationText(random, topic), section: topic.title, paragraphRefs: [] };
    });
  const title = `Government response to the Justice Committee report: ${reportTitle}`;

  const answers: GeneratedAnswer[] = [];
  const contents: string[] = [];
  const body: string[] = [];
  let footnotes = 0;
  const notes: string[] = [];
  quoted.forEach((rec, index) => {
    const topic = topicFor(rec.section, index);
    const heading = `Recommendation ${rec.number}: ${headline(random, topic)}`;
    const id = slug(heading);
    const verdict = verdictFor(random);
    contents.push(
      `            <li class="gem-c-contents-list__list-item"><a class="gem-c-contents-list__link govuk-link" href="#${id}">${escapeHtml(heading)}</a></li>`,
    );
    body.push(`<h2 id="${id}">${escapeHtml(heading)}</h2>`);
    const ref = rec.paragraphRefs.length ? ` (Paragraph ${rec.paragraphRefs.join(' and ')})` : '';
    body.push(`<blockquote>\n<p>${escapeHtml(rec.text)}${ref}</p>\n</blockquote>`);
    const first = [escapeHtml(verdictSentence(random, verdict)), escapeHtml(answerSentence(random, topic))];
    if (random.chance(0.2)) {
      footnotes++;
      notes.push(`Ministry of Justice, ${escapeHtml(random.pick(topic.things))}, ${2020 + (footnotes % 5)}`);
      first.push(
        `<sup id="fnref:${footnotes}" role="doc-noteref"><a href="#fn:${footnotes}" class="govuk-link" rel="footnote">[footnote ${footnotes}]</a></sup>`,
      );
    }
    body.push(`<p>${first.join(' ')}</p>`);
    for (let p = random.int(1, 4); p > 0; p--) {
      body.push(`<p>${Array.from({ length: random.int(2, 4) }, () => escapeHtml(answerSentence(random, topic))).join(' ')}</p>`);
    }
    if (random.chance(0.15)) {
      body.push(
        `<ul>\n${Array.from({ length: random.int(2, 4) }, () => `  <li>${escapeHtml(answerSentence(random, topic))}</li>`).join('\n')}\n</ul>`,
      );
    }
    answers.push({ number: rec.number, verdict, text: rec.text });
  });

  const html = `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="${RESPONSE_URL}">
<meta name="govuk:format" content="html_publication">
<meta name="govuk:primary-publishing-organisation" content="Ministry of Justice">
<style>
  body { font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }
  .govuk-skip-link { position: absolute; left: -9999px; }
  .gem-c-layout-super-navigation-header { background: #0b0c0c; color: #fff; padding: 10px 30px; display: flex; gap: 20px; }
  .gem-c-layout-super-navigation-header a { color: #fff; font-weight: bold; text-decoration: none; }
  .govuk-width-container { max-width: 960px; margin: 0 auto; padding: 0 15px; }
  .gem-c-inverse-header { background: #1d70b8; color: #fff; padding: 20px 30px; } .gem-c-inverse-header a { color: #fff; }
  .govuk-grid-row { display: flex; gap: 30px; } .contents-list-container { flex: 0 0 25%; font-size: .9em; } .main-content-container { flex: 1; }
  .govspeak blockquote { border-left: 5px solid #b1b4b6; margin: 1em 0; padding-left: 15px; }
  .footnotes { font-size: .85em; border-top: 1px solid #b1b4b6; }
  .govuk-footer { background: #f3f2f1; border-top: 1px solid #1d70b8; padding: 25px 30px; font-size: .9em; }
</style>
</head>
<body class="govuk-template__body">
<a href="#content" class="govuk-skip-link">Skip to main content</a>
<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
  <p>We use some essential cookies to make this website work.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<header role="banner" class="gem-c-layout-super-navigation-header">
  <a href="https://www.gov.uk/" class="govuk-header__link"><span class="govuk-header__logotype">GOV.UK</span></a>
  <nav aria-label="Navigation menu"><a href="/browse">Menu</a></nav>
  <form role="search" action="/search/all" method="get">
    <label for="search-main">Search GOV.UK</label>
    <input type="search" id="search-main" name="keywords">
    <button type="submit">Search</button>
  </form>
</header>
<div class="govuk-width-container">
  <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
    <ol class="govuk-breadcrumbs__list">
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/crime-justice-and-law">Crime, justice and law</a></li>
    </ol>
  </nav>
  <main role="main" id="content" class="html-publication" lang="en">
    <div class="gem-c-inverse-header">
      <header>
        <span class="govuk-caption-xl">Corporate report</span>
        <h1 class="gem-c-heading__text">${escapeHtml(title)}</h1>
        <div class="gem-c-metadata">
          <dl>
            <dt class="gem-c-metadata__term">From:</dt>
            <dd class="gem-c-metadata__definition"><a href="/government/organisations/ministry-of-justice" class="govuk-link">Ministry of Justice</a></dd>
            <dt class="gem-c-metadata__term">Published</dt>
            <dd class="gem-c-metadata__definition">14 May 2025</dd>
          </dl>
        </div>
      </header>
    </div>
    <div class="govuk-grid-row">
      <div class="contents-list-container">
        <nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
          <h2 class="gem-c-contents-list__title">Contents</h2>
          <ol class="gem-c-contents-list__list">
            <li class="gem-c-contents-list__list-item"><a class="gem-c-contents-list__link govuk-link" href="#introduction">Introduction</a></li>
${contents.join('\n')}
          </ol>
        </nav>
      </div>
      <div class="main-content-container">
        <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
          <div class="govspeak">
<div class="call-to-action">
<p>© Crown copyright 2025</p>
<p>This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.</p>
<p>Presented to Parliament by the Lord Chancellor and Secretary of State for Justice by Command of His Majesty, May 2025. CP 1304</p>
</div>
<h2 id="introduction">Introduction</h2>
<p>The Government is grateful to the Justice Committee for its report, <em>${escapeHtml(reportTitle)}</em> (${escapeHtml(paper)}), published on 14 March 2025, and to everyone who gave evidence to the inquiry.</p>
<p>This paper sets out the Government’s response to each of the Committee’s ${quoted.length} conclusions and recommendations, in the order in which they appear in the report.</p>
${body.join('\n')}
<div class="footnotes" role="doc-endnotes">
<ol>
${notes.map((note, i) => `<li id="fn:${i + 1}" role="doc-endnote"><p>${note} <a href="#fnref:${i + 1}" class="govuk-link" role="doc-backlink">↩</a></p></li>`).join('\n')}
</ol>
</div>
          </div>
        </div>
      </div>
    </div>
  </main>
</div>
<footer class="govuk-footer" role="contentinfo">
  <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
  <p>© Crown copyright</p>
</footer>
</body>
</html>
`;
  return { url: RESPONSE_URL, title, html, bytes: byteLength(html), answers };
}
