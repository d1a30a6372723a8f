/**
 * Crash safety of the node (issue 6): a real `npm run chain` process on a LevelDB directory is killed with
 * SIGKILL in the middle of a stream of transactions, restarted on the same --db, and must still have
 * every block it announced (same hashes, same state root) with account nonces continuing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { afterAll, describe, expect, it } from 'vitest';

const PHA = 1_000_000_000_000n;
const API_OPTIONS = {
  noInitWarn: true,
  signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
};

function startNodeProcess(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'chain/cli.ts',
      '--db',
      db,
      '--seed',
      'empty',
      '--port',
      '0',
      '--block-time',
      'instant',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`node did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /pha-stake node ready (ws:\/\/\S+) /.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`node exited with ${code}: ${out}`)));
  });
}

describe('node crash safety', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-crash-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every announced block, the state root and nonces across SIGKILL', async () => {
    const db = join(dir, 'chain');
    const first = await startNodeProcess(db);
    children.push(first.child);
    const api = await ApiPromise.create({ provider: new WsProvider(first.url), ...API_OPTIONS });
    const announced = new Map<number, { hash: string; stateRoot: string }>();
    const unsub = await api.rpc.chain.subscribeNewHeads((h) => {
      announced.set(h.number.toNumber(), { hash: h.hash.toHex(), stateRoot: h.stateRoot.toHex() });
    });
    const alice = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Alice');
    const bob = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Bob');
    // A stream of transfers; the node is killed while it is still flowing.
    const sent: Array<Promise<unknown>> = [];
    let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const killAfter = 25;
    while (announced.size < killAfter) {
      sent.push(
        api.tx.balances
          .transferKeepAlive(bob.address, PHA)
          .signAndSend(alice, { nonce: nonce++ })
          .catch(() => undefined),
      );
      await new Promise((r) => setTimeout(r, 15));
    }
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    unsub();
    await api.disconnect();
    await Promise.allSettled(sent);
    const lastAnnounced = Math.max(...announced.keys());

    const second = await startNodeProcess(db);
    children.push(second.child);
    const api2 = await ApiPromise.create({ provider: new WsProvider(second.url), ...API_OPTIONS });
    const best = (await api2.rpc.chain.getHeader()).number.toNumber();
    expect(best).toBeGreaterThanOrEqual(lastAnnounced);
    for (const [n, { hash, stateRoot }] of announced) {
      expect((await api2.rpc.chain.getBlockHash(n)).toHex()).toBe(hash);
      expect((await api2.rpc.chain.getHeader(hash)).stateRoot.toHex()).toBe(stateRoot);
    }
    // Nonces continue: Alice's next transaction applies with the nonce the restarted chain expects.
    const onChainNonce = (await api2.query.system.account(alice.address)).nonce.toNumber();
    expect(onChainNonce).toBeGreaterThan(0);
    const status = await new Promise<string>((resolve, reject) => {
      api2.tx.balances
        .transferKeepAlive(bob.address, PHA)
        .signAndSend(alice, { nonce: onChainNonce }, (r) => {
          if (r.status.isInBlock) resolve(r.dispatchError ? 'failed' : 'ok');
        })
        .catch(reject);
    });
    expect(status).toBe('ok');
    expect((await api2.query.system.account(alice.address)).nonce.toNumber()).toBe(onChainNonce + 1);
    await api2.disconnect();
    second.child.kill('SIGTERM');
  }, 180_000);
});
