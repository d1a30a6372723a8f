/**
 * `npm run chain -- repair [--db PATH]`: brings a damaged node database back to what its blocks allow.
 * When LevelDB cannot open it, LevelDB's own repair of its files runs first; then repairBlockStore
 * (chain/store.ts) moves the damaged database aside and rebuilds one from the blocks that verify (hash,
 * parent link, state root; src/pallets-mock/devchain/block-store.ts) up to the first damaged one, with the actors' checkpoint only if it fits the kept head (else the actors
 * replay from the kept blocks) and the history index rebuilt on start; this prints what was kept and lost.
 */
import { resolve } from 'node:path';
import { cryptoReady } from '../src/pallets-mock/primitives/signature.js';
import { type CommandSpec, parseCommandLine, text } from './cli-options.js';
import { openBlockStore, repairBlockStore, repairLevelFiles, StoreError } from './store.js';

export const REPAIR_COMMAND: CommandSpec = {
  usage: 'npm run chain -- repair',
  summary:
    'Moves a damaged node database aside (PATH.damaged-<ms>), rebuilds one from the blocks that verify and ' +
    'prints what it kept and lost.',
  options: { db: { kind: 'value', value: 'PATH', help: 'the database to repair (default ./.data/chain)' } },
};

export function parseRepairArgs(argv: string[]): { db: string } {
  return { db: text(parseCommandLine(REPAIR_COMMAND, argv), 'db') ?? './.data/chain' };
}

/** Repairs the database at `db`; returns the report lines. Throws StoreError when there is nothing to repair. */
export async function repairDatabase(db: string): Promise<string[]> {
  await cryptoReady();
  const path = resolve(db);
  const lines: string[] = [];
  try {
    await openBlockStore(path, { create: false }).then((s) => s.close());
  } catch (err) {
    if (!(err instanceof StoreError) || err.kind !== 'damaged') throw err;
    lines.push(`LevelDB could not open it (${err.message}); ran LevelDB's repair of its files`);
    await repairLevelFiles(path);
  }
  const r = await repairBlockStore(path);
  if (!r.problem) return [...lines, 'found no damage: nothing to repair'];
  const first = r.kept[0];
  const head = r.kept[r.kept.length - 1];
  lines.push(`found: ${r.problem}`);
  lines.push(
    head && first
      ? `kept blocks #${first.header.number}…#${head.header.number} (head ${head.hash}, state root ${head.header.stateRoot})`
      : 'kept no blocks: the node starts from its seed',
  );
  const last = r.lostBlocks[r.lostBlocks.length - 1];
  const from = (head?.header.number ?? 0n) + 1n;
  lines.push(
    last !== undefined && last >= from
      ? `lost: ${last - from + 1n} block(s), #${from}…#${last}`
      : 'lost: no blocks',
  );
  if (r.lostActors) lines.push(`lost: ${r.lostActors}; the actors replay from the kept blocks`);
  lines.push('history index: rebuilt from the blocks on start');
  lines.push(`the damaged database is kept at ${r.aside}`);
  return lines;
}
