#!/bin/sh
# Unfinished metadata (MLM010) through the commands a user runs: what `mlm-lint new` and `mlm-lint migrate`
# leave to fill is reported by `mlm-lint check`, one warning per placeholder at its pointer, `--fail-on warning`
# keeps it out of CI, and filling the values in removes the findings.
#
#   sh tests/integration/placeholders_test.sh BINARY SOURCE_DIR
set -u

bin=$1
src=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-placeholders.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM
cd "$work" || exit 2

fail() {
  echo "FAIL: $*"
  for f in out err; do [ -f "$work/$f" ] && { echo "--- $f:"; cat "$work/$f"; }; done
  exit 1
}
# The pointers of the MLM010 findings of FILE, one per line, in report order.
placeholders() {
  "$bin" check --isolated --output-format json-lines "$1" >"$work/out" 2>"$work/err"
  sed -n 's/.*"code":"MLM010","name":"unfinished-placeholder","severity":"warning","pointer":"\([^"]*\)".*/\1/p' \
    "$work/out"
}

# --- a fresh skeleton --------------------------------------------------------------------------------
"$bin" new --name "Sentinel-2 land cover" --framework pytorch --task semantic-segmentation --bands B04,B03,B02 \
  --classes water,land >new.json 2>err || fail "mlm-lint new failed"
placeholders new.json >found
cat >expected <<'LIST'
/properties/description
/properties/mlm:architecture
/properties/mlm:input/0/name
/properties/mlm:input/0/description
/properties/mlm:output/0/name
/properties/mlm:output/0/description
/properties/mlm:output/0/classification:classes/0/description
/properties/mlm:output/0/classification:classes/1/description
/assets/model/href
/assets/model/title
/assets/model/mlm:artifact_type
LIST
diff expected found >diff.txt || { cat diff.txt; fail "new: the placeholders reported are not the ones written"; }
grep -q '"severity":"error"' out && fail "new: a skeleton has errors"
"$bin" check --isolated --fail-on warning -q new.json >/dev/null 2>&1
[ $? -eq 1 ] || fail "new: --fail-on warning should fail on an unfinished skeleton"

# Filled in: no placeholder is left, and nothing else took its place.
sed -e 's|"TODO: URL of the model artifact"|"https://example.com/models/land-cover.pt"|' \
    -e 's|"TODO: how the artifact was saved[^"]*"|"torch.save"|' \
    -e 's|"TODO: model architecture[^"]*"|"U-Net"|' \
    -e 's|"TODO[^"]*"|"Written by the author."|' new.json >filled.json
grep -q TODO filled.json && fail "the test did not fill every placeholder"
[ -z "$(placeholders filled.json)" ] || fail "new: filled-in values are still reported"
grep -q '"severity":"\(error\|warning\)"' out && fail "new: filling the placeholders left errors or warnings"

# --- a migrated legacy document ----------------------------------------------------------------------
cp "$src/testdata/rules/legacy/ml_model_v1_sklearn.json" legacy.json
"$bin" migrate legacy.json >migrated.json 2>err
[ $? -eq 1 ] || fail "migrate: manual work remains, the exit status should be 1"
placeholders migrated.json >found
printf '%s\n' /properties/mlm:input /properties/mlm:output /assets/model/mlm:artifact_type >expected
diff expected found >diff.txt || { cat diff.txt; fail "migrate: the placeholders reported are not the ones added"; }

input='{"name": "features", "bands": [], "input": {"shape": [-1, 8], "dim_order": ["batch", "feature"], "data_type": "float64"}}'
output='{"name": "class", "tasks": ["classification"], "result": {"shape": [-1, 1], "dim_order": ["batch", "class"], "data_type": "int64"}}'
sed -e "s|\"mlm:input\": \[\]|\"mlm:input\": [$input]|" \
    -e "s|\"mlm:output\": \[\]|\"mlm:output\": [$output]|" \
    -e 's|"TODO: how the model artifact was saved[^"]*"|"joblib.dump"|' migrated.json >filled.json
[ -z "$(placeholders filled.json)" ] || fail "migrate: filled-in values are still reported"
exit 0
