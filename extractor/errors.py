"""The two exceptions of the package: a bad document and a bad rule file."""

from __future__ import annotations

from typing import get_args

from .models import ErrorKind


class DocumentError(Exception):
    """A document that cannot be extracted; `kind` is one of the contract's error kinds.

    `extract()` raises it so a library caller can decide what to do; `extract_batch()`
    and the CLI turn it into an ErrorRecord and go on.
    """

    def __init__(self, kind: ErrorKind, message: str) -> None:
        if kind not in get_args(ErrorKind):
            raise ValueError(f"unknown error kind {kind!r}")
        super().__init__(f"{kind}: {message}")
        self.kind: ErrorKind = kind
        self.message = message


class ResourceError(Exception):
    """A rule resource file that does not load or validate: names the file, key and reason."""
