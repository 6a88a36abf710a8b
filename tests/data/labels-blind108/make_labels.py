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

# ---------------------------------------------------------------- labels (blind set 108: nr01-nr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralising / martyred / paid the supreme price / beheading / homicides / remains',
     r'\bneutralis(?:ed|ing)\b|\bmartyred\b|\bsupreme price\b|\bbeheading\b|\bhomicides\b|\bremains\b'),
    ('kidnapped / captured / taken hostage / abduct',
     r'\bkidnapped\b|\bcaptured\b|\bhostage\b|\babduct'),
    ('evacuated / forced to leave / flee', r'\bevacuated\b|\bforced to leave\b|\bflee\b'),
    ('critical / serious condition / severe burns / seriously',
     r'\bcondition\b|\bburns\b|\bseriously\b'),
    ('registered as missing / fate', r'\bregistered as missing\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers/investigators/members of the Joint Forces',
     r'\b(?:servicemen|officers|investigators|Joint Forces)\b'),
    ('bandits/insurgents/elements', r'\b(?:bandits|insurgents|elements)\b'),
    ('firefighters/postal workers/nurses/community health workers/fishermen/staff member',
     r'\b(?:firefighters|postal workers|nurses|health workers|fishermen|staff member)\b'),
    ('persons/Palestinians/families/patients/attacker',
     r'\b(?:persons|Palestinians|families|patients|attacker)\b'),
    ('boys/girls', r'\b(?:boys|girls)\b'),
]

# nr01: Russian drones and artillery on a pension queue in Bilozerske, Donetsk oblast, Ukraine (Reuters style)
A['nr01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('wounding 19', 'injured', 19, 'exact', 'people', id='inj'),
        C('two of the dead were postal workers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('four children were among the injured', 'injured', 4, 'exact', 'children', sub='inj'),
        C('one of its firefighters was hurt', 'injured', 1, 'exact', 'other'),
        C('the death toll had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('six or seven bodies', 'killed', None, 'range', 'people', low=6, high=7),
        C('killed up to 45 servicemen', 'killed', 45, 'at-most', 'soldiers', tags='contradicted'),
        C('two soldiers had been lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('evacuated 112 residents', 'displaced', 112, 'exact', 'civilians', id='ev'),
        C('31 children', 'displaced', 31, 'exact', 'children', sub='ev'),
        C('at least 1,300 civilians had been killed', 'killed', 1300, 'at-least', 'civilians'),
        C('nearly 6,000 injured', 'injured', 6000, 'at-most', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Donetsk regional governor Serhiy Moroz', 'official', form='title-name'),
        S('the State Emergency Service', 'official'),
        S('The service', 'official'),
        S("the regional prosecutor's office", 'official'),
        S('Oleksandr Hrytsenko', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('A Ukrainian military spokesman, Lt. Col. Andriy Polishchuk', 'military', form='title-name'),
        S('local authorities', 'official'),
        S('Police', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('March 11', 'date'),
        N('9-year-old', 'age'),
        N('10:15 a.m.', 'time'),
        N('roughly 20 minutes', 'duration'),
        N('67', 'age'),
        N('3,200 hryvnias', 'money'),
        N('24 hours', 'duration'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('around 15,000', 'population'),
        N('Fewer than 4,000 people', 'population'),
        N('several families', 'count-people'),
        N('2022', 'year'),
    ])

# nr02: a bandit raid on Kakihum and two villages in Mariga, Niger state, Nigeria (a Nigerian daily's own
# correspondent, headline and byline)
A['nr02.txt'] = dict(
    casualty=[
        C('kill 27', 'killed', 27, 'exact', 'people'),
        C('abduct scores', 'detained', None, 'vague', 'people'),
        C('At least 27 persons were killed', 'killed', 27, 'at-least', 'people', tags='repeat'),
        C('scores of others abducted', 'detained', None, 'vague', 'people', tags='repeat'),
        C('We buried 27 people', 'killed', 27, 'exact', 'people', id='bur', tags='repeat'),
        C('three children', 'killed', 3, 'exact', 'children', sub='bur'),
        C('We cannot find at least 40 of our people', 'missing', 40, 'at-least', 'people'),
        C('19 bodies had been recovered', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('11 persons who sustained gunshot injuries', 'injured', 11, 'exact', 'people', id='p11'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='p11'),
        C('“neutralised” 14 bandits', 'killed', 14, 'exact', 'fighters'),
        C('one soldier paid the supreme price', 'killed', 1, 'exact', 'soldiers'),
        C('two others were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('more than 600 persons had been killed', 'killed', 600, 'at-least', 'people'),
        C('over 1,000 abducted', 'detained', 1000, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('villagers', 'witness'),
        S('A community leader, Malam Ibrahim Garba', 'other', form='name'),
        S('Another resident, Hauwa Mohammed', 'witness', form='name'),
        S('The Police Public Relations Officer in the state, SP Musa Danladi', 'official', form='title-name'),
        S('Army spokesman Lt Col Ahmed Yusuf', 'military', form='title-name'),
        S('The chairman of Mariga Local Government, Hon. Yakubu Sani', 'official', form='title-name'),
        S('The Niger State Government', 'official'),
        S('A civil society group, the Niger State Peace Initiative (NSPI)', 'ngo'),
    ],
    numbers=[
        N('two neighbouring villages', 'count-objects'),
        N('more than 100', 'count-people'),
        N('about 9pm', 'time'),
        N('nearly four hours', 'duration'),
        N('34', 'age'),
        N('15-year-old', 'age'),
        N('the three villages', 'count-objects'),
        N('31 Artillery Brigade', 'other'),
        N('22 kidnapped victims', 'count-people'),
        N('two primary schools', 'count-objects'),
        N('500 bags of rice', 'count-objects'),
        N('300 mattresses', 'count-objects'),
    ])

# nr03: jihadist raids on two villages in Meluco district, Cabo Delgado, Mozambique (AFP style)
A['nr03.txt'] = dict(
    casualty=[
        C('killed at least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('beheading several of them', 'killed', None, 'vague', 'civilians', sub='tot'),
        C('11 dead', 'killed', 11, 'exact', 'people', id='q11', tags='repeat'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='q11'),
        C('Several people are still unaccounted for', 'missing', None, 'vague', 'people'),
        C('kidnapped at least six people', 'detained', 6, 'at-least', 'people', id='kid'),
        C('four girls', 'detained', 4, 'exact', 'children', sub='kid'),
        C('the overall toll at 14', 'killed', 14, 'exact', 'people', id='obs', tags='contradicted'),
        C('the bodies of three men', 'killed', 3, 'exact', 'men', sub='obs'),
        C('killed seven insurgents', 'killed', 7, 'exact', 'fighters'),
        C('captured two', 'detained', 2, 'exact', 'fighters'),
        C('losing one soldier', 'killed', 1, 'exact', 'soldiers'),
        C('fewer than 10 civilians had been killed', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('more than 5,200 people had fled', 'displaced', 5200, 'at-least', 'people', id='idp'),
        C('Approximately 2,300 of them are children', 'displaced', 2300, 'approx', 'children', sub='idp'),
        C('killed more than 6,200 people', 'killed', 6200, 'at-least', 'people'),
        C('displaced about 1.3 million people', 'displaced', 1300000, 'approx', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('a conflict monitor', 'ngo'),
        S('a district official', 'anonymous'),
        S('the official', 'anonymous'),
        S('the Cabo Delgado Observatory', 'ngo'),
        S('The observatory', 'ngo'),
        S('Rosa Momade', 'witness', form='name'),
        S('Mozambique’s defence ministry', 'military'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('the Armed Conflict Location and Event Data project (ACLED)', 'ngo'),
    ],
    numbers=[
        N('two villages', 'count-objects'),
        N('around 80 homes', 'count-objects'),
        N('some 12 kilometres', 'distance'),
        N('aged between 12 and 15', 'age'),
        N('41-year-old', 'age'),
        N('around 30,000 inhabitants', 'population'),
        N('around 4,000 soldiers and police officers', 'count-people'),
        N('the two raids', 'count-objects'),
        N('July 2021', 'date'),
        N('October 2017', 'date'),
        N('$20 billion', 'money'),
        N('about 200 kilometres', 'distance'),
        N('2021', 'year', nth=1),
    ])

# nr04: a UN OCHA flash update on inter-communal violence in Leer County, Unity State, South Sudan
A['nr04.txt'] = dict(
    casualty=[
        C('At least 38 people have been killed', 'killed', 38, 'at-least', 'people'),
        C('52 injured', 'injured', 52, 'exact', 'people'),
        C('An estimated 9,400 people have been displaced', 'displaced', 9400, 'approx', 'people'),
        C('27 people were killed', 'killed', 27, 'exact', 'people', id='first'),
        C('five women', 'killed', 5, 'exact', 'women', sub='first'),
        C('four children', 'killed', 4, 'exact', 'children', sub='first'),
        C('the death toll has since risen to at least 38', 'killed', 38, 'at-least', 'people',
          tags='repeat update'),
        C('the 52 people injured', 'injured', 52, 'exact', 'people', id='inj', tags='repeat'),
        C('31', 'injured', 31, 'exact', 'people', sub='inj'),
        C('14 with gunshot wounds', 'injured', 14, 'exact', 'people', id='air', sub='inj'),
        C('Two of the airlifted patients later died', 'killed', 2, 'exact', 'people', sub='air'),
        C('11 of their members had been killed', 'killed', 11, 'exact', 'fighters'),
        C('15–20 children', 'detained', None, 'range', 'children', low=15, high=20),
        C('an estimated 9,400 people have been displaced', 'displaced', 9400, 'approx', 'people', id='idp',
          tags='repeat'),
        C('Around 2,600 people', 'displaced', 2600, 'approx', 'people', sub='idp'),
        C('some 1,900', 'displaced', 1900, 'approx', 'people', sub='idp'),
        C('One national NGO staff member was injured', 'injured', 1, 'exact', 'other'),
    ],
    sources=[
        S('the Leer County Commissioner', 'official', form='role'),
        S('Local authorities', 'official'),
        S('the County Health Department', 'official'),
        S('Leaders of the attacking youth', 'military', form='collective'),
        S('Community leaders in Leer', 'other'),
        S('UNMISS', 'military', nth=1),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo', nth=0),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('21 May 2025', 'date'),
        N('12 to 20 May 2025', 'date'),
        N('12 May', 'date'),
        N('Two health facilities', 'count-objects', nth=0),
        N('nine staff', 'count-people', nth=0),
        N('Some US$3.1 million', 'money'),
        N('the next three months', 'duration', nth=0),
        N('12 and 13 May', 'date'),
        N('the first two days', 'duration'),
        N('thousands of head of cattle', 'count-objects'),
        N('15 and 16 May', 'date'),
        N('some 110 km', 'distance'),
        N('14 May', 'date', nth=0),
        N('roughly 60 per cent', 'percentage'),
        N('nine staff', 'count-people', nth=1),
        N('14 May', 'date', nth=1),
        N('Two health facilities', 'count-objects', nth=1),
        N('38 metric tonnes', 'quantity'),
        N('4,100 people', 'count-people'),
        N('17 and 19 May', 'date'),
        N('60,000 litres', 'quantity'),
        N('more than 900 consultations', 'count-objects'),
        N('at least 2,500 people', 'count-people'),
        N('2025', 'year', nth=2),
        N('US$1.7 billion', 'money'),
        N('27 per cent', 'percentage'),
        N('some US$3.1 million', 'money'),
        N('the next three months', 'duration', nth=1),
    ])

# nr05: a medical NGO's press release on an attack on Ngouboua, Lac province, Chad
A['nr05.txt'] = dict(
    casualty=[
        C('thousands flee', 'displaced', None, 'vague', 'people'),
        C('treated 46 wounded people', 'injured', 46, 'exact', 'people', id='inj'),
        C('Seventeen of the patients are children', 'injured', 17, 'exact', 'children', sub='inj'),
        C('nine arrived with severe burns', 'injured', 9, 'exact', 'people', sub='inj'),
        C('Four patients died of their injuries', 'killed', 4, 'exact', 'people', sub='inj'),
        C('Twelve others in critical condition', 'injured', 12, 'exact', 'people', sub='inj'),
        C('One of our nurses was among the injured', 'injured', 1, 'exact', 'other', sub='inj'),
        C('two of our community health workers are still missing', 'missing', 2, 'exact', 'other'),
        C('at least 31 people were killed', 'killed', 31, 'at-least', 'people', id='auth'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers', sub='auth'),
        C('“neutralising” around 40 Boko Haram fighters', 'killed', 40, 'approx', 'fighters'),
        C('losing six soldiers', 'killed', 6, 'exact', 'soldiers', tags='contradicted'),
        C('abducted 15 to 20 young women', 'detained', None, 'range', 'women', low=15, high=20),
        C('an estimated 12,000 people have fled', 'displaced', 12000, 'approx', 'people', id='idp'),
        C('some 4,500 people', 'displaced', 4500, 'approx', 'people', sub='idp'),
        C('more than 220,000 displaced people', 'displaced', 220000, 'at-least', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Hawa Abakar', 'ngo', form='title-name'),
        S('the provincial authorities', 'official', nth=0),
        S('The Chadian army', 'military'),
        S('Residents', 'witness'),
        S('the provincial authorities', 'official', nth=1),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('Abakar', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('4 February 2025', 'date'),
        N('1 February', 'date'),
        N('under 15', 'age'),
        N('some 40 kilometres', 'distance'),
        N('20 beds', 'count-objects'),
        N('fewer than 10 water points', 'count-objects'),
        N('2016', 'year'),
        N('five districts', 'count-objects'),
        N('eight staff', 'count-people'),
    ])

# nr06: an Israeli air strike on a building in Bani Suheila, Khan Younis, Gaza (dpa style, one sentence a
# paragraph)
A['nr06.txt'] = dict(
    casualty=[
        C('At least 19 Palestinians were killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('More than 40 other people were wounded', 'injured', 40, 'at-least', 'people', id='inj'),
        C('several of them seriously', 'injured', None, 'vague', 'people', sub='inj'),
        C('17 bodies', 'killed', 17, 'exact', 'people'),
        C('two more', 'killed', 2, 'exact', 'people'),
        C('three small children', 'killed', 3, 'exact', 'children'),
        C('the toll from the strike to 22', 'killed', 22, 'exact', 'people', tags='update'),
        C('three more bodies were recovered', 'killed', 3, 'exact', 'people'),
        C('the toll at 25', 'killed', 25, 'exact', 'people', tags='contradicted'),
        C('between six and eight people were still missing', 'missing', None, 'range', 'people', low=6, high=8),
        C('several other militants', 'killed', None, 'vague', 'fighters'),
        C('two soldiers had been seriously wounded', 'injured', 2, 'exact', 'soldiers'),
        C('killed “at least five” Israeli soldiers', 'killed', 5, 'at-least', 'soldiers', tags='contradicted'),
        C('detained 14 men', 'detained', 14, 'exact', 'men', id='det'),
        C('two paramedics', 'detained', 2, 'exact', 'other', sub='det'),
        C('around 28,000 people had been forced to leave', 'displaced', 28000, 'approx', 'people'),
        C('more than 43,000 Palestinians have been killed', 'killed', 43000, 'at-least', 'people'),
        C('over 100,000 injured', 'injured', 100000, 'at-least', 'people'),
        C('around 1,200 people were killed', 'killed', 1200, 'approx', 'people'),
        C('about 250 were taken hostage', 'detained', 250, 'approx', 'people'),
    ],
    sources=[
        S('the Hamas-run health authority', 'official'),
        S('the authority', 'official'),
        S('Nasser Hospital in Khan Younis', 'official'),
        S('Hospital spokesman Walid Abu Samra', 'official', form='title-name'),
        S('Khaled Abu Jazar', 'witness', form='name'),
        S('the health authority', 'official', nth=0),
        S('The Qatar-based broadcaster Al Jazeera', 'media'),
        S('medical sources', 'anonymous'),
        S('Gaza’s civil defence', 'official'),
        S('The Israeli military', 'military'),
        S('An army spokesman', 'military', form='role'),
        S('The military', 'military'),
        S('Hamas’s armed wing, the Qassam Brigades', 'military'),
        S('the army', 'military'),
        S('the Palestinian Red Crescent', 'ngo'),
        S('The UN humanitarian office OCHA', 'ngo'),
        S('the health authority in Gaza', 'official'),
        S('Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('38', 'age'),
        N('four-storey', 'other'),
        N('ten days', 'duration'),
        N('October 2023', 'date'),
        N('October 7, 2023', 'date'),
    ])

# nr07: a Houthi drone and shelling attack on the fish market of Mocha, Taiz governorate, Yemen (Yemeni state
# media, Saba style)
A['nr07.txt'] = dict(
    casualty=[
        C('Six civilians', 'killed', 6, 'exact', 'civilians', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('13 others wounded', 'injured', 13, 'exact', 'civilians', id='inj'),
        C('two women', 'injured', 2, 'exact', 'women', sub='inj'),
        C('four of them', 'injured', 4, 'exact', 'civilians', sub='inj'),
        C('a number of the wounded', 'injured', None, 'vague', 'civilians', sub='inj'),
        C('killed three civilians', 'killed', 3, 'exact', 'civilians', tags='contradicted'),
        C('killing a number of Houthi elements', 'killed', None, 'vague', 'fighters'),
        C('two members of the Joint Forces were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('three others injured', 'injured', 3, 'exact', 'soldiers'),
        C('a dozen fishermen had been kidnapped', 'detained', 12, 'exact', 'other', id='fish'),
        C('five of them are still missing', 'missing', 5, 'exact', 'other', sub='fish'),
        C('about 350 families had fled', 'displaced', 350, 'approx', 'people'),
        C('the number of displaced families in the district to nearly 2,800', 'displaced', 2800, 'at-most',
          'people', tags='update'),
        C('killed more than 4,000 civilians', 'killed', 4000, 'at-least', 'civilians'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('Director of the Mocha District Health Office Dr. Abdulrahman al-Sharabi', 'official',
          form='title-name'),
        S("The militia's Al-Masirah channel", 'media'),
        S('the local official', 'anonymous'),
        S('Governor of Taiz Khaled al-Absi', 'official', form='title-name'),
        S('the Joint Forces on the west coast', 'military'),
        S('The statement', 'military', form='document'),
        S("The head of the Fishermen's Association in Mocha, Ali Hassan Mansour", 'other', form='title-name'),
        S('Mansour', 'other', nth=1, form='name'),
        S('the Executive Unit for IDP Camps in Taiz', 'official'),
        S('the Taiz Human Rights Observatory', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('Nov. 9', 'date'),
        N('10-year-old', 'age'),
        N('more than 40 attacks', 'count-objects'),
        N('two other drones', 'count-objects'),
        N('about 3,000 families', 'count-people'),
        N('two weeks', 'duration'),
        N('2015', 'year'),
        N('more than 18 million people', 'count-people'),
    ])

# nr08: an ambush on state police in Tlajomulco, Jalisco, Mexico, and clandestine graves (AP style)
A['nr08.txt'] = dict(
    casualty=[
        C('killing four officers', 'killed', 4, 'exact', 'soldiers', id='tot'),
        C('wounding six', 'injured', 6, 'exact', 'soldiers', id='inj'),
        C('Two of the wounded officers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('One suspected attacker was killed', 'killed', 1, 'exact', 'people'),
        C('three others were arrested', 'detained', 3, 'exact', 'people'),
        C('as many as 10 officers had been hurt', 'injured', 10, 'at-most', 'soldiers', tags='contradicted'),
        C('the death toll had risen to five', 'killed', 5, 'exact', 'soldiers', tags='update'),
        C('one of the injured officers died', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the remains of at least 14 people', 'killed', 14, 'at-least', 'people'),
        C('the number of bodies at nine', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('More than 15,000 people are officially registered as missing', 'missing', 15000, 'at-least', 'people'),
        C('Dozens of police officers have been killed', 'killed', None, 'vague', 'soldiers'),
        C('killed seven people', 'killed', 7, 'exact', 'people', id='old'),
        C('five police investigators', 'killed', 5, 'exact', 'soldiers', sub='old'),
        C('about 30,000 homicides', 'killed', 30000, 'approx', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Jalisco Public Security Secretary Raúl Ibarra', 'official', form='title-name'),
        S('Ibarra', 'official', nth=1, form='name'),
        S('The Guadalajara news site Reporte Tapatío', 'media'),
        S('Jalisco Gov. Ernesto Villaseñor', 'official', form='title-name'),
        S('Guadalupe Ramírez', 'witness', form='name'),
        S('state prosecutors', 'official', form='collective'),
        S('a volunteer search group, Colectivo Huellas de Amor', 'other'),
        S("Jalisco's prosecutor's office", 'official'),
        S('the National Search Commission', 'official'),
        S('the national statistics institute, INEGI', 'official'),
    ],
    numbers=[
        N('6 p.m.', 'time'),
        N('two pickup trucks', 'count-objects'),
        N('at least one explosive device', 'count-objects'),
        N('17-year-old', 'age'),
        N('52', 'age'),
        N('about 15 minutes', 'duration'),
        N('about 800,000 people', 'population'),
        N('one of the places', 'other'),
        N('two years ago', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
