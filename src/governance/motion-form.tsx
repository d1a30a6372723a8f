/**
 * A member proposes a motion: Council — an external proposal (≥ 1/2, super-majority-approve referendum),
 * an external majority proposal (≥ 3/4, simple majority) of a picked call (its preimage noted in the same
 * batch), or an emergency cancellation of a referendum (≥ 2/3); Technical Committee — fast-track the
 * queued external proposal (≥ 2/3) with a voting period and delay. The motion's threshold is the least
 * member count that meets the origin's proportion.
 */
import type { ApiPromise } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';
import { type FormEvent, useId, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import type { Tx } from '../api/pools/calls.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { type CallDraft, CallPicker, draftCallHex, EMPTY_DRAFT } from './call-picker.js';
import type { CollectiveSection } from './chain/collective-query.js';
import { democracyConsts } from './chain/democracy-query.js';
import { useDemocracy } from './chain/hooks.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

type Kind = 'external' | 'externalMajority' | 'cancel' | 'fastTrack';
const PROPORTION: Record<Kind, [number, number]> = {
  external: [1, 2],
  externalMajority: [3, 4],
  cancel: [2, 3],
  fastTrack: [2, 3],
};

/** Least number of ayes `yes` with yes / members ≥ n / d. */
export const motionThreshold = (members: number, [n, d]: [number, number]): number =>
  Math.ceil((n * members) / d);

function motionTx(
  api: ApiPromise,
  section: CollectiveSection,
  threshold: number,
  inner: Tx,
  preimage?: string,
): Tx {
  const propose = api.tx[section].propose(threshold, inner, inner.method.encodedLength);
  return preimage ? api.tx.utility.batchAll([api.tx.preimage.notePreimage(preimage), propose]) : propose;
}

const lookup = (hex: string) => ({ Lookup: { hash: blake2AsHex(hex, 256), len: (hex.length - 2) / 2 } });

export function MotionForm({ section, members }: { section: CollectiveSection; members: number }) {
  const t = useGovT();
  const { span } = useBlocks();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(GOV_MESSAGES);
  const demo = useDemocracy().data;
  const kinds: Kind[] = section === 'council' ? ['external', 'externalMajority', 'cancel'] : ['fastTrack'];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'external');
  const [draft, setDraft] = useState<CallDraft>(EMPTY_DRAFT);
  const [ref, setRef] = useState('');
  const [period, setPeriod] = useState(() => democracyConsts(api).fastTrackVotingPeriod.toString());
  const [delay, setDelay] = useState('1');
  const id = useId();
  const threshold = motionThreshold(members, PROPORTION[kind]);
  const external = demo?.external;

  const build = (): Tx | undefined => {
    if (kind === 'external' || kind === 'externalMajority') {
      const hex = draftCallHex(api, draft, locale);
      if (!hex) return undefined;
      const method = kind === 'external' ? 'externalPropose' : 'externalProposeMajority';
      return motionTx(api, section, threshold, api.tx.democracy[method](lookup(hex)), hex);
    }
    if (kind === 'cancel')
      return /^\d+$/.test(ref)
        ? motionTx(api, section, threshold, api.tx.democracy.emergencyCancel(Number(ref)))
        : undefined;
    if (!external || !/^\d+$/.test(period) || !/^\d+$/.test(delay)) return undefined;
    const p = external.proposal;
    const hash = 'hash' in p ? p.hash : blake2AsHex(p.inline, 256);
    return motionTx(api, section, threshold, api.tx.democracy.fastTrack(hash, Number(period), Number(delay)));
  };
  const built = build();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (built) await tx.run(built, 'tx.motionPropose');
  };

  return (
    <form className="card" onSubmit={onSubmit} aria-label={t('motion.title')} data-testid="motion-form">
      <h3>{t('motion.title')}</h3>
      <label htmlFor={`${id}-kind`}>{t('motion.kind')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`motion.kind.${k}`)}
          </option>
        ))}
      </select>
      {(kind === 'external' || kind === 'externalMajority') && (
        <CallPicker draft={draft} onChange={setDraft} />
      )}
      {kind === 'cancel' && (
        <div className="field">
          <label htmlFor={`${id}-ref`}>{t('motion.ref')}</label>
          <input id={`${id}-ref`} value={ref} onChange={(e) => setRef(e.target.value)} />
        </div>
      )}
      {kind === 'fastTrack' &&
        (external ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-period`}>{t('motion.period')}</label>
              <input id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value)} />
              {/^\d+$/.test(period) && <small>{span(BigInt(period))}</small>}
            </div>
            <div className="field">
              <label htmlFor={`${id}-delay`}>{t('motion.delay')}</label>
              <input id={`${id}-delay`} value={delay} onChange={(e) => setDelay(e.target.value)} />
              {/^\d+$/.test(delay) && <small>{span(BigInt(delay))}</small>}
            </div>
          </>
        ) : (
          <p>{t('motion.noExternal')}</p>
        ))}
      <p>{t('motion.threshold', { threshold, members })}</p>
      <button type="submit" disabled={!built || tx.busy || !tx.signable}>
        {t('motion.submit')}
      </button>
      <TxStatus record={tx.record} />
    </form>
  );
}
