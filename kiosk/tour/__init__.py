# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin tour --out DIR`: every screen of the real kiosk, in every combination a resident
can choose, pictured and checked.

Each screen size runs in a child process of its own (kiosk.tour.child) on Qt's offscreen
platform, given a screen of exactly that size, so the kiosk fills it as it fills a real one. The
child walks the navigator's screens (a new screen is toured without a change here) in each
combination of text size, contrast and language, and writes:

    DIR/<width>x<height>/<combination>/<screen>[-<state>].png     one picture per screen state
    DIR/audit.json                                                every finding, merged here

A finding is one of kiosk.ui.audit.KINDS (clipped text, overlapping or small targets, something
outside the window, low contrast, no visible border in high contrast, untranslated text). The
exit status is 0 with no finding, 1 with any, 2 for bad arguments, 3 if a size could not be toured.

This module imports no Qt: it only starts the children and merges what they report.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import kiosk
from kiosk.config import SUPPORTED_LANGUAGES

SIZES = ("1280x800", "1920x1080", "1080x1920")
LANGUAGES = SUPPORTED_LANGUAGES       # every language the kiosk speaks is pictured
EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
CHILD_TIMEOUT_S = 900


@dataclass(frozen=True, slots=True)
class Combination:
    """What a visitor chose with the header's toggles."""
    large_text: bool
    high_contrast: bool
    language: str

    @property
    def name(self) -> str:
        """"normal-en", "large-en", "hc-es", "large-hc-es": the folder of its pictures."""
        parts = [p for p, on in (("large", self.large_text), ("hc", self.high_contrast)) if on] or ["normal"]
        return "-".join([*parts, self.language])


COMBINATIONS = tuple(Combination(large, hc, language) for language in LANGUAGES
                     for large in (False, True) for hc in (False, True))


def parse_size(text: str) -> tuple[int, int]:
    """"1280x800" -> (1280, 800); ValueError for anything else."""
    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if match is None:
        raise ValueError(f"a screen size is WIDTHxHEIGHT, e.g. 1280x800, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def screen_config(width: int, height: int) -> dict[str, object]:
    """The offscreen platform's configuration: one screen of this size at 96 dpi, scale 1."""
    return {"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": width, "height": height,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def child_env(config_file: Path, tmp: Path) -> dict[str, str]:
    """Offscreen on that screen, this checkout's kiosk, temporary files under tmp."""
    env = dict(os.environ)
    env.pop("KIOSK_CONFIG", None)
    package_root = str(Path(kiosk.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config_file}", QT_LOGGING_RULES="qt.qpa.*=false",
               TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    return env


def tour_size(size: str, out: Path, config: str | None, work: Path,
              combinations: Sequence[Combination] = COMBINATIONS) -> dict[str, Any]:
    """One child for one screen size; returns its report (see kiosk.tour.child.main)."""
    width, height = parse_size(size)
    folder = work / size
    folder.mkdir(parents=True)
    config_file = folder / "screen.json"
    config_file.write_text(json.dumps(screen_config(width, height)), encoding="utf-8")
    report = folder / "report.json"
    argv = [sys.executable, "-m", "kiosk.tour.child", "--size", size, "--out", str(out),
            "--report", str(report)]
    if config:
        argv += ["--config", config]
    for combination in combinations:
        argv += ["--combination", combination.name]
    started = time.perf_counter()
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=child_env(config_file, folder),
                              timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"size": size, "error": f"took more than {CHILD_TIMEOUT_S} s", "findings": [], "shots": []}
    if proc.returncode != 0 or not report.is_file():
        tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-25:])
        return {"size": size, "error": f"exit code {proc.returncode}:\n{tail}", "findings": [], "shots": []}
    result = json.loads(report.read_text(encoding="utf-8"))
    result["wall_s"] = time.perf_counter() - started
    return result


def run(out: Path, sizes: Sequence[str] = SIZES, config: str | None = None, jobs: int = 0,
        combinations: Sequence[Combination] = COMBINATIONS) -> dict[str, Any]:
    """The tour: every size (``jobs`` at a time; 0: as many as there are processors) in each
    combination, merged into out/audit.json, which is also returned."""
    out.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        shutil.rmtree(out / size, ignore_errors=True)    # no picture of an earlier tour is left to mislead
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="kiosk-tour-"))
    try:
        workers = jobs or min(len(sizes), os.cpu_count() or 1)
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            reports = list(pool.map(lambda size: tour_size(size, out, config, work, combinations), sizes))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    findings = [f for r in reports for f in r["findings"]]
    audit = {
        "sizes": list(sizes),
        "combinations": [c.name for c in combinations],
        "wall_s": round(time.perf_counter() - started, 2),
        "size_wall_s": {r["size"]: round(float(r.get("wall_s", 0.0)), 2) for r in reports},
        "size_cpu_s": {r["size"]: round(float(r.get("cpu_s", 0.0)), 2) for r in reports},
        "errors": {r["size"]: r["error"] for r in reports if r.get("error")},
        "pictures": sum(len(r["shots"]) for r in reports),
        "screens": sorted({s["screen"] for r in reports for s in r["shots"]}),
        "counts": dict(collections.Counter(f["kind"] for f in findings).most_common()),
        "findings": findings,
    }
    (out / "audit.json").write_text(json.dumps(audit, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return audit


def summary(audit: dict[str, Any], examples: int = 3) -> str:
    """A few lines for the terminal: pictures, time, findings by kind with a few examples."""
    findings: list[dict[str, str]] = audit["findings"]
    lines = [f"Tour: {audit['pictures']} pictures of {len(audit['screens'])} screens "
             f"at {', '.join(audit['sizes'])} in {len(audit['combinations'])} combinations, "
             f"{audit['wall_s']:.1f} s."]
    for size, error in audit["errors"].items():
        lines.append(f"ERROR at {size}: {error}")
    if not findings and not audit["errors"]:
        lines.append("No findings.")
    for kind, n in audit["counts"].items():
        lines.append(f"{n:6d} {kind}")
        seen: set[tuple[str, str]] = set()
        for f in (f for f in findings if f["kind"] == kind):
            if (f["screen"], f["widget"]) in seen:
                continue
            seen.add((f["screen"], f["widget"]))
            state = f"-{f['state']}" if f["state"] else ""
            lines.append(f"         {f['size']} {f['combination']} {f['screen']}{state}: {f['widget']}: {f['detail']}")
            if len(seen) >= examples:
                break
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, config: str | None = None) -> int:
    """`kiosk-admin tour` (and `python -m kiosk.tour`)."""
    parser = argparse.ArgumentParser(prog="kiosk-admin tour", description=__doc__.splitlines()[0])
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_CLEAN
    return run_command(args.out, args.size, args.jobs, config, args.combination)


def combination_named(name: str) -> Combination:
    """The combination called name ("large-hc-es"); ValueError for an unknown name."""
    for combination in COMBINATIONS:
        if combination.name == name.strip():
            return combination
    raise ValueError(f"no combination {name!r}: choose from {', '.join(c.name for c in COMBINATIONS)}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="folder for the pictures and audit.json")
    parser.add_argument("--size", action="append", metavar="WxH",
                        help=f"screen size to tour (repeatable; default: {', '.join(SIZES)})")
    parser.add_argument("--combination", action="append", metavar="NAME",
                        help="only this combination, e.g. large-hc-es (repeatable; default: all "
                             f"{len(COMBINATIONS)}: {', '.join(c.name for c in COMBINATIONS)})")
    parser.add_argument("--jobs", type=int, default=0, help="sizes toured at once (default: one per processor)")


def run_command(out: Path, sizes: Sequence[str] | None, jobs: int, config: str | None,
                combinations: Sequence[str] | None = None) -> int:
    """Check the arguments, tour, print the summary; the exit status."""
    try:
        chosen = [f"{w}x{h}" for w, h in (parse_size(s) for s in (sizes or SIZES))]
        looks = [combination_named(n) for n in combinations] if combinations else list(COMBINATIONS)
    except ValueError as exc:
        print(f"kiosk-admin tour: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if jobs < 0 or (out.exists() and not out.is_dir()):
        print("kiosk-admin tour: --out must be a folder and --jobs at least 0", file=sys.stderr)
        return EXIT_USAGE
    audit = run(out, list(dict.fromkeys(chosen)), config, jobs, list(dict.fromkeys(looks)))
    print(summary(audit))
    print(f"Pictures and {out / 'audit.json'} written.")
    if audit["errors"]:
        return EXIT_FAILED
    return EXIT_FINDINGS if audit["findings"] else EXIT_CLEAN

