import {mkdtempSync, symlinkSync} from "node:fs";
import {readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {fileErrorReason} from "../../src/io/file-error.ts";

const reasonOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return fileErrorReason(error);
  }
  return "read";
};

describe("fileErrorReason", () => {
  it("names what the file system refused, in one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-file-error-"));
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "a"), join(dir, "b"));
    expect(reasonOf(() => readFileSync(join(dir, "missing.txt")))).toBe("没有这个文件");
    expect(reasonOf(() => readFileSync(dir))).toBe("这是文件夹，不是文件");
    expect(reasonOf(() => readFileSync(join(dir, "a")))).toMatch(/^符号链接互相指向/);
    expect(fileErrorReason(Object.assign(new Error("x"), {code: "EACCES"}))).toBe("没有读取权限");
    expect(fileErrorReason(Object.assign(new Error("x"), {code: "EIO"}))).toBe("无法读取（EIO）");
  });

  it("is undefined for an error that is not the file system's", () => {
    expect(fileErrorReason(new RangeError("x"))).toBeUndefined();
    expect(fileErrorReason(undefined)).toBeUndefined();
  });
});
