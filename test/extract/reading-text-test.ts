import {describe, expect, it} from "vitest";
import {published, readingText} from "../../src/extract/reading-text.ts";

describe("readingText", () => {
  it("leaves an ordinary simplified text as it is", () => {
    expect(readingText("全区共梳理权力事项1140项。")).toEqual({
      text: "全区共梳理权力事项1140项。",
      origin: null,
      invisible: 0,
      traditional: false,
    });
  });

  it("takes out invisible characters, and maps every offset back to the published text", () => {
    const text = "近2\u200b0次，权责\u00ad事项11\u00a040项";
    const reading = readingText(text);
    expect(reading.text).toBe("近20次，权责事项1140项");
    expect(reading.invisible).toBe(3);
    expect(text[published(reading, reading.text.indexOf("0次"))]).toBe("0");
    expect(published(reading, reading.text.length)).toBe(text.length);
  });

  it("keeps a no-break space between words, which a reader sees as a space", () => {
    expect(readingText("权力事项\u00a0共计").text).toBe("权力事项\u00a0共计");
  });

  it("reads traditional characters as simplified, one for one", () => {
    const reading = readingText("全區共梳理權力事項1140項，行政許可155項。");
    expect(reading).toMatchObject({text: "全区共梳理权力事项1140项，行政许可155项。", traditional: true, origin: null});
  });
});
