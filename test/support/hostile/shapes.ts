// Case `index` of the run of `seed`: which server it aims at, which family and variant of hostile input, and its bytes.
import { SERVER_NAMES, type Aim, type Case, type ServerName, marker } from './cases';
import { caseRng } from './prng';
import { FRAMING, HEADER_NAME, HEADER_VALUE, REQUEST_LINE, TARGET, type Variant } from './shapes-message';
import { GARBAGE, HALF_CLOSE, HUGE, PIPELINE, SLOW, STALL, UPGRADE } from './shapes-connection';

/** Family and how often it is drawn (relative); huge bodies and pipelines are costly, so rarer. */
export const FAMILIES: [name: string, variants: Variant[], weight: number][] = [
  ['request-line', REQUEST_LINE, 10],
  ['target', TARGET, 14],
  ['header-name', HEADER_NAME, 8],
  ['header-value', HEADER_VALUE, 10],
  ['framing', FRAMING, 16],
  ['upgrade', UPGRADE, 6],
  ['slow', SLOW, 3],
  ['huge', HUGE, 1],
  ['pipeline', PIPELINE, 4],
  ['half-close', HALF_CLOSE, 5],
  ['garbage', GARBAGE, 4],
];
const TOTAL_WEIGHT = FAMILIES.reduce((n, [, , w]) => n + w, 0);

/** Share of cases per server: the data plane faces the internet, so it gets the most. */
const SERVER_WEIGHTS: Record<ServerName, number> = { proxy: 5, admin: 2, flags: 2, autoscaler: 1, dashboard: 1 };

export interface GenerateOptions {
  /** Add senders that stall for good (each holds a connection until the server's own timeout cuts it). */
  stalls: boolean;
  /** Only these servers (the others are not running). */
  servers: ServerName[];
}

export function generateCase(seed: number, index: number, aims: Record<ServerName, Aim>, opts: GenerateOptions): Case {
  const rng = caseRng(seed, index);
  const servers = SERVER_NAMES.filter((s) => opts.servers.includes(s));
  const total = servers.reduce((n, s) => n + SERVER_WEIGHTS[s], 0);
  let roll = rng.next() * total;
  const server = servers.find((s) => (roll -= SERVER_WEIGHTS[s]) < 0) ?? servers[0];
  let family: string;
  let variants: Variant[];
  if (opts.stalls && rng.chance(0.004)) {
    [family, variants] = ['stall', STALL];
  } else {
    let pick = rng.next() * TOTAL_WEIGHT;
    [family, variants] = FAMILIES.find(([, , w]) => (pick -= w) < 0) ?? FAMILIES[0];
  }
  const [variant, make] = rng.pick(variants);
  const draft = make(rng, aims[server], marker(seed, index));
  return {
    seed, index, server, shape: `${family}/${variant}`,
    gapMs: 0, after: 'wait', local: false, stall: false, ...draft,
  };
}
