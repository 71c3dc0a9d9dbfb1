#!/usr/bin/env bash
# Checks the man page: groff reads it without a warning, and, given the built image-share-cli, it documents
# every option and command that `image-share-cli --help` lists (so the two cannot drift apart silently).
# Usage: check-manpage.sh MANPAGE [IMAGE_SHARE_CLI]
set -euo pipefail
manpage=$1
cli=${2:-}

warnings=$(groff -man -ww -z "$manpage" 2>&1)
if [ -n "$warnings" ]; then
    printf 'groff warnings in %s:\n%s\n' "$manpage" "$warnings"
    exit 1
fi

[ -n "$cli" ] || { echo "groff: no warnings (image-share-cli not built: options not compared)"; exit 0; }

# The English help: its "Commands:" heading is what the loop below looks for.
help=$(LC_ALL=C LANGUAGE= QT_QPA_PLATFORM=offscreen "$cli" --help)
missing=0
plain=$(sed 's/\\-/-/g' "$manpage") # roff writes a hyphen as \-
# Options: "  -h, --help", "  --endpoint <URL>" -> help, endpoint ...
for option in $(printf '%s\n' "$help" | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+$' | sed 's/^--//'); do
    # A here-string, not a pipe: grep -q stops reading at the first match, and under pipefail the writer's
    # SIGPIPE would fail the check at random.
    if ! grep -qE -- "--${option}([^a-z-]|$)" <<<"$plain"; then
        echo "option --$option is in --help but not in $manpage"
        missing=1
    fi
done
# Commands: the indented words under "Commands:" ("  regions [--language LANG]").
for command in $(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z][a-z-]*' | tr -d ' '); do
    if ! grep -qx "\.B $command" "$manpage"; then
        echo "command $command is in --help but not in the COMMANDS of $manpage"
        missing=1
    fi
done
[ "$missing" -eq 0 ] && echo "groff: no warnings; every option and command of --help is documented"
exit "$missing"
