// Mozilla Readability over benchmark pages, for `annals eval extraction`.
// Reads JSON Lines {"id", "html"} on stdin; writes JSON Lines {"id", "text", "ms"} on stdout.
// Block elements of the extracted article end with a line break, so words of adjacent paragraphs never merge.
'use strict';
const readline = require('readline');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, figcaption, section, article';

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

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on('line', (line) => {
  if (!line.trim()) {
    return;
  }
  const page = JSON.parse(line);
  const start = process.hrtime.bigint();
  let text = '';
  try {
    text = extract(page.html);
  } catch (e) {
    text = '';
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ id: page.id, text, ms }) + '\n');
});
