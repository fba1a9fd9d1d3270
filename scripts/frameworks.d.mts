// Types of frameworks.mjs, for test/node/frameworks-types.test.ts.
export interface FrameworkElement {
  readonly name: string;
  readonly tag: string;
  readonly propTypes: ReadonlyMap<string, string>;
  readonly eventTypes: ReadonlyMap<string, string>;
}
export interface FrameworkModel {
  readonly elements: readonly FrameworkElement[];
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
  /** Types named in the manifest that no public entry exports (`where: names`). */
  readonly missing: readonly string[];
}
export declare function eventPropName(event: string): string;
export declare function frameworkModel(root: string, manifest: unknown): Promise<FrameworkModel>;
export declare function generateFrameworks(root: string, manifest: unknown): Promise<string[]>;
