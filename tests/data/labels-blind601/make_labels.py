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

# ---------------------------------------------------------------- labels (blind set 601: fr01-fr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / martyred / neutralising / lost … men / remains of / homicides / dead on arrival',
     r'\bshot dead\b|\bmartyred\b|\bneutralising\b|\blost\b|\bremains\b|\bhomicides\b|\bon arrival\b'),
    ('disappeared / disappearances / reported missing / not been seen',
     r'\bdisappear|\breported missing\b|\bnot been seen\b'),
    ('taken away / abducted / kidnapped / arrests', r'\btaken away\b|\babducted\b|\bkidnapped\b|\barrests\b'),
    ('expelled / expulsion / driven … from / left (the state) / staying / in collective shelters',
     r'\bexpelled\b|\bexpulsion\b|\bdriven\b|\bleft\b|\bstaying\b|\bshelters\b'),
    ('gunshot wounds / hit by stray bullets / shot in the leg / minor injuries / serious condition',
     r'\bgunshot\b|\bstray bullets\b|\bshot in\b|\binjuries\b|\bserious condition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('officers/sergeant/police officers', r'\b(?:officers?|sergeant)\b'),
    ('gunmen/militia members/militiamen/gang members/leaders of the organisation',
     r'\b(?:gunmen|militiamen|members|leaders)\b'),
    ('teenagers/boys/sons/brothers/young men', r'\b(?:teenagers|boys|sons|brothers|young men)\b'),
    ('families/suspects/students/merchants/friends/bystanders/gunshot victims',
     r'\b(?:families|suspects|students|merchants|friends|bystanders|victims)\b'),
]

# fr01: a police raid on a militia stronghold in Queimados (AFP style, one sentence a paragraph,
# British spelling, curly quotes)
A['fr01.txt'] = dict(
    casualty=[
        C('at least 14 people dead', 'killed', 14, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('11 of the dead were militia members', 'killed', 11, 'exact', 'fighters', sub='tot'),
        C('One sergeant was shot dead', 'killed', 1, 'exact', 'soldiers'),
        C('two other officers were wounded', 'injured', 2, 'exact', 'soldiers', id='w'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='w'),
        C('at least five of those killed were bystanders', 'killed', 5, 'at-least', 'civilians', sub='tot'),
        C('six or seven bodies', 'killed', None, 'range', 'people', low=6, high=7),
        C('19 people with gunshot wounds', 'injured', 19, 'exact', 'people', id='h'),
        C('six were dead on arrival', 'killed', 6, 'exact', 'people', sub='h'),
        C('the toll to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('two more bodies had been found', 'killed', 2, 'exact', 'people'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('taken away a number of men', 'detained', None, 'vague', 'men'),
        C('the death toll higher, at 18', 'killed', 18, 'exact', 'people', tags='contradicted'),
        C('about 40 families had fled', 'displaced', 40, 'approx', 'people'),
        C('15 people were killed', 'killed', 15, 'exact', 'people'),
    ],
    sources=[
        S('the state’s Military Police', 'official'),
        S('police spokesman Lieutenant-Colonel Marcos Teixeira', 'official', form='title-name'),
        S('Teixeira', 'official', nth=1, form='name'),
        S('the spokesman', 'official', form='role'),
        S('Residents', 'witness'),
        S('a 43-year-old street vendor', 'witness', form='role'),
        S('Queimados General Hospital', 'official'),
        S('the Rio de Janeiro state public security secretariat', 'official'),
        S('the secretariat', 'official'),
        S('The Rio public defender’s office', 'official'),
        S('Linha de Tiro', 'ngo'),
        S('the Federal Fluminense University', 'ngo'),
        S('Linha de Tiro’s records', 'ngo', form='document'),
    ],
    numbers=[
        N('24th Military Police Battalion', 'other'),
        N('nearly five hours', 'duration'),
        N('16-year-old', 'age'),
        N('43-year-old', 'age'),
        N('17 rifles', 'count-objects'),
        N('about 200,000 reais', 'money'),
        N('$36,000', 'money'),
        N('at least nine homes', 'count-objects'),
        N('about 3.7 million people', 'population'),
        N('2023', 'year'),
        N('2019', 'year'),
    ])

# fr02: a militia and the Comando Vermelho fight for Japeri (Reuters style, American spelling,
# straight quotes)
A['fr02.txt'] = dict(
    casualty=[
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people', id='tot'),
        C('forcing hundreds of residents from their homes', 'displaced', None, 'vague', 'civilians'),
        C('27 people had been wounded', 'injured', 27, 'exact', 'people', id='inj'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='inj'),
        C('roughly 600 residents', 'displaced', 600, 'approx', 'civilians'),
        C('killed four gunmen', 'killed', 4, 'exact', 'fighters'),
        C('arrested 11 others', 'detained', 11, 'exact', 'fighters'),
        C('two police officers were shot and wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the bodies of three young men', 'killed', 3, 'exact', 'men'),
        C('treated 31 people for gunshot wounds', 'injured', 31, 'exact', 'people', id='h', tags='contradicted'),
        C('three of whom later succumbed', 'killed', 3, 'exact', 'people', sub='h'),
        C('two of the dead were teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('lost "more than 20 of its fighters"', 'killed', 20, 'at-least', 'fighters'),
        C('lost only two men', 'killed', 2, 'exact', 'men'),
        C('at least 19 people had been killed', 'killed', 19, 'at-least', 'people', id='f', tags='contradicted'),
        C('seven residents', 'killed', 7, 'exact', 'civilians', sub='f'),
        C('15 to 20 young men were still missing', 'missing', None, 'range', 'men', low=15, high=20),
        C('the official death toll had risen to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('killed 871 people', 'killed', 871, 'exact', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Carla Menezes', 'official', form='name'),
        S('state police', 'official'),
        S("The state's Military Police", 'official'),
        S('Rosangela Batista', 'witness', form='name'),
        S('Batista', 'witness', nth=1, form='name'),
        S('Doctors at the Japeri municipal hospital', 'official'),
        S('Local news site Baixada Agora', 'media'),
        S('hospital staff', 'anonymous'),
        S('a police intelligence report', 'official', form='document'),
        S('An audio message attributed to the Comando Vermelho', 'military', form='document'),
        S('The Baixada Fluminense Human Rights Forum', 'ngo'),
        S('Forum coordinator Father Anselmo Ribeiro', 'ngo', form='title-name'),
        S('Rio de Janeiro state Security Secretary Victor Amaral', 'official', form='title-name'),
        S('the forum', 'ngo'),
        S("the state's Public Security Institute (ISP)", 'official'),
    ],
    numbers=[
        N('9-year-old', 'age'),
        N('10 p.m.', 'time'),
        N('2018', 'year'),
        N('six hours', 'duration'),
        N('51', 'age'),
        N('30 years', 'duration'),
        N('about 105,000 people', 'population'),
        N('70 km', 'distance'),
        N('43 miles', 'distance'),
        N('56 killings per 100,000 inhabitants', 'other'),
        N('2022', 'year'),
    ])

# fr03: a Military Police operation against a "narco-militia" in Seropédica (state media: the state
# government's agency voice, martyred officers, "terrorists" neutralised, "fake news" denied; en-dash
# dateline)
A['fr03.txt'] = dict(
    casualty=[
        C('neutralising 8 narco-militia terrorists', 'killed', 8, 'exact', 'fighters', id='k'),
        C('arresting 21 others', 'detained', 21, 'exact', 'fighters', id='arr'),
        C('Two BOPE police officers were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('3 other officers were injured', 'injured', 3, 'exact', 'soldiers'),
        C('A handful of other terrorists were wounded', 'injured', None, 'vague', 'fighters'),
        C('the 21 detainees', 'detained', 21, 'exact', 'fighters', id='arr2', tags='repeat'),
        C('4 leaders of the criminal organisation', 'detained', 4, 'exact', 'fighters', sub='arr2'),
        C('3 kidnapped merchants', 'detained', 3, 'exact', 'other'),
        C('the 8 terrorists killed', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('5 residents with minor injuries', 'injured', 5, 'exact', 'civilians'),
        C('15 people were killed', 'killed', 15, 'exact', 'people', id='fake', tags='contradicted'),
        C('6 students', 'killed', 6, 'exact', 'people', sub='fake', tags='contradicted'),
        C('37 families expelled from their homes', 'displaced', 37, 'exact', 'people'),
        C('arrested 212 militia members', 'detained', 212, 'exact', 'fighters'),
        C('19 police officers have lost their lives', 'killed', 19, 'exact', 'soldiers'),
    ],
    sources=[
        S('the State Secretariat of Military Police', 'official'),
        S('the Secretariat', 'official', nth=0),
        S('Governor Ricardo Fontes', 'official', form='title-name'),
        S('The commander of BOPE, Lieutenant Colonel Fábio Rangel', 'official', form='title-name'),
        S("The Civil Police's Baixada Fluminense Homicide Division (DHBF)", 'official'),
        S('The State Health Secretariat', 'official'),
        S('The Secretariat', 'official', nth=0),
        S('activists on social media', 'other'),
        S('the Secretariat', 'official', nth=1),
        S('The Municipal Social Assistance Secretariat of Seropédica', 'official'),
        S('the Institute of Public Security (ISP)', 'official'),
    ],
    numbers=[
        N('9 April', 'date'),
        N('350 officers', 'count-people'),
        N('40 vehicles', 'count-objects'),
        N('2 helicopters', 'count-objects'),
        N('4 months', 'duration'),
        N('34', 'age'),
        N('3 days', 'duration'),
        N('31 rifles', 'count-objects'),
        N('12 pistols', 'count-objects'),
        N('180 kilograms of drugs', 'quantity'),
        N('R$ 420,000', 'money'),
        N('23%', 'percentage'),
        N('up to R$ 5,000', 'money'),
    ])

# fr04: disappearances by a militia, police killings and expulsions from a housing estate in
# Nilópolis (NGO statement with a list of demands and notes to editors, British spelling, curly quotes)
A['fr04.txt'] = dict(
    casualty=[
        C('At least 31 people have disappeared', 'missing', 31, 'at-least', 'people', id='dis'),
        C('the bodies of nine of them', 'killed', 9, 'exact', 'people', sub='dis'),
        C('12 further killings', 'killed', 12, 'exact', 'people', id='pol'),
        C('three boys', 'killed', 3, 'exact', 'children', sub='pol'),
        C('killing four young men', 'killed', 4, 'exact', 'men', sub='pol'),
        C('wounding six other people', 'injured', 6, 'exact', 'people'),
        C('two friends', 'detained', 2, 'exact', 'people'),
        C('17 unidentified bodies', 'killed', 17, 'exact', 'people'),
        C('fewer than 12 disappearances', 'missing', 12, 'at-most', 'people', tags='contradicted'),
        C('23 people have been reported missing', 'missing', 23, 'exact', 'people', tags='contradicted'),
        C('the 12 cases', 'killed', 12, 'exact', 'people', tags='repeat'),
        C('14 suspects had been arrested', 'detained', 14, 'exact', 'people'),
        C('the expulsion of at least 46 families', 'displaced', 46, 'at-least', 'people'),
        C('some 150 people', 'displaced', 150, 'approx', 'people'),
        C('Two men', 'missing', 2, 'exact', 'men'),
        C('the 31 disappeared', 'missing', 31, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Justiça nas Periferias (JnP)', 'ngo'),
        S('Luíza Caldeira', 'ngo', form='name'),
        S('A 58-year-old woman', 'witness', form='role'),
        S('the state’s Legal Medical Institute (IML)', 'official'),
        S('The state Public Security Secretariat', 'official'),
        S('the state legislature’s human rights commission', 'official'),
        S('The Public Defender’s Office', 'official'),
        S('The Military Police', 'official'),
        S('JnP', 'ngo', nth=5),
        S('a community leader', 'anonymous'),
    ],
    numbers=[
        N('22 August 2024', 'date'),
        N('four months', 'duration'),
        N('64 relatives, witnesses and community leaders', 'count-people'),
        N('aged between 14 and 17', 'age'),
        N('3 June', 'date'),
        N('10-year-old', 'age'),
        N('58-year-old', 'age'),
        N('19 of the families', 'count-people'),
        N('30 days', 'duration'),
        N('the two clandestine cemeteries', 'count-objects'),
        N('2022', 'year'),
        N('2011', 'year'),
        N('64 interviews', 'count-objects'),
        N('some 162,000 inhabitants', 'population'),
        N('19 square kilometres', 'quantity'),
    ])

# fr05: fighting between a militia and the TCP faction, displacement by shelter and abductions in
# Magé (UN OCHA-style flash update)
A['fr05.txt'] = dict(
    casualty=[
        C('At least 9 people killed', 'killed', 9, 'at-least', 'people'),
        C('22 injured', 'injured', 22, 'exact', 'people'),
        C('An estimated 2,300 people displaced', 'displaced', 2300, 'approx', 'people', id='d'),
        C('1,150 of them', 'displaced', 1150, 'exact', 'people', sub='d'),
        C('killed at least 9 people', 'killed', 9, 'at-least', 'people', id='k2', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='k2'),
        C('the 22 people injured', 'injured', 22, 'exact', 'people', id='i2', tags='repeat'),
        C('6 remain in serious condition', 'injured', 6, 'exact', 'people', sub='i2'),
        C('3 suspected gang members were killed', 'killed', 3, 'exact', 'fighters', sub='k2'),
        C('15 were arrested', 'detained', 15, 'exact', 'fighters'),
        C('at least 4 residents are missing', 'missing', 4, 'at-least', 'civilians'),
        C('An estimated 2,300 people have fled', 'displaced', 2300, 'approx', 'people', id='d2', tags='repeat'),
        C('some 900 children', 'displaced', 900, 'approx', 'children', sub='d2'),
        C('1,150 are in collective shelters', 'displaced', 1150, 'exact', 'people', id='sh', sub='d2',
          tags='repeat'),
        C('420 people', 'displaced', 420, 'exact', 'people', sub='sh'),
        C('310 people', 'displaced', 310, 'exact', 'people', sub='sh'),
        C('190 people', 'displaced', 190, 'exact', 'people', sub='sh'),
        C('230 people', 'displaced', 230, 'exact', 'people', sub='sh'),
        C('approximately 1,150 people', 'displaced', 1150, 'approx', 'people', sub='d2'),
        C('the number of displaced at 800', 'displaced', 800, 'exact', 'people', tags='contradicted'),
        C('8–10 young men have been abducted', 'detained', None, 'range', 'men', low=8, high=10),
    ],
    sources=[
        S('the Municipal Health Secretariat', 'official'),
        S('The state Military Police', 'official'),
        S('Local sources', 'anonymous'),
        S('the Magé Municipal Civil Defence', 'official'),
        S('UNICEF', 'ngo'),
        S('The state government', 'official'),
        S('partners', 'ngo', nth=1),
        S('Protection partners', 'ngo'),
        S('community leaders', 'other'),
        S('The Pan American Health Organization (PAHO)', 'ngo'),
        S('The Municipal Education Secretariat', 'official'),
        S("The Brazilian Army's Eastern Military Command", 'military'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('14 November 2024', 'date'),
        N('10 November', 'date'),
        N('6 collective shelters', 'count-objects'),
        N("23 of the municipality's 74 schools", 'count-objects'),
        N('some 9,800 students', 'count-people'),
        N('US$1.2 million', 'money'),
        N('10 November', 'date', nth=1),
        N('12 November', 'date'),
        N('a number of families', 'count-people'),
        N('3 other schools', 'count-objects'),
        N('at least 35 abandoned homes', 'count-objects'),
        N('2 of the 5 primary health units', 'count-objects'),
        N('1,500 hygiene kits', 'count-objects'),
        N('13 November', 'date'),
        N('US$1.2 million', 'money', nth=1),
        N('18 per cent', 'percentage'),
    ])

# fr06: families bury the dead after a police raid on a militia in São João de Meriti (a
# broadcaster's website: headline and byline instead of a dateline)
A['fr06.txt'] = dict(
    casualty=[
        C('13 people dead', 'killed', 13, 'exact', 'people', id='tot'),
        C('at least four of the dead', 'killed', 4, 'at-least', 'people', sub='tot'),
        C('18 people had been arrested', 'detained', 18, 'exact', 'people'),
        C('One officer was killed', 'killed', 1, 'exact', 'soldiers'),
        C('three others were hurt', 'injured', 3, 'exact', 'soldiers'),
        C('nine of the dead', 'killed', 9, 'exact', 'people', sub='tot'),
        C('15 bodies', 'killed', 15, 'exact', 'people', id='pd', tags='contradicted'),
        C('several of the bodies', 'killed', None, 'vague', 'people', sub='pd'),
        C('Three residents were hit by stray bullets', 'injured', 3, 'exact', 'civilians', sub='h'),
        C('seven wounded people', 'injured', 7, 'exact', 'people', id='h'),
        C('two of them children', 'injured', 2, 'exact', 'children', sub='h'),
        C('between five and eight people were still missing', 'missing', None, 'range', 'people', low=5, high=8, id='m'),
        C('two teenagers', 'missing', 2, 'exact', 'children', sub='m'),
        C('killed 61 people', 'killed', 61, 'exact', 'people'),
        C('Dozens of families have left', 'displaced', None, 'vague', 'people'),
        C('killed 1,287 people', 'killed', 1287, 'exact', 'people'),
    ],
    sources=[
        S('human rights groups', 'ngo'),
        S('Police', 'official'),
        S('residents of the Vila Rosali neighbourhood', 'witness'),
        S('his mother, Maria das Graças Cardoso', 'witness', form='name'),
        S("Rio de Janeiro's state security secretariat", 'official'),
        S('The head of the Civil Police, Rafael Monteiro', 'official', form='title-name'),
        S("the state's Public Defender's Office", 'official'),
        S('The office', 'official'),
        S("staff at the city's general hospital", 'official'),
        S('Residents', 'witness'),
        S('The local rights group Rede Baixada Viva', 'ngo'),
        S('Elena Vásquez', 'ngo', form='name'),
        S('community leader Sérgio Paiva', 'other', form='title-name'),
        S('Mr Paiva', 'other', form='name'),
        S('the independent Security and Citizenship Observatory', 'ngo'),
    ],
    numbers=[
        N('19', 'age'),
        N('about 200 officers', 'count-people'),
        N('05:00', 'time'),
        N('08:00 GMT', 'time'),
        N('26 weapons', 'count-objects'),
        N('nine rifles', 'count-objects'),
        N('67-year-old', 'age'),
        N('January 2023', 'date'),
        N('the previous three years', 'duration'),
        N('at least 30 children', 'count-people'),
    ])

# fr07: a militia attack on a bar and a police operation in Chatuba, Mesquita (AP style, em-dash
# dateline, American spelling, straight quotes)
A['fr07.txt'] = dict(
    casualty=[
        C('killing seven people', 'killed', 7, 'exact', 'people', id='tot'),
        C('wounding nearly a dozen others', 'injured', 12, 'at-most', 'people', id='inj'),
        C('two brothers', 'killed', 2, 'exact', 'men', sub='tot'),
        C('two men', 'missing', 2, 'exact', 'men'),
        C('Four of the wounded', 'injured', 4, 'exact', 'people', id='f4', sub='inj'),
        C('One of them', 'killed', 1, 'exact', 'people', sub='f4'),
        C('the death toll to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('killing three suspects', 'killed', 3, 'exact', 'people'),
        C('arresting 12 people', 'detained', 12, 'exact', 'people'),
        C('One officer was shot in the leg', 'injured', 1, 'exact', 'soldiers'),
        C('four men had been detained', 'detained', 4, 'exact', 'men'),
        C('detained up to 20 people', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('at least five people had died', 'killed', 5, 'at-least', 'people', tags='contradicted'),
        C('scores of families had fled', 'displaced', None, 'vague', 'people'),
        C('driven thousands of residents from their homes', 'displaced', None, 'vague', 'civilians'),
        C('41 homicides', 'killed', 41, 'exact', 'people'),
        C('killed 699 people', 'killed', 699, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Renata Goulart', 'official', form='name'),
        S('a bartender', 'witness', form='role'),
        S('A police source', 'anonymous'),
        S('the daily Jornal da Baixada', 'media'),
        S('the state health department', 'official'),
        S('the force', 'official'),
        S('Goulart', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Police', 'official', nth=1),
        S('Mães da Baixada', 'ngo'),
        S('the Urban Violence Research Group', 'ngo'),
        S("the state's Public Security Institute", 'official'),
        S('the institute', 'official'),
        S('Mayor Jorge Miranda', 'official', form='title-name'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('17-year-old', 'age'),
        N('two cars', 'count-objects'),
        N('22-year-old', 'age'),
        N('15-year-old', 'age'),
        N('1990s', 'year'),
        N('about 4 million people', 'population'),
        N('about 170,000 people', 'population'),
        N('the first six months', 'duration'),
        N('12%', 'percentage'),
        N('2023', 'year'),
        N('three days of mourning', 'duration'),
    ])

# fr08: land grabs, killings, abductions and displacement by a militia on the rural fringe of
# Paracambi (a newspaper's own correspondent: byline, an em-dash aside, curly quotes)
A['fr08.txt'] = dict(
    casualty=[
        C('at least 11 people killed', 'killed', 11, 'at-least', 'people', id='tot'),
        C('driven at least 60 families from their smallholdings', 'displaced', 60, 'at-least', 'people'),
        C('four community leaders', 'missing', 4, 'exact', 'civilians'),
        C('two sons have since left the state', 'displaced', 2, 'exact', 'men'),
        C('two arrests', 'detained', 2, 'exact', 'people'),
        C('three of the deaths', 'killed', 3, 'exact', 'people', sub='tot'),
        C('killed as many as 15 people', 'killed', 15, 'at-most', 'people', tags='contradicted'),
        C('abducted around 20 more', 'detained', 20, 'approx', 'people', id='ab'),
        C('eight of those abducted', 'detained', 8, 'exact', 'people', sub='ab'),
        C('the remains of two or three people', 'killed', None, 'range', 'people', low=2, high=3),
        C('Twenty-three people with gunshot wounds', 'injured', 23, 'exact', 'people', id='inj'),
        C('six of them children', 'injured', 6, 'exact', 'children', sub='inj'),
        C('Two died on the operating table', 'killed', 2, 'exact', 'people', sub='inj'),
        C('almost 140 displaced people', 'displaced', 140, 'at-most', 'people', id='d'),
        C('41 children', 'displaced', 41, 'exact', 'children', sub='d'),
        C('killed two militiamen', 'killed', 2, 'exact', 'fighters'),
        C('arrested nine people', 'detained', 9, 'exact', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('Almeida’s widow, Dona Cida', 'witness', form='name'),
        S('Police records', 'official', form='document'),
        S('The state’s public security secretariat', 'official'),
        S('Federal prosecutors', 'official'),
        S('A prosecutor', 'anonymous'),
        S('the prosecutor', 'anonymous'),
        S('doctors', 'official'),
        S('Father Vicente Moraes', 'other', form='title-name'),
        S('the Military Police', 'official'),
        S('residents', 'witness', nth=1),
        S('a farmer', 'witness', form='role'),
    ],
    numbers=[
        N('Three days later', 'duration'),
        N('5,000 reais', 'money'),
        N('62', 'age'),
        N('14 investigations', 'count-objects'),
        N('up to 30,000 reais', 'money'),
        N('52,000 people', 'population'),
        N('about 80km', 'distance'),
        N('as much as 40%', 'percentage'),
        N('two years', 'duration'),
        N('six rifles', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
