// Types of generate-validator.mjs, for the tests.
export declare const GENERATED_FILE: string;
export declare function emitValidator(schema: unknown, checks: Record<string, unknown>): string;
export declare function generateValidatorSource(): Promise<string>;
export declare function formattedValidatorSource(): Promise<string>;
