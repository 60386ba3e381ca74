// Types for normalize.mjs (the shared stderr normalisation of the golden corpus).
export declare function normalizeStderr(text: string): string;
export declare function normalizeBuildOutput(text: string, fileName: string): string;
export declare function programArgs(source: string): string[];
