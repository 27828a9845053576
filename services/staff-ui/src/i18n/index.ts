import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

/**
 * English first; every string a person reads comes from here. Shared strings live in the default
 * namespace (i18n/en.json); each role's screens bring their own namespace (roles/<role>/i18n/en.json),
 * added by the role registry (roles/index.ts), so role screens are translated without touching this file.
 */
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'translation',
  // A role's namespace falls back to the shared strings (status, mode, table headings).
  fallbackNS: 'translation',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
