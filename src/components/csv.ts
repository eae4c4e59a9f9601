/**
 * Rows as CSV that Excel on a Chinese Windows PC opens correctly: UTF-8 with
 * a byte order mark (without it Excel reads GBK and shows mojibake), CRLF
 * line ends, and every field that needs it quoted.
 */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map(field), ...rows.map((row) => columns.map((c) => field(row[c])))];
  return "\ufeff" + lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // A leading = + - @ would make Excel evaluate the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
