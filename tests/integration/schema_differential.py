#!/usr/bin/python3
"""Differential test of mlm-lint's schema findings against python-jsonschema (Debian python3-jsonschema).

Single-mutation variants of valid documents (the examples under testdata/examples, the same Items declared as
STAC 1.1.0, and moves of band keys between Item properties and assets) are checked by the real CLI
(`mlm-lint --no-rules --output-format json`, bundled schemas) and by jsonschema's Draft7Validator with the same
bundled schemas (schemas/index.json through a local store; nothing is downloaded). Per variant:

- verdict: mlm-lint reports an MLM000 exactly when jsonschema rejects the document against one of the schemas
  mlm-lint applies (STAC core by type and stac_version, each bundled extension in stac_extensions);
- location: for every rejecting schema, some MLM000 is at the location of jsonschema's best_match or *better*,
  which is defined as strictly inside the value best_match blames (a descendant JSON pointer: the same
  problem, narrowed to the member that causes it), or at best_match's location within the branch the
  document meant when best_match blames a discriminator that another branch of the same oneOf/anyOf accepts
  (an Item told "'Collection' was expected" by the Collection branch of datacube's oneOf; see discriminated());
- wording: no MLM000 uses one of the generic phrases that need the schema to be understood (GENERIC).

A variant passes when all three hold; the test passes when at least 99 % pass (a failing verdict never
passes). Every failure is printed. Deterministic: a fixed seed and sorted inputs.

usage: schema_differential.py MLM_LINT REPO_ROOT [--seed N] [--per-document N] [--min-rate R] [--keep DIR]
"""
import argparse
import copy
import json
import os
import random
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    from jsonschema import Draft7Validator, FormatChecker, RefResolver
    from jsonschema.exceptions import best_match
except ImportError:  # the CTest wrapper turns this into a skip
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)

# Messages mlm-lint falls back to when it cannot say more (lib/schema/schema_check.cc, finish()).
GENERIC = (
    "has a form the schema forbids here",
    "no item has the required form",
    "matches more than one of the alternative forms",
    "has a type the schema does not allow here",
    "does not match the schema here",
    "the schema accepts no value at this location",
)

MLM_URI = re.compile(r"^https://(stac-extensions\.github\.io/mlm|crim-ca\.github\.io/mlm-extension)/v\d")


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


# ---------------------------------------------------------------------------------------------------------
# Schemas: the bundle mlm-lint embeds, by URL and by $id.

def load_store(repo):
    root = os.path.join(repo, "schemas")
    with open(os.path.join(root, "index.json")) as f:
        index = json.load(f)
    store = {}
    for url, rel in index.items():
        try:
            with open(os.path.join(root, rel)) as f:
                store[url.rstrip("#")] = json.load(f)
        except (OSError, ValueError):
            continue
    with open(os.path.join(root, "id_aliases.json")) as f:
        aliases = json.load(f)["aliases"]
    for alias, entry in aliases.items():
        if entry["canonical_url"] in store:
            store[alias] = store[entry["canonical_url"]]
    for url, schema in list(store.items()):
        if isinstance(schema, dict) and isinstance(schema.get("$id"), str):
            store.setdefault(schema["$id"].rstrip("#"), schema)
    return store


RFC3339_DATE = r"(\d{4})-(\d{2})-(\d{2})"
RFC3339_TIME = r"(\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))"


def valid_date(y, m, d):
    y, m, d = int(y), int(m), int(d)
    if not 1 <= m <= 12:
        return False
    days = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= d <= days[m - 1]


def valid_time(groups):
    h, mi, s = int(groups[0]), int(groups[1]), int(groups[2])
    if h > 23 or mi > 59 or s > 60:
        return False
    if groups[5] and (int(groups[5]) > 23 or int(groups[6]) > 59):
        return False
    return True


def format_checker():
    checker = FormatChecker(formats=())

    @checker.checks("date-time")
    def date_time(value):
        if not isinstance(value, str):
            return True
        m = re.fullmatch(RFC3339_DATE + "[Tt ]" + RFC3339_TIME, value)
        return bool(m) and valid_date(*m.groups()[:3]) and valid_time(m.groups()[3:])

    @checker.checks("date")
    def date(value):
        if not isinstance(value, str):
            return True
        m = re.fullmatch(RFC3339_DATE, value)
        return bool(m) and valid_date(*m.groups())

    @checker.checks("time")
    def time(value):
        if not isinstance(value, str):
            return True
        m = re.fullmatch(RFC3339_TIME, value)
        return bool(m) and valid_time(m.groups())

    return checker


class Oracle:
    def __init__(self, store):
        self.store = store
        self.checker = format_checker()
        self.validators = {}

    def validator(self, url):
        if url not in self.validators:
            schema = self.store[url]

            def refuse(uri):
                raise jsonschema.RefResolutionError("not bundled: " + uri)

            resolver = RefResolver(url, schema, store=self.store, handlers={"http": refuse, "https": refuse})
            self.validators[url] = Draft7Validator(schema, resolver=resolver, format_checker=self.checker)
        return self.validators[url]

    def schemas_for(self, doc):
        """The schemas mlm-lint applies to a document (lib/engine/linter.cc, SchemaStage::check_schemas)."""
        urls = []
        if not isinstance(doc, dict):
            return urls
        part = {"Feature": "item-spec/json-schema/item.json", "Collection": "collection-spec/json-schema/collection.json",
                "Catalog": "catalog-spec/json-schema/catalog.json"}.get(doc.get("type"))
        version = doc.get("stac_version")
        if part and isinstance(version, str):
            urls.append("https://schemas.stacspec.org/v{}/{}".format(version.lstrip("v"), part))
        extensions = doc.get("stac_extensions")
        if isinstance(extensions, list):
            for uri in extensions:
                if isinstance(uri, str) and uri not in urls:
                    urls.append(uri)
        return [u for u in urls if u in self.store]

    def errors(self, doc):
        """schema URL -> best_match pointer, for every schema that rejects the document (None: unresolvable)."""
        out = {}
        if isinstance(doc, dict) and doc.get("type") in ("Feature", "Collection", "Catalog") and \
                not isinstance(doc.get("stac_version"), str):
            # Every STAC core schema requires a string stac_version; without one none can be chosen.
            out["stac core"] = ("/stac_version", "stac_version is missing or not a string")
        for url in self.schemas_for(doc):
            try:
                errors = list(self.validator(url).iter_errors(doc))
            except jsonschema.RefResolutionError:
                return None
            if errors:
                best = best_match(errors)
                out[url] = (pointer(best.absolute_path), best.message[:160], discriminated(best))
        return out


def discriminated(best):
    """best_match's location within the branch the document's discriminator selects, when best_match blames a
    discriminator: its error is a const/enum mismatch in one branch of a oneOf/anyOf (datacube's and ml-aoi's
    `{"type": {"const": "Collection"}}` for an Item) and another branch of that combinator accepts the value
    best_match blames (its `"const": "Feature"`), so the document meant that branch and its best_match is the
    more precise answer. Pointers, possibly none."""
    parent = best.parent
    if best.validator not in ("const", "enum") or parent is None or parent.validator not in ("oneOf", "anyOf") \
            or not best.relative_schema_path:
        return []
    where = list(best.absolute_path)
    branches = {}
    for error in parent.context:
        if error.relative_schema_path:
            branches.setdefault(error.relative_schema_path[0], []).append(error)
    out = []
    for index, errors in sorted(branches.items()):
        if index == best.relative_schema_path[0] or any(list(e.absolute_path) == where for e in errors):
            continue
        out.append(pointer(best_match(errors).absolute_path))
    return out


# ---------------------------------------------------------------------------------------------------------
# Variants.

def walk(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, path + (i,))


def get(doc, path):
    for p in path:
        doc = doc[p]
    return doc


def replaced(value):
    """Values that break most constraints on `value` in one step."""
    if isinstance(value, bool):
        return ["yes", None]
    if isinstance(value, (int, float)):
        return ["12", -1, None]
    if isinstance(value, str):
        return ["x-not-a-valid-value", 7, "", None]
    if isinstance(value, list):
        return [[], {"x": 1}, value + ["x-extra"], None]
    if isinstance(value, dict):
        return [{}, [1], None]
    return ["x"]


def mutations(doc):
    """(description, mutated document) for every single mutation of doc."""
    for path, value in walk(doc):
        if not path:
            continue
        parent = get(doc, path[:-1])
        if isinstance(parent, dict):
            d = copy.deepcopy(doc)
            del get(d, path[:-1])[path[-1]]
            yield "remove " + pointer(path), d
        for new in replaced(value):
            d = copy.deepcopy(doc)
            get(d, path[:-1])[path[-1]] = new
            yield "set {} to {}".format(pointer(path), json.dumps(new)[:40]), d


BAND_KEYS = ("bands", "eo:bands", "raster:bands")


def moves(doc):
    """Band keys moved between Item properties and assets: the `"bands": false` / `"eo:bands": false` idioms."""
    if doc.get("type") != "Feature" or not isinstance(doc.get("assets"), dict) or not isinstance(doc.get("properties"), dict):
        return
    for name, asset in sorted(doc["assets"].items()):
        if not isinstance(asset, dict):
            continue
        for key in BAND_KEYS:
            if key in asset:
                d = copy.deepcopy(doc)
                d["properties"][key] = d["assets"][name].pop(key)
                yield "move /assets/{}/{} to /properties".format(name, key), d
    for key in BAND_KEYS:
        if key in doc["properties"]:
            d = copy.deepcopy(doc)
            value = d["properties"].pop(key)
            for asset in d["assets"].values():
                if isinstance(asset, dict):
                    asset[key] = copy.deepcopy(value)
            yield "move /properties/{} to every asset".format(key), d
            d = copy.deepcopy(doc)
            first = sorted(d["assets"])[0]
            d["assets"][first][key] = copy.deepcopy(d["properties"][key])
            yield "copy /properties/{} to /assets/{}".format(key, first), d


def as_stac_1_1(doc):
    if doc.get("type") != "Feature" or doc.get("stac_version") != "1.0.0":
        return None
    d = copy.deepcopy(doc)
    d["stac_version"] = "1.1.0"
    return d


def base_documents(repo, oracle):
    bases = []
    root = os.path.join(repo, "testdata", "examples")
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".json") or name == "validation_baseline.json":
                continue
            path = os.path.join(dirpath, name)
            try:
                with open(path) as f:
                    doc = json.load(f)
            except ValueError:
                continue
            rel = os.path.relpath(path, root)
            candidates = [(rel, doc)]
            stac11 = as_stac_1_1(doc)
            if stac11 is not None:
                candidates.append((rel + " as STAC 1.1.0", stac11))
            for label, d in candidates:
                if not oracle.schemas_for(d):
                    continue
                errors = oracle.errors(d)
                if errors is None:
                    # The bundle's $refs resolve with Debian's python3-jsonschema (4.10); a jsonschema whose
                    # RefResolver resolves them differently would judge (almost) nothing and pass.
                    sys.exit("jsonschema {} cannot resolve the $refs of the schemas {} uses; run this test with "
                             "/usr/bin/python3 (Debian python3-jsonschema)".format(jsonschema_version(), rel))
                if errors == {}:
                    bases.append((label, d))
    return bases


def jsonschema_version():
    try:
        from importlib.metadata import version
        return version("jsonschema")
    except Exception:
        return "?"


# ---------------------------------------------------------------------------------------------------------
# mlm-lint.

def run_mlm_lint(binary, docs, keep):
    workdir = keep or tempfile.mkdtemp(prefix="mlm-diff-")
    os.makedirs(workdir, exist_ok=True)
    paths = []
    for i, doc in enumerate(docs):
        path = os.path.join(workdir, "v{:05d}.json".format(i))
        with open(path, "w") as f:
            json.dump(doc, f, indent=1)
        paths.append(path)
    results = {}
    for start in range(0, len(paths), 500):
        chunk = paths[start:start + 500]
        proc = subprocess.run([binary, "--no-rules", "--output-format", "json", "--"] + chunk,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode not in (0, 1):
            sys.exit("mlm-lint exited {}: {}".format(proc.returncode, proc.stderr[-2000:]))
        report = json.loads(proc.stdout)
        for entry in report["files"]:
            results[os.path.abspath(entry["path"])] = [d for d in entry["diagnostics"] if d["code"] == "MLM000"]
    return [results.get(os.path.abspath(p), []) for p in paths]


def judge(expected, found):
    """None when the variant passes, else the reason."""
    if expected is None:
        return None
    if bool(expected) != bool(found):
        return "verdict: jsonschema {}, mlm-lint {}".format("rejects" if expected else "accepts",
                                                           "rejects" if found else "accepts")
    reasons = []
    for url, (where, message, *meant) in sorted(expected.items()):
        accepted = [where] + (meant[0] if meant else [])
        if not any(f["pointer"] == w or f["pointer"].startswith(w + "/") for f in found for w in accepted):
            reasons.append("location: best_match {!r} ({}) [{}]".format(where, message, url.split("/")[-3:]))
    for f in found:
        if any(g in f["message"] for g in GENERIC):
            reasons.append("generic: {} {}".format(f["pointer"], f["message"]))
    return "; ".join(reasons) or None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mlm_lint")
    parser.add_argument("repo")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--per-document", type=int, default=30)
    parser.add_argument("--min-rate", type=float, default=0.99)
    parser.add_argument("--keep", help="write the variants to this directory and keep them")
    args = parser.parse_args()

    oracle = Oracle(load_store(args.repo))
    rng = random.Random(args.seed)
    variants = []  # (label, doc)
    for label, doc in base_documents(args.repo, oracle):
        candidates = list(mutations(doc))
        picked = rng.sample(candidates, min(args.per_document, len(candidates)))
        variants += [(label + ": " + what, d) for what, d in picked + list(moves(doc))]
    expected = [oracle.errors(d) for _, d in variants]
    found = run_mlm_lint(args.mlm_lint, [d for _, d in variants], args.keep)

    failures = []
    verdicts = 0
    judged = 0
    for i, ((label, _), exp, got) in enumerate(zip(variants, expected, found)):
        if exp is None:
            continue
        judged += 1
        reason = judge(exp, got)
        if reason:
            failures.append((i, label, reason, got))
            verdicts += reason.startswith("verdict")
    for i, label, reason, got in failures:
        print("FAIL v{:05d} {}\n     {}".format(i, label, reason))
        for f in got[:4]:
            print("     mlm-lint {} {}".format(f["pointer"], f["message"][:140]))
    rate = (judged - len(failures)) / judged if judged else 0.0
    print("{} variants of {} documents judged: {} pass ({:.2%}), {} location/wording failures, {} verdict failures"
          .format(judged, len({l.split(": ")[0] for l, _ in variants}), judged - len(failures), rate,
                  len(failures) - verdicts, verdicts))
    return 0 if rate >= args.min_rate and verdicts == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
