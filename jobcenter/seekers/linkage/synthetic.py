"""Generated people with known duplicates, for training the model, tests and benchmarks (seeded).

No real person is in here: names come from Faker's en_US frequency tables, everything else is random.
``generate(n, seed=...)`` returns the batch input columns plus ``person_id`` (the truth). About
``dup_share`` of the rows are re-registrations of an earlier person with realistic errors: typos in names,
a changed surname, transposed or swapped date-of-birth digits, a move, a new phone or email, a missing or
mistyped SSN; and (``_more_errors``) names swapped or left out, another date of birth, a mistyped ZIP code
or city, a missing house number, a split street name.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

INPUT_COLUMNS = [
    "record_id",
    "given_name",
    "surname",
    "date_of_birth",
    "ssn",
    "street_number",
    "address_1",
    "address_2",
    "city",
    "state",
    "postcode",
    "phone",
    "email",
]
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_AREA_CODES = ["314", "417", "573", "636", "660", "816", "913"]
_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]


def _weighted(table: dict) -> tuple[np.ndarray, np.ndarray]:
    names = np.array(list(table.keys()), dtype=object)
    w = np.array(list(table.values()), dtype=float)
    return names, w / w.sum()


def _valid_ssns(rng: np.random.Generator, n: int) -> np.ndarray:
    area = rng.integers(1, 900, n)
    area = np.where(area == 666, 667, area)
    group = rng.integers(1, 100, n)
    serial = rng.integers(1, 10000, n)
    return np.char.add(
        np.char.add(np.char.zfill(area.astype(str), 3), np.char.zfill(group.astype(str), 2)),
        np.char.zfill(serial.astype(str), 4),
    ).astype(object)


def _typo(rng: np.random.Generator, s: str) -> str:
    if len(s) < 2:
        return s
    i = int(rng.integers(0, len(s) - 1))
    op = rng.integers(0, 4)
    c = _LETTERS[int(rng.integers(0, 26))]
    if s[i].isupper():
        c = c.upper()
    if op == 0:  # substitute
        return s[:i] + c + s[i + 1 :]
    if op == 1:  # delete
        return s[:i] + s[i + 1 :]
    if op == 2:  # insert
        return s[:i] + c + s[i:]
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]  # transpose


def _valid_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def _dob_error(rng: np.random.Generator, s: str) -> str:
    kind = rng.integers(0, 3)
    if kind == 0:  # swap day and month
        out = f"{s[:4]}-{s[8:10]}-{s[5:7]}"
    else:  # transpose two adjacent digits, or mistype one
        digits = [i for i, ch in enumerate(s) if ch.isdigit()]
        i = digits[int(rng.integers(0, len(digits) - 1))]
        if kind == 1 and s[i + 1].isdigit():
            out = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        else:
            out = s[:i] + str(int(rng.integers(0, 10))) + s[i + 1 :]
    return out if _valid_date(out) and out != s else s


def _ssn_typo(rng: np.random.Generator, s: str) -> str:
    i = int(rng.integers(3, 9))
    out = s[:i] + str(int(rng.integers(0, 10))) + s[i + 1 :]
    return out if out[5:] != "0000" and out[3:5] != "00" else s


def _digit_error(rng: np.random.Generator, s: str) -> str:
    """One digit mistyped or two adjacent digits transposed."""
    if len(s) < 2:
        return s
    i = int(rng.integers(0, len(s) - 1))
    if rng.random() < 0.5:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + str(int(rng.integers(0, 10))) + s[i + 1 :]


def _split_word(rng: np.random.Generator, s: str) -> str:
    """A space typed inside a word (``"OAK STREET"`` -> ``"OAK STR EET"``)."""
    if len(s) < 3:
        return s
    i = int(rng.integers(1, len(s) - 1))
    return s[:i] + " " + s[i:]


def _more_errors(rng: np.random.Generator, dup: dict[str, np.ndarray], fresh: dict[str, np.ndarray]) -> None:
    """Further data-entry errors on re-registrations, drawn from their own seeded stream (ADR 0010).

    Given name and surname entered the other way round, a name or the date of birth left out or replaced by
    another person's, a ZIP code or city mistyped, the house number left out, a space typed inside the street.
    """
    k = len(dup["given_name"])
    r = rng.random((k, 8))
    for i in range(k):
        if r[i, 0] < 0.05:
            dup["given_name"][i], dup["surname"][i] = dup["surname"][i], dup["given_name"][i]
        if r[i, 1] < 0.02:
            dup["given_name"][i] = ""
        elif r[i, 1] < 0.04:
            dup["surname"][i] = ""
        if r[i, 2] < 0.03:
            dup["date_of_birth"][i] = fresh["date_of_birth"][i]
        if r[i, 3] < 0.06:
            dup["postcode"][i] = _digit_error(rng, dup["postcode"][i])
        if r[i, 4] < 0.05:
            dup["city"][i] = _typo(rng, dup["city"][i])
        elif r[i, 4] < 0.08:
            dup["city"][i] = ""
        if r[i, 5] < 0.05:
            dup["street_number"][i] = ""
        if r[i, 6] < 0.05:
            dup["address_1"][i] = _split_word(rng, dup["address_1"][i])


def generate(n: int, *, seed: int = 20261121, dup_share: float = 0.15) -> pd.DataFrame:
    """``n`` rows, about ``dup_share`` of them duplicates of earlier rows; ``person_id`` is the truth."""
    from faker.providers.address.en_US import Provider as Address
    from faker.providers.person.en_US import Provider as Person

    rng = np.random.default_rng(seed)
    n_dup = int(n * dup_share)
    m = n - n_dup
    given, gw = _weighted(Person.first_names)
    last, lw = _weighted(Person.last_names)
    suffixes = np.array(Address.street_suffixes, dtype=object)
    streets = np.array(
        [f"{a} {b}" for a, b in zip(rng.choice(last, 3000), rng.choice(suffixes, 3000), strict=True)], dtype=object
    )
    cities = np.array(
        [f"{c}{rng.choice(['ville', 'ton', ' City', ' Springs', 'burg'])}" for c in rng.choice(last, 300)]
    )
    postcodes = np.char.zfill(rng.integers(63000, 65900, 1000).astype(str), 5).astype(object)
    # neighbouring ZIP codes share a city (about 3 ZIP codes per city), as they do in Missouri
    rank = np.empty(len(postcodes), dtype=np.int64)
    rank[np.argsort(postcodes, kind="stable")] = np.arange(len(postcodes))
    city_of_zip = rank * len(cities) // len(postcodes)

    def people(k: int) -> dict[str, np.ndarray]:
        g = rng.choice(given, k, p=gw)
        s = rng.choice(last, k, p=lw)
        days = rng.integers(0, (dt.date(2008, 1, 1) - dt.date(1950, 1, 1)).days, k)
        dob = (np.datetime64("1950-01-01") + days).astype(str).astype(object)
        has_phone = rng.random(k) < 0.7
        phone = np.char.add(rng.choice(_AREA_CODES, k), np.char.zfill(rng.integers(2000000, 9999999, k).astype(str), 7))
        has_email = rng.random(k) < 0.6
        email = np.char.add(
            np.char.add(np.char.add(np.char.lower(g.astype(str)), "."), np.char.lower(s.astype(str))),
            np.char.add(rng.integers(1, 999, k).astype(str), "@"),
        )
        email = np.char.add(email, rng.choice(_DOMAINS, k))
        pc = rng.integers(0, len(postcodes), k)
        return {
            "given_name": g,
            "surname": s,
            "date_of_birth": dob,
            "ssn": np.where(rng.random(k) < 0.85, _valid_ssns(rng, k), ""),
            "street_number": rng.integers(1, 9999, k).astype(str).astype(object),
            "address_1": rng.choice(streets, k),
            "address_2": np.where(rng.random(k) < 0.1, "Apt " + rng.integers(1, 40, k).astype(str).astype(object), ""),
            "city": cities[city_of_zip[pc]],
            "state": np.full(k, "MO", dtype=object),
            "postcode": postcodes[pc],
            "phone": np.where(has_phone, phone.astype(object), ""),
            "email": np.where(has_email, email.astype(object), ""),
        }

    base = people(m)
    src = rng.integers(0, m, n_dup)
    dup = {col: vals[src].copy() for col, vals in base.items()}
    fresh = people(n_dup)  # new values for those who moved or changed contact details
    r = rng.random((n_dup, 10))
    for i in range(n_dup):
        if r[i, 0] < 0.15:
            dup["given_name"][i] = _typo(rng, dup["given_name"][i])
        if r[i, 1] < 0.10:
            dup["surname"][i] = _typo(rng, dup["surname"][i])
        elif r[i, 1] < 0.13:
            dup["surname"][i] = fresh["surname"][i]
        if r[i, 2] < 0.11:
            dup["date_of_birth"][i] = _dob_error(rng, dup["date_of_birth"][i])
        elif r[i, 2] < 0.14:
            dup["date_of_birth"][i] = ""
        if r[i, 3] < 0.30:
            for col in ("street_number", "address_1", "address_2", "city", "postcode"):
                dup[col][i] = fresh[col][i]
        elif r[i, 3] < 0.40:
            dup["address_1"][i] = _typo(rng, dup["address_1"][i])
        if r[i, 4] < 0.30:
            dup["phone"][i] = ""
        elif r[i, 4] < 0.40:
            dup["phone"][i] = fresh["phone"][i]
        if r[i, 5] < 0.40:
            dup["email"][i] = ""
        elif r[i, 5] < 0.50:
            dup["email"][i] = fresh["email"][i]
        if r[i, 6] < 0.40:
            dup["ssn"][i] = ""
        elif r[i, 6] < 0.42 and dup["ssn"][i]:
            dup["ssn"][i] = _ssn_typo(rng, dup["ssn"][i])
        if r[i, 7] < 0.2 and dup["phone"][i]:  # another way of writing the same number
            p = dup["phone"][i]
            dup["phone"][i] = f"({p[:3]}) {p[3:6]}-{p[6:]}"
        if r[i, 8] < 0.2:
            dup["given_name"][i] = dup["given_name"][i].upper()
    _more_errors(np.random.default_rng([seed, 2]), dup, fresh)
    df = pd.DataFrame({col: np.concatenate([base[col], dup[col]]) for col in base})
    df.insert(0, "record_id", [f"R{i:08d}" for i in range(n)])
    df["person_id"] = np.concatenate([np.arange(m), src])
    order = rng.permutation(n)
    return df.iloc[order].reset_index(drop=True)[[*INPUT_COLUMNS, "person_id"]]
