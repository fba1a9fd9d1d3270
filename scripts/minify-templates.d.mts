// Types of minify-templates.mjs, for vite.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
export declare function minifyTemplates(code: string, fileName: string): Promise<string | null>;
export declare function viteMinifyTemplates(): Plugin;
export declare function esbuildMinifyTemplates(): EsbuildPlugin;
