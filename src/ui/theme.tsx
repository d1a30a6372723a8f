/**
 * Light/dark theme: `data-theme` on `<html>` drives the CSS variables of styles.css. Defaults to the
 * system preference; an explicit choice is remembered.
 */
import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'pha-stake.theme';

function initialTheme(): Theme {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function useTheme(): [Theme, (t: Theme) => void] {
  const [theme, setState] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const setTheme = useCallback((t: Theme) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, t);
    setState(t);
  }, []);
  return [theme, setTheme];
}
