/**
 * Figures that reuse parts of earlier pictures (drawReusing's `axesKey` and `under`, drawPatching's key, keptChart's
 * key; src/figures/lib/reuse.ts) must draw exactly what a fresh render draws: in one document (as in the browser, where the
 * caches live), a seeded sequence of random valid states, then the same states again in reverse (every base reused), then
 * the first state with only its first slider moved, each compared with the same state rendered in a new document, where
 * nothing can be reused. A key that forgets something its marks show fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type { AnyValue, ParamSpec } from '../../../src/figures/lib/params';
import { FIGURES } from '../../../src/figures/lib/registry';
import { renderFigure } from '../../../src/figures/lib/render';
import { renderToString } from '../../../src/figures/lib/ssr';
import { normalizeSvg } from './snapshot';
import { keptChart } from '../../../src/figures/lib/reuse';
import { drawSettled, drawStarted, markupToCheck } from '../../../src/figures/lib/output';

const STATES = 16;

/** A valid value of one parameter: anywhere in a quantity's range (between a slider's steps too), any option. */
function anyValue(spec: ParamSpec): fc.Arbitrary<AnyValue> {
  const within = (min: number, max: number, log: boolean) =>
    log ? fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }).map((e) => Math.min(max, Math.max(min, 10 ** e))) : fc.double({ min, max, noNaN: true });
  switch (spec.kind) {
    case 'quantity':
      return within(spec.min, spec.max, spec.scale === 'log').map((v) => (spec.integer ? Math.round(v) : v));
    case 'list':
      return fc.array(within(spec.min, spec.max, spec.min > 0 && spec.max / spec.min > 100), { minLength: spec.minLength, maxLength: spec.maxLength });
    case 'choice':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'boolean':
      return fc.boolean();
  }
}

const reusing = [...FIGURES].filter(([id]) => /axesKey|drawPatching|keptChart/.test(readFileSync(join(__dirname, '../../../src/figures', `${id}.ts`), 'utf8')));

describe('figures that reuse axes and marks between updates', () => {
  it('include the figures that reuse parts of their pictures today', () => {
    expect(reusing.map(([id]) => id)).toEqual(
      expect.arrayContaining([
        'chinchilla-runs',
        'parametric-contours',
        'model-gallery',
        'isoflop',
        'kaplan-three-laws',
        'distribution-shift',
        'training-envelope',
        'step-law',
        'sample-efficiency',
        'fit-your-runs',
        'loss-vs-n-by-d',
        'loss-vs-d-by-n',
        'loss-vs-steps',
        'context-position',
        'mirage',
        'emergence-tasks',
        'augmented-prompting',
        'gradient-noise',
        'compute-planner',
        'param-count',
        'chinchilla-vs-kaplan',
        'inference-aware',
        'real-emergence',
        'benchmarks-vs-compute',
        'kaplan-allocation',
      ]),
    );
  });

  for (const [id, def] of reusing) {
    it(`${id}: ${STATES} random states and back, then one slider moved, in one document, draw what a fresh render draws`, () => {
      const states = fc.sample(fc.record(Object.fromEntries(Object.entries(def.params).map(([k, spec]) => [k, anyValue(spec)]))), { numRuns: STATES, seed: 20261205 });
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      // Then the first state with only its first quantity changed, as a slider moves it (the moving marks alone change).
      const slider = Object.entries(def.params).find(([, spec]) => spec.kind === 'quantity')?.[0];
      const sliding = slider ? states.map((s) => ({ ...states[0], [slider]: s[slider] })) : [];
      const sequence = [...states, ...[...states].reverse(), ...sliding];
      const langOf = (i: number) => (i % 4 < 2 ? 'en' : 'zh');
      // Every reused render first: a fresh render's document takes the caches over (they are kept per document).
      const reused = sequence.map((values, i) => {
        const t = messagesOf(def, langOf(i));
        const out = renderFigure(def, values as Record<string, AnyValue>, langOf(i), { width: def.width ?? 640, document: document as unknown as Document, t });
        return normalizeSvg((out.node as Element).outerHTML);
      });
      sequence.forEach((values, i) => {
        const fresh = normalizeSvg(renderToString(def, values as Record<string, AnyValue>, langOf(i)).html);
        expect(reused[i], `${id} state ${i} (${langOf(i)}) ${JSON.stringify(values)}`).toBe(fresh);
      });
    }, 120_000);
  }
});

describe('keptChart', () => {
  const newDoc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const chart = (doc: Document, text: string) => {
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'text')).textContent = text;
    return svg;
  };
  /** A chart's draw function for keptChart that counts its calls. */
  const counted = (doc: Document) => {
    const calls = { draws: 0 };
    const draw = () => {
      calls.draws++;
      return chart(doc, 'loss 2.03');
    };
    return { calls, draw };
  };

  it('hands back the live chart drawn for the same key and leaves a copy in the picture it was in', () => {
    const doc = newDoc();
    const { calls, draw } = counted(doc);
    const first = keptChart('test:a', doc, draw);
    let heard = 0;
    first.addEventListener('pointermove', () => heard++);
    const onScreen = doc.createElement('div');
    onScreen.appendChild(first);
    doc.body.appendChild(onScreen);

    const again = keptChart('test:a', doc, draw);
    expect(calls.draws).toBe(1);
    expect(again).toBe(first);
    // The picture on screen is still whole, with a copy where the chart was.
    expect(onScreen.childNodes.length).toBe(1);
    expect(onScreen.firstChild).not.toBe(first);
    expect((onScreen.firstChild as Element).outerHTML).toBe(first.outerHTML);
    // The chart keeps its listeners (Plot's pointer, for the tips).
    again.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('pointermove'));
    expect(heard).toBe(1);

    keptChart('test:b', doc, draw);
    keptChart('test:a', newDoc(), draw);
    expect(calls.draws).toBe(3);
  });

  it('draws a chart on screen again while it shows a tip, instead of moving it (moved, it would not hear the pointer leave)', () => {
    const doc = newDoc();
    const { calls, draw } = counted(doc);
    const first = keptChart('test:tip', doc, draw);
    const onScreen = doc.createElement('div');
    onScreen.appendChild(first);
    doc.body.appendChild(onScreen);
    // A reader points at it: Plot draws the tip in a group the pointer goes through, as in the browser.
    first.insertAdjacentHTML('beforeend', '<g aria-label="tip" pointer-events="none"><g transform="translate(68,79)"><text>loss 2.03</text></g></g>');
    const second = keptChart('test:tip', doc, draw);
    expect(calls.draws).toBe(2);
    expect(second).not.toBe(first);
    // The picture on screen is left as it was, until the new one replaces it.
    expect(onScreen.firstChild).toBe(first);
    // The chart drawn again is the one kept: with no tip showing, it is handed back.
    onScreen.replaceChildren(second);
    expect(keptChart('test:tip', doc, draw)).toBe(second);
    expect(calls.draws).toBe(2);
    // A tip pinned with a click (Plot leaves pointer-events off it) stays with its chart, as Plot means it to.
    second.insertAdjacentHTML('beforeend', '<g aria-label="tip"><g transform="translate(68,79)"><text>loss 2.03</text></g></g>');
    expect(keptChart('test:tip', doc, draw)).toBe(second);
    expect(calls.draws).toBe(2);
  });

  it("in a draw the browser settles: holds the chart's place in the picture on screen, and gives the chart back there if the new picture is not shown", () => {
    const doc = newDoc();
    const draw = () => chart(doc, 'loss 2.03');
    const first = keptChart('test:settle', doc, draw);
    let heard = 0;
    first.addEventListener('pointermove', () => heard++);
    const onScreen = doc.createElement('div');
    onScreen.append(doc.createElement('p'), first, doc.createElement('p'));
    doc.body.appendChild(onScreen);
    const next = () => {
      drawStarted();
      const taken = keptChart('test:settle', doc, draw);
      const picture = doc.createElement('div');
      picture.appendChild(taken);
      return picture;
    };
    // Not shown (the check failed): the live chart is back where it was, listeners and all, and the new picture lacks it.
    const failed = next();
    expect(onScreen.childNodes[1]).not.toBe(first);
    drawSettled(false);
    expect(onScreen.childNodes.length).toBe(3);
    expect(onScreen.childNodes[1]).toBe(first);
    expect(failed.childNodes.length).toBe(0);
    first.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('pointermove'));
    expect(heard).toBe(1);
    // Shown: the new picture keeps the chart; the old one, about to be replaced, holds an empty text node in its place.
    const shown = next();
    drawSettled(true);
    expect(shown.firstChild).toBe(first);
    expect(onScreen.childNodes.length).toBe(3);
    expect(onScreen.childNodes[1]!.nodeType).toBe(3);
    expect(onScreen.childNodes[1]!.textContent).toBe('');
    // The picture shown then is on screen in its turn: a failed draw after it gives the chart back to it.
    onScreen.replaceWith(shown);
    next();
    drawSettled(false);
    expect(shown.firstChild).toBe(first);
  });

  it('takes the chart from a picture off screen without leaving a copy (that picture is not shown again)', () => {
    const doc = newDoc();
    const draw = () => chart(doc, 'loss 2.03');
    const first = keptChart('test:off', doc, draw);
    const offScreen = doc.createElement('div');
    offScreen.appendChild(first);
    expect(keptChart('test:off', doc, draw)).toBe(first);
    expect(offScreen.childNodes.length).toBe(1);
    expect(offScreen.firstChild).toBe(first);
  });

  it('is left out of the check of the pictures it goes in when it was drawn clean, and read when it was not', () => {
    const doc = newDoc();
    const root = doc.createElement('div');
    root.appendChild(keptChart('test:clean', doc, () => chart(doc, 'loss 2.03')));
    root.appendChild(keptChart('test:nan', doc, () => chart(doc, 'loss NaN')));
    const before = root.outerHTML;
    const read = markupToCheck(root);
    expect(read).not.toContain('2.03');
    expect(read).toContain('NaN');
    expect(root.outerHTML).toBe(before);
  });
});
