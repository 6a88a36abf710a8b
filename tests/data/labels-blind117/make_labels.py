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

# ---------------------------------------------------------------- labels (blind set 117: yr01-yr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / martyrs / neutralised / eliminated / fell with arms in hand / hacked to death / shot',
     r'\bmartyr|\bneutralis|\beliminated\b|\bfell\b|\bhacked\b|\bshot\b'),
    ('buried / died in custody', r'\bburied\b|\bcustody\b'),
    ('capture / freed … hostages / remain in detention', r'\bcapture\b|\bhostages\b|\bdetention\b'),
    ('left / crossed into / sheltering / arrived', r'\bleft\b|\bcrossed into\b|\bsheltering\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/personnel/VDP', r'\b(?:servicemen|personnel|VDP)\b'),
    ('rescuers/miners/nurses', r'\b(?:rescuers|miners|nurses)\b'),
    ('teenagers/minors', r'\b(?:teenagers|minors)\b'),
    ('martyrs/khwarij/members/terrorists/suspects/accomplices',
     r'\b(?:martyrs|khwarij|members|terrorists|suspects|accomplices)\b'),
    ('families/households/persons/passers-by/patients/hostages',
     r'\b(?:families|households|persons|passers-by|patients|hostages)\b'),
]

# yr01: a guided bomb and drones on Ripky, Chernihiv oblast, Ukraine (Reuters style, American spelling)
A['yr01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 23 others', 'injured', 23, 'exact', 'people', id='inj'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('four of the wounded', 'injured', 4, 'exact', 'people', sub='inj'),
        C('Three people were still unaccounted for', 'missing', 3, 'exact', 'people'),
        C('Two rescuers were hurt', 'injured', 2, 'exact', 'other'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('recovered three more bodies', 'killed', 3, 'exact', 'people'),
        C('eliminated up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('five or six bodies', 'killed', None, 'range', 'people', low=5, high=6),
        C('12 dead', 'killed', 12, 'exact', 'people', tags='repeat'),
        C('27 injured', 'injured', 27, 'exact', 'people', tags='update'),
        C('almost 300 residents had left Ripky', 'displaced', 300, 'at-most', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Regional governor Oleksandr Hrytsenko', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official', nth=0),
        S('the service', 'official', nth=1),
        S("Russia's Defense Ministry", 'military'),
        S("The spokesman for Ukraine's Northern Operational Command, Vadym Lysenko", 'military', form='title-name'),
        S('Valentyna Koval', 'witness', form='name'),
        S("Ukraine's Prosecutor General's Office", 'official'),
        S('Local authorities', 'official'),
    ],
    numbers=[
        N('Nov 4', 'date'),
        N('aged 6 and 11', 'age'),
        N('five-story', 'other'),
        N('14 people', 'count-people'),
        N('about 40 minutes', 'duration'),
        N('73-year-old', 'age'),
        N('31 of the 45 drones', 'count-objects'),
        N('58', 'age'),
        N('about 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('dozens more', 'count-people'),
        N('February 2022', 'date'),
        N('around 950,000', 'population'),
    ])

# yr02: air strikes on the livestock market of Tulus, South Darfur, Sudan (an NGO's press statement)
A['yr02.txt'] = dict(
    casualty=[
        C('87 wounded people', 'injured', 87, 'exact', 'people', id='tot'),
        C('Eleven of the wounded died', 'killed', 11, 'exact', 'people', sub='tot'),
        C('26 children', 'injured', 26, 'exact', 'children', sub='tot'),
        C('19 women', 'injured', 19, 'exact', 'women', sub='tot'),
        C('12 critically injured patients', 'injured', 12, 'exact', 'people', sub='tot'),
        C('10–15 patients', 'injured', None, 'range', 'people', low=10, high=15),
        C('at least 34 people were killed', 'killed', 34, 'at-least', 'people'),
        C('detained around 20 young men', 'detained', 20, 'approx', 'men'),
        C('the death toll at 52', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('more than 60 martyrs” had been buried', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('killing “dozens of rebel fighters”', 'killed', None, 'vague', 'fighters'),
        C('One of our nurses was slightly injured', 'injured', 1, 'exact', 'other'),
        C('forced roughly 45,000 people from their homes', 'displaced', 45000, 'approx', 'people', id='idp'),
        C('Several thousand of them', 'displaced', None, 'vague', 'people', sub='idp'),
    ],
    sources=[
        S('the medical organisation', 'ngo'),
        S('Dr Lucia Ferrante', 'ngo', form='title-name'),
        S('Local community leaders', 'other'),
        S('Residents', 'witness'),
        S('The civil administration in Tulus', 'official'),
        S('An RSF spokesman', 'military', form='role'),
        S('The Sudanese army', 'military'),
        S('Military spokesman Brigadier General Hassan al-Tayeb', 'military', form='title-name'),
        S('the UN’s International Organization for Migration (IOM)', 'ngo'),
        S('Ferrante', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('12 February 2025', 'date'),
        N('48 hours', 'duration'),
        N('18 months', 'age'),
        N('41 operations', 'count-objects'),
        N('more than 150 km', 'distance'),
        N('two mobile clinics', 'count-objects'),
        N('2014', 'year'),
        N('nine health facilities', 'count-objects'),
        N('60 beds', 'count-objects'),
        N('about 200,000', 'population'),
    ])

# yr03: a separatist raid on a village near Tombel, South-West region, Cameroon (AFP style)
A['yr03.txt'] = dict(
    casualty=[
        C('killed at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('Six of the victims were shot', 'killed', 6, 'exact', 'people', sub='tot'),
        C('two were hacked to death', 'killed', 2, 'exact', 'people', sub='tot'),
        C('11 wounded people', 'injured', 11, 'exact', 'people', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('three of them in a critical condition', 'injured', 3, 'exact', 'people', sub='inj'),
        C('the toll had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('neutralised seven terrorists', 'killed', 7, 'exact', 'fighters'),
        C('freed a dozen hostages', 'detained', 12, 'exact', 'people', id='host'),
        C('two women', 'detained', 2, 'exact', 'women', sub='host'),
        C('Two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('killed as many as 15 civilians', 'killed', 15, 'at-most', 'civilians'),
        C('thousands of villagers had fled', 'displaced', None, 'vague', 'civilians'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('forced some 600,000 from their homes', 'displaced', 600000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('security sources', 'anonymous'),
        S('a senior administrative official in Tombel', 'anonymous'),
        S('the official', 'anonymous'),
        S('A nurse at Tombel district hospital', 'anonymous'),
        S('South-West regional governor Felix Nkongho', 'official', form='title-name'),
        S('The army', 'military'),
        S('the statement', 'military', form='document'),
        S('The Ambazonia Defence Forces (ADF)', 'military'),
        S('A spokesman for the group', 'military', form='role'),
        S('Peter Ndive', 'other', form='name'),
        S('the International Crisis Group', 'ngo'),
    ],
    numbers=[
        N('Around 30 armed men', 'count-people'),
        N('some 40 homes', 'count-objects'),
        N('more than three weeks', 'duration'),
        N('one of the main separatist groups', 'other'),
        N('60 kilometres', 'distance'),
        N('2017', 'year'),
        N('around 28 million people', 'population'),
    ])

# yr04: an attack on the commune of Kaïn, Yatenga province, Burkina Faso (state news agency, AIB style)
A['yr04.txt'] = dict(
    casualty=[
        C('neutralise more than 80 terrorists', 'killed', 80, 'at-least', 'fighters'),
        C('eight soldiers', 'killed', 8, 'exact', 'soldiers'),
        C('five VDP fell', 'killed', 5, 'exact', 'soldiers'),
        C('17 others were wounded', 'injured', 17, 'exact', 'soldiers'),
        C('killed 11 civilians', 'killed', 11, 'exact', 'civilians', id='civ'),
        C('three women', 'killed', 3, 'exact', 'women', sub='civ'),
        C('between 15 and 20 residents', 'missing', None, 'range', 'civilians', low=15, high=20),
        C('approximately 2,400 internally displaced persons', 'displaced', 2400, 'approx', 'people'),
        C('arrested four suspected accomplices', 'detained', 4, 'exact', 'people'),
        C('neutralised about 30 fighters', 'killed', 30, 'approx', 'fighters'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('forced more than 2 million people from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('the General Staff of the Armies', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the General Staff', 'military', nth=1),
        S('the communiqué', 'military', nth=1, form='document'),
        S('The Governor of the North region, Colonel Ismaël Sawadogo', 'official', form='title-name'),
        S('the Governor', 'official', form='role'),
        S('Local sources', 'anonymous'),
        S('Colonel Sawadogo', 'official', form='title-name'),
        S('the General Staff', 'military', nth=2),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('22 April 2025', 'date'),
        N('around 5:30 a.m.', 'time'),
        N('hundreds of terrorists', 'count-people'),
        N('three directions', 'other'),
        N('46 motorcycles', 'count-objects'),
        N('31 AK-47 rifles', 'count-objects'),
        N('two machine guns', 'count-objects'),
        N('several boxes of ammunition', 'count-objects'),
        N('16-year-old', 'age'),
        N('17 April', 'date'),
        N('about 40 km', 'distance'),
        N('two terrorist bases', 'count-objects'),
        N('around 30,000 inhabitants', 'population'),
        N('2015', 'year'),
        N('1010', 'other'),
    ])

# yr05: the killing of miners near Cáceres, Antioquia, Colombia (dpa style, one sentence a paragraph)
A['yr05.txt'] = dict(
    casualty=[
        C('killed seven people', 'killed', 7, 'exact', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Three other miners were wounded', 'injured', 3, 'exact', 'other'),
        C('eight dead', 'killed', 8, 'exact', 'people', tags='contradicted'),
        C('127 people had been killed', 'killed', 127, 'exact', 'people'),
        C('more than 400 people had fled', 'displaced', 400, 'at-least', 'people'),
        C('the number of displaced at 137 families', 'displaced', 137, 'exact', 'people'),
        C('about 520 people', 'displaced', 520, 'approx', 'people', tags='repeat'),
        C('two others were injured', 'injured', 2, 'exact', 'soldiers'),
        C('the capture of 14 alleged members', 'detained', 14, 'exact', 'fighters'),
        C('upwards of 8,000 displaced people', 'displaced', 8000, 'at-least', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Cáceres mayor Luis Fernando Arrieta', 'official', form='title-name'),
        S('The regional newspaper El Colombiano', 'media'),
        S('relatives of the victims', 'witness'),
        S('the Institute for Development and Peace Studies (Indepaz)', 'ngo'),
        S('Indepaz', 'ngo', nth=1),
        S('Police', 'official'),
        S('The Clan del Golfo', 'military'),
        S("The Antioquia governor's office", 'official'),
        S('Residents', 'witness'),
        S("The municipal ombudsman's office", 'official'),
        S("the national Ombudsman's Office", 'official'),
        S('the army', 'military'),
        S('The army', 'military'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('aged 15 and 17', 'age'),
        N('about 25 kilometres', 'distance'),
        N('the 38th massacre', 'other'),
        N('three or more people', 'other'),
        N('2025', 'year'),
        N('up to 200 million pesos', 'money'),
        N('about 48,000 dollars', 'money'),
        N('At least 60 families', 'count-people'),
        N('two neighbouring villages', 'count-objects'),
        N('several armed groups', 'count-objects'),
        N('some 300,000 people', 'population'),
    ])

# yr06: an airstrike on a monastery in Pinlaung township, Shan state, Myanmar (broadcaster, VOA style)
A['yr06.txt'] = dict(
    casualty=[
        C('killed at least 17 people', 'killed', 17, 'at-least', 'people', id='tot'),
        C('pulled out 17 bodies', 'killed', 17, 'exact', 'people', id='b17', tags='repeat'),
        C('Nine of them were children', 'killed', 9, 'exact', 'children', sub='b17'),
        C('Over 30 people are injured', 'injured', 30, 'at-least', 'people', id='inj'),
        C('a handful of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('19 civilians had been killed', 'killed', 19, 'exact', 'civilians', id='pnla', tags='contradicted'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='pnla'),
        C('six women', 'killed', 6, 'exact', 'women', sub='pnla'),
        C('34 wounded', 'injured', 34, 'exact', 'civilians'),
        C('around 40 PDF and PNLA members” had been killed', 'killed', 40, 'approx', 'fighters',
          tags='contradicted'),
        C('fewer than 10 civilians” might have been hurt', 'injured', 10, 'at-most', 'civilians',
          tags='contradicted'),
        C('About 60,000 people have fled their homes', 'displaced', 60000, 'approx', 'people'),
        C('more than 3.5 million people are displaced', 'displaced', 3500000, 'at-least', 'people'),
        C('detained 23 men', 'detained', 23, 'exact', 'men'),
        C('more than 22,000 people remain in detention', 'detained', 22000, 'at-least', 'people'),
        C('at least 2,100 have died in custody', 'killed', 2100, 'at-least', 'people'),
    ],
    sources=[
        S('local rescuers', 'other'),
        S('a resistance group', 'military'),
        S('a member of the Pinlaung Rescue Team', 'anonymous'),
        S('The Pa-O National Liberation Army (PNLA)', 'military'),
        S('The junta’s spokesman, Maj. Gen. Kyaw Zeya', 'military', form='title-name'),
        S('his assistant', 'anonymous', form='role'),
        S('the Pa-O Youth Network', 'ngo'),
        S('The U.N. humanitarian office', 'ngo'),
        S('the Assistance Association for Political Prisoners (AAPP)', 'ngo'),
        S('The group', 'ngo'),
        S('Residents of Pinlaung town', 'witness'),
    ],
    numbers=[
        N('9 p.m.', 'time'),
        N('about 150 people', 'count-people'),
        N('3 years old', 'age'),
        N('about 90 kilometers', 'distance'),
        N('56 miles', 'distance'),
        N('68', 'age'),
        N('one grave', 'count-objects'),
        N('2023', 'year'),
        N('February 2021', 'date'),
        N('several houses', 'count-objects'),
    ])

# yr07: a suicide car bomb on a check post in Spinwam, North Waziristan, Pakistan (a Pakistani daily's own
# correspondent, Dawn style)
A['yr07.txt'] = dict(
    casualty=[
        C('Four soldiers were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('seven others injured', 'injured', 7, 'exact', 'soldiers'),
        C('all six “khwarij”', 'killed', 6, 'exact', 'fighters'),
        C('six soldiers had been killed', 'killed', 6, 'exact', 'soldiers', tags='contradicted'),
        C('at least 11 wounded', 'injured', 11, 'at-least', 'soldiers', id='p11', tags='contradicted'),
        C('two of them critically', 'injured', 2, 'exact', 'soldiers', sub='p11'),
        C('the bodies of three civilians', 'killed', 3, 'exact', 'civilians'),
        C('A number of passers-by were among the injured', 'injured', None, 'vague', 'civilians'),
        C('“dozens of families” had left', 'displaced', None, 'vague', 'people'),
        C('killed “more than 20 soldiers”', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('arrested 13 suspects', 'detained', 13, 'exact', 'people'),
        C('killed at least 640 people', 'killed', 640, 'at-least', 'people', id='kp'),
        C('311 security personnel', 'killed', 311, 'exact', 'soldiers', sub='kp'),
        C('displaced nearly 1 million people', 'displaced', 1000000, 'at-most', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('The ISPR', 'military'),
        S('A senior police official in Bannu', 'anonymous'),
        S('Officials at the District Headquarters Hospital in Miramshah', 'official'),
        S('Malik Gul Zaman Wazir', 'other', form='name'),
        S('The Hafiz Gul Bahadur group', 'military'),
        S('a security official', 'anonymous'),
        S('the Prime Minister’s Office', 'official'),
        S('the Pakistan Institute for Conflict and Security Studies (PICSS)', 'ngo'),
    ],
    numbers=[
        N('31', 'age'),
        N('12-year-old', 'age'),
        N('Five shops', 'count-objects'),
        N('up to 10 kilometres', 'distance'),
        N('the first nine months', 'duration'),
        N('about 35 kilometres', 'distance'),
        N('June 2014', 'date'),
    ])

# yr08: attacks on villages in Tominian cercle, Ségou region, Mali (a UN OCHA flash update)
A['yr08.txt'] = dict(
    casualty=[
        C('At least 27 civilians were killed', 'killed', 27, 'at-least', 'civilians'),
        C('15 injured', 'injured', 15, 'exact', 'civilians'),
        C('An estimated 4,800 people have fled', 'displaced', 4800, 'approx', 'people'),
        C('27 people killed', 'killed', 27, 'exact', 'people', id='t27', tags='repeat'),
        C('8 children', 'killed', 8, 'exact', 'children', sub='t27'),
        C('5 women', 'killed', 5, 'exact', 'women', sub='t27'),
        C('15 people injured', 'injured', 15, 'exact', 'people', id='i15', tags='repeat'),
        C('4 of them seriously', 'injured', 4, 'exact', 'people', sub='i15'),
        C('the death toll at 40 to 45', 'killed', None, 'range', 'people', low=40, high=45, tags='contradicted'),
        C('about 20 people', 'detained', 20, 'approx', 'people', id='abd'),
        C('killed 12 terrorists', 'killed', 12, 'exact', 'fighters'),
        C('two soldiers had died', 'killed', 2, 'exact', 'soldiers'),
        C('killed 30 members', 'killed', 30, 'exact', 'fighters', tags='contradicted'),
        C('812 households', 'displaced', 812, 'exact', 'people'),
        C('an estimated 4,800 people', 'displaced', 4800, 'approx', 'people', id='idp', tags='repeat'),
        C('some 300 people', 'displaced', 300, 'approx', 'people', sub='idp'),
        C('A further 150 people crossed into Burkina Faso', 'displaced', 150, 'exact', 'people'),
        C('11 wounded', 'injured', 11, 'exact', 'people', id='w11'),
        C('two of whom later died', 'killed', 2, 'exact', 'people', sub='w11'),
        C('more than 70,000 internally displaced persons', 'displaced', 70000, 'at-least', 'people'),
        C('at least six of the abducted are minors', 'detained', 6, 'at-least', 'children', sub='abd'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local authorities', 'official'),
        S('Community sources', 'anonymous'),
        S('The Malian Armed Forces (FAMa)', 'military'),
        S('Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'military'),
        S('the regional directorate for social development', 'official'),
        S('community leaders', 'other'),
        S('The Tominian referral health centre (CSRéf)', 'official'),
        S('the latest Displacement Tracking Matrix (DTM) figures', 'ngo', form='document'),
        S('Partners', 'ngo'),
        S('WFP', 'ngo'),
        S('Protection partners', 'ngo'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('10 March 2025', 'date'),
        N('three villages', 'count-objects'),
        N('6 to 7 March', 'date', nth=0),
        N('6 to 7 March', 'date', nth=1),
        N('8 March', 'date'),
        N('7 March', 'date', nth=2),
        N('About 60 per cent', 'percentage'),
        N('two schools', 'count-objects'),
        N('over 900 pupils', 'count-people'),
        N('Three community health centres', 'count-objects'),
        N('about 25,000 people', 'count-people'),
        N('December 2024', 'date'),
        N('350 emergency shelter kits', 'count-objects'),
        N('one-month', 'duration'),
        N('5,000 people', 'count-people'),
        N('9 March', 'date'),
        N('2025', 'year', nth=1),
        N('US$771 million', 'money'),
        N('10 March', 'date', nth=1),
        N('9 per cent', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
