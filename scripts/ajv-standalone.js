#!/usr/bin/env node
// The benchmark's ajv contestant (scripts/bench): ajv 8 "standalone" validators, the fastest way to run
// JSON Schema in Node.js, over the same bundled schemas mlm-lint embeds (schemas/index.json; offline).
//
//   node scripts/ajv-standalone.js compile OUT.js EXAMPLE.json...   one module with a validator per schema
//                                                                   the examples use (STAC core by type and
//                                                                   version, each stac_extensions entry)
//   node scripts/ajv-standalone.js run OUT.js LIST                  validates every file LIST names; prints
//                                                                   "<files> <invalid>"
//
// `run` is what is timed: one process that reads, parses and validates each file, as `mlm-lint -j1
// --no-rules` does. Formats are checked by ajv-formats (date-time, uri, ...), as stac-node-validator does.
// Needs ajv and ajv-formats on NODE_PATH (scripts/bench installs them into .deps/ajv).
"use strict";
const fs = require("fs");
const path = require("path");

const repo = path.resolve(__dirname, "..");
const schemasDir = path.join(repo, "schemas");

function coreUrl(doc) {
  const parts = { Feature: "item-spec/json-schema/item.json", Collection: "collection-spec/json-schema/collection.json",
                  Catalog: "catalog-spec/json-schema/catalog.json" };
  const part = parts[doc.type];
  return part && typeof doc.stac_version === "string" ? `https://schemas.stacspec.org/v${doc.stac_version}/${part}` : null;
}

function schemaUrls(doc) {
  const urls = [];
  const core = coreUrl(doc);
  if (core) urls.push(core);
  for (const u of Array.isArray(doc.stac_extensions) ? doc.stac_extensions : []) {
    if (typeof u === "string" && !urls.includes(u)) urls.push(u);
  }
  return urls;
}

function compile(out, examples) {
  const Ajv = require("ajv");
  const addFormats = require("ajv-formats");
  const standaloneCode = require("ajv/dist/standalone").default;
  const index = JSON.parse(fs.readFileSync(path.join(schemasDir, "index.json"), "utf8"));
  const strip = (u) => u.replace(/#.*$/, "");
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false, code: { source: true } });
  addFormats(ajv);
  for (const f of ["iri", "iri-reference"]) ajv.addFormat(f, true);  // annotations only, as in mlm-lint
  // Every schema the roots reach through "$ref", added under the URL it is published at.
  const added = new Set();
  const add = (url) => {
    url = strip(url);
    if (added.has(url)) return;
    const file = index[url];
    if (!file) return;  // not bundled: ajv reports the missing ref when compiling
    added.add(url);
    const schema = JSON.parse(fs.readFileSync(path.join(schemasDir, file), "utf8"));
    const id = typeof schema.$id === "string" ? strip(schema.$id) : url;
    if (id !== url) added.add(id);
    ajv.addSchema(schema, url);
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string" && !v.startsWith("#")) add(new URL(v, id).href);
        else walk(v);
      }
    };
    walk(schema);
  };
  const urls = [];
  for (const e of examples) {
    for (const u of schemaUrls(JSON.parse(fs.readFileSync(e, "utf8")))) if (!urls.includes(u)) urls.push(u);
  }
  urls.forEach(add);
  const exportsMap = {};
  const names = {};
  for (const [i, url] of urls.entries()) {
    if (!index[strip(url)]) continue;
    exportsMap[`v${i}`] = strip(url);
    names[url] = `v${i}`;
  }
  const code = standaloneCode(ajv, exportsMap);
  fs.writeFileSync(out, `${code}\nmodule.exports.__names = ${JSON.stringify(names)};\n`);
  console.error(`ajv-standalone: ${Object.keys(names).length} validators in ${out}`);
}

function run(moduleFile, list) {
  const validators = require(path.resolve(moduleFile));
  const names = validators.__names;
  const files = fs.readFileSync(list, "utf8").split("\n").filter(Boolean);
  let invalid = 0;
  for (const f of files) {
    let ok = true;
    try {
      const doc = JSON.parse(fs.readFileSync(f, "utf8"));
      for (const url of schemaUrls(doc)) {
        const name = names[url];
        if (name === undefined) continue;  // not compiled: not in the corpus the module was made for
        if (!validators[name](doc)) ok = false;
      }
    } catch (e) {
      ok = false;
    }
    if (!ok) invalid++;
  }
  process.stdout.write(`${files.length} ${invalid}\n`);
}

const [command, ...args] = process.argv.slice(2);
if (command === "compile" && args.length >= 2) {
  try {
    compile(args[0], args.slice(1));
  } catch (e) {
    console.error(`ajv-standalone: ${e.message}`);
    process.exit(2);
  }
} else if (command === "run" && args.length === 2) {
  run(args[0], args[1]);
} else {
  console.error("usage: ajv-standalone.js compile OUT.js EXAMPLE.json... | run OUT.js LIST");
  process.exit(2);
}
