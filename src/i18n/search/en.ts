/**
 * What the site search (src/scripts/search.ts) writes under the search box while it loads and after it searches, in
 * English; the box's label and placeholder are page chrome (../en.ts). The Chinese catalogue (./zh.ts) is typed by this
 * one, so a key missing in either fails the type check. The search code carries both (a few bytes) and picks the page's.
 */
const en = {
  loading: 'Loading the search index…',
  none: 'No results for this search.',
  /** How many pages matched (Pagefind's count), above the first results. */
  results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  failed: 'Search could not load.',
};
export default en;
export type SearchMessages = typeof en;
