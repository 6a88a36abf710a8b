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

# ---------------------------------------------------------------- labels (fortieth blind set: gg01-gg08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / embraced shahadat / sent to hell / neutralized / executed / shot dead / buried / lost',
     r'\bmartyred\b|\bshahadat\b|\bsent to hell\b|\bneutrali[sz]ed\b|\bexecuted\b|\bshot dead\b|\bburied\b|'
     r'\blost\b|\bcorpses\b'),
    ('captured / apprehended / kidnapped / taken / the arrest of',
     r'\bcaptured\b|\bapprehended\b|\bkidnapped\b|\btaken\b|\bthe arrest of\b'),
    ('left / shifted / refugees / internally displaced', r'\bleft\b|\bshifted\b|\brefugees\b'),
    ('treated for injuries / gunshot wounds / seriously / critically',
     r'\binjuries\b|\bwounds\b|\bseriously\b|\bcritically\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('khwarij/khawarij/mercenaries/insurgents/bandits/attackers',
     r'\b(?:khwarij|khawarij|mercenaries|insurgents|bandits|attackers)\b'),
    ('security personnel', r'\bsecurity personnel\b'),
    ('teenagers/brothers/cousins/passengers/travelers/families/suspects/victims/Christians/Yemenis',
     r'\b(?:teenagers|brothers|cousins|passengers|travelers|families|suspects|victims|Christians)\b'),
]

# gg01: gunmen attack minibuses of gold-mine laborers in Ghor province, Afghanistan (Reuters style)
A['gg01.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('Four of the dead were teenagers', 'killed', 4, 'exact', 'children', sub='tot'),
        C('seven other passengers were wounded', 'injured', 7, 'exact', 'people', id='inj'),
        C('two of them critically', 'injured', 2, 'exact', 'people', sub='inj'),
        C('received 13 bodies', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('nine wounded', 'injured', 9, 'exact', 'people', id='docw', tags='contradicted'),
        C('three of whom', 'injured', 3, 'exact', 'people', sub='docw'),
        C('the toll had risen to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('detained six suspects', 'detained', 6, 'exact', 'people'),
        C('eight "innocent travelers" had been martyred', 'killed', 8, 'exact', 'people', tags='contradicted'),
        C('150 to 200 families had left', 'displaced', None, 'range', 'people', low=150, high=200),
        C('two cousins were killed', 'killed', 2, 'exact', 'people'),
        C('killed at least 345 civilians', 'killed', 345, 'at-least', 'civilians'),
    ],
    sources=[
        S('police', 'official'),
        S('Abdul Wahid Hamdard', 'official', form='name'),
        S('Taliban officials', 'official'),
        S('A doctor at the provincial hospital in Chaghcharan', 'anonymous'),
        S('Hamdard', 'official', nth=1, form='name'),
        S("The Taliban interior ministry's spokesman, Mufti Abdul Karim Safi", 'official', form='title-name'),
        S('Residents of Lal', 'witness'),
        S('Mohammad Ali', 'witness', form='name'),
        S('The U.N. Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
    ],
    numbers=[
        N('Oct 12', 'date'),
        N('two minibuses', 'count-objects'),
        N('7 p.m.', 'time'),
        N('about 90 km', 'distance'),
        N('56 miles', 'distance'),
        N('38', 'age'),
        N('about 500 afghanis', 'money'),
        N('$7', 'money'),
        N('12-hour', 'duration'),
        N('more than 40 attacks', 'count-objects'),
        N('August 2021', 'date'),
        N('about 800,000 people', 'population'),
        N('2023', 'year'),
    ])

# gg02: Huthi shelling of a village in Al Bayda governorate, Yemen (AFP style)
A['gg02.txt'] = dict(
    casualty=[
        C('At least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('Another 27 people were wounded', 'injured', 27, 'exact', 'people', id='inj'),
        C('nine women', 'injured', 9, 'exact', 'women', sub='inj'),
        C('several of the injured', 'injured', None, 'vague', 'people', sub='inj'),
        C('dozens of mercenaries” had been killed', 'killed', None, 'vague', 'fighters'),
        C('14 others had been captured', 'detained', 14, 'exact', 'fighters'),
        C('buried 21 bodies', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('between three and five people were still missing', 'missing', None, 'range', 'people', low=3, high=5),
        C('five soldiers had been killed', 'killed', 5, 'exact', 'soldiers'),
        C('11 wounded', 'injured', 11, 'exact', 'soldiers'),
        C('upwards of 30 dead', 'killed', 30, 'at-least', 'fighters'),
        C('some 3,000 people had fled', 'displaced', 3000, 'approx', 'people', id='disp'),
        C('roughly 1,200 of them', 'displaced', 1200, 'approx', 'people', sub='disp'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('medical sources', 'anonymous'),
        S('the official', 'anonymous'),
        S('a doctor at the hospital in the nearby town of Rada’a', 'anonymous'),
        S('The Iran-backed Huthis', 'military'),
        S('The rebels’ Al-Masirah television', 'media'),
        S('Sheikh Ahmed Saleh al-Awadi', 'other', form='title-name'),
        S('The government’s military spokesman, Colonel Fawaz al-Qadhi', 'military', form='title-name'),
        S('The United Nations’ humanitarian coordinator for Yemen, Karin Lindqvist', 'ngo', form='title-name'),
        S('the UN', 'ngo', nth=0),
        S('the UN', 'ngo', nth=1),
    ],
    numbers=[
        N('48 hours', 'duration'),
        N('eight other provinces', 'count-objects'),
        N('about 200 kilometres', 'distance'),
        N('2014', 'year'),
        N('April 2022', 'date'),
        N('several front lines', 'count-objects'),
        N('More than 18 million Yemenis', 'count-people'),
    ])

# gg03: a rights group's statement on army and VDP executions near Sebba, Sahel region, Burkina Faso
A['gg03.txt'] = dict(
    casualty=[
        C('executed at least 48 civilians', 'killed', 48, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('the arrest of 17 men', 'detained', 17, 'exact', 'men'),
        C('lost two brothers', 'killed', 2, 'exact', 'men'),
        C('buried 23 people', 'killed', 23, 'exact', 'people', sub='tot'),
        C('all 48 victims', 'killed', 48, 'exact', 'civilians', tags='repeat'),
        C('14 people had been killed there', 'killed', 14, 'exact', 'people', sub='tot'),
        C('11 bodies were found', 'killed', 11, 'exact', 'people', sub='tot'),
        C('neutralized more than 60 terrorists', 'killed', 60, 'at-least', 'fighters', tags='contradicted'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('the 17 detained men', 'detained', 17, 'exact', 'men', tags='repeat'),
        C('killed nearly a dozen people', 'killed', 12, 'at-most', 'people'),
        C('abducted a number of women', 'detained', None, 'vague', 'women'),
        C('killed more than 8,000 people', 'killed', 8000, 'at-least', 'people'),
        C('more than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('West Africa Rights Monitor', 'ngo', nth=0),
        S('The group', 'ngo'),
        S('Witnesses', 'witness'),
        S('a 62-year-old farmer from Gountouré', 'witness', form='role'),
        S('Residents of neighboring Boulkéssi', 'witness'),
        S('a health worker', 'anonymous'),
        S('The army', 'military'),
        S('Aminata Sow', 'ngo', form='name'),
        S('residents', 'witness'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('March 4, 2025', 'date'),
        N('three villages', 'count-objects'),
        N('January 23', 'date'),
        N('24', 'date'),
        N('about 30 vehicles', 'count-objects'),
        N('62-year-old', 'age'),
        N('41 people', 'count-people'),
        N('February 2', 'date'),
        N('20', 'date'),
        N('26 witnesses', 'count-people'),
        N('January 27', 'date'),
        N('February 24', 'date'),
        N('February 9', 'date'),
        N('about 60 kilometers', 'distance'),
        N('January 2023', 'date'),
        N('about 300 kilometers', 'distance'),
        N('over two years', 'duration'),
    ])

# gg04: gunmen attack a market and abduct shoppers in Kogi state, Nigeria (AP style)
A['gg04.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('abducting dozens of others', 'detained', None, 'vague', 'people'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('17 people were wounded', 'injured', 17, 'exact', 'people', id='inj'),
        C('31 corpses', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('the death toll had risen to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('four of the wounded died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('as many as 40 people had been taken', 'detained', 40, 'at-most', 'people'),
        C('killed nine villagers', 'killed', 9, 'exact', 'civilians'),
        C('4,152 people were kidnapped', 'detained', 4152, 'exact', 'people'),
        C('killed 35 bandits', 'killed', 35, 'exact', 'fighters'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('residents', 'witness'),
        S('Ezekiel Okoro', 'official', form='name'),
        S('Residents', 'witness'),
        S('Bola Adeyemi', 'witness', form='name'),
        S('Police', 'official'),
        S('Okoro', 'official', nth=1, form='name'),
        S('The state’s commissioner for information, Funmilayo Okesanmi', 'official', form='title-name'),
        S('police', 'official', nth=2),
        S('Kasa Risk Analytics', 'ngo'),
        S('the Rev. Michael Ajibola', 'other', form='title-name'),
        S('Nigeria’s military', 'military'),
    ],
    numbers=[
        N('about 2,000 traders and shoppers', 'count-people'),
        N('about 110 kilometers', 'distance'),
        N('70 miles', 'distance'),
        N('about 50 men', 'count-people'),
        N('12 of the abducted victims', 'count-people'),
        N('two years', 'duration'),
        N('12 months', 'duration'),
        N('more than 7.3 billion naira', 'money'),
        N('$4.7 million', 'money'),
        N('one child', 'count-people'),
        N('freed 62 hostages', 'count-people'),
    ])

# gg05: al-Shabaab assault on an army base near Afgoye, Lower Shabelle, Somalia (dpa style,
# one sentence a paragraph)
A['gg05.txt'] = dict(
    casualty=[
        C('At least 16 soldiers were killed', 'killed', 16, 'at-least', 'soldiers', id='tot'),
        C('Another 21 soldiers were wounded', 'injured', 21, 'exact', 'soldiers', id='inj'),
        C('seven of them seriously', 'injured', 7, 'exact', 'soldiers', sub='inj'),
        C('killed 37 "khawarij"', 'killed', 37, 'exact', 'fighters'),
        C('five soldiers dead', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('nine wounded', 'injured', 9, 'exact', 'soldiers', tags='contradicted'),
        C('killed 47 soldiers', 'killed', 47, 'exact', 'soldiers', tags='contradicted'),
        C('26 wounded people', 'injured', 26, 'exact', 'people', id='amb'),
        C('three civilians', 'injured', 3, 'exact', 'civilians', sub='amb'),
        C('up to 300 families had fled', 'displaced', 300, 'at-most', 'people'),
        C('the bodies of six or seven militants', 'killed', None, 'range', 'fighters', low=6, high=7),
        C('killed at least 12 soldiers', 'killed', 12, 'at-least', 'soldiers'),
        C('more than 3.5 million people are internally displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('a military officer', 'anonymous'),
        S('the officer', 'anonymous'),
        S("Somalia's Ministry of Defence", 'military'),
        S('The ministry', 'military'),
        S('Al-Shabaab', 'military'),
        S('Liban Osman Farah', 'ngo', form='name'),
        S('Residents of Afgoye', 'witness'),
        S('Fadumo Ali', 'witness', form='name'),
        S('A local elder, Mohamed Hussein Warsame', 'other', form='name'),
        S('a government official', 'anonymous'),
        S('The African Union mission in Somalia, AUSSOM', 'military'),
        S('officials', 'official'),
        S('the UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('about 30 kilometres', 'distance'),
        N('around 4.30 am', 'time'),
        N('dozens of gunmen', 'count-people'),
        N('several hours', 'duration'),
        N('more than two hours', 'duration'),
        N('a mother of five', 'count-people'),
        N('roughly 400 soldiers', 'count-people'),
        N('2012', 'year'),
    ])

# gg06: a UN OCHA flash update on attacks and displacement in Chiure district, Cabo Delgado, Mozambique
A['gg06.txt'] = dict(
    casualty=[
        C('displaced an estimated 42,500 people', 'displaced', 42500, 'approx', 'people', id='disp'),
        C('at least 14 civilians have been killed', 'killed', 14, 'at-least', 'civilians', id='k'),
        C('four children', 'killed', 4, 'exact', 'children', sub='k'),
        C('10–15 people have been abducted', 'detained', None, 'range', 'people', low=10, high=15),
        C('more than 9,000', 'displaced', 9000, 'at-least', 'people', sub='disp'),
        C('31 people have been treated for injuries', 'injured', 31, 'exact', 'people', id='inj'),
        C('11 with gunshot wounds', 'injured', 11, 'exact', 'people', sub='inj'),
        C('killed 18 insurgents', 'killed', 18, 'exact', 'fighters'),
        C('killed 20 "Christians"', 'killed', 20, 'exact', 'people', tags='contradicted'),
        C('the 42,500 displaced people', 'displaced', 42500, 'exact', 'people', id='rep', tags='repeat'),
        C('Some 18,000 people', 'displaced', 18000, 'approx', 'people', sub='rep'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('displaced over 1.3 million', 'displaced', 1300000, 'at-least', 'people'),
    ],
    sources=[
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Local authorities', 'official'),
        S('the District Service of Health, Women and Social Action (SDSMAS)', 'official'),
        S('The Mozambique Defence Armed Forces (FADM)', 'military'),
        S('Islamic State Mozambique Province', 'military'),
        S('Partners', 'ngo'),
        S('UNICEF', 'ngo'),
        S('ACLED', 'ngo'),
        S('IOM', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 February 2025', 'date'),
        N('at least nine villages', 'count-objects'),
        N('8', 'date'),
        N('14 February', 'date'),
        N('US$6.8 million', 'money'),
        N('three months', 'duration'),
        N('12 per cent', 'percentage'),
        N('8 February', 'date'),
        N('N1', 'other'),
        N('two schools', 'count-objects'),
        N('64 beds', 'count-objects'),
        N('15 February', 'date'),
        N('six of the attacks', 'count-objects'),
        N('at least 37 unaccompanied or separated children', 'count-people'),
        N('22', 'count-people'),
        N('an estimated 60 per cent', 'percentage'),
        N('four temporary accommodation sites', 'count-objects'),
        N('11,200 people', 'count-people'),
        N('about 6,500 people', 'count-people'),
        N('one latrine per 80 people', 'other'),
        N('2025', 'year', nth=1),
        N('$352 million', 'money'),
        N('9 per cent', 'percentage'),
        N('October 2017', 'date'),
    ])

# gg07: a security operation in Mohmand district, Khyber Pakhtunkhwa, Pakistan (state media, APP style)
A['gg07.txt'] = dict(
    casualty=[
        C('killed 11 khwarij', 'killed', 11, 'exact', 'fighters', id='tot'),
        C('three soldiers embraced shahadat', 'killed', 3, 'exact', 'soldiers'),
        C('11 khwarij were sent to hell', 'killed', 11, 'exact', 'fighters', tags='repeat'),
        C('four were apprehended', 'detained', 4, 'exact', 'fighters'),
        C('two civilians', 'injured', 2, 'exact', 'civilians'),
        C('about 150 families', 'displaced', 150, 'approx', 'people'),
        C('killed 23 khwarij', 'killed', 23, 'exact', 'fighters'),
        C('killed at least 96 security personnel', 'killed', 96, 'at-least', 'soldiers'),
        C('54 civilians', 'killed', 54, 'exact', 'civilians'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR statement', 'military', form='document'),
        S('the statement', 'military', form='document'),
        S('the ISPR', 'military', nth=1),
        S('Mohmand Deputy Commissioner Nisar Ahmad Khan', 'official', form='title-name'),
        S('the ISPR', 'military', nth=2),
        S('the Islamabad Centre for Security Research (ICSR)', 'ngo'),
    ],
    numbers=[
        N('Aug 14', 'date'),
        N('August 13', 'date'),
        N('nearly five hours', 'duration'),
        N('Six Kalashnikov rifles', 'count-objects'),
        N('two rocket launchers', 'count-objects'),
        N('36', 'age'),
        N('29', 'age'),
        N('23', 'age'),
        N('10-year-old', 'age'),
        N('four villages', 'count-objects'),
        N('2014', 'year'),
    ])

# gg08: gunmen attack a bus and a village near Assosa, Benishangul-Gumuz, Ethiopia (a broadcaster's
# website, with a headline and no dateline)
A['gg08.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('killed at least 34 people', 'killed', 34, 'at-least', 'people', id='tot'),
        C('Twenty-one of them were shot dead', 'killed', 21, 'exact', 'people', sub='tot'),
        C('13 people were killed', 'killed', 13, 'exact', 'people', sub='tot'),
        C('at least 18 other people were wounded', 'injured', 18, 'at-least', 'people', id='inj'),
        C('several of them critically', 'injured', None, 'vague', 'people', sub='inj'),
        C('around 10 passengers had been abducted', 'detained', 10, 'approx', 'people', id='abd'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('fewer than 20 civilians had been killed', 'killed', 20, 'at-most', 'civilians', tags='contradicted'),
        C('neutralised” 12 of the attackers', 'killed', 12, 'exact', 'fighters'),
        C('arrested 40 suspects', 'detained', 40, 'exact', 'people'),
        C('admitted 23 wounded people', 'injured', 23, 'exact', 'people', id='hosp'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='hosp'),
        C('its toll to 36', 'killed', 36, 'exact', 'people', tags='update'),
        C('two of the abducted passengers had been found dead', 'killed', 2, 'exact', 'people', sub='abd'),
        C('more than 80 people were killed', 'killed', 80, 'at-least', 'people'),
        C('about 70,000 refugees', 'displaced', 70000, 'approx', 'people'),
        C('thousands of local people have fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the country’s human rights commission', 'official'),
        S('The Ethiopian Human Rights Commission (EHRC)', 'official'),
        S('The commission', 'official'),
        S('a survivor', 'anonymous'),
        S('The regional government’s communication bureau', 'official'),
        S('A doctor at Assosa General Hospital', 'anonymous'),
        S('the commission', 'official', nth=0),
        S('the commission', 'official', nth=1),
        S('the UN refugee agency', 'ngo'),
        S('Aid workers', 'ngo'),
        S('Abebech Tadesse', 'witness', form='name'),
    ],
    numbers=[
        N('two attacks', 'count-objects'),
        N('Amba 14', 'other'),
        N('dozens of houses', 'count-objects'),
        N('2019', 'year'),
        N('one of the worst incidents', 'other'),
        N('2021', 'year'),
        N('five camps', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
