// What a reader must never see: the project's working files, source paths, drafts and fact-sheet status codes.
// Shared by tests/unit/lib/reader-text.test.ts (the figure strings, UI strings and chapters) and
// tests/e2e/built-output.spec.ts (the built HTML and the client bundles).

/** The project's internal documents. */
export const INTERNAL_FILES = /\b(?:facts|DESIGN|STYLE|GLOSSARY)\.md\b/g;

const PATTERNS: readonly RegExp[] = [
  INTERNAL_FILES,
  // A path into this repository.
  /(?<![\w/.-])(?:src|tests|scripts|bench|content)\/[\w./-]+\.(?:tsx?|mjs|astro|mdx|md)\b/g,
  // A TypeScript or module source file by name.
  /\b[\w-]+\.(?:tsx?|mjs)\b/g,
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
