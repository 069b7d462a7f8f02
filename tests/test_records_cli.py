# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin records ...`, as the town's IT uses it: import the real Lyme exports, refuse a wrong
mapping or a missing file with nothing written, list the shipped mappings."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from kiosk.admin import main
from kiosk.admin.records import Progress

REALDATA = Path(__file__).resolve().parents[1].parent / "shared" / "realdata"
LYME_ROLL = REALDATA / "lyme-nh" / "lyme_parcels_vgsi_24Feb2022.csv"
LYME_PERMITS = REALDATA / "lyme-nh" / "lyme_zoning_permits_2016-2021_20Apr2021.xlsx"

needs_realdata = pytest.mark.skipif(
    not LYME_ROLL.is_file(), reason=f"the real municipal exports are not at {REALDATA} (a checkout with ../shared)")


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text('data_dir = "' + str(tmp_path / "data").replace("\\", "\\\\") + '"\n', encoding="utf-8")
    return path


def counts(tmp_path: Path) -> tuple[int, int]:
    database = tmp_path / "data" / "kiosk.sqlite3"
    if not database.exists():
        return (0, 0)
    engine = sa.create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            names = set(sa.inspect(conn).get_table_names())
            return tuple(conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() if t in names else 0
                         for t in ("parcels", "records"))  # type: ignore[return-value]
    finally:
        engine.dispose()


def figure(out: str, label: str) -> int:
    line = next(line for line in out.splitlines() if line.strip().startswith(label + ":"))
    return int(line.split(":", 1)[1].split()[0].replace(",", ""))


@needs_realdata
def test_import_the_lyme_roll_then_its_permits(tmp_path, capsys):
    config = write_config(tmp_path)
    roll_rejects, permit_rejects = tmp_path / "roll.rejects.csv", tmp_path / "permits.rejects.csv"

    assert main(["--config", str(config), "records", "import", "parcels", str(LYME_ROLL),
                 "--mapping", "lyme_vgsi_parcels", "--rejects", str(roll_rejects)]) == 0
    roll = capsys.readouterr()
    assert main(["--config", str(config), "records", "import", "records", str(LYME_PERMITS),
                 "--mapping", "lyme_zoning_permits_xlsx.toml", "--rejects", str(permit_rejects)]) == 0
    permits = capsys.readouterr()

    assert [figure(roll.out, k) for k in ("Rows read", "Imported", "Rejected")] == [1058, 1057, 1]
    assert str(roll_rejects) in roll.out and "rows/s" in roll.out
    assert "line 496: map_block_lot (MBLU): required value missing" in roll.out
    assert "Linked to parcels" not in roll.out
    assert [figure(permits.out, k) for k in ("Rows read", "Imported", "Rejected")] == [313, 309, 4]
    assert figure(permits.out, "Linked to parcels") >= 300
    assert "done, 1,058 rows read" in roll.err           # stderr is no terminal here: plain lines, no '\r'
    assert "\r" not in roll.err + permits.err
    assert counts(tmp_path) == (1057, 309)

    with roll_rejects.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["line", "reason", "PID", "Owner"]
    assert rows[1][:4] == ["496", "map_block_lot (MBLU): required value missing", "83", "Can't reach the server"]
    assert len(rows) == 2
    assert not list(LYME_ROLL.parent.glob("*.rejects.csv"))       # nothing written beside the real exports


def test_the_reject_file_goes_beside_the_file_and_is_removed_when_there_are_none(tmp_path, capsys):
    config = write_config(tmp_path)
    export = tmp_path / "roll.csv"
    export.write_text("PID,MBLU\n1,201/86\n2,\n", encoding="utf-8")
    mapping = tmp_path / "mine.toml"
    mapping.write_text('[import]\nkind = "parcels"\n[fields.parcel_id]\ncolumn = "PID"\n'
                       '[fields.map_block_lot]\ncolumn = "MBLU"\ntype = "mbl"\nrequired = true\n', encoding="utf-8")

    assert main(["--config", str(config), "records", "import", "parcels", str(export), "--mapping", str(mapping)]) == 0
    rejects = tmp_path / "roll.csv.rejects.csv"
    assert f"(reasons in {rejects})" in capsys.readouterr().out
    assert rejects.read_text(encoding="utf-8").splitlines()[1].startswith("3,map_block_lot (MBLU): required value")

    export.write_text("PID,MBLU\n1,201/86\n2,201/87\n", encoding="utf-8")
    assert main(["--config", str(config), "records", "import", "parcels", str(export), "--mapping", str(mapping)]) == 0
    assert figure(capsys.readouterr().out, "Rejected") == 0
    assert not rejects.exists()
    assert counts(tmp_path) == (2, 0)


@needs_realdata
def test_a_mapping_of_the_other_kind_is_refused_with_nothing_written(tmp_path, capsys):
    config = write_config(tmp_path)

    code = main(["--config", str(config), "records", "import", "records", str(LYME_ROLL),
                 "--mapping", "lyme_vgsi_parcels", "--rejects", str(tmp_path / "r.csv")])

    captured = capsys.readouterr()
    assert code == 2
    assert "lyme_vgsi_parcels imports parcels, not records" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert counts(tmp_path) == (0, 0) and not (tmp_path / "r.csv").exists()


def test_a_file_of_another_shape_is_refused_naming_the_file_and_the_columns(tmp_path, capsys):
    config = write_config(tmp_path)
    export = tmp_path / "permits.csv"
    export.write_text("Permit,When\nB-1,2024-01-01\n", encoding="utf-8")

    assert main(["--config", str(config), "records", "import", "records", str(export),
                 "--mapping", "cary_building_permits"]) == 2

    err = capsys.readouterr().err
    assert "permits.csv has no column 'application_number'" in err and "nothing written" in err
    assert counts(tmp_path) == (0, 0) and not (tmp_path / "permits.csv.rejects.csv").exists()


def test_a_missing_file_or_mapping_is_refused(tmp_path, capsys):
    config = write_config(tmp_path)
    missing = tmp_path / "nowhere.csv"

    assert main(["--config", str(config), "records", "import", "parcels", str(missing),
                 "--mapping", "lyme_vgsi_parcels"]) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err

    missing.write_text("PID\n1\n", encoding="utf-8")
    assert main(["--config", str(config), "records", "import", "parcels", str(missing), "--mapping", "no_such_town"]) == 2
    err = capsys.readouterr().err
    assert "mapping no_such_town: no such file" in err and "lyme_vgsi_parcels" in err
    assert counts(tmp_path) == (0, 0)


def test_a_database_error_exits_4(tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    config.write_text(f'data_dir = "{tmp_path / "data"}"\ndatabase_url = "sqlite:///{blocker / "db" / "k.sqlite3"}"\n',
                      encoding="utf-8")
    export = tmp_path / "roll.csv"
    export.write_text("PID,MBLU\n1,201/86\n", encoding="utf-8")

    mapping = tmp_path / "m.toml"
    mapping.write_text('[import]\nkind = "parcels"\n[fields.parcel_id]\ncolumn = "PID"\n', encoding="utf-8")
    assert main(["--config", str(config), "records", "import", "parcels", str(export), "--mapping", str(mapping)]) == 4
    assert capsys.readouterr().err.startswith("Database error:")


def test_records_mappings_lists_the_shipped_ones(capsys):
    assert main(["records", "mappings"]) == 0

    out = capsys.readouterr().out
    for name, kind, words in (("lyme_vgsi_parcels", "parcels", "Lyme, NH property roll"),
                              ("lyme_zoning_permits_xlsx", "records", "Lyme, NH zoning permits"),
                              ("cary_building_permits", "records", "Cary, NC building permits")):
        line = next(line for line in out.splitlines() if line.strip().startswith(name))
        assert kind in line and words in line


def test_the_progress_bar_redraws_in_place_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = Progress(2000, stream, label="Importing x.csv")
    bar(1000)
    bar.finish(2000)

    text = stream.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n")
    assert "[" + "#" * 30 + "] 100%" in text and "2,000/2,000 rows" in text
