#!/usr/bin/env python3
"""Reads e-mails (.eml) as an independent parser would: Python's email package for the MIME structure and
python3-icalendar for the calendar attachment. Prints one JSON object per file (a list), so that the C++ test checks
the fields one by one.

Usage: check_ics.py FILE.eml...
"""
import email
import email.policy
import json
import sys

import icalendar


def read(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    out = {
        "file": path,
        "subject": str(msg["Subject"]),
        "to": str(msg["To"]),
        "from": str(msg["From"]),
        "message_id": str(msg["Message-ID"]),
        "content_type": msg.get_content_type(),
        "text": "",
        "calendar": None,
    }
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain" and not out["text"]:
            out["text"] = part.get_content()
        elif ctype == "text/calendar":
            raw = part.get_payload(decode=True)
            cal = icalendar.Calendar.from_ical(raw)
            events = [c for c in cal.walk("VEVENT")]
            zones = [str(c.get("TZID")) for c in cal.walk("VTIMEZONE")]
            ev = events[0]
            dtstart = ev.decoded("DTSTART")
            dtend = ev.decoded("DTEND")
            out["calendar"] = {
                "content_type_method": part.get_param("method"),
                "method": str(cal.get("METHOD")),
                "events": len(events),
                "uid": str(ev.get("UID")),
                "sequence": int(ev.get("SEQUENCE")),
                "dtstart_tzid": str(ev.get("DTSTART").params.get("TZID", "")),
                "dtstart_utc": dtstart.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "dtend_utc": dtend.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "dtstart_local": dtstart.strftime("%Y-%m-%dT%H:%M:%S"),
                "vtimezones": zones,
                "organizer": str(ev.get("ORGANIZER")),
                "attendee": str(ev.get("ATTENDEE")),
                "location": str(ev.get("LOCATION", "")),
                "summary": str(ev.get("SUMMARY", "")),
                "status": str(ev.get("STATUS", "")),
            }
    return out


def main():
    print(json.dumps([read(p) for p in sys.argv[1:]], ensure_ascii=False))


if __name__ == "__main__":
    main()
