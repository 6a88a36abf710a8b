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

# ---------------------------------------------------------------- labels (blind set 638: qe01-qe08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / names of the dead / shot', r'\bburied\b|\bnames of the dead\b|\bshot\b'),
    ('taken away / rounded up / captured / kidnapping / abductions / taken',
     r'\btaken\b|\btook away\b|\brounded up\b|\bcaptured\b|\bkidnapp|\babductions\b|\breleased\b'),
    ('evacuated / took refuge / sought shelter / hiding / abandoned their homes / driven / deported / left / '
     'refugees / sheltering',
     r'\bevacuated\b|\brefuge\b|\bshelter|\bhiding\b|\babandoned\b|\bdriven\b|\bdeported\b|\bleft\b|'
     r'\brefugees\b'),
    ('wounds / whereabouts unknown / names of the missing', r'\bwounds\b|\bremaining\b|\bnames of the missing\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen/militia members/GPK members/members', r'\b(?:militiamen|members|men)\b'),
    ('staff/priests/monitors', r'\b(?:staff|priests|monitors)\b'),
    ('supporters/suspects/refugees/East Timorese/persons/victims',
     r'\b(?:supporters|suspects|refugees|East Timorese|persons|victims)\b'),
    ('sons/brothers/young men/young women/boys', r'\b(?:sons|brothers|young men|young women|boys)\b'),
]

# qe01: pro-Jakarta militiamen and soldiers storm a church sheltering displaced villagers in Maubara (AFP
# style, one sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['qe01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('Some 2,000 people who had fled', 'displaced', 2000, 'approx', 'people'),
        C('More than 30 people were wounded', 'injured', 30, 'at-least', 'people', id='w'),
        C('at least nine', 'injured', 9, 'at-least', 'people', sub='w'),
        C('five people had been killed', 'killed', 5, 'exact', 'people', tags='contradicted'),
        C('14 suspects', 'detained', 14, 'exact', 'people'),
        C('Two soldiers were slightly hurt', 'injured', 2, 'exact', 'soldiers'),
        C('two of his fighters had been killed', 'killed', 2, 'exact', 'fighters'),
        C('three wounded', 'injured', 3, 'exact', 'fighters'),
        C('dozens of people were still missing', 'missing', None, 'vague', 'people'),
        C('taken away about 20 young men', 'detained', 20, 'approx', 'men'),
        C('the toll to 25', 'killed', 25, 'exact', 'people', id='u', tags='update'),
        C('six more bodies', 'killed', 6, 'exact', 'people'),
        C('at least three children were among the dead', 'killed', 3, 'at-least', 'children', sub='u'),
        C('more than 150 people have been killed', 'killed', 150, 'at-least', 'people'),
        C('some 15,000 people have fled their homes', 'displaced', 15000, 'approx', 'people'),
    ],
    sources=[
        S('church sources', 'anonymous'),
        S('a nun', 'anonymous'),
        S('a health worker', 'anonymous'),
        S('witnesses', 'witness'),
        S('Indonesian police', 'official'),
        S('Police spokesman Lieutenant Colonel Agus Hartono', 'official', form='title-name'),
        S('Hartono', 'official', nth=1, form='name'),
        S('the police spokesman', 'official', form='role'),
        S('A militia commander, Joaquim Leite', 'military', form='title-name'),
        S('Leite', 'military', nth=1, form='name'),
        S('The guerrilla army Falintil', 'military'),
        S('A survivor, Maria da Costa', 'witness', form='name'),
        S('The parish priest, Father Domingos Pereira', 'other', form='title-name'),
        S('the bishop’s office in Dili', 'other'),
        S('The office', 'other'),
        S('The military commander for East Timor, Colonel Bambang Wiryanto', 'military', form='title-name'),
        S('Foreign ministry spokesman Hadi Santoso', 'official', form='title-name'),
        S('The United Nations', 'ngo'),
        S('Pro-independence leaders', 'other'),
        S('The National Council of Timorese Resistance (CNRT)', 'other'),
    ],
    numbers=[
        N('April 7', 'date'),
        N('12-year-old', 'age'),
        N('1 pm', 'time'),
        N('nearly three hours', 'duration'),
        N('at least 40 houses', 'count-objects'),
        N('two groups', 'count-people'),
        N('34', 'age'),
        N('two trucks', 'count-objects'),
        N('about 50 km', 'distance'),
        N('1975', 'year'),
        N('August 8', 'date'),
    ])

# qe02: militia rampage in the hill town of Aileu three days before the ballot, UNAMET local staff among the
# dead (Reuters style, American spelling, straight quotes)
A['qe02.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C("Two of the U.N. mission's local staff were among the dead", 'killed', 2, 'exact', 'other', sub='tot'),
        C('four others were unaccounted for', 'missing', 4, 'exact', 'other'),
        C('Dozens of people were wounded', 'injured', None, 'vague', 'people', id='w'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='w'),
        C('three bodies', 'killed', 3, 'exact', 'people'),
        C('killing four militiamen', 'killed', 4, 'exact', 'fighters'),
        C('the overall death toll at five', 'killed', 5, 'exact', 'people', tags='contradicted'),
        C('23 people had been arrested', 'detained', 23, 'exact', 'people'),
        C('two of his officers were injured', 'injured', 2, 'exact', 'soldiers'),
        C('more than 40 supporters had been detained', 'detained', 40, 'at-least', 'people'),
        C('as many as 3,000 people had fled', 'displaced', 3000, 'at-most', 'people'),
        C('kidnapping six of his men', 'detained', 6, 'exact', 'fighters'),
        C('the toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('three more bodies', 'killed', 3, 'exact', 'people'),
        C('about 200 people have died', 'killed', 200, 'approx', 'people'),
        C('more than 60,000 have been driven from their homes', 'displaced', 60000, 'at-least', 'people'),
    ],
    sources=[
        S('witnesses', 'witness'),
        S('U.N. officials', 'ngo'),
        S('Brian Kelleher', 'ngo', form='name'),
        S('Dr. Rui Soares', 'official', form='title-name'),
        S('Witnesses', 'witness'),
        S('Armindo Guterres', 'witness', form='name'),
        S('Aileu police chief Lieutenant Colonel Made Suarta', 'official', form='title-name'),
        S('Suarta', 'official', nth=1, form='name'),
        S('The state Antara news agency', 'media'),
        S('the district military command', 'military'),
        S('The pro-independence umbrella group CNRT', 'other'),
        S('CNRT spokesman Afonso Belo', 'other', form='title-name'),
        S('The Indonesian military', 'military'),
        S('Lieutenant Colonel Hendro Pranoto', 'military', form='title-name'),
        S('A militia leader, Cancio Lopes', 'military', form='title-name'),
        S('Falintil', 'military', nth=1),
        S('UNAMET', 'ngo', nth=1),
        S('the mission', 'ngo'),
        S('Human rights groups', 'ngo'),
        S('the U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('Aug 27', 'date'),
        N('three days', 'duration'),
        N('about 45 km', 'distance'),
        N('28 miles', 'distance'),
        N('Aug. 30', 'date'),
        N('two weeks', 'duration'),
        N('about 15 trucks', 'count-objects'),
        N('9 a.m.', 'time'),
        N('41', 'age'),
        N('31 houses', 'count-objects'),
        N('the two sides', 'count-people'),
        N('estimated 1,500 fighters', 'count-people'),
        N('6-year-old', 'age'),
        N('About 450,000 people', 'count-people'),
    ])

# qe03: a clash between pro-integration and anti-integration groups in Manatuto regency, in the Indonesian
# state news agency's voice ("security disturbance movement", "evacuated", foreign reports denied; en-dash
# dateline, digits for small numbers, straight quotes)
A['qe03.txt'] = dict(
    casualty=[
        C('7 people dead', 'killed', 7, 'exact', 'people', id='tot'),
        C('12 others injured', 'injured', 12, 'exact', 'people', id='inj'),
        C('4 members', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('3 members', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('2 police officers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('arrested 31 people', 'detained', 31, 'exact', 'people', id='arr'),
        C('Of those arrested, 9', 'detained', 9, 'exact', 'people', sub='arr'),
        C('dozens of civilians had been killed', 'killed', None, 'vague', 'civilians', tags='contradicted'),
        C('40 people had been killed', 'killed', 40, 'exact', 'people', tags='contradicted'),
        C('killed 5 GPK members', 'killed', 5, 'exact', 'fighters'),
        C('captured 2 others', 'detained', 2, 'exact', 'fighters'),
        C('1 soldier was killed', 'killed', 1, 'exact', 'soldiers'),
        C('2 were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('around 2,500 residents had temporarily evacuated', 'displaced', 2500, 'approx', 'civilians'),
        C('6 residents were still unaccounted for', 'missing', 6, 'exact', 'civilians'),
        C('87 people had died', 'killed', 87, 'exact', 'people'),
        C('more than 20,000 pro-integration supporters had left', 'displaced', 20000, 'at-least', 'people'),
    ],
    sources=[
        S('the East Timor Regional Police', 'official'),
        S('East Timor Police spokesman Lieutenant Colonel Wahyu Nugroho', 'official', form='title-name'),
        S('the spokesman', 'official', form='role'),
        S('Manatuto Police Chief Major Ketut Widana', 'official', form='title-name'),
        S('The chief', 'official', form='role'),
        S('certain foreign media', 'media'),
        S('an Australian radio station', 'media'),
        S('The Manatuto District Military Command (Kodim)', 'military'),
        S('Kodim commander Lieutenant Colonel Sugeng Riyadi', 'military', form='title-name'),
        S('The regent of Manatuto, Fernando da Silva', 'official', form='title-name'),
        S('The regent', 'official', nth=1, form='role'),
        S('East Timor Governor Armindo Carvalho', 'official', form='title-name'),
        S('The governor', 'official', form='role'),
    ],
    numbers=[
        N('Sept 2', 'date'),
        N('some 60 km', 'distance'),
        N('about 14.00', 'time'),
        N('9 home-made firearms', 'count-objects'),
        N('40 machetes', 'count-objects'),
        N('24 hours', 'duration'),
        N('15 tonnes', 'quantity'),
        N('600 blankets', 'count-objects'),
        N('98.6 percent', 'percentage'),
        N('230 houses', 'count-objects'),
        N('27th province', 'other'),
        N('1976', 'year'),
    ])

# qe04: killings, abductions and deportations in the border town of Balibo after the ballot (NGO statement
# with demands and notes to editors, British spelling, curly quotes)
A['qe04.txt'] = dict(
    casualty=[
        C('At least 43 people were killed', 'killed', 43, 'at-least', 'people', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('took away between 60 and 80 of them', 'detained', None, 'range', 'men', low=60, high=80, id='ab'),
        C('at least 50 of them', 'missing', 50, 'at-least', 'men', sub='ab'),
        C('my two brothers', 'killed', 2, 'exact', 'men'),
        C('At least 25 people with gunshot and machete wounds', 'injured', 25, 'at-least', 'people', id='w'),
        C('Four of them have since died', 'killed', 4, 'exact', 'people', sub='w'),
        C('an estimated 4,000 people', 'displaced', 4000, 'approx', 'people'),
        C('hundreds of people', 'displaced', None, 'vague', 'people'),
        C('One of JTN’s local monitors', 'missing', 1, 'exact', 'other'),
        C('four people had died', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('12 militia members had been wounded', 'injured', 12, 'exact', 'fighters'),
        C('the names of 43 victims', 'killed', 43, 'exact', 'people', tags='repeat'),
        C('the killing of more than 200 people', 'killed', 200, 'at-least', 'people'),
        C('more than 150,000 East Timorese have been driven or deported', 'displaced', 150000, 'at-least',
          'people'),
        C('at least 50 men and boys still missing', 'missing', 50, 'at-least', 'men', tags='repeat'),
        C('some 4,000 people deported', 'displaced', 4000, 'approx', 'people', tags='repeat'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('Justice for Timor Network (JTN)', 'ngo'),
        S('survivors', 'witness', nth=1),
        S('the organisation', 'ngo'),
        S('JTN researchers', 'ngo'),
        S('Ana', 'witness', form='name'),
        S('a volunteer nurse', 'anonymous'),
        S('Church sources', 'anonymous'),
        S('The Indonesian military commander for the border sector, Lieutenant Colonel Agus Pramono', 'military',
          form='title-name'),
        S('the Jakarta Post', 'media'),
        S('JTN’s director, Helen Carver', 'ngo', form='title-name'),
        S('JTN', 'ngo', nth=4),
        S('The UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('14 September 1999', 'date'),
        N('between 5 and 8 September', 'date'),
        N('37 survivors', 'count-people'),
        N('52', 'age'),
        N('26-year-old', 'age'),
        N('6 September', 'date'),
        N('three days', 'duration'),
        N('30 August', 'date'),
        N('4 September', 'date'),
        N('1992', 'year'),
        N('14 researchers and monitors', 'count-people'),
        N('30 August', 'date', nth=1),
        N('78.5 per cent', 'percentage'),
    ])

# qe05: the displaced, the killed and the abducted in and around Maubisse before the ballot (UN OCHA-style
# flash update: highlights, situation overview, protection, health, food and shelter, funding)
A['qe05.txt'] = dict(
    casualty=[
        C('An estimated 9,000 internally displaced persons', 'displaced', 9000, 'approx', 'people'),
        C('At least 12 people killed', 'killed', 12, 'at-least', 'people'),
        C('killed at least 12 people', 'killed', 12, 'at-least', 'people', id='k', tags='repeat'),
        C('3 women', 'killed', 3, 'exact', 'women', sub='k'),
        C('the toll at 4', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('An estimated 9,000 people have fled', 'displaced', 9000, 'approx', 'people', id='d', tags='repeat'),
        C('about 3,200', 'displaced', 3200, 'approx', 'people', sub='d'),
        C('1,800', 'displaced', 1800, 'exact', 'people', sub='d'),
        C('some 4,000', 'displaced', 4000, 'approx', 'people', sub='d'),
        C('2,000–3,000 people', 'displaced', None, 'range', 'people', low=2000, high=3000),
        C('taken at least 20 men', 'detained', 20, 'at-least', 'men', id='ab'),
        C('7 have been released', 'detained', 7, 'exact', 'men', sub='ab'),
        C('the remaining 13', 'missing', 13, 'exact', 'men', sub='ab'),
        C('at least 6 children missing', 'missing', 6, 'at-least', 'children'),
        C('Two NGO staff were injured', 'injured', 2, 'exact', 'other'),
        C('treated 41 people for wounds', 'injured', 41, 'exact', 'people', id='w'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='w'),
        C('Four IDP children have died', 'killed', 4, 'exact', 'children'),
        C('between 40,000 and 60,000 people are displaced', 'displaced', None, 'range', 'people', low=40000,
          high=60000),
        C('arrested 5 people', 'detained', 5, 'exact', 'people'),
    ],
    sources=[
        S('the parish', 'other'),
        S('local health staff', 'official'),
        S('The district military command (Kodim)', 'military'),
        S('Protection monitors', 'ngo'),
        S('Families', 'witness'),
        S('The Maubisse health centre', 'official'),
        S('Partners', 'ngo'),
        S('UNHCR', 'ngo', nth=1),
        S('The Indonesian police', 'official'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('20 July 1999', 'date'),
        N('1–19 July', 'date'),
        N('US$2.3 million', 'money'),
        N('90 days', 'duration'),
        N('1 July', 'date'),
        N('14-year-old', 'age'),
        N('About 400 houses', 'count-objects'),
        N('6 villages', 'count-objects'),
        N('10 July', 'date'),
        N('15 July', 'date'),
        N('1 July', 'date', nth=1),
        N('more than 300 cases', 'count-people'),
        N('1 doctor and 3 nurses', 'count-people'),
        N('60 tonnes', 'quantity'),
        N('16 July', 'date'),
        N('about 2 weeks', 'duration'),
        N('1,500 plastic sheets', 'count-objects'),
        N('12 latrines', 'count-objects'),
        N('17 July', 'date'),
        N('16 July', 'date', nth=1),
        N('19 July', 'date', nth=1),
        N('2,140 people', 'count-people'),
        N('US$2.3 million', 'money', nth=1),
        N('90 days', 'duration', nth=1),
        N('18 per cent', 'percentage'),
        N('23 July 1999', 'date'),
    ])

# qe06: militia killings, abductions and flight around the coffee town of Letefoho in June (a broadcaster's
# website: headline, byline and time stamp instead of a dateline; British spelling, curly quotes)
A['qe06.txt'] = dict(
    casualty=[
        C('At least 11 people have been killed', 'killed', 11, 'at-least', 'people', id='tot'),
        C('The bodies of seven men', 'killed', 7, 'exact', 'men', id='b', sub='tot'),
        C('his two sons', 'killed', 2, 'exact', 'men', sub='b'),
        C('Hundreds of families have abandoned their homes', 'displaced', None, 'vague', 'people'),
        C('some 3,500 people had fled', 'displaced', 3500, 'approx', 'people'),
        C('16 people', 'missing', 16, 'exact', 'people'),
        C('treated 23 people for wounds', 'injured', 23, 'exact', 'people', id='w'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='w'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the number of dead to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('two people had died', 'killed', 2, 'exact', 'people', tags='contradicted'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('one of its soldiers had been wounded', 'injured', 1, 'exact', 'soldiers'),
        C('“dozens” of abductions', 'detained', None, 'vague', 'people'),
        C('killed nine people', 'killed', 9, 'exact', 'people'),
        C('more than 100 people have been killed', 'killed', 100, 'at-least', 'people'),
        C('Thousands of people', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local church workers', 'other'),
        S('Villagers', 'witness', nth=1),
        S('Rosalina Ximenes', 'witness', form='name'),
        S('The local parish priest', 'anonymous'),
        S('a nurse', 'anonymous'),
        S('Militia leaders', 'military'),
        S('A spokesman for Ular Hitam', 'military', form='role'),
        S('Indonesian police', 'official'),
        S('Indonesia’s military', 'military'),
        S('Falintil', 'military'),
        S('A UN official in the district', 'anonymous'),
        S('human rights groups in Dili', 'ngo'),
        S('Diplomats', 'anonymous'),
    ],
    numbers=[
        N('19 June 1999', 'date'),
        N('14:32 GMT', 'time'),
        N('three days', 'duration'),
        N('some 40 km', 'distance'),
        N('a mother of five', 'count-people'),
        N('two days', 'duration'),
        N('six home-made guns', 'count-objects'),
        N('about 15,000 troops and police', 'count-people'),
    ])

# qe07: militiamen and soldiers attack a church compound full of refugees in Zumalai after the ballot (AP
# style, em-dash dateline, American spelling, straight quotes)
A['qe07.txt'] = dict(
    casualty=[
        C('killing at least 27 people', 'killed', 27, 'at-least', 'people', id='tot'),
        C('two priests', 'killed', 2, 'exact', 'other', sub='tot'),
        C('About 1,500 people who had fled', 'displaced', 1500, 'approx', 'people'),
        C('between 40 and 50 people may have died', 'killed', None, 'range', 'people', low=40, high=50,
          tags='contradicted'),
        C('the bodies of six people', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('More than 40 people were wounded', 'injured', 40, 'at-least', 'people', id='w'),
        C('at least 12 of them', 'injured', 12, 'at-least', 'people', sub='w'),
        C('rounded up about 100 men', 'detained', 100, 'approx', 'men'),
        C('took away several young women', 'detained', None, 'vague', 'women'),
        C('the death toll had reached 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('seven more bodies', 'killed', 7, 'exact', 'people'),
        C('five suspected militiamen had been arrested', 'detained', 5, 'exact', 'fighters'),
        C('Thousands of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('up to 200,000 East Timorese have been forced from their homes', 'displaced', 200000, 'at-most',
          'people'),
        C('more than 1,300 refugees', 'displaced', 1300, 'at-least', 'people'),
        C('at least 200 people have been killed', 'killed', 200, 'at-least', 'people'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('church officials', 'other'),
        S('Survivors', 'witness'),
        S('Jacinta Amaral', 'witness', form='name'),
        S('A diocese spokesman, the Rev. Jose Mau', 'other', form='title-name'),
        S("Indonesia's military", 'military'),
        S('Military spokesman Lt. Col. Andi Rahmat', 'military', form='title-name'),
        S('a nurse at the parish clinic', 'anonymous'),
        S('Witnesses', 'witness'),
        S('church officials', 'other', nth=1),
        S('National police spokesman Brig. Gen. Dadang Sutisna', 'official', form='title-name'),
        S('U.N. officials', 'ngo'),
        S('The Roman Catholic Church', 'other'),
        S('Australia', 'official'),
    ],
    numbers=[
        N('1962', 'year'),
        N('Aug. 30', 'date'),
        N('about 2:30 p.m.', 'time'),
        N('six hours', 'duration'),
        N('29', 'age'),
        N('about 120 kilometers', 'distance'),
        N('75 miles', 'distance'),
        N('78.5 percent', 'percentage'),
        N('about 4,500 troops', 'count-people'),
        N('five ambassadors', 'count-people'),
    ])

# qe08: a correspondent reaches the burned town of Remexio with the first Interfet patrol (a newspaper's own
# correspondent: headline and byline, first person, an em-dash aside, British spelling, curly quotes)
A['qe08.txt'] = dict(
    casualty=[
        C('killed at least 30 people', 'killed', 30, 'at-least', 'people'),
        C('taken away 25 young men', 'detained', 25, 'exact', 'men'),
        C('the bodies of nine people', 'killed', 9, 'exact', 'people'),
        C('47 names of the dead', 'killed', 47, 'exact', 'people', id='l'),
        C('19 names of the missing', 'missing', 19, 'exact', 'people'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='l'),
        C('buried 23', 'killed', 23, 'exact', 'people'),
        C('five of his fighters had been killed', 'killed', 5, 'exact', 'fighters'),
        C('captured three militiamen', 'detained', 3, 'exact', 'fighters'),
        C('as many as 20,000 people', 'displaced', 20000, 'at-most', 'people', id='r'),
        C('Nearly 200 of them', 'killed', 200, 'at-most', 'people', sub='r'),
        C('four people had died', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('six more bodies', 'killed', 6, 'exact', 'people'),
        C('detained two suspected militiamen', 'detained', 2, 'exact', 'fighters'),
        C('12 people with gunshot and machete wounds', 'injured', 12, 'exact', 'people', id='w'),
        C('Three of them have died', 'killed', 3, 'exact', 'people', sub='w'),
        C('three sons', 'killed', 3, 'exact', 'men'),
        C('some 250,000 East Timorese', 'displaced', 250000, 'approx', 'people'),
    ],
    sources=[
        S('Guerrilla commanders', 'military'),
        S('Villagers', 'witness'),
        S('The parish catechist, Agostinho Pinto', 'other', form='title-name'),
        S('Pinto', 'other', nth=1, form='name'),
        S('Local Falintil commander Mau Kiak', 'military', form='title-name'),
        S('an Indonesian military spokesman, Colonel Sudrajat Hadi', 'military', form='title-name'),
        S('an Australian officer', 'anonymous'),
        S('Sister Lucia Mendes', 'other', form='title-name'),
        S('Maria Lopes', 'witness', form='name'),
        S('The World Food Programme', 'ngo'),
        S('the guerrillas', 'military', nth=1),
        S('UNHCR', 'ngo'),
    ],
    numbers=[
        N('25 km', 'distance'),
        N('some 6,000 people', 'population'),
        N('1975', 'year'),
        N('September 6', 'date'),
        N('two shallow graves', 'count-objects'),
        N('4-year-old', 'age'),
        N('a woman of 80', 'age'),
        N('about 60 patients a day', 'count-people'),
        N('61', 'age'),
        N('40 tonnes', 'quantity'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
