// The whole of d3, for a page that wants more of it than Plot's charts: `import * as d3 from "/_fazhi/d3.js"`
// (see src/build/components-bundle.ts). One module, as the library is, not some thirty fetched one by one.
export * from "d3";
