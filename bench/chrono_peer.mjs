// The peer in the scanner benchmark: chrono-node's chrono.parse over the same text
// annalist_scan_bench scans (saved by its --save-text), one paragraph at a time as
// annalist scans it, on one thread. Prints MB/s in the bench's own words.
// Usage: node chrono_peer.mjs TEXT_FILE      (npm install in bench/ first)
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const file = process.argv[2];
if (!file) {
  console.error("usage: node chrono_peer.mjs TEXT_FILE");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
// Paragraphs split on blank lines before the clock starts, as annalist does.
const paragraphs = text.split(/\n[ \t\r]*\n/);
// Relative expressions need a reference; a fixed one keeps runs comparable.
const reference = new Date("1998-02-27T12:00:00Z");

const start = process.hrtime.bigint();
let found = 0;
for (const paragraph of paragraphs) found += chrono.parse(paragraph, reference).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

const version = JSON.parse(readFileSync(new URL("node_modules/chrono-node/package.json", import.meta.url))).version;
const mb = bytes / 1e6;
console.log(`peer: chrono-node ${version} (node ${process.version})`);
console.log(`text: ${mb.toFixed(1)} MB`);
console.log(`mentions: ${found}`);
console.log(`time: ${seconds.toFixed(3)} s`);
console.log(`throughput: ${(mb / seconds).toFixed(1)} MB/s`);
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
