import {cspMeta} from "./src/build/csp.ts";
import {FAVICON} from "./src/build/favicon.ts";

// The site is built and viewed with no network: nothing here may name another origin.
export default {
  root: "docs",
  // The browser tests also build a site from fixture data, into a folder of its own.
  output: process.env.FAZHI_OUTPUT ?? "dist",
  title: "法治政府建设年度报告",
  // Leaders' pages first; the analysts' tools in a section of their own, closed until opened.
  pages: [
    {name: "总览", path: "/"},
    {name: "权责清单", path: "/power-list"},
    {name: "依法行政与执法", path: "/enforcement"},
    {name: "学习", path: "/study"},
    {name: "职能转变", path: "/services"},
    {name: "基层治理", path: "/grassroots"},
    {name: "问题与计划", path: "/outlook"},
    {name: "多年趋势", path: "/trends"},
    {name: "同类比较", path: "/peers"},
    {name: "数据与来源", path: "/data"},
    {name: "报告审核", path: "/review"},
    {name: "大屏", path: "/screen"},
    {name: "搜索", path: "/search"},
    {
      name: "分析人员",
      collapsible: true,
      open: false,
      pages: [
        {name: "指标覆盖", path: "/coverage"},
        {name: "SQL 探索", path: "/sql"},
        {name: "组件", path: "/components"},
      ],
    },
  ],
  // Links name the file (`power-list.html`): a static server that maps no clean URLs (nginx, Apache, IIS,
  // `python -m http.server` as installed) finds it, under any sub-path, since Framework writes links relative.
  preserveExtension: true,
  pager: false,
  // Framework's search tokenises on spaces and punctuation, which Chinese does not use; /search segments words instead.
  search: false,
  // Replaces the default stylesheets, which load a web font from another origin.
  globalStylesheets: [],
  style: "style.css",
  // Otherwise Framework downloads DuckDB's json and parquet extensions at build time.
  duckdb: {extensions: {json: null, parquet: null}},
  toc: {label: "本页目录"},
  // Every page declares that nothing but the site's own files may load or run (see src/build/csp.ts), and has its icon inline.
  head: cspMeta({preview: process.argv.includes("preview")}) + FAVICON,
  // The default footer stamps the build date, so two builds of the same data would differ.
  footer: "数据来源：各单位公开发布的法治政府建设年度报告。每个数字均可点击“查看原文”追溯到报告原句。",
};
