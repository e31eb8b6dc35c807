// An OpenFeature provider over the slipway flag client, so apps can use the standard API:
//   OpenFeature.setProviderAndWait(new SlipwayFlagProvider({ namespace: 'climbing-grade' }))
// Evaluation reads the client's in-memory snapshot through flagd's rules (flagd-core) with the OpenFeature context;
// reason STALE while Redis is away, else flagd's reason (STATIC, TARGETING_MATCH, DEFAULT, DISABLED).
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

  async resolveBooleanEvaluation(flagKey: string, defaultValue: boolean, context: EvaluationContext): Promise<ResolutionDetails<boolean>> {
    return this.resolve(flagKey, defaultValue, 'boolean', context);
  }

  async resolveStringEvaluation(flagKey: string, defaultValue: string, context: EvaluationContext): Promise<ResolutionDetails<string>> {
    return this.resolve(flagKey, defaultValue, 'string', context);
  }

  async resolveNumberEvaluation(flagKey: string, defaultValue: number, context: EvaluationContext): Promise<ResolutionDetails<number>> {
    return this.resolve(flagKey, defaultValue, 'number', context);
  }

  async resolveObjectEvaluation<T extends JsonValue>(flagKey: string, defaultValue: T, context: EvaluationContext): Promise<ResolutionDetails<T>> {
    return this.resolve(flagKey, defaultValue, 'object', context);
  }

  private resolve<T>(flagKey: string, defaultValue: T, wanted: Wanted, context: EvaluationContext): ResolutionDetails<T> {
    const e = this.client.evaluate(flagKey, context);
    if (e.errorCode) {
      const message = e.errorCode === 'FLAG_NOT_FOUND' ? `no flag named ${flagKey} in Redis or the defaults` : e.errorMessage;
      return { value: defaultValue, reason: 'ERROR', errorCode: e.errorCode as ResolutionDetails<T>['errorCode'], errorMessage: message, flagMetadata: e.flagMetadata };
    }
    const { stale, version } = this.client.status();
    const reason = stale ? 'STALE' : e.reason;
    // DISABLED, or a rule that chose nothing without a default variant: the caller's default
    if (e.value === undefined) return { value: defaultValue, reason, flagMetadata: { ...e.flagMetadata, version } };
    if (!matches(e.value, wanted)) {
      return { value: defaultValue, reason: 'ERROR', errorCode: 'TYPE_MISMATCH' as ResolutionDetails<T>['errorCode'], errorMessage: `${flagKey} is ${JSON.stringify(e.value)}, not a ${wanted}` };
    }
    return { value: e.value as T, reason, ...(e.variant === undefined ? {} : { variant: e.variant }), flagMetadata: { ...e.flagMetadata, version } };
  }
}

function matches(value: FlagValue, wanted: Wanted): boolean {
  if (wanted === 'object') return typeof value === 'object' && value !== null;
  return typeof value === wanted;
}
