"""Checks the identity gold: every mention's text is one of its entity's forms, keys are unique per article,
and no two mentions overlap.

Run from the repository root: python3 eval/identity-gold/verify.py
"""
import json
import sys
from collections import Counter

ARTICLES = "examples/wikinews/wikinews.jsonl"
GOLD = "eval/identity-gold/mentions.jsonl"
KINDS = {"person", "organisation", "igo"}


def main():
    with open(ARTICLES, encoding="utf-8") as lines:
        texts = {doc["id"]: doc["text"] for doc in map(json.loads, lines)}
    problems = []
    articles_per_key = Counter()
    mentions = 0
    with open(GOLD, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = texts[record["doc_id"]]
            keys = [entity["key"] for entity in record["entities"]]
            if len(keys) != len(set(keys)):
                problems.append(f"{record['doc_id']}: a key is listed twice")
            articles_per_key.update(set(keys))
            spans = []
            for entity in record["entities"]:
                if entity["kind"] not in KINDS:
                    problems.append(f"{record['doc_id']} {entity['key']}: unknown kind")
                if not entity["mentions"]:
                    problems.append(f"{record['doc_id']} {entity['key']}: no mention")
                for start, end in entity["mentions"]:
                    mentions += 1
                    if text[start:end] not in entity["forms"]:
                        problems.append(f"{record['doc_id']} {start}-{end}: not a form of {entity['key']}")
                    spans.append((start, end))
            spans.sort()
            for (_, previous_end), (start, _) in zip(spans, spans[1:]):
                if start < previous_end:
                    problems.append(f"{record['doc_id']} {start}: overlapping mentions")
    for problem in problems:
        print(problem)
    shared = sum(1 for count in articles_per_key.values() if count > 1)
    print(f"{len(articles_per_key)} keys, {shared} in two or more articles, {mentions} mentions, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
