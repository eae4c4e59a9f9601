// Framework 1.13 ships no types for its internals; the build asks its loader for a local module's hash only.
declare module "@observablehq/framework/dist/loader.js" {
  export class LoaderResolver {
    constructor(options: {root: string});
    getLocalModuleHash(path: string): Promise<string>;
  }
}
