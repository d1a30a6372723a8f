/**
 * Theme and language switches.
 */
import { useId } from 'react';
import { LOCALES, useLocale } from '../ui/i18n/i18n.js';
import { useTheme } from '../ui/theme.js';

const LANGUAGE_NAMES = { en: 'English', id: 'Bahasa Indonesia' } as const;

export function Preferences() {
  const { t, locale, setLocale } = useLocale();
  const [theme, setTheme] = useTheme();
  const langId = useId();
  return (
    <div className="prefs">
      <button
        type="button"
        aria-pressed={theme === 'dark'}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {t('settings.theme')}: {t(theme === 'dark' ? 'settings.theme.dark' : 'settings.theme.light')}
      </button>
      <label htmlFor={langId}>{t('settings.language')}</label>
      <select
        id={langId}
        data-testid="language"
        value={locale}
        onChange={(e) => setLocale(e.target.value as typeof locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
