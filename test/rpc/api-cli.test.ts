/**
 * `@polkadot/api-cli` (the `polkadot-js-api` bin, @polkadot/api 16.5.6 underneath) run as child
 * processes against the node on 127.0.0.1 — a third-party client, unchanged, over a real socket.
 *
 * What it proves (issue 5 "Must show"; spec/chain-rpc.md §6):
 * - `polkadot-js-api --ws … query.system.account <addr>` exits 0 and prints Alice's genesis account.
 * - `polkadot-js-api --ws … --seed //Alice tx.balances.transferKeepAlive <to> <amt>` signs, submits and
 *   watches the transfer until it is in a block, exits 0, and the node's state shows Bob credited
 *   exactly <amt> and Alice's nonce bumped.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { alice, bob, type Node, PHA, startNode } from './helpers.js';

/** The package's `polkadot-js-api` bin (its package.json `bin`), run with this Node: no shell, no npx. */
const BIN = fileURLToPath(new URL('../../node_modules/@polkadot/api-cli/runcli.mjs', import.meta.url));

let node: Node;

beforeAll(async () => {
  node = await startNode();
});
afterAll(async () => {
  await node?.stop();
});

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, '--ws', node.server.url, ...args],
      { timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const freeOf = (address: string): bigint =>
  node.chain.kernel.enter(() => Account.get(accountId(address)).data.free);

describe('@polkadot/api-cli against the node', () => {
  it('query.system.account prints the account', async () => {
    const r = await cli(['query.system.account', alice.address]);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { account: { nonce: string; data: { free: string } } };
    expect(out.account.nonce).toBe('0');
    // toHuman() prints planck with thousands separators
    expect(out.account.data.free.replace(/,/g, '')).toBe((1_000_000n * PHA).toString());
  });

  it('tx.balances.transferKeepAlive --seed //Alice lands in a block', async () => {
    const amount = 3n * PHA;
    const before = freeOf(bob.address);
    const r = await cli([
      '--seed',
      '//Alice',
      'tx.balances.transferKeepAlive',
      bob.address,
      amount.toString(),
    ]);
    expect(r.code, r.stderr).toBe(0);
    // The CLI prints each status and exits at the first of InBlock / Finalized (under heavy load
    // @polkadot/api's switchMap can skip straight to Finalized).
    expect(r.stdout).toMatch(/"status":\s*\{\s*"(inBlock|finalized)":\s*"0x[0-9a-f]{64}"/);
    expect(freeOf(bob.address) - before).toBe(amount);
    expect(node.chain.kernel.enter(() => Account.get(accountId(alice.address)).nonce)).toBe(1n);
  });
});
