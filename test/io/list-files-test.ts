import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {InputError} from "../../src/extract/input-error.ts";
import {listFiles} from "../../src/io/list-files.ts";

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "fazhi-list-"));
}

describe("listFiles", () => {
  it("lists regular files in code-unit order, through linked folders and linked files", () => {
    const dir = scratch();
    const shared = join(dir, "shared");
    mkdirSync(join(shared, "b"), {recursive: true});
    writeFileSync(join(shared, "b", "2024.txt"), "乙");
    writeFileSync(join(dir, "received.txt"), "甲");
    const root = join(dir, "root");
    mkdirSync(join(root, "a"), {recursive: true});
    symlinkSync(join(shared, "b"), join(root, "b"));
    symlinkSync(join(dir, "received.txt"), join(root, "a", "2024.txt"));
    writeFileSync(join(root, "a", "2023.txt"), "甲");
    expect(listFiles(root).map((p) => p.slice(root.length + 1))).toEqual(["a/2023.txt", "a/2024.txt", "b/2024.txt"]);
  });

  it("follows a root that is itself a link", () => {
    const dir = scratch();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "x.txt"), "x");
    symlinkSync(join(dir, "real"), join(dir, "link"));
    expect(listFiles(join(dir, "link"))).toEqual([join(dir, "link", "x.txt")]);
  });

  it("names a link to nothing, and a link back into a folder it is in, rather than skipping them", () => {
    const dir = scratch();
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    expect(() => listFiles(dir)).toThrow(InputError);
    expect(() => listFiles(dir)).toThrow(/dangling\.txt: 符号链接指向的文件或文件夹不存在，请删除或修正这个链接$/);

    const looped = scratch();
    mkdirSync(join(looped, "a"));
    symlinkSync(looped, join(looped, "a", "up"));
    expect(() => listFiles(looped)).toThrow(/up: 符号链接指回它所在的文件夹，请删除这个链接$/);
  });

  it("neither lists nor enters what `include` declines", () => {
    const dir = scratch();
    mkdirSync(join(dir, ".cache"));
    writeFileSync(join(dir, ".cache", "x"), "");
    writeFileSync(join(dir, ".keep"), "");
    writeFileSync(join(dir, "y"), "");
    symlinkSync(join(dir, "gone"), join(dir, ".dangling"));
    expect(listFiles(dir, (p) => !p.startsWith("."))).toEqual([join(dir, "y")]);
  });
});
