import {createServer} from "node:net";

/** Whether a port can be listened on: a preview left running, or another server, may hold it. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The port a `preview` command line asks for (`--port 3001` or `--port=3001`), if any. */
export function requestedPort(args: readonly string[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const m = /^--port(?:=(\d+))?$/.exec(args[i]!);
    if (m) return Number(m[1] ?? args[i + 1]);
  }
  return undefined;
}
