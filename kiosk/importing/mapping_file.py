# SPDX-License-Identifier: Apache-2.0
"""Reading a mapping file (TOML): a file that cannot be read, or is not TOML, is a MappingError naming
it, as is every problem kiosk.core.records.mapping_schema finds in what it says."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kiosk.core.records.mapping import MappingError, RecordMapping
from kiosk.core.records.mapping_schema import parse_mapping


def load_mapping(path: Path) -> RecordMapping:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(f"mapping {path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"mapping {path}: not a valid TOML file: {exc}") from None
    return parse_mapping(data, f"mapping {path}")
