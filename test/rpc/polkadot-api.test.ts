/**
 * polkadot-api 2.x (papi) against the node over a real WebSocket on 127.0.0.1 — a client no one here
 * wrote, unchanged: `getWsProvider(url, { websocketClass: WebSocket })` (Node 20 has no global
 * WebSocket) and `client.getUnsafeApi()` (no generated descriptors).
 *
 * What it proves (spec/chain-rpc.md §4):
 * - papi picks the new JSON-RPC spec from rpc_methods and uses it: chainHead_v1_follow, chainSpec_v1_*,
 *   chainHead_v1_storage for `:code` and values, chainHead_v1_call for metadata / nonce / fees /
 *   validation, transaction_v1_broadcast — and none of the legacy head subscriptions.
 * - `api.query.System.Account.getValue(ss58)` decodes Alice's genesis account.
 * - `getEstimatedFees` is deterministic and is exactly the fee the transfer is then charged.
 * - `signAndSubmit` of Balances.transfer_keep_alive, signed by `getPolkadotSigner` over an sr25519
 *   keyring pair, resolves `ok` in the next block with Balances.Transfer and System.ExtrinsicSuccess,
 *   and the balances move by exactly value (+ fee for the sender).
 * - A failing dispatch (Democracy.second of a missing proposal) resolves `ok: false` with the decoded
 *   module error Democracy.ProposalMissing.
 * - papi reads metadata V15 (`Metadata_metadata_versions`, then `Metadata_metadata_at_version(15)`),
 *   counted: it never asks for V14 or the unversioned `Metadata_metadata`.
 */
import { createClient, type PolkadotClient } from 'polkadot-api';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { getWsProvider } from 'polkadot-api/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RpcHandler } from '../../src/pallets-mock/rpc/server-core.js';
import { alice, bob, type Node, PHA, startNode } from './helpers.js';

let node: Node;
let client: PolkadotClient;
const calls = new Map<string, number>();
/** Runtime API calls made through chainHead_v1_call: `function(params hex)`. */
const runtimeCalls: string[] = [];

type AccountValue = { nonce: number; data: { free: bigint; reserved: bigint } };
type TxEvent = { type: string; value: { type: string; value: unknown } };
type TxResult = {
  ok: boolean;
  block: { hash: string; number: number; index: number };
  events: TxEvent[];
  dispatchError?: { type: string; value: unknown };
};

beforeAll(async () => {
  node = await startNode();
  // Count every method the client calls (the table is the server's own object).
  const methods = node.server.core.methods;
  for (const [name, handler] of Object.entries(methods)) {
    methods[name] = ((ctx, params) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      if (name === 'chainHead_v1_call') runtimeCalls.push(`${String(params[2])}(${String(params[3])})`);
      return handler(ctx, params);
    }) satisfies RpcHandler;
  }
  client = createClient(
    getWsProvider(node.server.url, { websocketClass: WebSocket as unknown as WebSocketClass }),
  );
});

afterAll(async () => {
  client?.destroy();
  await node?.stop();
});

const signer = (pair: typeof alice) => getPolkadotSigner(pair.publicKey, 'Sr25519', (m) => pair.sign(m));

/** ws's class for papi's `websocketClass` (its typings lack the DOM EventTarget members papi's type names). */
type WebSocketClass = NonNullable<NonNullable<Parameters<typeof getWsProvider>[1]>['websocketClass']>;

/** Without descriptors every pallet is an index lookup; these fail loudly when one is missing. */
const unsafe = () => client.getUnsafeApi();
function tx(pallet: string, call: string) {
  const fn = unsafe().tx[pallet]?.[call];
  if (!fn) throw new Error(`no tx ${pallet}.${call}`);
  return fn;
}
async function account(address: string, at?: 'best'): Promise<AccountValue> {
  const entry = unsafe().query.System?.Account;
  if (!entry) throw new Error('no System.Account');
  return (await (at ? entry.getValue(address, { at }) : entry.getValue(address))) as AccountValue;
}

describe('polkadot-api 2.x over chainHead_v1', () => {
  it('reads System.Account with getValue', async () => {
    const genesis = await account(alice.address);
    expect(genesis.nonce).toBe(0);
    expect(genesis.data.free).toBe(1_000_000n * PHA);
    expect(genesis.data.reserved).toBe(0n);
    const spec = await client.getChainSpecData();
    expect(spec).toMatchObject({ name: 'Pha-Stake Development', genesisHash: node.chain.genesisHash });
  });

  it('estimates the fee TransactionPaymentApi computes', async () => {
    const transfer = tx(
      'Balances',
      'transfer_keep_alive',
    )({ dest: { type: 'Id', value: bob.address }, value: PHA });
    const fee = await transfer.getEstimatedFees(alice.address);
    expect(typeof fee).toBe('bigint');
    expect(fee).toBeGreaterThan(0n);
    expect(await transfer.getEstimatedFees(alice.address)).toBe(fee); // deterministic; charged exactly below
  });

  it('signAndSubmit transfer_keep_alive: ok, in a block, with events; balances move', async () => {
    const value = 7n * PHA;
    const before = { alice: await account(alice.address), bob: await account(bob.address) };
    const transfer = tx(
      'Balances',
      'transfer_keep_alive',
    )({ dest: { type: 'Id', value: bob.address }, value });
    const fee = await transfer.getEstimatedFees(alice.address);
    const result = (await transfer.signAndSubmit(signer(alice))) as TxResult;
    expect(result.ok).toBe(true);
    expect(result.block.number).toBe(Number(node.chain.best));
    expect(result.block.hash).toBe(node.chain.head.hash);
    const names = result.events.map((e) => `${e.type}.${e.value.type}`);
    expect(names).toEqual(expect.arrayContaining(['Balances.Transfer', 'System.ExtrinsicSuccess']));
    const transferred = result.events.find((e) => e.type === 'Balances' && e.value.type === 'Transfer');
    expect(transferred?.value.value).toEqual({ from: alice.address, to: bob.address, amount: value });

    const after = { alice: await account(alice.address, 'best'), bob: await account(bob.address, 'best') };
    expect(after.bob.data.free - before.bob.data.free).toBe(value);
    expect(before.alice.data.free - after.alice.data.free).toBe(value + fee);
    expect(after.alice.nonce).toBe(before.alice.nonce + 1);
  });

  it('a failing dispatch resolves ok: false with the decoded module error', async () => {
    const result = (await tx(
      'Democracy',
      'second',
    )({ proposal: 999 }).signAndSubmit(signer(bob))) as TxResult;
    expect(result.ok).toBe(false);
    expect(result.events.map((e) => `${e.type}.${e.value.type}`)).toContain('System.ExtrinsicFailed');
    expect(result.dispatchError).toEqual({
      type: 'Module',
      value: { type: 'Democracy', value: { type: 'ProposalMissing', value: undefined } },
    });
  });

  it('took metadata V15 from the node, never V14', () => {
    const metadataCalls = runtimeCalls.filter((c) => c.startsWith('Metadata_'));
    expect(metadataCalls).toContain('Metadata_metadata_versions()');
    expect(
      metadataCalls.filter((c) => c === 'Metadata_metadata_at_version(0x0f000000)').length,
    ).toBeGreaterThan(0);
    expect(metadataCalls.filter((c) => c === 'Metadata_metadata_at_version(0x0e000000)')).toEqual([]);
    expect(metadataCalls.filter((c) => c.startsWith('Metadata_metadata('))).toEqual([]);
  });

  it('used the new JSON-RPC spec, not the legacy translation', () => {
    for (const m of [
      'rpc_methods',
      'chainHead_v1_follow',
      'chainHead_v1_header',
      'chainHead_v1_storage',
      'chainHead_v1_call',
      'chainHead_v1_body',
      'transaction_v1_broadcast',
    ])
      expect(calls.get(m) ?? 0, m).toBeGreaterThan(0);
    for (const m of [
      'chain_subscribeAllHeads',
      'chain_subscribeNewHead',
      'state_getMetadata',
      'author_submitExtrinsic',
    ])
      expect(calls.get(m) ?? 0, m).toBe(0);
  });
});
