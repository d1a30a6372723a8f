/**
 * Metadata documentation of Proxy: every call, event, error, storage item and constant, from the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where the
 * source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const ProxyDocs: PalletDocs = {
  pallet: ['The Proxy pallet: accounts that dispatch calls on behalf of others, with announced delays.'],
  calls: {
    proxy: [
      'Dispatch the given `call` from an account that the sender is authorised for through',
      '`add_proxy`.',
    ],
    add_proxy: ['Register a proxy account for the sender that is able to make calls on its behalf.'],
    remove_proxy: ['Unregister a proxy account for the sender.'],
    remove_proxies: ['Unregister all proxy accounts for the sender.'],
    create_pure: [
      'Spawn a fresh new account that is guaranteed to be otherwise inaccessible, and',
      'initialize it with a proxy of `proxy_type` for `origin` sender.',
    ],
    kill_pure: ['Removes a previously spawned pure proxy.'],
    announce: ['Publish the hash of a proxy-call that will be made in the future.'],
    remove_announcement: ['Remove a given announcement.'],
    reject_announcement: ['Remove the given announcement of a delegate.'],
    proxy_announced: [
      'Dispatch the given `call` from an account that the sender is authorized for through',
      '`add_proxy`, once its announcement has waited out the delay.',
    ],
  },
  events: {
    ProxyExecuted: ['A proxy was executed correctly, with the given.'],
    PureCreated: [
      'A pure account has been created by new proxy with given',
      'disambiguation index and proxy type.',
    ],
    Announced: ['An announcement was placed to make a call in the future.'],
    ProxyAdded: ['A proxy was added.'],
    ProxyRemoved: ['A proxy was removed.'],
  },
  errors: {
    TooMany: ['There are too many proxies registered or too many announcements pending.'],
    NotFound: ['Proxy registration not found.'],
    NotProxy: ['Sender is not a proxy of the account to be proxied.'],
    Unproxyable: ["A call which is incompatible with the proxy type's filter was attempted."],
    Duplicate: ['Account is already a proxy.'],
    NoPermission: ['Call may not be made by proxy because it may escalate its privileges.'],
    Unannounced: ['Announcement, if made at all, was made too recently.'],
    NoSelfProxy: ['Cannot add self as proxy.'],
  },
  storage: {
    Proxies: [
      'The set of account proxies. Maps the account which has delegated to the accounts',
      'which are being delegated to, together with the amount held on deposit.',
    ],
    Announcements: ['The announcements made by the proxy (key).'],
  },
  constants: {
    ProxyDepositBase: ['The base amount of currency needed to reserve for creating a proxy.'],
    ProxyDepositFactor: ['The amount of currency needed per proxy added.'],
    MaxProxies: ['The maximum amount of proxies allowed for a single account.'],
    MaxPending: ['The maximum amount of time-delayed announcements that are allowed to be pending.'],
    AnnouncementDepositBase: ['The base amount of currency needed to reserve for creating an announcement.'],
    AnnouncementDepositFactor: ['The amount of currency needed per announcement made.'],
  },
};
