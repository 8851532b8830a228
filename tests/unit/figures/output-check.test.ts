// The browser's check of an update (no NaN, Infinity or undefined on screen) skips the copies of nodes found clean when
// first drawn, and only those: what the copying functions of src/figures/lib/reuse.ts mark (loading it sets the reader).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkOutput, markupToCheck } from '../../../src/figures/lib/output';
import { copiesOfClean, drawnClean, drawPatching, drawReusing, moving } from '../../../src/figures/lib/reuse';
import type { FigureOutput } from '../../../src/figures/lib/types';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const margins = { marginTop: 20, marginRight: 20, marginBottom: 30, marginLeft: 40 };
const options = { document: doc, width: 300, height: 200, ...margins, x: { domain: [0, 10] }, y: { domain: [0, 10] } };
const empty = { data: { columns: [], rows: [] } } as unknown as FigureOutput;

describe('markupToCheck', () => {
  it('leaves out marked copies in an SVG, puts them back in their places, and reads everything else', () => {
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const [a, b] = copiesOfClean([doc.createElementNS('http://www.w3.org/2000/svg', 'g'), doc.createElementNS('http://www.w3.org/2000/svg', 'g')]);
    a!.setAttribute('id', 'a');
    b!.setAttribute('id', 'b');
    const moved = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    moved.setAttribute('d', 'M0,NaN');
    svg.append(a!, moved, b!);
    const before = svg.outerHTML;
    const read = markupToCheck(svg as unknown as Element);
    expect(read).not.toContain('id="a"');
    expect(read).not.toContain('id="b"');
    expect(read).toContain('M0,NaN');
    expect(checkOutput(read, empty)).toMatch(/NaN/);
    expect(svg.outerHTML).toBe(before);
  });

  it('drawnClean finds NaN, Infinity and undefined in markup and in text', () => {
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('transform', 'translate(Infinity,0)');
    expect(drawnClean([g as unknown as Node])).toBe(false);
    expect(drawnClean([doc.createTextNode('x undefined') as unknown as Node])).toBe(false);
    expect(drawnClean([doc.createTextNode('1,2;3,4') as unknown as Node])).toBe(true);
  });
});

describe('the copies the reuse functions make', () => {
  const runs = [
    { a: 1, b: 2 },
    { a: 4, b: 6 },
  ];
  it('drawReusing: the copied axes and under marks skip the check, the moving mark does not', () => {
    const draw = (at: number) =>
      drawReusing(
        { ...options, marks: [Plot.dot([{ a: at, b: at }], { x: 'a', y: 'b' })] },
        { axesKey: 'check-test', under: { key: 'runs', marks: () => [Plot.line(runs, { x: 'a', y: 'b' })] } },
      ) as unknown as Element;
    draw(1);
    const svg = draw(2);
    const read = markupToCheck(svg);
    expect(svg.querySelector('[aria-label="line"]')).not.toBeNull();
    expect(read).not.toContain('aria-label="line"');
    expect(read).not.toContain('aria-label="y-axis tick"');
    expect(read).toContain('aria-label="dot"');
  });

  it('a base drawn with NaN in it is never skipped: the check still finds it in every copy', () => {
    const draw = () =>
      drawReusing(
        { ...options, marks: [Plot.dot([{ a: 1, b: 1 }], { x: 'a', y: 'b' })] },
        { axesKey: 'check-test-nan', under: { key: 'bad', marks: () => [Plot.text([0], { frameAnchor: 'top', text: () => 'NaN tokens' })] } },
      ) as unknown as Element;
    draw();
    expect(checkOutput(markupToCheck(draw()), empty)).toMatch(/NaN/);
  });

  it('drawPatching: the unmoving marks skip the check, the moving ones are read', () => {
    const draw = (at: number) =>
      drawPatching({ ...options, marks: [Plot.ruleY([5]), moving(Plot.dot([{ a: at, b: at }], { x: 'a', y: 'b' })), Plot.ruleX([5])] }, 'check-patch') as unknown as Element;
    draw(1);
    const read = markupToCheck(draw(3));
    expect(read).not.toContain('aria-label="rule"');
    expect(read).toContain('aria-label="dot"');
  });
});
