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
});
