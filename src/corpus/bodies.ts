import {join} from "node:path";
import {BODY_KINDS} from "../model/body-kinds.ts";
import {readCuratedCsv} from "./curated-csv.ts";
import {DATA_DIR} from "./reports.ts";

/** A body that publishes reports: a zone, district, county or city. */
export interface Body {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  province: string;
  city: string;
}

/** The columns of `data/bodies.csv`, which the `bodies` table publishes as they are. */
export const BODY_COLUMNS = ["id", "name_zh", "name_en", "kind", "province", "city"] as const;

/** `data/bodies.csv`: every body that publishes a report, with its Chinese name. */
export function readBodies(dataDir = DATA_DIR): Body[] {
  return readCuratedCsv(join(dataDir, "bodies.csv"), BODY_COLUMNS, {
    // A body listed twice with different names is an error; listed twice alike, it is read once.
    key: (row) => row.id!,
    check: (row) => {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.id!))
        return `id "${row.id}" must be lower-case letters, digits and hyphens`;
      if (!row.name_zh) return `body ${row.id} has no name_zh`;
      if (row.kind && !Object.hasOwn(BODY_KINDS, row.kind))
        return `kind "${row.kind}" is not one of ${Object.keys(BODY_KINDS).join(", ")}`;
      return Object.fromEntries(BODY_COLUMNS.map((c) => [c, row[c]!])) as unknown as Body;
    },
  });
}
