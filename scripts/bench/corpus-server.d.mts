export interface CorpusServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The corpus pages' file names, sorted. */
  readonly pages: readonly string[];
  pageUrl(name: string): string;
  /** The page with a paragraph naming the six at the top of its body. */
  namedUrl(name: string): string;
  /** The page made by ../shared/corpus/named-pages.mjs (served from `namedPagesDir`). */
  namedPageUrl(name: string): string;
  generatedUrl(pathname: string): string;
  close(): Promise<void>;
}

export const NAMED_PARAGRAPH_CLASS: string;
export const NAMED_PARAGRAPH_TEXT: string;

export function startCorpusServer(options?: {
  pagesDir?: string;
  namedPagesDir?: string;
  generated?: Record<string, string>;
}): Promise<CorpusServer>;
