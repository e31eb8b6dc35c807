// The page's script (bundled by esbuild for Chromium): OpenFeature's web SDK with its OFREP provider, nothing of slipway's.
import { OpenFeature, ProviderEvents } from '@openfeature/web-sdk';
import { OFREPWebProvider } from '@openfeature/ofrep-web-provider';

const changes = [];
window.flagsUnderTest = {
  changes,
  async start(readToken, context) {
    // no polling: a change the page sees came over the event stream
    const provider = new OFREPWebProvider({ baseUrl: location.origin, headers: [['Authorization', `Bearer ${readToken}`]], changeDetection: 'sse', pollInterval: 3_600_000, cacheMode: 'disabled' });
    await OpenFeature.setContext(context);
    await OpenFeature.setProviderAndWait(provider);
    OpenFeature.addHandler(ProviderEvents.ConfigurationChanged, (e) => changes.push(e?.flagsChanged ?? []));
  },
  details(kind, key, fallback) {
    const client = OpenFeature.getClient();
    const d = kind === 'boolean' ? client.getBooleanDetails(key, fallback) : kind === 'number' ? client.getNumberDetails(key, fallback) : client.getStringDetails(key, fallback);
    return { value: d.value, reason: d.reason, variant: d.variant, errorCode: d.errorCode };
  },
};
