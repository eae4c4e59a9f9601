import {resolve} from "node:path";
import {fileURLToPath} from "node:url";

/**
 * The data folder: the project's `data/`, wherever the loader is run from, or
 * the folder `FAZHI_DATA` names (the browser tests build a site from fixtures).
 */
export const DATA_DIR = process.env.FAZHI_DATA
  ? resolve(process.env.FAZHI_DATA)
  : fileURLToPath(new URL("../../data/", import.meta.url));
