// Golden comparisons with flagd's own evaluator: seeded contexts, and flagd-core's answer for a flagd file and a context.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FlagdCore } from '@openfeature/flagd-core';
import type { FlagValue } from '../../sdk/flags/values';

export const FLAGD_FIXTURE = path.join(__dirname, '..', 'fixtures', 'flagd', 'flags.flagd.json');
export const fixtureText = () => fs.readFileSync(FLAGD_FIXTURE, 'utf8');

/** Deterministic (mulberry32), so a failing context can be found again. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Contexts that reach every rule of the fixture: staff and other emails, locales, countries, versions, plans, no key. */
export function goldenContexts(count: number, seed = 17): Record<string, unknown>[] {
  const r = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const ctx: Record<string, unknown> = {};
    if (r() > 0.05) ctx.targetingKey = `user-${Math.floor(r() * 1e9).toString(36)}-${i}`;
    if (r() > 0.2) ctx.email = `${pick(['ana', 'bo', 'chris', 'dee'])}${i}@${pick(['slipway.example', 'example.com', 'climb.example'])}`;
    if (r() > 0.2) ctx.locale = pick(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'en-US-x-test']);
    if (r() > 0.3) ctx.country = pick(['DE', 'AT', 'CH', 'FR', 'US']);
    if (r() > 0.2) ctx.appVersion = pick(['1.0.0', '2.0.9', '2.1.0', '2.10.1', '3.0.0-beta.1', 'not-a-version']);
    if (r() > 0.3) ctx.plan = pick(['pro', 'free']);
    out.push(ctx);
  }
  return out;
}

export interface GoldenAnswer {
  value: FlagValue | undefined;
  variant?: string;
  reason?: string;
  errorCode?: string;
}

const SENTINEL = '__code_default__';
const DEFAULTS: Record<string, FlagValue> = { boolean: false, string: SENTINEL, number: -1, object: { [SENTINEL]: true } };

/** flagd-core's own answer, through FlagdCore (the file as flagd loads it, $evaluators and all). */
export function flagdCoreOf(fileText: string): (key: string, type: 'boolean' | 'string' | 'number' | 'object', ctx: Record<string, unknown>) => GoldenAnswer {
  const core = new FlagdCore();
  core.setConfigurations(fileText);
  return (key, type, ctx) => {
    const d = core.resolve(type, key, DEFAULTS[type] as never, ctx as never);
    const usedDefault = d.reason === 'ERROR' || d.reason === 'DISABLED' || d.variant === undefined;
    return { value: usedDefault ? undefined : (d.value as FlagValue), variant: d.variant, reason: d.reason, errorCode: d.errorCode };
  };
}

export const typeOfVariants = (variants: Record<string, FlagValue>) => {
  const t = typeof Object.values(variants)[0];
  return (t === 'object' ? 'object' : t) as 'boolean' | 'string' | 'number' | 'object';
};
