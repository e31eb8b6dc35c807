// The traffic split: weights per role and the smooth weighted round-robin that spreads them evenly (nginx's algorithm).
import type { Role } from '../core/config';
import { UsageError } from '../core/errors';

export interface Weights {
  production: number;
  canary: number;
}

export const MAX_WEIGHT = 1000;

/** 'production=2,canary=1' → { production: 2, canary: 1 }; both roles must be named. */
export function parseWeights(text: string, field = '--weights'): Weights {
  const out: Partial<Weights> = {};
  for (const part of text.split(',')) {
    const m = /^\s*(production|canary)\s*[=:]\s*(\d+)\s*$/.exec(part);
    if (!m) throw new UsageError(`${field}: cannot read ${JSON.stringify(part.trim())} in ${JSON.stringify(text)}`, 'write the split as production=2,canary=1 (whole numbers)');
    out[m[1] as Role] = Number(m[2]);
  }
  return checkWeights(out, field);
}

/** Validates a weights object from a request body or a flag; the message names what is wrong. */
export function checkWeights(value: unknown, field = 'weights'): Weights {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${field}: expected an object like {"production":2,"canary":1}, got ${JSON.stringify(value)}`);
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (key !== 'production' && key !== 'canary') throw new UsageError(`${field}.${key}: unknown role; expected production and canary`);
  }
  for (const role of ['production', 'canary'] as const) {
    const w = v[role];
    if (w === undefined) throw new UsageError(`${field}.${role}: is required`, 'give both weights, e.g. production=2,canary=1');
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > MAX_WEIGHT) {
      throw new UsageError(`${field}.${role}: expected a whole number 0-${MAX_WEIGHT}, got ${JSON.stringify(w)}`);
    }
  }
  const weights = { production: v.production as number, canary: v.canary as number };
  if (weights.production + weights.canary === 0) throw new UsageError(`${field}: both weights are 0, so no backend would get traffic`, 'give at least one role a weight above 0');
  return weights;
}

export function formatWeights(w: Weights): string {
  return `production=${w.production},canary=${w.canary}`;
}

/**
 * Smooth weighted round-robin over two roles: with 2:1 the sequence is P C P, P C P, … so every window of
 * three requests holds the exact split, not just the long-run average a random pick would give.
 */
export class WeightedPicker {
  private currentProduction = 0;
  private currentCanary = 0;

  constructor(private weights: Weights) {}

  setWeights(weights: Weights): void {
    this.weights = weights;
    this.currentProduction = 0;
    this.currentCanary = 0;
  }

  /** canaryAvailable false (absent or ejected) sends everything to production, whatever the weights say. */
  pick(canaryAvailable: boolean): Role {
    const wp = this.weights.production;
    const wc = this.weights.canary;
    if (!canaryAvailable || wc === 0) return 'production';
    if (wp === 0) return 'canary';
    this.currentProduction += wp;
    this.currentCanary += wc;
    if (this.currentProduction >= this.currentCanary) {
      this.currentProduction -= wp + wc;
      return 'production';
    }
    this.currentCanary -= wp + wc;
    return 'canary';
  }
}
