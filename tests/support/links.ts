import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { builtFile, builtPages } from './site';

export interface LinkProblem {
  page: string;
  href: string;
  reason: string;
}

interface ParsedPage {
  ids: Set<string>;
  links: { href: string; rel: string; tag: string; langSwitch: boolean }[];
}

function parsePage(dir: string, page: string): ParsedPage {
  const { document } = parseHTML(readFileSync(builtFile(dir, page), 'utf8'));
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  const links: ParsedPage['links'] = [];
  for (const el of document.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], source[src]')) {
    const href = el.getAttribute('href') ?? el.getAttribute('src')!;
    links.push({ href, rel: el.getAttribute('rel') ?? '', tag: el.tagName.toLowerCase(), langSwitch: el.hasAttribute('data-lang-switch') });
  }
  return { ids, links };
}

/**
 * Checks every internal link and #anchor of a build resolves, with the site under `base` (e.g. `/scaling/`),
 * and that absolute links (canonical, hreflang) point at pages that exist under `origin`.
 */
export function checkLinks(dir: string, base: string, origin: string): LinkProblem[] {
  const pages = builtPages(dir);
  const parsed = new Map(pages.map((p) => [p, parsePage(dir, p)]));
  const problems: LinkProblem[] = [];
  for (const [page, { links }] of parsed) {
    const pageUrl = new URL(base + page, origin);
    for (const { href } of links) {
      if (/^(mailto:|data:|blob:|javascript:)/.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== new URL(origin).origin) continue; // external (arXiv etc.)
      if (!url.pathname.startsWith(base)) {
        problems.push({ page, href, reason: `does not start with the base path ${base}` });
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = rel.endsWith('/') || rel === '' ? rel : rel;
      const file = builtFile(dir, rel);
      if (!existsSync(file)) {
        problems.push({ page, href, reason: 'no such file in the build' });
        continue;
      }
      if (url.hash && url.hash.length > 1) {
        const targetPage = parsed.get(target);
        const id = decodeURIComponent(url.hash.slice(1));
        if (targetPage && !targetPage.ids.has(id)) problems.push({ page, href, reason: `no element with id "${id}"` });
      }
    }
  }
  return problems;
}

/** Pages present in one language only (`zh/x/` without `en/x/` or the reverse). */
export function checkParity(dir: string): string[] {
  const pages = builtPages(dir);
  const set = new Set(pages);
  const missing: string[] = [];
  for (const p of pages) {
    const m = /^(zh|en)\/(.*)$/.exec(p);
    if (!m) continue;
    const twin = `${m[1] === 'zh' ? 'en' : 'zh'}/${m[2]}`;
    if (!set.has(twin)) missing.push(`${p} has no twin ${twin}`);
  }
  return missing;
}

/** Links from a zh page into /en/ (or the reverse), except the language switch and hreflang alternates. */
export function checkCrossLanguageLinks(dir: string, base: string, origin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const page of builtPages(dir)) {
    const m = /^(zh|en)\//.exec(page);
    if (!m) continue;
    const other = m[1] === 'zh' ? 'en' : 'zh';
    const pageUrl = new URL(base + page, origin);
    for (const link of parsePage(dir, page).links) {
      if (link.langSwitch || link.rel === 'alternate') continue;
      const url = new URL(link.href, pageUrl);
      if (url.origin === new URL(origin).origin && url.pathname.startsWith(`${base}${other}/`)) {
        problems.push({ page, href: link.href, reason: `a ${m[1]} page links into /${other}/` });
      }
    }
  }
  return problems;
}
