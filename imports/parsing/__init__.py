"""Pure parser for inspection feedback and rectification reports (no Django imports here)."""

from .api import parse_bytes, parse_file, parse_text
from .model import DocumentError, ParseResult

__all__ = ["DocumentError", "ParseResult", "parse_bytes", "parse_file", "parse_text"]
