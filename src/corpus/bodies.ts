import {join} from "node:path";
import {BODY_KINDS, DEPARTMENT} from "../model/body-kinds.ts";
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
  /** For a department (`kind` `department`), the id of the government it belongs to and reports to; "" otherwise. */
  government: string;
}

/** The columns of `data/bodies.csv`, which the `bodies` table publishes as they are. */
export const BODY_COLUMNS = ["id", "name_zh", "name_en", "kind", "province", "city", "government"] as const;

/** `data/bodies.csv`: every body that publishes a report, with its Chinese name. */
export function readBodies(dataDir = DATA_DIR): Body[] {
  const path = join(dataDir, "bodies.csv");
  const bodies = readCuratedCsv(path, BODY_COLUMNS, {
    // A body listed twice with different names is an error; listed twice alike, it is read once.
    key: (row) => row.id!,
    // Files written before departments were counted have no government column: every body in them is a government.
    optional: ["government"],
    check: (row) => {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.id!))
        return `id "${row.id}" must be lower-case letters, digits and hyphens`;
      if (!row.name_zh) return `body ${row.id} has no name_zh`;
      // Without its kind a body has no level, and a city's figure quoted in a district's report would read as its own.
      if (!row.kind) return `body ${row.id} has no kind: give one of ${Object.keys(BODY_KINDS).join(", ")}`;
      if (!Object.hasOwn(BODY_KINDS, row.kind))
        return `kind "${row.kind}" is not one of ${Object.keys(BODY_KINDS).join(", ")}`;
      if (row.kind === DEPARTMENT && !row.government)
        return `body ${row.id} is a department: government must give the id of the government it belongs to`;
      if (row.kind !== DEPARTMENT && row.government)
        return `body ${row.id} is not a department (kind "${row.kind}"): government must be empty`;
      return Object.fromEntries(BODY_COLUMNS.map((c) => [c, row[c]!])) as unknown as Body;
    },
    across: (all) => {
      const governments = new Set(all.filter((b) => b.kind !== DEPARTMENT).map((b) => b.id));
      return (body) =>
        !body.government || governments.has(body.government)
          ? undefined
          : `department ${body.id}: government "${body.government}" is not the id of a government in the file`;
    },
  });
  return bodies;
}
