// Client bundles only: removes the `strings` (title, caption, source, alt) of each figure definition in
// src/figures/<id>.ts. The build already put those words into the page's HTML, in the page's language, so the
// browser never needs them — and shipping both languages of every caption in every figure chunk costs
// kilobytes on every chapter (DESIGN.md budget: all islands of a chapter ≤ 110 KB gzip). Server builds and tests
// keep the full definitions. The island reads the title it cites from the page (see island.tsx).
import ts from 'typescript';

const FIGURE_FILE = /\/src\/figures\/[^/]+\.ts$/;

/** Replaces the value of the `strings:` property of the object passed to defineFigure(...) with an empty stub. */
export function stripStrings(code, fileName = 'figure.ts') {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineFigure') {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) {
          if (ts.isPropertyAssignment(p) && p.name && p.name.getText(sf) === 'strings') {
            edits.push([p.initializer.getStart(sf), p.initializer.getEnd()]);
          } else if (ts.isShorthandPropertyAssignment(p) && p.name.text === 'strings') {
            edits.push([p.getStart(sf), p.getEnd(), 'strings: STRIPPED_STRINGS']);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + (text ?? 'STRIPPED_STRINGS') + out.slice(end);
  }
  // Declared first: the definition object is built when the module runs.
  return `const STRIPPED_STRINGS = { zh: { title: '', caption: '', source: '', alt: '' }, en: { title: '', caption: '', source: '', alt: '' } };\n${out}`;
}

/** @returns {import('vite').Plugin} */
export default function stripFigureStrings() {
  return {
    name: 'scaling-strip-figure-strings',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !FIGURE_FILE.test(id.split('?')[0])) return null;
      const out = stripStrings(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
