// Loads a Commons community document with the official JavaScript Automerge and prints values that
// `make interop` compares with what the Python side wrote.
import * as A from "@automerge/automerge";
import { readFileSync } from "fs";

const doc = A.load(new Uint8Array(readFileSync(process.argv[2])));
const text = (v) => (v === null || v === undefined ? v : String(v));
const summary = {
  schema: doc.schema,
  name: text(doc.name),
  assets: Object.fromEntries(Object.entries(doc.assets).map(([id, a]) => [id, text(a.title)])),
  ledger: doc.ledger.map((e) => [text(e.id), e.amount_minor, text(e.kind)]),
  votes: doc.votes.length,
};
console.log(JSON.stringify(summary));
