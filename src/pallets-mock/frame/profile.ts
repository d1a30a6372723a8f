/**
 * Runtime profiles (spec/contracts.md §2): `production` has Phala's constants; `dev` shortens the
 * governance periods to blocks and adds Sudo and dev collectives; `demo` is `dev` with governance periods
 * of days, so the demo network's referenda stay open for the visitor (chain/demo).
 */
export type Profile = 'dev' | 'demo' | 'production';

/** Profiles with the dev conveniences: Sudo, dev Council/TC members, heartbeats on at genesis. */
export const isDevLike = (profile: Profile): boolean => profile !== 'production';
