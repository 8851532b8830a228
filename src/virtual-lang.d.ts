/**
 * `virtual:lang/<zh|en>/<path under src>`: that module built for one language (src/integrations/lang-bundles.mjs).
 * Importers cast the result to `typeof import('<the real path>')`.
 */
declare module 'virtual:lang/*';
