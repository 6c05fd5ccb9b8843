"""The only jieba user: one private Tokenizer with our user dictionary.

jieba keeps global state (a default tokenizer, logging to stderr at first use, a
cache in the temp dir). We never touch `jieba.dt`, `add_word` or `enable_parallel`:
one private Tokenizer is built lazily, its logger silenced, and cached here.
"""

from __future__ import annotations

import logging
import tempfile
from functools import cache
from importlib import resources
from typing import Any


@cache
def _tokenizer() -> Any:
    import jieba  # imported here so that importing the package stays cheap and silent

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.tmp_dir = tempfile.gettempdir()
    userdict = resources.files("extractor") / "resources" / "userdict.txt"
    with resources.as_file(userdict) as path:
        if path.exists():
            tok.load_userdict(str(path))
    return tok


@cache
def _posseg() -> Any:
    from jieba import posseg

    return posseg.POSTokenizer(_tokenizer())


def cut(text: str, hmm: bool = True) -> list[str]:
    """Words of `text` in order; joined they give `text` back."""
    return list(_tokenizer().cut(text, HMM=hmm))


def tokenize(text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
    """(word, start, end) for every word: offsets index `text`."""
    return list(_tokenizer().tokenize(text, HMM=hmm))


def tag(text: str, hmm: bool = False) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs. HMM off by default: 8x faster (PERFORMANCE.md)."""
    return [(w.word, w.flag) for w in _posseg().cut(text, HMM=hmm)]


def reset_caches() -> None:
    """Drop the loaded tokenizer (tests that swap the user dictionary)."""
    _tokenizer.cache_clear()
    _posseg.cache_clear()
