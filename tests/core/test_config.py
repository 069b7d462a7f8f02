# SPDX-License-Identifier: Apache-2.0
"""The configuration file: where it is found, what a valid one gives, and what IT reads when a value is wrong.

Every refusal is a ConfigError whose message names the file, the key and what would be allowed,
because that message is all IT sees when a kiosk will not start.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.config import (
    CONFIG_ENV,
    ConfigError,
    Settings,
    default_config_path,
    describe_settings,
    find_config_file,
    load_settings,
    validate_as,
)


@pytest.fixture
def platform_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform config folder pointed at an empty folder of this test; $KIOSK_CONFIG unset."""
    home = tmp_path / "xdg-config"
    home.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    return home


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_sets_every_value(tmp_path):
    path = write(tmp_path / "kiosk.toml", """
config_version = 1
kiosk_id = "lobby-2.east_door"
town = "calabasas"
database_url = "postgresql+psycopg://kiosk@db.example/kiosk"
data_dir = "/srv/kiosk"
idle_seconds = 120
warning_seconds = 20
printer_backend = "cups"
printer_name = "Lobby_HP"
languages = ["es", "en"]
fullscreen = true
log_level = "WARNING"
""")

    settings = load_settings(path)

    assert settings == Settings(
        kiosk_id="lobby-2.east_door", town="calabasas", database_url="postgresql+psycopg://kiosk@db.example/kiosk",
        data_dir="/srv/kiosk", idle_seconds=120, warning_seconds=20, printer_backend="cups",
        printer_name="Lobby_HP", languages=("es", "en"), fullscreen=True, log_level="WARNING")
    assert settings.languages[0] == "es"                        # the first language is the default
    assert settings.resolved_database_url() == "postgresql+psycopg://kiosk@db.example/kiosk"
    assert settings.resolved_data_dir() == Path("/srv/kiosk")


def test_a_partial_file_keeps_the_defaults_for_the_rest(tmp_path):
    settings = load_settings(write(tmp_path / "kiosk.toml", 'town = "calabasas"\n'))

    assert settings == Settings(town="calabasas")


def test_no_file_at_all_means_every_default(platform_config_home):
    assert find_config_file(None) is None

    settings = load_settings(None)

    assert settings == Settings()
    assert settings.town == "westport"
    assert settings.printer_backend == "file"
    assert settings.languages == ("en", "es")
    assert settings.idle_seconds == 90 and settings.warning_seconds == 30
    assert settings.fullscreen is False
    # No database_url: an embedded SQLite database in the data folder.
    assert settings.resolved_database_url() == f"sqlite:///{settings.resolved_data_dir() / 'kiosk.sqlite3'}"


def test_the_command_line_beats_the_environment_which_beats_the_platform_folder(platform_config_home, tmp_path,
                                                                                monkeypatch):
    in_platform_folder = write(default_config_path(), 'kiosk_id = "from-platform-folder"\n')
    assert in_platform_folder.is_relative_to(platform_config_home)
    from_env = write(tmp_path / "env.toml", 'kiosk_id = "from-env"\n')
    from_cli = write(tmp_path / "cli.toml", 'kiosk_id = "from-cli"\n')

    assert find_config_file(None) == in_platform_folder
    assert load_settings(find_config_file(None)).kiosk_id == "from-platform-folder"

    monkeypatch.setenv(CONFIG_ENV, str(from_env))
    assert find_config_file(None) == from_env
    assert load_settings(find_config_file(None)).kiosk_id == "from-env"

    assert find_config_file(str(from_cli)) == from_cli
    assert load_settings(find_config_file(str(from_cli))).kiosk_id == "from-cli"


def test_a_named_file_that_does_not_exist_is_an_error_not_the_defaults(platform_config_home, tmp_path, monkeypatch):
    """A typo in --config or $KIOSK_CONFIG must not silently start the demo town."""
    missing = tmp_path / "typo" / "kiosk.toml"
    monkeypatch.setenv(CONFIG_ENV, str(missing))

    with pytest.raises(ConfigError) as caught:
        load_settings(find_config_file(None))

    assert str(missing) in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_invalid_toml_names_the_file(tmp_path):
    path = write(tmp_path / "kiosk.toml", 'town = "westport"\nidle_seconds = \n')

    with pytest.raises(ConfigError) as caught:
        load_settings(path)

    message = str(caught.value)
    assert str(path) in message
    assert "not valid TOML" in message
    assert "line 2" in message                                  # where in the file


def test_a_file_that_is_not_text_names_the_file(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"town = \"\xff\xfe\"\n")

    with pytest.raises(ConfigError) as caught:
        load_settings(path)

    assert str(path) in str(caught.value)
    assert "cannot be read" in str(caught.value)


# (TOML text, the key that must be named, words saying what is allowed)
BAD_VALUES = {
    "unknown key": ('idle_timeout = 90', "idle_timeout", ["Allowed keys:", "idle_seconds", "warning_seconds"]),
    "table for an unknown key": ('[printer]\nbackend = "cups"', "printer", ["Allowed keys:", "printer_backend"]),
    "string for a number": ('idle_seconds = "90"', "idle_seconds", ["a whole number", "15 to 3600"]),
    "fraction for a number": ('idle_seconds = 90.5', "idle_seconds", ["a whole number"]),
    "bool for a number": ('warning_seconds = true', "warning_seconds", ["a whole number"]),
    "number for a string": ('printer_name = 7', "printer_name", ["a string"]),
    "string for a bool": ('fullscreen = "yes"', "fullscreen", ["true or false"]),
    "number for a bool": ('fullscreen = 1', "fullscreen", ["true or false"]),
    "string for a list": ('languages = "en"', "languages", ["a list of strings"]),
    "idle too short": ('idle_seconds = 14', "idle_seconds", ["15 to 3600"]),
    "idle too long": ('idle_seconds = 3601', "idle_seconds", ["15 to 3600"]),
    "idle negative": ('idle_seconds = -90', "idle_seconds", ["15 to 3600"]),
    "warning too short to read": ('warning_seconds = 19', "warning_seconds", ["20 to 600"]),
    "warning too long": ('warning_seconds = 601', "warning_seconds", ["20 to 600"]),
    "unknown printer backend": ('printer_backend = "lpr"', "printer_backend", ["file, cups, qt"]),
    "number for a printer backend": ('printer_backend = 1', "printer_backend", ["a string", "file, cups, qt"]),
    "printer backend in capitals": ('printer_backend = "CUPS"', "printer_backend", ["file, cups, qt"]),
    "unsupported language": ('languages = ["en", "fr"]', "languages", ["en, es", "non-empty list"]),
    "no language": ('languages = []', "languages", ["en, es", "non-empty list"]),
    "a language twice": ('languages = ["en", "es", "en"]', "languages", ["without repeats"]),
    "not a language code": ('languages = [1]', "languages", ["en, es"]),
    "kiosk id with a space": ('kiosk_id = "lobby 1"', "kiosk_id", ["letters, digits", "at most 40"]),
    "kiosk id with a slash": ('kiosk_id = "../lobby"', "kiosk_id", ["letters, digits", "at most 40"]),
    "empty kiosk id": ('kiosk_id = ""', "kiosk_id", ["letters, digits"]),
    "kiosk id too long": (f'kiosk_id = "{"k" * 41}"', "kiosk_id", ["at most 40"]),
    "unknown log level": ('log_level = "VERBOSE"', "log_level", ["DEBUG, INFO, WARNING, ERROR"]),
    "future file layout": ('config_version = 2', "config_version", ["allowed: 1"]),
}


@pytest.mark.parametrize("toml, key, allowed", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_bad_value_names_the_file_the_key_and_what_is_allowed(tmp_path, toml, key, allowed):
    path = write(tmp_path / "kiosk.toml", f'town = "westport"\n{toml}\n')

    with pytest.raises(ConfigError) as caught:
        load_settings(path)

    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert f"'{key}'" in message
    for words in allowed:
        assert words in message


def test_the_largest_and_smallest_allowed_values_are_accepted(tmp_path):
    low = load_settings(write(tmp_path / "low.toml", 'idle_seconds = 15\nwarning_seconds = 20\nkiosk_id = "k"\n'
                              'languages = ["es"]\n'))
    high = load_settings(write(tmp_path / "high.toml", f'idle_seconds = 3600\nwarning_seconds = 600\n'
                               f'kiosk_id = "{"k" * 40}"\n'))

    assert (low.idle_seconds, low.warning_seconds, low.languages) == (15, 20, ("es",))
    assert (high.idle_seconds, high.warning_seconds, len(high.kiosk_id)) == (3600, 600, 40)


def test_overrides_are_checked_like_the_file(tmp_path):
    """`kiosk --fullscreen` and the tests pass overrides; a bad one is reported like a bad file value."""
    path = write(tmp_path / "kiosk.toml", "idle_seconds = 60\n")

    assert load_settings(path, {"fullscreen": True}) == Settings(idle_seconds=60, fullscreen=True)
    with pytest.raises(ConfigError, match="'idle_seconds' is 5; allowed: 15 to 3600"):
        load_settings(path, {"idle_seconds": 5})


def toml_value(value: object) -> str:
    """A default as a TOML file would spell it (tomllib has no writer; the defaults are few kinds)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, str | Path):
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def test_every_setting_written_out_with_its_default_reads_back_as_the_default(tmp_path):
    """Each setting's type is one the file reader knows: a new kind of setting fails here, not at a kiosk."""
    text = "".join(f"{key} = {toml_value(default)}\n" for key, _, default in describe_settings())

    assert load_settings(write(tmp_path / "kiosk.toml", text)) == Settings()


@dataclass(frozen=True, slots=True)
class Tuning:
    """Kinds of setting Settings may come to have (a fraction, a folder, a list of numbers), read as Settings is."""

    scale: float = field(default=1.0, metadata={"description": "A fraction.", "minimum": 0.5, "maximum": 2.0})
    ratio: float = field(default=0.25, metadata={"description": "Any number."})
    spool: Path = field(default=Path("spool"), metadata={"description": "A folder."})
    retries: tuple[int, ...] = field(default=(1, 2), metadata={"description": "Whole numbers."})
    name: str = field(default="", metadata={"description": "Text."})


def read_tuning(tmp_path: Path, toml: str) -> Tuning:
    path = write(tmp_path / "tuning.toml", toml)
    return validate_as(Tuning, tomllib.loads(path.read_text(encoding="utf-8")), str(path))


def test_a_float_setting_takes_fractions_and_whole_numbers(tmp_path):
    assert read_tuning(tmp_path, "scale = 1.5\nratio = -3\n") == Tuning(scale=1.5, ratio=-3.0)
    assert isinstance(read_tuning(tmp_path, "scale = 2\n").scale, float)


def test_a_path_setting_is_read_from_a_string(tmp_path):
    tuning = read_tuning(tmp_path, 'spool = "/var/spool/kiosk"\n')

    assert tuning.spool == Path("/var/spool/kiosk") and isinstance(tuning.spool, Path)


def test_a_list_setting_becomes_a_tuple_of_its_kind(tmp_path):
    assert read_tuning(tmp_path, "retries = [5, 10, 30]\n").retries == (5, 10, 30)


# (TOML text, the key that must be named, words saying what is allowed)
BAD_TUNING = {
    "string for a float": ('scale = "1.5"', "scale", ["must be a number (0.5 to 2.0)", "'1.5'"]),
    "bool for a float": ('ratio = true', "ratio", ["must be a number, not True"]),
    "float out of range": ('scale = 2.5', "scale", ["is 2.5; allowed: 0.5 to 2.0"]),
    "number for a path": ('spool = 7', "spool", ["must be a path in quotes, not 7"]),
    "table for a path": ('[spool]\nfolder = "x"', "spool", ["must be a path in quotes"]),
    "fraction in a list of whole numbers": ('retries = [1, 2.5]', "retries", ["must be a list of whole numbers"]),
    "float for a string": ('name = 1.5', "name", ["must be a string, not 1.5"]),
}


@pytest.mark.parametrize("toml, key, allowed", BAD_TUNING.values(), ids=BAD_TUNING.keys())
def test_a_bad_float_or_path_names_the_file_the_key_and_what_is_allowed(tmp_path, toml, key, allowed):
    with pytest.raises(ConfigError) as caught:
        read_tuning(tmp_path, toml)

    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'tuning.toml'}: ")
    assert f"'{key}'" in message
    for words in allowed:
        assert words in message
