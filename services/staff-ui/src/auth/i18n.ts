import i18n from '../i18n';
import en from './i18n/en.json';

// Sign-in's own strings (the OpenID Connect flow's outcomes), a namespace as each role's are.
i18n.addResourceBundle('en', 'auth', en, true, true);

export const AUTH_NS = 'auth';
