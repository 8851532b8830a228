import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

// axe-core run inside the page, in one call: inject its source, `axe.run`, return the violations only.
// @axe-core/playwright's `analyze()` runs axe per frame (`runPartial`), ships every result (passes included, each node
// with its HTML, selector and XPath) to Node and finishes the run in a second, blank page; on a chapter of 15,000
// elements that took 4× as long as the run itself (measured 2026-12-04: en/kaplan/ 119 s against 31 s, the figure page
// of chinchilla-runs 47 s against 11 s). The site has no iframes, so one frame is the whole page.

const SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA and best practices: the tags every page is checked against. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What to check: the rules of these tags, or exactly these rules. */
export type AxeScope = { tags: string[] } | { rules: string[] };

/** Runs axe on `context` (selectors; default the whole document) and returns the results of the kinds asked for. */
export async function axeRun(page: Page, scope: AxeScope, context?: ElementContext, resultTypes: RunOptions['resultTypes'] = ['violations']) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(SOURCE);
  const runOnly = 'tags' in scope ? { type: 'tag' as const, values: scope.tags } : { type: 'rule' as const, values: scope.rules };
  return page.evaluate(
    async ({ context, runOnly, resultTypes }) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } }).axe;
      const r = await axe.run(context ?? document, { runOnly, resultTypes });
      // Only what the tests read crosses back to Node.
      const keep = (list: AxeResults['violations']) => list.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
      return { violations: keep(r.violations), passes: keep(r.passes), inapplicable: keep(r.inapplicable), incomplete: keep(r.incomplete) };
    },
    { context: context ?? null, runOnly, resultTypes },
  );
}

/** The violations as one line each: rule, impact, how many nodes, the first node, what the rule asks. */
export async function axeViolations(page: Page, scope: AxeScope, context?: ElementContext): Promise<string[]> {
  const { violations } = await axeRun(page, scope, context);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}
