/**
 * A page as the site's search holds it: its address and title, its text for
 * snippets, and its words as a Chinese reader splits them. Written at build
 * time by `src/tables/search-index.ts`, read in the browser by
 * `src/components/search.ts`.
 */
export interface SearchEntry {
  path: string;
  title: string;
  text: string;
  words: string[];
}
