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

# ---------------------------------------------------------------- labels (blind set 42: ee01-ee08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / fallen on the field of honour / sent … to hell / neutralised / succumbed / shot dead',
     r'\bmartyred\b|\bfallen\b|\bto hell\b|\bneutrali[sz]'),
    ('taken into custody / apprehended / rounded up / took away / remain in detention / held',
     r'\bcustody\b|\bapprehend|\brounded up\b|\btook away\b|\bdetention\b|\bheld\b'),
    ('left / arrived / moved towards / hiding in the bush', r'\bleft\b|\barrived\b|\bmoved\b|\bhiding\b'),
    ('gunshot wounds / critical / treated', r'\bgunshot\b|\bcritical|\btreated\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('attackers/gunmen/assailants/terrorists/jihadists/VDP',
     r'\b(?:attackers|gunmen|assailants|terrorists|jihadists|VDP)\b'),
    ('security personnel/officers/police', r'\b(?:security personnel|officers|police)\b'),
    ('elders/teachers/aid workers/families/suspects/young men',
     r'\b(?:elders|teachers|families|suspects|young men)\b'),
    ('Somalis/girls', r'\b(?:Somalis|girls)\b'),
]

# ee01: al Shabaab car bomb and siege of a hotel in Dhusamareb, Galmudug, Somalia (Reuters style)
A['ee01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('11 civilians', 'killed', 11, 'exact', 'civilians', sub='tot'),
        C('five soldiers', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('three of the attackers', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('32 people had been wounded', 'injured', 32, 'exact', 'people', id='inj'),
        C('14 bodies', 'killed', 14, 'exact', 'people'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='hosp'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='hosp'),
        C('killed "more than 40 apostate soldiers', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('the death toll to 23', 'killed', 23, 'exact', 'people', id='upd', tags='update'),
        C('four more of the wounded had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('two traditional elders', 'killed', 2, 'exact', 'people', sub='upd'),
        C('Up to 10 hotel staff were still unaccounted for', 'missing', 10, 'at-most', 'other'),
        C('arrested nine suspects', 'detained', 9, 'exact', 'people', id='arr'),
        C('two men', 'detained', 2, 'exact', 'men', sub='arr'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('more than 3.5 million Somalis are internally displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official', form='collective'),
        S('a hospital official', 'anonymous'),
        S('Police Captain Abdirahman Nur', 'official', form='title-name'),
        S('Nur', 'official', nth=1, form='name'),
        S('Dr. Faadumo Hassan', 'official', form='title-name'),
        S('Al Shabaab', 'military', nth=1),
        S("The group's Andalus radio", 'media'),
        S("Galmudug's security minister, Mohamed Abdi Hirsi", 'official', form='title-name'),
        S('Hirsi', 'official', nth=1, form='name'),
        S('one of the delegates', 'anonymous'),
        S('A senior police officer', 'anonymous'),
        S('the officer', 'anonymous'),
        S("Somalia's information ministry", 'official'),
        S('Residents', 'witness'),
        S('Halima Warsame', 'witness', form='name'),
        S('The U.N. humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('nearly six hours', 'duration'),
        N('two surgeons', 'count-people'),
        N('about 60 elders', 'count-people'),
        N('one of the delegates', 'count-people'),
        N('two checkpoints', 'count-objects'),
        N('38-year-old', 'age'),
        N('2007', 'year'),
        N('several towns', 'count-objects'),
        N('2022', 'year'),
        N('about 500 km', 'distance'),
        N('310 miles', 'distance'),
    ])

# ee02: suicide car bomb on a convoy near Mir Ali, North Waziristan, Pakistan (a Pakistani daily's
# own correspondent)
A['ee02.txt'] = dict(
    casualty=[
        C('Six soldiers martyred', 'killed', 6, 'exact', 'soldiers'),
        C('four civilians killed', 'killed', 4, 'exact', 'civilians'),
        C('Six soldiers were martyred', 'killed', 6, 'exact', 'soldiers', tags='repeat'),
        C('11 others injured', 'injured', 11, 'exact', 'soldiers', id='inj'),
        C('sent four terrorists to hell', 'killed', 4, 'exact', 'fighters'),
        C('two others were apprehended', 'detained', 2, 'exact', 'fighters'),
        C('three of the injured soldiers', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('the bodies of four civilians', 'killed', 4, 'exact', 'civilians', tags='repeat'),
        C('nine other civilians', 'injured', 9, 'exact', 'civilians', id='civinj'),
        C('one of the injured civilians succumbed', 'killed', 1, 'exact', 'civilians', sub='civinj'),
        C('the civilian death toll to five', 'killed', 5, 'exact', 'civilians', tags='update'),
        C('more than 20 soldiers’ had been killed', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('17 suspects had been taken into custody', 'detained', 17, 'exact', 'people'),
        C('250 to 300 families had left', 'displaced', None, 'range', 'people', low=250, high=300),
        C('upwards of 90 security personnel were martyred', 'killed', 90, 'at-least', 'soldiers'),
        C('61', 'killed', 61, 'exact', 'soldiers'),
        C('displaced nearly 1 million people', 'displaced', 1000000, 'at-most', 'people'),
    ],
    sources=[
        S('the military’s media wing', 'military'),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the statement', 'military', form='document'),
        S('the ISPR', 'military'),
        S('the army chief', 'military', form='role'),
        S('Officials at the District Headquarters Hospital in Mir Ali', 'official'),
        S('A doctor at the hospital', 'anonymous'),
        S('A faction of the Hafiz Gul Bahadur group', 'military'),
        S('District Police Officer Nasir Khan', 'official', form='title-name'),
        S('Local elders', 'other'),
        S('Malik Jan Wazir', 'other', form='name'),
        S('the provincial chief minister', 'official', form='role'),
        S('the Pakistan Institute for Conflict and Security Studies (PICSS)', 'ngo'),
    ],
    numbers=[
        N('7:40am', 'time'),
        N('12-year-old', 'age'),
        N('thousands of residents', 'count-people'),
        N('Rs1 million', 'money'),
        N('Rs300,000', 'money'),
        N('the first eight months', 'duration'),
        N('2023', 'year'),
        N('2014', 'year'),
    ])

# ee03: jihadist attack on the army base in Gorom-Gorom, Oudalan, Burkina Faso (AFP style)
A['ee03.txt'] = dict(
    casualty=[
        C('killed at least 34 soldiers', 'killed', 34, 'at-least', 'soldiers', id='tot'),
        C('dozens of “terrorists” had been neutralised', 'killed', None, 'vague', 'fighters'),
        C('21 soldiers', 'killed', 21, 'exact', 'soldiers', sub='tot'),
        C('13 VDP were killed', 'killed', 13, 'exact', 'soldiers', sub='tot'),
        C('more than 40 wounded', 'injured', 40, 'at-least', 'soldiers'),
        C('“several dozen terrorists” were neutralised', 'killed', None, 'vague', 'fighters', tags='repeat'),
        C('its own losses at 12 soldiers', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('19 others were wounded', 'injured', 19, 'exact', 'soldiers', tags='contradicted'),
        C('at least seven civilians', 'killed', 7, 'at-least', 'civilians', id='civ'),
        C('two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('took away 15 or 20 young men', 'detained', None, 'range', 'men', low=15, high=20),
        C('killed “more than 100 soldiers', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('23 wounded civilians', 'injured', 23, 'exact', 'civilians', id='dori'),
        C('five of whom later died', 'killed', 5, 'exact', 'civilians', sub='dori'),
        C('as many as 6,000 people had fled', 'displaced', 6000, 'at-most', 'people'),
        C('the more than 2 million already displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('the ruling junta', 'official'),
        S('a security source', 'anonymous'),
        S('a second security source', 'anonymous'),
        S('state television RTB', 'media'),
        S('the army general staff', 'military'),
        S('Residents', 'witness'),
        S('a resident', 'anonymous'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('A humanitarian worker in Dori', 'anonymous'),
        S('The UN humanitarian agency OCHA', 'ngo'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('Hundreds of fighters', 'count-people'),
        N('around three hours', 'duration'),
        N('14 vehicles', 'count-objects'),
        N('about 50 kilometres', 'distance'),
        N('some 280 kilometres', 'distance'),
        N('September 2022', 'date'),
        N('tens of thousands of VDP', 'count-people'),
        N('2015', 'year'),
    ])

# ee04: gunmen's attacks on a police station and a market in Ihiala, Anambra state, Nigeria
# (a broadcaster's web story, BBC style)
A['ee04.txt'] = dict(
    casualty=[
        C('killed at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('eight police officers', 'killed', 8, 'exact', 'soldiers', sub='tot'),
        C('shot dead six civilians', 'killed', 6, 'exact', 'civilians', sub='tot'),
        C('“neutralised” three of the gunmen', 'killed', 3, 'exact', 'fighters'),
        C('a dozen people were being treated for gunshot wounds', 'injured', 12, 'exact', 'people'),
        C('two more officers had died', 'killed', 2, 'exact', 'soldiers'),
        C('the number of police killed to 10', 'killed', 10, 'exact', 'soldiers', tags='update'),
        C('11 bodies', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('arrested 37 suspects', 'detained', 37, 'exact', 'people'),
        C('rounded up more than 200 young men', 'detained', 200, 'at-least', 'men', id='yg', tags='contradicted'),
        C('at least four of them had been shot dead', 'killed', 4, 'at-least', 'men', sub='yg'),
        C('Hundreds of people have fled', 'displaced', None, 'vague', 'people'),
        C('more than 1,500 people have been killed', 'killed', 1500, 'at-least', 'people', id='reg'),
        C('some 400 security personnel', 'killed', 400, 'approx', 'soldiers', sub='reg'),
    ],
    sources=[
        S('police', 'official', nth=2, form='collective'),
        S('state police spokesman Chinedu Okafor', 'official', form='title-name'),
        S('Mr Okafor', 'official', form='name'),
        S('the police', 'official', form='collective'),
        S('Residents', 'witness'),
        S('Emeka', 'witness', form='name'),
        S('the authorities', 'official'),
        S('Ipob', 'military', nth=1),
        S('Anambra’s state government', 'official'),
        S('a local human rights group, the Anambra Civil Rights Forum', 'ngo'),
        S('the town’s traditional ruler, Igwe Obinna Nwosu', 'other', form='title-name'),
        S('The Lagos-based research firm Delta Risk Analytics', 'ngo'),
    ],
    numbers=[
        N('four cars', 'count-objects'),
        N('two AK-47 rifles', 'count-objects'),
        N('the two towns', 'count-objects'),
        N('two days', 'duration'),
        N('about 40km', 'distance'),
        N('2021', 'year'),
        N('2021', 'year', nth=1),
    ])

# ee05: an army reprisal raid on two villages near Mamfe, South-West region, Cameroon
# (a human-rights NGO's statement)
A['ee05.txt'] = dict(
    casualty=[
        C('killed at least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('killing four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('shot dead seven people', 'killed', 7, 'exact', 'people', sub='tot'),
        C('four', 'killed', 4, 'exact', 'people', nth=1, sub='tot'),
        C('arrested two dozen men', 'detained', 24, 'exact', 'men', id='arr'),
        C('9 of them remain in detention', 'detained', 9, 'exact', 'men', sub='arr'),
        C('14 people with gunshot wounds', 'injured', 14, 'exact', 'people', id='inj'),
        C('two children', 'injured', 2, 'exact', 'children', sub='inj'),
        C('neutralized seven terrorists', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('the nine men held', 'detained', 9, 'exact', 'men', tags='repeat'),
        C('abducted six teachers', 'detained', 6, 'exact', 'other', id='abd'),
        C('two remain missing', 'missing', 2, 'exact', 'other', sub='abd'),
        C('almost 600,000 people remain displaced', 'displaced', 600000, 'at-most', 'people'),
        C('over 6,000 people have been killed', 'killed', 6000, 'at-least', 'people'),
    ],
    sources=[
        S('the Africa Accountability Project', 'ngo'),
        S('the Defense Ministry', 'military'),
        S('Witnesses', 'witness'),
        S('a 34-year-old woman from Egbekaw', 'witness', form='role'),
        S('Relatives', 'witness'),
        S('Health workers at the Mamfe District Hospital', 'anonymous'),
        S('a nurse', 'anonymous'),
        S('the army', 'military'),
        S('Nadia Mbarga', 'ngo', form='name'),
        S('a teachers’ union', 'other'),
        S('The United Nations Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('May 14, 2025', 'date'),
        N('72-year-old', 'age'),
        N('two villages', 'count-objects'),
        N('April 20', 'date'),
        N('May 5', 'date'),
        N('31 people', 'count-people'),
        N('19 witnesses', 'count-people'),
        N('two health workers', 'count-people'),
        N('April 12', 'date'),
        N('at least 40 homes', 'count-objects'),
        N('34-year-old', 'age'),
        N('between 50,000 and 100,000 CFA francs', 'money'),
        N('US$80 to $160', 'money'),
        N('April 14', 'date'),
        N('the two villages', 'count-objects'),
        N('April 28', 'date'),
        N('Four were released', 'count-people'),
        N('10 days', 'duration'),
        N('2017', 'year'),
        N('2018', 'year'),
    ])

# ee06: jihadist attacks on three villages near Kolokani, Koulikoro region, Mali (dpa style, one
# sentence a paragraph)
A['ee06.txt'] = dict(
    casualty=[
        C('killed at least 22 civilians', 'killed', 22, 'at-least', 'civilians', id='tot'),
        C('killed 14 people', 'killed', 14, 'exact', 'people', id='sira', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='sira'),
        C('eight bodies', 'killed', 8, 'exact', 'civilians', sub='tot'),
        C('five to eight people were still missing', 'missing', None, 'range', 'people', low=5, high=8),
        C('"neutralised" around 15 terrorists', 'killed', 15, 'approx', 'fighters'),
        C('fewer than 10 civilians had been killed', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('17 wounded people', 'injured', 17, 'exact', 'people', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('the death toll at 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('killed 30 of them', 'killed', 30, 'exact', 'fighters', tags='contradicted'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('arrested 12 suspected jihadists', 'detained', 12, 'exact', 'fighters'),
        C('killed 27 villagers', 'killed', 27, 'exact', 'civilians'),
        C('some 330,000 people are internally displaced', 'displaced', 330000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('A member of the local youth association', 'anonymous'),
        S("Mali's armed forces", 'military'),
        S('An army spokesman', 'military', form='role'),
        S('A health worker at the Kolokani referral health centre', 'anonymous'),
        S('the mayor of Kolokani, Bakary Coulibaly', 'official', form='title-name'),
        S('The Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('Residents of Kolokani', 'witness'),
        S('Fatoumata Diarra', 'witness', form='name'),
        S('the army', 'military', nth=1),
        S('the UN humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('about 300 head of cattle', 'count-objects'),
        N('only one ambulance', 'count-objects'),
        N('41', 'age'),
        N('25 kilometres', 'distance'),
        N('her five children', 'count-people'),
        N('2012', 'year'),
        N('2023', 'year'),
        N('2023', 'year', nth=1),
    ])

# ee07: an armed groups' attack on Bama and its IDP camp, Borno state, Nigeria (UN OCHA flash update)
A['ee07.txt'] = dict(
    casualty=[
        C('At least 27 civilians killed', 'killed', 27, 'at-least', 'civilians'),
        C('48 people injured', 'injured', 48, 'exact', 'people'),
        C('An estimated 11,400 people have fled', 'displaced', 11400, 'approx', 'people'),
        C('thousands more', 'displaced', None, 'vague', 'people'),
        C('about 23,000 internally displaced people', 'displaced', 23000, 'approx', 'people'),
        C('27 civilians were killed', 'killed', 27, 'exact', 'civilians', id='sema', tags='repeat'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='sema'),
        C('6 women', 'killed', 6, 'exact', 'women', sub='sema'),
        C('48 people were injured', 'injured', 48, 'exact', 'people', id='inj', tags='repeat'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='inj'),
        C('Two aid workers', 'injured', 2, 'exact', 'other', sub='inj'),
        C('abducted 12–15 women and girls', 'detained', None, 'range', 'women', low=12, high=15),
        C('killing “scores of terrorists', 'killed', None, 'vague', 'fighters'),
        C('three soldiers were killed', 'killed', 3, 'exact', 'soldiers'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('the civilian death toll higher, at 35', 'killed', 35, 'exact', 'civilians', tags='contradicted'),
        C('several bodies had been found', 'killed', None, 'vague', 'people'),
        C('the civilian toll to 31', 'killed', 31, 'exact', 'civilians', tags='update'),
        C('four of the injured died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('23 of the injured', 'injured', 23, 'exact', 'people', sub='inj'),
        C('an estimated 11,400 people fled', 'displaced', 11400, 'approx', 'people', id='dtm', tags='repeat'),
        C('about 6,200 children', 'displaced', 6200, 'approx', 'children', sub='dtm'),
        C('roughly 7,900 people', 'displaced', 7900, 'approx', 'people', sub='dtm'),
        C('approximately 2,100', 'displaced', 2100, 'approx', 'people', sub='dtm'),
    ],
    sources=[
        S('the Borno State Emergency Management Agency (SEMA)', 'official'),
        S('Local authorities', 'official'),
        S('The Nigerian Army', 'military'),
        S('Community leaders in Bama', 'other'),
        S('SEMA', 'official', nth=1),
        S('the International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('partners', 'ngo', form='collective'),
        S('the World Health Organization (WHO)', 'ngo'),
        S('the Humanitarian Coordinator in Nigeria, Elsa Møller', 'ngo', form='title-name'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 September 2025', 'date'),
        N('15 September', 'date'),
        N('Three humanitarian facilities', 'count-objects'),
        N('15 September', 'date', nth=1),
        N('17 September', 'date'),
        N('18 September', 'date', nth=1),
        N('between 15 and 17 September', 'date'),
        N('more than 1,500 households', 'count-people'),
        N('two water points', 'count-objects'),
        N('212 consultations', 'count-objects'),
        N('16 September', 'date'),
        N('9,800 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$910 million', 'money'),
        N('34 per cent', 'percentage'),
        N('+234 809 555 0142', 'other'),
    ])

# ee08: a complex attack on the military camp in Kati near Bamako, Mali (state media, AMAP style)
A['ee08.txt'] = dict(
    casualty=[
        C('41 assailants neutralised', 'killed', 41, 'exact', 'fighters'),
        C('neutralise 41 assailants', 'killed', 41, 'exact', 'fighters', tags='repeat'),
        C('apprehend 8 others', 'detained', 8, 'exact', 'fighters', id='arr'),
        C('2 wounded', 'injured', 2, 'exact', 'fighters', sub='arr'),
        C('4 soldiers fallen on the field of honour', 'killed', 4, 'exact', 'soldiers'),
        C('one civilian killed', 'killed', 1, 'exact', 'civilians'),
        C('19 soldiers wounded', 'injured', 19, 'exact', 'soldiers'),
        C('12 suspects were apprehended', 'detained', 12, 'exact', 'people'),
        C('26 wounded people had been admitted', 'injured', 26, 'exact', 'people', id='hosp'),
        C('7 civilians', 'injured', 7, 'exact', 'civilians', sub='hosp'),
        C('the toll to 52 terrorists neutralised', 'killed', 52, 'exact', 'fighters', tags='update'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('killed dozens of soldiers', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('about 200 families', 'displaced', 200, 'approx', 'people'),
    ],
    sources=[
        S('the General Staff of the Armies', 'military'),
        S('the communiqué', 'military', form='document'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('the General Staff', 'military', nth=1),
        S('The director of the Kati hospital, Dr Aminata Traoré', 'official', form='title-name'),
        S('The President of the Transition', 'official', form='role'),
        S('the General Staff', 'military', nth=2),
        S('the Minister of Security and Civil Protection, General Moussa Sangaré', 'official', form='title-name'),
        S('The terrorist group JNIM', 'military'),
        S('the Minister', 'official', nth=1, form='role'),
        S('the mayor of Kati', 'official', form='role'),
    ],
    numbers=[
        N('9 March 2025', 'date'),
        N('15 km', 'distance'),
        N('5:30 am', 'time'),
        N('two vehicles', 'count-objects'),
        N('three days', 'duration'),
        N('about 120,000 inhabitants', 'population'),
        N('July 2022', 'date'),
        N('80 00 11 14', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
