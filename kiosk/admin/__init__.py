# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin`: the town IT's command line (database, configuration, records import, statistics, benchmark,
secrets, the outbox of residents' messages, the screen tour)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.config import values_of
from kiosk.core.submissions import SubmissionStatus
from kiosk.delivery.secrets import SecretName
from kiosk.startup import EXIT_DATA, StartupError, prepare


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-admin", description="Town Hall Kiosk administration")
    parser.add_argument("--config", help="configuration file (TOML); default as for `kiosk`")
    sub = parser.add_subparsers(dest="area", required=True)
    db = sub.add_parser("db", help="the database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="apply the shipped migrations")
    db.add_parser("current", help="show the schema revision")
    config = sub.add_parser("config", help="the configuration file").add_subparsers(dest="action", required=True)
    config.add_parser("check", help="validate the configuration and the town pack, and list the settings")
    from kiosk.admin.stats import add_arguments as add_stats_arguments
    add_stats_arguments(sub)
    # The benchmark and the tour are packages of their own (kiosk.bench, kiosk.tour); these are
    # their thin entries. Both import nothing heavy at the top: no Qt until a command runs.
    from kiosk.bench import add_arguments as add_bench_arguments
    add_bench_arguments(sub.add_parser("bench", help="measure start-up, answers, memory, and the kiosk under a "
                                                     "frozen database, its first start and SIGTERM"))
    from kiosk.tour import add_arguments as add_tour_arguments
    add_tour_arguments(sub.add_parser("tour", help="picture and check every screen at every size, text size, "
                                                   "contrast and language (exit 1 on any finding)"))
    records = sub.add_parser("records", help="public records: import a town's parcels or records") \
        .add_subparsers(dest="action", required=True)
    imp = records.add_parser("import", help="import a CSV or .xlsx export of parcels or records")
    from kiosk.core.records.mapping import ImportKind
    imp.add_argument("kind", choices=[kind.value for kind in ImportKind], help="what the file holds")
    imp.add_argument("file", type=Path, help="the export (CSV or .xlsx)")
    imp.add_argument("--mapping", required=True, help="mapping file, or a shipped mapping's name (see `records mappings`)")
    imp.add_argument("--rejects", type=Path, help="reject file (default: FILE.rejects.csv beside FILE)")
    records.add_parser("mappings", help="list the shipped import mappings")
    demo = records.add_parser("demo", help="load the town's demo parcels and records into an empty database")
    demo.add_argument("--parcels", type=int, default=20_000, help="parcels to generate (default 20,000)")
    demo.add_argument("--records", type=int, default=100_000, help="records to generate (default 100,000)")
    demo.add_argument("--seed", type=int, default=1835, help="random seed: the same seed gives the same data")
    demo.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) if records are loaded")
    secrets = sub.add_parser("secrets", help="passwords in the OS keyring (the database's, the SMTP server's, the Open311 key)") \
        .add_subparsers(dest="action", required=True)
    for action, text in (("set", "store it (asks for it)"), ("status", "say whether one is set"), ("delete", "remove it")):
        secrets.add_parser(action, help=text).add_argument("name", choices=values_of(SecretName))
    outbox = sub.add_parser("outbox", help="residents' messages waiting for delivery or failed, with the reason")
    outbox_actions = outbox.add_subparsers(dest="action")
    outbox_actions.add_parser("retry", help="send a failed message again now").add_argument("reference")
    submissions = sub.add_parser("submissions", help="the staff queue of residents' messages, and their status")
    # The states are the town pack's (kiosk.core.queue_settings): checked once the pack is loaded.
    states = f"a state of the town's queue (by default {', '.join(values_of(SubmissionStatus))})"
    submissions.add_argument("--status", metavar="STATE", help=f"only these: {states}")
    submission_actions = submissions.add_subparsers(dest="action")
    submission_actions.add_parser("show", help="one message in full").add_argument("reference")
    change = submission_actions.add_parser("status", help="set a message's status (the resident sees it)")
    change.add_argument("reference")
    change.add_argument("new_status", metavar="STATE", help=states)
    change.add_argument("--note", default="", help="e.g. where it was redirected")
    from kiosk.admin.staff import add_arguments as add_staff_arguments
    add_staff_arguments(sub)                     # `staff` and `audit`
    from kiosk.admin.policies import add_arguments as add_policies_arguments
    add_policies_arguments(sub)                  # `policies`
    from kiosk.admin.accounts import add_arguments as add_account_arguments
    add_account_arguments(sub)                   # `accounts` and `retention`
    from kiosk.admin.doctor import add_arguments as add_doctor_arguments
    add_doctor_arguments(sub)                    # `doctor`
    from kiosk.admin.fleet import add_arguments as add_fleet_arguments
    add_fleet_arguments(sub)                     # `fleet`
    args = parser.parse_args(argv)

    if args.area == "secrets":
        from kiosk.admin import secrets as secret_commands
        refused = secret_commands.use_configured_keyring(args.config)   # the keyring the kiosk reads
        if refused is not None:
            return refused
        return {"set": secret_commands.secrets_set, "status": secret_commands.secrets_status,
                "delete": secret_commands.secrets_delete}[args.action](args.name)
    if args.area == "bench":
        from kiosk.bench import run_command as bench
        return bench(args)
    if args.area == "tour":
        from kiosk.tour import run_command
        return run_command(args.out, args.size, args.jobs, args.config, args.combination)
    if args.area == "records" and args.action == "mappings":
        from kiosk.admin.records import list_mappings
        return list_mappings()
    if args.area == "doctor":                    # before prepare(): a broken pack or data folder is a finding
        from kiosk.admin.doctor import run as run_doctor
        return run_doctor(args.config, args.json, args.speech_engine)
    try:
        prepared = prepare(args.config, log_to_file=False)
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    if args.area == "config":
        from kiosk.admin.commands import config_check
        return config_check(prepared)
    from kiosk.admin import commands
    from kiosk.storage.database import DatabaseError
    try:
        if args.area == "db":
            return commands.db_upgrade(prepared) if args.action == "upgrade" else commands.db_current(prepared)
        if args.area == "records" and args.action == "demo":
            from kiosk.admin.demo import load
            return load(prepared, parcels=args.parcels, records=args.records, seed=args.seed, if_empty=args.if_empty)
        if args.area == "records":
            from kiosk.admin.records import import_file
            return import_file(prepared, args.kind, args.file, args.mapping, args.rejects)
        if args.area == "submissions":
            from kiosk.admin import submissions as staff
            if args.action == "show":
                return staff.submissions_show(prepared, args.reference)
            if args.action == "status":
                return staff.submissions_status(prepared, args.reference, args.new_status, args.note)
            return staff.submissions_list(prepared, args.status)
        if args.area == "policies":
            from kiosk.admin.policies import run as run_policies
            return run_policies(prepared, args)
        if args.area in ("accounts", "retention"):
            from kiosk.admin.accounts import run as run_accounts
            return run_accounts(prepared, args)
        if args.area in ("staff", "audit"):
            from kiosk.admin.staff import run as run_staff
            return run_staff(prepared, args)
        if args.area == "outbox":
            from kiosk.admin.outbox import outbox_list, outbox_retry
            return outbox_retry(prepared, args.reference) if args.action == "retry" else outbox_list(prepared)
        if args.area == "fleet":
            from kiosk.admin.fleet import run as run_fleet
            return run_fleet(prepared, args)
        if args.area == "stats":
            from kiosk.admin.stats import run as run_stats
            return run_stats(prepared, args)
        raise AssertionError(f"no command for {args.area}")
    except DatabaseError as exc:
        print(f"Database error: {exc}", file=sys.stderr)
        return EXIT_DATA
