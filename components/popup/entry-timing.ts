/**
 * The Element Timing name (`elementtiming`) of every page entry's name in the
 * popup: the popup waits for its paint before anything else
 * (entrypoints/popup/after-paint.ts), and the bench times the first card by it
 * (bench/popup-first-card.ts).
 */
export const ENTRY_TIMING = 'backstory-entry';
