// A rating score as every page says it, in the page's language: "86,0" in Russian, "86.0" in
// English (next-intl's format.number with these options).
export const SCORE_FORMAT = { minimumFractionDigits: 1, maximumFractionDigits: 2 } as const;
