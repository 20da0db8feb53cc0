import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";

// src/cli/commands/dashboard.ts
import { createReadStream, existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
var USAGE = "evalwarden dashboard --data <dir> [--port 0] [--app <dir with index.html>]";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  // Served as bytes, never with Content-Encoding: that is what GitHub Pages does with .gz files,
  // and the dashboard decompresses them itself.
  ".gz": "application/gzip",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8"
};
var dashboard = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { data: { type: "string" }, port: { type: "string", default: "0" }, app: { type: "string" } },
    USAGE
  );
  if (positionals.length > 0)
    throw new EvalwardenError(`dashboard takes no positional arguments (got "${positionals[0]}")`, {
      hint: USAGE
    });
  if (!values.data) {
    io.stderr(
      `--data is required: the folder that holds index.json (a gh-pages checkout's data/).
usage: ${USAGE}`
    );
    return EXIT.error;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port ?? "") || port > 65535) {
    io.stderr(`--port must be a number from 0 to 65535 (0 picks a free port), got "${values.port}"`);
    return EXIT.error;
  }
  const dataDir = resolve(io.cwd, values.data);
  if (!existsSync(join(dataDir, "index.json"))) {
    io.stderr(
      `${dataDir} has no index.json: point --data at the data/ folder evalwarden publish wrote (e.g. a gh-pages checkout's data/).`
    );
    return EXIT.error;
  }
  const appDir = values.app ? resolve(io.cwd, values.app) : findApp(io.cwd);
  if (!appDir || !existsSync(join(appDir, "index.html"))) {
    io.stderr(
      `No built dashboard at ${appDir ?? "dist/dashboard"}: run \`npx vite build --config web/vite.config.ts\` or pass --app <dir>.`
    );
    return EXIT.error;
  }
  if (io.signal.aborted) return EXIT.ok;
  const roots = { app: await realpath(appDir), data: await realpath(dataDir) };
  const server = createServer((req, res) => {
    serve(req, res, roots).catch(() => send(res, 500, "internal error"));
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  }).catch((error) => {
    throw new Error(
      `Could not listen on 127.0.0.1:${port}: ${error.code ?? error.message}. Pick another --port, or 0 for any free one.`,
      { cause: error }
    );
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;
  io.stdout(`Dashboard: ${url}`);
  io.stderr(`Serving ${roots.app} and data from ${roots.data}. Ctrl-C stops.`);
  await new Promise((done) => {
    const stop = () => {
      server.close(() => done());
      server.closeAllConnections();
    };
    if (io.signal.aborted) stop();
    else io.signal.addEventListener("abort", stop, { once: true });
  });
  return EXIT.ok;
};
function findApp(cwd) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const candidates = [
    join(here, "dashboard"),
    resolve(here, "../dashboard"),
    resolve(here, "../../../dist/dashboard"),
    resolve(cwd, "dist/dashboard")
  ];
  return candidates.find((dir) => existsSync(join(dir, "index.html")));
}
async function serve(req, res, roots) {
  if (req.method !== "GET" && req.method !== "HEAD")
    return send(res, 405, "only GET and HEAD", { allow: "GET, HEAD" });
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return send(res, 400, "bad path");
  }
  if (pathname.includes("\0")) return send(res, 400, "bad path");
  const inData = pathname === "/data" || pathname.startsWith("/data/");
  const root = inData ? roots.data : roots.app;
  const rel = inData ? pathname.slice("/data".length) : pathname;
  const file = await resolveInside(root, rel.endsWith("/") ? `${rel}index.html` : rel);
  if (!file) return send(res, 404, "not found");
  const info = await stat(file);
  if (!info.isFile()) return send(res, 404, "not found");
  res.writeHead(200, {
    "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": info.size,
    "x-content-type-options": "nosniff",
    // Data files change on every publish; a local preview should never show stale ones.
    "cache-control": "no-cache"
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(file).pipe(res);
}
async function resolveInside(root, rel) {
  const candidate = resolve(root, `.${sep}${rel.replace(/^[/\\]+/, "")}`);
  if (!isInside(root, candidate)) return void 0;
  try {
    const real = await realpath(candidate);
    return isInside(root, real) ? real : void 0;
  } catch {
    return void 0;
  }
}
function isInside(root, path) {
  const r = relative(root, path);
  return r === "" || r !== ".." && !r.startsWith(`..${sep}`) && !isAbsolute(r);
}
function send(res, status, text, headers = {}) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "x-content-type-options": "nosniff",
    ...headers
  });
  res.end(text);
}
export {
  dashboard
};
