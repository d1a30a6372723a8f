/**
 * The Council election (PhragmenElection): when the next term starts and how long until then; the
 * members, runners-up and candidates with their backing; a ballot for up to MaxVotesPerVoter of them
 * with the stake to lock and the bond it reserves (base + factor per vote, returned with the vote);
 * the selected account's votes with a button to remove them; submitting candidacy (bond shown) or
 * renouncing it as candidate, runner-up or member. Hidden when the runtime has no elections pallet.
 */
import { type FormEvent, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { AddressView } from '../ui/address-view.js';
import { AmountField } from '../ui/amount-field.js';
import { formatCount, formatPha, parsePha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import {
  electionVoteTx,
  type Renouncing,
  removeVoterTx,
  renounceCandidacyTx,
  submitCandidacyTx,
} from './chain/calls.js';
import { electionConsts, nextTermBlock, type Seat, votingBond } from './chain/elections-query.js';
import { useElection } from './chain/hooks.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

type Role = 'member' | 'runnerUp' | 'candidate';

export function ElectionPanel() {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const { now, until } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const q = useElection();
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  if (!api.tx.phragmenElection) return null;
  if (!q.data) return <Skeleton shape="section" />;
  const c = electionConsts(api);
  const { members, runnersUp, candidates, ballots } = q.data;
  const pha = (v: bigint) => formatPha(v, locale);
  const me = tx.account?.address;
  const mine = me ? ballots.get(me) : undefined;
  const role: Role | undefined = !me
    ? undefined
    : members.some((s) => s.who === me)
      ? 'member'
      : runnersUp.some((s) => s.who === me)
        ? 'runnerUp'
        : candidates.some((s) => s.who === me)
          ? 'candidate'
          : undefined;
  const next = nextTermBlock(now, c.termDuration);

  const amount = parsePha(text, locale);
  let problem: string | undefined;
  if (text && (amount === undefined || amount === 0n)) problem = t('vote.problem.invalid');
  const bond = votingBond(c, picked.length);
  const toggle = (who: string) =>
    setPicked((p) =>
      p.includes(who) ? p.filter((x) => x !== who) : p.length < c.maxVotes ? [...p, who] : p,
    );

  const onVote = async (e: FormEvent) => {
    e.preventDefault();
    if (problem || !amount || picked.length === 0) return;
    await tx.run(electionVoteTx(api, picked, amount), 'tx.electionVote');
    setPicked([]);
  };
  const renouncing = (r: Role): Renouncing =>
    r === 'member'
      ? { kind: 'Member' }
      : r === 'runnerUp'
        ? { kind: 'RunnerUp' }
        : { kind: 'Candidate', count: candidates.length };

  const rows = (list: Seat[], kind: Role) =>
    list.map((s) => (
      <li key={s.who} data-testid={`election-${kind}`} data-address={s.who}>
        <label>
          <input
            type="checkbox"
            checked={picked.includes(s.who)}
            disabled={!picked.includes(s.who) && picked.length >= c.maxVotes}
            onChange={() => toggle(s.who)}
            aria-label={t('election.pick')}
          />{' '}
          <AddressView address={s.who} />
        </label>{' '}
        <span data-testid="backing">{t('election.backing', { amount: pha(s.backing) })}</span>
        {mine?.votes.includes(s.who) && (
          <>
            {' '}
            <span className="badge">{t('election.yourVote')}</span>
          </>
        )}
      </li>
    ));

  return (
    <section aria-label={t('election.title')} data-testid="election">
      <h2>{t('election.title')}</h2>
      {next !== null && (
        <p data-testid="next-term">
          {t('election.nextTerm', {
            block: formatCount(next, locale),
            left: until(next),
            seats: formatCount(c.desiredMembers, locale),
          })}
        </p>
      )}
      <form
        className="card"
        onSubmit={onVote}
        aria-label={t('election.voteTitle', { max: formatCount(c.maxVotes, locale) })}
      >
        <h3>{t('election.voteTitle', { max: formatCount(c.maxVotes, locale) })}</h3>
        <h4>{t('election.members', { count: formatCount(members.length, locale) })}</h4>
        <ul>{rows(members, 'member')}</ul>
        <h4>{t('election.runnersUp', { count: formatCount(runnersUp.length, locale) })}</h4>
        {runnersUp.length === 0 ? (
          <p className="empty">{t('election.none')}</p>
        ) : (
          <ul>{rows(runnersUp, 'runnerUp')}</ul>
        )}
        <h4>{t('election.candidates', { count: formatCount(candidates.length, locale) })}</h4>
        {candidates.length === 0 ? (
          <p className="empty">{t('election.none')}</p>
        ) : (
          <ul>{rows(candidates, 'candidate')}</ul>
        )}
        <p data-testid="picked">
          {t('election.picked', {
            count: formatCount(picked.length, locale),
            max: formatCount(c.maxVotes, locale),
          })}
        </p>
        <AmountField
          label={t('election.stake')}
          value={text}
          onChange={setText}
          problem={problem}
          testId="election-stake"
        />
        <p data-testid="election-bond">
          {picked.length === 0
            ? t('election.bondRule', { base: pha(c.votingBondBase), factor: pha(c.votingBondFactor) })
            : t('election.bond', { amount: pha(bond) })}
        </p>
        <button
          type="submit"
          data-testid="election-vote"
          disabled={!!problem || !amount || picked.length === 0 || tx.busy || !tx.signable}
        >
          {t('election.vote')}
        </button>
      </form>
      <h3>{t('election.myVotes')}</h3>
      {!me ? (
        <p className="empty">{t('common.selectAccount')}</p>
      ) : !mine ? (
        <p className="empty" data-testid="my-votes-none">
          {t('election.noVotes')}
        </p>
      ) : (
        <div data-testid="my-votes">
          <p>{t('election.myStake', { stake: pha(mine.stake), bond: pha(mine.deposit) })}</p>
          <ul>
            {mine.votes.map((v) => (
              <li key={v}>
                <AddressView address={v} />
              </li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="remove-voter"
            disabled={tx.busy || !tx.signable}
            onClick={() => void tx.run(removeVoterTx(api), 'tx.removeVoter')}
          >
            {t('election.removeVotes', { bond: pha(mine.deposit) })}
          </button>
        </div>
      )}
      <h3>{t('election.candidacy')}</h3>
      {!role && (
        <p data-testid="candidacy-info">{t('election.candidacyInfo', { bond: pha(c.candidacyBond) })}</p>
      )}
      {!me ? (
        <p className="empty" data-testid="candidacy-no-account">
          {t('common.needSigner')}
        </p>
      ) : role ? (
        <p>
          {t(`election.role.${role}`)}{' '}
          <button
            type="button"
            data-testid="renounce"
            disabled={tx.busy || !tx.signable}
            onClick={() => void tx.run(renounceCandidacyTx(api, renouncing(role)), 'tx.renounce')}
          >
            {t('election.renounce')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          data-testid="submit-candidacy"
          disabled={tx.busy || !tx.signable}
          onClick={() => void tx.run(submitCandidacyTx(api, candidates.length), 'tx.submitCandidacy')}
        >
          {t('election.submit', { bond: pha(c.candidacyBond) })}
        </button>
      )}
      <TxStatus record={tx.record} />
    </section>
  );
}
