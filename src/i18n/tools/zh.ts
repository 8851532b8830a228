/** 工具页与“拟合你的训练数据”面板的中文；类型取自 ./en.ts，缺一个键就是类型错误。 */
import type { RunsRole } from '../../lib/runs-csv';
import laws from '../laws/zh';
import type en from './en';
import type { RunsWords } from './en';
import { megabytes } from './megabytes';

const role: Record<RunsRole, string> = { params: '参数量', tokens: '词元数', flops: '计算量', loss: '损失' };

const runs: RunsWords = {
  missing: (m) => `第 ${m.line} 行：缺少${role[m.column]}。`,
  badNumber: (m) => `第 ${m.line} 行：${role[m.column]}“${m.text}”不是数。`,
  notPositive: (m) => `第 ${m.line} 行：${role[m.column]}“${m.text}”不是正数。`,
  unclosedQuote: (m) => `第 ${m.line} 行：这里的引号没有闭合，此后的内容都被读成了一个单元格。请补上引号或删去它。`,
  noRows: () => '表格中没有数据行。',
  columnNotInTable: () => '所选的列不在表格中。',
  columnUsedTwice: () => '同一列不能同时充当两种量。',
  needParams: () => '请指定参数量所在的列。',
  needLoss: () => '请指定损失所在的列。',
  needTokensOrFlops: () => '请指定训练词元数或计算量所在的列。',
  tooLarge: (m) =>
    `这个文件有 ${megabytes(m.bytes, true)} MB；本工具最多读取 ${megabytes(m.limit)} MB（约 15 万条记录）。请只保留参数量、词元数（或计算量）和损失这几列，或减少记录数。`,
};

const zh: typeof en = {
  laws,
  page: {
    title: '计算器与工具',
    description: '按每条已发表的缩放定律规划一次训练，估算更小模型的代价，为推理确定模型规模，并用你自己的训练数据拟合 Chinchilla 定律。',
    intro:
      '这里的计算器与各章节使用同一个计算引擎，另有一个拟合你自己训练数据的工具。数字可以按习惯的写法输入——7B、70亿、1e24、2T、40%——每个设置都会写进地址栏，所以一个链接就能复现你看到的结果。每个工具都注明数字来自哪篇论文、哪张表或哪个公式，并在超出定律拟合范围时给出提醒。',
    fitHeading: '拟合你自己的训练数据',
    fitIntro:
      '粘贴或拖入你自己的训练记录，用 Hoffmann 等的方法三在后台线程中拟合 L = E + A/N^α + B/D^β，并用自助法给出区间。下面的图随后显示你的拟合结果；写进链接的是系数，不是你的数据。',
  },
  panel: {
    label: '拟合你的训练数据：数据与拟合',
    paste: '粘贴训练记录（CSV、TSV 或以空格分隔）',
    file: '选择文件',
    drop: '或把 .csv / .tsv 文件拖到这个框里',
    example: '使用内置示例',
    exampleName: '内置示例',
    chinchillaName: 'Hoffmann 等 2022 原文图 4（Epoch 提取）',
    from: (name) => `${name}：`,
    chinchilla: '载入 Hoffmann 原文图 4 的 240 次训练（Epoch 提取）',
    downloadExample: '下载示例 CSV',
    privacy: '数据只留在这个浏览器标签页里，不会上传。',
    headerHelp:
      '每行一次训练：参数量 N、训练词元数 D（或训练计算量 C）和最终损失（奈特）。可识别中英文列名：params / N / 参数量、tokens / D / 词元数、flops / C / 计算量、loss / 损失。',
    read: (runs, rows) => `从 ${rows} 行中读到 ${runs} 条可用记录。`,
    skipped: (n) => `跳过了 ${n} 行：`,
    more: (n) => `……另有 ${n} 行。`,
    fromFlops: '词元数由计算量列按 D = C/(6N) 算出。',
    columns: '列',
    unsure: '请检查下面的列：表头没有清楚地标明所有列。',
    none: '——无——',
    column: (i) => `第 ${i} 列`,
    role: { params: '参数量 N', tokens: '训练词元数 D', flops: '训练计算量 C', loss: '损失 L' },
    grid: '初始点',
    gridCoarse: '粗网格，243 个初始点（快）',
    gridHoffmann: 'Hoffmann 的网格，4500 个初始点（附录 D.2）',
    resamples: '自助法重抽样次数（0–2000）',
    resamplesHelp: '次数越多区间越稳定，耗时也越长；填 0 则不计算区间。',
    fit: '拟合',
    cancel: '取消',
    progressFit: (done, total) => `拟合中：第 ${done} / ${total} 个初始点`,
    progressBoot: (done, total) => `自助法：第 ${done} / ${total} 次拟合`,
    timeLeft: (seconds) => `（约剩 ${seconds} 秒）`,
    large: (n, resamples) => `共 ${n} 条记录，拟合需要一些时间，所以自助法先设为 ${resamples} 次重抽样；愿意等待的话可以调高。`,
    cancelled: '已取消拟合。图中保留原来的定律。',
    failed: {
      'no-finite-start': '拟合失败：从任何一个起点出发，这些运行的目标函数都没有得到有限值。请检查各列是否分别是参数量、词元数和以奈特每词元计的损失。图保留原来显示的定律。',
      internal: '拟合失败：页面出了错误。图保留原来显示的定律；详细信息在浏览器的控制台里。',
    },
    tooFew: (n) => `至少需要 ${n} 条可用记录才能拟合五个系数。`,
    readFailed: '无法把这个文件当作文本读取。',
    reading: (name, size) => `正在后台读取 ${name}（${size} MB）……`,
    gb18030: '这个文件不是 UTF-8 编码，已按 GB18030（中文版 Excel 保存 CSV 时所用的编码）读取。',
    resultsExample: '内置示例的拟合结果（预先算好，设置与“拟合”按钮相同）',
    resultsYours: (n) => `你的 ${n} 条记录的拟合结果`,
    coefficient: '系数',
    estimate: '估计值',
    interval: (n) => `95% 区间（${n} 次重抽样）`,
    noInterval: '未做自助法',
    allocation: 'a = β/(α+β)',
    compare: '与已发表的定律比较',
    law: '定律',
    gopher: '5.76×10²³ FLOPs 下的 N_opt',
    yourFit: '本次拟合',
    stats: (objective, starts, converged, fit, boot) =>
      `原文式（11）的目标值：${objective}；${starts} 个初始点，${converged} 个收敛。后台线程用时：拟合 ${fit} 秒，自助法 ${boot} 秒。`,
    statsExample: (objective, starts, converged) => `原文式（11）的目标值：${objective}；${starts} 个初始点，${converged} 个收敛。`,
    needData: '粘贴、拖入或载入训练记录后即可拟合；在此之前，下面显示的是内置示例的结果。',
    json: '下载 JSON',
    csv: '下载 CSV',
    copyLink: '复制这次拟合的链接',
    copied: '链接已复制。它包含五个系数，不包含你的数据。',
    copyFailed: '请复制这个链接：',
    shared: '这个链接带有一条拟合出的定律，画在下面的图里。它不包含原始数据：把数据粘贴到这里即可重新拟合。',
    outOfRange: (name, value) => `拟合得到的 ${name} = ${value} 超出了图能显示的范围，因此图和链接保留原来的定律。`,
    noscript: '开启 JavaScript 后可以拟合你自己的数据；下面的图显示的是内置示例。',
  },
  runs,
};
export default zh;
