/**
 * PhalaMq (Khala index 85, pallets/phala/src/mq.rs): the message queue between the chain and the
 * off-chain components (pRuntime workers, the Gatekeeper).
 *
 * - `sync_offchain_message(signed_message)`: an off-chain sender's message, relayed by anyone. Checks, in
 *   Rust's order: the sender is off-chain (`BadSender`), the topic is valid (`BadDestination`),
 *   `sequence == OffchainIngress[sender]` (`BadSequence`), then the signature (registry's
 *   `check_message`: sr25519 over SCALE(message, sequence) by the worker identity key, the Gatekeeper
 *   master key, or a registered contract/cluster key; errors are PhalaRegistry's
 *   `InvalidSignatureLength` / `InvalidSignature` / `MasterKeyUninitialized` / `UnknownContract` /
 *   `UnknownCluster` / `CannotHandleUnknownMessage`). Then the ingress sequence advances and the message
 *   is dispatched.
 * - Dispatch (`dispatch_message`): the runtime's message routing (khala `msg_routing.rs`, the
 *   `MqRouting` slot the runtime definition binds with `mqRoutes(...)`: PhalaRegistry's and
 *   PhalaComputation's handlers) hands the message to the on-chain handler of its topic; a handler's
 *   error is swallowed, as in Rust; messages to
 *   off-chain topics (not starting with `^`) are appended to `OutboundMessages`, which the workers and the
 *   Gatekeeper read after each block.
 * - `OutboundMessages` is cleared in `on_initialize`, after which messages queued at genesis or in the
 *   previous block (`QueuedOutboundMessage`) are dispatched.
 * - `checkMqSequence(call)` is the pool-entry check of the CheckMqSequence signed extension
 *   (check_seq.rs `validate`): 'stale' (sequence below the expected one → Invalid(Stale)), 'future'
 *   (above → keep waiting, requires the previous tag), or 'ok'; non-mq calls are 'ok'. `mqValidity(call)`
 *   also returns the provides/requires tags, `("PhalaMqOffchainMessages", sender, seq).encode()`.
 *
 * - Fees (spec/contracts.md §1): a Gatekeeper message that succeeds returns Pays::No, so the executive
 *   refunds its fee (but the tip); worker messages and failed messages pay as usual.
 *
 * Deviation from the final Khala runtime (runtime-release-v1270): there `sync_offchain_message` returned
 * a plain `DispatchResult`, so Gatekeeper messages paid their fee; the Pays::No refund came later
 * upstream (7d98b24d2). Kept because spec/contracts.md §1 asks for it. Shapes are unchanged.
 */
import { configSlot, configured } from '../../frame/config.js';
import { moduleError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned } from '../../frame/origin.js';
import { call, errors, type PalletDecl, type PostDispatchInfo } from '../../frame/pallet.js';
import { bytes, type Codec, encode, str, u64, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { publicKey } from '../../primitives/account.js';
import { concatBytes, fromHex, fromUtf8, toHex } from '../../primitives/bytes.js';
import type { LocalSignatureLedger } from '../../primitives/local-signatures.js';
import { verifySignature } from '../../primitives/signature.js';
import type { VerifyItem } from '../../primitives/signature-batch.js';
import { ClusterKeys, ContractKeys, GatekeeperMasterPubkey } from '../phala-registry/storage.js';
import { PhalaMqDocs } from './docs.js';
import {
  Message,
  MessageOrigin,
  type MessageOriginValue,
  type MessageValue,
  messageSigningPayload,
  mkMessage,
  originIsOffchain,
  palletOrigin,
  SignedMessage,
  type SignedMessageValue,
  topic,
  topicIsOffchain,
  topicIsValid,
} from './types.js';

const S = storage('PhalaMq');
export const OffchainIngress = S.map('OffchainIngress', [['Twox64Concat', MessageOrigin]], u64);
export const QueuedOutboundMessage = S.value('QueuedOutboundMessage', vec(Message));
export const OutboundMessages = S.value('OutboundMessages', vec(Message), { default: [] });

export const PhalaMqErrors = errors('PhalaMq', 'phala_pallets::mq', [
  'BadSender',
  'BadSequence',
  'BadDestination',
] as const);

/** PhalaRegistry's errors raised by `check_message` (registry.rs owns them). */
const registryError = (name: string) => moduleError('PhalaRegistry', name);

// ---------------------------------------------------------------------------------------------------
// Routing

export type MqHandler = (message: MessageValue) => void;
export type MqRouteTable = ReadonlyMap<string, MqHandler>;

/** The runtime's `msg_routing`: topic → on-chain handler; unbound, no topic has one. */
export const MqRouting = configSlot<MqRouteTable>('PhalaMq.Routing', new Map());

/** A routing table from topic paths (as `TOPIC` spells them) and their handlers. */
export function mqRoutes(entries: ReadonlyArray<readonly [string, MqHandler]>): MqRouteTable {
  return new Map(entries.map(([path, handler]) => [topic(path), handler]));
}

/** `dispatch_message`: on-chain handler (errors swallowed), then OutboundMessages if off-chain. */
export function dispatchMessage(message: MessageValue): void {
  const handler = configured(MqRouting).get(message.destination.toLowerCase());
  if (handler) {
    try {
      handler(message);
    } catch {
      // As in Rust: a handler's error never stops the message queue (its writes so far stay).
    }
  }
  if (topicIsOffchain(message.destination)) OutboundMessages.append(message);
}

/** `push_message_to` from a pallet (`MessageOrigin::Pallet(name)`). */
export function pushPalletMessage<T>(pallet: string, path: string, codec: Codec<T>, payload: T): void {
  dispatchMessage(mkMessage(palletOrigin(pallet), path, codec, payload));
}

/** `queue_message`: dispatched at the beginning of the next block. */
export function queuePalletMessage<T>(pallet: string, path: string, codec: Codec<T>, payload: T): void {
  QueuedOutboundMessage.append(mkMessage(palletOrigin(pallet), path, codec, payload));
}

// ---------------------------------------------------------------------------------------------------
// Signature check (registry.rs `check_message` / `verify_signature`)

/**
 * The fast-forward ledger the runtime was created with (`createRuntime({ fastForwardLocalSignatures })`),
 * or null — the default, and the only value the runtime definition gives it: every signature verified.
 */
export const MqFastForwardLedger = configSlot<LocalSignatureLedger | null>(
  'PhalaMq.FastForwardLocalSignatures',
  null,
);

/**
 * registry.rs `check_message`. In fast-forward mode a signature this process's own signer recorded for
 * exactly these bytes is not verified again; everything else (sender, key lookup, length, and any message
 * the ledger does not vouch for) is checked as always.
 */
export function checkMessage(signed: SignedMessageValue): void {
  const it = messageVerifyItem(signed);
  if (configured(MqFastForwardLedger)?.vouches(it)) return;
  if (!verifySignature(it.kind, it.signature, it.message, it.key)) throw registryError('InvalidSignature');
}

/**
 * What `checkMessage` verifies: the sender's key (read from storage for clusters, contracts and the
 * Gatekeeper), the 64-byte signature and the signing payload. Throws the registry's errors as it does
 * (the node's pre-verification computes it ahead of dispatch, signature-batch.ts).
 */
export function messageVerifyItem(signed: SignedMessageValue): VerifyItem {
  const sender = signed.message.sender;
  let key: string;
  switch (sender.type) {
    case 'Worker':
      key = sender.value;
      break;
    case 'Cluster': {
      const k = ClusterKeys.tryGet(sender.value);
      if (!k) throw registryError('UnknownCluster');
      key = k;
      break;
    }
    case 'Contract': {
      const k = ContractKeys.tryGet(sender.value);
      if (!k) throw registryError('UnknownContract');
      key = k;
      break;
    }
    case 'Gatekeeper': {
      const k = GatekeeperMasterPubkey.tryGet();
      if (!k) throw registryError('MasterKeyUninitialized');
      key = k;
      break;
    }
    default:
      throw registryError('CannotHandleUnknownMessage');
  }
  const sig = fromHex(signed.signature);
  if (sig.length !== 64) throw registryError('InvalidSignatureLength');
  const data = messageSigningPayload(signed.message, signed.sequence);
  return { kind: 'Sr25519', signature: sig, message: data, key: publicKey(key) };
}

// ---------------------------------------------------------------------------------------------------
// Pool-entry check (CheckMqSequence)

export type MqSequenceStatus = 'ok' | 'stale' | 'future';

const TAG_PREFIX = encode(str, 'PhalaMqOffchainMessages');
/** `check_seq::tag(sender, seq)` = SCALE(("PhalaMqOffchainMessages", sender, seq)), as 0x-hex. */
export function mqSequenceTag(sender: MessageOriginValue, seq: bigint): string {
  return toHex(concatBytes(TAG_PREFIX, encode(MessageOrigin, sender), encode(u64, seq)));
}

export function signedMessageOf(call: unknown): SignedMessageValue | undefined {
  const c = call as { type?: string; value?: { type?: string; value?: { signed_message?: unknown } } };
  if (c?.type !== 'PhalaMq' || c.value?.type !== 'sync_offchain_message') return undefined;
  return c.value.value?.signed_message as SignedMessageValue | undefined;
}

/**
 * CheckMqSequence at pool entry (runs inside the runtime context): 'stale' when the message's sequence
 * is below `OffchainIngress[sender]` (reject as Invalid(Stale)), 'future' when above (keep it waiting),
 * 'ok' otherwise and for every other call.
 */
export function checkMqSequence(call: unknown): MqSequenceStatus {
  return mqValidity(call).status;
}

/** CheckMqSequence's `validate`: the status plus the pool tags the message provides and requires. */
export function mqValidity(call: unknown): {
  status: MqSequenceStatus;
  provides: string[];
  requires: string[];
} {
  const signed = signedMessageOf(call);
  if (!signed) return { status: 'ok', provides: [], requires: [] };
  const sender = signed.message.sender;
  const expected = OffchainIngress.tryGet(sender) ?? 0n;
  const seq = signed.sequence;
  if (seq < expected) return { status: 'stale', provides: [], requires: [] };
  const provides = [mqSequenceTag(sender, seq)];
  if (seq > expected) return { status: 'future', provides, requires: [mqSequenceTag(sender, seq - 1n)] };
  return { status: 'ok', provides, requires: [] };
}

// ---------------------------------------------------------------------------------------------------
// The pallet

const MQ_WEIGHT = { refTime: 10_000n + 100_000_000n, proofSize: 0n };

function syncOffchainMessage(signed: SignedMessageValue): PostDispatchInfo | undefined {
  const sender = signed.message.sender;
  if (!originIsOffchain(sender)) throw PhalaMqErrors.fail('BadSender');
  if (!topicIsValid(signed.message.destination)) throw PhalaMqErrors.fail('BadDestination');
  const expected = OffchainIngress.tryGet(sender) ?? 0n;
  if (signed.sequence !== expected) throw PhalaMqErrors.fail('BadSequence');
  checkMessage(signed);
  OffchainIngress.set(sender, expected + 1n);
  dispatchMessage(signed.message);
  return sender.type === 'Gatekeeper' ? { paysFee: false } : undefined;
}

export const PhalaMq: PalletDecl = {
  docs: PhalaMqDocs,
  name: 'PhalaMq',
  crate: 'phala_pallets::mq',
  index: 85,
  storage: S.items,
  errors: PhalaMqErrors,
  calls: {
    sync_offchain_message: call(
      0,
      { signed_message: SignedMessage },
      (origin, { signed_message }) => {
        ensureSigned(origin);
        return syncOffchainMessage(signed_message);
      },
      MQ_WEIGHT,
    ),
    push_message: call(
      1,
      { destination: bytes, payload: bytes },
      (origin, { destination, payload }) => {
        const who = ensureSigned(origin);
        const sender: MessageOriginValue = { type: 'AccountId', value: toHex(publicKey(who)) };
        dispatchMessage({ sender, destination, payload });
      },
      MQ_WEIGHT,
    ),
    force_push_pallet_message: call(
      2,
      { destination: bytes, payload: bytes },
      (origin, { destination, payload }) => {
        ensureRoot(origin);
        dispatchMessage({ sender: palletOrigin('ForcePushed'), destination, payload });
      },
      MQ_WEIGHT,
    ),
  },
  hooks: {
    onInitialize() {
      OutboundMessages.kill();
      const queued = QueuedOutboundMessage.tryGet();
      if (queued) {
        QueuedOutboundMessage.kill();
        for (const m of queued) dispatchMessage(m);
      }
    },
  },
};

/** Text of a topic path (for logs and tests). */
export const topicPath = (hex: string): string => fromUtf8(fromHex(hex));
