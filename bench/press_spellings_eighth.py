"""The eighth held-out press set (tests/data/press-spellings-8.tsv), read by make_press_spellings.py --eighth.

Written before any fix of its own, after the first seven, by another kind of writer: a reader of
the English-language and French press AND of NGO and UN reports (OCHA situation reports and
maps, Human Rights Watch, Amnesty International) about Syria, Iraq and Libya 2014-2020 and their
neighbours (Turkey's border, Lebanon, Jordan), typing names as those print them:
- OCHA/UN transliterations with their hyphens and articles ("Ar-Raqqa", "Deir-ez-Zor",
  "Al-Hasakeh", "Idleb", "Dar'a", "As-Sweida", "Tartous", "Lattakia") and their sub-district and
  village names of Rural Damascus, Idleb, Dar'a and the north-east ("Ein Terma", "Hammura",
  "Modira", "Ma'arrat An Nu'man", "Jebel Saman");
- HRW/Amnesty spellings ("Khan Sheikhoun", "Tal Abyad", "Ras al-Ain/Serekaniye");
- Turkish names of border towns and of the Syrian towns across them ("Akçakale", "Ceylanpınar",
  "Nusaybin", "Kilis", "Elbeyli", "Resulayn", "Münbiç", "Halep", "Rakka", "Deyrizor");
- Kurdish names ("Kobanî", "Serêkaniyê", "Qamişlo", "Dêrik", "Hesekê", "Hewlêr", "Silêmanî",
  "Duhok", "Tirbespiyê", "Girkê Legê", "Şengal", "Mexmûr", "Kerkûk");
- Libyan press names ("Misurata", "Surt", "Ijdabiya", "Tarabulus", "Sabha", "Ubari");
- the slips a hurried writer makes: missing accents, lower case, extra spaces and hyphens,
  "al" glued or spaced ("Alhasakeh", "Al Bab", "al -Mayadin"), apostrophes ' ’ ʿ `.

Every row is NEW TEXT: the generator drops any spelling an earlier table already has as a query.
Hints as users type them, in turn per country (HINT_FORMS; "" is no hint; rows="hint" never bare);
some spellings carry a region as OCHA names it (a tuple: spelling, region): "Rural Damascus",
"Ar-Raqqa", "Al-Hasakeh", "Idleb", "Dar'a", "Ninewa", "Salah al-Din", "Anbar", "Murzuq".

Positions are mine (English Wikipedia-level knowledge, rounded to about 0.01-0.05 degree); the
generator takes cities500's place of the name within 25 km when there is one (geonames=False:
cities500 lacks it, the row keeps my position).
"""

HINT_FORMS = {
    "SY": ["", "Syrie", "Syria", "Syrien", "SYR", "Syrian Arab Republic", "syria", "SYRIA"],
    "IQ": ["", "Irak", "Iraq", "IRQ", "iraq", "Republic of Iraq"],
    "LY": ["", "Libye", "Libya", "Lybie", "LBY", "Libyen", "libya", "State of Libya"],
    "LB": ["", "Liban", "Lebanon", "LBN"],
    "TR": ["", "Turquie", "Turkey", "Türkiye", "TUR", "Turkiye"],
    "JO": ["", "Jordanie", "Jordan", "JOR"],
}

P = []


def place(area, country, lat, lon, spellings, rows="any", geonames=True):
    """rows: "any" (the hint rotates through HINT_FORMS, none included) or "hint" (never bare).
    A spelling may be a tuple (spelling, region): the row carries that region as OCHA writes it."""
    P.append((area, country, lat, lon, spellings, rows, geonames))


AL, NW, CO, CE, DM, SO, JZ, EU = ("Aleppo and the north", "Idleb and the north-west", "Coast", "Homs, Hama and the desert",
                                  "Rural Damascus", "Dar'a, As-Sweida and Quneitra", "Al-Hasakeh", "Ar-Raqqa and Deir-ez-Zor")
NI, KU, AN, SD, BG = "Ninewa", "Kurdistan region", "Anbar", "Salah al-Din, Kirkuk and Diyala", "Baghdad and the south"
TP, CY, FZ = "Tripolitania", "Cyrenaica and the oil crescent", "Fezzan"
TB, LJ = "Turkey's border", "Lebanon and Jordan"

# Syria: Aleppo and the north
place(AL, "SY", 36.20, 37.16, ["Halep", "ALEP", "Halab city", "Ḥalab city", "Alepo", ("Aleppo", "Aleppo Governorate")])
place(AL, "SY", 36.53, 37.95, ["Minbij", "Menbij", "Mumbij", ("Manbij", "Aleppo")])
place(AL, "SY", 36.82, 38.01, ["Jarabulus", "Jarābulus", "Djarabulus", "jerablus", "Jarablous"])
place(AL, "SY", 36.59, 37.05, ["A’zaz", "Aʿzaz", "azaz", "A`zaz", "Azaz city"])
place(AL, "SY", 36.37, 37.52, ["al Bab", "Elbab", "Al -Bab", "El-Bâb", "Bab town"], rows="hint")
place(AL, "SY", 36.89, 38.35, ["Kobaní", "kobani", "Ayn al Arab", "Ein al-Arab", "Kobane city", "Ain-al-Arab"])
place(AL, "SY", 36.51, 36.87, ["Efrîn city", "Afrin town", "AFRIN", "Afrine-ville"])
place(AL, "SY", 36.40, 36.69, ["Jandairis", "Jendires", "Cindirês", "Jinderes", "Jindiress"], rows="hint")
place(AL, "SY", 36.66, 36.67, ["Rajo", "Raju", "Reco"], rows="hint", geonames=False)
place(AL, "SY", 36.46, 37.09, ["Tal Rifaat", "Tall Rifaat", "Tel Refaat", "Tell Rif'at", "Tal Rif’at"], rows="hint")
place(AL, "SY", 36.49, 37.19, ["Mare'", "Mare’", "Mari'"], rows="hint")
place(AL, "SY", 36.16, 37.71, ["Dayr Hafir", "Dayr Hafer"], rows="hint")
place(AL, "SY", 35.96, 38.04, ["Meskeneh", "Maskaneh"], rows="hint")
place(AL, "SY", 36.07, 37.37, ["As Safira", "Safireh"], rows="hint")
place(AL, "SY", 36.14, 36.83, ["Al Atarib", "Atarib town"], rows="hint")
place(AL, "SY", 36.28, 36.85, ["Daret Azza", "Darat Izza", "Daret Izza", "Darat 'Izza"], rows="hint")
place(AL, "SY", 36.29, 37.04, ["Anadan", "Anadane", "'Anadan"], rows="hint")
place(AL, "SY", 36.42, 37.34, ["Akhtarin", "Akhtareen", "Akhtarine"], rows="hint")
place(AL, "SY", 35.78, 37.50, ["Khanaser", "Khanasir", "Khanâsir"], rows="hint")
place(AL, "SY", 36.31, 37.26, ["Sheikh Najjar industrial city"], rows="hint", geonames=False)
place(AL, "SY", 36.14, 37.30, ["As-Sfira", "Sfira"], rows="hint")

# Syria: Idleb and the north-west
place(NW, "SY", 35.93, 36.63, ["Idleb city", "IDLIB", "Edleb", "Idlib city", ("Idleb", "Idleb Governorate")])
place(NW, "SY", 35.86, 36.80, ["Saraqab", "Saraqeb", "Sraqeb", "saraqib"], rows="hint")
place(NW, "SY", 35.65, 36.67, ["Ma'arrat An Nu'man", "Maarrat al-Numan", "Ma’arat al-Nu’man", "Maarat Alnuman", "Maarat al Numan",
                               "Maaret Al-Numan", "maarat al-numan"])
place(NW, "SY", 35.44, 36.65, ["Khan Shaykhun", "Khan Shaikhoun", "Khan Cheikhoun", "Khan Sheikhoon", "Khan Shaykhūn"])
place(NW, "SY", 35.81, 36.32, ["Jisr Ash-Shugur", "Jisr al-Shughour", "Jisr Al Shughur", "Jisr-ash-Shughur", "Jisr Shughur", "Djisr el-Choughour"])
place(NW, "SY", 35.81, 36.61, ["Areeha", "Ariha town"], rows="hint")
place(NW, "SY", 35.61, 36.56, ["Kafr Nobol", "Kafr Nabl", "Kafrnabl"], rows="hint")
place(NW, "SY", 35.95, 36.71, ["Bennich", "Binish", "Binnesh"], rows="hint", geonames=False)
place(NW, "SY", 36.18, 36.72, ["Sarmadah", "Sermeda"], rows="hint")
place(NW, "SY", 36.21, 36.52, ["Harem", "Harim", "Hārim", "Harem town"], rows="hint")
place(NW, "SY", 36.21, 36.77, ["Ad-Dana", "Al-Dana", "Dana town"], rows="hint")
place(NW, "SY", 36.14, 36.45, ["Salqin", "Salqeen", "Selqin", "Salkin"], rows="hint")
place(NW, "SY", 35.99, 36.67, ["Maarat Misrin", "Ma'arat Misrin", "Maaret Masrin", "Maarrat Misrin"], rows="hint")
place(NW, "SY", 35.99, 36.78, ["Taftanaz", "Taftanâz", "Taftanaz airbase"], rows="hint")
place(NW, "SY", 35.74, 37.05, ["Abu al-Duhur", "Abu Al Thuhur", "Abou Dhohour", "Abu Dhuhur"], rows="hint")
place(NW, "SY", 35.69, 36.82, ["Sinjar (Idleb)"], rows="hint", geonames=False)
place(NW, "SY", 35.60, 36.68, ["Maarshurin", "Ma'arshurin", "Maarshoreen"], rows="hint", geonames=False)
place(NW, "SY", 36.02, 36.47, ["Armanaz", "Armanâz"], rows="hint")
place(NW, "SY", 35.83, 36.47, ["Mhambal", "Muhambal", "Mehambel"], rows="hint", geonames=False)

# Syria: the coast
place(CO, "SY", 35.52, 35.79, ["Latakia city", "Lattakia city", "Al-Lathqiyah", "Al Lathiqiyah", "Lazkiye", "Lattaquié", ("Lattakia", "Lattakia Governorate")])
place(CO, "SY", 34.89, 35.89, ["Tartous city", "Tartus city", "Tartûs", "Tartūs", "Tartous-ville"])
place(CO, "SY", 35.18, 35.94, ["Banyas city", "Baniyās", "Banias town"], rows="hint")
place(CO, "SY", 35.36, 35.93, ["Jebleh", "Jabala", "Cebele"], rows="hint")
place(CO, "SY", 35.45, 36.06, ["Qardahah", "Al-Qardahah", "Qerdaha"], rows="hint")
place(CO, "SY", 35.93, 35.99, ["Kesap", "Kasab"], rows="hint")
place(CO, "SY", 35.59, 36.19, ["Slenfeh", "Salanfah", "Slinfeh", "Slunfeh"], rows="hint")
place(CO, "SY", 34.82, 36.12, ["Safita", "Sâfîtâ", "Safitah"], rows="hint")
place(CO, "SY", 35.07, 36.34, ["Masyaf town", "Masiaf"], rows="hint")

# Syria: Homs, Hama and the desert
place(CE, "SY", 34.73, 36.72, ["homs", "Hims city", "Humus", "Homs-ville", ("Homs", "Homs Governorate")])
place(CE, "SY", 35.13, 36.75, ["Hama city", "hama", "Hamah city", "Hamā city", ("Hama", "Hama Governorate")])
place(CE, "SY", 34.56, 38.28, ["Tadmor", "Palmira", "Tadmur city", "palmyre"])
place(CE, "SY", 34.51, 36.58, ["Al Qusayr", "Qusair", "El-Qoussair", "Qusayr town"], rows="hint")
place(CE, "SY", 34.93, 36.73, ["Ar Rastan", "Al Rastan", "Rastan town"], rows="hint")
place(CE, "SY", 34.84, 36.73, ["Talbisah", "Tal Biseh", "Talbiseh town"], rows="hint")
place(CE, "SY", 34.88, 36.52, ["Taldou", "Taldaw", "Tal Dhahab"], rows="hint", geonames=False)
place(CE, "SY", 34.23, 37.24, ["Al Qaryatayn", "Al-Qaryatain", "Qaryateen"], rows="hint")
place(CE, "SY", 34.89, 38.87, ["As Sukhnah", "Al-Sukhna", "Sukhnah town"], rows="hint")
place(CE, "SY", 35.01, 37.05, ["As Salamiyah", "Al-Salamiyah", "Salamyeh", "Selemiye"], rows="hint")
place(CE, "SY", 35.25, 36.57, ["Mahardeh", "Muhradah", "Mahrada"], rows="hint")
place(CE, "SY", 35.37, 36.38, ["As-Suqaylabiyah", "Suqaylabiya", "Sqilbiyeh", "Skelbiyeh"], rows="hint")
place(CE, "SY", 35.37, 36.60, ["Kafr Zeita", "Kafrzita", "Kfar Zeita"], rows="hint")
place(CE, "SY", 35.38, 36.68, ["Morek", "Murak", "Mourek", "Mork"], rows="hint")
place(CE, "SY", 35.32, 36.62, ["Al-Lataminah", "Al-Latamneh", "Lataminah"], rows="hint")
place(CE, "SY", 35.26, 36.61, ["Halfaya", "Halfaia", "Halfaya town"], rows="hint")
place(CE, "SY", 35.39, 36.49, ["Kafr Nabudah", "Kafr Naboudeh", "Kafrnboudeh"], rows="hint")

# Syria: Rural Damascus (OCHA's "Rural Damascus", the Eastern Ghouta, Qalamoun, Wadi Barada)
place(DM, "SY", 33.51, 36.29, ["damascus", "Damascus city", "Şam", ("Damascus", "Damascus Governorate")])
place(DM, "SY", 33.57, 36.40, ["Duma city", "Douma city", "Doma", ("Douma", "Rural Damascus")], rows="hint")
place(DM, "SY", 33.56, 36.37, ["Harasta town", "Haresta", ("Harasta", "Rural Damascus")], rows="hint")
place(DM, "SY", 33.54, 36.36, ["Arbin", "Erbin", "Irbin", "Arbeen"], rows="hint")
place(DM, "SY", 33.52, 36.36, ["Zamalkā", "Zamalka town", "Zimlaka"], rows="hint", geonames=False)
place(DM, "SY", 33.51, 36.37, ["Kafarbatna", "Kfar Batna", "Kafr Batnā"], rows="hint")
place(DM, "SY", 33.53, 36.38, ["Sakba", "Saqbā", "Saqba town"], rows="hint", geonames=False)
place(DM, "SY", 33.52, 36.38, ["Hamouriyeh", "Hammura", "Hamouria", "Hammouriyeh", "Hamuriyah"], rows="hint")
place(DM, "SY", 33.53, 36.35, ["Ein Terma", "Ain Terma", "Ayn Tarma", "Ain Tarma"], rows="hint", geonames=False)
place(DM, "SY", 33.59, 36.41, ["Misraba", "Mesraba", "Misrabā"], rows="hint", geonames=False)
place(DM, "SY", 33.57, 36.36, ["Modira", "Madira", "Mudeira"], rows="hint", geonames=False)
place(DM, "SY", 33.50, 36.38, ["Jisreen", "Jisrin", "Jesrin"], rows="hint", geonames=False)
place(DM, "SY", 33.47, 36.24, ["Dariya", "Darayya town"], rows="hint")
place(DM, "SY", 33.46, 36.19, ["Moadamiyet al-Sham", "Muadamiyat al-Sham", "Moadamiyeh", "Mouadamiyat al-Cham", "Al-Mu'addamiyah"], rows="hint")
place(DM, "SY", 33.53, 36.23, ["Qudsaya", "Qudsiya", "Qodsaya", "Qudssaya"], rows="hint")
place(DM, "SY", 33.61, 36.31, ["At Tall", "Al Tall", "Et Tall", "Al-Tal"], rows="hint")
place(DM, "SY", 33.97, 36.66, ["Yabrud town", "Yebrud"], rows="hint")
place(DM, "SY", 34.02, 36.73, ["An Nabk", "Nabek", "Al Nabk", "Nabk town"], rows="hint")
place(DM, "SY", 34.16, 36.74, ["Qara", "Qarah", "Kara", "Qâra"], rows="hint")
place(DM, "SY", 34.09, 36.77, ["Deir Attiyeh", "Dayr Atiyah", "Deir Atiyah"], rows="hint")
place(DM, "SY", 33.72, 36.10, ["Al-Zabadani", "Az Zabadani", "Zabadani town"], rows="hint")
place(DM, "SY", 33.69, 36.10, ["Madaya town", "Madaia", "Madaya’"], rows="hint")
place(DM, "SY", 33.73, 36.13, ["Bloudan", "Bludan", "Blûdân"], rows="hint")
place(DM, "SY", 33.36, 36.24, ["Kisweh", "Al-Kiswah", "Kiswa", "Al Kiswah"], rows="hint")
place(DM, "SY", 33.43, 36.28, ["Sbeineh", "Sbeneh", "As-Subaynah"], rows="hint")
place(DM, "SY", 33.47, 36.33, ["Babbila", "Babila", "Bebbila"], rows="hint", geonames=False)
place(DM, "SY", 33.46, 36.31, ["Yalda", "Yaldā", "Yelda"], rows="hint", geonames=False)
place(DM, "SY", 33.45, 36.33, ["Beit Sahem", "Bayt Sahm", "Beit Sahm"], rows="hint", geonames=False)
place(DM, "SY", 33.49, 36.35, ["Jaramana", "Jaramanah", "Jeramana", "Jaramana town"], rows="hint")
place(DM, "SY", 33.44, 36.34, ["Sayyida Zaynab", "Sayeda Zeinab", "Sayyidah Zaynab", "Sit Zeinab"], rows="hint")
place(DM, "SY", 33.44, 36.08, ["Qatana", "Katana", "Qaṭanā"], rows="hint")
place(DM, "SY", 33.31, 35.87, ["Beit Jinn", "Bayt Jinn", "Beit Jin"], rows="hint")
place(DM, "SY", 33.64, 36.69, ["Dumayr", "Ad Dumayr", "Al Dumayr"], rows="hint")
place(DM, "SY", 33.74, 36.70, ["Ruhaybah", "Ruhaiba", "Al-Ruhaybah", "Rouhaybeh"], rows="hint")
place(DM, "SY", 33.80, 36.74, ["Jayrud", "Jairoud", "Jeiroud"], rows="hint")
place(DM, "SY", 33.61, 36.51, ["Adra al-Balad", "'Adra"], rows="hint", geonames=False)
place(DM, "SY", 33.47, 36.30, ["Yarmouk camp", "Yarmouk refugee camp", "al-Yarmuk"], rows="hint", geonames=False)
place(DM, "SY", 33.54, 36.33, ["Qaboun", "Al-Qaboun", "Qabun"], rows="hint", geonames=False)
place(DM, "SY", 33.84, 36.55, ["Ma’loula", "Maalula town"], rows="hint")
place(DM, "SY", 33.67, 36.16, ["Ain al-Fijah", "Ain al-Fija", "Ein el-Fijeh", "Ain Fijeh"], rows="hint")

# Syria: Dar'a, As-Sweida and Quneitra
place(SO, "SY", 32.62, 36.10, ["Dar’a", "Dar'a city", "Daraa city", "Deraa city", "Dera'a", ("Dar'a", "Dar'a Governorate")])
place(SO, "SY", 32.71, 36.57, ["As-Sweida", "As Sweida", "Sweida", "Sweida city", "Swaida", ("As-Sweida", "As-Sweida Governorate")])
place(SO, "SY", 33.13, 35.82, ["Al Qunaytirah", "Kuneitra", "Qunaitra", "Quneitra city"], rows="hint")
place(SO, "SY", 32.52, 36.48, ["Busra Esh-Sham", "Bosra al-Sham", "Busra ash-Sham", "Bosra ash-Sham", "Busra"], rows="hint")
place(SO, "SY", 32.89, 36.04, ["Nawa city", "Nawa town"], rows="hint")
place(SO, "SY", 33.02, 36.13, ["Inkhil", "Inkhel", "Inkhil town"], rows="hint")
place(SO, "SY", 32.99, 36.06, ["Jassim", "Jasem"], rows="hint")
place(SO, "SY", 32.76, 36.13, ["Da'el", "Dael", "Da’el", "Dāʿil"], rows="hint")
place(SO, "SY", 32.74, 36.07, ["Tafs", "Tafas town"], rows="hint")
place(SO, "SY", 32.86, 36.25, ["Izra'", "Ezra’", "Izra"], rows="hint")
place(SO, "SY", 33.07, 36.18, ["As Sanamayn", "Sanamayn", "Al-Sanamein", "Sanamein town"], rows="hint")
place(SO, "SY", 32.75, 36.00, ["Muzayrib", "Al-Muzayrib", "Mzeirib", "Al Mzeireb"], rows="hint")
place(SO, "SY", 32.85, 36.63, ["Shahba", "Shahbā", "Chahba"], rows="hint")
place(SO, "SY", 32.49, 36.71, ["Salkhad", "Salkhed", "Salkhad town"], rows="hint")
place(SO, "SY", 32.60, 36.08, ["Daraa al-Balad", "Dar'a al-Balad", "Deraa al-Balad"], rows="hint")
place(SO, "SY", 33.18, 35.88, ["Khan Arnabah", "Khan Arnaba", "Khan Arnabeh"], rows="hint")
place(SO, "SY", 33.08, 35.84, ["Madinat al-Baath", "Baath city", "Al-Baath"], rows="hint", geonames=False)
place(SO, "SY", 32.63, 35.99, ["Tell Shihab", "Tal Shihab", "Tel Shehab"], rows="hint")

# Syria: Al-Hasakeh (the Jazira)
place(JZ, "SY", 36.50, 40.75, ["Al-Hasakeh", "Al Hasakeh", "Hesekê", "Alhasakeh", "al-Hasakah", "Hasakah city", "Haseke", "Al-Hassakeh",
                               ("Al-Hasakeh", "Al-Hasakeh Governorate")])
place(JZ, "SY", 37.05, 41.22, ["Al-Qamishli", "Qamishly", "Kamishli", "Qamishlo", "qamishli", "Al Qamishli city"])
place(JZ, "SY", 36.85, 40.07, ["Serêkaniyê", "Ras Al Ain", "Ra’s al-‘Ayn", "Ras al-Ayn", "Ras Alain"])
place(JZ, "SY", 36.70, 38.95, ["Tal Abyad", "Tall Abyad", "Tel Abyad", "Gire Spi"])
place(JZ, "SY", 37.10, 40.93, ["Amude", "Amouda", "'Amuda"], rows="hint")
place(JZ, "SY", 37.07, 40.65, ["Darbasiyah", "Ad Darbasiyah", "Derbasiye", "Dirbesiye"], rows="hint")
place(JZ, "SY", 37.17, 42.14, ["Al Malikiyah", "Malikiyah", "Derik city"], rows="hint")
place(JZ, "SY", 36.06, 40.73, ["Ash Shaddadi", "Shaddadi", "Shadadi", "Ash-Shadadi"], rows="hint")
place(JZ, "SY", 36.65, 40.37, ["Tel Tamer", "Tell Tamr", "Til Temir", "Tal Tamer"], rows="hint")
place(JZ, "SY", 36.38, 41.15, ["Al-Hol", "Al Hawl", "al-Hol camp", "Hol"], rows="hint")
place(JZ, "SY", 36.81, 42.06, ["Al-Yaarubiyah", "Yarubiyah", "Tal Kocher", "Til Koçer"], rows="hint")
place(JZ, "SY", 37.03, 41.42, ["Tirbespiyê", "Al-Qahtaniyah", "Qahtaniyah", "Tirbespi"], rows="hint")
place(JZ, "SY", 37.03, 41.86, ["Girkê Legê", "Al-Muabbada", "Ma'bada", "Maabada"], rows="hint", geonames=False)
place(JZ, "SY", 36.61, 39.21, ["Sulūk", "Sulok"], rows="hint")
place(JZ, "SY", 36.39, 38.86, ["Ayn Issa", "Ein Issa", "Ain Eisa", "Ain Isa"], rows="hint")
place(JZ, "SY", 36.62, 40.35, ["Tell Baydar"], rows="hint", geonames=False)

# Syria: Ar-Raqqa and Deir-ez-Zor (the Euphrates)
place(EU, "SY", 35.95, 39.01, ["Ar-Raqqa", "Ar Raqqa", "ar-raqqa", "Al Raqqah", "Reqa", "Raqa",
                               ("Ar-Raqqa", "Ar-Raqqa Governorate")])
place(EU, "SY", 35.84, 38.55, ["At Tabqah", "Al-Tabqah", "Tabqa city", "Tabaqa", "At-Tabqa", "Tebqa"])
place(EU, "SY", 35.33, 40.14, ["Deir ez-Zor city", "Deyrizor", "Deir-Ezzor", "Dayr az Zawr", "Deir Ezzor",
                               "deir ez-zor", "Deir el-Zor", "Deir ez- Zor", ("Deir-ez-Zor", "Deir-ez-Zor Governorate")])
place(EU, "SY", 35.02, 40.45, ["Mayadin", "Al Mayadin", "al -Mayadin", "Almayadin", "Mayadeen", "Meyadine"])
place(EU, "SY", 34.45, 40.92, ["Al Bukamal", "Albukamal", "Al-Bou Kamal", "Abu Kemal", "Bukamal city", "Abou Kamal"])
place(EU, "SY", 34.69, 40.83, ["Hajeen", "Hadjin", "Hajin city"], rows="hint")
place(EU, "SY", 35.15, 40.43, ["Busayrah", "Al-Busayra", "Busaira town", "Busayra"], rows="hint")
place(EU, "SY", 35.26, 40.33, ["Al-Shuhayl", "Shuheil", "Al-Shheil"], rows="hint", geonames=False)
place(EU, "SY", 35.01, 40.51, ["Theban", "Thiban", "Dhiban"], rows="hint", geonames=False)
place(EU, "SY", 34.47, 40.94, ["Al Baghuz", "Baghuz Fawqani", "Baghouz Fouqani"], rows="hint", geonames=False)
place(EU, "SY", 35.80, 38.61, ["Tabqa Dam", "Euphrates Dam", "barrage de Tabqa"], rows="hint", geonames=False)
place(EU, "SY", 35.91, 39.30, ["Al-Karama", "Karamah", "Al Karamah"], rows="hint", geonames=False)
place(EU, "SY", 35.02, 40.52, ["Al-Quriyah", "Quriyah", "Al Quriyah"], rows="hint", geonames=False)

# Iraq: Ninewa
place(NI, "IQ", 36.34, 43.13, ["Al Mawsil", "mosul", "Mosul city", "Musil", "Mûsil",
                               ("Mosul", "Ninewa"), ("Mosul", "Ninawa Governorate")])
place(NI, "IQ", 36.38, 42.45, ["Tell Afar", "Tal ‘Afar", "Talafer", "Tal’afar", "Tel Afar city"])
place(NI, "IQ", 36.32, 41.87, ["Şengal", "Sinjar city", "Singal", "Sinjar town", ("Sinjar", "Ninewa")], rows="hint")
place(NI, "IQ", 36.45, 43.35, ["Bashiqa town", "Baashiqa"], rows="hint")
place(NI, "IQ", 36.27, 43.38, ["Baghdida", "Al-Hamdaniyah", "Qara Qush"], rows="hint")
place(NI, "IQ", 36.35, 43.38, ["Bartella town", "Bartilla"], rows="hint", geonames=False)
place(NI, "IQ", 35.80, 43.29, ["Al Qayyarah", "Qayarah", "Al-Qayara", "Qaiyarah"], rows="hint")
place(NI, "IQ", 36.16, 43.26, ["Hammam Al Alil", "Hammam al-'Alil", "Hamam Alil"], rows="hint", geonames=False)
place(NI, "IQ", 37.14, 42.68, ["Zaxo city", "Zakhu town"], rows="hint")
place(NI, "IQ", 35.78, 43.58, ["Makhmour camp", "Makhmur town"], rows="hint")
place(NI, "IQ", 36.49, 43.12, ["Tel Keif", "Tilkaif", "Tall Kaif"], rows="hint")
place(NI, "IQ", 36.51, 41.73, ["Sinune", "Snuny", "Sinuni"], rows="hint", geonames=False)
place(NI, "IQ", 36.79, 42.10, ["Rabia", "Rabiaa", "Rabi'a"], rows="hint")
place(NI, "IQ", 36.71, 42.27, ["Zummar", "Zumar"], rows="hint")
place(NI, "IQ", 36.06, 43.40, ["Nimrod", "Kalhu"], rows="hint", geonames=False)
place(NI, "IQ", 35.59, 42.72, ["Hatra", "Al-Hadr", "Al Hadhar"], rows="hint")
place(NI, "IQ", 36.70, 43.33, ["Ain Sifni", "Shekhan", "Shaikhan"], rows="hint")
place(NI, "IQ", 36.28, 42.28, ["Al-Ayadiya", "Ayadiyah"], rows="hint", geonames=False)
place(NI, "IQ", 36.04, 41.72, ["Al-Baaj", "Ba'aj", "Baaj town"], rows="hint")

# Iraq: the Kurdistan region
place(KU, "IQ", 36.19, 44.01, ["Irbil", "Arbil city", "Hawler city", "erbil", "Hewler city", ("Erbil", "Kurdistan Region")])
place(KU, "IQ", 35.56, 45.44, ["Silêmanî", "Sulaimani", "Slemani", "Suleimaniya", "Sulaimaniya", "As Sulaymaniyah",
                               "Sulaymaniyah city"])
place(KU, "IQ", 36.87, 42.99, ["Dohuk city", "Duhok city", "Dihok city"])
place(KU, "IQ", 35.18, 45.99, ["Helebce", "Halabja city", "Halabjah town"], rows="hint")
place(KU, "IQ", 36.74, 43.89, ["Akre", "Aqrah", "Akrê", "Aqra"], rows="hint")
place(KU, "IQ", 36.65, 44.54, ["Soran", "Diana", "Soran town"], rows="hint")
place(KU, "IQ", 36.25, 44.88, ["Ranya", "Raniya", "Rania"], rows="hint")
place(KU, "IQ", 34.64, 45.32, ["Kalar", "Kelar", "Kalar town"], rows="hint")
place(KU, "IQ", 35.53, 44.83, ["Chamchamal", "Chemchemal", "Çemçemal"], rows="hint")
place(KU, "IQ", 37.09, 43.49, ["Amadiya", "Amedi", "Al-Amadiyah", "Amêdî"], rows="hint")
place(KU, "IQ", 36.08, 44.63, ["Koye", "Koysinjaq", "Koya town"], rows="hint")

# Iraq: Anbar
place(AN, "IQ", 33.42, 43.30, ["Ar Ramadi", "Al Ramadi", "Ramadi city", "Er Ramadi", ("Ramadi", "Anbar")])
place(AN, "IQ", 33.35, 43.78, ["Al Fallujah", "Fallouja", "Al-Falluja", "Fallujah town", ("Fallujah", "Al-Anbar")])
place(AN, "IQ", 34.38, 41.09, ["Al Qaim", "Al-Qa'im", "Al-Qaim town"], rows="hint")
place(AN, "IQ", 34.47, 41.92, ["Rawah", "Rawa town"], rows="hint")
place(AN, "IQ", 34.14, 42.38, ["Hadithah", "Al Haditha", "Haditha town"], rows="hint")
place(AN, "IQ", 33.64, 42.83, ["Heet", "Hit town", "Hiit"], rows="hint")
place(AN, "IQ", 34.37, 41.99, ["Ana", "Aana", "Anah town"], rows="hint")
place(AN, "IQ", 33.04, 40.28, ["Rutba", "Ar Rutbah", "Al Rutbah", "Routbah"], rows="hint")
place(AN, "IQ", 33.37, 43.57, ["Habbaniyah", "Al-Habbaniyah", "Habbaniya"], rows="hint")
place(AN, "IQ", 33.03, 43.61, ["Amiriyat al-Fallujah", "Amriyat al-Falluja", "Ameriyat al-Fallujah", "Al-Amiriyah"], rows="hint")
place(AN, "IQ", 33.40, 43.91, ["Al Karmah", "Garmah"], rows="hint", geonames=False)
place(AN, "IQ", 33.48, 43.60, ["Saqlawiyah", "Saqlawiya", "Al-Saqlawiyah"], rows="hint")
place(AN, "IQ", 34.08, 42.45, ["Barwana", "Barwanah"], rows="hint", geonames=False)

# Iraq: Salah al-Din, Kirkuk and Diyala
place(SD, "IQ", 34.61, 43.68, ["Tikrit city", "tikrit", "Tekreet", ("Tikrit", "Salah al-Din")])
place(SD, "IQ", 34.93, 43.49, ["Beiji", "Bayji town", "Baiji refinery"], rows="hint")
place(SD, "IQ", 34.20, 43.87, ["Samara", "Samarra city", "Sāmarrā"], rows="hint")
place(SD, "IQ", 34.02, 44.15, ["Balad town"], rows="hint")
place(SD, "IQ", 33.95, 44.23, ["Dujail", "Ad Dujayl", "Al-Dujail", "Dujayl"], rows="hint")
place(SD, "IQ", 35.47, 44.39, ["Kerkûk", "kirkuk", "Kirkuk city", "Kerkuk city", "Karkuk", ("Kirkuk", "Kirkuk Governorate")])
place(SD, "IQ", 35.32, 43.77, ["Al-Hawijah", "Huweija", "Hawijah", "al Hawija"], rows="hint")
place(SD, "IQ", 34.89, 44.63, ["Tuz Khurmatu", "Tuz Khormatu", "Tuz Khurmatou", "Tuz", "Tuz Khurmatoo"], rows="hint")
place(SD, "IQ", 33.75, 44.64, ["Ba'quba", "Baquba", "Baqouba city", "Baqubah city", ("Baqubah", "Diyala")], rows="hint")
place(SD, "IQ", 33.98, 44.94, ["Muqdadiyah", "Al-Muqdadiyah", "Muqdadiya", "Al Miqdadiyah"], rows="hint")
place(SD, "IQ", 34.35, 45.39, ["Khanqin", "Khaneqin"], rows="hint")
place(SD, "IQ", 34.27, 45.16, ["Jalula", "Jalawlaa"], rows="hint")
place(SD, "IQ", 34.06, 45.07, ["As-Sadiyah", "Saadiya", "Al-Saadiyah", "Sadiyah"], rows="hint")
place(SD, "IQ", 35.50, 43.24, ["Sharqat", "Al Shirqat", "Shirqat town"], rows="hint")
place(SD, "IQ", 34.22, 44.48, ["Al-Khalis", "Khalis", "Al Khalis"], rows="hint")
place(SD, "IQ", 33.51, 44.89, ["Balad Ruz", "Baladruz"], rows="hint")
place(SD, "IQ", 34.69, 43.68, ["Al-Alam", "Al Alam", "Alam town"], rows="hint")

# Iraq: Baghdad and the south
place(BG, "IQ", 33.34, 44.40, ["Baghdad city", "Baġdād", "baghdad", "Bağdat", ("Baghdad", "Baghdad Governorate")])
place(BG, "IQ", 33.29, 44.07, ["Abu Ghraib", "Abu Ghuraib", "Abou Ghraib"], rows="hint")
place(BG, "IQ", 33.52, 44.27, ["Taji", "Al-Taji", "At Taji"], rows="hint")
place(BG, "IQ", 30.51, 47.81, ["Basra city", "Al Basrah", "Basrah city", "basra", "Basora"])
place(BG, "IQ", 32.00, 44.34, ["An Najaf", "Najaf city", "Nadjaf city"], rows="hint")
place(BG, "IQ", 32.62, 44.02, ["Kerbala", "Karbala city", "Karbalaa"], rows="hint")
place(BG, "IQ", 32.48, 44.42, ["Al Hillah", "Al-Hilla", "Hilla city"], rows="hint")
place(BG, "IQ", 32.51, 45.82, ["Al Kut", "Kut al-Amara", "Kut city"], rows="hint")
place(BG, "IQ", 31.05, 46.26, ["An Nasiriyah", "Nassiriya", "Al-Nasiriyah"], rows="hint")
place(BG, "IQ", 31.84, 47.14, ["Al Amarah", "Al-Amara", "Amarah city"], rows="hint")
place(BG, "IQ", 31.31, 45.28, ["Samawah", "As Samawah", "Al-Samawa", "Samawa"], rows="hint")
place(BG, "IQ", 31.99, 44.92, ["Al Diwaniyah", "Ad Diwaniyah", "Diwaniyah city"], rows="hint")
place(BG, "IQ", 30.03, 47.96, ["Umm Qasr", "Um Qasr", "Umm Qassr"], rows="hint")
place(BG, "IQ", 30.39, 47.71, ["Zubair", "Az Zubayr", "Al-Zubair", "Zubayr"], rows="hint")

# Libya: Tripolitania
place(TP, "LY", 32.89, 13.19, ["Tripoli city", "Trablus", "Ṭarābulus", ("Tripoli", "Tripolitania")], rows="hint")
place(TP, "LY", 32.38, 15.09, ["Misratah", "Misurata city", "Misrata town", "misrata", "Misratah city"])
place(TP, "LY", 32.47, 14.57, ["Zlitan", "Zliten town", "Zlitin"])
place(TP, "LY", 32.65, 14.26, ["Khoms", "Al Khums", "Homs (Libya)", "Al-Khums city", "Khoms town"])
place(TP, "LY", 32.79, 12.49, ["Sabrata", "Sabratah", "Sabratha town"])
place(TP, "LY", 32.76, 12.73, ["Az Zawiyah", "Zawiyah", "Zawia", "Al Zawiya", "Zawiya town"])
place(TP, "LY", 32.17, 13.02, ["Gharian", "Gheryan", "Gharyan town"], rows="hint")
place(TP, "LY", 30.13, 9.50, ["Ghadamis", "Ghadāmis", "Ghadamès"], rows="hint")
place(TP, "LY", 31.76, 13.99, ["Bani Waleed", "Beni Ulid", "Bani Walid town"], rows="hint")
place(TP, "LY", 32.43, 13.63, ["Tarhuna town", "Terhuna"], rows="hint")
place(TP, "LY", 31.93, 12.25, ["Az Zintan", "Zintane", "Zintan town"], rows="hint")
place(TP, "LY", 31.87, 10.98, ["Nalut town", "Naloot"], rows="hint")
place(TP, "LY", 32.93, 12.08, ["Zwara", "Zuwara town"], rows="hint")
place(TP, "LY", 32.76, 12.57, ["Surmān", "Sorman town"], rows="hint")
place(TP, "LY", 32.88, 13.35, ["Tajoura", "Tajura", "Tadjoura", "Tajoura town"], rows="hint")
place(TP, "LY", 32.82, 13.01, ["Janzur", "Janzour town"], rows="hint", geonames=False)
place(TP, "LY", 32.62, 14.00, ["Msallata", "Misallatah", "Msellata"], rows="hint")
place(TP, "LY", 32.06, 12.53, ["Yifran"], rows="hint")
place(TP, "LY", 31.96, 12.02, ["Jadu", "Jado"], rows="hint")
place(TP, "LY", 32.80, 13.08, ["Qasr Ben Ghashir", "Gasr Bin Ghashir", "Qasr bin Gashir"], rows="hint", geonames=False)
place(TP, "LY", 32.82, 13.27, ["Ain Zarah", "Ayn Zara"], rows="hint", geonames=False)
place(TP, "LY", 32.90, 13.28, ["Mitiga airport", "Maitiga"], rows="hint", geonames=False)
place(TP, "LY", 32.00, 15.10, ["Tawarga"], rows="hint", geonames=False)

# Libya: Cyrenaica and the oil crescent
place(CY, "LY", 31.21, 16.59, ["Surt", "Sirte city", "Sirt city", ("Sirte", "Sirte District")])
place(CY, "LY", 32.12, 20.07, ["Banghazi", "Benghazi city", "Bengazi", ("Benghazi", "Cyrenaica")])
place(CY, "LY", 32.77, 22.64, ["Darnah", "Darna", "Derna city", "Dernah"])
place(CY, "LY", 32.08, 23.96, ["Tubruq", "Tobruk city", "Tobruq"])
place(CY, "LY", 30.76, 20.23, ["Ajdabiyah", "Ajdabia", "Ajdabiya town", "Adjabiya"])
place(CY, "LY", 30.50, 18.55, ["Ras Lanuf town", "Ras al-Unuf"], rows="hint", geonames=False)
place(CY, "LY", 30.42, 19.58, ["Al Burayqah", "Marsa al Brega", "Brega town", "Mersa Brega"], rows="hint")
place(CY, "LY", 30.63, 18.35, ["Es Sidra", "Al Sidra", "Sidra port"], rows="hint", geonames=False)
place(CY, "LY", 32.76, 21.76, ["Bayda", "Al Bayda", "El-Beida", "Beida"], rows="hint")
place(CY, "LY", 32.49, 20.83, ["Marj", "Al Marj", "El-Marj"], rows="hint")
place(CY, "LY", 32.53, 20.58, ["Tukra", "Taucheira"], rows="hint")
place(CY, "LY", 32.83, 21.86, ["Shahhat"], rows="hint")
place(CY, "LY", 24.18, 23.31, ["Kufra", "Al Kufrah", "Kufra town", "El Kufra"], rows="hint")
place(CY, "LY", 29.03, 21.55, ["Jalu", "Galo"], rows="hint")
place(CY, "LY", 29.11, 21.29, ["Awjilah", "Aujila"], rows="hint")
place(CY, "LY", 31.76, 25.06, ["Bardiyah", "Bardia", "Al Bardi"], rows="hint")
place(CY, "LY", 31.66, 20.02, ["Suluq", "Solluch", "Suluq town"], rows="hint")
place(CY, "LY", 30.80, 18.07, ["Ben Jawad", "Bin Jawad town"], rows="hint", geonames=False)

# Libya: Fezzan
place(FZ, "LY", 27.04, 14.43, ["Sabha city", "Sebha city", "Sabhā", ("Sabha", "Fezzan")])
place(FZ, "LY", 26.59, 12.78, ["Ubari", "Ubari town"], rows="hint")
place(FZ, "LY", 25.92, 13.92, ["Murzuq", "Murzuk", "Murzuq town", ("Murzuq", "Murzuq District")], rows="hint")
place(FZ, "LY", 24.96, 10.18, ["Ghat town", "Ghāt"], rows="hint")
place(FZ, "LY", 29.13, 15.95, ["Hon"], rows="hint")
place(FZ, "LY", 29.16, 16.14, ["Waddān"], rows="hint")
place(FZ, "LY", 27.55, 14.27, ["Birak", "Brak town"], rows="hint")
place(FZ, "LY", 24.93, 14.64, ["Qatrun", "Al Qatrun", "Gatrun"], rows="hint")
place(FZ, "LY", 29.07, 15.78, ["Sukna", "Socna"], rows="hint")
place(FZ, "LY", 26.56, 13.35, ["Germa", "Jarma", "Garama"], rows="hint")
place(FZ, "LY", 27.24, 14.66, ["Tamanhint"], rows="hint", geonames=False)

# Turkey's border
place(TB, "TR", 36.71, 38.95, ["Akçakale", "Akcakale town", "akcakale"], rows="any")
place(TB, "TR", 36.85, 40.05, ["Ceylanpinar town", "Ceylan Pinar"], rows="any")
place(TB, "TR", 37.07, 41.22, ["Nusaybin", "Nisêbîn", "Nisibis", "nusaybin"], rows="any")
place(TB, "TR", 36.72, 37.12, ["Kilis", "Kilis town", "Kilis city"], rows="any")
place(TB, "TR", 36.27, 36.57, ["Reyhanlı town"], rows="any")
place(TB, "TR", 36.98, 38.42, ["Suruc town", "Pirsûs"], rows="any")
place(TB, "TR", 36.68, 37.47, ["Elbeyli", "Elbeyli camp"], rows="hint")
place(TB, "TR", 36.83, 37.99, ["Karkamış", "Karkamis", "Karkemish"], rows="hint")
place(TB, "TR", 35.90, 36.06, ["Yayladağı", "Yayladagi", "Yayladağ"], rows="hint")
place(TB, "TR", 37.33, 42.19, ["Cizre town", "Djizré"], rows="hint")
place(TB, "TR", 37.25, 42.47, ["Silopi", "Silopî", "Silopi town"], rows="hint")
place(TB, "TR", 36.11, 36.24, ["Altınözü", "Altinozu"], rows="hint")
place(TB, "TR", 36.20, 36.16, ["Antakya", "Antioch", "Hatay (Antakya)"], rows="hint")
place(TB, "TR", 37.07, 37.38, ["Antep", "Gaziantep city", "Ayntap"], rows="hint")
place(TB, "TR", 37.16, 38.79, ["Şanlıurfa", "Sanliurfa", "Riha"], rows="hint")
place(TB, "TR", 37.31, 40.74, ["Mardin", "Mêrdîn", "Mardin town"], rows="hint")
place(TB, "TR", 37.19, 40.59, ["Kızıltepe", "Kiziltepe", "Qoser"], rows="hint")
place(TB, "TR", 37.03, 37.98, ["Birecik", "Bireçik", "Birecik town"], rows="hint")
place(TB, "TR", 37.03, 36.63, ["İslahiye", "Islahiye"], rows="hint")
place(TB, "TR", 36.50, 36.36, ["Kırıkhan", "Kirikhan"], rows="hint")
place(TB, "TR", 36.86, 39.03, ["Harran", "Haran", "Harran town"], rows="hint")
place(TB, "TR", 37.24, 39.76, ["Viranşehir", "Viransehir", "Wêranşar"], rows="hint")
place(TB, "TR", 37.57, 43.74, ["Hakkari", "Hakkâri", "Colemêrg"], rows="hint")

# Lebanon and Jordan
place(LJ, "LB", 34.18, 36.42, ["'Arsal", "Ersal town"], rows="hint", geonames=False)
place(LJ, "LB", 34.39, 36.39, ["Hermel", "Al Hermel", "Hirmel"], rows="hint")
place(LJ, "LB", 34.01, 36.21, ["Baalbek", "Ba'albek", "Baalbak"], rows="hint")
place(LJ, "LB", 33.85, 35.90, ["Zahle", "Zahlé", "Zahleh", "Zahle city"], rows="hint")
place(LJ, "LB", 34.34, 36.48, ["Qaa", "Al-Qaa", "El Qaa", "Al Qaa"], rows="hint", geonames=False)
place(LJ, "LB", 34.26, 36.42, ["Ras Baalbek", "Ras Baalbeck", "Ras Baalbak"], rows="hint")
place(LJ, "LB", 34.55, 36.08, ["Halba", "Halba town", "Halbā"], rows="hint")
place(LJ, "LB", 33.56, 35.37, ["Saida", "Sidon", "Saïda", "Sayda"], rows="hint")
place(LJ, "LB", 33.27, 35.20, ["Tyre", "Sour", "Tyr", "Sur (Tyre)"], rows="hint")
place(LJ, "LB", 33.38, 35.48, ["Nabatieh", "Nabatiyeh", "Nabatîyé", "An Nabatiyah"], rows="hint")
place(LJ, "LB", 33.12, 35.43, ["Bint Jbail", "Bint Jubayl"], rows="hint")
place(LJ, "LB", 33.82, 35.85, ["Chtaura", "Chtoura", "Shtaura"], rows="hint")
place(LJ, "LB", 33.71, 35.90, ["Majdal Anjar", "Majdel Anjar", "Majdal Aanjar"], rows="hint")
place(LJ, "LB", 33.89, 35.50, ["Beyrouth", "Bayrut", "Beirut city"], rows="hint")
place(LJ, "LB", 34.44, 35.83, ["Tripoli (Liban)", "Trablous", "Tarabulus ash-Sham"], rows="hint")
place(LJ, "JO", 32.34, 36.21, ["Al Mafraq", "El Mafraq", "Mafraq town"], rows="hint")
place(LJ, "JO", 32.56, 36.01, ["Ar Ramtha", "Er Ramtha", "Al Ramtha"], rows="hint")
place(LJ, "JO", 32.56, 35.85, ["Irbid", "Irbed", "Irbid city"], rows="hint")
place(LJ, "JO", 32.07, 36.09, ["Zarqa", "Az Zarqa", "Zarka", "Al-Zarqa"], rows="hint")
place(LJ, "JO", 32.30, 36.32, ["Za'atari", "Zaatari refugee camp", "Al Zaatari"], rows="hint", geonames=False)
place(LJ, "JO", 31.83, 36.81, ["Azraq", "Al Azraq", "Azraq town", "El Azraq"], rows="hint")
place(LJ, "JO", 32.51, 38.20, ["Ruwaished", "Ar Ruwayshid", "Ruwayshed", "Ruweished"], rows="hint")
place(LJ, "JO", 31.95, 35.93, ["Amman", "ʿAmmān", "Amman city"], rows="hint")

# Must NOT be placed (query, hint, region, note): areas and governorates as OCHA and NGOs write them,
# towns with the wrong country, made-up villages, and typos one letter from two towns of the country.
REVIEW = [
    ("Rural Damascus", "Syria", "", "a governorate, not a point"),
    ("Rif Damascus", "", "", "a governorate, not a point"),
    ("Eastern Ghouta", "Syria", "", "a region, not a point"),
    ("East Ghouta", "", "", "a region, not a point"),
    ("la Ghouta orientale", "Syrie", "", "a region, not a point"),
    ("Wadi Barada valley", "Syria", "", "a valley, not a point"),
    ("Jebel Saman", "Syria", "", "a district, not a point"),
    ("northern rural Hama", "Syria", "", "a vague area, not a point"),
    ("southern Idleb countryside", "Syria", "", "a vague area, not a point"),
    ("north-east Syria", "", "", "a vague area, not a point"),
    ("the Jazira region", "Syria", "", "a region, not a point"),
    ("Dar'a Governorate", "Syria", "", "a governorate, not a point"),
    ("Idleb Governorate", "", "", "a governorate, not a point"),
    ("Deir-ez-Zor countryside", "Syria", "", "a vague area, not a point"),
    ("the Euphrates valley", "", "", "a valley, not a point"),
    ("Ninewa Plains", "Iraq", "", "a plain, not a point"),
    ("Ninawa", "Iraq", "", "a governorate, not a point"),
    ("Salah al-Din Governorate", "Iraq", "", "a governorate, not a point"),
    ("Anbar province", "Iraq", "", "a province, not a point"),
    ("the Kurdistan Region of Iraq", "", "", "a region, not a point"),
    ("Sinjar mountains", "Iraq", "", "a mountain range, not a point"),
    ("Hamrin mountains", "Iraq", "", "a mountain range, not a point"),
    ("the Fezzan", "Libya", "", "a region, not a point"),
    ("Jabal Nafusa", "Libya", "", "a mountain range, not a point"),
    ("the Nafusa mountains", "", "", "a mountain range, not a point"),
    ("the oil crescent", "Libya", "", "a vague area, not a point"),
    ("le croissant pétrolier", "Libye", "", "a vague area, not a point"),
    ("southern Tripoli", "Libya", "", "a vague area, not a point"),
    ("Bekaa valley", "Lebanon", "", "a valley, not a point"),
    ("the Golan Heights", "", "", "a region, not a point"),
    ("Hatay province", "Turkey", "", "a province, not a point"),
    ("Ar-Raqqa", "Iraq", "", "a Syrian city, wrong country"),
    ("Al-Hasakeh", "Turkey", "", "a Syrian city, wrong country"),
    ("Idleb", "Iraq", "", "a Syrian city, wrong country"),
    ("Deir-ez-Zor", "Lebanon", "", "a Syrian city, wrong country"),
    ("Tal Afar", "Syria", "", "an Iraqi town, wrong country"),
    ("Ramadi", "Syria", "", "an Iraqi city, wrong country"),
    ("Misurata", "Tunisia", "", "a Libyan city, wrong country"),
    ("Sabha", "Syrie", "", "a Libyan city, wrong country"),
    ("Kilis", "Syria", "", "a Turkish town, wrong country"),
    ("Akçakale", "Syrie", "", "a Turkish town, wrong country"),
    ("Arsal", "Syria", "", "a Lebanese town, wrong country"),
    ("Mafraq", "Iraq", "", "a Jordanian town, wrong country"),
    ("Hewlêr", "Syria", "", "an Iraqi city, wrong country"),
    ("Tell Um Hosh al-Sharqi", "Syria", "", "made-up village"),
    ("Kafr Umm Jarrah", "Syrie", "", "made-up village"),
    ("Mazraat al-Sabbaghin", "Syria", "", "made-up village"),
    ("Qaryat Hamad al-Mutlaq", "Iraq", "", "made-up village"),
    ("Tall Abu Dhahab al-Gharbi", "Iraq", "", "made-up village"),
    ("Bir Umm Rukba", "Libya", "", "made-up village"),
    ("Wadi al-Khanzir al-Kabir", "Libye", "", "made-up village"),
    ("Gasr al-Hajjaj al-Jadid", "Libya", "", "made-up village"),
    ("Jabal Abu Rujmayn al-Sharqi", "", "", "made-up place"),
]
