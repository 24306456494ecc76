export interface CorpusServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The corpus pages' file names, sorted. */
  readonly pages: readonly string[];
  pageUrl(name: string): string;
  generatedUrl(pathname: string): string;
  close(): Promise<void>;
}

export function startCorpusServer(options?: {
  pagesDir?: string;
  generated?: Record<string, string>;
}): Promise<CorpusServer>;
