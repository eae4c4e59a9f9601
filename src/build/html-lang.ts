import {readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";

/** The language of every page: Chinese as written in mainland China, which also selects simplified glyphs in CJK fonts. */
export const SITE_LANG = "zh-CN";

/**
 * Framework 1.13 writes `<html>` with no language. Screen readers, search
 * and the choice of CJK glyphs depend on it, so the built pages get it here.
 * Returns the number of pages changed.
 */
export async function setHtmlLang(dir: string, lang = SITE_LANG): Promise<number> {
  let changed = 0;
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, "utf8");
    const updated = html.replace(/<html(\s[^>]*)?>/i, (tag) =>
      /\slang=/i.test(tag) ? tag : `<html lang="${lang}"${tag.slice(5)}`,
    );
    if (updated === html) continue;
    await writeFile(path, updated);
    changed++;
  }
  return changed;
}
