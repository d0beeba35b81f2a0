#!/usr/bin/env python3
"""Fills the English plural forms in clinicdesk_en.ts from the source text.

Run after `cmake --build <dir> --target update_translations`:
    python3 translations/fill_english_plurals.py
"%n patient(s)" becomes "%n patient" / "%n patients"; "%n row(s) were" style text needs a hand edit
(the script leaves entries it cannot do alone unfinished and lists them).
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("clinicdesk_en.ts")


def forms(source: str):
    if "(s)" not in source and "(es)" not in source:
        return None
    one = source.replace("(es)", "").replace("(s)", "")
    other = source.replace("(es)", "es").replace("(s)", "s")
    return one, other


def main() -> int:
    tree = ET.parse(TS)
    todo = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished", None) or translation.get("type") is None:
            continue
        source = message.findtext("source")
        result = forms(source)
        if result is None:
            todo.append(source)
            continue
        numerus = translation.findall("numerusform")
        while len(numerus) < 2:
            numerus.append(ET.SubElement(translation, "numerusform"))
        numerus[0].text, numerus[1].text = result
        del translation.attrib["type"]
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    TS.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    for source in todo:
        print(f"needs a hand-written plural: {source}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
