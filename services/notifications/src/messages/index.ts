export { renderNotification, translate, MISSING_FACT } from './render';
export { FACT_NAMES, factsOf, missingFacts } from './facts';
export type { FactsOf } from './facts';
export { CATALOGUES, FALLBACK_LANGUAGE } from './locales';
export { resolveLanguage } from './format';
