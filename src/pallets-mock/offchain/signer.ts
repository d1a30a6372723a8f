/**
 * Signed egress channel of a pRuntime (phala-mq `SignedMessageChannel`): every message this sender emits
 * carries the next sequence number and an sr25519 signature over SCALE(message, sequence) — the bytes
 * PhalaMq verifies on chain. Real signatures (@polkadot/util-crypto, platform-neutral).
 */
import { sr25519PairFromSeed, sr25519Sign } from '@polkadot/util-crypto';
import type { Codec } from '../frame/scale.js';
import {
  type MessageOriginValue,
  type MessageValue,
  messageSigningPayload,
  mkMessage,
  type SignedMessageValue,
} from '../pallets/phala-mq/types.js';
import { toHex } from '../primitives/bytes.js';

export interface Sr25519Pair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export const sr25519FromSeed = (seed: Uint8Array): Sr25519Pair => sr25519PairFromSeed(seed);

export class SignedMessageChannel {
  private sequence: bigint;
  private readonly queue: SignedMessageValue[] = [];

  constructor(
    readonly sender: MessageOriginValue,
    private readonly key: Sr25519Pair,
    startSequence = 0n,
  ) {
    this.sequence = startSequence;
  }

  /** The sequence the next message will carry. */
  get nextSequence(): bigint {
    return this.sequence;
  }

  /** Signs a raw message (its sender must be this channel's) with the next sequence and queues it. */
  pushRaw(message: MessageValue): SignedMessageValue {
    const sequence = this.sequence;
    const signature = toHex(sr25519Sign(messageSigningPayload(message, sequence), this.key));
    const signed = { message, sequence, signature };
    this.sequence += 1n;
    this.queue.push(signed);
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

  /** Messages waiting for the relayer (`get_egress_messages`), oldest first; empties the queue. */
  take(): SignedMessageValue[] {
    return this.queue.splice(0);
  }
}
