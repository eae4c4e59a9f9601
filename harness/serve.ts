import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import {extname, join, normalize} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.stream",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built site on 127.0.0.1 as nginx, Apache, IIS or
 * `python -m http.server` do with no configuration: a path answers with the
 * file of that name, a folder with its `index.html`, anything else 404 — no
 * `/x` → `x.html`. The site sits under `base` (default `/sub/path/`), as on a
 * server that publishes it beside other things, so every test also proves it
 * works under any sub-path. The returned `url` is the site's folder, without
 * its trailing slash: `url + "/"` is the home page.
 */
export async function serveStatic(dir: string, base = "/sub/path/"): Promise<{url: string; server: Server}> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!pathname.startsWith(base)) return void response.writeHead(404).end("not found");
    let file = join(dir, normalize(`/${pathname.slice(base.length)}`));
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory() && pathname.endsWith("/")) {
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return void response.writeHead(404).end("not found");
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return {url: `http://127.0.0.1:${address.port}${base.replace(/\/$/, "")}`, server};
}
