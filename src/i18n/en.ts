/**
 * English UI strings. Flat dotted keys named after the component that uses them.
 * This file is the reference set: `zh.ts` must define exactly the same keys (checked by the type system).
 */
import frame from './frame/en';

export const en = {
  'site.tagline': 'Learn, tweak and cite the scaling laws of large language models',
  'site.description': 'A bilingual explainer of LLM scaling laws — Kaplan et al. 2020, Chinchilla, emergent abilities — with live figures computed from the papers’ own formulas.',
  'lang.name': 'English',
  'lang.switch': '中文',
  'lang.switchLabel': 'Read this page in Chinese',
  'nav.chapters': 'Chapters',
  'nav.figures': 'Figures',
  'nav.tools': 'Tools',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main',
  'theme.toggle': 'Switch colour theme',
  'toc.title': 'On this page',
  'chapter.prev': 'Previous',
  'chapter.next': 'Next',
  'chapter.next.title': 'Next chapter',
  'figure.printUrl': 'Figure state:',
  'home.chapters': 'Chapters',
  'footer.version': 'Version',
  'footer.privacy': 'No cookies, no analytics, no requests to other sites.',
  'footer.sources': 'Every number on this site names the paper and table it comes from.',
  'notfound.title': 'Page not found',
  'notfound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notfound.home': 'Go to the English home page',
  'notfound.description': 'There is no page at this address.',
  'root.choose': 'Choose a language',
  'root.language': 'Language',
  'root.description': 'A bilingual explainer of LLM scaling laws with live figures.',
  'takeaway.label': 'Takeaway',
  'question.label': 'Question',
  'question.answer': 'Show the answer',
  'equation.link': 'Link to this equation',
  'notation.label': 'Notation in this chapter',
  'figures.title': 'All figures',
  'figures.description': 'Every live figure and calculator on the site, each with its own page, settings and sources.',
  'figures.tools': 'Tools',
  'search.label': 'Search the site',
  'search.placeholder': 'Search (press /)',
  'changelog.title': 'Changelog',
  'changelog.description': 'Changes to formulas, constants and coefficient sets, by site version, so that a cited figure can be traced.',
  'footer.changelog': 'Changelog',
  'footer.license': 'Text and figures may be reused under',
  'footer.licenseCode': 'with credit; the code under the',
  'footer.licenseEnd': 'license.',
  'aside.label': 'Note',
  'offline.shortName': 'Scaling Laws',
  'offline.notice': 'You are offline.',
  'offline.noticeBody': 'Pages saved on this device can still be read, and their figures still work.',
  'offline.saved': 'Pages you can read offline',
  'offline.none': 'No English page is saved on this device yet.',
  'offline.title': 'Reading offline',
  'offline.description': 'Pages you open are saved on this device, so you can read them and use their figures without a network.',
  'offline.missing': 'You are offline, and this page is not saved on this device. It will open once you are back online.',
  'offline.retry': 'Try again',
  'offline.how':
    'Every page you open while online is saved on this device, with everything its figures need, and can then be read without a network. When the site is updated, your saved pages are updated the next time you visit it online.',
  'footer.data': 'Data',
  'data.title': 'Data',
  'data.description':
    'Every data set this site uses: what it holds, where it comes from, its license, how many rows it has and what is left out, with each file to download exactly as shipped.',
  'data.intro':
    'Each file is copied unchanged from its source and kept in the repository with its license (see NOTICE). The downloads below are those files, byte for byte; the tables the site computes with are generated from them, keeping 8 significant digits of each measured value (the files write up to 16, more than a measurement holds), and a test checks every value against the file.',
  'data.contents': 'Data sets',
  'data.paper': 'Paper',
  'data.repository': 'Repository',
  'data.commit': 'Commit',
  'data.license': 'License',
  'data.rows': 'Rows',
  'data.filtered': 'Left out, and why',
  'data.download': 'Download',
  'data.downloadCsv': 'Download the CSV',
  'data.notRecorded': 'not recorded when the file was copied',
  'data.chinchilla.title': 'Chinchilla training runs (Hoffmann et al. 2022, Fig. 4)',
  'data.chinchilla.what':
    'Model size (parameters), training FLOPs and final training loss of the runs plotted in Fig. 4 of Hoffmann et al. 2022, read off the vector graphics of that figure by Epoch AI. Each value has the precision of the figure’s drawing, not of the training logs.',
  'data.chinchilla.license':
    'The repository publishes no license file. The values are measurements read off a published figure; they are credited to Hoffmann et al. 2022 and Epoch AI wherever they are used.',
  'data.obsBench.title': 'Public base models and their benchmark scores (Observational Scaling Laws)',
  'data.obsBench.what':
    'One row per public pretrained model: its Hugging Face name, family, parameters (billions), pretraining tokens (trillions), training FLOPs (units of 10²¹) and its scores on MMLU, ARC-Challenge, HellaSwag, Winogrande, TruthfulQA, GSM8K, XWinograd and HumanEval. Wherever the file gives training FLOPs, they equal 6 × parameters × tokens.',
  'data.obsEmergent.title': 'The same models on “emergent” BIG-bench tasks (Observational Scaling Laws)',
  'data.obsEmergent.what':
    'Scores of some of the models above on BIG-bench tasks that Wei et al. (2022) call emergent: IPA transliteration scored both by exact match and by BLEU (0–100), word unscrambling, two- and three-digit arithmetic, and Persian question answering (ParsiNLU). Rows are matched to the table above by model name.',
  'data.authors.hoffmann2022': 'Hoffmann et al. 2022',
  'data.authors.besiroglu2024': 'Besiroglu, Erdil, Barnett & You 2024',
  'data.authors.ruan2024': 'Ruan, Maddison & Hashimoto 2024',
  'data.apache': 'Its full text is kept beside the files in the site’s source repository.',

  ...frame.ui,
  // The figure frame's words the page alone shows (the build writes them into the HTML; the woken figure's frame
  // does not need them, so they are not in its catalogue, ./frame/en.ts).
  'figure.schematic': 'Schematic',
  'figure.schematicNote': 'A schematic: it illustrates the idea, not the paper’s measured data.',
  'figure.source': 'Source',
  'figure.standalone': 'Open on its own page',
  'figure.backToChapter': 'Read it in its chapter',
  'figure.noscript': 'Turn on JavaScript to change the settings; the figure above shows the defaults.',
  'figure.noscriptSet': 'Turn on JavaScript to change the settings; the figure above shows the settings this chapter chose for it.',
  'figure.noscriptTable': 'The data table for the default settings is on the figure’s own page.',
  'figure.openFull': 'Open on Scaling Laws Explorer',
} as const;

export type UIKey = keyof typeof en;
export type FigureUIKey = keyof typeof frame.ui;

/**
 * The page chrome's words that take a number, a link or another phrase, as functions of them, and the punctuation and
 * spacing that join the pieces a page assembles. `t` (./index.ts) returns plain strings, so these sit beside the
 * strings above, not among them; zh.ts types its own by this one (UITemplates), so a template missing in either
 * language fails the type check. Numbers arrive already formatted where the reader's number format matters.
 */
export const enTemplates = {
  /** A chapter's place in the book, above its title and in the home page's list of chapters. */
  chapterNumber: (n: number) => `Chapter ${n}`,
  /** A figure's number in its chapter, before its title. */
  figureNumber: (n: number | string) => `Figure ${n}`,
  /** Between a label and its value (the changelog's site version). */
  colon: frame.colon,
  /** Ends a sentence whose last piece the page places itself (a list of links, a value). */
  fullStop: '.',
  /** Between a sentence, or a label ending in a colon, and what the page places after it on the same line. */
  sentenceSpace: ' ',
  /** The data page (src/pages/[lang]/data/index.astro): sentences with its row counts. */
  data: {
    /** A paper behind a data set: its authors, its title, then the link to it (an element, placed as given). */
    paper: <Link>(authors: string, title: string, link: Link): (string | Link)[] => [`${authors}, “${title}” (`, link, ')'],
    chinchilla: {
      rows: (rows: string, used: string) => `${rows} rows in the file; the site uses ${used} of them.`,
      filtered: (dropped: string, used: string) =>
        `As in Epoch AI’s own analysis, the ${dropped} runs with the highest loss are dropped, leaving the ${used} runs they fit. Training tokens are not in the file: they are computed as FLOPs ÷ (6 × parameters).`,
    },
    obsBench: {
      rows: (rows: string, noFlops: string) =>
        `${rows} models. ${noFlops} of them have no pretraining token count and therefore no training FLOPs; every model has a parameter count.`,
      filtered: (withFlops: string, noFlops: string) =>
        `No row is removed and no empty cell is filled in: a missing score stays missing. A plot against training FLOPs can place only the ${withFlops} models that have them and must say that ${noFlops} are left out. Two rows contradict their models’ authors: BTLM-3B-8K gives 627 trillion pretraining tokens where its paper (Dey et al. 2023, arXiv 2309.11568) reports 627 billion, and OpenLLaMA 7Bv2 gives 13 billion parameters (and FLOPs to match) for a model its authors release as a 7B with LLaMA 7B’s architecture, 6.7 billion parameters (Geng & Liu 2023, github.com/openlm-research/open_llama; Touvron et al. 2023a, Table 2). The figures that need tokens, parameters or FLOPs leave these two out and name them, rather than correct the values.`,
    },
    obsEmergent: {
      rows: (rows: string, noFlops: string) => `${rows} models, all of them also in the table above; ${noFlops} of them have no training FLOPs.`,
      /** `rows` models in all, `withFlops` of them with training FLOPs, `noFlops` without. */
      filtered: (rows: string, withFlops: string, noFlops: string) =>
        `No row is removed and no empty cell is filled in. On a training-FLOPs axis, ${withFlops} of the ${rows} models can be placed; the other ${noFlops} can be shown only against parameters.`,
    },
  },
};
export type UITemplates = typeof enTemplates;
