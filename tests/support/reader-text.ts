// What a reader must never see: the project's working files, source paths, drafts and fact-sheet status codes.
// Shared by tests/unit/lib/reader-text.test.ts (the figure strings, UI strings and chapters) and
// tests/e2e/built-output.spec.ts (the built HTML and the client bundles).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** The project's internal documents. */
export const INTERNAL_FILES = /\b(?:facts|DESIGN|STYLE|GLOSSARY)\.md\b/g;

/** A path into this repository. */
const REPO_PATH = /(?<![\w/.-])(?:src|tests|scripts|bench|content)\/[\w./-]+\.(?:tsx?|mjs|astro|mdx|md)\b/g;
/** A TypeScript or module source file by name. */
const MODULE_NAME = /\b[\w-]+\.(?:tsx?|mjs)\b/g;

const PATTERNS: readonly RegExp[] = [
  INTERNAL_FILES,
  REPO_PATH,
  MODULE_NAME,
  // Drafts: readers never saw one. 草稿本 is "scratchpad", a technique the emergence chapter discusses.
  /\bdrafts?\b/gi,
  /草稿(?!本)/g,
  // The fact sheet's status codes and section references.
  /\bstatus [PRSD]\b/g,
  /状态 [PRSD]\b/g,
  /\bfacts §\s?\d+\w*/g,
  /\bUNVERIFIED\b/g,
  /\b(?:TODO|FIXME)\b/g,
];

/** Every internal reference in a piece of reader-facing text (empty when there is none). */
export function internalReferences(text: string): string[] {
  return PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]));
}

/** Patterns checked inside the string literals of client bundles. A bundle is code: a `.ts` module name in an
 * import map, or a source path in a developer's error message ("… is stubbed out (src/integrations/…)"), is fine
 * there. The internal documents, drafts and status codes are prose that could only be meant for readers. */
const BUNDLE_PATTERNS: readonly RegExp[] = PATTERNS.filter((p) => p !== MODULE_NAME && p !== REPO_PATH);

/** Every string literal of a (minified) JavaScript file. */
function stringLiterals(js: string): string[] {
  return [...js.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind') walk(p);
      } else if (name.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Reader-facing text of a built page: the visible text (scripts and styles left out) and the attributes a reader
 * or a screen reader meets (alt, title, aria-label, placeholder, the meta description). */
export function pageReaderText(html: string): string[] {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, template')) el.remove();
  const out = [document.documentElement.textContent ?? ''];
  for (const el of document.querySelectorAll('[alt], [title], [aria-label], [placeholder], [aria-description]')) {
    for (const attr of ['alt', 'title', 'aria-label', 'placeholder', 'aria-description']) {
      const v = el.getAttribute(attr);
      if (v) out.push(v);
    }
  }
  for (const el of document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')) out.push(el.getAttribute('content') ?? '');
  return out;
}

/** Internal references in a build folder's HTML pages (reader-facing text) and client bundles (string literals). */
export function builtOutputProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(dir, '.html')) {
    const hits = pageReaderText(readFileSync(file, 'utf8')).flatMap(internalReferences);
    for (const hit of new Set(hits)) problems.push(`${relative(dir, file)}: ${hit}`);
  }
  for (const file of filesUnder(join(dir, '_astro'), '.js')) {
    const hits = stringLiterals(readFileSync(file, 'utf8')).flatMap((s) => BUNDLE_PATTERNS.flatMap((p) => [...s.matchAll(p)].map((m) => m[0])));
    for (const hit of new Set(hits)) problems.push(`${relative(dir, file)}: ${hit}`);
  }
  return problems;
}
