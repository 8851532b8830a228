/**
 * The site's licenses (see LICENSE, LICENSE-content and NOTICE at the repository root): the text and the figures are
 * CC BY 4.0, the code MIT. The attribution lines the exported files and the embed snippet carry are built
 * from them in ./attribution.ts.
 */
export const CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const CODE_LICENSE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;
