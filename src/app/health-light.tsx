/**
 * The health light: green while blocks arrive, amber when the last block is old, with best block, peers
 * and the time since the last block in words (the colour is never the only signal).
 */
import { useEffect, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { useHead, usePeers } from '../api/chain-head.js';
import { useT } from '../ui/i18n/i18n.js';

const SLOW_AFTER_MS = 60_000;

export function HealthLight() {
  const t = useT();
  const { chain, endpoint } = useConnection();
  const head = useHead();
  const peers = usePeers();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  const lagSecs = head ? Math.max(0, Math.round((now - head.receivedAt) / 1000)) : 0;
  const slow = lagSecs * 1000 > SLOW_AFTER_MS;
  return (
    <div className={`health ${slow ? 'health-slow' : 'health-good'}`}>
      <span className="light" aria-hidden="true" />
      <span className="visually-hidden">{t(slow ? 'health.status.slow' : 'health.status.good')}</span>
      <span data-testid="endpoint" className="mono">
        {endpoint}
      </span>{' '}
      <span data-testid="status" aria-live="polite">
        {head ? t('health.live', { chain, best: head.number }) : t('common.loading')}
      </span>{' '}
      <span>{t('health.lag', { lag: lagSecs })}</span>
      {peers !== undefined && <span> · {t('health.peers', { peers })}</span>}
    </div>
  );
}
