// Types of bundle-size.mjs, for the TypeScript tests that read the standalone build.
export declare const STANDALONE_DIR: string;
export declare const STANDALONE_MANIFEST: string;
export declare function gzipBytes(file: string): number;
export declare function kB(bytes: number): string;
export interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}
export declare function standaloneManifest(root: string): {
  manifest: Record<string, ManifestChunk>;
  withImports: (file: string) => string[];
};
export declare function loadedBytes(
  root: string,
  file: string,
): { files: { file: string; bytes: number; gzip: number }[]; bytes: number; gzip: number };
export declare function pageBytes(root: string): {
  files: { file: string; gzip: number }[];
  gzip: number;
};
export declare function npmEntryBytes(
  root: string,
  entry: string,
): Promise<{ files: { file: string; gzip: number }[]; gzip: number }>;
export declare function besideBytes(
  root: string,
  file: string,
  shown: string,
): { files: { file: string; gzip: number }[]; gzip: number };
