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

# ---------------------------------------------------------------- labels (blind set 169: bu01-bu08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / sacrificed their lives / buried / lost … fighters / the number of dead / the killing of',
     r'\bneutrali[sz]|\bsacrificed\b|\bburied\b|\blost\b|\bnumber of dead\b|\bkilling of\b'),
    ('taken away / held / captured / taken … prisoner / in detention / the arrest of',
     r'\btaken away\b|\bheld\b|\bcaptured|\bprisoner\b|\bdetention\b|\barrest of\b'),
    ('taken refuge / sheltering / sleeping in the open / have left',
     r'\brefuge\b|\bsheltering\b|\bsleeping in the open\b|\bhave left\b'),
    ('admitted … wounded / treated … people', r'\badmitted\b|\btreated\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('police members / security personnel / members of the security forces',
     r'\b(?:police members|security personnel|members of the security forces)\b'),
    ('teachers/nurses/health workers/aid workers/NGO staff members',
     r'\b(?:teachers|nurses|health workers?|aid workers|staff members)\b'),
    ('suspects/patients/villagers/teenage boys', r'\b(?:suspects|patients|villagers|teenage boys)\b'),
]

# bu01: a junta air strike on a rice mill and a tea shop in a village of Tatkon township, Naypyitaw
# (AFP style, one sentence a paragraph)
A['bu01.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('Another 41 people were wounded', 'injured', 41, 'exact', 'people', id='inj'),
        C('12 of them', 'injured', 12, 'exact', 'people', sub='inj'),
        C('pulled 19 bodies', 'killed', 19, 'exact', 'people', sub='tot'),
        C('four', 'killed', 4, 'exact', 'people', sub='tot'),
        C('killed “more than 30 terrorists”', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('lost two of its fighters', 'killed', 2, 'exact', 'fighters'),
        C('the toll had climbed to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('Four more people died', 'killed', 4, 'exact', 'people'),
        C('hundreds of villagers had fled', 'displaced', None, 'vague', 'civilians'),
        C('more than 7,000 people have been killed', 'killed', 7000, 'at-least', 'people'),
        C('almost 30,000 arrested', 'detained', 30000, 'at-most', 'people'),
        C('some 3.5 million people are now displaced', 'displaced', 3500000, 'approx', 'people'),
    ],
    sources=[
        S('a local resistance official', 'anonymous'),
        S('the official', 'anonymous'),
        S('A volunteer rescue group in the township', 'ngo'),
        S('Ko Zaw Lin', 'witness', form='name'),
        S('The junta’s information team', 'military'),
        S('state television', 'media'),
        S('The local resistance force', 'military'),
        S('the resistance official', 'anonymous'),
        S('a nurse there', 'anonymous'),
        S('Residents', 'witness'),
        S('Daw Khin Myo', 'witness', form='name'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('about 40 kilometres', 'distance'),
        N('Two fighter jets', 'count-objects'),
        N('4:00 pm', 'time'),
        N('dozens of farmers', 'count-people'),
        N('31-year-old', 'age'),
        N('about 300 people', 'count-people'),
        N('more than 1,200', 'population'),
        N('54', 'age'),
        N('February 2021', 'date'),
    ])

# bu02: shelling and raids on villages west of Pyinmana, Naypyitaw, after a drone attack on an army
# base (Reuters style)
A['bu02.txt'] = dict(
    casualty=[
        C('killing at least 18 civilians', 'killed', 18, 'at-least', 'civilians', id='tot'),
        C('detaining dozens of men', 'detained', None, 'vague', 'men'),
        C('killed two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('buried 11 people', 'killed', 11, 'exact', 'people', sub='tot'),
        C('23 people wounded', 'injured', 23, 'exact', 'people', id='inj'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('killing 14 of them', 'killed', 14, 'exact', 'fighters', tags='contradicted'),
        C('capturing six', 'detained', 6, 'exact', 'fighters'),
        C('lost three soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('fewer than five civilians had died', 'killed', 5, 'at-most', 'civilians', tags='contradicted'),
        C('lost five fighters', 'killed', 5, 'exact', 'fighters'),
        C('taken away at least 40 men', 'detained', 40, 'at-least', 'men', id='det'),
        C('two teenage boys', 'detained', 2, 'exact', 'children', sub='det'),
        C('10-12 men', 'detained', None, 'range', 'men', low=10, high=12, sub='det'),
        C('some 600 other villagers', 'displaced', 600, 'approx', 'civilians'),
        C('nearly 45,000 people had been displaced', 'displaced', 45000, 'at-most', 'people'),
        C('At least 6,300 civilians have been killed', 'killed', 6300, 'at-least', 'civilians'),
    ],
    sources=[
        S('a resistance group', 'military'),
        S('residents', 'witness'),
        S('the military', 'military'),
        S('Thet Naing Oo', 'military', form='name'),
        S('A medic with the group', 'anonymous'),
        S('two residents', 'witness'),
        S('State-run MRTV television', 'media'),
        S('Thet Naing Oo', 'military', nth=1, form='name'),
        S('A resident', 'anonymous'),
        S('The United Nations humanitarian office, OCHA', 'ngo'),
        S('Civilian Harm Monitor Myanmar', 'ngo'),
    ],
    numbers=[
        N('Jan 27', 'date'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('four villages', 'count-objects'),
        N('two days', 'duration'),
        N('about 200 soldiers', 'count-people'),
        N('70-year-old', 'age'),
        N('two residents', 'count-people'),
        N('45-year-old', 'age'),
        N('about 150 houses', 'count-objects'),
        N('about 100,000 people', 'population'),
        N('2005', 'year'),
        N('2021', 'year'),
    ])

# bu03: a PDF attack on a power sub-station in Lewe township, Naypyitaw, as told by the military
# (state media style)
A['bu03.txt'] = dict(
    casualty=[
        C('neutralising 12 terrorists', 'killed', 12, 'exact', 'fighters', id='k12'),
        C('wounding a number of others', 'injured', None, 'vague', 'fighters'),
        C('Two police members sacrificed their lives', 'killed', 2, 'exact', 'soldiers'),
        C('five security personnel were injured', 'injured', 5, 'exact', 'soldiers', id='sp5'),
        C('The bodies of four of the terrorists', 'killed', 4, 'exact', 'fighters', sub='k12'),
        C('detained 17 people', 'detained', 17, 'exact', 'people', id='det'),
        C('four of whom were women', 'detained', 4, 'exact', 'women', sub='det'),
        C('abducted about 40 villagers', 'detained', 40, 'approx', 'civilians', id='abd'),
        C('Nine of them', 'detained', 9, 'exact', 'civilians', sub='abd'),
        C('More than 250 villagers who had taken refuge', 'displaced', 250, 'at-least', 'civilians'),
        C('killed six civilians', 'killed', 6, 'exact', 'civilians'),
        C('19 civilians were killed', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('dozens injured', 'injured', None, 'vague', 'civilians', tags='contradicted'),
        C('killed 27 civilians', 'killed', 27, 'exact', 'civilians'),
        C('Two of them', 'injured', 2, 'exact', 'soldiers', sub='sp5'),
        C('wounded 52 others', 'injured', 52, 'exact', 'civilians'),
        C('11 members of the security forces have sacrificed their lives', 'killed', 11, 'exact', 'soldiers'),
    ],
    sources=[
        S('The Nay Pyi Taw Command', 'military'),
        S('the Command’s statement', 'military', form='document'),
        S('the Command', 'military', nth=1),
        S('Pol Maj Aung Myo Thant', 'official', form='title-name'),
        S('U Kyaw Swar Lin', 'official', form='name'),
        S('The Command', 'military'),
        S('a foreign-based media outlet', 'media'),
        S('medical superintendent Dr Nyein Chan Aung', 'official', form='title-name'),
        S('the Command', 'military', nth=2),
        S('the Command', 'military', nth=3),
    ],
    numbers=[
        N('17 February', 'date'),
        N('about 60 PDF terrorists', 'count-people'),
        N('15 February', 'date'),
        N('107 mm', 'other'),
        N('about 2.30 am', 'time'),
        N('two transformers', 'count-objects'),
        N('more than 30 villages', 'count-objects'),
        N('two rifles', 'count-objects'),
        N('20 mortar shells', 'count-objects'),
        N('K 12.5 million', 'money'),
        N('58-year-old', 'age'),
        N('23 houses', 'count-objects'),
        N('16 February', 'date'),
        N('1,000-bed', 'count-objects'),
    ])

# bu04: an NGO statement on an air strike on a village school during exams in Mahlaing township,
# Mandalay region, and on the arrest of teachers
A['bu04.txt'] = dict(
    casualty=[
        C('At least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('14 of them children', 'killed', 14, 'exact', 'children', sub='tot'),
        C('Two teachers were among the dead', 'killed', 2, 'exact', 'other', sub='tot'),
        C('33 people were wounded', 'injured', 33, 'exact', 'people', id='inj'),
        C('21 children', 'injured', 21, 'exact', 'children', id='ch21', sub='inj'),
        C('several of the surviving children', 'injured', None, 'vague', 'children', sub='ch21'),
        C('pulled seven little bodies', 'killed', 7, 'exact', 'people', sub='tot'),
        C('four more children had died', 'killed', 4, 'exact', 'children'),
        C('the death toll to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('about 30 terrorists” had been killed', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('an estimated 2,500 people', 'displaced', 2500, 'approx', 'people', id='disp'),
        C('some 800 children', 'displaced', 800, 'approx', 'children', sub='disp'),
        C('the arrest of nine teachers', 'detained', 9, 'exact', 'other', id='tch'),
        C('three of whom remain in detention', 'detained', 3, 'exact', 'other', sub='tch'),
        C('the killing of 212 children', 'killed', 212, 'exact', 'children'),
    ],
    sources=[
        S('Child Shield International (CSI)', 'ngo'),
        S('CSI’s local partner organisation', 'ngo'),
        S('Ma Thandar Win', 'witness', form='name'),
        S('Sophie Marchetti', 'ngo', form='name'),
        S('the partner organisation', 'ngo'),
        S('A doctor there', 'anonymous'),
        S('Myanmar’s military-controlled MRTV television', 'media'),
        S('Villagers', 'witness'),
        S('the township’s People’s Administration Team', 'official'),
        S('CSI', 'ngo', nth=4),
        S('Marchetti', 'ngo', nth=1, form='name'),
        S('The UN children’s agency, UNICEF', 'ngo'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('two bombs', 'count-objects'),
        N('around 120 pupils', 'count-people'),
        N('about 10.15 am', 'time'),
        N('one classroom', 'count-objects'),
        N('six years old', 'age'),
        N('some 30 kilometres', 'distance'),
        N('four neighbouring villages', 'count-objects'),
        N('2012', 'year'),
        N('48 community schools', 'count-objects'),
        N('some 9,000 children', 'count-people'),
        N('11 March', 'date'),
    ])

# bu05: air strikes on a pagoda festival in two villages near Bagan, Nyaung-U township, Mandalay
# region (a broadcaster's website: headline and byline)
A['bu05.txt'] = dict(
    casualty=[
        C('kill 32', 'killed', 32, 'exact', 'people'),
        C('killing at least 32 people', 'killed', 32, 'at-least', 'people', id='tot', tags='repeat'),
        C('recovered 26 bodies', 'killed', 26, 'exact', 'people', sub='tot'),
        C('six', 'killed', 6, 'exact', 'people', sub='tot'),
        C('15–20 people were still missing', 'missing', None, 'range', 'people', low=15, high=20),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('admitted 47 wounded', 'injured', 47, 'exact', 'people', id='inj'),
        C('at least a dozen of them', 'injured', 12, 'at-least', 'people', sub='inj'),
        C('40 to 50 fighters had been killed', 'killed', None, 'range', 'fighters', low=40, high=50,
          tags='contradicted'),
        C('seven or eight bodies', 'killed', None, 'range', 'people', low=7, high=8),
        C('three of its fighters were among the dead', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('taken 11 soldiers prisoner', 'detained', 11, 'exact', 'soldiers'),
        C('the number of dead had risen to 36', 'killed', 36, 'exact', 'people', tags='update'),
        C('four patients died', 'killed', 4, 'exact', 'people'),
        C('thousands of people have left', 'displaced', None, 'vague', 'people'),
        C('over 190,000 people have been displaced', 'displaced', 190000, 'at-least', 'people'),
    ],
    sources=[
        S('a local rescue group', 'ngo'),
        S('the Nyaung-U Volunteer Rescue Team', 'ngo'),
        S('The group’s leader, Ko Htet Aung', 'ngo', form='title-name'),
        S('Doctors at Nyaung-U’s township hospital', 'anonymous'),
        S('One doctor', 'anonymous'),
        S('Myanmar’s military', 'military', nth=1),
        S('state media', 'media'),
        S('Daw Nwe Ni', 'witness', form='name'),
        S('The Myingyan District People’s Defence Force', 'military'),
        S('the rescue team', 'ngo'),
        S('Residents', 'witness'),
        S('The UN’s humanitarian office, OCHA', 'ngo'),
        S('Unesco', 'ngo'),
    ],
    numbers=[
        N('two villages', 'count-objects'),
        N('one of the deadliest', 'other'),
        N('hundreds of people', 'count-people'),
        N('One doctor', 'count-people'),
        N('more than 150km', 'distance'),
        N('62', 'age'),
        N('2021', 'year'),
        N('2019', 'year'),
        N('at least two temples', 'count-objects'),
        N('12th century', 'other'),
        N('nearly 500,000 foreign visitors', 'count-people'),
    ])

# bu06: a UN OCHA flash update on clashes in Ngathayauk, Mandalay region
A['bu06.txt'] = dict(
    casualty=[
        C('killed at least 14 civilians', 'killed', 14, 'at-least', 'civilians'),
        C('injured 38 others', 'injured', 38, 'exact', 'civilians'),
        C('An estimated 11,500 people have been displaced', 'displaced', 11500, 'approx', 'people'),
        C('two aid workers were detained', 'detained', 2, 'exact', 'other'),
        C('one health worker is missing', 'missing', 1, 'exact', 'other'),
        C('at least 14 civilians were killed', 'killed', 14, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('38 others injured', 'injured', 38, 'exact', 'civilians', id='inj', tags='repeat'),
        C('21 of the injured', 'injured', 21, 'exact', 'civilians', id='h21', sub='inj'),
        C('six of them', 'injured', 6, 'exact', 'civilians', sub='h21'),
        C('killed nine people', 'killed', 9, 'exact', 'people'),
        C('the toll from that strike had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('23 "insurgents" had been "neutralised"', 'killed', 23, 'exact', 'fighters'),
        C('captured 16 soldiers', 'detained', 16, 'exact', 'soldiers'),
        C('up to 30 men', 'detained', 30, 'at-most', 'men'),
        C('approximately 11,500 people have been displaced', 'displaced', 11500, 'approx', 'people', id='disp',
          tags='repeat'),
        C('About 4,200 are sheltering', 'displaced', 4200, 'approx', 'people', sub='disp'),
        C('some 3,100', 'displaced', 3100, 'approx', 'people', sub='disp'),
        C('between 1,500 and 2,000 people are sleeping in the open', 'displaced', None, 'range', 'people',
          low=1500, high=2000, sub='disp'),
        C('Two national NGO staff members were detained', 'detained', 2, 'exact', 'other', tags='repeat'),
        C('One health worker has been missing', 'missing', 1, 'exact', 'other', tags='repeat'),
        C('treated 27 people', 'injured', 27, 'exact', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('local sources', 'anonymous', nth=1),
        S('partners on the ground', 'ngo'),
        S('Kyaukpadaung General Hospital', 'official'),
        S('the township health department', 'official'),
        S('Military-controlled media', 'media'),
        S('Resistance groups', 'military'),
        S('Unverified reports', 'other', form='document'),
        S('Partners', 'ngo'),
        S('Community leaders', 'other'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('4 April 2025', 'date'),
        N('29 March', 'date'),
        N('more than 20 sites', 'count-objects'),
        N('1 April', 'date'),
        N('29 March', 'date', nth=1),
        N('about 8,000 people', 'population'),
        N('some 25 km', 'distance'),
        N('five days', 'duration'),
        N('29 March', 'date', nth=2),
        N('2 April', 'date'),
        N('31 March', 'date'),
        N('2 April', 'date', nth=1),
        N('More than 60 houses', 'count-objects'),
        N('six monasteries', 'count-objects'),
        N('a minimum of 14 sites', 'count-objects'),
        N('1 April', 'date', nth=1),
        N('36 hours', 'duration'),
        N('at least 40 older people', 'count-people'),
        N('31 March', 'date', nth=1),
        N('some 6,500 people', 'count-people'),
        N('1,200 households', 'count-people'),
        N('340 general consultations', 'count-objects'),
        N('three sites', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$1.1 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('4 April', 'date', nth=1),
        N('$1.5 million', 'money'),
    ])

# bu07: bodies found in a canal after an army sweep through villages near Thazi, Mandalay region
# (AP style)
A['bu07.txt'] = dict(
    casualty=[
        C('The bodies of at least 21 villagers', 'killed', 21, 'at-least', 'civilians', id='tot'),
        C('killing six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('wounding 10', 'injured', 10, 'exact', 'soldiers'),
        C('held roughly 60 men', 'detained', 60, 'approx', 'men', id='det'),
        C('found 18 bodies', 'killed', 18, 'exact', 'people', sub='tot'),
        C('three others', 'killed', 3, 'exact', 'people', sub='tot'),
        C('killed 13 "terrorists"', 'killed', 13, 'exact', 'fighters', tags='contradicted'),
        C('arrested 31 suspects', 'detained', 31, 'exact', 'people'),
        C('23 people killed', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('at least 40 of the detained men', 'detained', 40, 'at-least', 'men', sub='det'),
        C('the number of dead at 26', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('as many as 5,000 people had been forced from their homes', 'displaced', 5000, 'at-most', 'people'),
        C('14 wounded people', 'injured', 14, 'exact', 'people', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('more than 6,000 civilians had been killed', 'killed', 6000, 'at-least', 'civilians'),
        C('at least 22,000 people remained in detention', 'detained', 22000, 'at-least', 'people'),
    ],
    sources=[
        S('resistance fighters', 'military'),
        S('residents', 'witness'),
        S('the army', 'military'),
        S('Kyaw Zin Htet', 'military', form='name'),
        S('a 38-year-old farmer', 'anonymous'),
        S("The military government's information team", 'military'),
        S('the state-run Global New Light of Myanmar newspaper', 'media'),
        S('Kyaw Zin Htet', 'military', nth=1, form='name'),
        S('the Thazi township administration of the National Unity Government', 'official'),
        S('the administration', 'official'),
        S('The exile news site Dry Zone Voice', 'media'),
        S('relatives of the victims', 'witness'),
        S('Daw Moe Moe Aye', 'ngo', form='name'),
        S('The U.N. human rights office', 'ngo'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('two days', 'duration'),
        N('38-year-old', 'age'),
        N('15-year-old', 'age'),
        N('70s', 'age'),
        N('about 25 kilometers', 'distance'),
        N('16 miles', 'distance'),
        N('three villages', 'count-objects', nth=1),
        N('one of the villages', 'count-objects'),
        N('about 40,000 people', 'population'),
        N('February 2021', 'date'),
    ])

# bu08: an air strike on the district hospital of Yamethin, Mandalay region, in a contested town
# (a newspaper's own correspondent: headline and byline)
A['bu08.txt'] = dict(
    casualty=[
        C('17 people were dead', 'killed', 17, 'exact', 'people', id='hosp'),
        C('three nurses', 'killed', 3, 'exact', 'other', sub='hosp'),
        C('killed more than 90 civilians', 'killed', 90, 'at-least', 'civilians'),
        C('wounded scores more', 'injured', None, 'vague', 'civilians'),
        C('twenty-six wounded', 'injured', 26, 'exact', 'people', id='w26'),
        C('four of them died', 'killed', 4, 'exact', 'people', sub='w26'),
        C('two children', 'killed', 2, 'exact', 'children', sub='hosp'),
        C('killed “about 40 terrorists”', 'killed', 40, 'approx', 'fighters', tags='contradicted'),
        C('lost 12 fighters', 'killed', 12, 'exact', 'fighters'),
        C('captured two dozen soldiers', 'detained', 24, 'exact', 'soldiers'),
        C('around 18,000 people who fled', 'displaced', 18000, 'approx', 'people'),
        C('5,000–6,000', 'displaced', None, 'range', 'people', low=5000, high=6000),
        C('11 men detained', 'detained', 11, 'exact', 'men'),
        C('wounded seven patients', 'injured', 7, 'exact', 'people'),
        C('28 health workers killed', 'killed', 28, 'exact', 'other'),
    ],
    sources=[
        S('residents', 'witness'),
        S('Dr Htoo Myat', 'official', form='title-name'),
        S('A nurse', 'anonymous'),
        S('The military’s information team', 'military'),
        S('The Yamethin People’s Defence Force', 'military'),
        S('A relief committee', 'ngo'),
        S('Ashin Sandar Thiri', 'ngo', form='name'),
        S('Ma Ei Phyu', 'witness', form='name'),
        S('the township’s resistance-run administration', 'official'),
        S('The UN’s Office for the Coordination of Humanitarian Affairs', 'ngo'),
        S('Health Under Fire Monitor', 'ngo'),
    ],
    numbers=[
        N('8.40am', 'time'),
        N('around 60,000 people', 'population'),
        N('2021', 'year'),
        N('one of several resistance groups', 'other'),
        N('14 monasteries', 'count-objects'),
        N('two more weeks', 'duration'),
        N('29', 'age'),
        N('at least 146 attacks', 'count-objects'),
        N('200 beds', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
