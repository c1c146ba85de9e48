"""Helper of scripts/compare-summaries: exports the benchmark documents and runs sumy on them.

export: writes <set>.input.jsonl ({"id","text"[,"title"]}) for cnndm and bbc, the same documents, in the same
        order and with the same --limit as `bin/precis eval rouge --system` scores.
run:    summarizes <set>.input.jsonl with sumy's LexRank or TextRank (3 sentences on CNN/DM, 40% of the sentences on
        BBC rounded up, as Precis), writes <set>.<method>.jsonl ({"id","summary":[...]}) and prints documents per second.
"""
import argparse
import gzip
import json
import math
import os
import re
import sys
import time


def export(data, limit, out):
    def take(path, opener):
        with opener(path, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit and i >= limit:
                    break
                if line.strip():
                    yield json.loads(line)

    with open(os.path.join(out, "cnndm.input.jsonl"), "w", encoding="utf-8") as w:
        for d in take(os.path.join(data, "summaries/cnndm.jsonl.gz"), gzip.open):
            w.write(json.dumps({"id": d["id"], "text": d["article"]}) + "\n")
    with open(os.path.join(out, "bbc.input.jsonl"), "w", encoding="utf-8") as w:
        for d in take(os.path.join(data, "summaries/bbc.jsonl"), open):
            blocks = [b.strip() for b in d["text"].strip().split("\n\n") if b.strip()]
            w.write(json.dumps({"id": d["id"], "title": blocks[0], "text": "\n\n".join(blocks[1:])}) + "\n")


class SimpleTokenizer:
    """Sentences and words for sumy without NLTK's punkt model (only PyPI is reachable, punkt is not on it).

    Sentences end at a full stop, question or exclamation mark: in PTB-tokenised CNN/DM text a stand-alone
    token (closing quotes stay with the sentence), elsewhere one followed by white space and a capital or a quote.
    Words are runs of letters and digits.
    """
    PTB_END = re.compile(r"(?<= [.!?])(?: (?:''|'|\)))* (?=\S)")
    TEXT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[A-Z\"“‘(])")
    WORD = re.compile(r"\w+", re.UNICODE)

    def to_sentences(self, paragraph):
        if " . " in paragraph and " , " in paragraph:
            parts, start = [], 0
            for m in self.PTB_END.finditer(paragraph):
                parts.append(paragraph[start:m.start()].strip())
                start = m.end()
            parts.append(paragraph[start:].strip())
        else:
            parts = self.TEXT_END.split(paragraph)
        return [p for p in (x.strip() for x in parts) if p]

    def to_words(self, sentence):
        return self.WORD.findall(sentence)


def ratio_count(total, ratio):
    """Sentences for a ratio of a text's sentences: rounded up, as the BBC references were made (and as Precis's
    SummaryLength.ratio counts), at least one; the small epsilon keeps 15 * 0.4 = 6.000000000000001 at 6."""
    return max(1, math.ceil(total * ratio - 1e-9)) if total else 0


def document(text, tokenizer):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    paragraphs = []
    for block in text.split("\n\n"):
        block = " ".join(block.split())
        if block:
            paragraphs.append(Paragraph([Sentence(s, tokenizer) for s in tokenizer.to_sentences(block)]))
    return ObjectDocumentModel(paragraphs)


def run(method, set_name, out):
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = (LexRankSummarizer if method == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = SimpleTokenizer()
    docs = [json.loads(l) for l in open(os.path.join(out, set_name + ".input.jsonl"), encoding="utf-8")]
    start = time.perf_counter()
    with open(os.path.join(out, f"{set_name}.{method}.jsonl"), "w", encoding="utf-8") as w:
        for d in docs:
            doc = document(d["text"], tokenizer)
            total = len(doc.sentences)
            count = 3 if set_name == "cnndm" else ratio_count(total, 0.4)
            try:
                summary = [str(s) for s in summarizer(doc, count)]
            except Exception as e:  # a degenerate document must not stop the comparison
                print(f"{method} {d['id']}: {e}", file=sys.stderr)
                summary = []
            w.write(json.dumps({"id": d["id"], "summary": summary}) + "\n")
    elapsed = time.perf_counter() - start
    print(f"{len(docs) / elapsed:.0f}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["export", "run"])
    p.add_argument("--data")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--out", required=True)
    p.add_argument("--method", choices=["lexrank", "textrank"])
    p.add_argument("--set", choices=["cnndm", "bbc"])
    a = p.parse_args()
    if a.command == "export":
        export(a.data, a.limit, a.out)
    else:
        run(a.method, a.set, a.out)


if __name__ == "__main__":
    main()
