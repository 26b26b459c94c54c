#!/usr/bin/env python3
"""Edit the paired resource files (X.resx = Polish, X.en.resx = English) in one step.

  scripts/i18n.py add  <path/to/X.resx> <Key> <Polish text> <English text>
  scripts/i18n.py bulk <path/to/X.resx> <file.tsv>     # lines: Key<TAB>Polish<TAB>English
  scripts/i18n.py check                                # every pair has the same keys, none empty

Keys are kept sorted so that merges stay small.
"""
import sys, os, glob
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.findtext("value") or "") for d in root.findall("data")}

def save(path, entries):
    out = [HEADER]
    for k in sorted(entries, key=str.lower):
        out.append(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
    out.append("</root>\n")
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))

def en_path(pl):
    return pl[:-5] + ".en.resx"

def add(pl, items):
    a, b = load(pl), load(en_path(pl))
    for k, vpl, ven in items:
        a[k] = vpl
        b[k] = ven
    save(pl, a)
    save(en_path(pl), b)

def check(root="."):
    bad = 0
    for pl in glob.glob(os.path.join(root, "src", "**", "*.resx"), recursive=True):
        if pl.endswith(".en.resx") or "/bin/" in pl or "/obj/" in pl:
            continue
        a, b = load(pl), load(en_path(pl))
        for k in sorted(set(a) ^ set(b)):
            print(f"{pl}: key {k} missing in {'English' if k in a else 'Polish'}")
            bad += 1
        for k in a:
            if not a[k].strip() or (k in b and not b[k].strip()):
                print(f"{pl}: key {k} is empty")
                bad += 1
    return bad

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "add":
        add(sys.argv[2], [(sys.argv[3], sys.argv[4], sys.argv[5])])
    elif cmd == "bulk":
        items = []
        with open(sys.argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"bad line (need Key<TAB>Polish<TAB>English): {line}")
                items.append(tuple(parts))
        add(sys.argv[2], items)
    elif cmd == "check":
        sys.exit(1 if check() else 0)
    else:
        sys.exit(__doc__)
