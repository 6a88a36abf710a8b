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

# ---------------------------------------------------------------- labels (blind set 66: zq01-zq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / embraced shahadat / succumbed / lost',
     r'\bmartyred\b|\bshahadat\b|\bsuccumbed\b|\blost\b'),
    ('captured / taken into custody / held', r'\bcaptured\b|\bcustody\b|\bheld\b'),
    ('uprooted / left / evacuated / sheltering / households',
     r'\buprooted\b|\bleft\b|\bevacuated\b|\bsheltering\b|\bhouseholds\b'),
    ('sustained injuries', r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/personnel/volunteers', r'\b(?:servicemen|personnel|volunteers)\b'),
    ('attackers/militiamen/members', r'\b(?:attackers|militiamen|members)\b'),
    ('labourers/health worker/colleagues/aid worker',
     r'\b(?:labourers|health worker|colleagues|aid worker)\b'),
    ('families/households/patients/grandparents', r'\b(?:families|households|patients|grandparents)\b'),
]

# zq01: glide bombs and shelling on Velyka Novosilka, Donetsk oblast, Ukraine (Reuters style)
A['zq01.txt'] = dict(
    casualty=[
        C('killed at least nine civilians', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('wounded 17 others', 'injured', 17, 'exact', 'civilians', id='inj'),
        C('Four of the wounded', 'injured', 4, 'exact', 'civilians', id='ser', sub='inj'),
        C('two children', 'injured', 2, 'exact', 'children', sub='ser'),
        C('about 1,800 people', 'displaced', 1800, 'approx', 'people', id='ev'),
        C('140 children', 'displaced', 140, 'exact', 'children', sub='ev'),
        C('killed as many as 125 Ukrainian servicemen', 'killed', 125, 'at-most', 'soldiers', tags='contradicted'),
        C('captured 11 Ukrainian soldiers', 'detained', 11, 'exact', 'soldiers'),
        C('roughly 60 killed', 'killed', 60, 'approx', 'soldiers'),
        C('140 wounded', 'injured', 140, 'exact', 'soldiers'),
        C('the toll from the strikes to 10', 'killed', 10, 'exact', 'civilians', tags='update'),
        C('two people', 'missing', 2, 'exact', 'people'),
        C('158 civilians had been killed', 'killed', 158, 'exact', 'civilians'),
        C('610 injured', 'injured', 610, 'exact', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Moscow', 'official'),
        S('Donetsk regional governor Oleksandr Hrytsenko', 'official', form='title-name'),
        S("the town's military administration", 'official'),
        S('Serhiy Palamarchuk', 'official', form='name'),
        S('Palamarchuk', 'official', nth=1, form='name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's military", 'military'),
        S('Major Andriy Savchuk', 'military', form='title-name'),
        S('Hrytsenko', 'official', nth=1, form='name'),
        S('Police', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S('Ukrainian commanders', 'military'),
    ],
    numbers=[
        N('Jan 14', 'date'),
        N('16-year-old', 'age'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('some 5,000', 'population'),
        N('Fewer than 300 residents', 'population'),
        N('three days', 'duration'),
        N('two or three cars', 'count-objects'),
        N('4 km', 'distance'),
        N('24 hours', 'duration'),
        N('23 assaults', 'count-objects'),
        N('41%', 'percentage'),
        N('February 2022', 'date'),
        N('some 20,000 troops', 'count-people'),
    ])

# zq02: an Israeli strike on a family home in Aitaroun, southern Lebanon (AFP style)
A['zq02.txt'] = dict(
    casualty=[
        C('killed seven people', 'killed', 7, 'exact', 'people', id='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('Four other people were wounded', 'injured', 4, 'exact', 'people'),
        C('their three children', 'killed', 3, 'exact', 'children', sub='tot', tags='repeat'),
        C('two grandparents', 'killed', 2, 'exact', 'people', sub='tot'),
        C('killed two members', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('wounded two soldiers', 'injured', 2, 'exact', 'soldiers'),
        C('killed at least 590 people', 'killed', 590, 'at-least', 'people', id='leb'),
        C('more than 110 civilians', 'killed', 110, 'at-least', 'civilians', sub='leb'),
        C('22 soldiers', 'killed', 22, 'exact', 'soldiers'),
        C('19 civilians have been killed', 'killed', 19, 'exact', 'civilians'),
        C('over 97,000 people have been displaced', 'displaced', 97000, 'at-least', 'people'),
        C('tens of thousands have fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Lebanon’s health ministry', 'official'),
        S('the ministry', 'official'),
        S('the official National News Agency (NNA)', 'media'),
        S('A relative, Hussein Bazzi', 'witness', form='name'),
        S('The Israeli army', 'military'),
        S('A Hezbollah official in the area', 'anonymous'),
        S('Hezbollah', 'military', nth=2),
        S('The Israeli military', 'military'),
        S('Lebanon’s National News Agency', 'media'),
        S('an AFP tally', 'media', form='document'),
        S('Israeli authorities', 'official'),
        S('Lebanon’s disaster management unit', 'official'),
        S('Aitaroun’s mayor, Salim Mrad', 'official', form='title-name'),
        S('The UN peacekeeping force UNIFIL', 'military'),
    ],
    numbers=[
        N('two-storey', 'other'),
        N('4:30 am', 'time'),
        N('0130 GMT', 'time'),
        N('four', 'age'),
        N('dozens of Katyusha rockets', 'count-objects'),
        N('around 30 rockets', 'count-objects'),
        N('October 2023', 'date'),
        N('about 150', 'count-people'),
        N('6,500 residents', 'population'),
        N('some 10,000 troops', 'count-people'),
        N('about 300 metres', 'distance'),
        N('one of its positions', 'count-objects'),
    ])

# zq03: UN OCHA flash update on clashes in Al Mahwit governorate, Yemen
A['zq03.txt'] = dict(
    casualty=[
        C('At least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('41 injured', 'injured', 41, 'exact', 'civilians', id='inj'),
        C('An estimated 2,150 households', 'displaced', 2150, 'approx', 'people', id='hh'),
        C('about 15,000 people', 'displaced', 15000, 'approx', 'people', tags='repeat'),
        C('between 30 and 45 tribal fighters', 'killed', None, 'range', 'fighters', low=30, high=45),
        C('killing 8 civilians', 'killed', 8, 'exact', 'civilians', sub='tot'),
        C('injuring 15', 'injured', 15, 'exact', 'civilians', id='mkt', sub='inj'),
        C('Two of the injured', 'killed', 2, 'exact', 'civilians', sub='mkt'),
        C('37 trauma patients', 'injured', 37, 'exact', 'people'),
        C('at least 19 men were detained', 'detained', 19, 'at-least', 'men'),
        C('One aid worker', 'detained', 1, 'exact', 'other'),
        C('2,150 displaced households', 'displaced', 2150, 'exact', 'people', id='dtm', tags='repeat update'),
        C('nearly 1,300', 'displaced', 1300, 'at-most', 'people'),
        C('Some 340 households', 'displaced', 340, 'approx', 'people', sub='dtm'),
    ],
    sources=[
        S('health authorities', 'official'),
        S('partners', 'ngo'),
        S('Local sources', 'anonymous'),
        S('the district health office', 'official'),
        S('Al Mahwit General Hospital', 'official', nth=1),
        S('Humanitarian partners', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 September 2024', 'date'),
        N('9 September', 'date'),
        N('three sub-districts', 'count-objects'),
        N('2 health facilities', 'count-objects'),
        N('9 September', 'date', nth=1),
        N('at least 11 villages', 'count-objects'),
        N('14 September', 'date'),
        N('9 September', 'date', nth=2),
        N('15 September', 'date'),
        N('between 10 and 16 September', 'date'),
        N('48 hours', 'duration'),
        N('17 September', 'date'),
        N('12 September', 'date'),
        N('About 60 per cent', 'percentage'),
        N('four schools', 'count-objects'),
        N('1,900 households', 'count-people'),
        N('850 families', 'count-people'),
        N('2,400 consultations', 'count-objects'),
        N('2024', 'year', nth=1),
        N('US$2.71 billion', 'money'),
        N('28 per cent', 'percentage'),
    ])

# zq04: al-Shabab truck bomb and assault on a base near Luuq, Gedo region, Somalia (AP style)
A['zq04.txt'] = dict(
    casualty=[
        C('killing at least 14 soldiers', 'killed', 14, 'at-least', 'soldiers', id='tot'),
        C('lost 14 of our brave soldiers', 'killed', 14, 'exact', 'soldiers', tags='repeat'),
        C('20 were wounded', 'injured', 20, 'exact', 'soldiers'),
        C('30 to 35 of the attackers were killed', 'killed', None, 'range', 'fighters', low=30, high=35),
        C('killed 47 soldiers', 'killed', 47, 'exact', 'soldiers', tags='contradicted'),
        C('26 wounded', 'injured', 26, 'exact', 'people', id='hosp'),
        C('five civilians', 'injured', 5, 'exact', 'civilians', sub='hosp'),
        C('Several of the wounded', 'injured', None, 'vague', 'people', sub='hosp'),
        C('the death toll had risen to 17', 'killed', 17, 'exact', 'soldiers', tags='update'),
        C('three wounded soldiers died', 'killed', 3, 'exact', 'soldiers'),
        C('hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('arrested two men', 'detained', 2, 'exact', 'men'),
        C('killing six al-Shabab fighters', 'killed', 6, 'exact', 'fighters'),
        C('killed nearly 20 soldiers', 'killed', 20, 'at-most', 'soldiers'),
    ],
    sources=[
        S('officials', 'official'),
        S('Col. Abdirahman Hassan Dhuhulow', 'military', form='title-name'),
        S('Dhuhulow', 'military', nth=1, form='name'),
        S('Al-Shabab', 'military', nth=1),
        S('its Andalus radio station', 'media'),
        S('A doctor at the Luuq district hospital', 'anonymous'),
        S('the state-run Somali National News Agency', 'media'),
        S('Fadumo Ali Hirsi', 'witness', form='name'),
        S('Residents', 'witness'),
        S('Gedo regional police', 'official'),
        S('U.S. Africa Command', 'military'),
        S('the government', 'official'),
    ],
    numbers=[
        N('one', 'other'),
        N('5:15 a.m.', 'time'),
        N('nearly three hours', 'duration'),
        N('38-year-old', 'age'),
        N('mother of six', 'count-people'),
        N('more than 1 kilometer', 'distance'),
        N('about 40 kilometers', 'distance'),
        N('25 miles', 'distance'),
        N('about 3,000 troops', 'count-people'),
        N('more than 15 years', 'duration'),
    ])

# zq05: a jihadist attack near Kompienga, Est region, Burkina Faso (dpa style, one sentence a paragraph)
A['zq05.txt'] = dict(
    casualty=[
        C('killed at least 35 people', 'killed', 35, 'at-least', 'people', id='tot'),
        C('12 VDP volunteers', 'killed', 12, 'exact', 'soldiers', sub='tot'),
        C('41 bodies', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('Upwards of 20 people were wounded', 'injured', 20, 'at-least', 'people'),
        C('a number of villagers were still missing', 'missing', None, 'vague', 'civilians'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('more than 50 terrorists', 'killed', 50, 'at-least', 'fighters'),
        C('two soldiers had been killed', 'killed', 2, 'exact', 'soldiers'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('more than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('around 6,000 people fled', 'displaced', 6000, 'approx', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('one source', 'anonymous'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('A resident of Kompienga', 'witness', form='role'),
        S('the resident', 'witness', form='role'),
        S('a health worker', 'anonymous'),
        S('the resident', 'witness', nth=1, form='role'),
        S('the army', 'military', nth=1),
        S('The army', 'military', nth=1),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('Humanitarian groups', 'ngo'),
    ],
    numbers=[
        N('one source', 'count-people'),
        N('about 220 kilometres', 'distance'),
        N('2022', 'year'),
        N('2015', 'year'),
        N('one', 'other', nth=1),
        N('two weeks', 'duration'),
    ])

# zq06: an NGO statement on intercommunal violence around Kabalo, Tanganyika province, DR Congo
A['zq06.txt'] = dict(
    casualty=[
        C('64 people', 'injured', 64, 'exact', 'people', id='tot'),
        C('17 are children', 'injured', 17, 'exact', 'children', sub='tot'),
        C('nine have died', 'killed', 9, 'exact', 'people', sub='tot'),
        C('scores more wounded', 'injured', None, 'vague', 'people'),
        C('at least 43 people have been killed', 'killed', 43, 'at-least', 'people'),
        C('dozens of women and girls have been abducted', 'detained', None, 'vague', 'women'),
        C('One MUI community health worker was killed', 'killed', 1, 'exact', 'other'),
        C('two of our colleagues are still unaccounted for', 'missing', 2, 'exact', 'other'),
        C('some 38,000 people have fled', 'displaced', 38000, 'approx', 'people'),
        C('arrested 23 suspected militiamen', 'detained', 23, 'exact', 'fighters'),
        C('fewer than 20 people had been killed', 'killed', 20, 'at-most', 'people', tags='contradicted'),
        C('uprooted hundreds of thousands of people', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Clarisse Mbuyi', 'ngo', form='title-name'),
        S('Local authorities in Kabalo territory', 'official'),
        S('Dr Mbuyi', 'ngo', form='title-name'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('Local media', 'media'),
        S('A Congolese army spokesman in Kalemie, Captain Didier Kasongo', 'military', form='title-name'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('22 February', 'date'),
        N('two days', 'duration'),
        N('30 beds', 'count-objects'),
        N('14 villages', 'count-objects'),
        N('25 February', 'date'),
        N('1,240 consultations', 'count-objects'),
        N('40%', 'percentage'),
        N('2016', 'year'),
        N('June 2022', 'date'),
        N('2018', 'year'),
        N('6 health centres', 'count-objects'),
    ])

# zq07: Pakistani air strikes on Paktia province, Afghanistan (broadcaster, BBC style)
A['zq07.txt'] = dict(
    casualty=[
        C('At least 18 people', 'killed', 18, 'at-least', 'people', id='tot'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('five women were among the dead', 'killed', 5, 'exact', 'women', sub='tot'),
        C('six other people had been wounded', 'injured', 6, 'exact', 'people'),
        C('about two dozen militants had been killed', 'killed', 24, 'approx', 'fighters', tags='contradicted'),
        C('four of her children', 'killed', 4, 'exact', 'children'),
        C('11 wounded', 'injured', 11, 'exact', 'people', id='hosp', tags='contradicted'),
        C('two of whom died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('the death toll at 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('three soldiers had been martyred', 'killed', 3, 'exact', 'soldiers'),
        C('killed 15 attackers', 'killed', 15, 'exact', 'fighters'),
        C('two or three Taliban fighters had been lightly wounded', 'injured', None, 'range', 'fighters', low=2, high=3),
        C('killed more than 1,500 people', 'killed', 1500, 'at-least', 'people'),
    ],
    sources=[
        S('the Taliban government', 'official'),
        S('government spokesman Abdul Qahar Saberi', 'official', form='title-name'),
        S('security sources in Islamabad', 'anonymous'),
        S('Gul Rahman', 'witness', form='name'),
        S('The director of the provincial hospital in Gardez, Dr Noor Agha Zadran', 'official', form='title-name'),
        S("the Taliban's information department in Paktia", 'official'),
        S('Residents', 'witness'),
        S("Afghanistan's defence ministry", 'military'),
        S("Pakistan's military", 'military', nth=1),
        S('A Taliban border commander, Mawlawi Abdul Basir', 'military', form='title-name'),
        S('The UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
        S('Pakistan', 'official', nth=2),
        S('the Islamabad-based Centre for Conflict and Security Research', 'ngo'),
    ],
    numbers=[
        N('several homes', 'count-objects'),
        N('one fighter', 'count-people'),
        N('about 90km', 'distance'),
        N('56 miles', 'distance'),
        N('about two hours', 'duration'),
        N('August 2021', 'date'),
    ])

# zq08: an operation after an attack on a Levies post in Kohlu, Balochistan, Pakistan (state media, APP style)
A['zq08.txt'] = dict(
    casualty=[
        C('killed 11 terrorists', 'killed', 11, 'exact', 'fighters'),
        C('four Levies personnel embraced shahadat', 'killed', 4, 'exact', 'soldiers'),
        C('two others sustained injuries', 'injured', 2, 'exact', 'soldiers', id='levinj'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('a dozen suspects had been taken into custody', 'detained', 12, 'exact', 'people'),
        C('the number of martyred Levies personnel at three', 'killed', 3, 'exact', 'soldiers'),
        C('one of the injured succumbed', 'killed', 1, 'exact', 'soldiers', sub='levinj'),
        C('killing three labourers', 'killed', 3, 'exact', 'other'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S('the ISPR', 'military', nth=1),
        S('the ISPR', 'military', nth=2),
        S('Deputy Commissioner Kohlu Abdul Rauf Buledi', 'official', form='title-name'),
        S('the district administration', 'official'),
        S('police', 'official'),
        S('Balochistan Chief Minister Mir Javed Khan Marri', 'official', form='title-name'),
        S('The Chief Minister', 'official', form='role'),
        S('Federal Interior Minister Tariq Mehmood Jatoi', 'official', form='title-name'),
    ],
    numbers=[
        N('Oct 9', 'date'),
        N('over six hours', 'duration'),
        N('31', 'age'),
        N('24', 'age'),
        N('seven sub-machine guns', 'count-objects'),
        N('around 2,000 rounds', 'count-objects'),
        N('Rs 10 million', 'money'),
        N('some 215,000 people', 'population'),
        N('1,200 additional Levies and police personnel', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
