/**
 * The reference list at the end of the summary chapter (`## References` / `## 参考文献`) claims to hold every
 * source the site cites. These tests pull every citation out of the reader-facing text — the chapters in both
 * languages, every figure's caption/source/alt, the model catalogue and Wei et al.'s Table 1 rows shown in data
 * tables, the UI strings and the home page — and check that each one resolves to an entry of that list.
 *
 * Citations are prose, so the extractor is tolerant: "Wei et al. 2022", "Wei et al. (2022b)", "Schaeffer, Miranda
 * & Koyejo 2023", "Pearce and Song (2024", "Hoffmann 等（2022）", "Patel 与 Pavlick（2022）", "Nye 等，2021",
 * "de Vries (2023)" all reduce to a first-author surname and a year. Sources without an author-year form (the
 * Llama 3 paper, the Qwen2.5 report, NVIDIA's H100 whitepaper…) are matched by name from NAMED_SOURCES.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEI_TABLE1 } from '../../../src/engine/emergence';
import { MODELS } from '../../../src/engine/models';
import { FIGURES } from '../../../src/figures/lib/registry';
import { captionsOf } from '../../../src/figures/lib/catalogue';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';

type Lang = 'en' | 'zh';
const LANGS: readonly Lang[] = ['en', 'zh'];

export interface RefEntry {
  id: string;
  /** First author's surname (or the organisation), lower-cased. */
  surname: string;
  year: string;
  text: string;
}

/** The `- <span id="ref-…"></span>…` entries of a summary chapter's reference list. */
export function parseReferences(mdx: string): RefEntry[] {
  const start = mdx.search(/^## (References|参考文献)\s*$/m);
  if (start < 0) return [];
  const out: RefEntry[] = [];
  for (const m of mdx.slice(start).matchAll(/^- <span id="ref-([^"]+)"><\/span>(.+)$/gm)) {
    const text = m[2];
    // "Kaplan, J., …", "de Vries, H. (2023)", "DeepSeek-AI (2024)", "Llama Team, AI @ Meta (2024)", "NVIDIA (2022)".
    const surname = (text.match(/^((?:de |van |von )?[^,(]+?)\s*[,(]/)?.[1] ?? '').trim().toLowerCase();
    const year = text.match(/\((\d{4})\)/)?.[1] ?? '';
    out.push({ id: m[1], surname, year, text });
  }
  return out;
}

/** Everything before the reference list (the list itself is not a citation of itself). */
function body(mdx: string): string {
  const start = mdx.search(/^## (References|参考文献)\s*$/m);
  return start < 0 ? mdx : mdx.slice(0, start);
}

export interface Citation {
  surname: string;
  year: string;
  suffix: string;
  raw: string;
}

const NAME = String.raw`(?:(?:de|van|von) )?[A-Z][\p{L}’'\-]*[\p{Ll}][\p{L}’'\-]*`;
const JOIN = String.raw`\s*(?:,|、|&|\band\b|和|与)\s*`;
const CITE = new RegExp(String.raw`(?<![\p{L}\d.\-/])(${NAME})((?:${JOIN}${NAME})*)\s*(?:et al\.?|等人?)?\s*[,，]?\s*[(（]?\s*((?:19|20)\d{2})([a-z]?)(?![\d.])`, 'gu');
/** Capitalised words that precede a year without being an author: venues, months, prose. */
const NOT_AUTHORS = new Set([
  'neurips',
  'icml',
  'iclr',
  'tmlr',
  'emnlp',
  'findings',
  'arxiv',
  'spring',
  'in',
  'since',
  'by',
  'from',
  'until',
  'before',
  'after',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'table',
  'fig',
  'figure',
  'gtc',
]);

/** Author-year citations in a piece of text (either language). */
export function extractCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITE)) {
    const surname = m[1].toLowerCase();
    if (NOT_AUTHORS.has(surname)) continue;
    out.push({ surname, year: m[3], suffix: m[4], raw: m[0].trim() });
  }
  return out;
}

/**
 * Sources cited by name rather than by author and year, and the reference each must resolve to. A pattern
 * that finds text in the site must name an id present in the list. Organisation "authors" that appear in
 * author-year form (Epoch 2024, Meta 2024, BIG-Bench 2022) are aliases of the entry's first author.
 */
export const NAMED_SOURCES: readonly { pattern: RegExp; id: string }[] = [
  { pattern: /Llama 3 (?:paper|论文)|Llama 3 Herd/, id: 'llama3-2024' },
  { pattern: /model card|模型卡/, id: 'llama31-modelcard' },
  { pattern: /DeepSeek-V3 README|deepseek-ai\/DeepSeek-V3/, id: 'deepseekv3-2024' },
  { pattern: /Qwen2\.5 (?:report|Technical Report|技术报告)/, id: 'qwen2024' },
  { pattern: /H100 (?:whitepaper|白皮书|datasheet)/i, id: 'nvidia-h100' },
  { pattern: /PaLM paper|PaLM 论文/, id: 'chowdhery2022' },
  { pattern: /Go smol or go home/i, id: 'devries2023' },
  { pattern: /analyzing-chinchilla/, id: 'besiroglu2024' },
  { pattern: /step-law\/steplaw|Step Law/, id: 'li2025' },
  { pattern: /Jurassic(?:-1)?\b/, id: 'lieber2021' },
  { pattern: /Megatron-Turing|MT-NLG/, id: 'smith2022' },
  { pattern: /\bGopher\b/, id: 'rae2021' },
  { pattern: /\bLaMDA\b/, id: 'thoppilan2022' },
  { pattern: /\bFLAN\b/, id: 'wei2022flan' },
];
const ALIASES: Record<string, string> = { epoch: 'besiroglu', meta: 'llama team', 'big-bench': 'srivastava', deepseek: 'deepseek-ai', qwen: 'qwen team' };

/** The reference ids a citation can resolve to: same surname (or alias) and year; "2022b" may match wei2022cot. */
export function resolve(c: Citation, refs: readonly RefEntry[]): RefEntry[] {
  const surname = ALIASES[c.surname] ?? c.surname;
  return refs.filter((r) => r.year === c.year && (r.surname === surname || r.surname.startsWith(`${surname} `) || r.surname.startsWith(`${surname},`)));
}

/** Model names in the catalogue and the reference that introduces each family. */
const MODEL_FAMILY_REFS: readonly { pattern: RegExp; id: string }[] = [
  { pattern: /^GPT-3\b/, id: 'brown2020' },
  { pattern: /^LaMDA\b/, id: 'thoppilan2022' },
  { pattern: /^Jurassic-1\b/, id: 'lieber2021' },
  { pattern: /^Gopher\b/, id: 'rae2021' },
  { pattern: /^MT-NLG\b/, id: 'smith2022' },
  { pattern: /^Chinchilla\b/, id: 'hoffmann2022' },
  { pattern: /^PaLM\b/, id: 'chowdhery2022' },
  { pattern: /^LLaMA\b/, id: 'touvron2023a' },
  { pattern: /^Llama 2\b/, id: 'touvron2023b' },
  { pattern: /^Llama 3\b/, id: 'llama3-2024' },
  { pattern: /^DeepSeek LLM\b/, id: 'deepseek2024' },
  { pattern: /^DeepSeek-V3\b/, id: 'deepseekv3-2024' },
  { pattern: /^Qwen2\.5\b/, id: 'qwen2024' },
];

const summary = (lang: Lang) => readFileSync(`content/${lang}/summary.mdx`, 'utf8');
const REFS: Record<Lang, RefEntry[]> = { en: parseReferences(summary('en')), zh: parseReferences(summary('zh')) };

/** Every piece of reader-facing text that may cite a source, labelled by where it comes from. */
function readerTexts(lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const file of readdirSync(`content/${lang}`).filter((f) => f.endsWith('.mdx'))) {
    out.push({ where: `content/${lang}/${file}`, text: body(readFileSync(`content/${lang}/${file}`, 'utf8')) });
  }
  for (const [id, def] of FIGURES) {
    const s = captionsOf(def, lang);
    out.push({ where: `figure ${id} (${lang})`, text: [s.caption, s.source, s.alt].join('\n') });
  }
  for (const m of MODELS) out.push({ where: `model ${m.id}`, text: [m.source, m.note ?? ''].join('\n') });
  for (const r of WEI_TABLE1) out.push({ where: `Wei Table 1: ${r.ability}`, text: r.reference });
  const ui = lang === 'en' ? en : zh;
  out.push({ where: `UI strings (${lang})`, text: Object.values(ui).join('\n') });
  out.push({ where: 'HomeIntro.astro', text: readFileSync('src/components/HomeIntro.astro', 'utf8') });
  return out;
}

describe('reference list', () => {
  it('parses entries with an id, a first author and a year', () => {
    for (const lang of LANGS) {
      expect(REFS[lang].length, lang).toBeGreaterThan(20);
      for (const r of REFS[lang]) {
        expect(r.surname, r.id).not.toBe('');
        expect(r.year, r.id).toMatch(/^(19|20)\d\d$/);
      }
    }
  });

  it('has the same entries, anchors, years and links in both languages', () => {
    const key = (r: RefEntry) => `${r.id} ${r.surname} ${r.year} ${[...r.text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).join(' ')}`;
    expect(REFS.zh.map(key)).toEqual(REFS.en.map(key));
    expect(new Set(REFS.en.map((r) => r.id)).size).toBe(REFS.en.length);
  });

  it('lists every arXiv paper linked or named anywhere in the reader-facing text', () => {
    for (const lang of LANGS) {
      const listed = new Set(REFS[lang].flatMap((r) => [...r.text.matchAll(/arXiv (\d{4}\.\d{4,5})/g)].map((m) => m[1])));
      const missing = readerTexts(lang).flatMap(({ where, text }) =>
        [...text.matchAll(/arXiv[ :]?(\d{4}\.\d{4,5})/g)]
          .map((m) => m[1])
          .filter((id) => !listed.has(id))
          .map((id) => `${where}: arXiv ${id}`),
      );
      expect([...new Set(missing)], lang).toEqual([]);
    }
  });

  it('resolves every author-year citation to an entry (surname + year, a/b suffixes allowed)', () => {
    for (const lang of LANGS) {
      const unresolved = readerTexts(lang).flatMap(({ where, text }) =>
        extractCitations(text)
          .filter((c) => resolve(c, REFS[lang]).length === 0)
          .map((c) => `${where}: "${c.raw}"`),
      );
      expect([...new Set(unresolved)], lang).toEqual([]);
    }
  });

  it('resolves every source cited by name (reports, model cards, datasheets, blog posts) to an entry', () => {
    for (const lang of LANGS) {
      const ids = new Set(REFS[lang].map((r) => r.id));
      const missing = readerTexts(lang).flatMap(({ where, text }) =>
        NAMED_SOURCES.filter((s) => s.pattern.test(text) && !ids.has(s.id)).map((s) => `${where}: ${s.pattern} → ref-${s.id}`),
      );
      expect([...new Set(missing)], lang).toEqual([]);
    }
  });

  it('credits the paper or report of every model in the catalogue', () => {
    const ids = new Set(REFS.en.map((r) => r.id));
    for (const m of MODELS) {
      const family = MODEL_FAMILY_REFS.find((f) => f.pattern.test(m.name));
      expect(family, `${m.name} has a family in MODEL_FAMILY_REFS`).toBeDefined();
      expect(ids.has(family!.id), `${m.name} → ref-${family!.id}`).toBe(true);
    }
  });

  it('credits de Vries (2023) where the chinchilla chapter and the overhead figure use the smaller-model analysis', () => {
    for (const lang of LANGS) {
      const chapter = readFileSync(`content/${lang}/chinchilla.mdx`, 'utf8');
      // The section that introduces the overhead figure (from its "## " heading to the figure) names de Vries.
      const before = chapter.slice(0, chapter.indexOf('<Figure id="overhead" />'));
      expect(before.length, lang).toBeGreaterThan(0);
      expect(before.slice(before.lastIndexOf('\n## ')), lang).toMatch(/de Vries/);
      expect(captionsOf(FIGURES.get('overhead')!, lang).source, lang).toMatch(/de Vries[^;]*2023/);
      expect(
        REFS[lang].some((r) => r.id === 'devries2023' && /Go smol or go home/.test(r.text)),
        lang,
      ).toBe(true);
    }
  });
});

describe('citation extractor', () => {
  const cites = (s: string) => extractCitations(s).map((c) => `${c.surname} ${c.year}${c.suffix}`);

  it('reads English and Chinese author-year forms', () => {
    expect(cites('as Wei et al. (2022b) and Kaplan et al. 2020 show; Schaeffer, Miranda & Koyejo 2023; Pearce and Song (2024, arXiv')).toEqual([
      'wei 2022b',
      'kaplan 2020',
      'schaeffer 2023',
      'pearce 2024',
    ]);
    expect(cites('Hoffmann 等（2022）认为；Nye 等，2021；Patel 与 Pavlick（2022）；Schaeffer、Miranda、Koyejo 2023；de Vries（2023）')).toEqual([
      'hoffmann 2022',
      'nye 2021',
      'patel 2022',
      'schaeffer 2023',
      'de vries 2023',
    ]);
  });

  it('skips venues, months and arXiv ids', () => {
    expect(cites('NeurIPS 2022. ICML 2024. In January 2020. arXiv 2001.08361. Table 2022')).toEqual([]);
  });

  it('resolves suffixed years to any entry of that author and year, and fails an unknown author', () => {
    const refs = parseReferences(
      '## References\n\n- <span id="ref-wei2022"></span>Wei, J., et al. (2022). *A.*\n- <span id="ref-wei2022cot"></span>Wei, J., et al. (2022). *B.*\n- <span id="ref-devries2023"></span>de Vries, H. (2023). *C.*\n',
    );
    expect(resolve(extractCitations('Wei et al. (2022b)')[0], refs).map((r) => r.id)).toEqual(['wei2022', 'wei2022cot']);
    expect(resolve(extractCitations('de Vries 2023')[0], refs).map((r) => r.id)).toEqual(['devries2023']);
    expect(resolve(extractCitations('Wang et al. (2022)')[0], refs)).toEqual([]);
    expect(resolve(extractCitations('Wei et al. 2021')[0], refs)).toEqual([]);
  });
});
