// The site is built and viewed with no network: nothing here may name another origin.
export default {
  root: "docs",
  title: "法治政府建设年度报告",
  // Replaces the default stylesheets, which load a web font from another origin.
  globalStylesheets: [],
  style: "style.css",
  // Otherwise Framework downloads DuckDB's json and parquet extensions at build time.
  duckdb: {extensions: {json: null, parquet: null}},
  // The default footer stamps the build date, so two builds of the same data would differ.
  toc: {label: "本页目录"},
  footer: "数据来源：各单位公开发布的法治政府建设年度报告。",
};
