import i18next, { type i18n } from 'i18next';
import { COMMON_NS, type LocaleResources } from '../source/locales.js';

/**
 * One i18next instance over the loaded resources. No fallback language: a string missing
 * in Chinese must be reported, never silently replaced by the English.
 */
export function createI18n(resources: LocaleResources, defaultNS: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    ns: [COMMON_NS, defaultNS],
    defaultNS,
    fallbackLng: false,
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    returnObjects: false,
    showSupportNotice: false,
    // Handlebars escapes its output; a second escape here would double it.
    interpolation: { escapeValue: false },
  });
  return instance;
}
