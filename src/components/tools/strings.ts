/**
 * UI strings of the tools page and the fit panel, in both languages. Kept beside the components that use them
 * (like a figure's own strings); `zh` must define exactly the keys of `en`, which the type system checks.
 * `{name}` marks a value filled in by `fill`.
 */
import type { Lang } from '../../i18n';

const en = {
  'page.title': 'Calculators and tools',
  'page.description':
    'Plan a training run under every published scaling law, price a smaller model, size a model for its inference, and fit the Chinchilla law to your own runs.',
  'page.intro':
    'Calculators built on the same engine as the chapters, and a tool to fit your own runs. Type numbers the way you would say them — 7B, 70亿, 1e24, 2T, 40% — and every setting lands in the address bar, so a link reproduces what you see. Each tool names the paper, table and equation its numbers come from, and warns when you leave the range a law was fitted on.',
  'page.fitHeading': 'Fit your own runs',
  'page.fitIntro':
    'Paste or drop your own training runs and fit L = E + A/N^α + B/D^β with Hoffmann et al.’s Approach 3, in a background worker, with bootstrap intervals. The figure below then shows your fit; its coefficients (not your data) go into the link.',
  'page.stepLaw': 'Learning rate and batch size',
  'panel.label': 'Fit your runs: data and fit',
  'panel.paste': 'Paste runs (CSV, TSV or space-separated)',
  'panel.file': 'Choose a file',
  'panel.drop': 'or drop a .csv / .tsv file on this box',
  'panel.example': 'Use the built-in example',
  'panel.exampleName': 'Built-in example',
  'panel.chinchilla': 'Load Hoffmann’s 240 Fig. 4 runs (Epoch’s extraction)',
  'panel.downloadExample': 'Example as CSV',
  'panel.privacy': 'Your data stay in this browser tab: nothing is uploaded.',
  'panel.headerHelp':
    'One row per run: parameters N, training tokens D (or training FLOPs C) and final loss in nats. Header names in English or Chinese are recognised: params / N / 参数量, tokens / D / 词元数, flops / C / 计算量, loss / 损失.',
  'panel.read': '{runs} usable runs from {rows} rows.',
  'panel.skipped': 'Rows skipped ({n}):',
  'panel.more': '… and {n} more.',
  'panel.fromFlops': 'Tokens are computed from the FLOPs column as D = C/(6N).',
  'panel.columns': 'Columns',
  'panel.unsure': 'Check the columns below: the header did not name all of them clearly.',
  'panel.none': '— none —',
  'panel.column': 'column {i}',
  'panel.grid': 'Starting points',
  'panel.gridCoarse': 'Coarse grid, 243 starts (fast)',
  'panel.gridHoffmann': 'Hoffmann’s grid, 4,500 starts (App. D.2)',
  'panel.resamples': 'Bootstrap resamples (0–2000)',
  'panel.resamplesHelp': 'More resamples give steadier intervals and take longer; 0 skips the intervals.',
  'panel.fit': 'Fit',
  'panel.cancel': 'Cancel',
  'panel.progressFit': 'Fitting: {done} of {total} starts',
  'panel.progressBoot': 'Bootstrap: {done} of {total} fits',
  'panel.timeLeft': '(about {seconds} s left)',
  'panel.large': '{n} runs: fitting them takes a while, so the bootstrap starts at {resamples} resamples; raise it if you can wait.',
  'panel.cancelled': 'Fit cancelled. The figure keeps the law it showed.',
  'panel.failed': 'The fit failed: {message}',
  'panel.tooFew': 'At least {n} usable runs are needed to fit five coefficients.',
  'panel.readFailed': 'This file could not be read as text.',
  'panel.reading': 'Reading {name} ({size} MB) in the background…',
  'panel.gb18030': 'The file is not UTF-8, so it was read as GB18030 (the encoding of Chinese Excel’s CSV).',
  'panel.resultsExample': 'The built-in example’s fit (precomputed, same settings as the Fit button)',
  'panel.resultsYours': 'Fit of your {n} runs',
  'panel.coefficient': 'Coefficient',
  'panel.estimate': 'Estimate',
  'panel.interval': '95% interval ({n} resamples)',
  'panel.noInterval': 'no bootstrap',
  'panel.allocation': 'a = β/(α+β)',
  'panel.compare': 'Against the published laws',
  'panel.law': 'Law',
  'panel.gopher': 'N_opt at 5.76×10²³ FLOPs',
  'panel.yourFit': 'This fit',
  'panel.stats':
    'Objective of eq (11): {objective}; {starts} starts, {converged} converged. In the worker: fit {fit} s, bootstrap {boot} s.',
  'panel.statsExample': 'Objective of eq (11): {objective}; {starts} starts, {converged} converged.',
  'panel.needData': 'Paste, drop or load runs to fit them; until then the results below are the built-in example’s.',
  'panel.json': 'Download JSON',
  'panel.csv': 'Download CSV',
  'panel.copyLink': 'Copy link to this fit',
  'panel.copied': 'Link copied. It carries the five coefficients, not your runs.',
  'panel.copyFailed': 'Copy this link:',
  'panel.shared': 'This link carries a fitted law, drawn in the figure below. Its runs are not part of the link: paste them here to refit.',
  'panel.outOfRange': 'The fitted {name} = {value} lies outside what the figure can show, so the figure and the link keep the previous law.',
  'panel.loading': 'Loading the fitting tool…',
  'panel.noscript': 'Turn on JavaScript to fit your own runs; the figure below shows the built-in example.',
} as const;

type Key = keyof typeof en;

const zh = {
  'page.title': '计算器与工具',
  'page.description': '按每条已发表的缩放定律规划一次训练，估算更小模型的代价，为推理确定模型规模，并用你自己的训练数据拟合 Chinchilla 定律。',
  'page.intro':
    '这里的计算器与各章节使用同一个计算引擎，另有一个拟合你自己训练数据的工具。数字可以按习惯的写法输入——7B、70亿、1e24、2T、40%——每个设置都会写进地址栏，所以一个链接就能复现你看到的结果。每个工具都注明数字来自哪篇论文、哪张表或哪个公式，并在超出定律拟合范围时给出提醒。',
  'page.fitHeading': '拟合你自己的训练数据',
  'page.fitIntro':
    '粘贴或拖入你自己的训练记录，用 Hoffmann 等的方法三在后台线程中拟合 L = E + A/N^α + B/D^β，并用自助法给出区间。下面的图随后显示你的拟合结果；写进链接的是系数，不是你的数据。',
  'page.stepLaw': '学习率与批量大小',
  'panel.label': '拟合你的训练数据：数据与拟合',
  'panel.paste': '粘贴训练记录（CSV、TSV 或以空格分隔）',
  'panel.file': '选择文件',
  'panel.drop': '或把 .csv / .tsv 文件拖到这个框里',
  'panel.example': '使用内置示例',
  'panel.exampleName': '内置示例',
  'panel.chinchilla': '载入 Hoffmann 原文图 4 的 240 次训练（Epoch 提取）',
  'panel.downloadExample': '下载示例 CSV',
  'panel.privacy': '数据只留在这个浏览器标签页里，不会上传。',
  'panel.headerHelp':
    '每行一次训练：参数量 N、训练词元数 D（或训练计算量 C）和最终损失（奈特）。可识别中英文列名：params / N / 参数量、tokens / D / 词元数、flops / C / 计算量、loss / 损失。',
  'panel.read': '从 {rows} 行中读到 {runs} 条可用记录。',
  'panel.skipped': '跳过了 {n} 行：',
  'panel.more': '……另有 {n} 行。',
  'panel.fromFlops': '词元数由计算量列按 D = C/(6N) 算出。',
  'panel.columns': '列',
  'panel.unsure': '请检查下面的列：表头没有清楚地标明所有列。',
  'panel.none': '——无——',
  'panel.column': '第 {i} 列',
  'panel.grid': '初始点',
  'panel.gridCoarse': '粗网格，243 个初始点（快）',
  'panel.gridHoffmann': 'Hoffmann 的网格，4500 个初始点（附录 D.2）',
  'panel.resamples': '自助法重抽样次数（0–2000）',
  'panel.resamplesHelp': '次数越多区间越稳定，耗时也越长；填 0 则不计算区间。',
  'panel.fit': '拟合',
  'panel.cancel': '取消',
  'panel.progressFit': '拟合中：第 {done} / {total} 个初始点',
  'panel.progressBoot': '自助法：第 {done} / {total} 次拟合',
  'panel.timeLeft': '（约剩 {seconds} 秒）',
  'panel.large': '共 {n} 条记录，拟合需要一些时间，所以自助法先设为 {resamples} 次重抽样；愿意等待的话可以调高。',
  'panel.cancelled': '已取消拟合。图中保留原来的定律。',
  'panel.failed': '拟合失败：{message}',
  'panel.tooFew': '至少需要 {n} 条可用记录才能拟合五个系数。',
  'panel.readFailed': '无法把这个文件当作文本读取。',
  'panel.reading': '正在后台读取 {name}（{size} MB）……',
  'panel.gb18030': '这个文件不是 UTF-8 编码，已按 GB18030（中文版 Excel 保存 CSV 时所用的编码）读取。',
  'panel.resultsExample': '内置示例的拟合结果（预先算好，设置与“拟合”按钮相同）',
  'panel.resultsYours': '你的 {n} 条记录的拟合结果',
  'panel.coefficient': '系数',
  'panel.estimate': '估计值',
  'panel.interval': '95% 区间（{n} 次重抽样）',
  'panel.noInterval': '未做自助法',
  'panel.allocation': 'a = β/(α+β)',
  'panel.compare': '与已发表的定律比较',
  'panel.law': '定律',
  'panel.gopher': '5.76×10²³ FLOPs 下的 N_opt',
  'panel.yourFit': '本次拟合',
  'panel.stats': '原文式（11）的目标值：{objective}；{starts} 个初始点，{converged} 个收敛。后台线程用时：拟合 {fit} 秒，自助法 {boot} 秒。',
  'panel.statsExample': '原文式（11）的目标值：{objective}；{starts} 个初始点，{converged} 个收敛。',
  'panel.needData': '粘贴、拖入或载入训练记录后即可拟合；在此之前，下面显示的是内置示例的结果。',
  'panel.json': '下载 JSON',
  'panel.csv': '下载 CSV',
  'panel.copyLink': '复制这次拟合的链接',
  'panel.copied': '链接已复制。它包含五个系数，不包含你的数据。',
  'panel.copyFailed': '请复制这个链接：',
  'panel.shared': '这个链接带有一条拟合出的定律，画在下面的图里。它不包含原始数据：把数据粘贴到这里即可重新拟合。',
  'panel.outOfRange': '拟合得到的 {name} = {value} 超出了图能显示的范围，因此图和链接保留原来的定律。',
  'panel.loading': '正在加载拟合工具……',
  'panel.noscript': '开启 JavaScript 后可以拟合你自己的数据；下面的图显示的是内置示例。',
} as const satisfies Record<Key, string>;

const STRINGS: Record<Lang, Record<Key, string>> = { en, zh };

/** A tools string; `vars` fill its `{name}` slots. Example: tt('en', 'panel.read', { runs: 240, rows: 245 }). */
export function tt(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export type ToolsKey = Key;
