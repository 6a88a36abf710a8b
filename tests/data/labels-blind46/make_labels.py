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

# ---------------------------------------------------------------- labels (forty-sixth blind set: aa01-aa08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / sent to hell / neutralised / homicides / deaths',
     r'\bmartyred\b|\bsent\b.*\bto hell\b|\bneutrali[sz]ed\b|\bhomicides\b|\bdeaths\b'),
    ('picked up / captured / released', r'\bpicked up\b|\bcaptured\b|\breleased\b'),
    ('crossed the border / have left / had left / arrived / shifted',
     r'\bcrossed the border\b|\bleft\b|\barrived\b|\bshifted\b'),
    ('sustained injuries / intensive care / gunshot wounds / shrapnel wounds',
     r'\binjuries\b|\bintensive care\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('Maoists/khwarij/combatants/cadres', r'\b(?:Maoists|khwarij|combatants|cadres)\b'),
    ('jawans/servicemen/peacekeepers/VDP/sons of soil/security personnel',
     r'\b(?:jawans|servicemen|peacekeepers|VDP|sons of soil|security personnel)\b'),
    ('teenagers/minors/daughters', r'\b(?:teenagers|minors|daughters)\b'),
    ('families/suspects/patients/victims/refugees',
     r'\b(?:families|suspects|patients|victims|refugees)\b'),
    ('drivers/workers/aid worker/colleagues', r'\b(?:drivers|workers|aid worker|colleagues)\b'),
]

# aa01: gunmen firing on a street party in Esmeraldas, Ecuador (Reuters style)
A['aa01.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Another 14 people were wounded', 'injured', 14, 'exact', 'people', id='inj'),
        C('four of them seriously', 'injured', 4, 'exact', 'people', sub='inj'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('three patients remained in intensive care', 'injured', 3, 'exact', 'people', sub='inj'),
        C('arrested eight suspects', 'detained', 8, 'exact', 'people'),
        C('the toll at 15', 'killed', 15, 'exact', 'people', id='cdh', tags='contradicted'),
        C('at least three of the victims were minors', 'killed', 3, 'at-least', 'children', sub='cdh'),
        C('412 homicides', 'killed', 412, 'exact', 'people'),
        C('more than 1,200 people have been detained', 'detained', 1200, 'at-least', 'people'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('police commander Colonel Diego Montalvo', 'official', form='title-name'),
        S('Maria Angulo', 'witness', form='name'),
        S('The Delfina Torres provincial hospital', 'official'),
        S('Hospital director Gabriela Quinonez', 'official', form='title-name'),
        S('Interior Minister Monica Palacios', 'official', form='title-name'),
        S('A local rights group, the Esmeraldas Permanent Committee for Human Rights', 'ngo'),
        S('The committee', 'ngo'),
        S('the force', 'official'),
        S('government figures', 'official', form='document'),
        S('Police', 'official', nth=1),
        S('Residents', 'witness'),
        S('Jefferson Cortez', 'witness', form='name'),
    ],
    numbers=[
        N('two pickup trucks', 'count-objects'),
        N('at least six motorcycles', 'count-objects'),
        N('more than 200 rounds', 'count-objects'),
        N('less than five minutes', 'duration'),
        N('11 p.m.', 'time'),
        N('43', 'age'),
        N('17-year-old', 'age'),
        N('five rifles', 'count-objects'),
        N('almost 40 minutes', 'duration'),
        N('about 160,000 people', 'population'),
        N('one of the most violent', 'other'),
        N('roughly 70 per 100,000 residents', 'other'),
        N('January 2024', 'date'),
        N('22 gangs', 'count-objects'),
        N('29', 'age'),
        N('father of three', 'count-people'),
    ])

# aa02: a junta air strike on the market of Laukkaing, northern Shan state, Myanmar (a broadcaster's website)
A['aa02.txt'] = dict(
    casualty=[
        C('kills dozens', 'killed', None, 'vague', 'people'),
        C('At least 27 people have been killed', 'killed', 27, 'at-least', 'people'),
        C('More than 60 others were injured', 'injured', 60, 'at-least', 'people'),
        C('Between eight and 10 people were still missing', 'missing', None, 'range', 'people', low=8, high=10),
        C('41 bodies', 'killed', 41, 'exact', 'people', id='doc', tags='contradicted'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='doc'),
        C('Two of her cousins were also killed', 'killed', 2, 'exact', 'people'),
        C('killed about 30 MNDAA fighters', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('fewer than 10 civilians had been hurt', 'injured', 10, 'at-most', 'civilians', tags='contradicted'),
        C('captured more than 2,000 junta soldiers', 'detained', 2000, 'at-least', 'soldiers'),
        C('about 1,500 people had crossed the border', 'displaced', 1500, 'approx', 'people'),
        C('several people with shrapnel wounds', 'injured', None, 'vague', 'people'),
        C('almost 1,600 civilian deaths', 'killed', 1600, 'at-most', 'civilians'),
        C('Some 3.5 million people are now displaced', 'displaced', 3500000, 'approx', 'people'),
    ],
    sources=[
        S('the ethnic armed group', 'military'),
        S('The Myanmar National Democratic Alliance Army (MNDAA)', 'military'),
        S('a spokesman for the group, Li Jiawen', 'military', form='title-name'),
        S('A doctor at Laukkaing’s People’s Hospital', 'anonymous'),
        S('Yang Lihua', 'witness', form='name'),
        S('Myanmar’s military', 'military'),
        S('state broadcaster MRTV', 'media'),
        S('The statement', 'military', form='document'),
        S('Chinese state media', 'media'),
        S('The UN human rights office', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('two jets', 'count-objects'),
        N('at least four bombs', 'count-objects'),
        N('08:00', 'time'),
        N('01:30 GMT', 'time'),
        N('20 years', 'duration'),
        N('34', 'age'),
        N('January 2024', 'date'),
        N('three ethnic armed groups', 'count-objects'),
        N('2021', 'year'),
        N('less than four years', 'duration'),
    ])

# aa03: an encounter with Maoists in Abujhmarh, Narayanpur district, Chhattisgarh, India (an Indian daily's
# own correspondent)
A['aa03.txt'] = dict(
    casualty=[
        C('Nine Maoists killed', 'killed', 9, 'exact', 'fighters'),
        C('two jawans martyred', 'killed', 2, 'exact', 'soldiers'),
        C('Nine Maoists', 'killed', 9, 'exact', 'fighters', nth=1, id='tot', tags='repeat'),
        C('four women cadres', 'killed', 4, 'exact', 'women', sub='tot'),
        C('Two jawans', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('three others were injured', 'injured', 3, 'exact', 'soldiers'),
        C('Five of the dead', 'killed', 5, 'exact', 'fighters', sub='tot'),
        C('four of those killed', 'killed', 4, 'exact', 'fighters', sub='tot', tags='contradicted'),
        C('the other five were villagers', 'killed', 5, 'exact', 'civilians', sub='tot', tags='contradicted'),
        C('All nine', 'killed', 9, 'exact', 'fighters', tags='repeat'),
        C('picked up 12 to 15 young men', 'detained', None, 'range', 'men', low=12, high=15, id='det'),
        C('seven of them', 'detained', 7, 'exact', 'men', sub='det'),
        C('the two jawans', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('187 Maoists have been killed', 'killed', 187, 'exact', 'fighters'),
        C('11 security personnel have lost their lives', 'killed', 11, 'exact', 'soldiers'),
        C('Hundreds of villagers', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('police', 'official'),
        S('Inspector General of Police (Bastar range) Vivek Shukla', 'official', form='title-name'),
        S('officials', 'official'),
        S('Narayanpur Superintendent of Police Aman Tiwari', 'official', form='title-name'),
        S('the Maoists\' West Bastar Division committee', 'military'),
        S('The note', 'military', form='document'),
        S('Police', 'official', nth=3),
        S('Mr Shukla', 'official', form='name'),
        S('Residents of Kutul', 'witness'),
        S('The Superintendent of Police', 'official', form='role'),
        S('the state government', 'official'),
        S('police figures', 'official', form='document'),
    ],
    numbers=[
        N('6 am', 'time'),
        N('nearly eight hours', 'duration'),
        N('AK-47', 'other'),
        N('two INSAS rifles', 'count-objects'),
        N('.303 rifle', 'other'),
        N('Rs 8 lakh', 'money'),
        N('about 300 km', 'distance'),
        N('40 to 50 cadres', 'count-people'),
        N('Company No. 1', 'other'),
        N('Some 500 personnel', 'count-people'),
        N('Rs 10 lakh', 'money'),
        N('March 2026', 'date'),
    ])

# aa04: a militant attack on border posts in Lower Chitral, Khyber Pakhtunkhwa, Pakistan (state media, APP style)
A['aa04.txt'] = dict(
    casualty=[
        C('killing 16 terrorists', 'killed', 16, 'exact', 'fighters'),
        C('sixteen khwarij were sent to hell', 'killed', 16, 'exact', 'fighters', tags='repeat'),
        C('a number of others were injured', 'injured', None, 'vague', 'fighters'),
        C('four brave sons of soil', 'killed', 4, 'exact', 'soldiers'),
        C('Three other soldiers sustained injuries', 'injured', 3, 'exact', 'soldiers'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('Five other residents', 'injured', 5, 'exact', 'civilians', id='w'),
        C('two women', 'injured', 2, 'exact', 'women', sub='w'),
        C('around 150 families', 'displaced', 150, 'approx', 'people'),
        C('the four martyred soldiers', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('four soldiers were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('sent more than 900 khwarij to hell', 'killed', 900, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military'),
        S('the military\'s media wing', 'military'),
        S('the ISPR', 'military', nth=1),
        S('the statement', 'military', form='document'),
        S('District Police Officer Lower Chitral Iftikhar Shah', 'official', form='title-name'),
        S('Deputy Commissioner Lower Chitral Muhammad Ali Khan', 'official', form='title-name'),
        S('the Prime Minister', 'official', form='role'),
        S('A spokesman of the Afghan interim government in Kabul', 'official', form='role'),
        S('ISPR data', 'military', form='document'),
    ],
    numbers=[
        N('Oct 12', 'date'),
        N('two border posts', 'count-objects'),
        N('60 to 70 khwarij', 'count-people'),
        N('3:30 am', 'time'),
        N('12-year-old', 'age'),
        N('over 500,000', 'population'),
        N('several check posts', 'count-objects'),
        N('2,450 intelligence-based operations', 'count-objects'),
    ])

# aa05: clashes between armed groups in Birao, Vakaga, Central African Republic (UN OCHA flash update)
A['aa05.txt'] = dict(
    casualty=[
        C('At least 23 people killed', 'killed', 23, 'at-least', 'people'),
        C('58 injured', 'injured', 58, 'exact', 'people'),
        C('Some 12,400 people displaced', 'displaced', 12400, 'approx', 'people'),
        C('One aid worker killed', 'killed', 1, 'exact', 'other'),
        C('two others missing', 'missing', 2, 'exact', 'other'),
        C('the death toll stood at 23', 'killed', 23, 'exact', 'people', id='tot', tags='repeat'),
        C('15 civilians', 'killed', 15, 'exact', 'civilians', sub='tot'),
        C('eight combatants', 'killed', 8, 'exact', 'fighters', sub='tot'),
        C('31–35 dead', 'killed', None, 'range', 'people', low=31, high=35, tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('58 wounded people', 'injured', 58, 'exact', 'people', id='inj', tags='repeat'),
        C('17 of them children', 'injured', 17, 'exact', 'children', sub='inj'),
        C('Six patients with gunshot wounds', 'injured', 6, 'exact', 'people', sub='inj'),
        C('An estimated 12,400 people', 'displaced', 12400, 'approx', 'people', id='disp', tags='repeat'),
        C('Approximately 7,000 of them', 'displaced', 7000, 'approx', 'people', sub='disp'),
        C('Some 900 Sudanese refugees', 'displaced', 900, 'approx', 'people'),
        C('two peacekeepers were lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('two of his colleagues remain unaccounted for', 'missing', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the prefect of Vakaga', 'official', form='role'),
        S('Community leaders', 'other'),
        S('Health partners', 'ngo'),
        S('the Camp Coordination and Camp Management (CCCM) cluster', 'ngo'),
        S('UNHCR', 'ngo'),
        S('MINUSCA', 'military', nth=3),
        S('partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 March 2025', 'date'),
        N('four days', 'duration'),
        N('US$2.1 million', 'money'),
        N('the first 30 days', 'duration'),
        N('14 March', 'date'),
        N('at least five neighbourhoods', 'count-objects'),
        N('17 March', 'date'),
        N('14 March', 'date', nth=1),
        N('16 March', 'date'),
        N('15 March', 'date'),
        N('about 150 troops', 'count-people'),
        N('15 March', 'date', nth=1),
        N('26 non-essential staff', 'count-people'),
        N('some 1,100 km', 'distance'),
        N('17 March', 'date', nth=1),
        N('18 tonnes', 'quantity'),
        N('4,500 people', 'count-people'),
        N('US$2.1 million', 'money', nth=1),
        N('the next 30 days', 'duration'),
        N('2025', 'year', nth=1),
        N('$326 million', 'money'),
        N('11 per cent', 'percentage'),
    ])

# aa06: an ambush on a supply convoy near Barsalogho, Centre-Nord, Burkina Faso (AFP style, one sentence a
# paragraph)
A['aa06.txt'] = dict(
    casualty=[
        C('killed at least 30 people', 'killed', 30, 'at-least', 'people'),
        C('The toll is 34 dead', 'killed', 34, 'exact', 'people', id='s34'),
        C('21 civilians', 'killed', 21, 'exact', 'civilians', sub='s34'),
        C('nine VDP', 'killed', 9, 'exact', 'soldiers', sub='s34'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers', sub='s34'),
        C('two dozen other people had been wounded', 'injured', 24, 'exact', 'people'),
        C('38 bodies', 'killed', 38, 'exact', 'people', tags='contradicted'),
        C('Several drivers', 'missing', None, 'vague', 'other'),
        C('about a dozen', 'missing', 12, 'approx', 'other'),
        C('neutralised several dozen terrorists', 'killed', None, 'vague', 'fighters'),
        C('killed “more than 50 soldiers', 'killed', 50, 'at-least', 'soldiers', tags='contradicted'),
        C('killed 19 people', 'killed', 19, 'exact', 'people'),
        C('Hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('as many as 3,000 people had arrived', 'displaced', 3000, 'at-most', 'people'),
        C('more than 2 million internally displaced people', 'displaced', 2000000, 'at-least', 'people'),
        C('killed more than 26,000 people', 'killed', 26000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('A resident of Barsalogho', 'witness', form='role'),
        S('a transport union official in Kaya', 'anonymous'),
        S('The army', 'military'),
        S('national television RTB', 'media'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('residents', 'witness'),
        S('a humanitarian worker', 'anonymous'),
        S('the worker', 'anonymous'),
        S('the latest official figures', 'official', form='document'),
        S('ACLED', 'ngo'),
    ],
    numbers=[
        N('some 70 lorries', 'count-objects'),
        N('about 15 kilometres', 'distance'),
        N('two mass graves', 'count-objects'),
        N('some 25,000 inhabitants', 'population'),
        N('more than two years', 'duration'),
        N('2022', 'year'),
        N('2023', 'year'),
        N('2015', 'year'),
    ])

# aa07: a rights group's statement on a drone strike on a market near Banibangou, Tillabéri, Niger
A['aa07.txt'] = dict(
    casualty=[
        C('killed at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('buried 21 people', 'killed', 21, 'exact', 'people', id='b21', tags='contradicted'),
        C('two daughters', 'killed', 2, 'exact', 'children', sub='b21'),
        C('the names of 19 victims', 'killed', 19, 'exact', 'civilians', tags='repeat'),
        C('27 wounded', 'injured', 27, 'exact', 'people', id='inj'),
        C('nine of whom', 'injured', 9, 'exact', 'people', sub='inj'),
        C('neutralised around 40 terrorists', 'killed', 40, 'approx', 'fighters', tags='contradicted'),
        C('killed seven men', 'killed', 7, 'exact', 'men'),
        C('abducted three others', 'detained', 3, 'exact', 'men'),
        C('upwards of 1,800 people have fled', 'displaced', 1800, 'at-least', 'people'),
        C('arrested at least 11 men', 'detained', 11, 'at-least', 'men', id='arr'),
        C('Four', 'detained', 4, 'exact', 'men', sub='arr'),
        C('at least 312 civilians were killed', 'killed', 312, 'at-least', 'civilians'),
    ],
    sources=[
        S('Sahel Rights Observatory', 'ngo'),
        S('Witnesses', 'witness'),
        S('a 41-year-old herder', 'witness', form='role'),
        S('Sahel Rights Observatory', 'ngo', nth=2),
        S('A health worker at the Banibangou integrated health centre', 'anonymous'),
        S('witnesses', 'witness', nth=1),
        S('the Ministry of Defence', 'military'),
        S('state television', 'media'),
        S('Witnesses', 'witness', nth=1),
        S('relatives', 'witness', nth=1),
        S('Moussa', 'witness', form='name'),
        S('residents', 'witness'),
        S('a local official', 'anonymous', nth=1),
        S('relatives', 'witness', nth=2),
        S('Aïssata Diallo', 'ngo', form='name'),
        S('Sahel Rights Observatory', 'ngo', nth=4),
    ],
    numbers=[
        N('22 May 2025', 'date'),
        N('9 May 2025', 'date'),
        N('14 people', 'count-people'),
        N('eight witnesses', 'count-people'),
        N('two relatives', 'count-people'),
        N('around 11 a.m.', 'time'),
        N('several hundred people', 'count-people'),
        N('two explosions', 'count-objects'),
        N('one after the other', 'other'),
        N('41-year-old', 'age'),
        N('Scores of cattle', 'count-objects'),
        N('aged 6', 'age'),
        N('11 May', 'date'),
        N('70 years old', 'age'),
        N('two goats', 'count-objects'),
        N('about 12,000', 'population'),
        N('2024', 'year'),
        N('July 2023', 'date'),
        N('14 May', 'date'),
    ])

# aa08: Russian shelling and drones on Nikopol, Dnipropetrovsk oblast, Ukraine (AP style)
A['aa08.txt'] = dict(
    casualty=[
        C('killing four people', 'killed', 4, 'exact', 'people'),
        C('wounding at least 17', 'injured', 17, 'at-least', 'people', id='w'),
        C('Two children', 'injured', 2, 'exact', 'children', sub='w'),
        C('two residents were still unaccounted for', 'missing', 2, 'exact', 'civilians'),
        C('the bodies of two more people', 'killed', 2, 'exact', 'people'),
        C('the death toll to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('tens of thousands of residents have since left', 'displaced', None, 'vague', 'civilians'),
        C('killing up to 35 servicemen', 'killed', 35, 'at-most', 'soldiers', tags='contradicted'),
        C('wounding three workers', 'injured', 3, 'exact', 'other'),
        C('killed 47 civilians', 'killed', 47, 'exact', 'civilians'),
        C('wounded 290', 'injured', 290, 'exact', 'civilians'),
        C('nearly 2,300 residents have left', 'displaced', 2300, 'at-most', 'civilians', id='ev'),
        C('410 children', 'displaced', 410, 'exact', 'children', sub='ev'),
        C('more than 13,000 civilians have been killed', 'killed', 13000, 'at-least', 'civilians'),
        C('over 30,000 injured', 'injured', 30000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Regional Gov. Andriy Moroz', 'official', form='title-name'),
        S('Ukraine\'s State Emergency Service', 'official'),
        S('Moroz', 'official', nth=1, form='name'),
        S('Valentyna Hrytsenko', 'witness', form='name'),
        S('local officials', 'official'),
        S('Petro Kravets', 'official', form='name'),
        S('Russia\'s Defense Ministry', 'military'),
        S('Col. Ihor Petrenko', 'military', form='title-name'),
        S('Moscow-installed officials in Enerhodar', 'official'),
        S('the regional prosecutor\'s office', 'official'),
        S('the military administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('five-story', 'other'),
        N('71-year-old', 'age'),
        N('aged 8 and 13', 'age'),
        N('11 people', 'count-people'),
        N('64', 'age'),
        N('March 2022', 'date'),
        N('about 105,000', 'population'),
        N('more than 40 private homes', 'count-objects'),
        N('some 8,000 homes', 'count-objects'),
        N('several hours', 'duration'),
        N('the first six months', 'duration'),
        N('February 2022', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
