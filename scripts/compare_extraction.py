"""Runs one other extractor on the body benchmark sets and writes its outputs as jsonl.

One line per page: {"set", "id", "body" (null when the tool raised), "seconds"}, and for the tools that read
metadata also "title", "authors" (a list) and "published" (ISO-8601); the clock covers only the tool's
extraction call on already decoded HTML, as Precis's clock covers only its own. Scoring is left to
`bin/precis eval extraction --predictions`, so every tool is measured by the same code.
"""
import argparse
import gzip
import json
import re
import time
from pathlib import Path

# The body sets and their jsonl files (the same as the Java benchmarks read).
SETS = {
    "article-body": "aeb.jsonl",
    "web-segments": "trafilatura.jsonl",
    "news-metadata": "naeb.jsonl",
}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def decode(raw: bytes) -> str:
    """The page as text: UTF-8 when it decodes, else the charset it declares, else windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = META_CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("cp1252", errors="replace")


def trafilatura_extractor(with_metadata=False):
    import trafilatura

    def run(html, url):
        # Default settings, as in the trafilatura and AEB benchmark runs (comments excluded, tables kept): the
        # body alone. With metadata (title, author, date, site name...), it does the work Precis's clock covers.
        text = trafilatura.extract(html, url=url, include_comments=False, with_metadata=with_metadata)
        if not with_metadata:
            return text, None
        # The metadata comes as a front-matter header before the text ("title: ...", one field a line); the
        # body is scored alone. Reading the header rather than calling extract_metadata keeps one call a page.
        header = {}
        if text and text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end >= 0:
                for line in text[4:end].split("\n"):
                    key, _, value = line.partition(": ")
                    header[key] = value
                text = text[end + 5:]
        # trafilatura joins several authors with "; ".
        authors = [a.strip() for a in header.get("author", "").split("; ") if a.strip()]
        return text, {"title": header.get("title"), "authors": authors, "published": header.get("date")}

    return run


def newspaper4k_extractor():
    import newspaper

    def run(html, url):
        a = newspaper.article(url or "http://example.com/", input_html=html, fetch_images=False)
        published = a.publish_date.isoformat() if a.publish_date else None
        return a.text, {"title": a.title or None, "authors": list(a.authors), "published": published}

    return run


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True, choices=["trafilatura", "trafilatura-metadata", "newspaper4k"])
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--output", required=True, type=Path)
    args = ap.parse_args()
    extract = {
        "trafilatura": trafilatura_extractor,
        "trafilatura-metadata": lambda: trafilatura_extractor(with_metadata=True),
        "newspaper4k": newspaper4k_extractor,
    }[args.tool]()
    with args.output.open("w", encoding="utf-8") as out:
        for set_name, file in SETS.items():
            folder = args.data / set_name
            lines = [l for l in (folder / file).read_text(encoding="utf-8").splitlines() if l.strip()]
            if args.limit > 0:
                lines = lines[: args.limit]
            for line in lines:
                page = json.loads(line)
                html = decode(gzip.decompress((folder / page["html"]).read_bytes()))
                url = page.get("url")
                if url and not url.startswith("http"):
                    url = None
                start = time.perf_counter()
                try:
                    body, metadata = extract(html, url)
                except Exception:  # a crash is scored as a full miss, as the benchmarks do
                    body, metadata = None, None
                seconds = time.perf_counter() - start
                line = {"set": set_name, "id": page["id"], "body": body, "seconds": seconds}
                line.update(metadata or {})
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
