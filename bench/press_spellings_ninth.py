"""The ninth held-out press set (tests/data/press-spellings-9.tsv), read by make_press_spellings.py --ninth.

Written before any fix of its own, after the first eight, by other writers: readers of the German,
Spanish, Italian and Dutch press and wire services (dpa, EFE, ANSA, ANP) about Syria, Iraq and Libya
2014-2020 and their neighbours, typing names as those print them:
- German transliteration: "sch" for sh, "dsch" for j, "tsch" for ch, "ch" for kh, "j" for y, "s" for z,
  "k" for q ("Dscharabulus", "Chan Scheichun", "Kamischli", "Falludscha", "Sindschar", "Tabka");
- Spanish: "y" for j, "j" for kh ("Faluya", "Yisr al Shughur", "Jan Sheijun", "Nayaf", "Sinyar");
- Italian colonial and press names of Libya ("Tobruch", "Agedabia", "Beni Ulid", "Zauia", "Cufra");
- Dutch "oe" for u ("Mosoel", "Falloedja", "Kirkoek", "Beiroet");
- the exonyms of those languages ("Damaskus", "Damasco", "Bagdad", "Basora", "Tiro", "Sidón").

Every row is NEW TEXT: the generator drops any spelling an earlier table already has as a query
(unless it carries a region). Hints as those users type them, in turn per country (HINT_FORMS; ""
is no hint; rows="hint" never bare); a few spellings carry a region as that press names it.

Positions are mine (English Wikipedia-level knowledge, rounded to about 0.01-0.05 degree); the
generator takes cities500's place of the name within 25 km when there is one.
"""

HINT_FORMS = {
    "SY": ["", "Syrien", "Siria", "Syrië", "syrien", "Syria"],
    "IQ": ["", "Irak", "Iraq", "irak", "IRAK"],
    "LY": ["", "Libyen", "Libia", "Libië", "libyen", "Libya"],
    "LB": ["", "Libanon", "Líbano", "Libano"],
    "TR": ["", "Türkei", "Turquía", "Turchia", "Turkije", "Tuerkei"],
    "JO": ["", "Jordanien", "Jordania", "Giordania", "Jordanië"],
}

P = []


def place(area, country, lat, lon, spellings, rows="any", geonames=True):
    """rows: "any" (the hint rotates through HINT_FORMS, none included) or "hint" (never bare).
    A spelling may be a tuple (spelling, region): the row carries that region as the press writes it."""
    P.append((area, country, lat, lon, spellings, rows, geonames))


AL, NW, CO, CE, DM, SO, JZ, EU = ("Aleppo and the north", "Idlib and the north-west", "Coast", "Homs, Hama and the desert",
                                  "Damascus and its countryside", "Daraa, Suwaida and Quneitra", "Hasaka", "Raqqa and Deir ez-Zor")
NI, KU, AN, SD, BG = "Nineveh", "Kurdistan region", "Anbar", "Salahuddin, Kirkuk and Diyala", "Baghdad and the south"
TP, CY, FZ = "Tripolitania", "Cyrenaica and the oil crescent", "Fezzan"
TB, LJ = "Turkey's border", "Lebanon and Jordan"

# Syria: Aleppo and the north
place(AL, "SY", 36.20, 37.16, ["Ost-Aleppo", "Alepo oriental", "Aleppo est", "Oost-Aleppo", "Ostaleppo",
                               ("Aleppo", "Provinz Aleppo"), ("Alepo", "provincia de Alepo")])
place(AL, "SY", 36.53, 37.95, ["Manbidsch", "Menbidsch", "Manbiy", "Manbidj", "Manbidzj"])
place(AL, "SY", 36.82, 38.01, ["Dscharabulus", "Dscherablus", "Yarabulus", "Yarablus", "Djarablus"])
place(AL, "SY", 36.59, 37.05, ["Asas", "Aasas", "Azaz (Siria)", "Aazaz"])
place(AL, "SY", 36.37, 37.52, ["Al-Bab-Stadt", "al-Bāb", "El Bab (Siria)", "Al Baab"], rows="hint")
place(AL, "SY", 36.89, 38.35, ["Ain el-Arab", "Kobani-Stadt", "Kobanê-Stadt", "Kobane (Ain al-Arab)", "Ain al Arab"])
place(AL, "SY", 36.51, 36.87, ["Efrin", "Afrín", "Afrin-Stadt", "Afrien"])
place(AL, "SY", 36.47, 37.10, ["Tall Rifaat", "Tal Rifat", "Tel Rifaat", "Tall Rif'at"])
place(AL, "SY", 36.48, 37.20, ["Mare'a", "Marea", "Mari'"])
place(AL, "SY", 36.54, 37.27, ["Dabik", "Dābiq", "Dabiq (Siria)"])
place(AL, "SY", 36.07, 37.37, ["as-Safira", "Al Safira", "Safirah"])
place(AL, "SY", 36.15, 37.71, ["Dair Hafir", "Deir Hafir", "Dayr Hafir"])
place(AL, "SY", 35.96, 38.03, ["Maskana", "Meskene", "Maskanah"])

# Syria: Idlib and the north-west
place(NW, "SY", 35.93, 36.63, ["Idlib-Stadt", "Edlib", "Edleb", "Idlib Stadt", ("Idlib", "Provinz Idlib")])
place(NW, "SY", 35.44, 36.65, ["Chan Scheichun", "Chan Schaichun", "Jan Sheijun", "Jan Shijun", "Khan Sheikhun",
                               "Chan Schaichūn"])
place(NW, "SY", 35.65, 36.67, ["Maarat an-Numan", "Maarat al Numan", "Maaret al Numan", "Maarrat an-Nu'man",
                               "Maarat al-Nuaman"])
place(NW, "SY", 35.86, 36.80, ["Sarakib", "Saraqeb", "Sarakeb", "Saraquib"])
place(NW, "SY", 35.81, 36.32, ["Dschisr asch-Schughur", "Dschisr al-Schugur", "Yisr al Shughur", "Yisr al Shugur",
                               "Jisr al Shughur"])
place(NW, "SY", 35.81, 36.61, ["Arīḥā", "Ariha (Idlib)"])
place(NW, "SY", 35.95, 36.71, ["Binnisch", "Benesch", "Binish"])
place(NW, "SY", 36.18, 36.72, ["Sarmeda", "Sarmada (Siria)", "Sarmadā"])
place(NW, "SY", 36.21, 36.67, ["Atmeh", "Atma", "Atimeh"])
place(NW, "SY", 35.61, 36.56, ["Kafr Nabel", "Kafranbel", "Kafr Nabl", "Kafruma Kafr Nabl"])
place(NW, "SY", 36.21, 36.52, ["Harim", "Harem (Siria)", "Harem"])

# Syria: the coast
place(CO, "SY", 35.52, 35.79, ["Latakkia", "Latakiya", "Al-Ladhiqiyya", "Laodizea", "Latakia-Stadt"])
place(CO, "SY", 34.89, 35.89, ["Tartús", "Tartus-Stadt", "Tartoes", "Tarṭūs"])
place(CO, "SY", 35.18, 35.94, ["Banijas", "Baniás", "Banyas (Siria)", "Baniyas-Stadt"])
place(CO, "SY", 35.36, 35.93, ["Dschabla", "Dschableh", "Yableh", "Yabla"])
place(CO, "SY", 35.45, 36.06, ["Kardaha", "al-Kardaha", "Qardaha (Siria)", "Cardaha"])
place(CO, "SY", 35.93, 35.99, ["Kessab", "Kasab", "Kesab"])

# Syria: Homs, Hama and the desert
place(CE, "SY", 34.73, 36.71, ["Homs-Stadt", "Homs Stadt", "Hims (Homs)", ("Homs", "Gouvernement Homs"), "Homs ciudad"])
place(CE, "SY", 35.13, 36.75, ["Hamah-Stadt", "Ḥamāh", "Hamá", "Hama (Siria)"])
place(CE, "SY", 34.56, 38.27, ["Tudmur", "Tadmur-Palmyra", "Palmyra-Tadmur", "Palmira (Siria)", "Palmyra (Syrië)"])
place(CE, "SY", 34.51, 36.58, ["Kusair", "al-Kusair", "Al Qusair", "Qusair", "Al-Kuseir"])
place(CE, "SY", 34.92, 36.73, ["ar-Rastan", "Al-Rastan", "Rastán"])
place(CE, "SY", 34.84, 36.73, ["Talbisa", "Talbisseh", "Talbise"])
place(CE, "SY", 34.88, 36.53, ["al-Hula", "Hula (Homs)", "El Hula", "Al Hula"])
place(CE, "SY", 35.25, 36.57, ["Mhardé", "Mahardah", "Muhradah", "Mhardeh"])
place(CE, "SY", 35.37, 36.38, ["Suqailabiya", "Skelbiyeh", "Sukailabija", "Al-Suqaylabiyah"])
place(CE, "SY", 35.01, 37.05, ["Salamija", "Salamiya", "Salamiyah", "Salamīya"])
place(CE, "SY", 34.23, 37.24, ["al-Karjatain", "Karjatain", "Al Qaryatain", "Qaryatain"])
place(CE, "SY", 34.89, 38.87, ["as-Suchna", "Suchna", "Sujna", "Al Sukhna"])
place(CE, "SY", 35.20, 36.69, ["Morek", "Murek", "Mork"])
place(CE, "SY", 35.37, 36.60, ["Kafr Sita", "Kafr Zeita", "Kafr Zita"])

# Syria: Damascus and its countryside
place(DM, "SY", 33.51, 36.29, ["Damasco", "damasco", "Damaskus-Stadt", "Dimaschq", "Damascus-stad",
                               ("Damaskus", "Hauptstadt")])
place(DM, "SY", 33.57, 36.40, ["Dūmā", "Duma (Damasco)", "Duma bei Damaskus", "Doema"])
place(DM, "SY", 33.56, 36.37, ["Charasta", "Haresta", "Harasta (Damasco)"])
place(DM, "SY", 33.53, 36.33, ["Dschobar", "Yobar", "Dschaubar"])
place(DM, "SY", 33.46, 36.24, ["Daraja", "Dareya", "Daraya (Damasco)", "Darajja"])
place(DM, "SY", 33.46, 36.20, ["Muadamijat asch-Scham", "Moadamiya", "Muadamiya", "Moadamiyat al-Sham"])
place(DM, "SY", 33.72, 36.10, ["Sabadani", "az-Zabadani", "Al Zabadani", "Zabadani (Siria)"])
place(DM, "SY", 33.69, 36.10, ["Madaja", "Madaya (Siria)", "Madāyā"])
place(DM, "SY", 33.47, 36.30, ["Jarmuk", "Jarmuk-Lager", "Yarmuk", "campo de Yarmuk", "campo di Yarmouk",
                               "Jarmoek"])
place(DM, "SY", 33.97, 36.66, ["Jabrud", "Jabroud", "Yabrud", "Yabrūd"])
place(DM, "SY", 33.70, 36.38, ["Saidnaja", "Sednaya", "Saydnaya", "Saidnaya"])
place(DM, "SY", 33.84, 36.55, ["Maalula", "Ma'lula", "Malula", "Maaloula (Siria)"])
place(DM, "SY", 33.36, 36.24, ["al-Kiswa", "Kiswa", "Al Kisweh"])

# Syria: Daraa, Suwaida and Quneitra
place(SO, "SY", 32.62, 36.10, ["Dera", "Darʿā", "Daraa-Stadt", "Deraa (Siria)", "Deraa-stad"])
place(SO, "SY", 32.89, 36.04, ["Naua", "Nawa (Daraa)", "Nawā"])
place(SO, "SY", 32.52, 36.48, ["Busra asch-Scham", "Bosra", "Bostra", "Bosra al Sham"])
place(SO, "SY", 32.71, 36.57, ["as-Suwaida", "Suwaida", "Sueida", "Al Sueida", "Soeweida"])
place(SO, "SY", 33.13, 35.82, ["Kuneitra", "al-Kunaitra", "Kuneytra", "Quneitra-Stadt"])
place(SO, "SY", 32.99, 36.06, ["Dschasim", "Yasim", "Jasem"])
place(SO, "SY", 33.02, 36.13, ["Inchil", "Inkhil", "Injil"], rows="hint")  # Injil alone is Injil, AF

# Syria: Hasaka (the Jazira)
place(JZ, "SY", 36.50, 40.75, ["Hasaka", "al-Hasaka", "Al Hasaka", "Hasakah", "Hasaka-Stadt"])
place(JZ, "SY", 37.05, 41.22, ["Kamischli", "Qamischli", "Kamishli", "Qamishlo (Siria)", "Kamisjli"])
place(JZ, "SY", 36.85, 40.07, ["Ras al Ain", "Ra's al-'Ain", "Ras el Ain", "Ras al-Ain (Sere Kaniye)"])
place(JZ, "SY", 37.10, 40.93, ["Amude", "Amuda", "Amudah"])
place(JZ, "SY", 37.08, 42.14, ["al-Malikija", "Malikija", "Al Malikiya", "Derik (Malikiya)"])
place(JZ, "SY", 36.05, 40.73, ["asch-Schaddadi", "Schaddadi", "Al Shaddadi", "Shadadi"])
place(JZ, "SY", 36.65, 40.37, ["Tall Tamr", "Tel Tamer", "Tal Tamr", "Tell Tamer"])
place(JZ, "SY", 36.38, 41.15, ["al-Haul", "Al-Haul", "Al Hol (Siria)", "Hol"])

# Syria: Raqqa and Deir ez-Zor (the Euphrates)
place(EU, "SY", 35.95, 39.01, ["ar-Rakka", "Al Raqa", "Raka", "Rakka-Stadt", "Raqqa-stad",
                               ("Rakka", "Provinz Rakka"), ("Raqa", "provincia de Raqa")])
place(EU, "SY", 35.84, 38.55, ["Tabka", "at-Tabka", "Al Tabqa", "Tabqa (Siria)"])
place(EU, "SY", 36.70, 38.95, ["Tall Abyad", "Tell Abjad", "Tal Abiad", "Tall Abjad"])
place(EU, "SY", 36.38, 38.86, ["Ain Isa", "Ain Issa (Siria)", "Ain Eissa"])
place(EU, "SY", 36.60, 39.16, ["Suluk", "Sluk", "Sulūk"])
place(EU, "SY", 35.33, 40.14, ["Deir as-Saur", "Dair az-Zaur", "Deir es-Sor", "Deir ez Zor", "Deir Ezzor",
                               "Deir al-Sor", ("Deir ez Zor", "provincia de Deir ez Zor")])
place(EU, "SY", 35.02, 40.45, ["al-Majadin", "Majadin", "Al Mayadin", "Mayadín"])
place(EU, "SY", 34.45, 40.92, ["Albu Kamal", "Bukamal", "Al Bukamal", "Abu Kamal (Siria)"])
place(EU, "SY", 34.69, 40.83, ["Hadschin", "Hayin", "Hajin (Siria)"])
place(EU, "SY", 34.46, 40.94, ["Baghus", "al-Baghus", "Baguz", "Al Baguz", "Baghuz Fawqani"])

# Iraq: Nineveh
place(NI, "IQ", 36.34, 43.13, ["Mosoel", "Ost-Mossul", "West-Mossul", "Mosul oriental", "Mosul occidentale",
                               "Mossul-Stadt", ("Mossul", "Provinz Ninive"), ("Mosul", "provincia de Nínive")])
place(NI, "IQ", 36.38, 42.45, ["Tall Afar", "Tel Afar", "Tal Afar (Irak)", "Tall Afar-Stadt"])
place(NI, "IQ", 36.32, 41.88, ["Sindschar", "Schingal", "Sinyar", "Sinjar (Irak)", "Sindjar-stad"])
place(NI, "IQ", 35.80, 43.29, ["Kajjara", "al-Kajara", "Qayara", "Al Qayara"])
place(NI, "IQ", 36.27, 43.38, ["Karakosch", "Bachdida", "Karakosh", "Qaraqosch"])
place(NI, "IQ", 36.35, 43.38, ["Bartella", "Bartalla", "Bartilla"])
place(NI, "IQ", 36.45, 43.35, ["Baschika", "Bashika", "Baschiqa"])
place(NI, "IQ", 35.78, 43.58, ["Machmur", "Majmur", "Makhmour (Irak)"])
place(NI, "IQ", 36.64, 42.56, ["Zumar", "Sumar", "Zummar"])

# Iraq: the Kurdistan region
place(KU, "IQ", 36.19, 44.01, ["Irbil", "Arbil-Stadt", "Erbil-stad", "Hawler", "Erbil (Irak)"])
place(KU, "IQ", 35.56, 45.43, ["Sulaimaniyya", "Sulaimanija", "Suleimaniya", "Solimania", "Soelaimaniya"])
place(KU, "IQ", 36.87, 42.99, ["Dohuk", "Dahuk", "Duhok (Irak)", "Dohuk-Stadt"])

# Iraq: Salahuddin, Kirkuk and Diyala
place(SD, "IQ", 35.47, 44.39, ["Kirkoek", "Kirkuk-Stadt", "Kerkuk", "Kirkuk (Irak)"])
place(SD, "IQ", 34.60, 43.68, ["Tikriet", "Tikrit-Stadt", "Tikrit (Irak)", "Takrit"])
place(SD, "IQ", 34.20, 43.87, ["Samarrā'", "Samara (Irak)", "Samarra-Stadt"])
place(SD, "IQ", 34.93, 43.49, ["Baidschi", "Beidschi", "Baiyi", "Bayi"])
place(SD, "IQ", 35.32, 43.77, ["Hawidscha", "al-Hawidscha", "Hawiya", "Al Hawiya"])
place(SD, "IQ", 34.89, 44.63, ["Tus Churmatu", "Tuz Churmatu", "Tuz Jurmatu", "Tuz Khurmatu (Irak)"])
place(SD, "IQ", 33.75, 44.64, ["Bakuba", "Baakuba", "Baquba", "Bakoeba"])
place(SD, "IQ", 34.27, 45.16, ["Dschalaula", "Jalula", "Yalawla", "Dschalula"])
place(SD, "IQ", 33.98, 44.94, ["Mukdadija", "Muqdadiya", "Al Muqdadiya"])
place(SD, "IQ", 34.72, 44.59, ["Amerli", "Amirli", "Amerli (Irak)"])

# Iraq: Anbar
place(AN, "IQ", 33.35, 43.78, ["Falludscha", "Faludscha", "Faluya", "Faluyá", "Falloedja", "Falluja (Iraq)"])
place(AN, "IQ", 33.42, 43.30, ["ar-Ramadi", "Al Ramadi", "Ramadi-Stadt", "Ramadi (Irak)"])
place(AN, "IQ", 33.64, 42.83, ["Hiet", "Heet", "Hit (Irak)"])
place(AN, "IQ", 34.14, 42.38, ["Hadītha", "Hadiza", "Haditha (Irak)"])
place(AN, "IQ", 33.04, 40.28, ["ar-Rutba", "Rutba", "Al Rutba"])
place(AN, "IQ", 34.37, 41.10, ["al-Kaim", "Kaim", "Al Qaim (Irak)"])
place(AN, "IQ", 33.40, 43.90, ["al-Karma", "Karmah", "Al Karma"])
place(AN, "IQ", 33.29, 44.07, ["Abu Ghuraib", "Abu Ghureib", "Abu Graib"])

# Iraq: Baghdad and the south
place(BG, "IQ", 33.31, 44.37, ["Bagdád", "Bagdad-Stadt", "Baġdād", "Bagdad (Irak)"])
place(BG, "IQ", 32.61, 44.02, ["Kerbela", "Kerbala", "Karbala (Irak)"])
place(BG, "IQ", 32.00, 44.34, ["Nadschaf", "an-Nadschaf", "Nayaf", "Náyaf"])
place(BG, "IQ", 30.51, 47.78, ["Basora", "Bassora", "Basra-Stadt", "Basra (Irak)"])
place(BG, "IQ", 32.51, 45.82, ["al-Kut", "Kut (Irak)", "Al Kut"])
place(BG, "IQ", 31.05, 46.26, ["Nasirija", "Nassirija", "Nasiriya", "Nassiriya"])

# Libya: Tripolitania
place(TP, "LY", 32.89, 13.19, ["Tripolis", "Trípoli", "Tripoli (Libia)", "Tripolis-Stadt"], rows="hint")
place(TP, "LY", 32.38, 15.09, ["Misratah", "Misurata-Stadt", "Misrata (Libia)", "Missrata"])
place(TP, "LY", 31.21, 16.59, ["Sirta", "Sirte-Stadt", "Sirte (Libia)", ("Sirte", "Tripolitania")])
place(TP, "LY", 31.76, 13.99, ["Beni Ulid", "Bani Ualid", "Bani Walid (Libia)"])
place(TP, "LY", 32.76, 12.73, ["az-Zawiya", "Sawija", "Zauiya", "Zauia", "Zawiya (Libia)"])
place(TP, "LY", 32.79, 12.49, ["Sabrata", "Sabratha (Libia)", "Sabratah"])
place(TP, "LY", 32.17, 13.02, ["Gharian", "Garian", "Ghariyan"])
place(TP, "LY", 32.43, 13.63, ["Tarhuna", "Tarhunah", "Tarhouna"])
place(TP, "LY", 31.93, 12.25, ["Sintan", "az-Zintan", "Zintan (Libia)"])
place(TP, "LY", 32.88, 13.35, ["Tadschura", "Tagiura", "Tajura"])
place(TP, "LY", 31.87, 10.98, ["Nalout", "Nalut (Libia)", "Naloet"])
place(TP, "LY", 30.13, 9.50, ["Ghadamis", "Gadames", "Ghadames (Libia)"])

# Libya: Cyrenaica and the oil crescent
place(CY, "LY", 32.12, 20.07, ["Bengazi", "Benghasi", "Bengasi (Libia)", "Bengasi-Stadt"])
place(CY, "LY", 32.08, 23.96, ["Tobruch", "Tobroek", "Tobruk (Libia)"])
place(CY, "LY", 32.76, 22.64, ["Dirna", "Derna (Libia)", "Darna-Stadt", ("Derna", "Cirenaica")])
place(CY, "LY", 30.76, 20.23, ["Adschdabija", "Adschdabiya", "Agedabia", "Ajdabiya (Libia)"])
place(CY, "LY", 30.50, 18.57, ["Ras Lanouf", "Ras Lanuf (Libia)", "Ras Lanoef"])
place(CY, "LY", 30.41, 19.58, ["al-Burayqa", "Marsa al-Brega", "Marsa el Brega", "Brega (Libia)"])
place(CY, "LY", 32.76, 21.76, ["al-Baida", "Beda", "Al Baida (Libia)"])
place(CY, "LY", 32.83, 21.86, ["Cirene", "Kyrene", "Schahat"])
place(CY, "LY", 32.49, 20.83, ["Barce", "al-Mardsch", "Mardsch"])

# Libya: Fezzan
place(FZ, "LY", 27.04, 14.43, ["Sebha", "Sebha (Libia)", "Sabhā"])
place(FZ, "LY", 24.18, 23.31, ["al-Kufra", "Cufra", "Kufra (Libia)"])
place(FZ, "LY", 26.59, 12.78, ["Awbari", "Ubari (Libia)", "Oebari"])
place(FZ, "LY", 25.92, 13.92, ["Mursuk", "Murzuch", "Murzuq (Libia)"])
place(FZ, "LY", 29.13, 15.94, ["Houn", "Hun (Libia)", "Hon"])
place(FZ, "LY", 29.16, 16.14, ["Uaddan", "Waddan (Libia)", "Wadan"])

# Turkey's border
place(TB, "TR", 37.07, 37.38, ["Antep", "Gaziantep (Türkei)", "Gaziantep-Stadt"])
place(TB, "TR", 37.16, 38.79, ["Urfa", "Şanlıurfa (Türkei)", "Sanli Urfa"])
place(TB, "TR", 36.71, 38.95, ["Akcakale", "Akçakale (Türkei)", "Aktschakale"])
place(TB, "TR", 36.85, 40.05, ["Ceylanpinar", "Dschailanpinar", "Ceylanpınar (Türkei)"])
place(TB, "TR", 36.27, 36.57, ["Reyhanli", "Reyhanlı (Türkei)", "Reyhanli-Stadt"])
place(TB, "TR", 36.98, 38.42, ["Suruc", "Suruç (Türkei)", "Surutsch"])
place(TB, "TR", 36.20, 36.16, ["Antiochia", "Antioquía", "Antakya (Türkei)"])
place(TB, "TR", 37.33, 42.19, ["Dschizre", "Cizre (Türkei)", "Cizre-Stadt"])

# Lebanon and Jordan
place(LJ, "LB", 33.89, 35.50, ["Beiroet", "Beirut-Stadt", "Beirut (Libanon)", "Bayrut"])
place(LJ, "LB", 34.01, 36.21, ["Balbek", "Baalbeck", "Baalbek (Libanon)"])
place(LJ, "LB", 33.56, 35.37, ["Sidón", "Saida (Libano)", "Sidon (Libanon)"])
place(LJ, "LB", 33.27, 35.20, ["Tiro", "Tyros", "Tyrus"], rows="hint")
place(LJ, "LB", 34.39, 36.39, ["Hermel", "al-Hermel", "Hermel (Libanon)"])
place(LJ, "JO", 31.95, 35.93, ["Amán", "Amman-Stadt", "Amman (Jordanien)"])
place(LJ, "JO", 32.07, 36.09, ["Sarka", "Zarqa (Jordania)", "Az-Zarqa"])
place(LJ, "JO", 32.34, 36.21, ["Mafrak", "Mafraq (Jordania)", "al-Mafrak"])
place(LJ, "JO", 32.56, 35.85, ["Irbid (Jordanien)", "Irbid-Stadt", "Erbid"])
place(LJ, "JO", 32.56, 36.01, ["ar-Ramtha", "Ramtha (Jordania)", "Ramza"])

# Must NOT be placed (query, hint, region, note): areas and regions as that press writes them,
# towns with the wrong country, made-up villages.
REVIEW = [
    ("Ost-Ghuta", "Syrien", "", "a region, not a point"),
    ("Guta Oriental", "Siria", "", "a region, not a point"),
    ("Ghuta orientale", "Siria", "", "a region, not a point"),
    ("Oost-Ghouta", "Syrië", "", "a region, not a point"),
    ("Provinz Idlib", "Syrien", "", "a governorate, not a point"),
    ("provincia de Idlib", "", "", "a governorate, not a point"),
    ("Nordsyrien", "", "", "a vague area, not a point"),
    ("norte de Siria", "", "", "a vague area, not a point"),
    ("Nordirak", "", "", "a vague area, not a point"),
    ("Irakisch-Kurdistan", "", "", "a region, not a point"),
    ("Kurdistán iraquí", "", "", "a region, not a point"),
    ("Ninive-Ebene", "Irak", "", "a plain, not a point"),
    ("llanura de Nínive", "Irak", "", "a plain, not a point"),
    ("Sindschar-Gebirge", "Irak", "", "a mountain range, not a point"),
    ("Euphrat-Tal", "Syrien", "", "a valley, not a point"),
    ("valle del Éufrates", "", "", "a valley, not a point"),
    ("Fessan", "Libyen", "", "a region, not a point"),
    ("Fezán", "Libia", "", "a region, not a point"),
    ("Kyrenaika", "Libyen", "", "a region, not a point"),
    ("Cirenaica", "", "", "a region, not a point"),
    ("Tripolitanien", "", "", "a region, not a point"),
    ("Golanhöhen", "", "", "a region, not a point"),
    ("Altos del Golán", "", "", "a region, not a point"),
    ("Bekaa-Ebene", "Libanon", "", "a valley, not a point"),
    ("Provinz Hatay", "Türkei", "", "a province, not a point"),
    ("Rakka", "Irak", "", "a Syrian city, wrong country"),
    ("Mossul", "Syrien", "", "an Iraqi city, wrong country"),
    ("Falludscha", "Syrien", "", "an Iraqi city, wrong country"),
    ("Bengasi", "Siria", "", "a Libyan city, wrong country"),
    ("Dscharabulus", "Irak", "", "a Syrian town, wrong country"),
    ("Sindschar", "Libyen", "", "an Iraqi town, wrong country"),
    ("Kamischli", "Libia", "", "a Syrian city, wrong country"),
    ("Misrata", "Siria", "", "a Libyan city, wrong country"),
    ("Tall Umm Dschurn al-Gharbi", "Syrien", "", "made-up village"),
    ("Chirbat Abu Schamsa", "Syrien", "", "made-up village"),
    ("Qaryat Umm Dschabal", "Irak", "", "made-up village"),
    ("Wadi Umm Chanzir", "Libyen", "", "made-up village"),
    ("Kafr Abu Dschalal", "Siria", "", "made-up village"),
]
