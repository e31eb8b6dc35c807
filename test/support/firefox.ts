// The system's Firefox ESR (test/setup.sh installs Debian's), driven by puppeteer-core over WebDriver BiDi: never a
// downloaded browser (playwright-core drives only its own patched Firefox).
import * as fs from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';

// Where a background service would call home, it gets a loopback port nothing listens on (9, discard): refused at once.
const NOWHERE = 'http://127.0.0.1:9/';

// Tests only talk to loopback, so every background service that would reach the internet is off. puppeteer's profile
// and Firefox's own remote-agent prefs cover telemetry, safe browsing, updates and extensions, but point some of them at
// `dummy.test` (a DNS lookup) and are applied only once the remote agent starts; these are in user.js from the start.
export const FIREFOX_PREFS: Record<string, string | number | boolean> = {
  // remote settings (blocklists, CRLite, intermediates, experiments) and normandy/shield studies
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'extensions.blocklist.enabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  // telemetry, health report and usage pings
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': NOWHERE,
  'datareporting.healthreport.documentServerURI': NOWHERE,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  // captive-portal and connectivity checks, network time, region and geolocation lookups
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': NOWHERE,
  'network.sntp.pools': '127.0.0.1',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  // safe browsing lists
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // updates of the browser, add-ons, system add-ons, search engines and media plugins (OpenH264, Widevine)
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': 'data:, ',
  'extensions.webservice.discoverURL': NOWHERE,
  'browser.search.update': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  // DNS prefetch, link prefetch, speculative connections, DNS over HTTPS and proxy auto-detection (WPAD)
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'network.proxy.type': 0,
  // push, accounts/sync, new-tab content and sponsored tiles, URL-bar suggestions
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.urlbar.merino.endpointURL': '',
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  // the remote agent itself listens on loopback only
  'remote.force-local': true,
};

export function launchFirefox(): Promise<Browser> {
  if (!fs.existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run \`bash test/setup.sh\` (it installs Debian's firefox-esr) or \`apt-get install firefox-esr\``);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
    defaultViewport: { width: 1440, height: 1000 },
    // Firefox's test-harness switch refuses every connection that is not local (and lets a release build honour
    // services.settings.server, which it otherwise ignores: it kept asking DNS for firefox.settings.services.mozilla.com)
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
  });
}
