/** Parses CSV text into records keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[];
/** Reads and parses a UTF-8 CSV file. */
export function readCsv(file: string): Record<string, string>[];
