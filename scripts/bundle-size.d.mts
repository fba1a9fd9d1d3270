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
