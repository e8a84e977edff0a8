// Mozilla Readability over benchmark pages, for `annals eval extraction`.
// Usage: node extract.js [warmUpRounds] [timedRounds]  (defaults 3 and 7)
// Reads JSON Lines {"id", "html"} on stdin; writes JSON Lines {"id", "text"} on stdout, one a page, then one line
// {"pagesPerSecond": median, "rounds": [...]}: after the untimed warm-up passes, each timed pass over all pages gives
// one pages/s figure (jsdom parse included, process start excluded), as the JVM systems are timed.
// Block elements of the extracted article end with a line break, so words of adjacent paragraphs never merge.
'use strict';
const readline = require('readline');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, figcaption, section, article';
const warmUpRounds = Number(process.argv[2] || 3);
const timedRounds = Number(process.argv[3] || 7);

function extract(html) {
  const dom = new JSDOM(html, { url: 'https://example.org/article' });
  const article = new Readability(dom.window.document).parse();
  if (!article || !article.content) {
    return '';
  }
  const content = new JSDOM(article.content).window.document;
  for (const element of content.querySelectorAll(BLOCKS)) {
    element.appendChild(content.createTextNode('\n'));
  }
  return content.body.textContent.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

function safely(html) {
  try {
    return extract(html);
  } catch (e) {
    return '';
  }
}

function pagesPerSecond(pages) {
  const start = process.hrtime.bigint();
  for (const page of pages) {
    safely(page.html);
  }
  return pages.length / (Number(process.hrtime.bigint() - start) / 1e9);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const pages = [];
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on('line', (line) => {
  if (line.trim()) {
    pages.push(JSON.parse(line));
  }
});
input.on('close', () => {
  for (const page of pages) {
    process.stdout.write(JSON.stringify({ id: page.id, text: safely(page.html) }) + '\n');
  }
  for (let round = 0; round < warmUpRounds; round++) {
    pagesPerSecond(pages);
  }
  const rounds = [];
  for (let round = 0; round < timedRounds; round++) {
    rounds.push(pagesPerSecond(pages));
  }
  process.stdout.write(JSON.stringify({ pagesPerSecond: median(rounds), rounds }) + '\n');
});
