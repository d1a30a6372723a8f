/**
 * An address as the ecosystem shows it: identicon (@polkadot/react-identicon, loaded lazily once the
 * connection is live, so it costs nothing before first paint or under the pool list preview), the
 * on-chain identity name when the chain has one with its registrars' verdict (✓ known good or
 * reasonable, … requested, ! erroneous or low quality), the short form with the full address in a
 * tooltip, and a copy button that says when it copied.
 */
import { lazy, Suspense, useState } from 'react';
import { useChainView } from '../api/api-context.js';
import { shortAddress } from './format.js';
import { useT } from './i18n/i18n.js';
import { Tip } from './tip.js';
import { type JudgementKind, useIdentity } from './use-identity.js';

const Identicon = lazy(() => import('@polkadot/react-identicon'));

/**
 * Drawn once the connection is live: the identicon hashes the address with the crypto that comes with
 * the API (under the pool list preview, loading it first held up the page's first input).
 */
export function AddressIcon({ address, size = 20 }: { address: string; size?: number }) {
  const live = useChainView().connection !== undefined;
  return (
    <span className="identicon" style={{ width: size, height: size }} aria-hidden="true">
      {live && (
        <Suspense fallback={null}>
          <Identicon value={address} size={size} theme="polkadot" />
        </Suspense>
      )}
    </span>
  );
}

function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor">
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </svg>
  );
}

const MARKS: Record<JudgementKind, string> = {
  knownGood: '✓',
  reasonable: '✓',
  pending: '…',
  erroneous: '!',
  lowQuality: '!',
};

function JudgementMark({ kind }: { kind: JudgementKind }) {
  const t = useT();
  const label = t(`identity.judgement.${kind}`);
  return (
    <span
      className={`identity-judgement judgement-${kind}`}
      data-testid="identity-judgement"
      data-judgement={kind}
      title={label}
      role="img"
      aria-label={label}
    >
      {MARKS[kind]}
    </span>
  );
}

export function AddressView({ address, full = false }: { address: string; full?: boolean }) {
  const t = useT();
  const identity = useIdentity(address);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(address).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1_500);
      },
      () => setCopied(false),
    );
  };
  return (
    <span className="address" data-testid="address" data-address={address}>
      <AddressIcon address={address} />
      {identity && <span className="identity-name">{identity.name}</span>}
      {identity?.judgement && <JudgementMark kind={identity.judgement} />}
      <Tip content={<span className="mono break">{address}</span>}>
        <span className={full ? 'mono' : 'mono nowrap'}>{full ? address : shortAddress(address)}</span>
      </Tip>
      <button
        type="button"
        className="icon-button"
        onClick={copy}
        aria-label={t(copied ? 'address.copied' : 'address.copy')}
        title={t(copied ? 'address.copied' : 'address.copy')}
      >
        {copied ? '✓' : <CopyIcon />}
      </button>
    </span>
  );
}
