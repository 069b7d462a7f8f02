# SPDX-License-Identifier: Apache-2.0
"""What kiosk.spec leaves out of the bundle, and the shared libraries that nothing kept still needs.

PyInstaller's Qt hooks copy every plugin of each Qt module imported, and with the plugins the
libraries they link (the virtual keyboard plugin brings Qt Quick and QML, the GTK theme GTK, pango
and cairo). Here plugins are dropped by name, and then every shared library that no kept Python
extension, kept plugin or other kept library names in its DT_NEEDED entries, so a library goes
exactly when the last thing using it went. Data files (Qt's and Babel's translations) are kept
for the kiosk's languages only.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from collections.abc import Iterable

Entry = tuple[str, str, str]          # PyInstaller's TOC entry: (name in the bundle, source, typecode)

# Qt plugins the kiosk never loads, with the reason. Kept: platforms offscreen, xcb and wayland (and the
# Wayland shell, decoration and graphics integrations, xcb's GL integrations), print support (CUPS),
# text to speech, the SVG icon engine, the image formats a town's logo may come in (SVG, PNG is built
# in, JPEG, GIF, ICO) and the compose input context (dead keys on a physical keyboard).
UNUSED_PLUGINS = re.compile("|".join((
    r"platforms/libq(eglfs|linuxfb|minimal|minimalegl|vnc|vkkhrdisplay)\.so",   # other display back ends
    r"egldeviceintegrations/",            # eglfs only
    r"generic/",                          # evdev and TUIO input: eglfs and linuxfb only
    # Qt Virtual Keyboard (GPL), which brings Qt Quick and QML: the kiosk draws its own keyboard
    r"platforminputcontexts/lib(qtvirtualkeyboardplugin|ibusplatforminputcontextplugin)\.so",
    r"platformthemes/",                   # the GTK and portal themes: the kiosk styles itself (kiosk.qss)
    r"multimedia/",                       # FFmpeg (libavcodec ...): the kiosk plays no sound or video
    r"networkinformation/", r"tls/",      # the kiosk's network is SQLAlchemy's and smtplib's, not Qt's
    r"imageformats/libq(pdf|tiff|webp|icns|tga|wbmp)\.so",
)))
PLUGIN_DIR = "PySide6/Qt/plugins/"
# Python's East Asian codecs (1.2 MB): a town's exports and the kiosk's files are UTF-8 or a Western code page.
UNUSED_EXTENSIONS = re.compile(r"lib-dynload/_codecs_(jp|hk|cn|kr|tw|iso2022)\.")
# python-stdnum's registries (IBAN, IMSI, OUI ...: 2.3 MB): the kiosk uses its ISO 7064 check characters only.
UNUSED_DATA = re.compile(r"^stdnum/.*\.dat$")


def trim(binaries: Iterable[Entry], datas: Iterable[Entry],
         languages: Iterable[str]) -> tuple[list[Entry], list[Entry], dict[str, str]]:
    """The binaries and data files to collect, and the system's libraries left to their Debian packages."""
    binaries, datas = list(binaries), list(datas)
    kept = [e for e in binaries if not (e[0].startswith(PLUGIN_DIR) and UNUSED_PLUGINS.search(e[0]))
            and not UNUSED_EXTENSIONS.search(e[0])]
    kept = _still_needed(kept)
    kept, system = leave_to_the_system(kept)
    dropped = {e[0] for e in binaries} - {e[0] for e in kept}
    wanted = tuple(languages)
    datas = [e for e in datas if _data_wanted(e, dropped, wanted)]
    return kept, datas, system


def leave_to_the_system(binaries: Iterable[Entry]) -> tuple[list[Entry], dict[str, str]]:
    """The binaries to collect, less the build machine's own Debian libraries (gnutls, OpenSSL, glib,
    X11, ...), and {library: Debian package} for those left out: the package Depends on them, so
    apt brings them and their security updates. Python (libpython and its extensions) and the
    wheels' own libraries stay in the bundle. Off a Debian system (no dpkg-query) nothing is left out."""
    binaries = list(binaries)
    system = {e[0]: os.path.realpath(e[1]) for e in binaries
              if e[2] == "BINARY" and not os.path.basename(e[0]).startswith("libpython")
              and os.path.realpath(e[1]).startswith(("/lib/", "/usr/lib/"))}
    if not system or shutil.which("dpkg-query") is None:
        return binaries, {}
    # merged /usr: a file is registered under /lib or /usr/lib, whichever its package names
    paths = {path: name for name, real in system.items()
             for path in (real, "/usr" + real if real.startswith("/lib/") else real.removeprefix("/usr"))}
    found = subprocess.run(["dpkg-query", "-S", *paths], capture_output=True, text=True).stdout
    packages: dict[str, str] = {}
    for line in found.splitlines():
        package, _, path = line.partition(": ")
        if path in paths and "," not in package:
            packages[paths[path]] = package.split(":")[0]
    return [e for e in binaries if e[0] not in packages], packages


def _still_needed(binaries: list[Entry]) -> list[Entry]:
    """Python extensions, Qt plugins and libpython are roots; a library stays if a kept one needs it."""
    by_name: dict[str, Entry] = {}
    for entry in binaries:
        by_name.setdefault(os.path.basename(entry[0]), entry)
    roots = [e for e in binaries if e[2] == "EXTENSION" or e[0].startswith(PLUGIN_DIR)
             or os.path.basename(e[0]).startswith("libpython")]
    keep: dict[str, Entry] = {}
    todo = list(roots)
    while todo:
        entry = todo.pop()
        if entry[0] in keep:
            continue
        keep[entry[0]] = entry
        todo += [by_name[name] for name in needed(entry[1]) if name in by_name]
    return [e for e in binaries if e[0] in keep]


def _data_wanted(entry: Entry, dropped: set[str], languages: tuple[str, ...]) -> bool:
    name, source, kind = entry
    if kind == "SYMLINK":             # a link to a library (its target is relative): only if the library stays
        return os.path.normpath(os.path.join(os.path.dirname(name), source)) not in dropped
    if UNUSED_DATA.search(name):
        return False
    if name.startswith("PySide6/Qt/translations/"):
        return any(name.endswith(f"_{lang}.qm") for lang in languages)
    if name.startswith("babel/locale-data/"):
        stem = os.path.basename(name).removesuffix(".dat")
        return stem == "root" or any(stem == lang or stem.startswith(f"{lang}_") for lang in languages)
    return True


def needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF shared object (empty for anything else): what the loader loads with it."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] != 2:       # 64-bit ELF only (the kiosk's machines)
        return []
    end = "<" if data[5] == 1 else ">"
    phoff, = struct.unpack_from(end + "Q", data, 0x20)
    phentsize, phnum = struct.unpack_from(end + "HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(end + "IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    strtab, offsets = None, []
    for i in range(dynamic[1] // 16):
        tag, value = struct.unpack_from(end + "qQ", data, dynamic[0] + i * 16)
        if tag == 0:
            break
        if tag == 1:
            offsets.append(value)
        elif tag == 5:
            strtab = value
    if strtab is None:
        return []
    # DT_STRTAB is an address: the file offset is found through the PT_LOAD segment that holds it.
    base = next((offset + strtab - vaddr for vaddr, offset, size in loads if vaddr <= strtab < vaddr + size), None)
    if base is None:
        return []
    return [data[base + o:data.index(b"\0", base + o)].decode() for o in offsets]
