/**
 * Transport-agnostic JSON-RPC 2.0 core (spec/chain-rpc.md §1.4, §2.1): parses and validates requests
 * (single or batch; id number | string | null, absent = notification; params default []), dispatches them
 * to a method table, and keeps per-connection sessions with subscriptions. Notifications of a new
 * subscription are held back until its subscribe response has gone out. Errors: a ChainError or RpcError
 * passes through with its code, message and data; unknown method → -32601 "Method not found"; bad params
 * → -32602; malformed JSON → -32700; a non-request → -32600; anything else → -32603. Limits (request
 * size, JSON depth checked before parsing, batch length, requests in flight per connection,
 * subscriptions per connection and over all connections) answer with jsonrpsee's codes where it has one
 * (-32007, -32010, -32006; -32009 "server busy" otherwise), their data naming the limit and its flag.
 * Dev and sim methods from a transport that is not `devAllowed` (a foreign page) answer -32000.
 *
 * Generic over its context `C` (what every handler gets besides the session: `{ chain }` for the node and
 * the built-in chain, `{}` for the standalone indexer). A method is a handler; `declare(spec, handler)`
 * gives it its parameters' and result's JSON schemas, once: the core validates the params against them
 * (-32602 naming the parameter) before the handler runs, and `rpc.discover` publishes them as OpenRPC
 * (openrpc.ts). `composeTable` joins modules into one table with `rpc_methods` and `rpc.discover`.
 *
 * Every server is a thin transport over `RpcSession`: the node's and the standalone indexer's WebSocket/
 * HTTP server (chain/rpc-transport.ts), the in-process provider (embedded-provider.ts) and the built-in
 * chain's Web Worker (src/embedded/serve.ts); none knows any method.
 */
import type { DevChain } from '../devchain/chain.js';
import { DEFAULT_RPC_LIMITS, jsonDepthExceeds, LIMIT_CODES, limitData } from './limits.js';
import { type OpenRpcInfo, openRpcDocument } from './openrpc.js';
import { type JsonSchema, schemaError } from './schema.js';

// ---------------------------------------------------------------------------------------------------
// Wire types

export type RpcId = number | string | null;

export interface RpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

export type RpcResponse =
  | { jsonrpc: '2.0'; id: RpcId; result: unknown }
  | { jsonrpc: '2.0'; id: RpcId; error: RpcErrorObject };

export interface RpcNotification {
  jsonrpc: '2.0';
  method: string;
  params: { subscription: string; result: unknown };
}

/** What a session hands its transport: a response, a batch of responses, or a notification. */
export type RpcOutgoing = RpcResponse | RpcResponse[] | RpcNotification;

// ---------------------------------------------------------------------------------------------------
// Errors

/** An error answered as is: `{ code, message, data }`. */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly rpcMessage: string,
    readonly data?: unknown,
  ) {
    super(data === undefined ? rpcMessage : `${rpcMessage}: ${String(data)}`);
    this.name = 'RpcError';
  }
}

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
/** jsonrpsee: too many subscriptions on one connection. */
export const TOO_MANY_SUBSCRIPTIONS = -32006;
/** jsonrpsee: request larger than the server's limit. */
export const OVERSIZED_REQUEST = -32007;

export const invalidParams = (data: string): RpcError => new RpcError(INVALID_PARAMS, 'Invalid params', data);
/** papi recognises an unsupported method only by this exact message (spec/chain-rpc.md §4). */
export const methodNotFound = (data?: string): RpcError =>
  new RpcError(METHOD_NOT_FOUND, 'Method not found', data);

/** An error carrying its own JSON-RPC code (the chain's ChainError), known by shape, not by class. */
const isCodedError = (err: unknown): err is Error & { code: number; data?: unknown } =>
  err instanceof Error && typeof (err as { code?: unknown }).code === 'number';

/** Maps anything thrown by a handler to the error object sent on the wire. */
export function toErrorObject(err: unknown): RpcErrorObject {
  if (err instanceof RpcError) {
    return err.data === undefined
      ? { code: err.code, message: err.rpcMessage }
      : { code: err.code, message: err.rpcMessage, data: err.data };
  }
  if (isCodedError(err)) {
    // A ChainError's message is `${message}: ${data}`; the wire carries them apart, as Substrate does.
    const suffix = err.data === undefined ? '' : `: ${err.data}`;
    const message =
      suffix && err.message.endsWith(suffix) ? err.message.slice(0, -suffix.length) : err.message;
    return err.data === undefined ? { code: err.code, message } : { code: err.code, message, data: err.data };
  }
  return {
    code: INTERNAL_ERROR,
    message: 'Internal error',
    data: err instanceof Error ? err.message : String(err),
  };
}

// ---------------------------------------------------------------------------------------------------
// Method table

export interface Subscription {
  readonly id: string;
  /** Notification method name, e.g. `chain_newHead`. */
  readonly method: string;
  readonly closed: boolean;
  /** Sends one notification (held back until the subscribe response is out; dropped once closed). */
  send(result: unknown): void;
  /** Ends the subscription from the server side (runs its cancel hook, sends nothing more). */
  close(): void;
}

/** The node's and the built-in chain's context: the chain the methods serve. */
export interface ChainContext {
  readonly chain: DevChain;
}

/** What a handler gets: the core's context `C` and this session's services. */
export type RpcContext<C extends object = ChainContext> = C & SessionContext;

export interface SessionContext {
  readonly options: Readonly<ResolvedCoreOptions>;
  /**
   * This connection's identity (the same object for every request on it), a WeakMap key for modules
   * that keep per-connection state (chainHead_v1 follow subscriptions, transaction_v1 broadcasts).
   */
  readonly connection: object;
  /** Whether this transport can carry notifications (false for HTTP). */
  readonly canSubscribe: boolean;
  /**
   * Opens a subscription whose notifications use `method`. `onCancel` runs once, when the client
   * unsubscribes, the connection closes or the server closes it. Throws -32006 at the per-connection cap.
   */
  subscribe(method: string, onCancel: () => void): Subscription;
  /** Cancels one of this connection's subscriptions; only those notifying one of `methods` count. */
  unsubscribe(id: unknown, methods: readonly string[]): boolean;
  /**
   * Runs `fn` once the client has had time to react to what was just sent: at least `delayMs` later,
   * and then either once the connection is quiet after requests it made since (no request in flight,
   * none for twice the longest pause the client took before one of them, at least 20 ms), or, if it
   * made none, `2 × delayMs` later still — each seen on 3 checks in a row,
   * 5 ms apart. Never more than 5 s. After a stalled event loop timers fire before socket reads, so
   * elapsed time alone is no evidence the client saw the notification; its requests are.
   */
  afterQuiet(delayMs: number, fn: () => void): void;
  /**
   * Runs `fn` right after this request's response has been handed to the transport (after the whole
   * batch's, in a batch), or never if the request fails. For notifications that a client may only see
   * after the response, on a subscription that is already live (chainHead_v1 operation events).
   */
  afterResponse(fn: () => void): void;
}

/** A method handler: params are always an array (named params arrive as `[object]`). */
export type RpcHandler<C extends object = ChainContext> = (ctx: RpcContext<C>, params: unknown[]) => unknown;

/** One positional parameter as OpenRPC's ContentDescriptor: absent or null is allowed unless required. */
export interface ParamSpec {
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

/** What a method declares once: checked by the core before its handler runs, published by rpc.discover. */
export interface MethodSpec {
  summary: string;
  params: readonly ParamSpec[];
  result: JsonSchema;
}

/** A handler carrying its spec (`declare` makes one); a table entry like any other handler. */
export type DeclaredHandler<C extends object = ChainContext> = RpcHandler<C> & { readonly spec: MethodSpec };

export type MethodTable<C extends object = ChainContext> = Record<string, RpcHandler<C>>;

/** Checks `params` against a spec's declared parameters; throws -32602 naming the first bad one. */
export function checkParams(spec: MethodSpec, params: unknown[]): void {
  if (params.length > spec.params.length)
    throw invalidParams(`takes at most ${spec.params.length} parameter(s), got ${params.length}`);
  spec.params.forEach((p, i) => {
    const v = params[i];
    if (v === undefined || v === null) {
      if (p.required) throw invalidParams(`${p.name}: required`);
      return;
    }
    const error = schemaError(p.schema, v, p.name);
    if (error) throw invalidParams(error);
  });
}

/**
 * A method declared with its parameter and result schemas: the handler runs only with params that match
 * them (checked here, in the core, so the check follows the handler into any table or wrapper).
 */
export function declare<C extends object = ChainContext>(
  spec: MethodSpec,
  handler: RpcHandler<C>,
): DeclaredHandler<C> {
  const checked: RpcHandler<C> = (ctx, params) => {
    checkParams(spec, params);
    return handler(ctx, params);
  };
  return Object.assign(checked, { spec });
}

/**
 * Joins method modules into one table (a name defined twice is refused) and adds `rpc_methods` (every
 * name, sorted) and `rpc.discover` (the OpenRPC document of the specs whose names match `info`'s
 * prefixes), both computed from the final table, so new modules appear in them automatically.
 */
export function composeTable<C extends object>(
  modules: readonly MethodTable<C>[],
  info: OpenRpcInfo,
): MethodTable<C> {
  const table = Object.create(null) as MethodTable<C>;
  const add = (m: MethodTable<C>) => {
    for (const [name, method] of Object.entries(m)) {
      if (name in table) throw new Error(`RPC method ${name} defined twice`);
      table[name] = method;
    }
  };
  for (const m of modules) add(m);
  add({
    rpc_methods: (_ctx, params) => {
      if (params.length > 0)
        throw invalidParams(`rpc_methods takes at most 0 parameter(s), got ${params.length}`);
      return { version: 1, methods: Object.keys(table).sort() };
    },
    'rpc.discover': (_ctx, params) => {
      if (params.length > 0)
        throw invalidParams(`rpc.discover takes at most 0 parameter(s), got ${params.length}`);
      return openRpcDocument(table, info);
    },
  });
  return table;
}

// ---------------------------------------------------------------------------------------------------
// Core and sessions

export interface CoreOptions {
  /** Serve the dev RPCs of contracts §5 (the table builder reads this). */
  dev?: boolean;
  /** Largest request accepted, in bytes (default 15 MiB, as Substrate's --rpc-max-request-size). */
  maxRequestBytes?: number;
  /** Active subscriptions allowed per connection (default 1024, as Substrate). */
  maxSubscriptions?: number;
  /** Largest batch accepted (default 1000). */
  maxBatchLength?: number;
  /** Active subscriptions allowed over all connections of this core (default 8192). */
  maxTotalSubscriptions?: number;
  /** Deepest JSON nesting accepted, checked before parsing (default 64). */
  maxJsonDepth?: number;
  /** Requests one connection may have in flight (default 256). */
  maxPendingRequests?: number;
  /**
   * Least time between a watched extrinsic's `inBlock` and `finalized` (default 100 ms, as Chopsticks;
   * see RpcContext.afterQuiet for the rest). Every block is final at once, but @polkadot/api handles
   * statuses with switchMap: a `finalized` arriving while it still fetches the `inBlock` events would
   * swallow the InBlock result.
   */
  finalizedDelayMs?: number;
}

export type ResolvedCoreOptions = Required<CoreOptions>;

export const DEFAULT_MAX_REQUEST_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_SUBSCRIPTIONS = 1024;

export function resolveCoreOptions(opts: CoreOptions = {}): ResolvedCoreOptions {
  return {
    dev: opts.dev ?? false,
    maxRequestBytes: opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    maxSubscriptions: opts.maxSubscriptions ?? DEFAULT_MAX_SUBSCRIPTIONS,
    maxBatchLength: opts.maxBatchLength ?? DEFAULT_RPC_LIMITS.maxBatchLength,
    maxTotalSubscriptions: opts.maxTotalSubscriptions ?? DEFAULT_RPC_LIMITS.maxSubscriptions,
    maxJsonDepth: opts.maxJsonDepth ?? DEFAULT_RPC_LIMITS.maxJsonDepth,
    maxPendingRequests: opts.maxPendingRequests ?? DEFAULT_RPC_LIMITS.maxPendingRequests,
    finalizedDelayMs: opts.finalizedDelayMs ?? 100,
  };
}

export interface Transport {
  /** Delivers one outgoing message (the WS transport stringifies it). */
  send(message: RpcOutgoing): void;
  /** False for transports without server push (HTTP). */
  subscriptions: boolean;
  /**
   * Whether this client may call the dev and sim methods (default true): the node says false for a
   * browser page of an origin that --rpc-cors does not allow.
   */
  devAllowed?: boolean;
}

/** The dev RPCs of contracts §5 and the simulator's: served only to allowed origins. */
export const isDevMethod = (method: string): boolean =>
  method.startsWith('dev_') || method.startsWith('sim_');

/** A dev or sim method called from a page whose origin is not allowed. */
export const ORIGIN_NOT_ALLOWED = -32000;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A random 16-character subscription id (as Substrate's RandomStringIdProvider). */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ID_ALPHABET[b % ID_ALPHABET.length];
  return out;
}

export class RpcServerCore<C extends object = ChainContext> {
  readonly options: ResolvedCoreOptions;
  /** Active subscriptions over every session of this core. */
  subscriptions = 0;

  constructor(
    readonly context: C,
    readonly methods: MethodTable<C>,
    options: CoreOptions = {},
  ) {
    this.options = resolveCoreOptions(options);
  }

  /** Every method name served, sorted (the `rpc_methods` list). */
  methodNames(): string[] {
    return Object.keys(this.methods).sort();
  }

  openSession(transport: Transport): RpcSession<C> {
    return new RpcSession<C>(this, transport);
  }

  /**
   * One request text without a connection (HTTP POST, fuzzing): returns the response, or undefined when
   * the text held only notifications. Subscriptions are refused.
   */
  async handleOnce(
    text: string,
    byteLength?: number,
    devAllowed = true,
  ): Promise<RpcResponse | RpcResponse[] | undefined> {
    let out: RpcResponse | RpcResponse[] | undefined;
    const session = new RpcSession<C>(this, {
      subscriptions: false,
      devAllowed,
      send: (m) => {
        if (!('method' in m)) out = m;
      },
    });
    await session.handleText(text, byteLength);
    session.close();
    return out;
  }
}

interface SubscriptionRecord extends Subscription {
  ready: boolean;
  queue: unknown[];
  cancel: () => void;
}

/** What a request leaves to do once its response is out: subscriptions to activate, callbacks to run. */
interface Pending {
  subs: SubscriptionRecord[];
  after: Array<() => void>;
}

const newPending = (): Pending => ({ subs: [], after: [] });

export class RpcSession<C extends object = ChainContext> {
  private readonly subs = new Map<string, SubscriptionRecord>();
  private closedSession = false;
  private inFlight = 0;
  /** Messages (single or batch) received and not yet answered. */
  private pendingMessages = 0;
  /** Requests executed so far, and when one last started or ended (for afterQuiet). */
  private requests = 0;
  private lastActivity = 0;
  /** The latest idle stretch that a request ended: from the activity before it to the request's start. */
  private gapFrom = 0;
  private gapTo = 0;

  constructor(
    private readonly core: RpcServerCore<C>,
    private readonly transport: Transport,
  ) {}

  get subscriptionCount(): number {
    return this.subs.size;
  }

  get closed(): boolean {
    return this.closedSession;
  }

  /** Handles one frame of text: size check, JSON parse, single or batch. Never throws. */
  async handleText(text: string, byteLength?: number): Promise<void> {
    const max = this.core.options.maxRequestBytes;
    // A string's UTF-8 size is between its length and 3× its length; count exactly only when needed.
    const size = byteLength ?? (text.length * 3 <= max ? text.length : new TextEncoder().encode(text).length);
    if (size > max) {
      const id = sniffId(text);
      this.emit(
        errorResponse(id, OVERSIZED_REQUEST, 'Request is too big', limitData('maxRequestBytes', max)),
      );
      return;
    }
    const depth = this.core.options.maxJsonDepth;
    if (jsonDepthExceeds(text, depth)) {
      this.emit(
        errorResponse(
          sniffId(text),
          LIMIT_CODES.depth,
          'Parse error',
          `JSON nesting too deep: ${limitData('maxJsonDepth', depth)}`,
        ),
      );
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      this.emit(
        errorResponse(null, PARSE_ERROR, 'Parse error', err instanceof Error ? err.message : undefined),
      );
      return;
    }
    await this.handleMessage(parsed);
  }

  /**
   * Handles an already-parsed message (single request object or batch array). Never throws. A connection
   * with maxPendingRequests messages still unanswered gets -32009 for the next one.
   */
  async handleMessage(message: unknown): Promise<void> {
    const max = this.core.options.maxPendingRequests;
    if (this.pendingMessages >= max) {
      const id = typeof message === 'object' && message !== null && 'id' in message ? message.id : null;
      this.emit(
        errorResponse(
          typeof id === 'number' || typeof id === 'string' ? id : null,
          LIMIT_CODES.busy,
          'Server is busy, try again later',
          `too many requests in flight on this connection: ${limitData('maxPendingRequests', max)}`,
        ),
      );
      return;
    }
    this.pendingMessages++;
    try {
      await this.dispatchMessage(message);
    } finally {
      this.pendingMessages--;
    }
  }

  private async dispatchMessage(message: unknown): Promise<void> {
    if (Array.isArray(message)) {
      if (message.length === 0) {
        this.emit(errorResponse(null, INVALID_REQUEST, 'Invalid Request', 'empty batch'));
        return;
      }
      if (message.length > this.core.options.maxBatchLength) {
        this.emit(
          errorResponse(
            null,
            LIMIT_CODES.batch,
            'The batch request was too large',
            limitData('maxBatchLength', this.core.options.maxBatchLength),
          ),
        );
        return;
      }
      const started = newPending();
      const results = await Promise.all(message.map((m) => this.execute(m, started)));
      const responses = results.filter((r): r is RpcResponse => r !== undefined);
      if (responses.length > 0) this.emit(responses);
      this.activate(started);
      return;
    }
    const started = newPending();
    const response = await this.execute(message, started);
    if (response) this.emit(response);
    this.activate(started);
  }

  /** Cancels every subscription (connection closed). */
  close(): void {
    this.closedSession = true;
    for (const sub of [...this.subs.values()]) sub.close();
  }

  private emit(message: RpcOutgoing): void {
    if (this.closedSession) return;
    try {
      this.transport.send(message);
    } catch {
      // A transport that cannot send (socket gone) is closed by its owner; nothing to do here.
    }
  }

  /**
   * Lets a request's new subscriptions deliver, now that its response has been sent, then runs its
   * afterResponse callbacks.
   */
  private activate(started: Pending): void {
    for (const sub of started.subs) {
      sub.ready = true;
      // Everything sent before activation goes out, even if the server closed it meanwhile (a watched
      // extrinsic can reach `finalized` before its subscribe response is written).
      for (const result of sub.queue.splice(0)) this.notify(sub, result);
    }
    for (const fn of started.after) {
      if (this.closedSession) return;
      try {
        fn();
      } catch {
        // A failing callback must not break the connection.
      }
    }
  }

  private notify(sub: SubscriptionRecord, result: unknown): void {
    this.emit({ jsonrpc: '2.0', method: sub.method, params: { subscription: sub.id, result } });
  }

  private async execute(raw: unknown, started: Pending): Promise<RpcResponse | undefined> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return errorResponse(null, INVALID_REQUEST, 'Invalid Request', 'expected a request object');
    const req = raw as Record<string, unknown>;
    const hasId = 'id' in req;
    const id = req.id;
    if (hasId && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id)))
      return errorResponse(null, INVALID_REQUEST, 'Invalid Request', 'id must be a number, string or null');
    const rid = (hasId ? id : null) as RpcId;
    if (req.jsonrpc !== '2.0')
      return errorResponse(rid, INVALID_REQUEST, 'Invalid Request', 'jsonrpc must be "2.0"');
    if (typeof req.method !== 'string')
      return errorResponse(rid, INVALID_REQUEST, 'Invalid Request', 'method must be a string');
    let params: unknown[];
    if (req.params === undefined || req.params === null) params = [];
    else if (Array.isArray(req.params)) params = req.params;
    else if (typeof req.params === 'object') params = [req.params];
    else return errorResponse(rid, INVALID_REQUEST, 'Invalid Request', 'params must be an array or object');

    const method = req.method;
    const handler = Object.hasOwn(this.core.methods, method) ? this.core.methods[method] : undefined;
    let response: RpcResponse;
    if (!handler) {
      const e = toErrorObject(methodNotFound());
      response = { jsonrpc: '2.0', id: rid, error: e };
    } else if (this.transport.devAllowed === false && isDevMethod(method)) {
      response = errorResponse(
        rid,
        ORIGIN_NOT_ALLOWED,
        'Origin not allowed',
        `${method} is served only to the local user: pages of the origins allowed by --rpc-cors`,
      );
    } else {
      const mine = newPending();
      const now = Date.now();
      if (this.inFlight === 0) {
        this.gapFrom = this.lastActivity;
        this.gapTo = now;
      }
      this.inFlight++;
      this.requests++;
      this.lastActivity = now;
      try {
        const result = await handler(this.context(mine), params);
        response = { jsonrpc: '2.0', id: rid, result: result === undefined ? null : result };
        started.subs.push(...mine.subs);
        started.after.push(...mine.after);
      } catch (err) {
        for (const sub of mine.subs) sub.close();
        response = { jsonrpc: '2.0', id: rid, error: toErrorObject(err) };
      } finally {
        this.inFlight--;
        this.lastActivity = Date.now();
      }
    }
    // A notification (no id) gets no answer.
    return hasId ? response : undefined;
  }

  private context(mine: Pending): RpcContext<C> {
    // The core's context is the prototype of each request's context (handlers read `ctx.chain` through
    // it): spreading a context of unknown shape into every request's object cost a third of a small
    // request's time (state_getStorage, 64 in flight: 40k → 27k requests/s).
    const session: SessionContext = {
      options: this.core.options,
      connection: this,
      canSubscribe: this.transport.subscriptions,
      subscribe: (method, onCancel) => {
        const sub = this.open(method, onCancel);
        mine.subs.push(sub);
        return sub;
      },
      afterResponse: (fn) => {
        mine.after.push(fn);
      },
      unsubscribe: (id, methods) => {
        if (typeof id !== 'string' && typeof id !== 'number')
          throw invalidParams('expected a subscription id');
        const sub = this.subs.get(String(id));
        if (!sub || !methods.includes(sub.method)) return false;
        sub.close();
        return true;
      },
      afterQuiet: (delayMs, fn) => {
        const start = Date.now();
        const seen = this.requests;
        // The condition must hold on 3 checks in a row: timers run between socket reads, so a client
        // whose read was delayed by a stall gets to read and send before `fn` runs.
        let streak = 0;
        // "Quiet" means idle for twice the longest pause the client took before a request since `start`
        // (at least 60 ms): a client slowed down by load or a stall pauses longer between the requests
        // it makes in reaction, and must not be taken for done in the middle of them.
        let counted = seen;
        let quietMs = 60;
        const check = () => {
          if (this.closedSession) return;
          const now = Date.now();
          if (this.requests !== counted) {
            counted = this.requests;
            quietMs = Math.max(quietMs, 2 * (this.gapTo - Math.max(this.gapFrom, start)));
          }
          const reacted = this.requests > seen;
          const quiet = this.inFlight === 0 && now - this.lastActivity >= quietMs;
          streak = (reacted ? quiet : now - start >= 3 * delayMs) ? streak + 1 : 0;
          if (streak >= 3 || now - start >= 5000) fn();
          else setTimeout(check, 5);
        };
        setTimeout(check, delayMs);
      },
    };
    return Object.assign(Object.create(this.core.context) as C, session);
  }

  private open(method: string, onCancel: () => void): SubscriptionRecord {
    if (!this.transport.subscriptions)
      throw methodNotFound('subscriptions are only available over a WebSocket connection');
    if (this.closedSession) throw new RpcError(INTERNAL_ERROR, 'Internal error', 'connection closed');
    const max = this.core.options.maxSubscriptions;
    if (this.subs.size >= max)
      throw new RpcError(
        TOO_MANY_SUBSCRIPTIONS,
        'Too many subscriptions on the connection',
        limitData('maxSubscriptionsPerConnection', max),
      );
    const total = this.core.options.maxTotalSubscriptions;
    if (this.core.subscriptions >= total)
      throw new RpcError(
        TOO_MANY_SUBSCRIPTIONS,
        'Too many subscriptions on the server',
        limitData('maxSubscriptions', total),
      );
    let id = randomId();
    while (this.subs.has(id)) id = randomId();
    const session = this;
    const sub: SubscriptionRecord = {
      id,
      method,
      ready: false,
      queue: [],
      closed: false,
      cancel: onCancel,
      send(result: unknown) {
        if (sub.closed) return;
        if (sub.ready) session.notify(sub, result);
        else sub.queue.push(result);
      },
      close() {
        if (sub.closed) return;
        (sub as { closed: boolean }).closed = true;
        session.subs.delete(id);
        session.core.subscriptions--;
        try {
          sub.cancel();
        } catch {
          // A failing cancel hook must not break the connection.
        }
      },
    };
    this.subs.set(id, sub);
    this.core.subscriptions++;
    return sub;
  }
}

/**
 * The id of a request too big to parse, read from its first 256 characters (clients put it before the
 * params), so the client can match the error to its call; null when not found.
 */
function sniffId(text: string): RpcId {
  const m = /^\s*\{[\s\S]*?"id"\s*:\s*(-?\d{1,15}|"[^"\\]{0,64}"|null)\s*[,}]/.exec(text.slice(0, 256));
  if (!m?.[1] || m[1] === 'null') return null;
  return m[1].startsWith('"') ? m[1].slice(1, -1) : Number(m[1]);
}

function errorResponse(id: RpcId, code: number, message: string, data?: unknown): RpcResponse {
  return {
    jsonrpc: '2.0',
    id,
    error: data === undefined ? { code, message } : { code, message, data },
  };
}

/**
 * The wire text of an outgoing message, or a -32008 "Response is too big" error in its place when it
 * exceeds `maxBytes` (undefined for a notification that does: it is dropped).
 */
export function serializeOutgoing(message: RpcOutgoing, maxBytes: number): string | undefined {
  const text = JSON.stringify(message);
  const size = text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (size <= maxBytes) return text;
  if (!Array.isArray(message) && 'method' in message) return undefined;
  const id = Array.isArray(message) ? null : message.id;
  return JSON.stringify(
    errorResponse(
      id,
      LIMIT_CODES.responseSize,
      'Response is too big',
      limitData('maxResponseBytes', maxBytes),
    ),
  );
}
