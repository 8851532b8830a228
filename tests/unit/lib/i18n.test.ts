import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';

describe('UI strings', () => {
  it('zh and en define exactly the same keys (also enforced by the type checker)', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('no string is empty, and no Chinese string is an untranslated copy of the English one', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      if (!['lang.switch', 'lang.name'].includes(key) && /[a-z]{4}/i.test(en[key])) expect(zh[key], key).not.toBe(en[key]);
    }
  });
  it('every key of the page chrome is used somewhere in src/ (a key no page reads is a word no one checks)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return sources(path);
        return /\.(astro|ts|tsx|mjs)$/.test(name) && !/src\/i18n\/(en|zh)\.ts$/.test(path) ? [readFileSync(path, 'utf8')] : [];
      });
    const code = sources('src').join('\n');
    expect(Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`))).toEqual([]);
  });
});
