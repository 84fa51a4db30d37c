#!/usr/bin/env python3
"""Writes name-folding.tsv: what score.py's norm() makes of each non-ASCII code point.

norm() folds a name with NFKD, drops combining marks and lower-cases it before it keeps only a-z and 0-9.
.NET cannot do this itself where globalization is invariant (string.Normalize then leaves non-ASCII text as
it is), so the C# port reads the folding from this table, made with the same unicodedata as the scorer.
Run: python3 make-name-folding.py > name-folding.tsv
"""
import unicodedata


def folded(cp):
    text = unicodedata.normalize("NFKD", chr(cp))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "'")
    out = []
    for c in text:
        if "a" <= c <= "z" or "0" <= c <= "9" or c == "'":
            out.append(c)
        elif c.isspace():
            out.append("+")
        else:
            out.append("_")
    return "".join(out)


def main():
    ranges = []
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        value = folded(cp)
        # One or more other characters are a gap between words, like any code point the table leaves out.
        if value and set(value) == {"_"}:
            continue
        value = value or "-"
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == value:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, value])
    print("# How score.py's norm() folds non-ASCII code points: Unicode %s (Python's unicodedata), made by"
          % unicodedata.unidata_version)
    print("# make-name-folding.py. Columns: first, last code point, folded form: a-z 0-9 ' as they are, + white space,")
    print("# _ any other character, - nothing (a combining mark). Code points not listed fold to one other character.")
    for first, last, value in ranges:
        print("%04X\t%04X\t%s" % (first, last, value))


if __name__ == "__main__":
    main()
