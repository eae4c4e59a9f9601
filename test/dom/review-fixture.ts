import {loadCorpus} from "../../src/corpus/corpus.ts";
import {reviewRows} from "../../src/review/review-rows.ts";

/** The review of the fixture site's reports, as the build publishes it: real extractions, not rows typed in. */
export function fixtureReview(): ReturnType<typeof reviewRows> {
  const {extractions, bodies, metrics} = loadCorpus("test/fixtures/site");
  return reviewRows(extractions, bodies, new Map(metrics.map((m) => [m.id, m.label])));
}
