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

# ---------------------------------------------------------------- labels (84th blind set: px01-px08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / executed / neutralised / killings / victims / lost … fighters',
     r'\bshot dead\b|\bexecuted\b|\bneutralised\b|\bkillings?\b|\bvictims\b|\blost\b'),
    ('captured / abducted / rounded up / taken (from their homes)',
     r'\bcaptured\b|\babduct|\brounded up\b|\btaken\b'),
    ('left / abandoned their homes / crossed into / forced out',
     r'\bleft\b|\babandoned\b|\bcrossed\b|\bforced out\b|\bfrom their homes\b'),
    ('taken to hospital / treated / sustained injuries / shrapnel wounds',
     r'\bhospital\b|\btreated\b|\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers/policemen/gendarmes/security personnel/members of the police',
     r'\b(?:servicemen|officers|policemen|gendarmes|personnel|Police Force|security forces)\b'),
    ('terrorists/gunmen/suspects', r'\b(?:terrorists|gunmen|suspects)\b'),
    ('miners/farmworkers/volunteers', r'\b(?:miners|farmworkers|volunteers)\b'),
    ('Palestinians/Israelis/families/young men/boys',
     r'\b(?:Palestinians|Israelis|families|young men|boys)\b'),
]

# px01: a Russian missile and drone strike on a market in Snihurivka, Mykolaiv oblast, Ukraine
# (Reuters style, American spelling, straight quotes)
A['px01.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('wounding at least 23', 'injured', 23, 'at-least', 'people', id='inj'),
        C('Two of the wounded', 'injured', 2, 'exact', 'people', sub='inj'),
        C('the bodies of six people', 'killed', 6, 'exact', 'people', sub='tot'),
        C('two more victims', 'killed', 2, 'exact', 'people', sub='tot'),
        C('Eleven people were taken to hospital', 'injured', 11, 'exact', 'people', sub='inj'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('the death toll had risen to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('27 people had been wounded', 'injured', 27, 'exact', 'people', id='inj2', tags='update'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj2'),
        C('several of them had lost limbs', 'injured', None, 'vague', 'people', sub='inj2'),
        C('two wounded women', 'injured', 2, 'exact', 'women'),
        C('roughly 1,300 residents', 'displaced', 1300, 'approx', 'civilians'),
        C('at least 13,800 civilians had been killed', 'killed', 13800, 'at-least', 'civilians'),
        C('more than 35,000 injured', 'injured', 35000, 'at-least', 'civilians'),
    ],
    sources=[
        S('Mykolaiv regional governor Oleksandr Hnatiuk', 'official', form='title-name'),
        S('Hnatiuk', 'official', nth=1, form='name'),
        S("Ukraine's National Police", 'official'),
        S('police', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's military", 'military'),
        S("the regional prosecutor's office", 'official'),
        S('Halyna Moroz', 'witness', form='name'),
        S('Hnatiuk', 'official', nth=2, form='name'),
        S('Kyiv', 'official', nth=0),
        S('Moscow', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Aug 14', 'date'),
        N('12-year-old', 'age'),
        N('9:40 a.m.', 'time'),
        N('about 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('54', 'age'),
        N('two decades', 'duration'),
        N('a pre-war population of about 12,000', 'population'),
        N('eight months', 'duration'),
        N('2022', 'year'),
        N('some 35 km', 'distance'),
        N('140 children and their parents', 'count-people'),
        N('February 2022', 'date'),
    ])

# px02: a PDF/KIA attack on the police station in Indaw, Sagaing Region, Myanmar (state media style)
A['px02.txt'] = dict(
    casualty=[
        C('the bodies of 23 terrorists', 'killed', 23, 'exact', 'fighters'),
        C('Three members of the Myanmar Police Force', 'killed', 3, 'exact', 'soldiers'),
        C('11 security personnel sustained injuries', 'injured', 11, 'exact', 'soldiers'),
        C('captured 19 suspects', 'detained', 19, 'exact', 'people', id='cap'),
        C('two wounded terrorists', 'detained', 2, 'exact', 'fighters', sub='cap'),
        C('abducted 12 villagers', 'detained', 12, 'exact', 'civilians', id='abd'),
        C('three of them', 'missing', 3, 'exact', 'civilians', sub='abd'),
        C('nearly 600 residents', 'displaced', 600, 'at-most', 'civilians'),
        C('Seven civilians with shrapnel wounds', 'injured', 7, 'exact', 'civilians'),
        C('40 civilians were killed', 'killed', 40, 'exact', 'civilians', tags='contradicted'),
        C('more than 60 deaths', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('killing 87 civilians', 'killed', 87, 'exact', 'civilians'),
        C('injuring over 140 others', 'injured', 140, 'at-least', 'civilians'),
        C('65 people have been abducted', 'detained', 65, 'exact', 'people'),
    ],
    sources=[
        S('the True News Information Team of the Tatmadaw', 'military'),
        S('the team', 'military', nth=0),
        S('The team', 'military', nth=0),
        S('Indaw Township Administrator U Kyaw Min Htet', 'official', form='title-name'),
        S('U Kyaw Min Htet', 'official', nth=1, form='name'),
        S('The team', 'military', nth=1),
        S('some foreign-backed media outlets', 'media'),
        S('Such media', 'media'),
        S('the team', 'military', nth=1),
        S('the team', 'military', nth=2),
        S('the statement', 'military', form='document'),
    ],
    numbers=[
        N('9 October', 'date'),
        N('about 150 PDF and KIA terrorists', 'count-people'),
        N('7 October', 'date'),
        N('2.30 am', 'time'),
        N('some 40 miles', 'distance'),
        N('Four houses', 'count-objects'),
        N('31 small arms', 'count-objects'),
        N('2,400 rounds of ammunition', 'count-objects'),
        N('five drones', 'count-objects'),
        N('8 October', 'date'),
        N('2024', 'year'),
        N('312 acts of violence', 'count-objects'),
    ])

# px03: a settler attack and Israeli fire in Kafr Malik near Ramallah, occupied West Bank
# (AFP style, British spelling, curly quotes)
A['px03.txt'] = dict(
    casualty=[
        C('shot dead three Palestinians', 'killed', 3, 'exact', 'people'),
        C('a further nine people were wounded', 'injured', 9, 'exact', 'people', id='inj'),
        C('two of them critically', 'injured', 2, 'exact', 'people', sub='inj'),
        C('treated 31 people', 'injured', 31, 'exact', 'people'),
        C('two Israelis were lightly injured', 'injured', 2, 'exact', 'people'),
        C('five Israeli civilians had been detained', 'detained', 5, 'exact', 'civilians'),
        C('a further two suspects had been arrested', 'detained', 2, 'exact', 'people'),
        C('the death toll to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('arrested 20–25 young men', 'detained', None, 'range', 'men', low=20, high=25),
        C('at least 70 Palestinians were injured', 'injured', 70, 'at-least', 'people'),
        C('about 200 were forced out', 'displaced', 200, 'approx', 'people'),
        C('killed at least 950 Palestinians', 'killed', 950, 'at-least', 'people'),
        C('More than 4,000 Palestinians have been forced from their homes', 'displaced', 4000, 'at-least',
          'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The ministry', 'official', nth=0),
        S('the Palestinian Red Crescent', 'ngo'),
        S('residents', 'witness'),
        S('the village council', 'official'),
        S('Ahmad Hamayel', 'witness', form='name'),
        S('The Israeli military', 'military'),
        S('Israeli police', 'official'),
        S('The ministry', 'official', nth=1),
        S('the official Palestinian news agency Wafa', 'media'),
        S('medical sources', 'anonymous'),
        S('The agency', 'media'),
        S('The Israeli rights group Open Fields', 'ngo'),
        S('Dana Levy', 'ngo', form='name'),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('the agency', 'ngo'),
    ],
    numbers=[
        N('17-year-old', 'age'),
        N('Dozens of settlers', 'count-people'),
        N('two homes', 'count-objects'),
        N('at least a dozen cars', 'count-objects'),
        N('about 3,500 people', 'population'),
        N('some 15 kilometres', 'distance'),
        N('44', 'age'),
        N('17', 'age', nth=1),
        N('aged 22 and 26', 'age'),
        N('38 settler attacks', 'count-objects'),
        N('two Bedouin herding communities', 'count-objects'),
        N('more than 1,400 attacks', 'count-objects'),
        N('October 2023', 'date'),
    ])

# px04: a UN OCHA flash update on killings and displacement in Baniyas, on Syria's coast
# (headings, highlights, funding; British spelling)
A['px04.txt'] = dict(
    casualty=[
        C('at least 64 people killed', 'killed', 64, 'at-least', 'people'),
        C('118 injured', 'injured', 118, 'exact', 'people'),
        C('An estimated 21,000 people have been displaced', 'displaced', 21000, 'approx', 'people', id='d21'),
        C('some 2,000 have crossed into Lebanon', 'displaced', 2000, 'approx', 'people', sub='d21'),
        C('killing six security personnel', 'killed', 6, 'exact', 'soldiers'),
        C('41 bodies', 'killed', 41, 'exact', 'people', id='b41'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='b41'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='b41'),
        C('the toll to 64', 'killed', 64, 'exact', 'people', id='t64', tags='repeat update'),
        C('14 members of the security forces', 'killed', 14, 'exact', 'soldiers', sub='t64'),
        C('the killing of 73 civilians', 'killed', 73, 'exact', 'civilians', id='sn', tags='contradicted'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='sn'),
        C('At least 23 people remain missing', 'missing', 23, 'at-least', 'people'),
        C('three of its volunteers had been injured', 'injured', 3, 'exact', 'other'),
        C('arrested 57 people', 'detained', 57, 'exact', 'people'),
        C('dozens of young men had been taken', 'detained', None, 'vague', 'men'),
        C('some 21,000 people fled', 'displaced', 21000, 'approx', 'people', id='d21b', tags='repeat'),
        C('Around 4,600', 'displaced', 4600, 'approx', 'people', sub='d21b'),
        C('hundreds of families who fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Local health authorities', 'official'),
        S('local sources', 'anonymous'),
        S('the Ministry of Interior', 'official'),
        S('residents', 'witness'),
        S('The Baniyas health directorate', 'official'),
        S('the directorate', 'official'),
        S('The Syrian Network for Human Rights (SNHR)', 'ngo'),
        S('The Syrian Arab Red Crescent (SARC)', 'ngo'),
        S('Security forces', 'military'),
        S('Families in Baniyas', 'witness'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Local sources', 'anonymous'),
        S('The Health Cluster', 'ngo'),
        S('The United Nations Resident and Humanitarian Coordinator for Syria, Karim Haddad', 'ngo',
          form='title-name'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('22 November 2025', 'date'),
        N('18 November', 'date', nth=0),
        N('Two health facilities', 'count-objects'),
        N('40 per cent', 'percentage'),
        N('18 November', 'date', nth=1),
        N('about 110,000 people', 'population'),
        N('72 hours', 'duration'),
        N('several villages', 'count-objects'),
        N('20 November', 'date'),
        N('the city’s two hospitals', 'count-objects'),
        N('21 November', 'date', nth=0),
        N('19 November', 'date', nth=0),
        N('two of its ambulances', 'count-objects'),
        N('between 18 and 21 November', 'date'),
        N('about 60 per cent', 'percentage'),
        N('27 collective shelters', 'count-objects'),
        N('9,500 people', 'count-people'),
        N('21 November', 'date', nth=2),
        N('five days', 'duration'),
        N('11 villages', 'count-objects'),
        N('19 November', 'date', nth=1),
        N('US$2.5 million', 'money'),
        N('2025', 'year', nth=1),
        N('$2 billion', 'money'),
        N('24 per cent', 'percentage'),
    ])

# px05: a rights group's statement on summary executions by soldiers in Kwala, Koulikoro region, Mali
# (NGO statement, British spelling, curly quotes)
A['px05.txt'] = dict(
    casualty=[
        C('executed at least 26 civilians', 'killed', 26, 'at-least', 'civilians', id='ex'),
        C('four gendarmes were killed', 'killed', 4, 'exact', 'soldiers'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('killed 11 soldiers', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('rounded up about 60 men', 'detained', 60, 'approx', 'men'),
        C('buried 14 bodies', 'killed', 14, 'exact', 'people'),
        C('26 of the dead', 'killed', 26, 'exact', 'people', id='v26', sub='ex'),
        C('three boys', 'killed', 3, 'exact', 'children', sub='v26'),
        C('at least nine further killings', 'killed', 9, 'at-least', 'civilians'),
        C('the death toll at 41', 'killed', 41, 'exact', 'civilians', tags='contradicted'),
        C('neutralised 18 terrorists', 'killed', 18, 'exact', 'fighters', tags='contradicted'),
        C('arrested 32 suspects', 'detained', 32, 'exact', 'people', id='arr'),
        C('at least 11 of those arrested', 'detained', 11, 'at-least', 'people', sub='arr'),
        C('Thousands of people have fled', 'displaced', None, 'vague', 'people'),
        C('2,350 displaced people', 'displaced', 2350, 'exact', 'people'),
        C('as many as 6,000 had left the area', 'displaced', 6000, 'at-most', 'people'),
        C('more than 480 civilian deaths', 'killed', 480, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Sahel Rights Observatory (SRO)', 'ngo'),
        S('the army', 'military'),
        S('JNIM', 'military', nth=1),
        S('al-Zallaqa', 'media'),
        S('Witnesses', 'witness'),
        S('a 38-year-old trader', 'witness', form='role'),
        S('Residents', 'witness'),
        S('SRO', 'ngo', nth=2),
        S('Local community leaders', 'other'),
        S('the Malian armed forces', 'military'),
        S('SRO', 'ngo', nth=3),
        S('The Koulikoro regional directorate for social development', 'official'),
        S('humanitarian workers', 'ngo'),
        S('Aïssata Traoré', 'ngo', form='name'),
    ],
    numbers=[
        N('3 December 2025', 'date'),
        N('21 and 22 November', 'date'),
        N('20 November', 'date'),
        N('21 November', 'date'),
        N('38-year-old', 'age'),
        N('72-year-old', 'age'),
        N('aged between 14 and 16', 'age'),
        N('23 November', 'date'),
        N('15 kilometres', 'distance'),
        N('two days', 'duration'),
        N('27 people', 'count-people'),
        N('between 24 and 30 November', 'date'),
        N('19 witnesses and relatives of victims', 'count-people'),
        N('two members of a self-defence group', 'count-people'),
    ])

# px06: a drone and gun attack on police and farms in Coalcomán, Michoacán, Mexico
# (AP style, American spelling, straight quotes)
A['px06.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('five state police officers', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('Three farmworkers were also killed', 'killed', 3, 'exact', 'other', sub='tot'),
        C('Seven other officers were wounded', 'injured', 7, 'exact', 'soldiers', id='inj'),
        C('two of them seriously', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('A dozen residents', 'injured', 12, 'exact', 'civilians', id='doz'),
        C('three children', 'injured', 3, 'exact', 'children', sub='doz'),
        C('six more bodies', 'killed', 6, 'exact', 'people'),
        C('the death toll to 15', 'killed', 15, 'exact', 'people', tags='update'),
        C('detained 11 suspects', 'detained', 11, 'exact', 'people'),
        C('killed "more than 20" cartel gunmen', 'killed', 20, 'at-least', 'fighters'),
        C('lost two of their own', 'killed', 2, 'exact', 'fighters'),
        C('dozens of families had abandoned their homes', 'displaced', None, 'vague', 'people'),
        C('at least 1,200 people had fled', 'displaced', 1200, 'at-least', 'people'),
    ],
    sources=[
        S('authorities in Michoacán', 'official'),
        S("The state's security secretary, Ramón Villaseñor", 'official', form='title-name'),
        S('Villaseñor', 'official', nth=1, form='name'),
        S('a hospital official', 'anonymous'),
        S("Michoacán's state prosecutor's office", 'official'),
        S('the office', 'official'),
        S("Mexico's Defense Department", 'military'),
        S('A local self-defense group, the Frente Coalcomense', 'military'),
        S('Residents', 'witness'),
        S('a lime grower', 'witness', form='role'),
        S('The Michoacán State Human Rights Commission', 'official'),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('about 12 miles', 'distance'),
        N('20 kilometers', 'distance'),
        N('14 assault rifles', 'count-objects'),
        N('more than 200 small explosive devices', 'count-objects'),
        N('87 schools', 'count-objects'),
        N('about 20,000 people', 'population'),
        N('2023', 'year'),
        N('about 75%', 'percentage'),
        N('more than $3 billion', 'money'),
        N('more than 2,000 soldiers and National Guard troops', 'count-people'),
    ])

# px07: an encounter in the forests of Handwara, Kupwara district, Jammu and Kashmir, India
# (a newspaper's own correspondent, one sentence a paragraph, curly single quotes)
A['px07.txt'] = dict(
    casualty=[
        C('Three militants', 'killed', 3, 'exact', 'fighters'),
        C('two Army soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('four soldiers', 'injured', 4, 'exact', 'soldiers'),
        C('the bodies of the three militants', 'killed', 3, 'exact', 'fighters', id='m3', tags='repeat'),
        C('two of them', 'killed', 2, 'exact', 'fighters', sub='m3'),
        C('Around 150 families', 'displaced', 150, 'approx', 'people'),
        C('at least six people were injured', 'injured', 6, 'at-least', 'people', id='inj'),
        C('two of the injured', 'injured', 2, 'exact', 'children', sub='inj'),
        C('11 policemen had also been hurt', 'injured', 11, 'exact', 'soldiers'),
        C('17 people', 'detained', 17, 'exact', 'people', id='det'),
        C('two women', 'detained', 2, 'exact', 'women', sub='det'),
        C('killed at least seven Indian soldiers', 'killed', 7, 'at-least', 'soldiers', tags='contradicted'),
        C('five militants', 'killed', 5, 'exact', 'fighters', nth=1),
        C('46 militants', 'killed', 46, 'exact', 'fighters'),
        C('14 security personnel', 'killed', 14, 'exact', 'soldiers'),
        C('nine civilians have been killed', 'killed', 9, 'exact', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('a defence spokesman in Srinagar', 'military', form='role'),
        S('Inspector General of Police (Kashmir) V.K. Bhardwaj', 'official', form='title-name'),
        S('a revenue official', 'anonymous'),
        S('Locals in Handwara', 'witness'),
        S('Doctors at the sub-district hospital in Handwara', 'anonymous'),
        S('A senior police officer', 'anonymous'),
        S('Police', 'official', nth=2),
        S('Handwara MLA Showkat Ahmad Mir', 'official', form='title-name'),
        S('the divisional administration', 'official'),
        S('The little-known Kashmir Resistance Front (KRF)', 'military'),
        S('the Army', 'military', nth=1),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('September 17', 'date'),
        N('nearly 30 hours', 'duration'),
        N('21 Rashtriya Rifles', 'other'),
        N('four to five militants', 'count-people'),
        N('two AK rifles', 'count-objects'),
        N('14 magazines', 'count-objects'),
        N('34', 'age'),
        N('24', 'age'),
        N('three villages', 'count-objects'),
        N('over a dozen houses', 'count-objects'),
        N('a handful of people', 'count-people'),
        N('16-year-old', 'age'),
        N('48 hours', 'duration'),
    ])

# px08: fighting between M23 and Wazalendo militias around the coltan mines of Rubaya, Masisi
# territory, North Kivu, DR Congo (a broadcaster's online report, British spelling, curly quotes)
A['px08.txt'] = dict(
    casualty=[
        C('killed at least 30 people', 'killed', 30, 'at-least', 'people', id='tot'),
        C('at least 12 miners', 'killed', 12, 'at-least', 'other', sub='tot'),
        C('the bodies of 17 people', 'killed', 17, 'exact', 'people'),
        C('scores of miners were still missing', 'missing', None, 'vague', 'other'),
        C('killed 46 Wazalendo fighters', 'killed', 46, 'exact', 'fighters', tags='contradicted'),
        C('five civilians', 'killed', 5, 'exact', 'civilians', id='c5'),
        C('two children', 'killed', 2, 'exact', 'children', sub='c5'),
        C('lost eight fighters', 'killed', 8, 'exact', 'fighters', tags='contradicted'),
        C('captured 14 M23 fighters', 'detained', 14, 'exact', 'fighters', id='cap'),
        C('two Rwandan soldiers', 'detained', 2, 'exact', 'soldiers', sub='cap'),
        C('63 wounded people', 'injured', 63, 'exact', 'people', id='w63'),
        C('21 children', 'injured', 21, 'exact', 'children', sub='w63'),
        C('between 18,000 and 25,000 people had fled', 'displaced', None, 'range', 'people', low=18000,
          high=25000),
        C('the death toll at 37', 'killed', 37, 'exact', 'people', tags='update'),
        C('seven more bodies', 'killed', 7, 'exact', 'people'),
        C('forced some 1.2 million people from their homes', 'displaced', 1200000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('A local civil society leader, Jean-Pierre Bahati', 'other', form='name'),
        S('The M23’s political wing, the Congo River Alliance (AFC)', 'military'),
        S('A spokesman for the Wazalendo in Masisi, Col Innocent Kabaya', 'military', form='title-name'),
        S('The medical charity Médecins Sans Frontières (MSF)', 'ngo'),
        S('The UN’s humanitarian office, OCHA', 'ngo'),
        S('the agency', 'ngo'),
        S('the administrator installed in Rubaya by the M23, Éric Nsengiyumva', 'official', form='title-name'),
        S('UN experts', 'ngo'),
        S('Kigali', 'official'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('M23', 'other', nth=0),
        N('four days', 'duration'),
        N('M23', 'other', nth=1),
        N('about 50km', 'distance'),
        N('30 miles', 'distance'),
        N('an estimated 15%', 'percentage'),
        N('M23', 'other', nth=2),
        N('April 2024', 'date'),
        N('M23', 'other', nth=3),
        N('three or four times', 'other'),
        N('2022', 'year'),
        N('M23', 'other', nth=5),
        N('as many as 4,000 troops', 'count-people'),
        N('M23', 'other', nth=6),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
