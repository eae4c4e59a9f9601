/** The kinds of body that publish reports, in Chinese. Figures of different kinds differ in scope. */
export const BODY_KINDS: Record<string, string> = {
  "national-hitech-zone": "国家高新区",
  "economic-zone": "经济区",
  "new-area": "新区",
  district: "区",
  county: "县",
  city: "市",
  province: "省",
  town: "乡镇街道",
  department: "政府部门",
};

/** A kind of body that reports to a government of its own (a department), rather than being one. */
export const DEPARTMENT = "department";

export function bodyKindLabel(kind: string): string {
  // Own properties only: a kind written `constructor` must not find Object's.
  return Object.hasOwn(BODY_KINDS, kind) ? BODY_KINDS[kind]! : kind;
}
