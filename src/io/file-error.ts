/**
 * The reason, in the words the tool prints, that the file system refused a file: a report that cannot be read is
 * named with the reason in one line, never a stack trace. Undefined for an error that is not the file system's.
 */
export function fileErrorReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") return undefined;
  return REASONS[code] ?? `无法读取（${code}）`;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "没有这个文件",
  EISDIR: "这是文件夹，不是文件",
  EACCES: "没有读取权限",
  EPERM: "没有读取权限",
  ELOOP: "符号链接互相指向，形成循环：请删除或修正这个链接",
  ENOTDIR: "路径中有一段不是文件夹",
};
