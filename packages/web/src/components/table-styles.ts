import type { CSSProperties } from "react";

/** For cells that read badly when wrapped: keys, dates, badges, row actions. */
export const NOWRAP: CSSProperties = { whiteSpace: "nowrap" };
