/**
 * The header's settings — network, theme and language. On a wide screen they sit in the header; on a
 * phone (≤ 640 px, styles.css) they fold behind a "Settings" button so the page starts near the top.
 */
import { useT } from '../ui/i18n/i18n.js';
import { PhoneDisclosure } from '../ui/phone-disclosure.js';
import { NetworkPicker } from './network-picker.js';
import { Preferences } from './preferences.js';

export function HeaderSettings() {
  const t = useT();
  return (
    <PhoneDisclosure
      label={`⚙ ${t('nav.settings')}`}
      buttonClass="settings-button"
      panelClass="header-end"
      testId="settings-button"
    >
      <NetworkPicker />
      <Preferences />
    </PhoneDisclosure>
  );
}
