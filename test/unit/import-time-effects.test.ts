/**
 * No module of the simulator wires itself into another at import time (issue 18 item 3): a top-level
 * expression statement that calls something — `setTransferHooks(…)`, `registerMqRoute(…)`,
 * `computationHooks.onReward.push(…)` — is a registration that belongs in the runtime definition. Allowed
 * at the top level: declarations, a pallet's own storage builder (`S.value(…)`, `S.map(…)`), loops that
 * fill a module's own tables, `void x;`. Shown to catch each kind on a bad example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

const stripComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');

/** A call statement at column 0: `name(`, `a.b(`, `a.b.c(` (not `S.…`, the pallet's storage builder). */
const TOP_LEVEL_CALL =
  /^(?!S\.)(?!(?:import|export|const|let|var|function|class|for|if|void)\b)[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*\(/gm;

/** The top-level calls of a source file, as written up to the parenthesis. */
function topLevelCalls(source: string): string[] {
  return [...stripComments(source).matchAll(TOP_LEVEL_CALL)].map((m) => m[0].replace(/\s*\($/, ''));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('no registration at import time', () => {
  const EXAMPLES: ReadonlyArray<readonly [string, string[]]> = [
    ['setTransferHooks({\n  preCheck: () => true,\n});', ['setTransferHooks']],
    ['registerMqRoute(TOPIC.workingReport, onWorkingMessageReceived);', ['registerMqRoute']],
    [
      'computationHooks.onReward.push((settle) => {\n  onReward(settle);\n});',
      ['computationHooks.onReward.push'],
    ],
    ['setLocker(isNftLocked);', ['setLocker']],
    // Allowed.
    ["S.value('StorageVersion', u8, { default: 0n });", []],
    ["export const UniquesLocker = configSlot<Locker>('Uniques.Locker', () => false);", []],
    ['for (let i = 1; i < 256; i++) table[i] = u8;', []],
    ['void AccountStore;', []],
    ['function f() {\n  register(x);\n}', []],
    ['// setLocker(isNftLocked);\n/* registerMqRoute(a, b); */', []],
  ];

  it.each(EXAMPLES)('%s → %j', (source, calls) => {
    expect(topLevelCalls(source)).toEqual(calls);
  });

  it('no file under src/pallets-mock calls anything at its top level', () => {
    const files = sources(join(ROOT, 'src/pallets-mock'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      topLevelCalls(readFileSync(f, 'utf8')).map((c) => `${relative(ROOT, f).split('\\').join('/')}: ${c}`),
    );
    expect(found).toEqual([]);
  });
});
