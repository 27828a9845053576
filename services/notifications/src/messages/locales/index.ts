import en from './en.json';

/** The words of every notification, by language. English is complete and the fallback. */
export type Catalogue = typeof en;

/**
 * One catalogue per language. A new language is one JSON file beside en.json, added here as
 * `fr: fr satisfies Catalogue`: the compiler then refuses a catalogue that misses a key.
 */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en };

export const FALLBACK_LANGUAGE = 'en';
