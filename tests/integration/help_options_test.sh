#!/bin/sh
# README.md's options agree with the command line's own --help: for the top level and every subcommand
# (found in the help texts themselves, so a new one cannot be forgotten), the long options --help lists
# must be exactly those README documents, in the "## Usage" block (`mlm-lint SUBCOMMAND [--option ...]`
# lines) and in the option table of the subcommand's section (check: "## Usage", migrate: "## Migrating",
# new: "## Starting a new Item", validate: "## Validating any JSON"). --help itself is everywhere and left out.
#
#   sh tests/integration/help_options_test.sh BINARY SOURCE_DIR
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY SOURCE_DIR" >&2
  exit 2
fi
bin=$1
readme=$2/README.md
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-help.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

long_options() { grep -o -- '--[a-z][a-z0-9-]*' | grep -v -x -- '--help' | sort -u; }

# The options of one help text: the first column of its indented "-x,--name TYPE  description" lines.
help_options() {
  # shellcheck disable=SC2086  # $1 is a command path such as "schemas list"
  "$bin" $1 --help | awk '/^ +-/ { print $1 }' | long_options
}

# The subcommands a help text lists under its "Subcommands:" heading.
subcommands() {
  # shellcheck disable=SC2086
  "$bin" $1 --help | awk '
    tolower($0) ~ /^subcommands:/ { on = 1; next }
    on && /^[ \t]+[a-z]/ { print $1; next }
    on && !/^[ \t]/ { on = 0 }'
}

# The README's "## Usage" code block: one line per command, options before the two-space gap.
awk '/^## Usage/ { on = 1; next } on && /^```/ { n++; if (n == 2) exit; next } on && n == 1' "$readme" \
  | sed 's/   *.*//' >"$work/usage"
[ -s "$work/usage" ] || { echo "no usage block under '## Usage' in $readme"; exit 1; }

# The first cells of the option table rows ("| `--x ...` | ...") of one README section.
table_options() {
  awk -v section="$1" '
    /^## / { on = ($0 == "## " section); next }
    on && /^\| `-/ { split($0, cells, " \\| "); print cells[1] }' "$readme" | long_options
}

readme_options() {
  case $1 in
    "") pattern='^mlm-lint --' ;;
    check) pattern='^mlm-lint \[check\]' ;;
    *) pattern="^mlm-lint $1( |\$)" ;;
  esac
  # The lines of `mlm-lint schemas list ...` are not those of `mlm-lint schemas`.
  nested='^$'
  for s in $(subcommands "$1"); do nested="$nested|^mlm-lint $1 $s( |\$)"; done
  {
    grep -E -- "$pattern" "$work/usage" | grep -v -E -- "$nested" | long_options
    case $1 in
      check) table_options "Usage" ;;
      migrate) table_options "Migrating" ;;
      new) table_options "Starting a new Item" ;;
      validate) table_options "Validating any JSON" ;;
    esac
  } | sort -u
}

status=0
checked=0
queue=" "
for c in $(subcommands ""); do queue="$queue$c "; done
compare() {
  help_options "$1" >"$work/help"
  readme_options "$1" >"$work/readme"
  checked=$((checked + 1))
  if ! diff "$work/help" "$work/readme" >"$work/diff"; then
    echo "mlm-lint ${1:+$1 }--help and README.md disagree (< only in --help, > only in README):"
    grep '^[<>]' "$work/diff"
    status=1
  fi
}
compare ""
for c in $queue; do
  compare "$c"
  for s in $(subcommands "$c"); do compare "$c $s"; done
done
[ "$checked" -ge 9 ] || { echo "only $checked help texts found: is the Subcommands: heading parsed?"; status=1; }
[ $status -eq 0 ] && echo "ok: $checked help texts agree with README.md"
exit $status
