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

# ---------------------------------------------------------------- labels (blind set 729: zzy01-zzy08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('embraced shahadat / martyred / martyring / martyrs / sent to hell / shot dead / succumbed / executed',
     r'\bshahadat\b|\bmartyr|\bsent to hell\b|\bshot dead\b|\bsuccumbed\b|\bexecuted\b'),
    ('apprehended / rounded up / taken / kidnapped / remain in … jail',
     r'\bapprehended\b|\brounded up\b|\btaken\b|\bkidnapped\b|\bjail\b'),
    ('have left / shifted / sheltering', r'\bleft\b|\bshifted\b|\bsheltering\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('khwarij/militants/attackers', r'\b(?:khwarij|attackers)\b'),
    ('policemen/constables/personnel/sons of the soil',
     r'\b(?:policemen|constables|personnel|sons of the soil)\b'),
    ('laborers/drivers/passengers/spectators/protesters/members',
     r'\b(?:laborers|drivers|passengers|spectators|protesters?|members)\b'),
    ('families/households/suspects/teenagers/sons/young men',
     r'\b(?:families|households|suspects|teenagers|sons|young men)\b'),
]

# zzy01: sectarian fighting around Charkhel, Kurram (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['zzy01.txt'] = dict(
    casualty=[
        C('At least 19 people were killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('37 wounded', 'injured', 37, 'exact', 'people', id='w'),
        C('Six members of the wedding party died', 'killed', 6, 'exact', 'people'),
        C('the bodies of 19 people', 'killed', 19, 'exact', 'people', id='b19', tags='repeat'),
        C('Four of the dead were women', 'killed', 4, 'exact', 'women', sub='b19'),
        C('three were children', 'killed', 3, 'exact', 'children', sub='b19'),
        C('37 people had been wounded', 'injured', 37, 'exact', 'people', id='w2', tags='repeat'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w2'),
        C('the number of injured higher, at “more than 50”', 'injured', 50, 'at-least', 'people',
          tags='contradicted'),
        C('received 14 bodies', 'killed', 14, 'exact', 'people'),
        C('dozens of wounded', 'injured', None, 'vague', 'people'),
        C('20 to 22 people had lost their lives', 'killed', None, 'range', 'people', low=20, high=22,
          tags='contradicted'),
        C('as many as 25 people may have died', 'killed', 25, 'at-most', 'people', tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('around 150 families had fled', 'displaced', 150, 'approx', 'people'),
        C('Two men were still unaccounted for', 'missing', 2, 'exact', 'men'),
        C('three more of the wounded had died', 'killed', 3, 'exact', 'people', sub='w2'),
        C('the death toll to 22', 'killed', 22, 'exact', 'people', tags='update'),
        C('killed more than 130 people', 'killed', 130, 'at-least', 'people'),
        C('killing more than 40 people', 'killed', 40, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a senior police officer in Kurram', 'anonymous'),
        S('the officer', 'anonymous'),
        S('residents', 'witness'),
        S('Deputy Commissioner Javedullah Mehsud', 'official', form='title-name'),
        S('Mehsud', 'official', nth=1, form='name'),
        S('A doctor at the District Headquarters Hospital in Parachinar', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('Geo News', 'media'),
        S('hospital sources', 'anonymous'),
        S('Tribal elders', 'other'),
        S('Police', 'official'),
        S('Abdul Wahid', 'witness', form='name'),
        S('a district health official', 'anonymous'),
        S('an AFP tally', 'media'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('more than 30 hours', 'duration'),
        N('two rocket launchers', 'count-objects'),
        N('45-year-old', 'age'),
        N('some 800,000 residents', 'population'),
        N('November 2024', 'date'),
    ])

# zzy02: an ISPR communiqué on an operation in Dosali, North Waziristan, as carried by state media
# (APP dateline, digits, "khwarij", "embraced shahadat", "sent to hell", martyrs' ages; straight quotes)
A['zzy02.txt'] = dict(
    casualty=[
        C('killed 11 khwarij', 'killed', 11, 'exact', 'fighters'),
        C('4 soldiers embraced shahadat', 'killed', 4, 'exact', 'soldiers'),
        C('11 Indian-sponsored khwarij were sent to hell', 'killed', 11, 'exact', 'fighters', tags='repeat'),
        C('3 others were apprehended', 'detained', 3, 'exact', 'fighters'),
        C('4 brave sons of the soil', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('63 khwarij have been sent to hell', 'killed', 63, 'exact', 'fighters'),
        C('17 soldiers have embraced shahadat', 'killed', 17, 'exact', 'soldiers'),
        C('the 4 martyrs', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('martyring 2 constables', 'killed', 2, 'exact', 'soldiers'),
        C('injuring 5 others', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('3 of the injured policemen', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('2 civilians', 'injured', 2, 'exact', 'civilians'),
        C('almost 300 families', 'displaced', 300, 'at-most', 'people'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S('the ISPR statement', 'military', form='document'),
        S('the statement', 'military', form='document'),
        S('the ISPR', 'military', nth=2),
        S("the military's media wing", 'military'),
        S('the ISPR', 'military', nth=3),
        S('The Federal Interior Minister', 'official', form='role'),
        S('police', 'official'),
        S('District Police Officer North Waziristan Rehmat Ullah Dawar', 'official', form='title-name'),
        S('Tribal elder Malik Sher Zaman', 'other', form='title-name'),
        S('Local administration officials', 'official'),
        S('The Deputy Commissioner North Waziristan', 'official', form='role'),
        S('the ISPR', 'military', nth=4),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('12/13 October', 'date'),
        N('age 26 years', 'age'),
        N('age 38 years', 'age'),
        N('age 24 years', 'age'),
        N('age 22 years', 'age'),
        N('2 suicide vests', 'count-objects'),
        N('6 hand grenades', 'count-objects'),
        N('1,200 people', 'count-people'),
    ])

# zzy03: separatists stop buses on the highway near Kolpur, Balochistan, and shoot passengers (Reuters
# style, American spelling, straight quotes, Reuters dateline and sign-off)
A['zzy03.txt'] = dict(
    casualty=[
        C('shot dead at least 17 of them', 'killed', 17, 'at-least', 'people', id='tot'),
        C('17 bodies had been recovered', 'killed', 17, 'exact', 'people', id='b17', tags='repeat'),
        C('six other passengers were wounded', 'injured', 6, 'exact', 'people', id='inj'),
        C('12 laborers', 'killed', 12, 'exact', 'other', sub='b17'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='b17'),
        C('executed 22 personnel', 'killed', 22, 'exact', 'soldiers', tags='contradicted'),
        C('Two of my passengers were killed', 'killed', 2, 'exact', 'people'),
        C('Three passengers', 'missing', 3, 'exact', 'people'),
        C('four of the wounded', 'injured', 4, 'exact', 'people', sub='inj'),
        C('the bodies of two more passengers', 'killed', 2, 'exact', 'people'),
        C('the death toll to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('killed nine militants', 'killed', 9, 'exact', 'fighters'),
        C('nearly 30 suspects had been detained', 'detained', 30, 'at-most', 'people'),
        C('killing scores of them', 'killed', None, 'vague', 'people'),
        C('killed 23 passengers', 'killed', 23, 'exact', 'people'),
        C('killed 782 people', 'killed', 782, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S("Kachhi district's deputy commissioner, Naveed Ahmed Khoso", 'official', form='title-name'),
        S('Khoso', 'official', nth=1, form='name'),
        S('Provincial government spokeswoman Sadaf Jamali', 'official', form='title-name'),
        S('The outlawed Balochistan Liberation Army (BLA)', 'military'),
        S('Khoso', 'official', nth=2, form='name'),
        S('Bus driver Gul Muhammad', 'witness', form='title-name'),
        S('the Levies', 'official'),
        S('Dr. Asif Shahwani', 'official', form='title-name'),
        S('Khoso', 'official', nth=3, form='name'),
        S("The military's media wing", 'military'),
        S('A security official', 'anonymous'),
        S('the Pakistan Institute for Conflict and Security Studies', 'ngo'),
    ],
    numbers=[
        N('March 3', 'date'),
        N('About 40 gunmen', 'count-people'),
        N('N-65', 'other'),
        N('around 9:30 p.m.', 'time'),
        N('at least five buses', 'count-objects'),
        N('a number of private cars', 'count-objects'),
        N('14-year-old', 'age'),
        N('about 3 km', 'distance'),
        N('2 miles', 'distance'),
        N('more than 12 hours', 'duration'),
        N('hundreds of vehicles', 'count-objects'),
        N('August 2024', 'date'),
        N('2025', 'year'),
    ])

# zzy04: a suicide bombing at a party rally in Qila Saifullah, Balochistan (AP style, em-dash dateline,
# American spelling, straight quotes, AP contributor line)
A['zzy04.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('wounding dozens', 'injured', None, 'vague', 'people'),
        C('Five of the dead were police officers', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('10 or 12', 'killed', None, 'range', 'people', low=10, high=12),
        C('received 12 bodies', 'killed', 12, 'exact', 'people'),
        C('41 injured people', 'injured', 41, 'exact', 'people', id='h41'),
        C('eight of whom', 'injured', 8, 'exact', 'people', id='e8', sub='h41'),
        C('a handful', 'injured', None, 'vague', 'people', sub='h41'),
        C('Two of the critically wounded died', 'killed', 2, 'exact', 'people', sub='e8'),
        C('up to a dozen of the wounded', 'injured', 12, 'at-most', 'people', sub='h41'),
        C('the toll had risen to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('detained seven people', 'detained', 7, 'exact', 'people'),
        C('at least 20 people had been killed', 'killed', 20, 'at-least', 'people', tags='contradicted'),
        C('killed "nearly 50" members', 'killed', 50, 'at-most', 'people', tags='contradicted'),
        C('killed 63 people', 'killed', 63, 'exact', 'people'),
        C('more than 1,500 people', 'killed', 1500, 'at-least', 'people'),
    ],
    sources=[
        S('police and hospital officials', 'official'),
        S('Abdul Qadir Kakar', 'official', form='name'),
        S('Abdul Ghani', 'witness', form='name'),
        S('Dr. Sher Ali Mandokhail', 'official', form='title-name'),
        S('Deputy Inspector General Asim Jaffar', 'official', form='title-name'),
        S('The party', 'other'),
        S('A spokesman, Maulana Abdul Rauf', 'other', form='title-name'),
        S("The Islamic State group's regional affiliate", 'military'),
        S('its Amaq news agency', 'media'),
        S("The Prime Minister's Office", 'official'),
        S('Officials', 'official'),
    ],
    numbers=[
        N('early 20s', 'age'),
        N('about 2,000 supporters', 'count-people'),
        N('4 p.m.', 'time'),
        N('38', 'age'),
        N('about 140 kilometers', 'distance'),
        N('85 miles', 'distance'),
        N('July 2023', 'date'),
        N('one of the deadliest', 'other'),
        N('2021', 'year'),
        N('2025', 'year'),
    ])

# zzy05: an NGO statement on detentions, killings and a highway protest in Zehri, Khuzdar district
# (headline, en-dash dateline, first person plural, demands as bullets, notes to editors, British
# spelling, curly quotes)
A['zzy05.txt'] = dict(
    casualty=[
        C('at least 27 residents', 'detained', 27, 'at-least', 'civilians', id='d27'),
        C('Nine of them remain unaccounted for', 'missing', 9, 'exact', 'civilians', sub='d27'),
        C('three young men', 'killed', 3, 'exact', 'men'),
        C('two sons were taken', 'detained', 2, 'exact', 'men'),
        C('killing two people', 'killed', 2, 'exact', 'people'),
        C('injuring at least 14', 'injured', 14, 'at-least', 'people', id='i14'),
        C('four women', 'injured', 4, 'exact', 'women', sub='i14'),
        C('only one protester died', 'killed', 1, 'exact', 'people', tags='contradicted'),
        C('11 “terrorists” were killed', 'killed', 11, 'exact', 'fighters'),
        C('19 suspects had been detained', 'detained', 19, 'exact', 'people'),
        C('upwards of 40 people were arrested', 'detained', 40, 'at-least', 'people', id='a40'),
        C('several women', 'detained', None, 'vague', 'women', sub='a40'),
        C('12 remain in Khuzdar jail', 'detained', 12, 'exact', 'people', sub='a40'),
        C('more than 600 households have been forced from their homes', 'displaced', 600, 'at-least', 'people'),
    ],
    sources=[
        S('Justice Watch Balochistan (JWB)', 'ngo'),
        S('Our researchers', 'ngo'),
        S('Bibi Shahnaz', 'witness', form='name'),
        S('doctors at the Khuzdar Teaching Hospital', 'anonymous'),
        S('The Khuzdar district administration', 'official'),
        S('The provincial home department', 'official'),
        S('The Baloch Yakjehti Committee (BYC)', 'other'),
        S('Residents', 'witness'),
        S('local elders', 'other'),
        S('The Commission of Inquiry on Enforced Disappearances', 'official'),
        S('JWB', 'ngo', nth=3),
        S('Sadia Rind', 'ngo', form='name'),
    ],
    numbers=[
        N('22 September 2025', 'date'),
        N('2 September', 'date'),
        N('31 relatives and eyewitnesses', 'count-people'),
        N('9 and 11 September', 'date'),
        N('aged 19 and 23', 'age'),
        N('4 September', 'date'),
        N('15 September', 'date', nth=0),
        N('N-25', 'other'),
        N('12-year-old', 'age'),
        N('more than 10,000 complaints', 'count-objects'),
        N('2011', 'year'),
        N('over 2,000 of them', 'count-objects'),
        N('24 hours', 'duration'),
        N('15 September', 'date', nth=1),
        N('20 days', 'duration'),
        N('2014', 'year'),
        N('+92 81 2864 417', 'other'),
    ])

# zzy06: a UN OCHA-style flash update on an attack on a relief convoy near Muqbal, Kurram, and the road
# closure (title, highlights, sections, bullets, digits, "per cent")
A['zzy06.txt'] = dict(
    casualty=[
        C('At least 9 people were killed', 'killed', 9, 'at-least', 'people'),
        C('14 injured', 'injured', 14, 'exact', 'people'),
        C('2 drivers remain unaccounted for', 'missing', 2, 'exact', 'other'),
        C('An estimated 1,900 families have been displaced', 'displaced', 1900, 'approx', 'people'),
        C('9 people were killed', 'killed', 9, 'exact', 'people', nth=1, id='o9', tags='repeat'),
        C('5 truck drivers', 'killed', 5, 'exact', 'other', sub='o9'),
        C('3 security personnel', 'killed', 3, 'exact', 'soldiers', sub='o9'),
        C('14 others were injured', 'injured', 14, 'exact', 'people', id='o14', tags='repeat'),
        C('2 drivers are missing', 'missing', 2, 'exact', 'other', tags='repeat'),
        C('the number of dead at 12', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('8 of the injured', 'injured', 8, 'exact', 'people', id='i8', sub='o14'),
        C('2 of them died', 'killed', 2, 'exact', 'people', sub='i8'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('more than 150 people have been killed', 'killed', 150, 'at-least', 'people'),
        C('over 300 injured', 'injured', 300, 'at-least', 'people'),
        C('approximately 1,900 families', 'displaced', 1900, 'approx', 'people', id='d', tags='repeat'),
        C('around 13,300 people', 'displaced', 13300, 'approx', 'people'),
        C('some 250 families', 'displaced', 250, 'approx', 'people', sub='d'),
        C('80–100 families', 'displaced', None, 'range', 'people', low=80, high=100, sub='d'),
        C('at least 29 children have died', 'killed', 29, 'at-least', 'children'),
        C('6 suspects have been arrested', 'detained', 6, 'exact', 'people'),
    ],
    sources=[
        S('the district administration', 'official'),
        S('The district administration', 'official'),
        S('Local media reports', 'media'),
        S('the hospital’s medical superintendent', 'official', form='role'),
        S('Health partners', 'ngo'),
        S('the Provincial Disaster Management Authority (PDMA)', 'official'),
        S('The PDMA', 'official'),
        S('Partners', 'ngo'),
        S('WHO', 'ngo'),
        S('Police', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('18 January 2026', 'date'),
        N('16 January', 'date', nth=0),
        N('10 January', 'date', nth=0),
        N('96 days', 'duration'),
        N('16 January', 'date', nth=1),
        N('around 11:20', 'time'),
        N('41 trucks', 'count-objects'),
        N('At least 17 trucks', 'count-objects'),
        N('17 January', 'date'),
        N('less than 20 per cent', 'percentage'),
        N('July 2024', 'date'),
        N('10 January', 'date', nth=1),
        N('3 schools', 'count-objects'),
        N('about 60 per cent', 'percentage'),
        N('October 2025', 'date'),
        N('6 of the district’s 28 health facilities', 'count-objects'),
        N('140 per cent', 'percentage'),
        N('120 metric tonnes', 'quantity'),
        N('approximately 40,000 people', 'count-people'),
        N('US$ 4.2 million', 'money'),
        N('23 per cent', 'percentage'),
    ])

# zzy07: a quadcopter strike on a house in Hamzoni, North Waziristan, and the sit-in that followed (a
# broadcaster's website: headline and byline, British spelling, curly quotes, en-dash aside)
A['zzy07.txt'] = dict(
    casualty=[
        C('At least six children were killed', 'killed', 6, 'at-least', 'children', id='tot'),
        C('nine other people injured', 'injured', 9, 'exact', 'people'),
        C('four of the dead', 'killed', 4, 'exact', 'children', sub='tot'),
        C('received five bodies', 'killed', 5, 'exact', 'people', tags='contradicted'),
        C('11 injured people', 'injured', 11, 'exact', 'people', id='h11', tags='contradicted'),
        C('three of them women', 'injured', 3, 'exact', 'women', sub='h11'),
        C('the toll had risen to seven', 'killed', 7, 'exact', 'children', tags='update'),
        C('wounding two soldiers', 'injured', 2, 'exact', 'soldiers'),
        C('killed four militants', 'killed', 4, 'exact', 'fighters'),
        C('three protesters were injured', 'injured', 3, 'exact', 'people'),
        C('roughly 15 people had been hurt', 'injured', 15, 'approx', 'people', tags='contradicted'),
        C('Hundreds of families have left', 'displaced', None, 'vague', 'people'),
        C('at least 40 civilians have been killed', 'killed', 40, 'at-least', 'civilians', tags='contradicted'),
        C('fewer than 10 civilians have died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('killed two teenagers', 'killed', 2, 'exact', 'children'),
        C('wounded seven spectators', 'injured', 7, 'exact', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('residents', 'witness', nth=1),
        S('local officials', 'official'),
        S('villagers', 'witness'),
        S('Noor Wali Wazir', 'witness', form='name'),
        S('The district health officer in Miranshah, Dr Ikramullah Dawar', 'official', form='title-name'),
        S('elders', 'other', nth=0),
        S('Residents', 'witness'),
        S('Pakistan’s military', 'military'),
        S('The Pakistani Taliban', 'military'),
        S('Police', 'official'),
        S('An organiser of the sit-in, Nasir Khan Dawar', 'other', form='name'),
        S('local elders', 'other'),
        S('the Human Rights Commission of Pakistan (HRCP)', 'ngo'),
        S('the military', 'military'),
        S('A spokesman for the provincial chief minister, Faraz Mughal', 'official', form='title-name'),
        S('one elder, Gul Sher Khan', 'other', form='name'),
    ],
    numbers=[
        N('aged between eight and 14', 'age'),
        N('Thousands of people', 'count-people'),
        N('more than 20 hours', 'duration'),
        N('Rs1 million', 'money'),
        N('a committee of 5 members', 'count-people'),
        N('one elder', 'count-people'),
        N('67', 'age'),
        N('five of them', 'count-objects'),
        N('two years', 'duration'),
    ])

# zzy08: militants storm the Mattani police station outside Peshawar (a newspaper's own correspondent:
# headline, "Our Correspondent" line, city dateline with colon, "martyred", "this correspondent")
A['zzy08.txt'] = dict(
    casualty=[
        C('Four policemen martyred', 'killed', 4, 'exact', 'soldiers'),
        C('Three policemen', 'killed', 3, 'exact', 'soldiers'),
        C('five others injured', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('killed two of the attackers', 'killed', 2, 'exact', 'fighters'),
        C('seven injured people', 'injured', 7, 'exact', 'people', id='r7'),
        C('two passers-by', 'injured', 2, 'exact', 'civilians', sub='r7'),
        C('one of the injured policemen had succumbed', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the death toll to four', 'killed', 4, 'exact', 'soldiers', tags='update repeat'),
        C('eight policemen had been killed', 'killed', 8, 'exact', 'soldiers', tags='contradicted'),
        C('rounded up 14 suspects', 'detained', 14, 'exact', 'people'),
        C('at least four people had been kidnapped', 'detained', 4, 'at-least', 'people'),
        C('129 policemen were martyred', 'killed', 129, 'exact', 'soldiers'),
        C('87', 'killed', 87, 'exact', 'soldiers'),
        C('214 others were injured', 'injured', 214, 'exact', 'soldiers'),
    ],
    sources=[
        S('police', 'official', nth=2),
        S('Senior Superintendent of Police (Operations) Kashif Aftab Abbasi', 'official', form='title-name'),
        S('the SSP', 'official', form='role'),
        S('A spokesman for Rescue 1122', 'official', form='role'),
        S('an LRH spokesman', 'official', form='role'),
        S('The banned Tehreek-i-Taliban Pakistan (TTP)', 'military'),
        S('Police officials', 'official'),
        S('Police', 'official', nth=4),
        S('Haji Gul Rehman', 'other', form='name'),
        S('police data', 'official', form='document'),
        S('A senior police official', 'anonymous'),
    ],
    numbers=[
        N('dozens of militants', 'count-people'),
        N('numbering around 30', 'count-people'),
        N('three sides', 'count-objects'),
        N('11.45pm', 'time'),
        N('nearly two hours', 'duration'),
        N('Rescue 1122', 'other'),
        N('25 unknown militants', 'count-people'),
        N('around three hours', 'duration'),
        N('2025', 'year', nth=0),
        N('2025', 'year', nth=1),
        N('2024', 'year'),
        N('22 stations', 'count-objects'),
        N('only four', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
