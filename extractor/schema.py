"""The JSON schema of the output, generated from the models (serialization mode)."""

from __future__ import annotations

import json
from typing import Union

from pydantic import TypeAdapter

from .models import Article, ErrorRecord


def render_schema() -> str:
    """The schema text as committed in schemas/article.schema.json."""
    schema = TypeAdapter(Union[Article, ErrorRecord]).json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "zhnews-extractor output record (Article or ErrorRecord), schema version 1"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
