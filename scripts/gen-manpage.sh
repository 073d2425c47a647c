#!/bin/sh
# Writes the man page mlm-lint.1 from the command line's own --help (the top level and every
# subcommand it lists), so that the page and the program cannot drift apart.
#
#   sh scripts/gen-manpage.sh BINARY OUTPUT
set -eu

if [ $# -ne 2 ]; then
  printf "usage: %s BINARY OUTPUT\n" "$0" >&2
  exit 2
fi
bin=$1
out=$2

version=$("$bin" --version | head -n 1 | awk '{print $2}')
# CLI11 lists subcommands under a "Subcommands:" (or "SUBCOMMANDS:") heading, one per indented line.
subcommands=$("$bin" --help | awk '
  tolower($0) ~ /^subcommands:/ { on = 1; next }
  on && /^[ \t]+[a-z]/ { print $1; next }
  on && !/^[ \t]/ { on = 0 }')
[ -n "$subcommands" ] || { echo "$0: no subcommands found in '$bin --help'" >&2; exit 1; }

# roff: a backslash is written \e, and a line may not start with '.' or "'" (it would be a request).
# printf, not echo: dash's echo would turn "\f" into a form feed.
line() { printf '%s\n' "$*"; }
escape() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

{
  line ".TH MLM-LINT 1 \"\" \"mlm-lint $version\" \"User Commands\""
  line ".SH NAME"
  line "mlm-lint \\- validate and lint STAC documents that describe machine-learning models (MLM)"
  line ".SH SYNOPSIS"
  line ".B mlm-lint"
  line "[\\fBcheck\\fR] [\\fIOPTIONS\\fR] \\fIPATH\\fR..."
  for c in $subcommands; do
    [ "$c" = check ] && continue
    line ".br"
    line ".B mlm-lint $c"
    line "[\\fIOPTIONS\\fR]"
  done
  line ".SH DESCRIPTION"
  line "Checks each document against the bundled STAC and MLM JSON schemas and then runs the semantic rules"
  line "that no schema can express. \\fBmlm-lint rules\\fR lists them; \\fBmlm-lint explain\\fR \\fICODE\\fR"
  line "prints a rule's documentation. Without a subcommand, \\fBcheck\\fR is assumed."
  line ".PP"
  line ".nf"
  "$bin" --help | escape
  line ".fi"
  line ".SH COMMANDS"
  for c in $subcommands; do
    line ".SS \"mlm-lint $c\""
    line ".nf"
    "$bin" "$c" --help | escape
    line ".fi"
  done
  cat <<'ROFF'
.SH CONFIGURATION
For each checked file, the nearest \fBmlm-lint.json\fR or \fB.mlm-lint.json\fR in its folder or a parent
folder applies (\fB--config\fR \fIFILE\fR uses one file for every input, \fB--isolated\fR ignores them).
Keys: select, ignore, rules, per-file-ignores, fail-on, jobs, include, exclude; see the README.
.SH EXIT STATUS
.TP
.B 0
no finding at or above \fB--fail-on\fR
.TP
.B 1
at least one such finding (including unreadable files and invalid JSON)
.TP
.B 2
usage, configuration or internal error
.SH SEE ALSO
The README and testdata/RULES.md of the mlm-lint sources.
ROFF
} >"$out.tmp"
mv "$out.tmp" "$out"
