import {createServer} from "node:net";
import {describe, expect, it} from "vitest";
import {portIsFree, requestedPort} from "../../src/build/free-port.ts";

describe("portIsFree", () => {
  it("says a port another server listens on is taken, and free once it stops", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const {port} = server.address() as {port: number};
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await portIsFree(port)).toBe(true);
  });
});

describe("requestedPort", () => {
  it("reads --port N and --port=N, and nothing when no port is asked for", () => {
    expect(requestedPort(["--port", "3001"])).toBe(3001);
    expect(requestedPort(["--port=3002"])).toBe(3002);
    expect(requestedPort(["--open"])).toBeUndefined();
  });
});
