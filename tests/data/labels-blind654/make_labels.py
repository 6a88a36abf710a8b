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

# ---------------------------------------------------------------- labels (blind set 654: sh01-sh08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / martyred / ascended as martyrs / losing / lost / deaths of',
     r'\beliminated\b|\bmartyr|\blosing\b|\blost\b'),
    ('sustained injuries / gunshot and blast wounds / being held / seized / captured / taken … prisoner',
     r'\binjuries\b|\bwounds\b|\bheld\b|\bseized\b|\bcaptured\b|\bprisoner\b'),
    ('uprooted / crossed / driven … from their homes / staying with host families / remain at gathering points',
     r'\buprooted\b|\bcrossed\b|\bdriven\b|\bstaying with\b'),
    ('the real figure / the toll at / the number of dead at', r'\breal figure\b|\btoll at\b|\bnumber of dead at\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('citizens/persons/patients/nationals/collaborators/suspects/members/families/households',
     r'\b(?:citizens|persons|patients|nationals|collaborators|suspects|members|families|households)\b'),
    ('militia elements/mercenaries/outlaws/attackers/heroes of the armed forces/police personnel',
     r'\b(?:elements|mercenaries|outlaws|attackers|heroes|personnel)\b'),
    ('miners/pupils/teachers/staff members/health workers/workers',
     r'\b(?:miners|pupils|teachers|staff|workers)\b'),
    ('boys/brothers/nephews/daughters/women and girls/young men',
     r'\b(?:boys|brothers|nephews|daughters|girls|young men)\b'),
]

# sh01: RSF and allied SPLM-N fighters assault Yabus; the army's and the rebels' claims, a raised civilian
# toll, the wounded, the missing and refugees crossing into South Sudan (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['sh01.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('Another 40 people were wounded', 'injured', 40, 'exact', 'people', id='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w'),
        C('eliminated more than 60 rebels', 'killed', 60, 'at-least', 'fighters'),
        C('losing five soldiers', 'killed', 5, 'exact', 'soldiers'),
        C('taken 14 soldiers prisoner', 'detained', 14, 'exact', 'soldiers'),
        C('three of its fighters had been killed', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('the civilian toll had risen to 29', 'killed', 29, 'exact', 'civilians', tags='update'),
        C('six more bodies', 'killed', 6, 'exact', 'people'),
        C('the number of wounded at 52', 'injured', 52, 'exact', 'people', id='hm', tags='contradicted'),
        C('18 children', 'injured', 18, 'exact', 'children', sub='hm'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('two brothers are missing', 'missing', 2, 'exact', 'men'),
        C('10-12 people were still unaccounted for', 'missing', None, 'range', 'people', low=10, high=12),
        C('about 4,200 people had crossed', 'displaced', 4200, 'approx', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted more than 12 million', 'displaced', 12000000, 'at-least', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('a nurse at the town’s only health centre', 'anonymous'),
        S('the nurse', 'anonymous'),
        S('The army', 'military'),
        S('the official SUNA news agency', 'media'),
        S('The SPLM-N faction of Abdelaziz al-Hilu', 'military'),
        S('the local official', 'anonymous'),
        S('Blue Nile’s health ministry', 'official'),
        S('Residents', 'witness'),
        S('Achol Deng', 'witness', form='name'),
        S('A humanitarian source in the region', 'anonymous'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('The agency', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('two-day', 'duration'),
        N('6:00 am', 'time'),
        N('about 300 troops', 'count-people'),
        N('some 35 kilometres', 'distance'),
        N('34', 'age'),
        N('three reception points', 'count-objects'),
        N('80,000 litres', 'quantity'),
        N('2011', 'year'),
        N('2020', 'year'),
        N('April 2023', 'date'),
    ])

# sh02: a drone strike on the livestock market of Chali, with the hospital's, a monitor's and the ministry's
# counts, detentions disputed by the army and families fleeing to the hills (Reuters style, American
# spelling, straight quotes)
A['sh02.txt'] = dict(
    casualty=[
        C('killed 31 people', 'killed', 31, 'exact', 'people', id='tot'),
        C('wounded dozens', 'injured', None, 'vague', 'people'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('counted 31 bodies', 'killed', 31, 'exact', 'people', tags='repeat'),
        C('57 wounded people', 'injured', 57, 'exact', 'people', id='w'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', id='w12', sub='w'),
        C('two or three of them had died', 'killed', None, 'range', 'people', low=2, high=3, sub='w12'),
        C('the bodies of two small boys', 'killed', 2, 'exact', 'children'),
        C('the deaths of 28 people', 'killed', 28, 'exact', 'people', id='mon', tags='contradicted'),
        C('six women', 'killed', 6, 'exact', 'women', sub='mon'),
        C('more than 70 had been wounded', 'injured', 70, 'at-least', 'people', tags='contradicted'),
        C('the death toll had risen to 36', 'killed', 36, 'exact', 'people', tags='update'),
        C('detained 17 men', 'detained', 17, 'exact', 'men', id='det'),
        C('Five of them', 'detained', 5, 'exact', 'men', sub='det'),
        C('fewer than 10 suspects were being held', 'detained', 10, 'at-most', 'people', tags='contradicted'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('some 310,000 people have been displaced', 'displaced', 310000, 'approx', 'people'),
        C('killed 14 pupils', 'killed', 14, 'exact', 'children'),
        C('two teachers', 'killed', 2, 'exact', 'other'),
    ],
    sources=[
        S('a local health official', 'anonymous'),
        S('residents', 'witness', nth=0),
        S('the health official', 'anonymous'),
        S('Dr. Kamal Idris', 'official', form='title-name'),
        S('residents', 'witness', nth=1),
        S('Witnesses', 'witness'),
        S('Yousif Tutu', 'witness', form='name'),
        S('The army', 'military'),
        S('The RSF', 'military'),
        S('The Nile Frontier Monitor', 'ngo'),
        S('the state health ministry', 'official'),
        S('Relatives', 'witness'),
        S('Army spokesman Brig. Gen. Nabil Abdallah', 'military', form='title-name'),
        S('an aid worker in the area', 'anonymous'),
        S('The International Organization for Migration', 'ngo'),
        S('the monitor', 'ngo'),
    ],
    numbers=[
        N('Sept 14', 'date'),
        N('one', 'other'),
        N('70-year-old', 'age'),
        N('about 180 km', 'distance'),
        N('110 miles', 'distance'),
        N('up to 2,000 traders and herders', 'count-people'),
        N('two drones', 'count-objects'),
        N('several minutes', 'duration'),
        N('at least four munitions', 'count-objects'),
        N('about 40,000 people', 'population'),
    ])

# sh03: the army repulses an RSF attack on Bout, in the state news agency's voice ("militia elements",
# "ascended as martyrs", "fabricated" claims of civilian deaths denied, families returning; en-dash dateline)
A['sh03.txt'] = dict(
    casualty=[
        C('killing 74 of the militia elements', 'killed', 74, 'exact', 'fighters'),
        C('3 of the heroes of the armed forces ascended as martyrs', 'killed', 3, 'exact', 'soldiers'),
        C('7 others sustained injuries', 'injured', 7, 'exact', 'soldiers'),
        C('captured 21 mercenaries', 'detained', 21, 'exact', 'fighters', id='cap'),
        C('4 foreign nationals', 'detained', 4, 'exact', 'people', sub='cap'),
        C('killing 12 citizens', 'killed', 12, 'exact', 'civilians', id='civ'),
        C('5 women', 'killed', 5, 'exact', 'women', sub='civ'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='civ'),
        C('wounding 28 others', 'injured', 28, 'exact', 'civilians'),
        C('killed more than 40 civilians', 'killed', 40, 'at-least', 'civilians', tags='contradicted'),
        C('abducted 9 citizens', 'detained', 9, 'exact', 'civilians'),
        C('46 injured persons', 'injured', 46, 'exact', 'people', id='inj'),
        C('19 of whom', 'injured', 19, 'exact', 'people', sub='inj'),
        C('2 police personnel were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('arrested 15 collaborators', 'detained', 15, 'exact', 'people'),
        C('1,350 displaced families', 'displaced', 1350, 'exact', 'people'),
        C('about 600 families', 'displaced', 600, 'approx', 'people'),
        C('killed more than 1,200 militia elements', 'killed', 1200, 'at-least', 'fighters'),
    ],
    sources=[
        S('the 4th Infantry Division', 'military'),
        S('The Division’s official spokesman, Brigadier General Al-Sadig Mohamed Al-Hassan', 'military',
          form='title-name'),
        S('The spokesman', 'military'),
        S('militia-affiliated pages on social media', 'media'),
        S('The Wali (Governor) of Blue Nile State, Dr. Tag Al-Sir Ahmed Abdallah', 'official', form='title-name'),
        S('The Wali', 'official', nth=1, form='role'),
        S('The State Minister of Health, Dr. Awadiya Yousif', 'official', form='title-name'),
        S('The State Police Director, Major General Osman Al-Tayeb', 'official', form='title-name'),
        S('The Director of the Humanitarian Aid Commission in the state, Ustaz Hamid Babikir', 'official',
          form='title-name'),
        S('SUNA’s correspondent in Bout', 'media'),
        S('The 4th Infantry Division', 'military'),
    ],
    numbers=[
        N('3 October 2025', 'date'),
        N('more than 500 elements', 'count-people'),
        N('60 combat vehicles', 'count-objects'),
        N('9 combat vehicles', 'count-objects'),
        N('4th Infantry Division', 'other', nth=0),
        N('3 ambulances', 'count-objects'),
        N('20 tonnes', 'quantity'),
        N('SDG 50 million', 'money'),
        N('4th Infantry Division', 'other', nth=1),
    ])

# sh04: gunmen storm an NGO-supported clinic in Deim Mansour, killing staff and patients and abducting a
# nurse; the NGO's caseload, abductions and displacement (NGO statement with headline and notes to editors,
# British spelling, curly quotes)
A['sh04.txt'] = dict(
    casualty=[
        C('two health workers killed', 'killed', 2, 'exact', 'other'),
        C('killing two of our staff members', 'killed', 2, 'exact', 'other', tags='repeat'),
        C('five patients', 'killed', 5, 'exact', 'people'),
        C('Three other people', 'injured', 3, 'exact', 'people'),
        C('two community health workers were abducted', 'detained', 2, 'exact', 'other', id='chw'),
        C('one', 'detained', 1, 'exact', 'other', sub='chw'),
        C('treated 412 people for gunshot and blast wounds', 'injured', 412, 'exact', 'people', id='w'),
        C('87 of them children', 'injured', 87, 'exact', 'children', sub='w'),
        C('At least 19 of these patients died', 'killed', 19, 'at-least', 'people', sub='w'),
        C('driven an estimated 38,000 people from their homes', 'displaced', 38000, 'approx', 'people'),
        C('between 30 and 40 people had been abducted', 'detained', None, 'range', 'people', low=30, high=40),
        C('killed nine people', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('a number of suspects had been arrested', 'detained', None, 'vague', 'people'),
        C('killed over 1,000 people', 'killed', 1000, 'at-least', 'people'),
    ],
    sources=[
        S('HFI', 'ngo', nth=1),
        S('Staff', 'witness'),
        S('Dr Ingrid Halvorsen', 'ngo', form='title-name'),
        S('local authorities', 'official'),
        S('A community leader in Deim Mansour', 'other'),
        S('The state authorities', 'official'),
        S('The Sudanese army', 'military'),
        S('the RSF', 'military'),
        S('The World Health Organization', 'ngo'),
    ],
    numbers=[
        N('22 July 2025', 'date'),
        N('around 11 pm', 'time'),
        N('14 staff', 'count-people'),
        N('some 23,000 people', 'population'),
        N('11 days', 'duration'),
        N('three months', 'duration'),
        N('2,600 children', 'count-people'),
        N('under five', 'age'),
        N('14 per cent', 'percentage'),
        N('more than 60 kilometres', 'distance'),
        N('1998', 'year'),
        N('2005', 'year'),
        N('11 health facilities', 'count-objects'),
        N('more than 180 attacks', 'count-objects'),
        N('April 2023', 'date'),
    ])

# sh05: intercommunal clashes in Ganis (UN OCHA-style flash update: highlights, situation overview,
# displacement by site, protection, health, food security and shelter, funding)
A['sh05.txt'] = dict(
    casualty=[
        C('At least 17 people killed', 'killed', 17, 'at-least', 'people'),
        C('43 injured', 'injured', 43, 'exact', 'people'),
        C('An estimated 7,400 people displaced', 'displaced', 7400, 'approx', 'people'),
        C('At least 11 people reported missing', 'missing', 11, 'at-least', 'people'),
        C('26 detained', 'detained', 26, 'exact', 'people'),
        C('17 people have been killed', 'killed', 17, 'exact', 'people', id='k', tags='repeat'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='k'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='k'),
        C('43 people have been injured', 'injured', 43, 'exact', 'people', id='i', tags='repeat'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='i'),
        C('the number of dead at 25', 'killed', 25, 'exact', 'people', tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('2 soldiers were among the injured', 'injured', 2, 'exact', 'soldiers', sub='i'),
        C('an estimated 7,400 people', 'displaced', 7400, 'approx', 'people', id='d', tags='repeat'),
        C('2,100 people', 'displaced', 2100, 'exact', 'people', sub='d'),
        C('1,650 people', 'displaced', 1650, 'exact', 'people', sub='d'),
        C('1,200 people', 'displaced', 1200, 'exact', 'people', sub='d'),
        C('900–1,000 people', 'displaced', None, 'range', 'people', low=900, high=1000, sub='d'),
        C('A further 1,500 people are staying with host families', 'displaced', 1500, 'exact', 'people', sub='d'),
        C('Up to 300 people have crossed', 'displaced', 300, 'at-most', 'people'),
        C('at least 11 people', 'missing', 11, 'at-least', 'people', id='m', tags='repeat'),
        C('6 children', 'missing', 6, 'exact', 'children', sub='m'),
        C('the 26 people detained', 'detained', 26, 'exact', 'people', id='det', tags='repeat'),
        C('8', 'detained', 8, 'exact', 'people', nth=1, sub='det'),
        C('4 of the injured', 'injured', 4, 'exact', 'people', sub='i'),
    ],
    sources=[
        S('the State Ministry of Health', 'official'),
        S('Community leaders', 'other'),
        S('The army', 'military'),
        S('State authorities', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('local authorities', 'official'),
        S('Protection partners', 'ngo'),
        S('families of the others', 'witness'),
        S('Partners', 'ngo'),
        S('Ganis Rural Hospital', 'official'),
        S('Shelter partners', 'ngo'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('9 August 2025', 'date'),
        N('6 August', 'date', nth=0),
        N('4 gathering sites', 'count-objects'),
        N('US$2.3 million', 'money', nth=0),
        N('30 days', 'duration', nth=0),
        N('6 August', 'date', nth=1),
        N('5 neighbourhoods', 'count-objects'),
        N('3 days', 'duration'),
        N('about 400 troops', 'count-people'),
        N('8 August', 'date'),
        N('the two communities', 'count-objects'),
        N('6 p.m.', 'time'),
        N('6 a.m.', 'time'),
        N('Block 7', 'other'),
        N('2 of the sites', 'count-objects'),
        N('2 surgeons', 'count-people'),
        N('18 beds', 'count-objects'),
        N('1 trauma kit', 'count-objects'),
        N('100 surgical interventions', 'count-objects'),
        N('12 metric tonnes', 'quantity'),
        N('3,200 people', 'count-people'),
        N('the 4 sites', 'count-objects'),
        N('some 640 households', 'count-people'),
        N('US$2.3 million', 'money', nth=1),
        N('30 days', 'duration', nth=1),
        N('US$400,000', 'money'),
    ])

# sh06: gunmen kill and abduct artisanal gold miners near Agadi; the mining office's toll and its update, a
# doctor's higher count of the wounded, a ransom, the army's pursuit and a miners' union's count (a
# broadcaster's website: headline and byline instead of a dateline, curly quotes)
A['sh06.txt'] = dict(
    casualty=[
        C('kill at least 19', 'killed', 19, 'at-least', 'people'),
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', tags='repeat'),
        C('Two other boys', 'killed', 2, 'exact', 'children'),
        C('23 people had been wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w'),
        C('dozens of miners were still unaccounted for', 'missing', None, 'vague', 'other'),
        C('31 wounded', 'injured', 31, 'exact', 'people', id='h', tags='contradicted'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='h'),
        C('the death toll to 24', 'killed', 24, 'exact', 'people', tags='update'),
        C('seized 15 to 20 miners', 'detained', None, 'range', 'other', low=15, high=20),
        C('killed eight of the attackers', 'killed', 8, 'exact', 'fighters'),
        C('arrested three others', 'detained', 3, 'exact', 'fighters'),
        C('at least 60 of its members had been killed', 'killed', 60, 'at-least', 'other'),
        C('more than 100,000 people have fled', 'displaced', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('survivors', 'witness'),
        S('the officials', 'official'),
        S('Survivors', 'witness'),
        S('Adam', 'witness', form='name'),
        S('The regional mining office in Agadi', 'official'),
        S('A doctor at the town’s hospital', 'anonymous'),
        S('Local radio station Sawt al-Nil', 'media'),
        S('hospital staff', 'anonymous'),
        S('the mining office', 'official'),
        S('Witnesses', 'witness'),
        S('Relatives of the abducted men', 'witness'),
        S('The army', 'military'),
        S('Army spokesman Col Mahjoub Eisa', 'military', form='title-name'),
        S('The RSF', 'military'),
        S('The Blue Nile Artisanal Miners’ Union', 'other'),
        S('official figures', 'official', form='document'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('an estimated 3kg', 'quantity'),
        N('6.6lb', 'quantity'),
        N('17', 'age'),
        N('5 million Sudanese pounds', 'money'),
        N('about $2,000', 'money'),
        N('about 50 RSF fighters', 'count-people'),
        N('an estimated 40,000 miners', 'count-people'),
        N('up to 3,000 people', 'count-people'),
        N('30 metres', 'distance'),
        N('about $1.6bn', 'money'),
    ])

# sh07: drones hit a power station and a displacement camp near Fazogli; a raised toll, the hospital's count,
# detained members of a resistance committee and the security committee's denial (AP style, em-dash
# dateline, American spelling, straight quotes)
A['sh07.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='camp', sub='tot'),
        C('six members of one family', 'killed', 6, 'exact', 'people', sub='camp'),
        C('Three workers', 'killed', 3, 'exact', 'other', sub='tot'),
        C('22 people were wounded', 'injured', 22, 'exact', 'people'),
        C('27 wounded', 'injured', 27, 'exact', 'people', id='h', tags='contradicted'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='h'),
        C('two more people died', 'killed', 2, 'exact', 'people'),
        C('the death toll to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('more than 40 civilians had been killed', 'killed', 40, 'at-least', 'civilians'),
        C('detained 12 members', 'detained', 12, 'exact', 'people', id='det'),
        C('Three of those detained were women', 'detained', 3, 'exact', 'women', sub='det'),
        C('fewer than 10 people" had been held', 'detained', 10, 'at-most', 'people', tags='contradicted'),
        C('nearly 9,000 people had fled', 'displaced', 9000, 'at-most', 'people'),
        C('killed at least 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('driven more than 12 million people from their homes', 'displaced', 12000000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('aid workers', 'ngo'),
        S('Hassan Abdel-Bari', 'official', form='name'),
        S('Mariam Ali', 'witness', form='name'),
        S("Sudan's military", 'military'),
        S('The RSF', 'military'),
        S('Dr. Salwa Ibrahim', 'official', form='title-name'),
        S('The Blue Nile state electricity authority', 'official'),
        S('Ibrahim', 'official', nth=1, form='name'),
        S('The U.N. humanitarian coordinator for Sudan', 'ngo', form='role'),
        S('activists', 'other'),
        S('The Blue Nile Lawyers Forum', 'ngo'),
        S("The state's security committee", 'official'),
        S('The International Organization for Migration', 'ngo'),
        S('the World Health Organization', 'ngo'),
        S('aid groups', 'ngo'),
    ],
    numbers=[
        N('about 3,000 people', 'count-people'),
        N('41', 'age'),
        N('her five children', 'count-people'),
        N('9 of the 13 drones', 'count-objects'),
        N("2 of the station's 3 turbines", 'count-objects'),
        N('about 400,000 people', 'population'),
        N('less than 48 hours', 'duration'),
        N('two weeks', 'duration'),
        N('April 2023', 'date'),
    ])

# sh08: raids on the villages below Jebel Gule, the dead, the wounded, detained young men, missing women
# and girls and the displaced (a newspaper's own correspondent: headline, byline, em-dash asides, first
# person, curly quotes, British spelling)
A['sh08.txt'] = dict(
    casualty=[
        C('46 people', 'killed', 46, 'exact', 'people', id='tot'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='tot'),
        C('the toll at 21', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('killed 16 “armed outlaws”', 'killed', 16, 'exact', 'fighters'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('two nephews', 'killed', 2, 'exact', 'men'),
        C('58 patients with gunshot and machete wounds', 'injured', 58, 'exact', 'people', id='w'),
        C('seven of them have died', 'killed', 7, 'exact', 'people', sub='w'),
        C('detained at least 70 young men', 'detained', 70, 'at-least', 'men'),
        C('about 30” suspects were being held', 'detained', 30, 'approx', 'people', tags='contradicted'),
        C('17 women and girls were missing', 'missing', 17, 'exact', 'women', id='m'),
        C('her two daughters', 'missing', 2, 'exact', 'children', sub='m'),
        C('Some 11,000 people have fled', 'displaced', 11000, 'approx', 'people'),
        C('the real figure is nearly 15,000', 'displaced', 15000, 'at-most', 'people', tags='contradicted'),
        C('killed more than 200 people', 'killed', 200, 'at-least', 'people'),
    ],
    sources=[
        S('the area’s traditional Funj leadership', 'other'),
        S('The state authorities', 'official'),
        S('Blue Nile’s security committee', 'official'),
        S('The army', 'military'),
        S('Idris Musa', 'witness', nth=0, form='name'),
        S('the admissions ledger', 'official', form='document'),
        S('Families in the villages', 'witness'),
        S('Sumaya Ahmed', 'other', form='name'),
        S('An officer at the garrison', 'anonymous'),
        S('women', 'witness', nth=0),
        S('A mother, Hawa Adam', 'witness', form='name'),
        S('the local office of the Humanitarian Aid Commission', 'official'),
        S('Aid workers', 'ngo'),
        S('Idris Musa', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('four nights', 'duration'),
        N('eight villages', 'count-objects'),
        N('eight-month-old', 'age'),
        N('58', 'age', nth=0),
        N('several of the families', 'count-people'),
        N('some 40 kilometres', 'distance'),
        N('aged 14 and 16', 'age'),
        N('1970s', 'year'),
        N('2022', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
