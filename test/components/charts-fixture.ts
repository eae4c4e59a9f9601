/** Fixed figures for the components' snapshots: invented for the tests, shaped as the published tables are. */
export const CATEGORIES = [
  {category: "行政处罚", value: 1719},
  {category: "行政许可", value: 200},
  {category: "行政强制", value: 120},
  {category: "行政检查", value: 80},
  {category: "其他", value: 3},
];

export const SPAN = {body: "dl", year: 2024, start: 10, end: 16};

export const FACT = {
  body: "dl",
  year: 2024,
  metric: "study.sessions",
  category: null,
  value: 40,
  value_high: null,
  unit: "次",
  qualifier: "approx" as const,
  raw: "近40次",
  start: 10,
  end: 14,
  chosen: true,
};

export const ITEM = {
  body: "dl",
  year: 2024,
  kind: "system",
  name: "“1+3+N”制度体系",
  detail: "覆盖执法全过程",
  start: 20,
  end: 30,
};
