"""Checks calendar files written by `hoken-techo ics` with an independent parser.

Run by crates/cli/tests/reminders.rs with the tests' Python (scripts/setup --test):

    ics_check.py FIRST.ics SECOND.ics --events N --text 山田 太郎さん --text …

FIRST and SECOND are two exports of the same household on the same day. Exits non-zero
with a message on the first check that fails.
"""

import argparse
import datetime
import sys

import icalendar


def fail(message):
    print(f"ics_check: {message}", file=sys.stderr)
    sys.exit(1)


def check_lines(name, raw):
    """RFC 5545 §3.1: CRLF line ends, at most 75 octets a line, UTF-8."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"{name} is not UTF-8: {error}")
    if not raw.endswith(b"\r\n"):
        fail(f"{name} does not end with CRLF")
    lines = raw[:-2].split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"{name} line {number} has a bare line break")
        if len(line) > 75:
            fail(f"{name} line {number} has {len(line)} octets (at most 75)")


def parse(name, raw):
    calendar = icalendar.Calendar.from_ical(raw)
    for component in calendar.walk():
        if component.errors:
            fail(f"{name}: {component.name} has errors {component.errors}")
    return calendar


def events_of(name, calendar, expected_events):
    events = calendar.walk("VEVENT")
    if len(events) != expected_events:
        fail(f"{name} has {len(events)} events, expected {expected_events}")
    for event in events:
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            fail(f"{name}: {event['UID']} is not an all-day event ({start!r})")
        if end - start != datetime.timedelta(days=1):
            fail(f"{name}: {event['UID']} does not last one day")
        alarms = event.walk("VALARM")
        if len(alarms) != 1 or str(alarms[0]["ACTION"]) != "DISPLAY":
            fail(f"{name}: {event['UID']} needs exactly one DISPLAY alarm")
        if not str(alarms[0].get("DESCRIPTION", "")):
            fail(f"{name}: {event['UID']}'s alarm has no text")
    return events


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--text", action="append", default=[])
    args = parser.parse_args()

    raws = {}
    uids = {}
    for name in (args.first, args.second):
        with open(name, "rb") as file:
            raw = file.read()
        raws[name] = raw
        check_lines(name, raw)
        calendar = parse(name, raw)
        events = events_of(name, calendar, args.events)
        uids[name] = [str(event["UID"]) for event in events]
        if len(set(uids[name])) != len(uids[name]):
            fail(f"{name} repeats a UID")
        alarms = calendar.walk("VALARM")
        if len(alarms) != args.events:
            fail(f"{name} has {len(alarms)} alarms, expected {args.events}")

    if uids[args.first] != uids[args.second]:
        fail("the two exports have different UIDs")
    if raws[args.first] != raws[args.second]:
        fail("two exports on the same day differ")

    calendar = icalendar.Calendar.from_ical(raws[args.first])
    texts = [
        str(event.get(field, ""))
        for event in calendar.walk("VEVENT")
        for field in ("SUMMARY", "DESCRIPTION")
    ]
    for expected in args.text:
        if not any(expected in text for text in texts):
            fail(f"no event says {expected!r}")

    print(f"ics_check: {args.events} events, {args.events} alarms, {len(args.text)} texts: ok")


if __name__ == "__main__":
    main()
