/**
 * Network choice: the local node, the embedded chain, or a custom ws(s):// endpoint; the choice is
 * remembered by the connection provider. (When the built-in chain stands in for a silent node, its bar
 * under the header says so and why.)
 */
import { type FormEvent, useId, useState } from 'react';
import { useConnectionState } from '../api/api-context.js';
import { EMBEDDED_ENDPOINT, endpointKind, isWsUrl, LOCAL_ENDPOINT } from '../api/endpoints.js';
import { useT } from '../ui/i18n/i18n.js';

export function NetworkPicker() {
  const t = useT();
  const { state, setEndpoint } = useConnectionState();
  const kind = endpointKind(state.endpoint);
  const [custom, setCustom] = useState(kind === 'custom' ? state.endpoint : '');
  const [choice, setChoice] = useState(kind);
  const [invalid, setInvalid] = useState(false);
  const selectId = useId();
  const customId = useId();

  const onSelect = (value: string) => {
    const k = value as typeof kind;
    setChoice(k);
    if (k === 'local') setEndpoint(LOCAL_ENDPOINT);
    if (k === 'embedded') setEndpoint(EMBEDDED_ENDPOINT);
  };
  const onCustom = (e: FormEvent) => {
    e.preventDefault();
    const ok = isWsUrl(custom);
    setInvalid(!ok);
    if (ok) setEndpoint(custom.trim());
  };

  return (
    <div className="network">
      <label htmlFor={selectId}>{t('network.label')}</label>
      <select
        id={selectId}
        data-testid="network-select"
        value={choice}
        onChange={(e) => onSelect(e.target.value)}
      >
        <option value="local">{t('network.local')}</option>
        <option value="embedded">{t('network.embedded')}</option>
        <option value="custom">{t('network.custom')}</option>
      </select>
      {choice === 'custom' && (
        <form onSubmit={onCustom}>
          <label htmlFor={customId} className="visually-hidden">
            {t('network.custom')}
          </label>
          <input
            id={customId}
            value={custom}
            placeholder={t('network.customPlaceholder')}
            aria-invalid={invalid}
            onChange={(e) => setCustom(e.target.value)}
          />
          <button type="submit">{t('network.connect')}</button>
          {invalid && <span role="alert">{t('network.invalidUrl')}</span>}
        </form>
      )}
    </div>
  );
}
