#!/usr/bin/env python3
"""Fills Kith's Qt Linguist files from the translation list (translations.txt).

    python3 mobile/i18n/translate.py            # fill every kith_<language>.ts in this folder
    python3 mobile/i18n/translate.py --missing  # only list what translations.txt lacks

Run it after `cmake --build <build> --target kith_lupdate` has brought new strings into the .ts
files, and once more after adding their translations to translations.txt. It never invents a
translation: a string with no entry stays unfinished and is listed, and the script fails.

translations.txt is a list of blocks separated by blank lines (lines starting with # are notes):

    ctx: InboxPage          optional: only for this context (a QML file or C++ class)
    en: Open                the English source, exactly as in qsTr()/tr()
    ur: ...                 one line per language
    pl: ...

For a plural (%n) string, `en` is the source and `en.forms` gives the English plural forms;
each language gives all its forms separated by " || " (Polish has three: one, few, many;
Urdu, Punjabi and Bengali two: one, other). A text with spaces at either end is written
between [[ and ]].
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ["en", "ur", "pa", "bn", "pl"]
PLURAL_FORMS = {"en": 2, "ur": 2, "pa": 2, "bn": 2, "pl": 3}
PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


def read_entries(path):
    entries = {}  # (context or None, source) -> {language: text}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        fields = {}
        for line in block.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            key, sep, value = line.partition(": ")
            if not sep:
                key, value = line.rstrip(":"), ""
            if value.startswith("[[") and value.endswith("]]"):
                value = value[2:-2]  # keeps leading and trailing spaces: [[ and ]]
            fields[key.strip()] = value
        if not fields:
            continue
        if "en" not in fields:
            sys.exit(f"translations.txt: block {number + 1} has no 'en:' line: {block!r}")
        key = (fields.pop("ctx", None), fields.pop("en"))
        if key in entries:
            sys.exit(f"translations.txt: {key} appears twice")
        entries[key] = fields
    return entries


def lookup(entries, context, source):
    return entries.get((context, source)) or entries.get((None, source))


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text.replace("%L", "%"))))


def fill(ts_path, language, entries, only_list):
    tree = ET.parse(ts_path)
    missing, problems = [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            entry = lookup(entries, name, source)
            key = "en.forms" if (language == "en" and numerus) else language
            if language == "en" and not numerus:
                texts = [source]  # English is its own translation; only plurals need forms
            elif entry is None or not entry.get(key):
                missing.append((name, source))
                continue
            else:
                texts = [t.strip() for t in entry[key].split("||")] if numerus else [entry[key]]
            if numerus and len(texts) != PLURAL_FORMS[language]:
                problems.append(f"{language}: {source!r} needs {PLURAL_FORMS[language]} forms")
                continue
            for t in texts:
                want = placeholders(source)
                if numerus:  # a singular form may spell the number out ("1 night")
                    want = [p for p in want if p != "%n"]
                    got = [p for p in placeholders(t) if p != "%n"]
                else:
                    got = placeholders(t)
                if got != want:
                    problems.append(f"{language}: {source!r} -> {t!r}: placeholders {got} != {want}")
            if only_list:
                continue
            translation.attrib.pop("type", None)
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for t in texts:
                    ET.SubElement(translation, "numerusform").text = t
            else:
                translation.text = texts[0]
    if not only_list:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list missing entries only")
    parser.add_argument("--dir", default=HERE, help="folder of the .ts files")
    args = parser.parse_args()
    entries = read_entries(os.path.join(HERE, "translations.txt"))
    failed = False
    for language in LANGUAGES:
        ts_path = os.path.join(args.dir, f"kith_{language}.ts")
        missing, problems = fill(ts_path, language, entries, args.missing)
        for context, source in missing:
            print(f"{language}\tmissing\t{context}\t{source}")
        for p in problems:
            print(f"{language}\tproblem\t{p}")
        failed = failed or bool(missing or problems)
        print(f"kith_{language}.ts: {len(missing)} missing, {len(problems)} problems", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
