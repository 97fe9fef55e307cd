// Loads the Commons community document that Python wrote, changes it the way a JavaScript program naturally
// would — plain JS strings and numbers, which Automerge 3 stores as Text objects and numbers — and saves it, so
// that `make interop` checks that Python reads the result. Usage: node write_demo.mjs IN OUT
// Prints what it wrote, and the fields it finds stored as Text objects, as JSON.
import * as A from "@automerge/automerge";
import { readFileSync, writeFileSync } from "fs";

const [input, output] = process.argv.slice(2);
let doc = A.load(new Uint8Array(readFileSync(input)));

const [author, rater] = Object.keys(doc.members).sort();
const edited = Object.keys(doc.assets).sort()[0];
const title = "Renamed from JavaScript";
const added = {
  id: "js-tool-library",
  kind: "industrial",
  title: "Tool library",
  author,
  category: "tools",
  area: "Town centre",
  description: "Drills, ladders and a pressure washer.\nBook a day ahead.",
  steward: "Repair café volunteers",
  support_offered: "Lending for a week",
  how_used: "Home repairs",
  location: { lat: 53.4301, lon: -2.1625 },
  created_at: "2026-11-24T09:30:00.000000Z",
  ratings: { [rater]: 4 },
};

doc = A.change(doc, (d) => {
  d.assets[added.id] = added;
  d.assets[edited].title = title;
});
writeFileSync(output, A.save(doc));

// A scalar string reads back as an ImmutableString; a Text object as a plain JS string.
const asText = (record, prefix) =>
  Object.entries(record)
    .filter(([, v]) => typeof v === "string")
    .map(([k]) => `${prefix}/${k}`);
const after = A.load(A.save(doc));
console.log(
  JSON.stringify({
    added,
    edited: { id: edited, title },
    text_fields: [
      ...asText(after.assets[added.id], `assets/${added.id}`),
      ...asText(after.assets[edited], `assets/${edited}`),
    ],
  }),
);
