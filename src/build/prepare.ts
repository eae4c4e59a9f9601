import {bundleComponents} from "./components-bundle.ts";
import {invalidateLoaderCache} from "./input-stamp.ts";
import {prepareOfflineNpmCache} from "./offline-npm.ts";

/** The Framework source root. */
export const ROOT = "docs";

/** Everything `observable build` and `observable preview` need before they start, with no network. */
export async function prepareSite(root = ROOT): Promise<void> {
  await prepareOfflineNpmCache(root);
  await bundleComponents(root);
  await invalidateLoaderCache(root);
}
