/**
 * The indexer's plain event decoder (src/indexer/event-filter.ts) against @polkadot/api's decoding of the
 * same System.Events values (`api.at(hash).query.system.events()`), on real blocks: the scenario chain
 * (test/indexer/scenario.ts: every pool, vault, computation and referendum event the indexer acts on,
 * Scheduler's enactment) and the demo chain (the committed snapshot and its actors: settlements, fees,
 * transfers). Wanting every event, each decodes to the same section, method and field values as its codec;
 * wanting any subset (property test), the filter answers exactly that subset of the full decoding in order,
 * so skipping the others stays aligned; an event's `codec()` is the codec @polkadot/api decodes.
 */
import { ApiPromise } from '@polkadot/api';
import { GenericAccountId, GenericVote } from '@polkadot/types';
import type { FrameSystemEventRecord } from '@polkadot/types/lookup';
import type { Codec } from '@polkadot/types/types';
import {
  AbstractArray,
  AbstractInt,
  bool,
  Compact,
  Enum,
  Null,
  Option,
  Raw,
  Struct,
  Text,
} from '@polkadot/types-codec';
import { stringCamelCase } from '@polkadot/util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { eventFilter, type PlainEvent } from '../../src/indexer/event-filter.js';
import { indexedEvent } from '../../src/indexer/indexer.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { buildScenario } from './scenario.js';

/** A codec as plain data, read through the codec's own classes (integers as bigints). */
function expected(v: Codec): unknown {
  if (v instanceof Option) return v.isNone ? null : expected(v.unwrap());
  if (v instanceof GenericAccountId) return v.toString();
  // Democracy's Vote: @polkadot/types' byte type; the metadata's `Vote(u8)`, a newtype of its u8
  if (v instanceof GenericVote) return BigInt(v.toU8a()[0] as number);
  if (v instanceof Raw) return v.toHex();
  if (v instanceof Text) return v.toString();
  if (v instanceof bool) return v.isTrue;
  if (v instanceof Null) return null;
  if (v instanceof Compact) return BigInt(v.unwrap().toString());
  if (v instanceof AbstractInt) return BigInt(v.toString());
  if (v instanceof AbstractArray) return [...v].map((x) => expected(x as Codec));
  if (v instanceof Struct)
    return Object.fromEntries([...v.entries()].map(([k, x]) => [k, expected(x as Codec)]));
  if (v instanceof Enum) return v.isBasic ? v.type : { [stringCamelCase(v.type)]: expected(v.value) };
  throw new TypeError(`no expectation for ${v.constructor.name}`);
}

/** Plain data with its integers as bigints (scale-plain gives u32 and narrower as numbers). */
function widened(v: unknown): unknown {
  if (typeof v === 'number') return BigInt(v);
  if (Array.isArray(v)) return v.map(widened);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, widened(x)]));
  return v;
}

/** An event record's codec as the plain event the filter should answer. */
function asPlain({ event }: FrameSystemEventRecord) {
  const names = event.data.names ?? event.data.map((_, i) => String(i));
  return {
    section: event.section,
    method: event.method,
    data: Object.fromEntries(names.map((n, i) => [n, expected(event.data[i] as Codec)])),
  };
}

const comparable = (e: PlainEvent) => ({ section: e.section, method: e.method, data: widened(e.data) });

interface Block {
  hex: string | null;
  records: FrameSystemEventRecord[];
}

/** Every block's raw System.Events and its decoding by @polkadot/api, from `from` to `to`. */
async function blocks(api: ApiPromise, from: number, to: number): Promise<Block[]> {
  const out: Block[] = [];
  for (let n = from; n <= to; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const key = api.query.system.events.key();
    const hex = (await api.rpc.state.getStorage.raw(key, hash.toHex())) as string | null;
    const records = [...(await (await api.at(hash)).query.system.events())];
    out.push({ hex, records });
  }
  return out;
}

function checks(name: string, setup: () => Promise<{ api: ApiPromise; blocks: Block[]; close(): void }>) {
  describe(name, () => {
    let api: ApiPromise;
    let data: Block[];
    let close = () => {};
    const filter = (wanted: (section: string, method: string) => boolean) =>
      eventFilter(api.registry, api.query.system.events.creator.meta, wanted);
    beforeAll(async () => {
      ({ api, blocks: data, close } = await setup());
    }, 300_000);
    afterAll(async () => {
      await api?.disconnect();
      close();
    });

    it('wanting every event, decodes each as @polkadot/api does', () => {
      const all = filter(() => true);
      let count = 0;
      for (const b of data) {
        const plain = all.events(b.hex);
        expect(plain.map(comparable)).toEqual(b.records.map(asPlain));
        count += plain.length;
      }
      expect(count).toBeGreaterThan(data.length);
    });

    it("an event's codec is the one @polkadot/api decodes", () => {
      const all = filter(() => true);
      for (const b of data)
        all.events(b.hex).forEach((e, i) => {
          const event = (b.records[i] as FrameSystemEventRecord).event;
          expect(e.codec().toHex()).toBe(event.toHex());
          expect([e.codec().section, e.codec().method]).toEqual([event.section, event.method]);
        });
    });

    it('wanting any subset answers exactly those events, in order (the others skipped in step)', () => {
      const names = [
        ...new Set(data.flatMap((b) => b.records.map(({ event: e }) => `${e.section}.${e.method}`))),
      ];
      fc.assert(
        fc.property(fc.subarray(names), (chosen) => {
          const set = new Set(chosen);
          const wanted = (section: string, method: string) => set.has(`${section}.${method}`);
          const some = filter(wanted);
          for (const b of data)
            expect(some.events(b.hex).map(comparable)).toEqual(
              b.records.filter(({ event: e }) => wanted(e.section, e.method)).map(asPlain),
            );
        }),
        { numRuns: 25 },
      );
    });

    it("the indexer's events are the records it acts on (its filter compiled once per registry)", () => {
      const indexer = filter(indexedEvent);
      expect(filter(indexedEvent)).toBe(indexer);
      for (const b of data)
        expect(indexer.events(b.hex).map(comparable)).toEqual(
          b.records.filter(({ event: e }) => indexedEvent(e.section, e.method)).map(asPlain),
        );
    });
  });
}

describe('plain System.Events (event-filter)', () => {
  checks('scenario chain', async () => {
    const scn = await buildScenario();
    const api = await ApiPromise.create({ provider: new EmbeddedProvider(scn.chain), noInitWarn: true });
    return { api, blocks: await blocks(api, 1, Number(scn.chain.best)), close: () => scn.chain.stop() };
  });

  checks('demo chain (snapshot and actors)', async () => {
    await cryptoReady();
    const snapshot = readSnapshot(DEMO_SNAPSHOT);
    const chain = new DevChain({ mode: 'Manual', profile: snapshot.profile, resume: [snapshot.block] });
    const actors = new ActorSupervisor(chain);
    actors.start(snapshot.actors ?? undefined);
    await chain.newBlocks(120);
    actors.stop();
    const api = await ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true });
    const best = Number(chain.best);
    return { api, blocks: await blocks(api, best - 119, best), close: () => chain.stop() };
  });
});
