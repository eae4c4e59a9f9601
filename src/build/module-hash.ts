import {createHash} from "node:crypto";
import {existsSync, readFileSync, statSync} from "node:fs";
import {createRequire} from "node:module";
import {extname, join, posix} from "node:path";

const require = createRequire(import.meta.url);
const FRAMEWORK_VERSION = (require("@observablehq/framework/package.json") as {version: string}).version;

/** `import … from "…"` and `export … from "…"` at the start of a line, or `import "…"`. */
const STATIC_IMPORT = /^[ \t]*(?:(?:import|export)\b[^;"'`]*?\bfrom\s*|import\s*)["']([^"']+)["']/gm;
const FILE_ATTACHMENT = /\bFileAttachment\(\s*(["'])([^"'\\]+)\1\s*\)/g;
/** `import.meta.resolve("…")` of a package's file: what Framework publishes for DuckDB. */
const PACKAGE_RESOLVE = /\bimport\.meta\.resolve\(\s*["']([^"'./][^"']*)["']\s*\)/g;
/**
 * What this reading does not follow: imports made at run time, CommonJS, templates in file names, FileAttachment
 * under another name.
 */
const UNREAD =
  /\bimport\s*\(|\brequire\s*\(|FileAttachment\(\s*`|FileAttachment\s+as\b|\.\s*FileAttachment\b|\*\s*as\s/;

/**
 * Framework's hash of a local module as its build names it (`getLocalModuleHash` in its `javascript/module.js`),
 * worked out without loading Framework: importing it took 1.5 s of a 4 s rebuild of the seed, for one hash. The hash
 * covers each module of the local import graph (its source; the content and time of each file it attaches) and the
 * built-ins the module imports, with Framework's version. Only modules written as `docs/lib/` writes them are read
 * (static imports of local modules and of `observablehq:` built-ins, `FileAttachment` with literal names); for any
 * other the answer is undefined and the caller asks Framework. The build test compares a refreshed site with the one
 * Framework builds, byte for byte, and `test/build/module-hash-test.ts` this hash with Framework's.
 */
export function localModuleHash(root: string, path: string): string | undefined {
  const hash = createHash("sha256");
  const paths = new Set([path]);
  let globals: string[] = [];
  for (const modulePath of paths) {
    const module = readModule(root, modulePath);
    // A package's file resolved in the module itself would need Framework's resolution; in a module it imports, it is
    // not part of the hash.
    if (!module || (module.resolvesPackages && modulePath === path)) return undefined;
    hash.update(module.hash);
    for (const specifier of module.imports) {
      if (specifier.startsWith("observablehq:")) {
        if (modulePath === path) globals.push(specifier);
      } else if (specifier.startsWith("./") || specifier.startsWith("../")) {
        const imported = posix.join(posix.dirname(modulePath), specifier);
        if (!imported.endsWith(".js")) return undefined;
        paths.add(imported);
      } else return undefined;
    }
    for (const file of module.files) {
      const info = fileInfo(root, file);
      if (!info) return undefined;
      hash.update(createHash("sha256").update(info.hash).update(String(info.mtimeMs)).digest("hex"));
    }
  }
  globals = [...new Set(globals)];
  for (const specifier of globals) {
    const name = specifier.slice("observablehq:".length);
    hash.update(`/_observablehq/${name}${extname(name) ? "" : ".js"}?version=${FRAMEWORK_VERSION}`);
  }
  return hash.digest("hex");
}

/** A module's source hash, its imports' specifiers and the files it attaches (resolved, each once), in order. */
function readModule(
  root: string,
  path: string,
): {hash: string; imports: string[]; files: string[]; resolvesPackages: boolean} | undefined {
  const file = join(root, path);
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, "utf8");
  const resolves = source.match(/\bimport\.meta\b/g)?.length ?? 0;
  if (UNREAD.test(source) || resolves !== [...source.matchAll(PACKAGE_RESOLVE)].length) return undefined;
  const imports = [...new Set([...source.matchAll(STATIC_IMPORT)].map((m) => m[1]!))];
  const attached = [...source.matchAll(FILE_ATTACHMENT)].map((m) => posix.join(posix.dirname(path), m[2]!));
  // Every other mention of FileAttachment (bar its import) would be a call this reading cannot follow.
  const mentions = source.match(/\bFileAttachment\b/g)?.length ?? 0;
  if (mentions !== attached.length + (imports.includes("observablehq:stdlib") ? 1 : 0)) return undefined;
  const hash = createHash("sha256").update(source).digest("hex");
  return {hash, imports, files: [...new Set(attached)], resolvesPackages: resolves > 0};
}

/** A file's content hash and its time to the millisecond below, as Framework reads them. */
function fileInfo(root: string, path: string): {hash: string; mtimeMs: number} | undefined {
  const file = join(root, path);
  const stat = existsSync(file) ? statSync(file) : undefined;
  if (!stat?.isFile()) return undefined;
  return {hash: createHash("sha256").update(readFileSync(file)).digest("hex"), mtimeMs: Math.floor(stat.mtimeMs)};
}
