import { describe, expect, it } from 'vitest';
import { absoluteUrl, twinPath, withBase } from '../../../src/lib/urls';
import { langFromPath } from '../../../src/lib/lang';
import { preferredLang } from '../../../src/lib/preferred-lang';

describe('withBase', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(withBase('/', 'en/kaplan/')).toBe('/en/kaplan/');
    expect(withBase('/scaling/', '/en/kaplan/')).toBe('/scaling/en/kaplan/');
    expect(withBase('/scaling', 'en/')).toBe('/scaling/en/');
    expect(withBase('/scaling/')).toBe('/scaling/');
  });
});

describe('twinPath', () => {
  it('swaps the language segment right after the base', () => {
    expect(twinPath('/', '/zh/kaplan/', 'en')).toBe('/en/kaplan/');
    expect(twinPath('/scaling/', '/scaling/en/figures/isoflop/', 'zh')).toBe('/scaling/zh/figures/isoflop/');
    expect(twinPath('/', '/en/', 'zh')).toBe('/zh/');
  });
  it('does not touch a language-looking segment deeper in the path', () => {
    expect(twinPath('/', '/en/figures/zh/', 'zh')).toBe('/zh/figures/zh/');
  });
  it('falls back to the other language home for pages outside /zh/ and /en/', () => {
    expect(twinPath('/scaling/', '/scaling/', 'zh')).toBe('/scaling/zh/');
    expect(twinPath('/', '/404.html', 'en')).toBe('/en/');
  });
});

describe('absoluteUrl', () => {
  it('puts the base-prefixed path on the SITE_URL origin', () => {
    expect(absoluteUrl('https://example.org/ignored/', '/scaling/en/')).toBe('https://example.org/scaling/en/');
  });
});

describe('langFromPath', () => {
  it('reads the language after the base, defaulting to English', () => {
    expect(langFromPath('/scaling/zh/kaplan/', '/scaling/')).toBe('zh');
    expect(langFromPath('/en/', '/')).toBe('en');
    expect(langFromPath('/', '/')).toBe('en');
    expect(langFromPath('/zh', '/')).toBe('zh');
  });
});

describe('preferredLang', () => {
  it('prefers the remembered language, then the first Chinese or English browser language', () => {
    expect(preferredLang('zh', ['en-US'])).toBe('zh');
    expect(preferredLang(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(preferredLang('garbage', ['en-GB', 'zh-CN'])).toBe('en');
    expect(preferredLang(null, ['de'])).toBe('en');
  });
});
