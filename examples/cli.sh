#!/bin/sh
# The command line on the fixtures. Run from the repository root after `npm run build`
# (an installed package offers the same as `undersigned …`).
set -e
undersigned() { node dist/cli.js "$@"; }

# One JSON object a document, one line each.
undersigned parse fixtures/ > /tmp/undersigned-fixtures.jsonl
wc -l /tmp/undersigned-fixtures.jsonl

# The signatories of the press release as a CSV table (cells a spreadsheet would run are escaped).
undersigned parse fixtures/cli/press-release.txt --format csv --table signatories

# A document on stdin.
undersigned parse - < fixtures/cli/open-letter.md | head -c 200; echo

# As a streaming step: one { "source", "text" } object a line in, one result a line out.
printf '%s\n' '{"source":"a","text":"Dear Minister,\n\nRelease her.\n"}' | undersigned parse --input jsonl | head -c 200; echo

# A summary of the corpus.
undersigned stats fixtures/

# The JSON Schema of the output.
undersigned schema > /tmp/undersigned.schema.json
