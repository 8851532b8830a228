// Gives the headings of a Chinese chapter the ids of the English twin's headings, by position, so that
// /zh/kaplan/#critical-batch-size and /en/kaplan/#critical-batch-size are the same section and the language
// switch (which keeps the hash) lands on the same heading. English ids come from the English heading text,
// slugged the way Astro slugs them (github-slugger). The build fails if the two chapters do not have the same
// number of h2/h3 headings, which keeps their sections in step.
import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';

/** The h2/h3 headings of an MDX source, in order (ATX headings outside code fences). */
export function mdxHeadings(source) {
  const out = [];
  let fence = false;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ depth: m[1].length, text: m[2] });
  }
  return out;
}

/** Plain text of a heading as Astro sees it: inline math, code and emphasis marks removed. */
function plain(text) {
  return text
    .replace(/\$([^$]+)\$/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '');
}

export function twinIds(enSource) {
  const slugger = new GithubSlugger();
  return mdxHeadings(enSource).map((h) => ({ depth: h.depth, id: slugger.slug(plain(h.text)) }));
}

/** @returns {(tree: any, file: any) => void} */
export default function rehypeTwinHeadingIds() {
  return (tree, file) => {
    const path = String(file.path ?? file.history?.[0] ?? '');
    const m = /[\\/]content[\\/]zh[\\/]([^\\/]+\.mdx)$/.exec(path);
    if (!m) return;
    const twin = path.replace(/([\\/]content[\\/])zh([\\/])/, '$1en$2');
    if (!existsSync(twin)) return;
    const ids = twinIds(readFileSync(twin, 'utf8'));
    const headings = [];
    const visit = (node) => {
      if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) headings.push(node);
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    if (headings.length !== ids.length) {
      throw new Error(`content/zh/${m[1]} has ${headings.length} h2/h3 headings but its English twin has ${ids.length}: the two chapters must have the same sections.`);
    }
    headings.forEach((h, i) => {
      const depth = Number(h.tagName[1]);
      if (depth !== ids[i].depth) {
        throw new Error(`content/zh/${m[1]}: heading ${i + 1} is an h${depth} but the English twin's is an h${ids[i].depth}.`);
      }
      h.properties = { ...h.properties, id: ids[i].id };
    });
  };
}
