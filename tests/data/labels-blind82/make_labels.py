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

# ---------------------------------------------------------------- labels (blind set 82: mx01-mx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralised / executed / murdered / killings / claimed … lives / remains of',
     r'\beliminated\b|\bneutralised\b|\bexecuted\b|\bmurdered\b|\bkillings\b|\blives\b|\bremains\b'),
    ('treated / beaten / taken to hospital', r'\btreated\b|\bbeaten\b'),
    ('rounded up / picked up / abducted / arrested', r'\brounded up\b|\bpicked up\b|\babducted\b'),
    ('left / abandoned / forced … to flee / moved in with relatives',
     r'\bleft\b|\babandoned\b|\bto flee\b|\bmoved in\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/security personnel/members of the security forces',
     r'\b(?:servicemen|security personnel|security forces)\b'),
    ('gunmen/members/gang members/assailants/militiamen',
     r'\b(?:gunmen|members|assailants|militiamen)\b'),
    ('suspects/supporters/youth/families/passers-by/students',
     r'\b(?:suspects|supporters|youth|families|passers-by|students)\b'),
    ('teenagers/schoolchildren/brothers/Palestinians/Israelis/Syrians',
     r'\b(?:teenagers|schoolchildren|brothers|Palestinians|Israelis|Syrians)\b'),
]

# mx01: Russian glide bombs on the centre of Lebedyn, Sumy oblast, Ukraine (Reuters style)
A['mx01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('injuring 31 others', 'injured', 31, 'exact', 'people', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('as many as six residents', 'missing', 6, 'at-most', 'civilians'),
        C('recovered 11 bodies', 'killed', 11, 'exact', 'people', sub='upd'),
        C('one', 'killed', 1, 'exact', 'people', sub='upd'),
        C('the death toll to 12', 'killed', 12, 'exact', 'people', id='upd', tags='update'),
        C('Two of the dead were teenagers', 'killed', 2, 'exact', 'children', sub='upd'),
        C('17 of the injured', 'injured', 17, 'exact', 'people', id='hosp', sub='inj'),
        C('five of them', 'injured', 5, 'exact', 'people', sub='hosp'),
        C('several others', 'injured', None, 'vague', 'people', sub='inj'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the number of people killed to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('killed more than 230 civilians', 'killed', 230, 'at-least', 'civilians', id='pros'),
        C('16 of them', 'killed', 16, 'exact', 'civilians', sub='pros'),
        C('Some 3,100 people', 'displaced', 3100, 'approx', 'people', id='ev'),
        C('640 children', 'displaced', 640, 'exact', 'children', sub='ev'),
        C('at least 13,800 civilians have been killed', 'killed', 13800, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Sumy regional governor Andriy Moroz', 'official', form='title-name'),
        S('Larysa Bondar', 'witness', form='name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S('Ihor Savchuk', 'official', form='name'),
        S('Moroz', 'official', nth=1, form='name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's military", 'military'),
        S("The regional prosecutor's office", 'official'),
        S('the regional administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Oct 18', 'date'),
        N('Two bombs', 'count-objects'),
        N('five-story', 'other'),
        N('11 a.m.', 'time'),
        N('63', 'age'),
        N('about 50 km', 'distance'),
        N('31 miles', 'distance'),
        N('some 25,000 people', 'population'),
        N('roughly 45 km', 'distance'),
        N('August 2024', 'date'),
        N('12 more border villages', 'count-objects'),
        N('February 2022', 'date'),
    ])

# mx02: a junta air strike on a village in Kanbalu township, Sagaing Region, Myanmar (AFP style)
A['mx02.txt'] = dict(
    casualty=[
        C('killed at least 27 people', 'killed', 27, 'at-least', 'people', id='tot'),
        C('27 bodies', 'killed', 27, 'exact', 'people', id='b27', tags='repeat'),
        C('11 of them children', 'killed', 11, 'exact', 'children', sub='b27'),
        C('around 40', 'injured', 40, 'approx', 'people'),
        C('buried 12 to 15 people', 'killed', None, 'range', 'people', low=12, high=15),
        C('the toll had since risen to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('four more people died', 'killed', 4, 'exact', 'people'),
        C('between 50 and 60 people had been hurt', 'injured', None, 'range', 'people', low=50, high=60,
          tags='contradicted'),
        C('killed “around 20 PDF members”', 'killed', 20, 'approx', 'fighters', tags='contradicted'),
        C('detained 14 suspected PDF supporters', 'detained', 14, 'exact', 'people'),
        C('killed more than 480 civilians', 'killed', 480, 'at-least', 'civilians'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('killed more than 6,200 people', 'killed', 6200, 'at-least', 'people'),
        C('arrested upwards of 28,000', 'detained', 28000, 'at-least', 'people'),
        C('more than 1.2 million people have been displaced', 'displaced', 1200000, 'at-least', 'people',
          sub='all'),
        C('about 3.5 million', 'displaced', 3500000, 'approx', 'people', id='all'),
    ],
    sources=[
        S('a local rescue group', 'ngo'),
        S('a resistance official', 'anonymous'),
        S('a member of the local rescue team', 'anonymous'),
        S('A spokesman for the People’s Defence Force (PDF) in Kanbalu', 'military', form='role'),
        S('U Pyinnya', 'witness', form='name'),
        S('Junta spokesman Major General Kyaw Naing Oo', 'military', form='title-name'),
        S('The pro-military Global New Light of Myanmar newspaper', 'media'),
        S('The National Unity Government (NUG)', 'official'),
        S('Residents', 'witness'),
        S('The Myanmar Conflict Monitor', 'ngo'),
        S('The UN refugee agency', 'ngo'),
    ],
    numbers=[
        N('two bombs', 'count-objects'),
        N('58-year-old', 'age'),
        N('some 200 kilometres', 'distance'),
        N('February 2021', 'date'),
    ])

# mx03: an Israeli army raid on Halhul, near Hebron, occupied West Bank (AP style)
A['mx03.txt'] = dict(
    casualty=[
        C('killed three Palestinians', 'killed', 3, 'exact', 'people', id='tot'),
        C('wounded at least 12', 'injured', 12, 'at-least', 'people', id='inj'),
        C('two brothers', 'killed', 2, 'exact', 'men', sub='tot'),
        C('Four of the wounded', 'injured', 4, 'exact', 'people', sub='inj'),
        C('eliminated two terrorists', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('detained nine suspects', 'detained', 9, 'exact', 'people'),
        C('treated 15 people', 'injured', 15, 'exact', 'people', id='rc', tags='contradicted'),
        C('eight', 'injured', 8, 'exact', 'people', sub='rc'),
        C('one of its paramedics was beaten', 'injured', 1, 'exact', 'other'),
        C('Two or three of them', 'injured', None, 'range', 'people', low=2, high=3),
        C('rounded up dozens of young men', 'detained', None, 'vague', 'men'),
        C('one of the dead', 'killed', 1, 'exact', 'fighters', sub='tot'),
        C('more than 1,000 Palestinians have been killed', 'killed', 1000, 'at-least', 'people'),
        C('at least 50 Israelis', 'killed', 50, 'at-least', 'people'),
        C('more than 40,000 Palestinians have been forced from their homes', 'displaced', 40000, 'at-least',
          'people'),
    ],
    sources=[
        S('Palestinian health officials', 'official'),
        S('The Palestinian Health Ministry in Ramallah', 'official'),
        S('the ministry', 'official'),
        S('The Israeli military', 'military'),
        S('The Palestinian Red Crescent', 'ngo'),
        S("Mahmoud Zama'ra", 'witness', form='name'),
        S('Halhul Mayor Kamal Abu Rayyan', 'official', form='title-name'),
        S("Hamas' armed wing", 'military'),
        S('The Health Ministry', 'official'),
        S('Israeli figures', 'official', form='document'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('aged 19 and 23', 'age'),
        N('41-year-old', 'age'),
        N('three M-16 rifles', 'count-objects'),
        N('3 a.m.', 'time'),
        N('more than 20 jeeps', 'count-objects'),
        N('52', 'age'),
        N('almost two hours', 'duration'),
        N('several hours', 'duration'),
        N('about 30,000 people', 'population'),
        N('about 5 kilometers', 'distance'),
        N('3 miles', 'distance'),
        N('October 2023', 'date'),
    ])

# mx04: clashes between security forces and a local armed group in Sanamayn, Daraa, Syria
# (dpa style, one sentence a paragraph)
A['mx04.txt'] = dict(
    casualty=[
        C('At least 16 people were killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('10 members', 'killed', 10, 'exact', 'fighters', sub='tot'),
        C('four security personnel', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('two civilians', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('the number of dead at 11', 'killed', 11, 'exact', 'people', id='moi', tags='contradicted'),
        C('eight "outlaws"', 'killed', 8, 'exact', 'fighters', sub='moi'),
        C('three members of the security forces had been killed', 'killed', 3, 'exact', 'soldiers', sub='moi'),
        C('23 gunmen had been arrested', 'detained', 23, 'exact', 'fighters'),
        C('20–25 wounded', 'injured', None, 'range', 'people', low=20, high=25, id='w'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w'),
        C('its toll to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'people', sub='w'),
        C('up to 300 families had left', 'displaced', 300, 'at-most', 'people'),
        C('more than 400 killings', 'killed', 400, 'at-least', 'people', id='yr'),
        C('120', 'killed', 120, 'exact', 'people', sub='yr'),
        C('some 13 million Syrians remain displaced', 'displaced', 13000000, 'approx', 'people'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('The Britain-based Syrian Observatory for Human Rights', 'ngo'),
        S('The Interior Ministry in Damascus', 'official'),
        S('The ministry', 'official'),
        S('Residents', 'witness'),
        S('Umm Khaled', 'witness', form='name'),
        S('Doctors at the national hospital in Sanamayn', 'anonymous'),
        S('the Observatory', 'ngo'),
        S('Local notables', 'other'),
        S('The Daraa provincial governor, Anwar al-Zoubi', 'official', form='title-name'),
        S('The Observatory', 'ngo'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('12-year-old', 'age'),
        N('40 rifles', 'count-objects'),
        N('two rocket launchers', 'count-objects'),
        N('nearly six hours', 'duration'),
        N('38-year-old', 'age'),
        N('mother of four', 'count-people'),
        N('8 pm', 'time'),
        N('about 50 kilometres', 'distance'),
        N('one of the first towns', 'other'),
        N('2011', 'year'),
        N('December 2024', 'date'),
    ])

# mx05: a jihadist attack and militia reprisals in Tongomayel, Soum province, Burkina Faso
# (an NGO's statement, with a headline)
A['mx05.txt'] = dict(
    casualty=[
        C('Dozens of Civilians Killed', 'killed', None, 'vague', 'civilians'),
        C('killed at least 58 civilians', 'killed', 58, 'at-least', 'civilians', id='tot'),
        C('killed 21 soldiers', 'killed', 21, 'exact', 'soldiers'),
        C('at least 19 civilians', 'killed', 19, 'at-least', 'civilians', sub='tot'),
        C('killed “more than 60 soldiers and militiamen”', 'killed', 60, 'at-least', 'soldiers',
          tags='contradicted'),
        C('14 soldiers had died', 'killed', 14, 'exact', 'soldiers', tags='contradicted'),
        C('“neutralised” about 100 terrorists', 'killed', 100, 'approx', 'fighters'),
        C('executed at least 39 men and boys', 'killed', 39, 'at-least', 'men', id='rep', sub='tot'),
        C('kill 11 men', 'killed', 11, 'exact', 'men', sub='rep'),
        C('34 of the victims', 'killed', 34, 'exact', 'men', sub='rep'),
        C('at least a dozen men remain missing', 'missing', 12, 'at-least', 'men'),
        C('forced an estimated 8,000 people to flee', 'displaced', 8000, 'approx', 'people'),
        C('more than 300,000 displaced people', 'displaced', 300000, 'at-least', 'people'),
        C('roughly 9,000 people were killed', 'killed', 9000, 'approx', 'people'),
        C('more than 2 million have been forced from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('the Sahel Rights Observatory', 'ngo'),
        S('Survivors', 'witness'),
        S('local officials', 'official'),
        S('JNIM', 'military', nth=1),
        S('The army’s general staff', 'military'),
        S('Witnesses', 'witness'),
        S('Hamidou D.', 'witness', form='name'),
        S('The Observatory', 'ngo'),
        S('Residents', 'witness'),
        S('humanitarian organisations', 'ngo'),
        S('Burkina Faso’s Communication Minister', 'official', form='role'),
        S('Aïssata Sow', 'ngo', form='name'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('3 April 2025', 'date'),
        N('two waves of violence', 'count-objects'),
        N('9 March', 'date'),
        N('Two days later', 'duration'),
        N('as young as 14', 'age'),
        N('46', 'age'),
        N('one by one', 'other'),
        N('some 40 kilometres', 'distance'),
        N('15 March', 'date'),
        N('one massacre after another', 'other'),
        N('2024', 'year'),
        N('2015', 'year'),
        N('27 people', 'count-people'),
        N('between 14 and 28 March', 'date'),
        N('16 survivors and witnesses', 'count-people'),
        N('at least 150 burned structures', 'count-objects'),
    ])

# mx06: gunmen attacking a bar in Iguala, Guerrero, Mexico (a broadcaster's website, BBC style)
A['mx06.txt'] = dict(
    casualty=[
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='tot'),
        C('Seven men', 'killed', 7, 'exact', 'men', sub='tot'),
        C('four women died', 'killed', 4, 'exact', 'women', sub='tot'),
        C('at least nine people', 'injured', 9, 'at-least', 'people', id='inj'),
        C('one of the injured', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the death toll to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('four more people', 'missing', 4, 'exact', 'people'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
        C('Two alleged gang members were killed', 'killed', 2, 'exact', 'fighters'),
        C('hundreds of families have abandoned their villages', 'displaced', None, 'vague', 'people'),
        C('some 2,400 people have been displaced', 'displaced', 2400, 'approx', 'people'),
        C('43 students', 'missing', 43, 'exact', 'people', id='ayo'),
        C('The remains of only three of them', 'killed', 3, 'exact', 'people', sub='ayo'),
        C('Almost 30,000 people were murdered', 'killed', 30000, 'at-most', 'people'),
        C('over 100,000 are listed as missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Guerrero’s state prosecutor’s office', 'official'),
        S('the prosecutor’s office', 'official'),
        S('the state’s security spokesman, Roberto Álvarez', 'official', form='title-name'),
        S('one survivor', 'anonymous'),
        S('Relatives', 'witness'),
        S('the federal security cabinet', 'official'),
        S('Officials', 'official'),
        S('local church leaders', 'other'),
        S('The state government', 'official'),
        S('official figures', 'official', form='document'),
        S('The government', 'official'),
        S('some security analysts', 'other'),
    ],
    numbers=[
        N('two pick-up trucks', 'count-objects'),
        N('two minutes', 'duration'),
        N('one survivor', 'count-people'),
        N('16-year-old', 'age'),
        N('more than 2kg', 'quantity'),
        N('one of Mexico’s most violent states', 'other'),
        N('the two groups', 'count-objects'),
        N('about 150,000 people', 'population'),
        N('September 2014', 'date'),
        N('roughly 25%', 'percentage'),
    ])

# mx07: a gunfight and a grenade attack in Sopore, Jammu and Kashmir, India
# (an Indian newspaper's own correspondent)
A['mx07.txt'] = dict(
    casualty=[
        C('Three militants', 'killed', 3, 'exact', 'fighters', id='mil'),
        C('nine civilians injured', 'injured', 9, 'exact', 'civilians'),
        C('two of them', 'killed', 2, 'exact', 'fighters', sub='mil'),
        C('two others were injured', 'injured', 2, 'exact', 'soldiers'),
        C('the bodies of three terrorists', 'killed', 3, 'exact', 'fighters', tags='repeat'),
        C('injuring nine passers-by', 'injured', 9, 'exact', 'civilians', id='gr', tags='repeat'),
        C('two schoolchildren', 'injured', 2, 'exact', 'children', sub='gr'),
        C('seven of the injured', 'injured', 7, 'exact', 'civilians', sub='gr'),
        C('two', 'injured', 2, 'exact', 'civilians', nth=4, sub='gr'),
        C('14 persons had been detained', 'detained', 14, 'exact', 'people', id='d14'),
        C('fewer than five of them', 'detained', 5, 'at-most', 'people', sub='d14'),
        C('more than 40 youth had been picked up', 'detained', 40, 'at-least', 'people', tags='contradicted'),
        C('several families had moved in with relatives', 'displaced', None, 'vague', 'people'),
        C('52 militants', 'killed', 52, 'exact', 'fighters'),
        C('19 security personnel', 'killed', 19, 'exact', 'soldiers'),
        C('11 civilians have been killed', 'killed', 11, 'exact', 'civilians'),
        C('the number of militants killed this year at 61', 'killed', 61, 'exact', 'fighters', tags='contradicted'),
        C('claimed tens of thousands of lives', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('Inspector General of Police (Kashmir) Rajesh Mehra', 'official', form='title-name'),
        S("The Army's Srinagar-based Chinar Corps", 'military'),
        S('officials', 'official'),
        S('Dr Nazir Ahmad', 'official', form='name'),
        S('Police', 'official', nth=1),
        S('The Jammu Kashmir Coalition of Civil Society', 'ngo'),
        S('Senior officers', 'official'),
        S('Residents of Brath Kalan', 'witness'),
        S('official figures', 'official', form='document'),
        S('The South Asia Terrorism Portal', 'ngo'),
    ],
    numbers=[
        N('July 10', 'date'),
        N('4 am', 'time'),
        N('22 Rashtriya Rifles', 'other'),
        N('two AK-47 rifles', 'count-objects'),
        N('92 Base Hospital', 'other'),
        N('about 48 km', 'distance'),
        N('48 hours', 'duration'),
        N('two houses', 'count-objects'),
        N('1990s', 'year'),
        N('1989', 'year'),
    ])

# mx08: inter-community violence in Lisala territory, Mongala province, DR Congo (a UN OCHA flash update)
A['mx08.txt'] = dict(
    casualty=[
        C('killed at least 43 people', 'killed', 43, 'at-least', 'people', id='tot'),
        C('injured 67 others', 'injured', 67, 'exact', 'people'),
        C('An estimated 26,500 people have fled', 'displaced', 26500, 'approx', 'people'),
        C('killing 14 people', 'killed', 14, 'exact', 'people', id='bos'),
        C('six children', 'killed', 6, 'exact', 'children', sub='bos'),
        C('Five other people were abducted', 'detained', 5, 'exact', 'people'),
        C('67 wounded people', 'injured', 67, 'exact', 'people', id='inj', tags='repeat'),
        C('23 of them', 'injured', 23, 'exact', 'people', sub='inj'),
        C('the death toll at 51', 'killed', 51, 'exact', 'people', tags='update'),
        C('more than 70 people have died', 'killed', 70, 'at-least', 'people', tags='contradicted'),
        C('dozens are still unaccounted for', 'missing', None, 'vague', 'people'),
        C('arrested 32 suspected assailants', 'detained', 32, 'exact', 'people'),
        C('killed four', 'killed', 4, 'exact', 'people'),
        C('an estimated 26,500 people have been displaced', 'displaced', 26500, 'approx', 'people', id='disp',
          tags='repeat'),
        C('approximately 19,000', 'displaced', 19000, 'approx', 'people', id='lis', sub='disp'),
        C('4,200', 'displaced', 4200, 'exact', 'people', sub='disp'),
        C('Nearly 900 of those', 'displaced', 900, 'at-most', 'people', sub='lis'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the territorial administrator', 'official', form='role'),
        S('local civil society sources', 'anonymous'),
        S('Provincial health authorities', 'official'),
        S('the Provincial Minister of the Interior', 'official', form='role'),
        S('community leaders', 'other'),
        S('The FARDC', 'military'),
        S('the Commission Mouvement de Populations (CMP)', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('21 May 2025', 'date'),
        N('12 May', 'date'),
        N('two communities', 'count-objects'),
        N('roughly 90,000', 'population'),
        N('several villages', 'count-objects'),
        N('11 villages', 'count-objects'),
        N('some 1,800 houses', 'count-objects'),
        N('17 May', 'date'),
        N('about 35 km', 'distance'),
        N('120 beds', 'count-objects'),
        N('20 May', 'date'),
        N('15 May', 'date'),
        N('18 May', 'date'),
        N('three schools', 'count-objects'),
        N('Some 60 per cent', 'percentage'),
        N('1,250 families', 'count-people'),
        N('40 emergency latrines', 'count-objects'),
        N('15,000 people', 'count-people'),
        N('30 days', 'duration'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('11 per cent', 'percentage'),
        N('$1.5 million', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
