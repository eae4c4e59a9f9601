/**
 * Rows as CSV that Excel on a Chinese Windows PC opens correctly: UTF-8 with
 * a byte order mark (without it Excel reads GBK and shows mojibake), CRLF
 * line ends, and every field that needs it quoted.
 */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map(field), ...rows.map((row) => columns.map((c) => field(row[c])))];
  return "\ufeff" + lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

/**
 * Report text and curated names reach these files, so a cell may be written
 * to look like a formula (`=HYPERLINK(…)`, `-2+3+cmd|' /C calc'!A0`). Excel,
 * LibreOffice and Google Sheets start a formula at `=`, `+`, `-` or `@`, and
 * some of them after a leading tab, CR, LF or space they trim; Excel also
 * reads the full-width ＝＋－＠ a Chinese IME types as their ASCII forms. Such
 * a cell is written with a leading `'`, which makes it text (OWASP's advice).
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * A cell that is a number as a whole — `-5`, `-3.2`, `-1.5e-3` — is read as
 * that number, never as a formula, and keeps its sign: figures such as a
 * year-on-year change are negative. Nothing may follow the number, so
 * `-2+3+cmd|…` is not one. (`+5` is neutralised: we never write a plus sign.)
 */
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  const safe = FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
