"""Checks that every gold quote's text equals the article text at its offsets.

Run from the repository root: python3 eval/quotes-gold/verify.py [GOLD]
(GOLD defaults to this set; the tuning sets pass their own file, e.g. eval/quotes-tuning/quotes.jsonl).
"""
import json
import sys

ARTICLES = "examples/wikinews/wikinews.jsonl"
GOLD = sys.argv[1] if len(sys.argv) > 1 else "eval/quotes-gold/quotes.jsonl"
KINDS = {"direct", "partial", "indirect", "scare"}
SPEAKER_KINDS = {"person", "organisation", "government", "igo", "group", "anonymous", "document", "none"}


def corpus(corpora, path):
    """The texts of a corpus file by id; a gold line's `texts` field names its file (default: Wikinews)."""
    if path not in corpora:
        with open(path, encoding="utf-8") as lines:
            corpora[path] = {doc["id"]: doc["text"] for doc in map(json.loads, lines)}
    return corpora[path]


def main():
    corpora = {}
    problems = 0
    quotes = 0
    with open(GOLD, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = corpus(corpora, record.get("texts", ARTICLES))[record["doc_id"]]
            for quote in record["quotes"]:
                quotes += 1
                start, end = quote["start"], quote["end"]
                wrong = []
                if text[start:end] != quote["text"]:
                    wrong.append("text differs from article[start:end]")
                if quote["kind"] not in KINDS:
                    wrong.append("unknown kind")
                if quote["speaker"]["kind"] not in SPEAKER_KINDS:
                    wrong.append("unknown speaker kind")
                for part_start, part_end in quote.get("parts", []):
                    if part_start < start or part_end > end:
                        wrong.append("part outside the span")
                for message in wrong:
                    problems += 1
                    print(f"{record['doc_id']} {start}-{end}: {message}")
    print(f"{quotes} quotes, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
