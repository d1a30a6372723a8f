/**
 * Signed egress channel of a pRuntime (phala-mq `SignedMessageChannel`): every message this sender emits
 * carries the next sequence number and an sr25519 signature over SCALE(message, sequence) — the bytes
 * PhalaMq verifies on chain. Real signatures (@polkadot/wasm-crypto once `cryptoReady()` loaded it,
 * @polkadot/util-crypto's JS before; both platform-neutral). A channel told to
 * (`recordSignaturesIn`) also records each signature in a fast-forward ledger
 * (primitives/local-signatures.ts), which only a runtime created with that same ledger consults. A
 * channel told to (`deferSigningTo`) leaves each message's signature to a `SigningJob` that its caller
 * completes (a bench's off-chain threads sign them while the chain's thread goes on); until then the
 * message carries no signature and the chain would refuse it.
 */
import { sr25519PairFromSeed, sr25519Sign } from '@polkadot/util-crypto';
import {
  isReady as wasmReady,
  sr25519KeypairFromSeed as wasmSr25519KeypairFromSeed,
  sr25519Sign as wasmSr25519Sign,
} from '@polkadot/wasm-crypto';
import type { Codec } from '../frame/scale.js';
import {
  type MessageOriginValue,
  type MessageValue,
  messageSigningPayload,
  mkMessage,
  type SignedMessageValue,
} from '../pallets/phala-mq/types.js';
import { toHex } from '../primitives/bytes.js';
import type { LocalSignatureLedger } from '../primitives/local-signatures.js';

export interface Sr25519Pair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

/**
 * The sr25519 key pair of a 32-byte mini secret: @polkadot/wasm-crypto once loaded (the same 64-byte
 * secret and public key as util-crypto's JS `sr25519PairFromSeed`, ≈3× faster, which matters when a
 * bench starts 30,000 pRuntimes), otherwise util-crypto.
 */
export function sr25519FromSeed(seed: Uint8Array): Sr25519Pair {
  if (!wasmReady()) return sr25519PairFromSeed(seed);
  if (seed.length !== 32) throw new Error(`Expected a seed matching 32 bytes, found ${seed.length}`);
  const pair = wasmSr25519KeypairFromSeed(seed);
  return { secretKey: pair.slice(0, 64), publicKey: pair.slice(64) };
}

/**
 * sr25519 signature: @polkadot/wasm-crypto when its WASM is loaded (≈10× faster than util-crypto's
 * JS signer, which matters for actors signing every block), otherwise util-crypto.
 */
export function signSr25519(message: Uint8Array, pair: Sr25519Pair): Uint8Array {
  return wasmReady() ? wasmSr25519Sign(pair.publicKey, pair.secretKey, message) : sr25519Sign(message, pair);
}

/** A queued message's signing, left to whoever the channel defers it to (`deferSigningTo`). */
export interface SigningJob {
  /** The bytes to sign: SCALE(message, sequence). */
  readonly payload: Uint8Array;
  /** The channel's key pair. */
  readonly key: Sr25519Pair;
  /**
   * Sets the message's signature (made with `key` over `payload`) and records it in the channel's
   * fast-forward ledger, if it has one; due before the message is submitted.
   */
  complete(signature: Uint8Array): void;
}

export class SignedMessageChannel {
  private sequence: bigint;
  private readonly queue: SignedMessageValue[] = [];
  private ledger: LocalSignatureLedger | null = null;
  private deferred: ((job: SigningJob) => void) | null = null;

  constructor(
    readonly sender: MessageOriginValue,
    private readonly key: Sr25519Pair,
    startSequence = 0n,
  ) {
    this.sequence = startSequence;
  }

  /** Called after each message is queued (a pRuntime uses it to tell its relayer it has messages waiting). */
  onQueued: (() => void) | undefined;

  /** The sequence the next message will carry. */
  get nextSequence(): bigint {
    return this.sequence;
  }

  /**
   * From now on, records every signature this channel makes in `ledger` (the fast-forward mode of a
   * runtime created with `fastForwardLocalSignatures: ledger`; see primitives/local-signatures.ts).
   */
  recordSignaturesIn(ledger: LocalSignatureLedger): void {
    this.ledger = ledger;
  }

  /**
   * From now on (until called with null), hands each message's signing to `sink` as a `SigningJob`
   * instead of signing it here; the message is queued at once, its signature empty until the job completes.
   */
  deferSigningTo(sink: ((job: SigningJob) => void) | null): void {
    this.deferred = sink;
  }

  /** Sets `signed`'s signature over `payload` and records it in the ledger, if any. */
  private sign(signed: SignedMessageValue, payload: Uint8Array, sig: Uint8Array): void {
    this.ledger?.record(sig, payload, this.key.publicKey);
    signed.signature = toHex(sig);
  }

  /**
   * Signs a raw message (its sender must be this channel's) with the next sequence and queues it, or
   * queues it and hands its signing to the deferred sink (`deferSigningTo`).
   */
  pushRaw(message: MessageValue): SignedMessageValue {
    const sequence = this.sequence;
    const payload = messageSigningPayload(message, sequence);
    const signed: SignedMessageValue = { message, sequence, signature: '0x' };
    const key = this.key;
    if (this.deferred) this.deferred({ payload, key, complete: (sig) => this.sign(signed, payload, sig) });
    else this.sign(signed, payload, signSr25519(payload, key));
    this.sequence += 1n;
    this.queue.push(signed);
    this.onQueued?.();
    return signed;
  }

  /** Encodes `payload` with `codec` to `path`, signs and queues it. */
  push<T>(path: string, codec: Codec<T>, payload: T): SignedMessageValue {
    return this.pushRaw(mkMessage(this.sender, path, codec, payload));
  }

  /** Restores the sequence after a restart (the queue must be empty: the relayer keeps what it took). */
  restoreSequence(sequence: bigint): void {
    if (this.queue.length) throw new Error('restoreSequence: messages are still queued');
    this.sequence = sequence;
  }

  /** How many messages wait for the relayer. */
  get pending(): number {
    return this.queue.length;
  }

  /** Messages waiting for the relayer (`get_egress_messages`), oldest first; empties the queue. */
  take(): SignedMessageValue[] {
    return this.queue.splice(0);
  }
}
