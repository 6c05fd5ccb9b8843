"""zhnews-extractor: Chinese news articles to validated, structured JSON.

    >>> from extractor import extract
    >>> article = extract("标题\\n\\n2023年GDP完成913亿元,增长7.2%。", doc_id="x")
    >>> article.paragraphs[-1]
    '2023年GDP完成913亿元,增长7.2%。'
"""

from __future__ import annotations

import logging

from .api import extract, extract_batch, extract_file
from .models import Article
from .options import Options

__version__ = "0.1.0"
__all__ = ["extract", "extract_file", "extract_batch", "Article", "Options", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
