// Client bundles only: one copy of the figure and calculator code per language. A page is in one language, yet
// every parameter label, help text, option name and notice in src/ is written as `{ zh: …, en: … }`, so each
// figure chunk used to carry both (≈ 40 % of its gzip size). The browser entry points import
// `virtual:lang/<lang>/<path under src>`; this plugin resolves that to the module with `?lang=<lang>`, passes the
// query on to every module under src/ that it imports, and in those copies replaces the other language's value
// of each `{ zh, en }` object literal with `undefined`. Shared libraries (Preact, Plot) stay one copy.
// Server builds (build-time SVG and HTML), tests and Web Workers use the untouched sources.
//
// The rules are syntactic: an object literal whose only two properties are `zh` and `en`, and a call
// `pick(lang, <zh>, <en>)` (src/figures/lib/plot.ts) becomes its argument in the bundle's language, as does
// `lang === 'zh' ? <zh> : <en>`. So in browser code `lang` is always the page's language. Code that reads both
// languages of such an object on purpose must not run in the browser (see the note in src/i18n/index.ts).
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url)).replace(/\\/g, '/');
const LANGS = ['zh', 'en'];
const VIRTUAL = /^virtual:lang\/(zh|en)\/(.+)$/;
const LANG_QUERY = /\?(?:.*&)?lang=(zh|en)(?:&|$)/;
const CODE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function propertyName(p, sf) {
  if (!(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) return null;
  const n = p.name;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n)) return n.text;
  return n.getText(sf);
}

/** `{ op, value }` when `node` is `lang === 'zh'`, `lang !== 'en'` and the like; else null. */
function langTest(node) {
  if (!ts.isBinaryExpression(node)) return null;
  const op = node.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken) return null;
  const [a, b] = [node.left, node.right];
  const id = ts.isIdentifier(a) && a.text === 'lang' ? b : ts.isIdentifier(b) && b.text === 'lang' ? a : null;
  if (!id || !ts.isStringLiteral(id) || !LANGS.includes(id.text)) return null;
  return { op: op === ts.SyntaxKind.EqualsEqualsEqualsToken ? '===' : '!==', value: id.text };
}

/**
 * Returns `code` with the value of every `{ zh: …, en: … }` object literal's other-language property replaced by
 * `void 0`, and every `pick(lang, zh, en)` and `lang === 'zh' ? zh : en` replaced by its part in `lang`; null when
 * there is none.
 * `lang` is the language kept.
 */
export function keepLanguage(code, fileName, lang) {
  if (!LANGS.includes(lang)) throw new RangeError(`lang must be zh or en, got ${lang}`);
  const drop = lang === 'zh' ? 'en' : 'zh';
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  // Replaces `node` by its part `kept`, in brackets (so `{ … }` reads as an object, not a block), and goes on inside it.
  const keepOnly = (node, kept) => {
    edits.push([node.getStart(sf), kept.getStart(sf), '('], [kept.getEnd(), node.getEnd(), ')']);
    visit(kept);
  };
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length === 2) {
      const names = node.properties.map((p) => propertyName(p, sf));
      if (names.includes('zh') && names.includes('en')) {
        const p = node.properties[names.indexOf(drop)];
        if (ts.isPropertyAssignment(p)) edits.push([p.initializer.getStart(sf), p.initializer.getEnd(), 'void 0']);
        else edits.push([p.getStart(sf), p.getEnd(), `${drop}: void 0`]);
        // The kept value may itself hold `{ zh, en }` objects; the dropped one is gone, so skip its inside.
        ts.forEachChild(node.properties[names.indexOf(lang)], visit);
        return;
      }
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'pick' &&
      node.arguments.length === 3 &&
      ts.isIdentifier(node.arguments[0]) &&
      node.arguments[0].text === 'lang'
    ) {
      // In a bundle for one language, `lang` is that language: the call is its argument.
      keepOnly(node, node.arguments[lang === 'zh' ? 1 : 2]);
      return;
    }
    const test = ts.isConditionalExpression(node) ? langTest(node.condition) : null;
    if (test) {
      // `lang === 'zh' ? A : B` (or !==, or 'en'): in a bundle for one language only one branch can run.
      keepOnly(node, (test.op === '===') === (test.value === lang) ? node.whenTrue : node.whenFalse);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** @returns {import('vite').Plugin} */
export default function langBundles() {
  return {
    name: 'scaling-lang-bundles',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const v = VIRTUAL.exec(source);
      if (v) {
        const r = await this.resolve(SRC + v[2], importer, { ...options, skipSelf: true });
        if (!r) return null;
        // Server code (and a dev server rendering pages) gets the plain module.
        return options?.ssr ? r : `${r.id}?lang=${v[1]}`;
      }
      const q = importer && !options?.ssr ? LANG_QUERY.exec(importer) : null;
      if (!q || source.includes('?') || source.startsWith('\0')) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!r || r.external || r.id.includes('?') || !r.id.startsWith(SRC) || !CODE_FILE.test(r.id)) return r;
      // Workers are bundled on their own and read messages in both languages.
      if (/worker/i.test(r.id)) return r;
      return `${r.id}?lang=${q[1]}`;
    },
    transform(code, id, options) {
      if (options?.ssr) return null;
      const q = LANG_QUERY.exec(id);
      if (!q) return null;
      const out = keepLanguage(code, id.split('?')[0], q[1]);
      return out === null ? null : { code: out, map: null };
    },
  };
}
