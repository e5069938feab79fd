/**
 * A typedoc plugin (loaded by typedoc.json) that draws the Mermaid diagrams of the guides (the state machines
 * in docs/process.md and docs/machine-*.md) as inline SVG when the site is built, with beautiful-mermaid:
 * no browser, no network, no script on the page. The renderer does not draw Mermaid notes, so the notes
 * (the events that keep a state) are listed under the figure, word for word.
 */
import { MarkdownEvent } from 'typedoc';
import { renderMermaidSVG } from 'beautiful-mermaid';

const fence = /^```mermaid[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
const note = /^\s*note (?:left|right) of (\S+)\s*:\s*(.*)$/;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One diagram as an HTML block: no blank line inside, so Markdown keeps it whole. */
function figure(source) {
  const lines = source.split('\n');
  const notes = lines.flatMap((l) => {
    const m = note.exec(l);
    return m ? [[m[1], m[2]]] : [];
  });
  const diagram = lines.filter((l) => !note.test(l)).join('\n');
  // The site's own colours, so the diagram follows its light and dark themes.
  const svg = renderMermaidSVG(diagram, { bg: 'var(--color-background)', fg: 'var(--color-text)', transparent: true });
  const caption = notes.length === 0 ? '' : `<figcaption><ul>${notes.map(([state, text]) => `<li><code>${escape(state)}</code>: ${escape(text)}</li>`).join('')}</ul></figcaption>`;
  // The renderer asks for a web font; the site stays offline and uses the reader's own sans-serif.
  const offline = svg.replace(/@import url\([^)]*\);?/g, '');
  return `<figure class="mermaid-diagram">${offline.replace(/\n\s*\n/g, '\n').replace(/\n/g, ' ')}${caption}</figure>\n`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  const drawn = new Map();
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText.replace(fence, (_, source) => {
        let html = drawn.get(source);
        if (html === undefined) drawn.set(source, (html = figure(source)));
        return html;
      });
    },
    // Before typedoc turns the Markdown into HTML.
    100,
  );
}
