// 报告审核's own module, `/_fazhi/review.js` (see src/build/components-bundle.ts): the page needs no chart, so it does not
// wait for the whole library, Plot and d3 with it, to be fetched and evaluated before its first rows.
export {arrowRows} from "./arrow-rows.ts";
export {reviewChecklist, type ReviewChecklistOptions} from "./review-checklist.ts";
