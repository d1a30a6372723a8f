/**
 * Honest network status: which network is actually in use (and that the built-in chain took over when the
 * local node did not answer), a light — green while blocks arrive, amber after missed blocks, red when the
 * endpoint is down, with the reason — the best block, the time since it, peers, and reconnections. Until
 * the first block header arrives (the pool list can show before it) the light is neutral and says it is
 * waiting for it, never "Healthy" beside a missing block. The colour is never the only signal: the state
 * is written out too. On a phone the line stays one line: the network and the block are shown in short
 * forms (the full texts stay there for screen readers, and the endpoint is in the block's tooltip), the
 * age of the block and the peers are left out, and whatever still does not fit is cut with "…".
 */
import { useEffect, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useHead, usePeers } from '../api/chain-head.js';
import { EMBEDDED_ENDPOINT } from '../api/endpoints.js';
import { formatCount, formatDuration } from '../ui/format.js';
import type { MessageKey } from '../ui/i18n/en.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Tip } from '../ui/tip.js';
import { useLinkState } from './use-link-state.js';

/** A block is missed when none arrived for this many block times. */
const MISSED_AFTER_BLOCKS = 3;

export function HealthLight() {
  const { t, locale } = useLocale();
  const { api, chain, endpoint, fallback } = useConnection();
  const head = useHead();
  const peers = usePeers();
  const link = useLinkState();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  const blockSecs = chainConstants(api).blockTimeSecs || 12;
  // the built-in chain builds a block per transaction: quiet is normal there
  const onDemand = endpoint === EMBEDDED_ENDPOINT || fallback;
  const lagSecs = head ? Math.max(0, Math.floor((now - head.receivedAt) / 1000)) : 0;
  const missed = onDemand ? 0 : Math.floor(lagSecs / blockSecs);
  const state = !link.up ? 'down' : !head ? 'waiting' : missed >= MISSED_AFTER_BLOCKS ? 'slow' : 'good';
  const network: string = fallback
    ? t('network.inUse.fallback')
    : endpoint === EMBEDDED_ENDPOINT
      ? t('network.inUse.embedded')
      : endpoint;
  const shortNetwork: string = fallback
    ? t('network.inUse.fallback.short')
    : endpoint === EMBEDDED_ENDPOINT
      ? t('network.inUse.embedded.short')
      : hostOf(endpoint);
  const stateKey: MessageKey = `health.status.${state}`;
  return (
    <div className={`health health-${state}`} data-testid="health" data-state={state}>
      <span className="light" aria-hidden="true" />
      <strong className="health-network">
        <span className="health-wide" data-testid="network-in-use">
          {network}
        </span>
        <span className="health-narrow" aria-hidden="true">
          {shortNetwork}
        </span>
      </strong>
      <span data-testid="health-state">{t(stateKey)}</span>
      {state === 'down' && link.reason && <span className="problem">({link.reason})</span>}
      {state === 'down' && link.retry?.at !== undefined && (
        <span data-testid="retry">
          {t('health.retry', {
            attempt: formatCount(link.retry.attempt, locale),
            time: formatDuration(Math.max(0, Math.ceil((link.retry.at - now) / 1000)), locale),
          })}
        </span>
      )}
      {state === 'slow' && (
        <span className="missed">{t('health.missed', { count: formatCount(missed, locale) })}</span>
      )}
      <Tip content={<span className="mono break">{endpoint}</span>}>
        <span className="health-wide" data-testid="status" aria-live="polite">
          {head ? t('health.live', { chain, best: formatCount(head.number, locale) }) : chain}
        </span>
        <span className="health-narrow" aria-hidden="true">
          {head ? t('health.block', { best: formatCount(head.number, locale) }) : chain}
        </span>
      </Tip>
      {head && !onDemand && (
        <span className="muted">{t('health.since', { time: formatDuration(lagSecs, locale) })}</span>
      )}
      {onDemand && <span className="muted">{t('health.onDemand')}</span>}
      {peers !== undefined && !onDemand && <span className="muted">{t('health.peers', { peers })}</span>}
      {link.reconnects > 0 && (
        <span data-testid="reconnects">
          {t('health.reconnects', { count: formatCount(link.reconnects, locale) })}
        </span>
      )}
      <span data-testid="endpoint" className="visually-hidden">
        {endpoint}
      </span>
    </div>
  );
}

/** The host (and port) of a node's address, its short form on a phone; the address itself if it has none. */
function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host || endpoint;
  } catch {
    return endpoint;
  }
}
