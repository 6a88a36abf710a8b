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

# ---------------------------------------------------------------- labels (blind set 109: pr01-pr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / fallen / martyred / sent to hell / embraced shahadat / murdered / homicides / victims',
     r'\bneutrali[sz]e|\bfallen\b|\bmartyred\b|\bsent to hell\b|\bshahadat\b|\bmurdered\b|\bhomicides\b|'
     r'\bvictims\b'),
    ('captured / taken into custody / picked up / in captivity / still being held / arrests / abducting',
     r'\bcaptured\b|\bcustody\b|\bpicked up\b|\bcaptivity\b|\bheld\b|\barrests\b|\babduct'),
    ('left / sought shelter / crossed / forced … to move / displaced households',
     r'\bleft\b|\bsought shelter\b|\bcrossed\b|\bto move\b|\bdisplaced households\b'),
    ('in serious / critical condition', r'\bcondition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/personnel/officers', r'\b(?:servicemen|personnel|officers)\b'),
    ('assailants/attackers/suspects', r'\b(?:assailants|attackers|suspects)\b'),
    ('grandsons/sons/pupils/brothers', r'\b(?:grandsons|sons|pupils|brothers)\b'),
    ('families/households/members/Palestinians/fishermen/victims',
     r'\b(?:families|households|members|Palestinians|fishermen|victims)\b'),
]

# pr01: guided bombs on Lyptsi, Kharkiv oblast, Ukraine (Reuters style, American spelling)
A['pr01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people'),
        C('wounding 19 others', 'injured', 19, 'exact', 'people'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', id='upd', tags='update'),
        C('the bodies of two men', 'killed', 2, 'exact', 'men'),
        C('Five of the dead were civilians', 'killed', 5, 'exact', 'civilians', sub='upd'),
        C('four were police officers', 'killed', 4, 'exact', 'soldiers', sub='upd'),
        C('the 19 wounded', 'injured', 19, 'exact', 'people', id='w19', tags='repeat'),
        C('six', 'injured', 6, 'exact', 'people', sub='w19'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('two teenage grandsons had died', 'killed', 2, 'exact', 'children'),
        C('More than 1,500 residents have left', 'displaced', 1500, 'at-least', 'civilians'),
        C('More than 1,100 civilians have been killed', 'killed', 1100, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Kharkiv regional governor Andriy Halchenko', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S('Dr. Oleksandr Fedko', 'official', form='title-name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's General Staff", 'military'),
        S('Valentyna Moroz', 'witness', form='name'),
        S('The regional military administration', 'official'),
        S("The Kharkiv regional prosecutor's office", 'official'),
        S('the U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('March 11', 'date'),
        N('about 10 km', 'distance'),
        N('6 miles', 'distance'),
        N('around 4,000 people', 'population'),
        N('May 2024', 'date'),
        N('three bombs', 'count-objects'),
        N('2 p.m.', 'time'),
        N('four people alive', 'count-people'),
        N('dozens of houses', 'count-objects'),
        N('some 30 km', 'distance'),
        N('12-year-old', 'age'),
        N('92nd Brigade', 'other'),
        N('67', 'age'),
        N('some 230 people', 'count-people'),
        N('41 of them children', 'count-people'),
        N('14 border settlements', 'count-objects'),
        N('February 2022', 'date'),
    ])

# pr02: jihadist assault on an army camp and market in Tenenkou, Mopti region, Mali (AFP style)
A['pr02.txt'] = dict(
    casualty=[
        C('killed at least 16 soldiers', 'killed', 16, 'at-least', 'soldiers'),
        C('a dozen civilians', 'killed', 12, 'exact', 'civilians'),
        C('buried 14 people', 'killed', 14, 'exact', 'people'),
        C('between 15 and 20 civilians had been wounded', 'injured', None, 'range', 'civilians', low=15, high=20),
        C('six soldiers killed', 'killed', 6, 'exact', 'soldiers', tags='contradicted'),
        C('11 wounded', 'injured', 11, 'exact', 'soldiers'),
        C('fewer than 10 civilians had been hurt', 'injured', 10, 'at-most', 'civilians', tags='contradicted'),
        C('neutralised more than 30 terrorists', 'killed', 30, 'at-least', 'fighters'),
        C('killed “dozens of soldiers”', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('captured five others', 'detained', 5, 'exact', 'soldiers'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='w27'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='w27'),
        C('the overall death toll at 31', 'killed', 31, 'exact', 'people', id='yth', tags='contradicted'),
        C('17 soldiers', 'killed', 17, 'exact', 'soldiers', sub='yth'),
        C('14 civilians', 'killed', 14, 'exact', 'civilians', sub='yth'),
        C('at least 40 people were missing', 'missing', 40, 'at-least', 'people'),
        C('around 200 families had fled', 'displaced', 200, 'approx', 'people'),
        C('More than 400,000 people are internally displaced', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('an elected official in Tenenkou', 'anonymous'),
        S('The army’s general staff', 'military'),
        S('The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('A medical source at the Tenenkou health centre', 'anonymous'),
        S('A local youth association', 'other'),
        S('a trader, Hamadoun Cissé', 'witness', form='name'),
        S('the UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('Dozens of fighters', 'count-people'),
        N('5:30 am', 'time'),
        N('0530 GMT', 'time'),
        N('three directions', 'count-objects'),
        N('nearly four hours', 'duration'),
        N('some 140 kilometres', 'distance'),
        N('roughly 15,000 inhabitants', 'population'),
        N('the past two years', 'duration'),
        N('2012', 'year'),
        N('2020', 'year'),
        N('2021', 'year'),
    ])

# pr03: attack on Tassia, Téra department, Tillabéri region, Niger (state media, ANP style)
A['pr03.txt'] = dict(
    casualty=[
        C('neutralise 47 terrorists', 'killed', 47, 'exact', 'fighters'),
        C('five soldiers fallen on the field of honour', 'killed', 5, 'exact', 'soldiers'),
        C('eight wounded', 'injured', 8, 'exact', 'soldiers'),
        C('seven people lost their lives', 'killed', 7, 'exact', 'people'),
        C('13 others were injured', 'injured', 13, 'exact', 'people'),
        C('more than 20 soldiers had been killed', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('18 suspects have been arrested', 'detained', 18, 'exact', 'people'),
        C('some 60 displaced households', 'displaced', 60, 'approx', 'people'),
        C('21 people wounded', 'injured', 21, 'exact', 'people', id='h21'),
        C('two of them had died', 'killed', 2, 'exact', 'people', sub='h21'),
    ],
    sources=[
        S('the Ministry of National Defence', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('the ministry', 'military'),
        S('The ministry', 'military'),
        S('certain foreign media', 'media'),
        S('the communiqué', 'military', nth=2, form='document'),
        S('The Governor of Tillabéri region, Brigadier General Moussa Hama Djibo', 'official', form='title-name'),
        S('The head of the Téra district hospital, Dr Aïssata Boubacar', 'official', form='title-name'),
    ],
    numbers=[
        N('4 April', 'date'),
        N('numbering several hundred', 'count-people'),
        N('more than 150 motorcycles', 'count-objects'),
        N('10 a.m.', 'time'),
        N('12 AK-47 rifles', 'count-objects'),
        N('two machine guns', 'count-objects'),
        N('35 motorcycles', 'count-objects'),
        N('72 hours', 'duration'),
        N('2017', 'year'),
        N('some 180 km', 'distance'),
    ])

# pr04: an army raid and separatist abductions in Bafut, North-West region, Cameroon (NGO statement)
A['pr04.txt'] = dict(
    casualty=[
        C('At least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('detained 14 men', 'detained', 14, 'exact', 'men', id='det'),
        C('at least four of them are still being held', 'detained', 4, 'at-least', 'men', sub='det'),
        C('treated 23 people', 'injured', 23, 'exact', 'people', id='h23'),
        C('five of whom were children', 'injured', 5, 'exact', 'children', sub='h23'),
        C('A number of residents are still missing', 'missing', None, 'vague', 'civilians'),
        C('killed seven “terrorists”', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('12 pupils', 'detained', 12, 'exact', 'children', id='abd'),
        C('Three pupils remain in captivity', 'detained', 3, 'exact', 'children', sub='abd'),
        C('an estimated 3,500 residents have fled', 'displaced', 3500, 'approx', 'civilians'),
        C('cost more than 6,000 lives', 'killed', 6000, 'at-least', 'people'),
        C('forced over 600,000 people from their homes', 'displaced', 600000, 'at-least', 'people'),
        C('the killing of 25–30 civilians', 'killed', None, 'range', 'civilians', low=25, high=30),
        C('almost 200 arrests', 'detained', 200, 'at-most', 'people'),
    ],
    sources=[
        S('the Grassfields Human Rights Network (GHRN)', 'ngo'),
        S('a 34-year-old woman from Agyati', 'witness', form='role'),
        S('The district hospital in Bafut', 'official'),
        S('local community leaders', 'other'),
        S('Cameroon’s Ministry of Defence', 'military'),
        S('GHRN', 'ngo', nth=3),
        S('local church leaders', 'other'),
        S('local authorities', 'official'),
        S('GHRN’s executive director, Eposi Nkwain', 'ngo', form='title-name'),
        S('GHRN', 'ngo', nth=5),
    ],
    numbers=[
        N('22 October 2025', 'date'),
        N('two quarters', 'count-objects'),
        N('17 and 18 October', 'date'),
        N('26 survivors, relatives and other witnesses', 'count-people'),
        N('at least 40 homes', 'count-objects'),
        N('34-year-old', 'age'),
        N('five locally made guns', 'count-objects'),
        N('19 October', 'date'),
        N('5 million CFA francs', 'money'),
        N('about 20 km', 'distance'),
        N('2017', 'year'),
        N('2016', 'year'),
        N('312 incidents', 'count-objects'),
        N('January 2024', 'date'),
    ])

# pr05: a UN OCHA flash update on an attack on Kaiga, Lac province, Chad
A['pr05.txt'] = dict(
    casualty=[
        C('At least 14 civilians killed', 'killed', 14, 'at-least', 'civilians'),
        C('22 injured', 'injured', 22, 'exact', 'civilians'),
        C('An estimated 8,200 people displaced', 'displaced', 8200, 'approx', 'people'),
        C('killed 14 civilians', 'killed', 14, 'exact', 'civilians', id='k14', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='k14'),
        C('injured 22 others', 'injured', 22, 'exact', 'civilians', id='i22', tags='repeat'),
        C('abducted at least nine people', 'detained', 9, 'at-least', 'people'),
        C('17 assailants were killed', 'killed', 17, 'exact', 'fighters'),
        C('four soldiers wounded', 'injured', 4, 'exact', 'soldiers'),
        C('at least five fishermen', 'missing', 5, 'at-least', 'other'),
        C('8,214 people fled', 'displaced', 8214, 'exact', 'people', id='dtm', tags='repeat'),
        C('upwards of 11,000 internally displaced persons', 'displaced', 11000, 'at-least', 'people'),
        C('approximately 1,900 people have sought shelter', 'displaced', 1900, 'approx', 'people', sub='dtm'),
        C('Between 300 and 400 people', 'displaced', None, 'range', 'people', low=300, high=400, sub='dtm'),
        C('15 of the injured', 'injured', 15, 'exact', 'civilians', id='r15', sub='i22'),
        C('five', 'injured', 5, 'exact', 'civilians', nth=1, sub='r15'),
    ],
    sources=[
        S('the provincial authorities', 'official'),
        S('The Chadian Defence and Security Forces (FDS)', 'military'),
        S('Local leaders', 'other'),
        S('the UN Department of Safety and Security (UNDSS)', 'ngo'),
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('The Humanitarian Coordinator in Chad', 'ngo', form='role'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('9 June 2025', 'date'),
        N('the night of 6 to 7 June', 'date', nth=0),
        N('Two warehouses', 'count-objects'),
        N('the night of 6 to 7 June', 'date', nth=1),
        N('some 40 km', 'distance'),
        N('Around 120 houses', 'count-objects'),
        N('7 June', 'date', nth=2),
        N('1 January', 'date'),
        N('63 security incidents', 'count-objects'),
        N('41', 'count-objects'),
        N('four neighbouring villages', 'count-objects'),
        N('between 7 and 9 June', 'date'),
        N('About 62 per cent', 'percentage'),
        N('5,000 people', 'count-people'),
        N('300 household kits', 'count-objects'),
        N('at least 1,200 additional shelters', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$1.45 billion', 'money'),
        N('18 per cent', 'percentage'),
        N('9 June', 'date', nth=2),
    ])

# pr06: strikes on a house and a tent camp in Abasan near Khan Younis, Gaza (AP style)
A['pr06.txt'] = dict(
    casualty=[
        C('killed at least 19 Palestinians', 'killed', 19, 'at-least', 'people', id='tot'),
        C('eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('killing 11 members', 'killed', 11, 'exact', 'people', sub='tot'),
        C('killing eight people', 'killed', 8, 'exact', 'people', id='k8', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='k8'),
        C('Several others were wounded', 'injured', None, 'vague', 'people'),
        C('counted 17 bodies', 'killed', 17, 'exact', 'people'),
        C('two young sons', 'killed', 2, 'exact', 'children'),
        C('killed roughly 20 militants', 'killed', 20, 'approx', 'fighters'),
        C('detained dozens of suspects', 'detained', None, 'vague', 'people'),
        C('more than 40 wounded', 'injured', 40, 'at-least', 'people', id='w40'),
        C('nearly a dozen of them', 'injured', 12, 'at-most', 'people', sub='w40'),
        C('52 people had been killed', 'killed', 52, 'exact', 'people'),
        C('the overall death toll in the war to 61,430', 'killed', 61430, 'exact', 'people', tags='update'),
        C('forced as many as 30,000 people to move', 'displaced', 30000, 'at-most', 'people'),
        C('killing about 1,200 people', 'killed', 1200, 'approx', 'people'),
        C('abducting 251', 'detained', 251, 'exact', 'people'),
    ],
    sources=[
        S('hospital officials', 'official'),
        S('Nasser Hospital', 'official', nth=0),
        S('the hospital', 'official', nth=0),
        S('An Associated Press reporter', 'media'),
        S('Mahmoud Abu Rjeila', 'witness', form='name'),
        S('The Israeli military', 'military'),
        S('The military', 'military'),
        S('Nasser Hospital', 'official', nth=1),
        S('Its director, Dr. Khaled Barbakh', 'official', form='title-name'),
        S("Gaza's Health Ministry", 'official'),
        S('The ministry', 'official'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('three-story home', 'other'),
        N('2-month-old', 'age'),
        N('38', 'age'),
        N('six months ago', 'duration'),
        N('the two strikes', 'count-objects'),
        N('fewer than 48 hours', 'duration'),
        N('24 hours', 'duration'),
        N('Oct. 7, 2023', 'date'),
    ])

# pr07: gunmen at a horse race in Zacapa department, Guatemala (dpa style, one sentence a paragraph)
A['pr07.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('injuring 14', 'injured', 14, 'exact', 'people', id='inj'),
        C('Among the dead were two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('Two or three of the attackers', 'injured', None, 'range', 'fighters', low=2, high=3),
        C('11 wounded people', 'injured', 11, 'exact', 'people', id='h11'),
        C('three of whom', 'injured', 3, 'exact', 'people', sub='h11'),
        C('the death toll to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('three of the injured had died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('a higher toll of 15 dead', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('3,010 people were murdered', 'killed', 3010, 'exact', 'people', id='nat'),
        C('142 homicides were recorded', 'killed', 142, 'exact', 'people', sub='nat'),
    ],
    sources=[
        S('the National Civil Police (PNC)', 'official'),
        S('police spokesman Héctor Lemus', 'official', form='title-name'),
        S('Lemus', 'official', nth=1, form='name'),
        S('the police', 'official'),
        S('The Zacapa departmental hospital', 'official'),
        S("the Public Prosecutor's Office (MP)", 'official'),
        S('Local media', 'media'),
        S('relatives of the victims', 'witness'),
        S('prosecutor Ana Lucía Morales', 'official', form='title-name'),
        S('the Interior Ministry', 'official'),
        S('the ministry', 'official'),
        S('the Defence Ministry', 'military'),
        S('Residents of Santa Rosalía', 'witness'),
        S('a woman', 'anonymous'),
        S('the Centre for Citizen Security Studies (CESC)', 'ngo'),
        S('the group', 'ngo'),
    ],
    numbers=[
        N('9 pm', 'time'),
        N('some 170 kilometres', 'distance'),
        N('Around 15 men', 'count-people'),
        N('two pick-up trucks', 'count-objects'),
        N('about 300 people', 'count-people'),
        N('14-year-old', 'age'),
        N('three rifles', 'count-objects'),
        N('2,000 rounds of ammunition', 'count-objects'),
        N('30-day', 'duration'),
        N('Some 2,500 soldiers and police officers', 'count-people'),
        N('about 250,000 inhabitants', 'population'),
        N('one of the most violent', 'other'),
        N('16.1 per 100,000 inhabitants', 'other'),
    ])

# pr08: militants attack a Frontier Corps camp and a mining compound in Nokkundi, Balochistan, Pakistan
# (a Pakistani newspaper's own correspondent)
A['pr08.txt'] = dict(
    casualty=[
        C('At least 10 people', 'killed', 10, 'at-least', 'people', id='tot'),
        C('six soldiers', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('11 others injured', 'injured', 11, 'exact', 'people'),
        C('18 terrorists were sent to hell', 'killed', 18, 'exact', 'fighters'),
        C('six brave soldiers embraced shahadat', 'killed', 6, 'exact', 'soldiers', tags='repeat'),
        C('the four other victims', 'killed', 4, 'exact', 'other', sub='tot'),
        C('the number of injured had risen to 13', 'injured', 13, 'exact', 'people', id='u13', tags='update'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='u13'),
        C('Scores of people left their homes', 'displaced', None, 'vague', 'people'),
        C('killed “more than 25 enemy personnel”', 'killed', 25, 'at-least', 'soldiers', tags='contradicted'),
        C('14 suspects had been taken into custody', 'detained', 14, 'exact', 'people'),
        C('782 people', 'killed', 782, 'exact', 'people', id='isc'),
        C('304 security personnel', 'killed', 304, 'exact', 'soldiers', sub='isc'),
        C('nearly 500 others were wounded', 'injured', 500, 'at-most', 'people'),
        C('at least 47 men had been picked up', 'detained', 47, 'at-least', 'men'),
    ],
    sources=[
        S('officials', 'official'),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the military’s media wing', 'military'),
        S('Chagai Deputy Commissioner Jahanzeb Khan', 'official', form='title-name'),
        S('The medical superintendent of the District Headquarters Hospital in Dalbandin, some 110km east of '
          'Nokkundi, Dr Naseer Ahmed', 'official', form='title-name'),
        S('A shopkeeper in the Nokkundi bazaar, Abdul Wahid', 'witness', form='name'),
        S('The proscribed Balochistan Liberation Army (BLA)', 'military'),
        S('Balochistan government spokesman Naveed Kakar', 'official', form='title-name'),
        S('The prime minister', 'official', form='role'),
        S('the Islamabad-based Institute for Security and Conflict Data (ISCD)', 'ngo'),
        S('relatives of missing persons', 'witness'),
    ],
    numbers=[
        N('9:15pm', 'time'),
        N('about 1,200 workers', 'count-people'),
        N('35 Chinese engineers', 'count-people'),
        N('some 110km', 'distance'),
        N('two to three hours', 'duration'),
        N('eight or nine” ambulances', 'count-objects'),
        N('three vehicles', 'count-objects'),
        N('Rs1.5 million', 'money'),
        N('some 600km', 'distance'),
        N('2023', 'year'),
        N('37th day', 'other'),
        N('the past three months', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
