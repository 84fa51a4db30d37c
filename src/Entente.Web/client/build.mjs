// Bundles the workbench front end into ../wwwroot (build output, never committed).
// Run by the MSBuild target ClientBundle in Entente.Web.csproj, or by `npm run build`.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "wwwroot");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, "static"), out, { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  sourcemap: false,
  target: ["es2022"],
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  // The world map's TopoJSON is imported as data so it ships inside the bundle (no run-time download).
  loader: { ".json": "json" },
  legalComments: "none",
  logLevel: "warning",
});
