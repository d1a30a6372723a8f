/**
 * `npm start`: the node (`chain --seed demo --dev`: the demo network from its checked-in snapshot,
 * 12-second interval blocks, in-process actors on, state in ./.data/chain) and the dApp dev server on
 * http://127.0.0.1:5173, which connects to ws://127.0.0.1:9944 by default, as one command. Extra
 * arguments go to the node (e.g. `npm start -- --block-time 3000`). Prints one line once both answer;
 * Ctrl-C stops both (the node persists its actors' state on the way out).
 */
import { type ChildProcess, spawn } from 'node:child_process';

const started = performance.now();
/** ANSI colour codes (vite colours its banner). */
const ANSI_COLOR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const children: ChildProcess[] = [];
const ready = { node: '', dapp: '' };

function announce(): void {
  if (!ready.node || !ready.dapp) return;
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`pha-stake ready in ${s} s: dApp ${ready.dapp} → node ${ready.node}`);
}

function run(name: 'node' | 'dapp', command: string, args: string[], readyRe: RegExp): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  let seen = '';
  const prefix = (chunk: Buffer) => {
    const text = chunk.toString();
    if (!ready[name]) {
      seen += text.replace(ANSI_COLOR, '');
      const m = readyRe.exec(seen);
      if (m?.[1]) {
        ready[name] = m[1];
        setImmediate(announce);
      }
    }
    return text
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  };
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] exited with code ${code}; stopping`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of alive) c.kill('SIGTERM');
  let left = alive.length;
  if (left === 0) process.exit(code);
  for (const c of alive)
    c.on('exit', () => {
      if (--left === 0) process.exit(code);
    });
  setTimeout(() => process.exit(code), 5_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run(
  'node',
  process.execPath,
  ['--import', 'tsx', 'chain/cli.ts', '--seed', 'demo', '--dev', ...process.argv.slice(2)],
  /pha-stake node ready (ws:\/\/\S+)/,
);
run(
  'dapp',
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', '5173', '--strictPort'],
  /Local:\s+(http:\/\/\S+)/,
);
