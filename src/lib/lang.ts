import { isLang, type Lang } from '../i18n';

/** The page language from its path (`/base/zh/...` → 'zh'); English when the path has no language segment. */
export function langFromPath(pathname: string, base: string): Lang {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const seg = rest.split('/')[0];
  return isLang(seg) ? seg : 'en';
}
