/**
 * A finished referendum's story from the history indexer, against a dev chain: a Treasury spend proposed
 * externally and fast-tracked (Root, as Sudo would), voted by accounts with convictions, a split vote and a
 * delegation, then ended and enacted by real blocks. The story served by the node's `pha_referendumStory`
 * (through the dApp's HistoryClient over a real WebSocket) holds the call bytes that were proposed, the
 * tally the chain had before the end, the voters as Democracy.VotingOf held them, and the Scheduler's
 * Dispatched result; a second spend the Treasury cannot pay is enacted with its error named.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeHistory, startNodeHistory } from '../../chain/node-history.js';
import { type RunningServer, startServer } from '../../chain/server.js';
import { HistoryClient } from '../../src/api/history-client.js';
import type { ReferendumStory } from '../../src/indexer/types.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { callBytes } from '../../src/pallets-mock/offchain/tx-signer.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { dispatch, PHA } from '../fixtures/seed-pools.js';

const standard = (aye: boolean, conviction: number, balance: bigint) => ({
  type: 'Standard',
  value: { vote: BigInt((aye ? 0x80 : 0) | conviction), balance },
});

describe('referendum story (pha_referendumStory)', () => {
  let chain: DevChain;
  let history: NodeHistory;
  let node: RunningServer;
  let api: ApiPromise;
  let client: HistoryClient;

  /** Proposes `call` externally (SimpleMajority) and fast-tracks it: voting 3 blocks, delay 1. */
  const fastTracked = (call: { type: string; value: unknown }): { index: bigint; bytes: string } => {
    const bytes = callBytes(chain, call as Parameters<typeof callBytes>[1]);
    const hash = toHex(blake2_256(bytes));
    dispatch(chain, '//Alice', 'Preimage.note_preimage', { bytes: toHex(bytes) });
    dispatch(chain, 'root', 'Democracy.external_propose_majority', {
      proposal: { type: 'Lookup', value: { hash, len: BigInt(bytes.length) } },
    });
    const index = chain.kernel.enter(() => {
      const s = chain.kernel.pallet('Democracy')?.storage?.find((x) => x.meta.name === 'ReferendumCount');
      return (s as unknown as { get(): bigint }).get();
    });
    dispatch(chain, 'root', 'Democracy.fast_track', { proposal_hash: hash, voting_period: 3n, delay: 1n });
    return { index, bytes: toHex(bytes) };
  };

  beforeAll(async () => {
    await cryptoReady();
    chain = new DevChain({ mode: 'Manual' });
    await chain.newBlocks(1);
    history = await startNodeHistory(chain);
    node = await startServer(chain, { host: '127.0.0.1', port: 0, dev: true, modules: [history.module] });
    const provider = new WsProvider(node.url);
    api = await ApiPromise.create({ provider, noInitWarn: true });
    client = HistoryClient.over(provider);
  }, 60_000);

  afterAll(async () => {
    await api?.disconnect();
    await node?.close();
    await history?.stop();
    chain?.stop();
  });

  const storyOf = async (index: bigint): Promise<ReferendumStory | null> => {
    await history.indexer.syncTo(Number(chain.best));
    return client.referendumStory(index);
  };

  it('keeps the call, final tally, voters and enactment of a passed spend', async () => {
    const dave = accountId('//Dave');
    const spend = {
      type: 'Treasury',
      value: { type: 'spend', value: { amount: 5n * PHA, beneficiary: { type: 'Id', value: dave } } },
    };
    const { index, bytes } = fastTracked(spend);
    dispatch(chain, '//Eve', 'Democracy.delegate', {
      to: { type: 'Id', value: accountId('//Bob') },
      conviction: 'Locked1x',
      balance: 300n * PHA,
    });
    dispatch(chain, '//Bob', 'Democracy.vote', { ref_index: index, vote: standard(true, 2, 1_000n * PHA) });
    dispatch(chain, '//Charlie', 'Democracy.vote', {
      ref_index: index,
      vote: standard(false, 0, 500n * PHA),
    });
    dispatch(chain, '//Dave', 'Democracy.vote', {
      ref_index: index,
      vote: { type: 'Split', value: { aye: 40n * PHA, nay: 60n * PHA } },
    });
    await chain.newBlocks(1);
    expect(await storyOf(index)).toBeNull(); // ongoing: no story yet
    const before = (await api.query.democracy.referendumInfoOf(index)).toJSON() as {
      ongoing: { tally: { ayes: number | string; nays: number | string; turnout: number | string } };
    };
    const votings = await api.query.democracy.votingOf.entries();
    await chain.newBlocks(4); // the end (3 blocks after the fast track) and the enactment 1 block later
    const story = await storyOf(index);
    expect(story).not.toBeNull();
    const s = story as ReferendumStory;
    expect(s.approved).toBe(true);
    expect(s.call).toBe(bytes);
    expect(s.threshold).toBe('SimpleMajority');
    expect(s.delay).toBe('1');
    const t = before.ongoing.tally;
    expect([s.ayes, s.nays, s.turnout]).toEqual([t.ayes, t.nays, t.turnout].map((v) => BigInt(v).toString()));
    // Bob 2× 1,000 + Eve's 300 at 1× delegated; Dave's split counts a tenth of each side
    expect(s.ayes).toBe(String(2_000n * PHA + 300n * PHA + 4n * PHA));
    const byVoter = new Map(s.voters.map((v) => [v.voter, v]));
    expect(s.voters.length).toBe(3);
    expect(byVoter.get(api.createType('AccountId', accountId('//Bob')).toString())).toMatchObject({
      direction: 'aye',
      conviction: 2,
      balance: String(1_000n * PHA),
      delegatedVotes: String(300n * PHA),
      delegatedCapital: String(300n * PHA),
    });
    expect(byVoter.get(api.createType('AccountId', accountId('//Charlie')).toString())).toMatchObject({
      direction: 'nay',
      conviction: 0,
      balance: String(500n * PHA),
      delegatedVotes: '0',
    });
    expect(byVoter.get(api.createType('AccountId', accountId('//Dave')).toString())).toMatchObject({
      direction: 'split',
      ayeBalance: String(40n * PHA),
      nayBalance: String(60n * PHA),
    });
    // every direct vote on the referendum in VotingOf before the end is in the list
    const voted = votings
      .filter(([, v]) =>
        ((v.toJSON() as { direct?: { votes: [number, unknown][] } }).direct?.votes ?? []).some(
          ([r]) => BigInt(r) === index,
        ),
      )
      .map(([k]) => k.args[0]?.toString())
      .sort();
    expect(s.voters.map((v) => v.voter)).toEqual(voted);
    expect(s.enactment).toMatchObject({ ok: true, error: null, blockNumber: Number(s.end) + 1 });
  }, 60_000);

  it('names the error of an enactment that failed', async () => {
    // a transfer from the Root origin cannot be dispatched: BadOrigin
    const { index } = fastTracked({
      type: 'Balances',
      value: {
        type: 'transfer_keep_alive',
        value: { dest: { type: 'Id', value: accountId('//Dave') }, value: PHA },
      },
    });
    dispatch(chain, '//Bob', 'Democracy.vote', { ref_index: index, vote: standard(true, 1, 10n * PHA) });
    await chain.newBlocks(5);
    const s = (await storyOf(index)) as ReferendumStory;
    expect(s.approved).toBe(true);
    expect(s.enactment).toMatchObject({ ok: false, error: 'BadOrigin' });
  }, 60_000);
});
