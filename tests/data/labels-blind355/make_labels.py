#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file; the checks are those of
../label_checks.py.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from label_checks import C, S, N, main  # noqa: E402

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (blind set 355: ek01-ek08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost / losing N fighters / soldiers / police officers', r'\blos(?:t|ing)\b'),
    ('sacrificed their lives / buried / brought in (bodies)', r'\bsacrificed\b|\bburied\b'),
    ('captured / taken … prisoner / held', r'\bcaptured\b|\bprisoner\b|\bheld\b'),
    ('sheltering / left the town / IDPs', r'\bsheltering\b|\bleft\b|\bIDPs\b'),
    ('sustained injuries / hurt', r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('returnees/IDPs/passengers/neighbors', r'\b(?:returnees|IDPs|passengers|neighbors)\b'),
    ('herders/drivers/humanitarian staff', r'\b(?:herders|drivers|staff)\b'),
    ('members of an armed group / of the special force', r'\bmembers\b'),
    ('young men', r'\byoung men\b'),
]

# ek01: two days of street fighting between rival Tigrayan forces in Mekelle, Tigray, Ethiopia
# (AFP style, one sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['ek01.txt'] = dict(
    casualty=[
        C('At least 23 people were killed', 'killed', 23, 'at-least', 'people', id='tot'),
        C('dozens wounded', 'injured', None, 'vague', 'people'),
        C('eight civilians', 'killed', 8, 'exact', 'civilians', sub='tot'),
        C('97 wounded', 'injured', 97, 'exact', 'people', id='inj'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='inj'),
        C('losing “fewer than ten” fighters', 'killed', 10, 'at-most', 'fighters'),
        C('killed 31 regional troops', 'killed', 31, 'exact', 'soldiers'),
        C('lost 11 police officers', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('40 “rebels” had been killed', 'killed', 40, 'exact', 'fighters', tags='contradicted'),
        C('62 captured', 'detained', 62, 'exact', 'fighters'),
        C('the death toll had risen to 29', 'killed', 29, 'exact', 'people', tags='update'),
        C('six of the wounded died', 'killed', 6, 'exact', 'people', sub='inj'),
        C('a lower toll of 18 dead', 'killed', 18, 'exact', 'people', tags='contradicted'),
        C('upwards of 50 people had died', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('about 6,500 people had fled', 'displaced', 6500, 'approx', 'people', id='disp'),
        C('some 1,200 of the displaced', 'displaced', 1200, 'approx', 'people', sub='disp'),
        C('detained between 40 and 50 young men', 'detained', None, 'range', 'men', low=40, high=50),
        C('hundreds of thousands of people died', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('hospital and security sources', 'anonymous'),
        S('a doctor at Ayder Referral Hospital', 'anonymous'),
        S('The doctor', 'anonymous'),
        S('The dissident faction', 'military'),
        S('The interim administration’s security bureau', 'official'),
        S('Residents', 'witness'),
        S('Letay Gebru', 'witness', form='name'),
        S('Ayder’s medical director, Dr Kibrom Tesfay', 'official', form='title-name'),
        S('The Tigray Health Bureau', 'official'),
        S('Dimtsi Weyane', 'media'),
        S('medics at Ayder', 'anonymous'),
        S('The United Nations humanitarian office, OCHA', 'ngo'),
        S('Aid workers', 'ngo', form='collective'),
        S('the Tigray Human Rights Forum', 'ngo'),
        S('residents', 'witness'),
        S('Federal government spokesman Legesse Tulu', 'official', form='title-name'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('12-year-old', 'age'),
        N('71st Brigade', 'other'),
        N('112 to 27', 'vote'),
        N('two nights', 'duration'),
        N('41-year-old', 'age'),
        N('14 surgeons', 'count-people'),
        N('Several shops', 'count-objects'),
        N('Kebele 14', 'other'),
        N('2022', 'year'),
        N('two-year', 'duration'),
    ])

# ek02: fighting between rival Tigrayan factions for control of Adigrat, Tigray, Ethiopia
# (Reuters style, American spelling, straight quotes)
A['ek02.txt'] = dict(
    casualty=[
        C('killed at least 17 people', 'killed', 17, 'at-least', 'people', id='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('wounded more than 60', 'injured', 60, 'at-least', 'people', id='inj'),
        C('22 of the wounded', 'injured', 22, 'exact', 'people', sub='inj'),
        C('nine', 'injured', 9, 'exact', 'people', sub='inj'),
        C('killed 26 fighters', 'killed', 26, 'exact', 'fighters'),
        C('taken 45 prisoner', 'detained', 45, 'exact', 'fighters'),
        C('lost seven soldiers', 'killed', 7, 'exact', 'soldiers'),
        C('lost "no more than a handful" of fighters', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('killed "more than 80" government troops', 'killed', 80, 'at-least', 'soldiers', tags='contradicted'),
        C('11 civilians had been killed', 'killed', 11, 'exact', 'civilians'),
        C('the bodies of two neighbors', 'killed', 2, 'exact', 'civilians'),
        C('arrested roughly 130 people', 'detained', 130, 'approx', 'people', id='arr'),
        C('12 women', 'detained', 12, 'exact', 'women', sub='arr'),
        C('15-20 of those held', 'detained', None, 'range', 'people', low=15, high=20, sub='arr'),
        C('forced about 9,000 people from their homes', 'displaced', 9000, 'approx', 'people', id='disp'),
        C('nearly 3,000 of them were children', 'displaced', 3000, 'at-most', 'children', sub='disp'),
        C('Around 1.1 million people remain displaced', 'displaced', 1100000, 'approx', 'people'),
    ],
    sources=[
        S('a hospital official', 'anonymous'),
        S('residents', 'witness'),
        S('The official', 'anonymous'),
        S('Brigadier General Mulu Asgedom', 'military', form='title-name'),
        S('The faction', 'military'),
        S('Council spokesman Yemane Kahsay', 'military', form='title-name'),
        S('Tigray Television', 'media'),
        S('residents', 'witness', nth=1),
        S('Hagos Tesfay', 'witness', form='name'),
        S('Hiwot Gebremedhin', 'ngo', form='name'),
        S('The U.N. refugee agency UNHCR', 'ngo'),
        S('Agency spokeswoman Maria Lindqvist', 'ngo', form='title-name'),
        S("Ethiopia's federal government", 'official'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('at least three schools', 'count-objects'),
        N('some 80,000 people', 'population'),
        N('63', 'age'),
        N('14 hours', 'duration'),
        N('two-year', 'duration'),
        N('November 2022', 'date'),
    ])

# ek03: an attack on two IDP sites in Shire, North Western Zone, Tigray, Ethiopia (a UN OCHA flash
# update: headings, highlights, displacement by site, access, response, funding; British spelling)
A['ek03.txt'] = dict(
    casualty=[
        C('At least 11 people were killed', 'killed', 11, 'at-least', 'people', id='k'),
        C('34 injured', 'injured', 34, 'exact', 'people', id='inj'),
        C('An estimated 14,000 IDPs fled', 'displaced', 14000, 'approx', 'people', id='disp'),
        C('some 5,200 of them are sheltering', 'displaced', 5200, 'approx', 'people', sub='disp'),
        C('Of those killed, six were women', 'killed', 6, 'exact', 'women', sub='k'),
        C('three were children', 'killed', 3, 'exact', 'children', sub='k'),
        C('Seventeen of the injured', 'injured', 17, 'exact', 'people', id='s17', sub='inj'),
        C('four of whom later died', 'killed', 4, 'exact', 'people', sub='s17'),
        C('the toll to 15', 'killed', 15, 'exact', 'people', tags='update'),
        C('at least 23 people', 'missing', 23, 'at-least', 'people'),
        C('seven or eight women were abducted', 'detained', None, 'range', 'women', low=7, high=8),
        C('12 suspects had been arrested', 'detained', 12, 'exact', 'people'),
        C('an estimated 470,000 IDPs', 'displaced', 470000, 'approx', 'people'),
        C('almost 8,100 of the newly displaced', 'displaced', 8100, 'at-most', 'people', sub='disp'),
        C('5,900', 'displaced', 5900, 'exact', 'people', sub='disp'),
        C('Around 4,300', 'displaced', 4300, 'approx', 'people', sub='disp'),
        C('three humanitarian staff were briefly detained', 'detained', 3, 'exact', 'other'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('site management committees', 'other', form='collective'),
        S('the North Western Zone Health Department', 'official'),
        S('Site management committees', 'other', form='collective'),
        S('Regional police', 'official'),
        S('the Tigray Interim Administration', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo', form='document'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Partners', 'ngo', form='collective'),
        S('partners', 'ngo', nth=3, form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 May 2025', 'date'),
        N('two sites', 'count-objects'),
        N('11 to 12 May', 'date'),
        N('two sites', 'count-objects', nth=1),
        N('four IDP sites', 'count-objects'),
        N('72 hours', 'duration'),
        N('some 60,000 people', 'count-people'),
        N('about 40 armed men', 'count-people'),
        N('11 p.m.', 'time'),
        N('11 May', 'date'),
        N('about 300 shelters', 'count-objects'),
        N('13 May', 'date'),
        N('27 sites', 'count-objects'),
        N('2020–2022', 'year'),
        N('two or three times', 'other'),
        N('2020', 'year', nth=1),
        N('36 hours', 'duration'),
        N('12 May', 'date', nth=1),
        N('two aid trucks', 'count-objects'),
        N('two mobile health teams', 'count-objects'),
        N('trauma kits for 200 patients', 'count-objects'),
        N('150,000 litres', 'quantity'),
        N('about 2,000 emergency shelter kits', 'count-objects'),
        N('2025', 'year', nth=1),
        N('17 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
        N('$4 million', 'money'),
        N('three months', 'duration'),
    ])

# ek04: security forces fire on a hunger protest at a displacement camp outside Axum, Tigray, Ethiopia
# (a newspaper's own correspondent: headline and byline, British spelling, curly quotes, em-dash aside)
A['ek04.txt'] = dict(
    casualty=[
        C('killing at least nine', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 27', 'injured', 27, 'exact', 'people', id='inj'),
        C('some 18,000 people displaced', 'displaced', 18000, 'approx', 'people'),
        C('seven bodies', 'killed', 7, 'exact', 'people'),
        C('two more people had died', 'killed', 2, 'exact', 'people'),
        C('Eleven of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('injuring 14 police officers', 'injured', 14, 'exact', 'soldiers', id='pol'),
        C('four of them', 'injured', 4, 'exact', 'soldiers', sub='pol'),
        C('the number of dead at five', 'killed', 5, 'exact', 'people', tags='contradicted'),
        C('38 people had been arrested', 'detained', 38, 'exact', 'people', id='arr'),
        C('Twenty-one of them', 'detained', 21, 'exact', 'people', sub='arr'),
        C('the toll at 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('as many as 20 people', 'missing', 20, 'at-most', 'people'),
        C('buried six of our children', 'killed', 6, 'exact', 'children'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('an estimated 100,000 displaced people', 'displaced', 100000, 'approx', 'people'),
    ],
    sources=[
        S('camp leaders', 'other', form='collective'),
        S('a nurse', 'anonymous'),
        S('Witnesses', 'witness'),
        S('Gidey Abraha', 'witness', form='name'),
        S('A nurse at the camp clinic', 'anonymous'),
        S('The Central Zone police commander, Colonel Berhane Gebru', 'official', form='title-name'),
        S('Camp leaders', 'other', form='collective'),
        S('Abrehet Kidane', 'other', form='name'),
        S('the interim administration’s communication bureau', 'official'),
        S('Aid workers', 'ngo', form='collective'),
        S('The World Food Programme', 'ngo'),
    ],
    numbers=[
        N('2022', 'year'),
        N('about 2,000 camp residents', 'count-people'),
        N('14', 'age'),
        N('52-year-old', 'age'),
        N('2021', 'year'),
        N('committee of five', 'count-people'),
        N('about 80,000 people', 'population'),
        N('a dozen camps', 'count-objects'),
        N('2023', 'year'),
        N('one meal a day', 'quantity'),
        N('60 per cent', 'percentage'),
        N('US$34 million', 'money'),
    ])

# ek05: gunmen ambush a convoy of returnees near Alamata, southern Tigray, Ethiopia (AP style, em-dash
# dateline, American spelling, straight quotes)
A['ek05.txt'] = dict(
    casualty=[
        C('killing 14 returnees', 'killed', 14, 'exact', 'people', id='tot'),
        C('wounding at least 20 others', 'injured', 20, 'at-least', 'people', id='inj'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('Six of those hurt', 'injured', 6, 'exact', 'people', sub='inj'),
        C('at least four young men', 'detained', 4, 'at-least', 'men'),
        C('the four men', 'detained', 4, 'exact', 'men', tags='repeat'),
        C('arrested seven suspects', 'detained', 7, 'exact', 'people'),
        C('the two drivers were among the dead', 'killed', 2, 'exact', 'other', sub='tot'),
        C('killed three Amhara civilians', 'killed', 3, 'exact', 'civilians'),
        C('killed six of the attackers', 'killed', 6, 'exact', 'fighters'),
        C('the death toll had reached 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('22 wounded people', 'injured', 22, 'exact', 'people', tags='contradicted'),
        C('Scores of returnees', 'displaced', None, 'vague', 'people'),
        C('More than 1 million people remain displaced', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('survivors', 'witness'),
        S('Abadi Mesele', 'official', form='name'),
        S('Abadi', 'official', nth=1, form='name'),
        S('A survivor, Tirhas Gebremariam', 'witness', form='name'),
        S('Relatives', 'witness'),
        S('Southern Zone police spokesman Inspector Mebrahtu Kiros', 'official', form='title-name'),
        S('The Tigray Interim Administration', 'official'),
        S('A Fano spokesman, Dessalegn Mekuria', 'military', form='title-name'),
        S('State-affiliated broadcaster Fana', 'media'),
        S("Alamata hospital's medical director, Dr. Fitsum Alem", 'official', form='title-name'),
        S('Hospital staff', 'anonymous'),
        S('a local aid worker', 'anonymous'),
        S('The International Organization for Migration', 'ngo'),
        S('U.N. figures', 'ngo', form='document'),
    ],
    numbers=[
        N('six buses', 'count-objects'),
        N('two trucks', 'count-objects'),
        N('about 12 kilometers', 'distance'),
        N('7 miles', 'distance'),
        N('8 a.m.', 'time'),
        N('70-year-old', 'age'),
        N('four years', 'duration'),
        N('10 to 12 of them', 'count-people'),
        N('2-year-old', 'age'),
        N('two AK-47 rifles', 'count-objects'),
        N('November 2020', 'date'),
        N('about 62,000 people', 'count-people'),
    ])

# ek06: a drone strike on a lorry near Abala, Afar region, Ethiopia (a broadcaster's website: headline
# and byline instead of a dateline, British spelling, straight quotes)
A['ek06.txt'] = dict(
    casualty=[
        C('kills 12', 'killed', 12, 'exact', 'people'),
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people', id='tot', tags='repeat'),
        C('three children were among the dead', 'killed', 3, 'exact', 'children', sub='tot'),
        C('17 people had been injured', 'injured', 17, 'exact', 'people', id='inj'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='inj'),
        C('the bodies of nine people', 'killed', 9, 'exact', 'people'),
        C('Five to seven others are still missing', 'missing', None, 'range', 'people', low=5, high=7),
        C('two dozen dead', 'killed', 24, 'exact', 'people', tags='contradicted'),
        C('21 wounded', 'injured', 21, 'exact', 'people', tags='contradicted'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', id='w11', sub='inj'),
        C('Two of them died', 'killed', 2, 'exact', 'people', sub='w11'),
        C('the toll to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('killing over 80 civilians', 'killed', 80, 'at-least', 'civilians'),
        C('up to 3,000 people', 'displaced', 3000, 'at-most', 'people'),
        C('detained four men', 'detained', 4, 'exact', 'men'),
    ],
    sources=[
        S('local officials', 'official'),
        S('relatives of the victims', 'witness'),
        S('An Afar regional official', 'anonymous'),
        S('The state-run Afar Mass Media Agency', 'media'),
        S('Mohammed Ali', 'witness', form='name'),
        S('government spokesperson Hirut Mengesha', 'official', form='title-name'),
        S('The Tigray Salvation Council', 'military'),
        S('the head nurse, Fatuma Hassen', 'official', form='title-name'),
        S('The Ethiopian Human Rights Commission (EHRC)', 'ngo'),
        S('Ibrahim Hamed', 'witness', form='name'),
        S('Local officials', 'official'),
        S('Afar regional police', 'official'),
    ],
    numbers=[
        N('about 30 passengers', 'count-people'),
        N('roughly 15km', 'distance'),
        N('nine miles', 'distance'),
        N('34-year-old', 'age'),
        N('father of three', 'count-people'),
        N('2023', 'year'),
        N('100km', 'distance'),
        N('at least 11 drone strikes', 'count-objects'),
        N('about 200 lorries', 'count-objects'),
        N('three lorries', 'count-objects'),
        N('dozens of drivers', 'count-people'),
    ])

# ek07: an armed group from across the border attacks returnees in Berahle, Afar region, Ethiopia
# (state media, ENA style: "The … Commission says", "disclosed this in a statement", "ENA recalls")
A['ek07.txt'] = dict(
    casualty=[
        C('killed 21 members of an armed group', 'killed', 21, 'exact', 'fighters'),
        C('killed 13 civilians', 'killed', 13, 'exact', 'civilians', id='tot'),
        C('6 women', 'killed', 6, 'exact', 'women', sub='tot'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('wounded 19 others', 'injured', 19, 'exact', 'civilians', id='w19'),
        C('abducted 8 herders', 'detained', 8, 'exact', 'other'),
        C('5 members of the special force had sacrificed their lives', 'killed', 5, 'exact', 'soldiers'),
        C('11 others sustained injuries', 'injured', 11, 'exact', 'soldiers'),
        C('34 members of the group had been captured', 'detained', 34, 'exact', 'fighters'),
        C('A number of civilians are still unaccounted for', 'missing', None, 'vague', 'civilians'),
        C('approximately 4,500 residents', 'displaced', 4500, 'approx', 'civilians'),
        C('27 injured persons', 'injured', 27, 'exact', 'people', id='hb'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='hb'),
        C('the civilian death toll had risen to 16', 'killed', 16, 'exact', 'civilians', tags='update'),
        C('3 of the wounded civilians died', 'killed', 3, 'exact', 'civilians', sub='w19'),
        C('The 13 civilians killed', 'killed', 13, 'exact', 'civilians', tags='repeat'),
        C('some 70,000 people displaced', 'displaced', 70000, 'approx', 'people'),
    ],
    sources=[
        S('The Afar Regional State Police Commission', 'official'),
        S('Deputy Commissioner Ahmed Yasin', 'official', form='title-name'),
        S('the Deputy Commissioner', 'official', form='role'),
        S('The Deputy Commissioner', 'official', form='role'),
        S('the statement', 'official', form='document'),
        S('Berahle Woreda Administrator Hassen Mohammed', 'official', form='title-name'),
        S('the administrator', 'official', form='role'),
        S('the Afar Regional Health Bureau', 'official'),
        S('Bureau Head Dr. Mohammed Ahmed', 'official', form='title-name'),
        S('A resident of Berahle town, Halima Ali', 'witness', form='name'),
        S('The Afar Regional Government', 'official'),
    ],
    numbers=[
        N('May 20/2025', 'date'),
        N('Zone 2', 'other'),
        N('numbering more than 100', 'count-people'),
        N('about 3 a.m.', 'time'),
        N('more than 1,200 camels and goats', 'count-objects'),
        N('2 heavy machine guns', 'count-objects'),
        N('40 Kalashnikov rifles', 'count-objects'),
        N('6 kebeles', 'count-objects'),
        N('4 years', 'duration'),
        N('320 quintals of wheat', 'quantity'),
        N('2,000 litres of edible oil', 'quantity'),
        N('some 170 km', 'distance'),
        N('37 houses', 'count-objects'),
    ])

# ek08: killings and abductions of returnees in Zalambessa, Eastern Zone, Tigray, Ethiopia (an NGO
# statement with a headline, demands and notes to editors; British spelling, curly quotes)
A['ek08.txt'] = dict(
    casualty=[
        C('killed at least 19 civilians', 'killed', 19, 'at-least', 'civilians'),
        C('abducted dozens more', 'detained', None, 'vague', 'civilians'),
        C('killing 11 people', 'killed', 11, 'exact', 'people', id='k11'),
        C('seven of them women', 'killed', 7, 'exact', 'women', sub='k11'),
        C('wounding six others', 'injured', 6, 'exact', 'people'),
        C('the abduction of at least 37 people', 'detained', 37, 'at-least', 'people', id='abd'),
        C('30 of them', 'missing', 30, 'exact', 'people', sub='abd'),
        C('14 returnees had been killed', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('22 abducted', 'detained', 22, 'exact', 'people', tags='contradicted'),
        C('17 people', 'injured', 17, 'exact', 'people', id='t17'),
        C('two of whom later died', 'killed', 2, 'exact', 'people', sub='t17'),
        C('about 3,800 people have left the town', 'displaced', 3800, 'approx', 'people'),
        C('an estimated 880,000 people are still displaced', 'displaced', 880000, 'approx', 'people', id='tig'),
        C('around 7,000 of them', 'displaced', 7000, 'approx', 'people', sub='tig'),
    ],
    sources=[
        S('the Horn Civilian Rights Centre (HCRC)', 'ngo'),
        S('survivors', 'witness'),
        S('a 38-year-old mother of four', 'witness', form='role'),
        S('HCRC', 'ngo', nth=2),
        S('Relatives', 'witness'),
        S('Local officials in Zalambessa', 'official'),
        S('Adigrat General Hospital', 'official'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Dr Lemlem Tsegay', 'ngo', form='title-name'),
        S('OCHA', 'ngo'),
    ],
    numbers=[
        N('9 June 2025', 'date'),
        N('46 returnees', 'count-people'),
        N('between 12 and 28 May', 'date'),
        N('four separate attacks', 'count-objects'),
        N('3 May', 'date'),
        N('38-year-old', 'age'),
        N('mother of four', 'count-people'),
        N('roughly 5,000 people', 'count-people'),
        N('3 May', 'date', nth=1),
        N('2022', 'year'),
        N('less than 10 per cent', 'percentage'),
        N('2011', 'year'),
        N('about 100km', 'distance'),
        N('1998–2000', 'year'),
        N('2020–2022', 'year'),
        N('two sites', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
