// The peer in bench/run: chrono-node's chrono.parse over an archive corpus, the way
// annalist reads it: every .txt file under the given folders (sorted, hidden ones
// skipped), each document parsed whole against its own "Published:" date. Reading
// the files is not timed, only the parsing. Prints one JSON object on stdout.
// Usage: node bench/chrono_archive.mjs --modules NODE_MODULES_DIR CORPUS...
//   NODE_MODULES_DIR holds chrono-node (bench/run installs it into its scratch folder).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

function parseArgs(argv) {
  const args = { modules: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--modules") args.modules = argv[++i];
    else args.inputs.push(argv[i]);
  }
  if (!args.modules || args.inputs.length === 0) {
    console.error("usage: node chrono_archive.mjs --modules NODE_MODULES_DIR CORPUS...");
    process.exit(2);
  }
  return args;
}

// Files in the order annalist walks a folder: sorted names, hidden ones skipped.
function walk(input, out) {
  let entries;
  try {
    entries = readdirSync(input, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOTDIR") return out.push(input);
    throw error;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

// The header block annalist's text reader takes as metadata: "Key: value" lines at
// the very top, then blank lines. Returns the text and its publication date.
const HEADER = /^(published|date|title|url)[ \t]*:[ \t]*(.*?)[ \t\r]*$/i;
function readDocument(content) {
  let rest = content;
  let published = null;
  let header = false;
  for (;;) {
    const end = rest.indexOf("\n");
    const line = end < 0 ? rest : rest.slice(0, end);
    const match = HEADER.exec(line);
    if (!match) break;
    header = true;
    const key = match[1].toLowerCase();
    if (key === "published" || key === "date") published = match[2];
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  if (header) rest = rest.replace(/^[\r\n]+/, "");
  return { text: rest, published };
}

// The document's own date at noon local time, so that "today" is that day.
function referenceDate(published) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? "");
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date(2024, 10, 4, 12);
}

const args = parseArgs(process.argv.slice(2));
const require = createRequire(path.join(path.resolve(args.modules), "index.js"));
const chrono = require("chrono-node");
const version = JSON.parse(readFileSync(path.join(args.modules, "chrono-node", "package.json"), "utf8")).version;

const files = [];
for (const input of args.inputs) walk(input, files);
let bytes = 0;
let undated = 0;
const documents = files.map((file) => {
  const content = readFileSync(file);
  bytes += content.length;
  const doc = readDocument(content.toString("utf8"));
  if (!doc.published) undated++;
  return { text: doc.text, reference: referenceDate(doc.published) };
});

const start = process.hrtime.bigint();
let mentions = 0;
for (const doc of documents) mentions += chrono.parse(doc.text, doc.reference).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

console.log(JSON.stringify({ peer: "chrono-node", version, node: process.version, files: files.length,
  bytes, undated, mentions, seconds }));
