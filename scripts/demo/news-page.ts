/** Renders a bundled article as a self-contained news page (no external resources). */
import type { DemoArticle } from './article';
import { newsPageCss } from './news-page-css';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `2016-09-08` → `September 8, 2016`. */
export function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A paragraph; the dateline that opens the first one is set in small caps. */
function paragraph(text: string, dateline: string): string {
  if (!text.startsWith(dateline)) return `<p>${escapeHtml(text)}</p>`;
  const rest = text.slice(dateline.length);
  return `<p><span class="dateline">${escapeHtml(dateline)}</span>${escapeHtml(rest)}</p>`;
}

/** The whole page as an HTML string. */
export function renderNewsPage(article: DemoArticle): string {
  const e = escapeHtml;
  const date = longDate(article.published);
  const body = article.paragraphs.map((p) => paragraph(p, article.dateline)).join('\n        ');
  const credit = article.attribution ?? `As reported by ${article.source}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta property="article:published_time" content="${e(article.published)}" />
    <title>${e(article.title)} | The World Desk</title>
    <style>${newsPageCss}</style>
  </head>
  <body>
    <header class="masthead">
      <div class="topline"><span>${e(date)}</span><span>Local demo edition</span></div>
      <div class="brand">The World Desk</div>
      <nav><span>World</span><span>Politics</span><span>Middle East</span><span>Europe</span><span>Business</span><span>Opinion</span></nav>
    </header>
    <main class="layout">
      <article>
        <div class="kicker">Diplomacy</div>
        <h1>${e(article.title)}</h1>
        <p class="standfirst">${e(article.standfirst)}</p>
        <div class="byline">
          <span class="source">${e(article.source)}</span>
          <span>${e(article.dateline)}</span>
          <time datetime="${e(article.published)}">${e(date)}</time>
        </div>
        ${body}
        <p class="credit">${e(credit)}</p>
      </article>
      <aside>
        <h2>About this page</h2>
        <p>A local page made by <code>npm run demo</code> from the article bundled with Backstory. Names that Backstory knows are highlighted; point at one to see its background card.</p>
      </aside>
    </main>
    <footer>The World Desk is a demo page served from this computer. Text: ${e(article.source)}, ${e(date)}.</footer>
  </body>
</html>
`;
}
