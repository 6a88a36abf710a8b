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

# ---------------------------------------------------------------- labels (blind set 99: eq01-eq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('bury / bodies had been found / paid the ultimate sacrifice',
     r'\bbury\b|\bfound\b|\bultimate sacrifice\b'),
    ('captured / seized / abducted / remained in custody',
     r'\bcaptured\b|\bseized\b|\bcustody\b'),
    ('evacuated / crossed into / staying with relatives', r'\bevacuated\b|\bcrossed\b'),
    ('treated / received N wounded / sustained injuries / required surgery / critical condition',
     r'\btreat(?:ed|ing)\b|\breceived\b|\binjuries\b|\bsurgery\b|\bcritical condition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers/members of the security forces',
     r'\b(?:servicemen|officers|members of the security forces)\b'),
    ('mercenaries/members/militants', r'\b(?:mercenaries|members|militants)\b'),
    ('health workers/teachers/nurses/social leaders',
     r'\b(?:health workers|teachers|nurses|social leaders)\b'),
    ('Palestinians/Israelis/Somalis/families/suspects/patients/pupils',
     r'\b(?:Palestinians|Israelis|Somalis|families|suspects|patients|pupils)\b'),
]

# eq01: a glide-bomb strike on Velykyi Burluk, Kharkiv region, Ukraine (Reuters style)
A['eq01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 23', 'injured', 23, 'exact', 'people', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='inj'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two more bodies had been found', 'killed', 2, 'exact', 'people'),
        C('the number of injured to 25', 'injured', 25, 'exact', 'people', id='pg', tags='update'),
        C('three police officers', 'injured', 3, 'exact', 'soldiers', sub='pg'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('killed two people', 'killed', 2, 'exact', 'people'),
        C('wounded seven', 'injured', 7, 'exact', 'people'),
        C('Roughly 300 people', 'displaced', 300, 'approx', 'people'),
        C('more than 600 civilians have been killed', 'killed', 600, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Kharkiv regional governor Oleh Martynenko', 'official', form='title-name'),
        S('Martynenko', 'official', nth=1, form='name'),
        S('the State Emergency Service', 'official'),
        S("Ukraine's Prosecutor General's Office", 'official'),
        S('A spokeswoman for the office, Anna Levchuk', 'official', form='title-name'),
        S("Russia's Defense Ministry", 'military'),
        S('Martynenko', 'official', nth=2, form='name'),
        S('Halyna Bondarenko', 'witness', form='name'),
        S('the governor', 'official', form='role'),
        S('local officials', 'official'),
        S('the regional administration', 'official'),
        S("the regional prosecutor's office", 'official'),
    ],
    numbers=[
        N('two-story', 'other'),
        N('11:40 a.m.', 'time'),
        N('74-year-old', 'age'),
        N('about 90 km', 'distance'),
        N('56 miles', 'distance'),
        N('six people', 'count-people'),
        N('61', 'age'),
        N('20 minutes', 'duration'),
        N('about 20 km', 'distance'),
        N('around 4,000', 'population'),
        N('fewer than 1,500 residents', 'population'),
        N('May 2024', 'date'),
    ])

# eq02: a junta air strike on a village in Taze township, Sagaing Region, Myanmar (AFP style)
A['eq02.txt'] = dict(
    casualty=[
        C('killed at least 18 people', 'killed', 18, 'at-least', 'people'),
        C('18 bodies', 'killed', 18, 'exact', 'people', id='b18', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='b18'),
        C('six women', 'killed', 6, 'exact', 'women', sub='b18'),
        C('around 30 people had been wounded', 'injured', 30, 'approx', 'people'),
        C('detained several men', 'detained', None, 'vague', 'men'),
        C('bury 21 people', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('killing 12 of them', 'killed', 12, 'exact', 'fighters'),
        C('more than 5,300 civilians had been killed', 'killed', 5300, 'at-least', 'civilians'),
        C('More than 3.5 million people are displaced', 'displaced', 3500000, 'at-least', 'people'),
        C('killed five pupils', 'killed', 5, 'exact', 'children'),
        C('about 400 people had fled', 'displaced', 400, 'approx', 'people'),
    ],
    sources=[
        S('a local resistance group', 'military'),
        S('residents', 'witness'),
        S('the Taze People’s Defence Force (PDF)', 'military'),
        S('a PDF spokesman', 'military', form='role'),
        S('A villager', 'anonymous'),
        S('State-run newspaper The Global New Light of Myanmar', 'media'),
        S('The National Unity Government (NUG)', 'official'),
        S('Its human rights ministry', 'official'),
        S('the United Nations', 'ngo'),
        S('local media', 'media'),
        S('Villagers', 'witness'),
        S('Daw Khin Myo', 'witness', form='name'),
    ],
    numbers=[
        N('two bombs', 'count-objects'),
        N('67', 'age'),
        N('300 rounds of ammunition', 'count-objects'),
        N('February 2021', 'date'),
        N('2021', 'year', nth=1),
        N('about 100 kilometres', 'distance'),
        N('52', 'age'),
        N('14-year-old', 'age'),
    ])

# eq03: a settler attack on Jalud near Nablus, occupied West Bank (AP style)
A['eq03.txt'] = dict(
    casualty=[
        C('At least 14 other Palestinians were wounded', 'injured', 14, 'at-least', 'people', id='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='inj'),
        C('treated 31 people', 'injured', 31, 'exact', 'people'),
        C('two Israeli civilians were lightly injured', 'injured', 2, 'exact', 'civilians'),
        C('detained five Israelis', 'detained', 5, 'exact', 'people', id='det'),
        C('two of the suspects remained in custody', 'detained', 2, 'exact', 'people', sub='det'),
        C('four families', 'displaced', 4, 'exact', 'people'),
        C('at least 240 Palestinians have been displaced', 'displaced', 240, 'at-least', 'people'),
        C('more than 1,000 Palestinians have been killed', 'killed', 1000, 'at-least', 'people'),
        C('at least 50 Israelis', 'killed', 50, 'at-least', 'people'),
    ],
    sources=[
        S('Palestinian health officials', 'official'),
        S('the Palestinian Health Ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli military', 'military'),
        S('Israeli police', 'official'),
        S('Residents', 'witness'),
        S('Abdullah Haj Mohammad', 'official', form='name'),
        S('His cousin, Mahmoud Nasser', 'witness', form='name'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
        S('Palestinian health authorities', 'official'),
        S('Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('Dozens of Israeli settlers', 'count-people'),
        N('19-year-old', 'age'),
        N('5 in the morning', 'time'),
        N('60 or 70 of them', 'count-people'),
        N('six homes', 'count-objects'),
        N('12 cars', 'count-objects'),
        N('19', 'age', nth=1),
        N('more than 1,400 attacks', 'count-objects'),
        N('October 2023', 'date'),
        N('about 500 people', 'population'),
        N('some 20 kilometers', 'distance'),
    ])

# eq04: a UN OCHA flash update on an RSF attack on Um Kadada, North Darfur, Sudan
A['eq04.txt'] = dict(
    casualty=[
        C('At least 47 civilians killed', 'killed', 47, 'at-least', 'civilians'),
        C('more than 60 injured', 'injured', 60, 'at-least', 'civilians'),
        C('An estimated 11,200 people displaced', 'displaced', 11200, 'approx', 'people'),
        C('at least 47 civilians were killed', 'killed', 47, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('6 women', 'killed', 6, 'exact', 'women', sub='tot'),
        C('more than 60 others were injured', 'injured', 60, 'at-least', 'civilians', tags='repeat'),
        C('at least 25 men had been abducted', 'detained', 25, 'at-least', 'men'),
        C('killed “more than 100 mercenaries”', 'killed', 100, 'at-least', 'fighters'),
        C('three health workers were among those killed', 'killed', 3, 'exact', 'other', sub='tot'),
        C('received 38 wounded', 'injured', 38, 'exact', 'people', id='src'),
        C('11 required surgery', 'injured', 11, 'exact', 'people', sub='src'),
        C('an estimated 11,200 people fled', 'displaced', 11200, 'approx', 'people', id='idp', tags='repeat'),
        C('approximately 6,500 people', 'displaced', 6500, 'approx', 'people', sub='idp'),
        C('3,100', 'displaced', 3100, 'exact', 'people', sub='idp'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('the Um Kadada locality authorities', 'official'),
        S('Local sources', 'anonymous'),
        S('The Sudan Doctors Network', 'ngo'),
        S('The RSF', 'military'),
        S('Partners on the ground', 'ngo'),
        S('The Sudanese Red Crescent Society', 'ngo'),
        S('IOM DTM', 'ngo'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('22 September 2025', 'date'),
        N('19 and 20 September', 'date'),
        N('19 September', 'date'),
        N('about 180 km', 'distance'),
        N('two days', 'duration'),
        N('19 and 22 September', 'date'),
        N('several days', 'duration'),
        N('an estimated population of 42,000', 'population'),
        N('1,800 emergency shelter kits', 'count-objects'),
        N('Two mobile clinics', 'count-objects'),
        N('more than 900 patients', 'count-people'),
        N('20 September', 'date', nth=1),
        N('15,000 newly arrived people', 'count-people'),
        N('two weeks', 'duration'),
        N('2025', 'year', nth=1),
        N('US$4.2 billion', 'money'),
        N('23 per cent', 'percentage'),
        N('22 September', 'date', nth=2),
    ])

# eq05: an al-Shabaab attack on a military base in Bardale, Bay region, Somalia (dpa style,
# one sentence a paragraph)
A['eq05.txt'] = dict(
    casualty=[
        C('At least 13 people were killed', 'killed', 13, 'at-least', 'people', id='tot'),
        C('Eight soldiers', 'killed', 8, 'exact', 'soldiers', sub='tot'),
        C('five civilians', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('Another 22 people were wounded', 'injured', 22, 'exact', 'people', id='inj'),
        C('14 soldiers', 'injured', 14, 'exact', 'soldiers', sub='inj'),
        C('killed "more than 30 terrorists"', 'killed', 30, 'at-least', 'fighters'),
        C('the number of soldiers killed at five', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('killed 47 soldiers', 'killed', 47, 'exact', 'soldiers', tags='contradicted'),
        C('seized several people', 'detained', None, 'vague', 'people'),
        C('received 19 wounded', 'injured', 19, 'exact', 'people', id='h19'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='h19'),
        C('Four of them', 'injured', 4, 'exact', 'people', sub='h19'),
        C('the death toll to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('two more soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('two civilians had died', 'killed', 2, 'exact', 'civilians'),
        C('thousands of people who have fled', 'displaced', None, 'vague', 'people'),
        C('some 3.9 million Somalis are internally displaced', 'displaced', 3900000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a military officer', 'anonymous'),
        S('the officer', 'anonymous'),
        S('The South West State information minister, Abdirahman Hassan Nur', 'official', form='title-name'),
        S('Nur', 'official', nth=1, form='name'),
        S('Al-Shabaab', 'military'),
        S('Residents', 'witness'),
        S('Fadumo Ali', 'witness', form='name'),
        S("Doctors at Bardale's district hospital", 'anonymous'),
        S('the regional health director', 'official', form='role'),
        S('the regional administration', 'official'),
        S('The UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('dozens of gunmen', 'count-people'),
        N('about three hours', 'duration'),
        N('one of its websites', 'other'),
        N('mother of six', 'count-people'),
        N('about 60 kilometres', 'distance'),
        N('about 300 kilometres', 'distance'),
        N('2023', 'year'),
        N('some 22,000 soldiers', 'count-people'),
        N('more than 15 years', 'duration'),
    ])

# eq06: a FARC-dissident attack on the police station of El Bordo, Patía, Cauca, Colombia
# (a British broadcaster's website, with a headline)
A['eq06.txt'] = dict(
    casualty=[
        C('kills four officers', 'killed', 4, 'exact', 'soldiers'),
        C('Four police officers have been killed', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('at least nine people injured', 'injured', 9, 'at-least', 'people', id='inj'),
        C('two civilians', 'injured', 2, 'exact', 'civilians', sub='inj'),
        C('seven officers', 'injured', 7, 'exact', 'soldiers', sub='inj'),
        C('killed two of them', 'killed', 2, 'exact', 'fighters'),
        C('about 120 families had fled', 'displaced', 120, 'approx', 'people'),
        C('abducted three young men', 'detained', 3, 'exact', 'men'),
        C('58 social leaders have been killed', 'killed', 58, 'exact', 'other', id='sl'),
        C('21 of them', 'killed', 21, 'exact', 'other', sub='sl'),
    ],
    sources=[
        S('officials', 'official'),
        S('The Cauca governor, Liliana Muñoz', 'official', form='title-name'),
        S('Ms Muñoz', 'official', form='name'),
        S('Police', 'official'),
        S('Colombia’s defence ministry', 'military'),
        S('Residents', 'witness'),
        S('The Ombudsman’s Office', 'official'),
        S('Local community leaders', 'other'),
        S('the mother of the youngest', 'anonymous', form='role'),
        S('the think tank Paz y Territorio', 'ngo'),
    ],
    numbers=[
        N('15-year-old', 'age'),
        N('about 110km', 'distance'),
        N('2016', 'year'),
        N('150 rounds of ammunition', 'count-objects'),
        N('1,200 additional soldiers', 'count-people'),
        N('at least 15 houses', 'count-objects'),
        N('some 3,000 people', 'count-people'),
        N('one of the most violent', 'other'),
    ])

# eq07: an OLA ("Shene") attack on Gidami, Kellem Wollega, western Oromia, Ethiopia, and the army's
# operation (Ethiopian state media, ENA style)
A['eq07.txt'] = dict(
    casualty=[
        C('killed 37 Shene militants', 'killed', 37, 'exact', 'fighters'),
        C('captured 15 others', 'detained', 15, 'exact', 'fighters'),
        C('killing nine civilians', 'killed', 9, 'exact', 'civilians', id='civ'),
        C('two teachers', 'killed', 2, 'exact', 'other', sub='civ'),
        C('abducted 23 residents', 'detained', 23, 'exact', 'civilians', id='abd'),
        C('12 of the abducted residents', 'detained', 12, 'exact', 'civilians', sub='abd'),
        C('four members of the security forces had “paid the ultimate sacrifice”', 'killed', 4, 'exact',
          'soldiers'),
        C('six others sustained injuries', 'injured', 6, 'exact', 'soldiers'),
        C('14 civilians with gunshot wounds', 'injured', 14, 'exact', 'civilians', id='h14'),
        C('three of them women', 'injured', 3, 'exact', 'women', sub='h14'),
        C('some 2,400 displaced people', 'displaced', 2400, 'approx', 'people'),
    ],
    sources=[
        S('the Oromia Regional State Communication Bureau', 'official'),
        S('The bureau', 'official'),
        S('the statement', 'official', form='document'),
        S('the zone’s peace and security head, Commander Tesfaye Gudina', 'official', form='title-name'),
        S('the commander', 'official', form='role'),
        S('The Gidami Primary Hospital', 'official'),
        S('The Kellem Wollega Zone Administration', 'official'),
        S('The regional government’s spokesperson, Obsa Kebede', 'official', form='title-name'),
    ],
    numbers=[
        N('March 4/2025', 'date'),
        N('17 residential houses', 'count-objects'),
        N('two days', 'duration'),
        N('26 Kalashnikov rifles', 'count-objects'),
        N('two machine guns', 'count-objects'),
        N('about 650 kilometers', 'distance'),
        N('six months', 'duration'),
        N('more than 400 Shene members', 'count-people'),
    ])

# eq08: a medical NGO's statement on an attack on Ariwara, Aru territory, Ituri, DR Congo
A['eq08.txt'] = dict(
    casualty=[
        C('Dozens wounded', 'injured', None, 'vague', 'people'),
        C('treated 54 people', 'injured', 54, 'exact', 'people', id='t54'),
        C('17 are children', 'injured', 17, 'exact', 'children', sub='t54'),
        C('nine remain in a critical condition', 'injured', 9, 'exact', 'people', sub='t54'),
        C('Three patients died', 'killed', 3, 'exact', 'people'),
        C('One of our nurses was wounded', 'injured', 1, 'exact', 'other'),
        C('at least 26 people were killed', 'killed', 26, 'at-least', 'people'),
        C('the death toll at 33', 'killed', 33, 'exact', 'people', tags='contradicted'),
        C('at least 12 people', 'missing', 12, 'at-least', 'people'),
        C('killing eight of them', 'killed', 8, 'exact', 'fighters'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('more than 6,000 people had crossed into Uganda', 'displaced', 6000, 'at-least', 'people'),
        C('More than 1.5 million people are displaced', 'displaced', 1500000, 'at-least', 'people'),
    ],
    sources=[
        S('FSA', 'ngo', nth=1),
        S('Dr Esther Mave', 'ngo', form='title-name'),
        S('local authorities in Aru territory', 'official'),
        S('The territory administrator', 'official', form='role'),
        S('A civil society coalition in Aru', 'other'),
        S('The Congolese armed forces (FARDC)', 'military'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Dr Mave', 'ngo', form='title-name'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('10 May', 'date'),
        N('31 surgical operations', 'count-objects'),
        N('48 hours', 'duration'),
        N('24 beds', 'count-objects'),
        N('40 to 50 houses and shelters', 'count-objects'),
        N('about 60,000 people', 'population'),
        N('2019', 'year'),
        N('6 health facilities', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
