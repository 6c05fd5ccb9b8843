"""The public functions: one document, one file, or a batch that never stops on a bad document."""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from . import pipeline
from .errors import DocumentError
from .load import doc_id_for, sha256_of
from .models import Article, ErrorInfo, ErrorRecord, ErrorKind, Source
from .options import Options

INPUT_SUFFIXES = (".txt", ".html", ".htm")
RECORD_KEYS = ("published_at", "url", "title", "outlet")


def extract(source: Union[str, bytes], *, doc_id: Optional[str] = None, options: Optional[Options] = None) -> Article:
    """Extract one document (a page dump, plain text or HTML, as str or bytes).

    Raises DocumentError for a bad document (empty, binary, no article, ...).
    """
    return trace(source, doc_id=doc_id, options=options).article


def trace(
    source: Union[str, bytes], *, doc_id: Optional[str] = None, options: Optional[Options] = None
) -> pipeline.Trace:
    """Like `extract`, with the rule behind every metric row (what `zhnews explain` prints)."""
    options = options or Options()
    if doc_id is None:
        doc_id = doc_id_for(options.path) if options.path else "doc"
    return pipeline.run(source, doc_id, options)


def extract_file(path: Union[str, Path], *, options: Optional[Options] = None) -> Article:
    """Extract one file; doc_id is the file stem. Raises DocumentError (kind `unreadable`, ...)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError("unreadable", f"cannot read {path}: {e.strerror or e}") from e
    options = (options or Options()).model_copy(update={"path": str(path)})
    return extract(data, doc_id=doc_id_for(path), options=options)


@dataclass(frozen=True)
class Document:
    """One input of a batch: its bytes or text with per-document options, or why it has none."""

    doc_id: str
    source: Union[str, bytes, None]
    options: Options
    error: Optional[ErrorInfo] = None


def iter_documents(paths: Iterable[Union[str, Path]], options: Optional[Options] = None) -> Iterator[Document]:
    """Expand paths into documents in input order: files, folders (recursive, sorted), .jsonl, `-` (stdin)."""
    options = options or Options()
    for item in paths:
        if str(item) == "-":
            yield from _records(sys.stdin, "<stdin>", options)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if (p.is_file() or p.is_symlink()) and p.suffix.lower() in INPUT_SUFFIXES + (".jsonl",))
            for p in files:
                yield from _file_documents(p, options)
        else:
            yield from _file_documents(path, options)


def _file_documents(path: Path, options: Options) -> Iterator[Document]:
    if path.suffix.lower() == ".jsonl":
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                yield from _records(f, str(path), options)
        except OSError as e:
            yield Document(doc_id_for(path), None, options, ErrorInfo(kind="unreadable", message=f"cannot read {path}: {e}"))
        return
    opts = options.model_copy(update={"path": str(path)})
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Document(doc_id_for(path), None, opts, ErrorInfo(kind="unreadable", message=f"cannot read {path}: {e.strerror or e}"))
        return
    yield Document(doc_id_for(path), data, opts)


def _records(lines: Iterable[str], where: str, options: Options) -> Iterator[Document]:
    """JSON Lines records: doc_id and text or html, plus optional crawler metadata."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fallback_id = f"{Path(where).stem}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Document(fallback_id, None, options, ErrorInfo(kind="invalid_record", message=f"{where} line {n}: not JSON ({e.msg})"))
            continue
        if not isinstance(rec, dict):
            yield Document(fallback_id, None, options, ErrorInfo(kind="invalid_record", message=f"{where} line {n}: not a JSON object"))
            continue
        doc_id = rec.get("doc_id")
        body = rec.get("html") if isinstance(rec.get("html"), str) else rec.get("text")
        if not isinstance(doc_id, (str, int)) or str(doc_id) == "" or not isinstance(body, str):
            yield Document(str(doc_id) if isinstance(doc_id, (str, int)) and str(doc_id) else fallback_id, None, options,
                           ErrorInfo(kind="invalid_record", message=f"{where} line {n}: a record needs doc_id and text or html"))
            continue
        update: dict[str, object] = {k: rec[k] for k in RECORD_KEYS if isinstance(rec.get(k), str) and rec[k]}
        update["path"] = rec.get("path") if isinstance(rec.get("path"), str) else None
        if isinstance(rec.get("html"), str):
            update["input_format"] = "html"
        elif options.input_format == "html":
            update["input_format"] = "auto"
        yield Document(str(doc_id), body, options.model_copy(update=update))


def extract_document(doc: Document) -> Union[Article, ErrorRecord]:
    """One batch item: an Article, or an ErrorRecord for anything that goes wrong with it."""
    if doc.error is not None:
        return ErrorRecord(doc_id=doc.doc_id, error=doc.error)
    assert doc.source is not None
    try:
        return trace(doc.source, doc_id=doc.doc_id, options=doc.options).article
    except DocumentError as e:
        return _error_record(doc, e.kind, e.message)
    except RecursionError as e:
        return _error_record(doc, "internal", f"recursion limit: {e}")
    except Exception as e:  # a bug must not stop the batch: say where it happened
        frame = traceback.extract_tb(e.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        return _error_record(doc, "internal", f"{type(e).__name__}: {e} (at {where})")


def _error_record(doc: Document, kind: ErrorKind, message: str) -> ErrorRecord:
    data = doc.source.encode("utf-8", errors="surrogatepass") if isinstance(doc.source, str) else doc.source or b""
    source = Source(path=doc.options.path, format="html" if doc.options.input_format == "html" else "text",
                    sha256=sha256_of(data), encoding="unknown" if kind in ("binary", "undecodable") else "utf-8")
    return ErrorRecord(doc_id=doc.doc_id, source=source, error=ErrorInfo(kind=kind, message=message or kind))


def extract_batch(
    paths: Iterable[Union[str, Path]], *, options: Optional[Options] = None, jobs: int = 1
) -> Iterator[Union[Article, ErrorRecord]]:
    """One record per input document, in input order; a bad document gives an ErrorRecord.

    With jobs > 1 the documents go to a pool of forked workers (after the dictionary
    and rules are loaded once in the parent, so workers share them copy-on-write:
    PERFORMANCE.md measured 1.86x on 2 cores); the output order is still input order.
    """
    documents = iter_documents(paths, options)
    if jobs <= 1:
        for doc in documents:
            yield extract_document(doc)
        return
    yield from _parallel(documents, jobs)


def _parallel(documents: Iterator[Document], jobs: int) -> Iterator[Union[Article, ErrorRecord]]:
    import gc
    import multiprocessing

    warm_up()
    gc.freeze()  # keep the loaded dictionary's pages shared after fork
    ctx = multiprocessing.get_context("fork")  # explicit: 3.14 defaults to forkserver
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(extract_document, documents, chunksize=4)


def warm_up() -> None:
    """Load the segmenter and rule resources now rather than inside the first document."""
    try:
        extract("2024年1月1日,某区GDP完成1亿元,增长1%。", doc_id="warm-up")
    except DocumentError:
        pass
