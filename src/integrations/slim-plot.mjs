// Client bundles only: small stand-ins for parts of Observable Plot (0.6.17) and the d3 modules it imports
// that no figure here uses, ≈ 24 KB gzip on every chapter. Server builds (build-time SVG) and tests use the
// real modules. Every stubbed export throws a clear error, so a future figure that needs one fails loudly (the
// e2e tests hydrate and change every figure in both languages) — remove that stand-in then.
// - d3-geo (≈ 8 KB gzip): map projections. Plot calls geoTransform once when it loads, so that one is kept
//   exactly as d3-geo writes it.
// - d3-scale-chromatic (≈ 7 KB gzip): named colour schemes. Figures give their colours explicitly; the
//   categorical schemes (Plot's default for an ordinal colour scale without a range), turbo (its default for a
//   continuous one) and greys (for a boolean domain) are kept, copied from the real module.
// - d3-time and d3-time-format (≈ 4 KB gzip): time and UTC scales and date formats; every axis here is numeric.
//   Plot tags d3-time's intervals with properties when it loads, which the stand-ins (functions) accept.
// - Plot's tip mark and pointer interaction (≈ 3.5 KB gzip): no mark sets the `tip` option.
// - Plot's colour-ramp legend (≈ 2 KB gzip, with d3-axis): the one legend here is a swatch legend.
// - d3-shape's curves other than linear, monotone-x and catmull-rom (≈ 3 KB gzip): Plot names every d3 curve in
//   one table, so all of them were bundled; the figures use those three (a unit test checks their `curve:` names).
//   The rest of d3-shape is the real module.
// - Plot's line markers, diverging and time scales (≈ 2 KB gzip): no mark sets `marker`, no scale is diverging or
//   temporal. Marks without markers call markers()/applyMarkers(); the stand-ins do what Plot does then.
// - Plot's bin and group transforms (≈ 3.5 KB gzip): no mark bins, groups, or sorts a scale by a channel.
//   lineX/lineY/areaX/areaY pass their options through maybeDenseIntervalX/Y, which only act when the mark has an
//   `interval` (or `tip`) option; the stand-in returns the options untouched, as Plot does, and throws otherwise.
// The stand-ins follow Plot 0.6.17 exactly: a different version of Plot stops the build until this file is checked.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import * as d3geo from 'd3-geo';
import * as chromatic from 'd3-scale-chromatic';
import * as d3shape from 'd3-shape';
import * as d3time from 'd3-time';
import * as d3timeFormat from 'd3-time-format';

const PREFIX = '\0slim-';
const STUBBED = ['d3-geo', 'd3-scale-chromatic', 'd3-time', 'd3-time-format', 'd3-shape'];
/** d3-shape curves kept, by the names figures give Plot (`curve: 'monotone-x'`) and d3's export names. */
export const KEPT_CURVES = { linear: 'curveLinear', 'monotone-x': 'curveMonotoneX', 'catmull-rom': 'curveCatmullRom' };
const D3_SHAPE_FILE = createRequire(import.meta.url).resolve('d3-shape').replace(/\\/g, '/');
const PLOT_SRC = dirname(createRequire(import.meta.url).resolve('@observablehq/plot')); // …/plot/src (index.js)
/** Plot's own modules replaced, by path under its src/. */
const PLOT_STUBBED = [
  'marks/tip.js',
  'interactions/pointer.js',
  'legends/ramp.js',
  'transforms/bin.js',
  'transforms/group.js',
  'marker.js',
  'scales/diverging.js',
  'scales/temporal.js',
];
const PLOT_VERSION = '0.6.17';
/** Stand-ins that do work: Plot's exact behaviour for the options this site uses. */
const PLOT_KEPT = {
  'transforms/bin.js': `function passThrough(name) {
  return function (options = {}) {
    if (options?.interval != null || options?.tip != null) throw new Error(name + ' with an interval or tip option is not in the browser bundle (src/integrations/slim-plot.mjs).');
    return options;
  };
}
export const maybeDenseIntervalX = passThrough('maybeDenseIntervalX');
export const maybeDenseIntervalY = passThrough('maybeDenseIntervalY');
`,
  'marker.js': `function noMarker(marker) {
  if (marker == null || marker === false || \`\${marker}\`.toLowerCase() === 'none') return null;
  throw new Error('Line markers are not in the browser bundle (src/integrations/slim-plot.mjs).');
}
export function markers(mark, {marker, markerStart = marker, markerMid = marker, markerEnd = marker} = {}) {
  mark.markerStart = noMarker(markerStart);
  mark.markerMid = noMarker(markerMid);
  mark.markerEnd = noMarker(markerEnd);
}
// Without markers Plot's own versions return at once.
export const applyMarkers = () => {};
export const applyGroupedMarkers = () => {};
`,
};

/** Export names of one of Plot's source files (functions and classes; the three stubbed files export nothing else). */
function plotExports(file) {
  const code = readFileSync(join(PLOT_SRC, file), 'utf8');
  const names = [...code.matchAll(/^export (?:function|class|const|let) (\w+)/gm)].map((m) => m[1]);
  if (/^export \{|^export default/m.test(code)) throw new Error(`${file} changed shape: check slim-plot.mjs`);
  return names;
}

function unavailable(names) {
  return `function unavailable(name) {
  return function () {
    throw new Error(name + ' is not in the browser bundle: it is stubbed out (src/integrations/slim-plot.mjs).');
  };
}
${names.map((n) => `export const ${n} = unavailable(${JSON.stringify(n)});`).join('\n')}
`;
}

function unavailableClasses(names) {
  return names
    .map((n) => `export class ${n} { constructor() { throw new Error(${JSON.stringify(`${n} is not in the browser bundle: it is stubbed out (src/integrations/slim-plot.mjs).`)}); } }`)
    .join('\n');
}

function geoSource() {
  return `function TransformStream() {}
TransformStream.prototype = {
  constructor: TransformStream,
  point(x, y) { this.stream.point(x, y); },
  sphere() { this.stream.sphere(); },
  lineStart() { this.stream.lineStart(); },
  lineEnd() { this.stream.lineEnd(); },
  polygonStart() { this.stream.polygonStart(); },
  polygonEnd() { this.stream.polygonEnd(); },
};
export function geoTransform(methods) {
  return {
    stream(stream) {
      const s = new TransformStream();
      for (const key in methods) s[key] = methods[key];
      s.stream = stream;
      return s;
    },
  };
}
${unavailable(Object.keys(d3geo).filter((n) => n !== 'geoTransform'))}`;
}

function chromaticSource() {
  // Categorical schemes are flat lists of colours; greys is a list of lists (index = number of colours).
  const kept = Object.keys(chromatic).filter(
    (n) => n === 'schemeGreys' || (n.startsWith('scheme') && chromatic[n].every((c) => typeof c === 'string')),
  );
  // interpolateTurbo is a closed-form polynomial with no outside references, so its own source is exact.
  const turbo = chromatic.interpolateTurbo.toString();
  if (!/^function\s*\w*\s*\(t\)/.test(turbo)) throw new Error('d3-scale-chromatic changed: check interpolateTurbo in slim-plot.mjs');
  return `${kept.map((n) => `export const ${n} = ${JSON.stringify(chromatic[n])};`).join('\n')}
export const interpolateTurbo = ${turbo};
${unavailable(Object.keys(chromatic).filter((n) => !kept.includes(n) && n !== 'interpolateTurbo'))}`;
}

function shapeSource() {
  const kept = Object.values(KEPT_CURVES);
  const names = Object.keys(d3shape);
  const dropped = names.filter((n) => n.startsWith('curve') && !kept.includes(n));
  // The real module, by file path (not the bare name this plugin answers for); Rollup keeps only what is used.
  return `export { ${names.filter((n) => !dropped.includes(n)).join(', ')} } from ${JSON.stringify(D3_SHAPE_FILE)};
${unavailable(dropped)}`;
}

function plotSource(file) {
  const version = JSON.parse(readFileSync(join(PLOT_SRC, '..', 'package.json'), 'utf8')).version;
  if (version !== PLOT_VERSION) throw new Error(`Observable Plot is ${version}, not ${PLOT_VERSION}: check the stand-ins in src/integrations/slim-plot.mjs.`);
  const kept = PLOT_KEPT[file] ?? '';
  const keptNames = [...kept.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]);
  const names = plotExports(file).filter((n) => !keptNames.includes(n));
  const classes = names.filter((n) => /^[A-Z]/.test(n));
  return `${kept}${unavailable(names.filter((n) => !classes.includes(n)))}${unavailableClasses(classes)}\n`;
}

/** @returns {import('vite').Plugin} */
export default function slimPlot() {
  return {
    name: 'scaling-slim-plot',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (options?.ssr) return null;
      if (STUBBED.includes(id)) return PREFIX + id;
      if (importer && id.startsWith('.')) {
        const rel = relative(PLOT_SRC, resolve(dirname(importer.split('?')[0]), id)).replace(/\\/g, '/');
        if (PLOT_STUBBED.includes(rel)) return `${PREFIX}plot/${rel}`;
      }
      return null;
    },
    load(id) {
      if (id === PREFIX + 'd3-geo') return geoSource();
      if (id === PREFIX + 'd3-scale-chromatic') return chromaticSource();
      if (id === PREFIX + 'd3-shape') return shapeSource();
      if (id === PREFIX + 'd3-time') return unavailable(Object.keys(d3time));
      if (id === PREFIX + 'd3-time-format') return unavailable(Object.keys(d3timeFormat));
      if (id.startsWith(`${PREFIX}plot/`)) return plotSource(id.slice(`${PREFIX}plot/`.length));
      return null;
    },
  };
}
