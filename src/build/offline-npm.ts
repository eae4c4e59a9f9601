import {mkdir, readdir, readFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

/**
 * Framework's client bundle names about fifteen optional libraries by `npm:`
 * specifier (React, Mermaid, sample datasets…) and asks the npm registry for
 * their versions on every build, even when no page uses them. An existing
 * folder `<root>/.observablehq/cache/_npm/<name>@<version>` answers that
 * question locally, so the build needs no network. The folders stay empty:
 * pages import libraries from node_modules instead, and a page that still uses
 * an `npm:` import fails at build time rather than at view time.
 */
export async function prepareOfflineNpmCache(root: string, projectDir = "."): Promise<string[]> {
  const names = await clientNpmLibraries();
  const created: string[] = [];
  for (const name of names) {
    const version = await installedVersion(projectDir, name);
    const dir = join(root, ".observablehq", "cache", "_npm", `${name}@${version}`);
    await mkdir(dir, {recursive: true});
    created.push(dir);
  }
  return created;
}

const require = createRequire(import.meta.url);

/** Package names referenced as `npm:` by Framework's own client code. */
export async function clientNpmLibraries(): Promise<string[]> {
  const client = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "client");
  const names = new Set<string>();
  for (const file of await readdir(client, {recursive: true})) {
    if (!file.endsWith(".js")) continue;
    const source = await readFile(join(client, file), "utf8");
    for (const match of source.matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

/** The installed version where there is one, so the folder name tells the truth; else a placeholder. */
async function installedVersion(projectDir: string, name: string): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(join(projectDir, "node_modules", name, "package.json"), "utf8"));
    return String(pkg.version);
  } catch {
    return "0.0.0";
  }
}
