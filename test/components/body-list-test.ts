import {describe, expect, it} from "vitest";
import {bodyList} from "../../src/components/body-list.ts";
import {useDom} from "../dom/snapshot.ts";

const bodies = [
  {body: "dl", body_zh: "大连高新区"},
  {body: "sy", body_zh: "沈阳市"},
  {body: "as", body_zh: "鞍山市"},
];
const offered = (select: HTMLSelectElement) => [...select.options].map((o) => `${o.value}:${o.text}`);

describe("bodyList", () => {
  useDom();

  it("shows the chosen body at once and offers every body, in order, as soon as it is touched", () => {
    const select = bodyList(bodies, "sy");
    expect(offered(select)).toEqual(["sy:沈阳市"]);
    expect(select.value).toBe("sy");
    select.dispatchEvent(new Event("pointerdown"));
    expect(offered(select)).toEqual(["dl:大连高新区", "sy:沈阳市", "as:鞍山市"]);
    expect(select.value).toBe("sy");
    select.dispatchEvent(new Event("focus"));
    expect(select.options).toHaveLength(3);
  });

  it("offers every body once the page is idle, and shows the first when the chosen one is not listed", async () => {
    const select = bodyList(bodies, "xx");
    expect(select.value).toBe("dl");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(select.options).toHaveLength(3);
    expect(select.value).toBe("dl");
  });
});
