"""Reads the JSON Lines that `undersigned parse` writes into pandas tables.

    undersigned parse corpus/ > corpus.jsonl
    python examples/read_jsonl.py corpus.jsonl

Each line is one document (or an error record for a file that could not be
read: it has an "error" field instead of the model).
"""
import json
import sys

import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "corpus.jsonl"

with open(path, encoding="utf-8") as f:
    records = [json.loads(line) for line in f if line.strip()]

errors = [r for r in records if "error" in r]
documents = [r for r in records if "error" not in r]
print(f"{len(documents)} documents, {len(errors)} unreadable")

# One row a document.
docs = pd.json_normalize(documents)[["source", "kind", "title", "date.value"]]
print(docs.head())

# One row a signatory, with its document's source and date.
signatories = pd.json_normalize(
    documents,
    record_path=["letters", "signatories"],
    meta=["source", ["date", "value"]],
    errors="ignore",
)
if not signatories.empty:
    signatories["country"] = signatories.get("country.code")
    print(signatories[["source", "name", "role", "organization", "country"]].head())
    print(signatories.groupby("country").size().sort_values(ascending=False))

# Cases by requesting state and mechanism.
cases = pd.json_normalize(documents, record_path=["cases"], meta=["source"], errors="ignore")
if not cases.empty:
    print(cases.groupby(["requestingState.code", "mechanism"], dropna=False).size())
