/**
 * The header's settings — network, theme and language. On a wide screen they sit in the header; on a
 * phone (≤ 640 px, styles.css) they fold behind a "Settings" button so the page starts near the top.
 */
import { useId, useState } from 'react';
import { useT } from '../ui/i18n/i18n.js';
import { NetworkPicker } from './network-picker.js';
import { Preferences } from './preferences.js';

export function HeaderSettings() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="settings-button"
        aria-expanded={open}
        aria-controls={id}
        data-testid="settings-button"
        onClick={() => setOpen(!open)}
      >
        ⚙ {t('nav.settings')}
      </button>
      <div className="header-end" id={id} data-open={open || undefined}>
        <NetworkPicker />
        <Preferences />
      </div>
    </>
  );
}
