// Types for corpus.mjs (listing of the golden corpus).
export declare const ROOT: string;
export declare const GOLDEN_DIR: string;
export declare function listPrograms(dir?: string): string[];
export declare function selectPrograms(all: string[], words: string[]): { selected: string[]; unknown: string[] };
