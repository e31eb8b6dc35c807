// The slipway command as its own process, as Jenkins runs it: the CLI bundled from the current sources (bundlePath
// builds it once per test process), which starts in a fraction of a second where ts-node compiles for several.
import { bundlePath } from '../../src/build/runtime-image';

/** node's arguments for `slipway <args>`. */
export async function cliArgs(...args: string[]): Promise<string[]> {
  return [await bundlePath('slipway.cjs'), ...args];
}
