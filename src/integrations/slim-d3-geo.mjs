// Client bundles only: replaces d3-geo with a tiny stand-in. Observable Plot imports d3-geo for map projections
// (and calls geoTransform once when it loads), but no figure on this site uses a projection, so the ~26 KB of
// projection code (≈ 8 KB gzip on every chapter) never runs. geoTransform is kept exactly as d3-geo writes it;
// every other export throws a clear error if a future figure ever needs a projection — remove this plugin then.
// Server builds (build-time SVG) and tests use the real d3-geo.
import * as d3geo from 'd3-geo';

const VIRTUAL = '\0slim-d3-geo';

function source() {
  const names = Object.keys(d3geo).filter((n) => n !== 'geoTransform');
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
function unavailable(name) {
  return function () {
    throw new Error(name + ' is not in the browser bundle: map projections are stubbed out (src/integrations/slim-d3-geo.mjs).');
  };
}
${names.map((n) => `export const ${n} = unavailable(${JSON.stringify(n)});`).join('\n')}
`;
}

/** @returns {import('vite').Plugin} */
export default function slimD3Geo() {
  return {
    name: 'scaling-slim-d3-geo',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (id === 'd3-geo' && !options?.ssr) return VIRTUAL;
      return null;
    },
    load(id) {
      return id === VIRTUAL ? source() : null;
    },
  };
}
