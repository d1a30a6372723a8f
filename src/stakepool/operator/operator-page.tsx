/**
 * The stake pool operator console: `#/operator` lists the selected account's stake pools (and those whose
 * owner it is a proxy of) and creates new ones; `#/operator/<pid>[/section]` is one pool's console
 * (workers and their monitor, settings, owner rewards, withdraw-queue pressure). Anyone may look; only the
 * owner's account or its proxy acts.
 */

import { useConnection } from '../../api/api-context.js';
import { usePoolIndex } from '../../api/pools/use-pools.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { ActingForLinks } from '../../ui/signing-identity.js';
import { Skeleton } from '../../ui/skeleton.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { useWalletTx } from '../../ui/use-wallet-tx.js';
import { createPoolTx } from './operator-calls.js';
import { PoolConsole } from './pool-console.js';
import { explainError, OP_MESSAGES, useOpT } from './use-op-t.js';

function OperatorHome() {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const index = usePoolIndex();
  const tx = useWalletTx(OP_MESSAGES);
  const mine = index.list.filter((p) => p.kind === 'StakePool' && p.owner === tx.account?.address);
  return (
    <article data-testid="operator-home" lang={locale}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!tx.account ? (
        <p>{t('selectAccount')}</p>
      ) : (
        <section className="card">
          <h2>{t('myPools')}</h2>
          {mine.length === 0 ? (
            <p className="empty">{t('noPools')}</p>
          ) : (
            <ul data-testid="my-pools">
              {mine.map((p) => (
                <li key={p.pid.toString()}>
                  <a href={`#/operator/${p.pid}`}>{t('poolLink', { pid: p.pid.toString() })}</a>
                </li>
              ))}
            </ul>
          )}
          <ActingForLinks
            candidates={index.list.filter((p) => p.kind === 'StakePool' && p.owner !== tx.account?.address)}
            href={(pid) => `#/operator/${pid}`}
            text={(pid) => t('poolLink', { pid })}
          />
          <ConfirmButton
            disabled={!tx.signable || tx.busy}
            title={t('create.label')}
            body={<p>{t('confirm.create')}</p>}
            confirmLabel={t('confirm.yes')}
            onConfirm={() => void tx.run(createPoolTx(api), 'create.label')}
          >
            {t('create.button')}
          </ConfirmButton>
          {!tx.signable && <p className="hint">{t('needSigner')}</p>}
          <TxOutcome record={tx.record} explain={(c) => explainError(t, c)} />
        </section>
      )}
    </article>
  );
}

export function OperatorPage({ path }: { path: string[] }) {
  const t = useOpT();
  const index = usePoolIndex();
  const id = path[0];
  if (!id) return <OperatorHome />;
  if (!/^\d+$/.test(id)) return <p role="alert">{t('notFound', { pid: id })}</p>;
  if (index.isLoading) return <Skeleton shape="page" />;
  const pool = index.byPid.get(BigInt(id));
  if (!pool || pool.kind !== 'StakePool') return <p role="alert">{t('notFound', { pid: id })}</p>;
  return <PoolConsole pool={pool} apr={index.apr(pool)} tab={path[1]} />;
}
