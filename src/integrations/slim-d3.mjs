// Client bundles only: small stand-ins for two d3 modules Observable Plot imports but no figure here needs.
// Server builds (build-time SVG) and tests use the real modules. Every stubbed export throws a clear error, so
// a future figure that needs one fails loudly in the e2e tests — remove the stand-in then.
// - d3-geo (≈ 8 KB gzip): Plot's map projections. Plot calls geoTransform once when it loads, so that one is
//   kept exactly as d3-geo writes it.
// - d3-scale-chromatic (≈ 7 KB gzip): named colour schemes. Figures give their colours explicitly; the
//   categorical schemes (Plot's default for an ordinal colour scale without a range), turbo (its default for a
//   continuous one) and greys (for a boolean domain) are kept, copied from the real module.
import * as d3geo from 'd3-geo';
import * as chromatic from 'd3-scale-chromatic';

const PREFIX = '\0slim-';
const STUBBED = ['d3-geo', 'd3-scale-chromatic'];

function unavailable(names) {
  return `function unavailable(name) {
  return function () {
    throw new Error(name + ' is not in the browser bundle: it is stubbed out (src/integrations/slim-d3.mjs).');
  };
}
${names.map((n) => `export const ${n} = unavailable(${JSON.stringify(n)});`).join('\n')}
`;
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
  if (!/^function\s*\w*\s*\(t\)/.test(turbo)) throw new Error('d3-scale-chromatic changed: check interpolateTurbo in slim-d3.mjs');
  return `${kept.map((n) => `export const ${n} = ${JSON.stringify(chromatic[n])};`).join('\n')}
export const interpolateTurbo = ${turbo};
${unavailable(Object.keys(chromatic).filter((n) => !kept.includes(n) && n !== 'interpolateTurbo'))}`;
}

/** @returns {import('vite').Plugin} */
export default function slimD3() {
  return {
    name: 'scaling-slim-d3',
    enforce: 'pre',
    resolveId(id, importer, options) {
      return STUBBED.includes(id) && !options?.ssr ? PREFIX + id : null;
    },
    load(id) {
      if (id === PREFIX + 'd3-geo') return geoSource();
      if (id === PREFIX + 'd3-scale-chromatic') return chromaticSource();
      return null;
    },
  };
}
