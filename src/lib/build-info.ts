import { execSync } from 'node:child_process';
import pkg from '../../package.json';

/** Build-time only (imported from .astro frontmatter): the site version, package version plus git commit. */
function gitCommit(): string {
  if (process.env.SITE_COMMIT) return process.env.SITE_COMMIT;
  try {
    return execSync('git rev-parse --short=7 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export const SITE_VERSION = `${pkg.version}+${gitCommit()}`;
export const BUILD_DATE = new Date().toISOString().slice(0, 10);
