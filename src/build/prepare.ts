import {bundleComponents} from "./components-bundle.ts";
import {prepareOfflineNpmCache} from "./offline-npm.ts";
import {writeSiteTables} from "./site-tables.ts";

/** The Framework source root. */
export const ROOT = "docs";

/**
 * Everything `observable build` and `observable preview` need before they start, with no network: the packages, the
 * library's bundle and the published tables. Bad input is an `InputError` naming the file.
 */
export async function prepareSite(root = ROOT): Promise<void> {
  await prepareOfflineNpmCache(root);
  await bundleComponents(root);
  await writeSiteTables(root);
}
