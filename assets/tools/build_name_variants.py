#!/usr/bin/env python3
"""Regenerate assets/lists/name_variants.tsv and assets/lists/given_names_sex.tsv, offline.

    python3 assets/tools/build_name_variants.py --nicknames NAMES_CSV --nam-dict NAM_DICT

NAMES_CSV  `nicknames/names.csv` of the PyPI package `nicknames` 1.0.1 (Apache-2.0):
           hand-curated English names and their nicknames, "name,has_nickname,nickname".
NAM_DICT   `gender_guesser/data/nam_dict.txt` of the PyPI package `gender-guesser` 0.4.0
           (Joerg Michael's international first-name dictionary, GNU FDL 1.2+): the sex of
           each given name ("M", "1M", "?M", "F", "1F", "?F"; unisex names and names coded
           both ways are left out) and its "=" lines, a short form and its long form.
hypocoristics.txt (beside this script, hand-written): one group a line of one full name
           across languages with its Russian, French and German pet forms.

name_variants.tsv: "name<TAB>root,root..." for every given name that has a root other than
itself: the roots of the full names it is a short form of (a group's root is its first
word). Two given names are variants of each other when their roots meet. Names are folded
(accents dropped, lowercase). Deterministic: same sources, same output.
"""
import argparse
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "lists"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("ß", "ss").replace("ł", "l").lower().strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nicknames", required=True)
    ap.add_argument("--nam-dict", required=True)
    a = ap.parse_args()

    groups = defaultdict(set)  # name -> roots of the hand-written groups holding it
    for line in open(HERE / "hypocoristics.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        words = [fold(w) for w in line.split()]
        for w in words:
            groups[w].add(words[0])

    def roots_of(name):
        return groups.get(name) or {name}

    roots = defaultdict(set)
    for name, rs in groups.items():
        roots[name] |= rs
    pairs = []
    for line in open(a.nicknames, encoding="utf-8"):
        parts = line.strip().split(",")
        if len(parts) == 3 and parts[1] == "has_nickname":
            pairs.append((fold(parts[2]), fold(parts[0])))
    sex = defaultdict(set)
    for line in open(a.nam_dict, encoding="utf-8"):
        if line.startswith("#") or len(line) < 31 or line[29] == "+":
            continue
        code = line[:2].strip()
        name = line[3:29].strip()
        if code == "=":
            short, _, long = name.partition(" ")
            if short and long and " " not in long.strip():
                pairs.append((fold(short), fold(long)))
        elif "+" not in name and " " not in name:
            sex[fold(name)].add(code)
    for short, long in pairs:
        if short.isalpha() and long.isalpha() and short != long:
            roots[short] |= roots_of(long)
            roots[long] |= roots_of(long)
    rows = []
    for name in sorted(roots):
        rs = sorted(roots[name])
        if rs != [name] and len(name) >= 2:
            rows.append(f"{name}\t{','.join(rs)}")
    header = ("# given-name variants: name<TAB>roots (nicknames 1.0.1, Apache-2.0; nam_dict.txt of "
              "gender-guesser 0.4.0, GNU FDL 1.2+; assets/tools/hypocoristics.txt)\n")
    (OUT / "name_variants.tsv").write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    print(f"name_variants.tsv: {len(rows)} lines")

    # A pet form of a hand-written group is of its full name's sex whatever the dictionary
    # says of it alone: Russian pet forms of men's names end in -a or -ya ("Vaska", "Petya")
    # and read as women's names elsewhere. A form of two groups of different sexes
    # ("Sasha"), or one the dictionary codes both ways ("Jean"), is left as it is.
    one_sex = lambda c: c <= {"M", "1M", "?M"} or c <= {"F", "1F", "?F"}
    group_sex = defaultdict(set)  # pet form -> "M"/"F" of its groups' roots
    for line in open(HERE / "hypocoristics.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        words = [fold(w) for w in line.split()]
        codes = sex.get(words[0])
        if codes and one_sex(codes):
            for w in words[1:]:
                group_sex[w].add("M" if codes <= {"M", "1M", "?M"} else "F")
    for w, sexes in group_sex.items():
        if len(sexes) == 1 and (w not in sex or one_sex(sex[w])):
            sex[w] = set(sexes)
    out = []
    for name in sorted(sex):
        codes = sex[name]
        # Mostly-one-sex names ("?M", "?F") count for that sex; unisex ("?") and names coded
        # both ways are left out.
        male = codes <= {"M", "1M", "?M"}
        female = codes <= {"F", "1F", "?F"}
        if name.isalpha() and len(name) >= 2 and (male or female):
            out.append(f"{name}\t{'m' if male else 'f'}")
    header = "# sex of given names: name<TAB>m|f (nam_dict.txt of gender-guesser 0.4.0, GNU FDL 1.2+)\n"
    (OUT / "given_names_sex.tsv").write_text(header + "".join(r + "\n" for r in out), encoding="utf-8")
    print(f"given_names_sex.tsv: {len(out)} lines")


if __name__ == "__main__":
    main()
