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

# ---------------------------------------------------------------- labels (blind set 32: rr01-rr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / neutralized / died in custody / lost … members',
     r'\bshot dead\b|\bneutralized\b|\bin custody\b|\blost\b'),
    ('buried / counted … bodies / dead', r'\bburied\b|\bbodies\b'),
    ('captured / arrested / abducted / held', r'\bcaptured\b|\barrest|\babducted\b|\bheld\b'),
    ('abandoned their homes / left / forcing … from their homes / the displacement of',
     r'\babandoned\b|\bleft\b|\bforcing\b|\bdisplacement\b'),
    ('gunshot wounds / shrapnel / treated', r'\bgunshot\b|\bshrapnel\b|\btreated\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen/raiders/combatants/gang members/members of armed groups',
     r'\b(?:militiamen|raiders|combatants|gang members|members of armed groups)\b'),
    ('households/families/family members/compatriots/Sudanese/Haitians/Rohingya',
     r'\b(?:households|families|family members|compatriots|Sudanese|Haitians|Rohingya)\b'),
    ('boys/reporters/construction workers/community health workers/suppliers',
     r'\b(?:boys|reporters|construction workers|health workers|suppliers|patients)\b'),
    ('members of the security forces / police officers',
     r'\b(?:members of the security forces|police officers)\b'),
]

# rr01: a militia attack on a district of Tshikapa, Kasai, DR Congo (Reuters style)
A['rr01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounding 27 others', 'injured', 27, 'exact', 'people', id='inj'),
        C('31 wounded', 'injured', 31, 'exact', 'people', id='hosp', tags='contradicted'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='hosp'),
        C('three patients had died', 'killed', 3, 'exact', 'people'),
        C('buried 34 bodies', 'killed', 34, 'exact', 'people', tags='contradicted'),
        C('"dozens" of residents were still unaccounted for', 'missing', None, 'vague', 'civilians'),
        C('arrested 12 suspected militiamen', 'detained', 12, 'exact', 'fighters'),
        C('shot dead two others', 'killed', 2, 'exact', 'fighters'),
        C('the death toll had risen to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('more than 30 people may have been killed', 'killed', 30, 'at-least', 'people', tags='contradicted'),
        C('more than 4,000 people had fled', 'displaced', 4000, 'at-least', 'people'),
        C('some 3,400 people were killed', 'killed', 3400, 'approx', 'people'),
        C('1.4 million were forced from their homes', 'displaced', 1400000, 'exact', 'people'),
    ],
    sources=[
        S("the provincial governor's office", 'official'),
        S("the governor's spokesman, Didier Mbuyi", 'official', form='title-name'),
        S('The Tshikapa general referral hospital', 'official'),
        S('Dr. Alphonse Kabeya', 'official', form='title-name'),
        S('Local civil society groups', 'other'),
        S('Jean-Pierre Tshibangu', 'other', form='name'),
        S('Provincial police commissioner Gen. Bruno Kalonji', 'official', form='title-name'),
        S('Mbuyi', 'official', nth=1, form='name'),
        S('A police source', 'anonymous'),
        S('Therese Ngalula', 'witness', form='name'),
        S('The U.N. humanitarian office OCHA', 'ngo'),
        S('The agency', 'ngo'),
        S('the United Nations', 'ngo'),
        S('The Congolese army', 'military'),
    ],
    numbers=[
        N('4 a.m.', 'time'),
        N('dozens of homes', 'count-objects'),
        N('two mass graves', 'count-objects'),
        N('seven AK-47 rifles', 'count-objects'),
        N('34-year-old', 'age'),
        N('four children', 'count-people'),
        N('about 5 km', 'distance'),
        N('3 miles', 'distance'),
        N('$1.5 million', 'money'),
        N('three months', 'duration'),
        N('roughly 1.2 million people', 'population'),
        N('2016-2017', 'year'),
        N('M23', 'other'),
        N('about 150 soldiers', 'count-people'),
    ])

# rr02: security forces fire on protesters in Abéché, Ouaddaï, Chad (AFP style)
A['rr02.txt'] = dict(
    casualty=[
        C('At least a dozen people were killed', 'killed', 12, 'at-least', 'people', id='tot'),
        C('scores more wounded', 'injured', None, 'vague', 'people'),
        C('13 bodies', 'killed', 13, 'exact', 'people', id='ltdh'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='ltdh'),
        C('six people had died', 'killed', 6, 'exact', 'people', id='gov', tags='contradicted'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='gov'),
        C('31 members of the security forces had been injured', 'injured', 31, 'exact', 'soldiers'),
        C('143 people had been arrested', 'detained', 143, 'exact', 'people', id='arr'),
        C('two reporters', 'detained', 2, 'exact', 'other', sub='arr'),
        C('more than 20 of our compatriots” had been killed', 'killed', 20, 'at-least', 'people',
          tags='contradicted'),
        C('about 80 wounded', 'injured', 80, 'approx', 'people'),
        C('several families had left', 'displaced', None, 'vague', 'people'),
        C('more than 600,000 Sudanese have fled', 'displaced', 600000, 'at-least', 'people'),
    ],
    sources=[
        S('a human rights group', 'ngo'),
        S('witnesses', 'witness'),
        S('The Chadian League for Human Rights (LTDH)', 'ngo'),
        S('Mahamat Abakar', 'ngo', form='name'),
        S('The government', 'official'),
        S('Communications minister and government spokesman Abdoulaye Hissein', 'official', form='title-name'),
        S('Hissein', 'official', nth=1, form='name'),
        S('The Union of Chadian Journalists', 'other'),
        S('The opposition Party for Renewal and Justice (PRJ)', 'other'),
        S('Doctors at the hospital', 'anonymous'),
        S('one doctor', 'anonymous'),
        S('the provincial governor’s office', 'official'),
        S('Residents', 'witness'),
        S('the UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('22-year-old', 'age'),
        N('Hundreds of young men', 'count-people'),
        N('aged 15 and 16', 'age'),
        N('one', 'count-people'),
        N('7pm', 'time'),
        N('6am', 'time'),
        N('about 200,000 people', 'population'),
        N('some 750 kilometres', 'distance'),
        N('April 2023', 'date'),
    ])

# rr03: a cattle raid on two villages in Kotido, Karamoja, Uganda (a Ugandan daily's correspondent)
A['rr03.txt'] = dict(
    casualty=[
        C('Nine killed', 'killed', 9, 'exact', 'people'),
        C('At least nine people were shot dead', 'killed', 9, 'at-least', 'people', id='lede', tags='repeat'),
        C('14 others injured', 'injured', 14, 'exact', 'people', id='inj'),
        C('two children', 'killed', 2, 'exact', 'children', sub='lede'),
        C('three of the injured', 'injured', 3, 'exact', 'people', sub='inj'),
        C('killed four of the raiders', 'killed', 4, 'exact', 'fighters'),
        C('the number of those killed at 12', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('three more bodies had been found', 'killed', 3, 'exact', 'people'),
        C('more than 40 households had abandoned their homes', 'displaced', 40, 'at-least', 'people'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('at least 37 people have died', 'killed', 37, 'at-least', 'people', tags='contradicted'),
    ],
    sources=[
        S('police', 'official'),
        S('local leaders', 'official'),
        S('the Karamoja regional police spokesperson, Mr Michael Longole', 'official', form='title-name'),
        S('Mr Longole', 'official', form='name'),
        S('The UPDF 3rd Division spokesperson, Maj Isaac Oware', 'military', form='title-name'),
        S('Maj Oware', 'military', form='name'),
        S('the Kotido LC5 chairperson, Mr Paul Lokiru', 'official', form='title-name'),
        S('Mr Lokiru', 'official', form='name'),
        S('The Kotido Resident District Commissioner, Ms Grace Akello', 'official', form='title-name'),
        S('the army', 'military'),
        S('Human rights groups', 'ngo'),
        S('The legal aid organisation Karamoja Justice Forum', 'ngo'),
        S('the UPDF', 'military'),
        S('the Uganda Bureau of Statistics', 'official'),
    ],
    numbers=[
        N('two villages', 'count-objects'),
        N('more than 100', 'count-people'),
        N('about 600 head of cattle', 'count-objects'),
        N('3rd Division', 'other'),
        N('280 of the stolen animals', 'count-objects'),
        N('two guns', 'count-objects'),
        N('LC5', 'other'),
        N('about 18km', 'distance'),
        N('Shs2 million', 'money'),
        N('July 2021', 'date'),
        N('more than 1,500 illegal firearms', 'count-objects'),
        N('about 1.4 million people', 'population'),
        N('66 per cent', 'percentage'),
    ])

# rr04: a grenade attack on a rally in Jigjiga, Somali region, Ethiopia (AP style)
A['rr04.txt'] = dict(
    casualty=[
        C('killed five people', 'killed', 5, 'exact', 'people'),
        C('wounded 48', 'injured', 48, 'exact', 'people'),
        C('the death toll had risen to eight', 'killed', 8, 'exact', 'people', id='upd', tags='update'),
        C('three of the dead were children', 'killed', 3, 'exact', 'children', sub='upd'),
        C('between 60 and 70 people', 'injured', None, 'range', 'people', low=60, high=70, id='hosp',
          tags='contradicted'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='hosp'),
        C('three suspects had been arrested', 'detained', 3, 'exact', 'people'),
        C("detained more than 200 of the party's members", 'detained', 200, 'at-least', 'people', id='det'),
        C('four of them had died in custody', 'killed', 4, 'exact', 'people', sub='det', tags='contradicted'),
        C('left dozens dead', 'killed', None, 'vague', 'people'),
        C('forced tens of thousands to flee', 'displaced', None, 'vague', 'people'),
        C('More than 1 million people are currently displaced', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Abdirahman Ahmed', 'official', form='name'),
        S('the regional health bureau', 'official'),
        S("Karamara Hospital's medical director, Dr. Hodan Farah", 'official', form='title-name'),
        S('Federal police', 'official'),
        S('The Ogaden National Liberation Front', 'other'),
        S('ONLF spokesman Abdikadir Hassan', 'other', form='title-name'),
        S('The regional government', 'official'),
        S('rights groups', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
        S('Electoral officials', 'official'),
    ],
    numbers=[
        N('3 p.m.', 'time'),
        N('about 2,000 supporters', 'count-people'),
        N('12-year-old', 'age'),
        N('2018', 'year'),
        N('no one', 'other'),
        N('one', 'other', nth=1),
        N('August 2018', 'date'),
        N('June 14', 'date'),
        N('2018', 'year', nth=2),
        N('about 3.2 million voters', 'count-people'),
    ])

# rr05: a UN OCHA flash update on clashes in Ataq, Shabwa governorate, Yemen
A['rr05.txt'] = dict(
    casualty=[
        C('killed at least 27 people', 'killed', 27, 'at-least', 'people', id='hl'),
        C('six civilians', 'killed', 6, 'exact', 'civilians', sub='hl'),
        C('Some 11,400 people have been displaced', 'displaced', 11400, 'approx', 'people'),
        C('27 people have been killed', 'killed', 27, 'exact', 'people', id='tot', tags='repeat'),
        C('64 injured', 'injured', 64, 'exact', 'people', id='inj'),
        C('6 civilians killed', 'killed', 6, 'exact', 'civilians', id='civ', sub='tot', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('19 civilians injured', 'injured', 19, 'exact', 'civilians', sub='inj'),
        C('the bodies of 21 combatants', 'killed', 21, 'exact', 'fighters', sub='tot'),
        C('several people remain missing', 'missing', None, 'vague', 'people'),
        C('40 of its fighters were killed', 'killed', 40, 'exact', 'fighters'),
        C('the displacement of 1,900 households', 'displaced', 1900, 'exact', 'people', id='dtm'),
        C('about 11,400 people', 'displaced', 11400, 'approx', 'people', tags='repeat'),
        C('an estimated 300 households', 'displaced', 300, 'approx', 'people', sub='dtm'),
        C('some 47,000 internally displaced people', 'displaced', 47000, 'approx', 'people'),
        C('an estimated 4.5 million people remain displaced', 'displaced', 4500000, 'approx', 'people'),
    ],
    sources=[
        S('health authorities', 'official'),
        S('Ataq General Hospital', 'official'),
        S('Local sources', 'anonymous'),
        S('One of the parties to the conflict', 'military'),
        S('The IOM Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo'),
        S('the Executive Unit for IDP Camps', 'official'),
        S('WHO', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 October 2025', 'date'),
        N('15 October', 'date'),
        N('Two WFP trucks', 'count-objects'),
        N('16 October', 'date'),
        N('15 October', 'date', nth=1),
        N('two government-aligned armed formations', 'count-objects'),
        N('about 60 km', 'distance'),
        N('17 October', 'date'),
        N('18 October', 'date', nth=1),
        N('One', 'other'),
        N('16 October', 'date', nth=1),
        N('between 15 and 18 October', 'date'),
        N('4 schools', 'count-objects'),
        N('500 patients', 'quantity'),
        N('140 per cent', 'percentage'),
        N('3 of the 7 health facilities', 'count-objects'),
        N('The two trucks', 'count-objects'),
        N('16 October', 'date', nth=2),
        N('8,000 people', 'count-people'),
        N('several hours', 'duration'),
        N('2025', 'year', nth=1),
        N('US$2.5 billion', 'money'),
        N('19 per cent', 'percentage'),
        N('$1.2 million', 'money'),
    ])

# rr06: drone strikes on Rohingya at the Naf river near Maungdaw, Rakhine, Myanmar (a broadcaster,
# one sentence a paragraph)
A['rr06.txt'] = dict(
    casualty=[
        C('killed more than 40 people', 'killed', 40, 'at-least', 'people'),
        C('at least 30', 'killed', 30, 'at-least', 'people'),
        C('47 deaths', 'killed', 47, 'exact', 'people', id='assoc'),
        C('19 children', 'killed', 19, 'exact', 'children', sub='assoc'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='assoc'),
        C('at least 90 people had been wounded', 'injured', 90, 'at-least', 'people'),
        C('26 wounded', 'injured', 26, 'exact', 'people'),
        C('killed 12 civilians', 'killed', 12, 'exact', 'civilians'),
        C('treated 39 people', 'injured', 39, 'exact', 'people', id='msf'),
        C('14 of them children', 'injured', 14, 'exact', 'children', sub='msf'),
        C('lost several family members', 'killed', None, 'vague', 'people'),
        C('about 8,000 Rohingya had fled', 'displaced', 8000, 'approx', 'people'),
        C('more than 1 million Rohingya refugees', 'displaced', 1000000, 'at-least', 'people'),
        C('captured more than 200 soldiers', 'detained', 200, 'at-least', 'soldiers'),
        C('forcing thousands of villagers from their homes', 'displaced', None, 'vague', 'civilians',
          tags='contradicted'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('a Rohingya rights group', 'ngo'),
        S('Witnesses', 'witness'),
        S('Mohammed Salim', 'witness', form='name'),
        S('The Maungdaw Rohingya Welfare Association', 'ngo'),
        S('the Arakan Army', 'military'),
        S('the armed group', 'military'),
        S('Myanmar’s military government', 'official'),
        S('state television', 'media'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('Sophie Laurent', 'ngo', form='name'),
        S('The UN refugee agency', 'ngo'),
        S('Dhaka', 'official'),
        S('UN investigators', 'ngo'),
        S('the Arakan Army', 'military', nth=2),
        S('Rohingya activists', 'other'),
        S('the Arakan Army', 'military', nth=3),
        S('The UN', 'ngo', nth=1),
    ],
    numbers=[
        N('5pm', 'time'),
        N('35', 'age'),
        N('three surviving children', 'count-people'),
        N('age of five', 'age'),
        N('two weeks', 'duration'),
        N('2017', 'year'),
        N('some 600,000 Rohingya', 'population'),
    ])

# rr07: a medical NGO's statement on gang fighting in Cité Soleil, Port-au-Prince, Haiti
A['rr07.txt'] = dict(
    casualty=[
        C('57 patients with gunshot wounds', 'injured', 57, 'exact', 'people', id='tot'),
        C('At least seven of them have died', 'killed', 7, 'at-least', 'people', sub='tot'),
        C('Of the wounded, 22 are women', 'injured', 22, 'exact', 'women', sub='tot'),
        C('9 are children', 'injured', 9, 'exact', 'children', sub='tot'),
        C('one paramedic was wounded', 'injured', 1, 'exact', 'other'),
        C('Two of our community health workers', 'missing', 2, 'exact', 'other'),
        C('at least 32 people had been killed', 'killed', 32, 'at-least', 'people'),
        C('64 dead', 'killed', 64, 'exact', 'people', id='cdhd', tags='contradicted'),
        C('12 members of armed groups', 'killed', 12, 'exact', 'fighters', sub='cdhd'),
        C('“neutralized” 15 gang members', 'killed', 15, 'exact', 'fighters'),
        C('abducted at least 20 people', 'detained', 20, 'at-least', 'people'),
        C('nearly 5,000 people have fled', 'displaced', 5000, 'at-most', 'people'),
        C('more than 1 million Haitians already displaced', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('the organization', 'ngo'),
        S('Patients', 'witness'),
        S('Dr. Marie-Claude Jean-Baptiste', 'ngo', form='title-name'),
        S('Haiti’s civil protection agency', 'official'),
        S('The Collective for Human Rights Defense (CDHD)', 'ngo'),
        S('The Haitian National Police', 'official'),
        S('Residents', 'witness'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Dr. Jean-Baptiste', 'ngo', form='name'),
    ],
    numbers=[
        N('July 9, 2025', 'date'),
        N('under 15', 'age'),
        N('3-year-old', 'age'),
        N('2022', 'year'),
        N('Two of our ambulances', 'count-objects'),
        N('Route Nationale 1', 'other'),
        N('50 beds', 'count-objects'),
        N('148%', 'percentage'),
        N('2010', 'year'),
        N('more than 300 Haitian staff', 'count-people'),
    ])

# rr08: an attack on construction workers in Nduga regency, Highland Papua, Indonesia (state media,
# ANTARA style)
A['rr08.txt'] = dict(
    casualty=[
        C('shot dead four construction workers', 'killed', 4, 'exact', 'other'),
        C('injured two others', 'injured', 2, 'exact', 'other'),
        C('the two injured workers', 'injured', 2, 'exact', 'other', tags='repeat'),
        C('killed "five TNI soldiers', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('arrested two suspected KKB logistics suppliers', 'detained', 2, 'exact', 'people'),
        C('around 350 residents', 'displaced', 350, 'approx', 'civilians'),
        C('more than 6,000 Nduga residents', 'displaced', 6000, 'at-least', 'civilians'),
        C('23 civilians', 'killed', 23, 'exact', 'civilians'),
        C('9 soldiers', 'killed', 9, 'exact', 'soldiers'),
        C('4 police officers were killed', 'killed', 4, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Indonesian Military (TNI)', 'military'),
        S('Cenderawasih Military Regional Command spokesperson Lieutenant Colonel Yohanes Wibisono', 'military',
          form='title-name'),
        S('The West Papua National Liberation Army (TPNPB)', 'military'),
        S('Wibisono', 'military', nth=1, form='name'),
        S('The head of the Papua Peace Task Force, Police Senior Commissioner Hendra Saputra', 'official',
          form='title-name'),
        S('Saputra', 'official', nth=1, form='name'),
        S('The Nduga regency government', 'official'),
        S('The Humanitarian Coalition for Papua', 'ngo'),
        S('Data from the Papua Peace Task Force', 'official', form='document'),
        S('the regional secretary, Yosias Tabuni', 'official', form='title-name'),
    ],
    numbers=[
        N('10:30 a.m.', 'time'),
        N('12 workers', 'count-people'),
        N('six', 'count-people'),
        N('120 personnel', 'count-people'),
        N('eight months', 'duration'),
        N('Rp 100 million', 'money'),
        N('2018', 'year'),
        N('4,300-kilometre', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
