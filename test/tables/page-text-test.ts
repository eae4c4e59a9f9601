import {describe, expect, it} from "vitest";
import {pageText} from "../../src/tables/page-text.ts";

describe("pageText", () => {
  it("keeps a page's prose and title, without code, tags or interpolations", () => {
    const {title, text} = pageText(
      '---\ntitle: 学习\n---\n# 学习\n\n```js\nconst x = 1;\n```\n<div class="a">${x}</div>\n正文。',
    );
    expect(title).toBe("学习");
    expect(text).toBe("学习 正文。");
  });

  it("takes out an interpolation whole, however its braces nest", () => {
    const {text} = pageText('前文${downloads({rows, parquet: await PARQUET.reference()})}后文${x ? "}" : {a: 1}}。');
    expect(text).toBe("前文 后文 。");
  });

  it("reads the Chinese labels and the metric ids the page's code puts on screen", () => {
    const {labels, metrics} = pageText(
      '```js\nconst c = factCard(facts, "power_list.items", "权力事项");\n```\n${chart({label: `${year}年权责清单分布`})}',
    );
    expect(labels).toEqual(["权力事项", "年权责清单分布"]);
    expect(metrics).toEqual(["power_list.items"]);
  });
});
