// An OpenFeature provider over the slipway flag client, so apps can use the standard API:
//   OpenFeature.setProviderAndWait(new SlipwayFlagProvider({ namespace: 'climbing-grade' }))
// Evaluation reads the client's in-memory snapshot; reason STALE while Redis is away, STATIC otherwise.
import { OpenFeatureEventEmitter, ServerProviderEvents, type EvaluationContext, type JsonValue, type Provider, type ResolutionDetails } from '@openfeature/server-sdk';
import { createFlagClient, type FlagClient, type FlagClientOptions } from './client';
import type { FlagValue } from './values';

type Wanted = 'boolean' | 'string' | 'number' | 'object';

export class SlipwayFlagProvider implements Provider {
  readonly metadata = { name: 'slipway-redis' } as const;
  readonly runsOn = 'server' as const;
  readonly events = new OpenFeatureEventEmitter();
  readonly client: FlagClient;
  private readonly ownsClient: boolean;
  private readonly unsubscribe: (() => void)[] = [];

  /** Give options to have the provider create (and close) its client, or a client the app already runs. */
  constructor(from: FlagClientOptions | FlagClient) {
    this.ownsClient = !('getBoolean' in from);
    this.client = 'getBoolean' in from ? from : createFlagClient(from);
    this.unsubscribe.push(
      this.client.onChange((c) => this.events.emit(ServerProviderEvents.ConfigurationChanged, { flagsChanged: [c.name], metadata: { version: c.version } })),
      this.client.onStatus((s) => this.events.emit(s.stale ? ServerProviderEvents.Stale : ServerProviderEvents.Ready, { message: s.stale ? `flags stale (${s.lastError ?? 'no sync with Redis'})` : 'flags in sync with Redis' })),
    );
  }

  async initialize(): Promise<void> {
    // never rejects: with Redis down the provider serves the backup or defaults, marked STALE
    await this.client.start();
  }

  async onClose(): Promise<void> {
    for (const off of this.unsubscribe) off();
    if (this.ownsClient) await this.client.close();
  }

  async resolveBooleanEvaluation(flagKey: string, defaultValue: boolean, _context: EvaluationContext): Promise<ResolutionDetails<boolean>> {
    return this.resolve(flagKey, defaultValue, 'boolean');
  }

  async resolveStringEvaluation(flagKey: string, defaultValue: string, _context: EvaluationContext): Promise<ResolutionDetails<string>> {
    return this.resolve(flagKey, defaultValue, 'string');
  }

  async resolveNumberEvaluation(flagKey: string, defaultValue: number, _context: EvaluationContext): Promise<ResolutionDetails<number>> {
    return this.resolve(flagKey, defaultValue, 'number');
  }

  async resolveObjectEvaluation<T extends JsonValue>(flagKey: string, defaultValue: T, _context: EvaluationContext): Promise<ResolutionDetails<T>> {
    return this.resolve(flagKey, defaultValue, 'object');
  }

  private resolve<T>(flagKey: string, defaultValue: T, wanted: Wanted): ResolutionDetails<T> {
    const value = this.client.get<undefined>(flagKey, undefined);
    if (value === undefined) {
      return { value: defaultValue, reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' as ResolutionDetails<T>['errorCode'], errorMessage: `no flag named ${flagKey} in Redis or the defaults` };
    }
    if (!matches(value, wanted)) {
      return { value: defaultValue, reason: 'ERROR', errorCode: 'TYPE_MISMATCH' as ResolutionDetails<T>['errorCode'], errorMessage: `${flagKey} is ${JSON.stringify(value)}, not a ${wanted}` };
    }
    const { stale, version } = this.client.status();
    return {
      value: value as T,
      reason: stale ? 'STALE' : 'STATIC',
      ...(typeof value === 'object' ? {} : { variant: String(value) }),
      flagMetadata: { version },
    };
  }
}

function matches(value: FlagValue, wanted: Wanted): boolean {
  if (wanted === 'object') return typeof value === 'object' && value !== null;
  return typeof value === wanted;
}
