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

# ---------------------------------------------------------------- labels (nineteenth blind set: p01-p08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralized / eliminating / martyred / buried / succumbed',
     r'\bneutrali[sz]ed\b|\beliminating\b|\bmartyred\b|\bburied\b|\bsuccumbed\b'),
    ('taken / hostages / trapped / evacuated / IDPs',
     r'\btaken\b|\bhostages\b|\btrapped\b|\bevacuated\b|\binternally displaced\b'),
    ('casualties / gunshot injuries', r'\bcasualties\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('worshippers/passengers/patients/persons/Malians/siblings',
     r'\b(?:worshippers|passengers|patients|persons|Malians|siblings)\b'),
    ('households/families', r'\b(?:households|families)\b'),
    ('policemen/servicemen/officers', r'\b(?:policemen|servicemen|officers)\b'),
    ('militiamen/assailants/members/young men', r'\b(?:militiamen|assailants|members|young men)\b'),
]

# p01: a drone strike on a wedding gathering near Kidal, northern Mali (Reuters style)
A['p01.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('"neutralized" 15 terrorists', 'killed', 15, 'exact', 'fighters', tags='contradicted'),
        C('buried 23 people', 'killed', 23, 'exact', 'people', id='bur', tags='repeat'),
        C('eight of them were children', 'killed', 8, 'exact', 'children', sub='bur', tags='repeat'),
        C('at least 30 people were wounded', 'injured', 30, 'at-least', 'people', id='inj'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='inj'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 25', 'killed', 25, 'exact', 'civilians', tags='update'),
        C('between 20 and 25 bodies', 'killed', None, 'range', 'people', low=20, high=25),
        C('the death toll at 31', 'killed', 31, 'exact', 'civilians', tags='contradicted'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('detained roughly a dozen young men', 'detained', 12, 'approx', 'men'),
        C('killed at least 64 civilians', 'killed', 64, 'at-least', 'civilians'),
        C('More than 300,000 Malians have fled', 'displaced', 300000, 'at-least', 'people'),
    ],
    sources=[
        S('local leaders', 'other'),
        S('an army statement', 'military', form='document'),
        S("Mali's armed forces", 'military'),
        S('Attaye Ag Alhassane', 'other', form='name'),
        S('Ag Alhassane', 'other', nth=1, form='name'),
        S('A local official', 'anonymous'),
        S('The Azawad Liberation Front', 'military'),
        S('Army spokesman Colonel Souleymane Dembele', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('Human Rights Watch', 'ngo'),
        S('the U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('about 12 kilometers', 'distance'),
        N('7 miles', 'distance'),
        N('two pickup trucks', 'count-objects'),
        N('two doctors', 'count-people'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('November 2023', 'date'),
        N('about 25,000 people', 'population'),
        N('some 1,500 kilometers', 'distance'),
        N('930 miles', 'distance'),
    ])

# p02: shelling of the central market in Kadugli, South Kordofan, Sudan (UN OCHA flash update)
A['p02.txt'] = dict(
    casualty=[
        C('At least 19 civilians were killed', 'killed', 19, 'at-least', 'civilians'),
        C('57 injured', 'injured', 57, 'exact', 'civilians'),
        C('the death toll to 24', 'killed', 24, 'exact', 'civilians', tags='update'),
        C('about 1,150 households', 'displaced', 1150, 'approx', 'people'),
        C('approximately 5,700 people', 'displaced', 5700, 'approx', 'people'),
        C('19 people were killed', 'killed', 19, 'exact', 'people', tags='repeat'),
        C('57 others injured', 'injured', 57, 'exact', 'people', id='inj', tags='repeat'),
        C('23 women', 'injured', 23, 'exact', 'women', sub='inj'),
        C('14 children', 'injured', 14, 'exact', 'children', sub='inj'),
        C('At least three health workers', 'injured', 3, 'at-least', 'other', sub='inj'),
        C('five of the injured had died', 'killed', 5, 'exact', 'people', sub='inj'),
        C('the death toll to 24', 'killed', 24, 'exact', 'people', nth=1, tags='repeat update'),
        C('the number of dead at 30–35', 'killed', None, 'range', 'people', low=30, high=35, tags='contradicted'),
        C('a number of people remain unaccounted for', 'missing', None, 'vague', 'people'),
        C('about 1,150 households', 'displaced', 1150, 'approx', 'people', nth=1, tags='repeat'),
        C('an estimated 5,700 people', 'displaced', 5700, 'approx', 'people', id='idp', tags='repeat'),
        C('37 unaccompanied and separated children', 'displaced', 37, 'exact', 'children', sub='idp'),
        C('an estimated 120,000 internally displaced people', 'displaced', 120000, 'approx', 'people'),
        C('more than 660,000 people have been displaced', 'displaced', 660000, 'at-least', 'people'),
        C('61 patients with blast and shrapnel injuries', 'injured', 61, 'exact', 'people', id='pat'),
        C('38 of whom', 'injured', 38, 'exact', 'people', sub='pat'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('The State Ministry of Health', 'official'),
        S('Partners', 'ngo', nth=0),
        S('the State Ministry of Health', 'official'),
        S('the ministry', 'official'),
        S('Community leaders in Kadugli', 'other'),
        S('The Sudanese Armed Forces (SAF)', 'military'),
        S('the Sudan People’s Liberation Movement-North (SPLM-N)', 'military'),
        S('The UN Resident and Humanitarian Coordinator for Sudan', 'ngo', form='role'),
        S('Partners', 'ngo', nth=1),
        S('Protection partners', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo', nth=2),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('12 March 2025', 'date'),
        N('11 March', 'date', nth=0),
        N('40 beds', 'count-objects'),
        N('10:30', 'time'),
        N('11 March', 'date', nth=1),
        N('at least four shells', 'count-objects'),
        N('11 March', 'date', nth=2),
        N('24 hours', 'duration'),
        N('12 schools', 'count-objects'),
        N('April 2023', 'date'),
        N('up to 70 per cent', 'percentage'),
        N('two trauma kits', 'count-objects'),
        N('100 surgical interventions', 'count-objects'),
        N('12 March', 'date', nth=1),
        N('11 March', 'date', nth=3),
        N('800 non-food item kits', 'count-objects'),
        N('12 March', 'date', nth=2),
        N('about 45,000 litres', 'quantity'),
        N('the two gathering sites', 'count-objects'),
        N('about 240 km', 'distance'),
        N('2025', 'year', nth=1),
        N('US$4.2 billion', 'money'),
        N('6.3 per cent', 'percentage'),
        N('10 March', 'date'),
        N('+249 912 345 678', 'other'),
    ])

# p03: a truck bomb at a checkpoint in Beledweyne, Somalia (AP style)
A['p03.txt'] = dict(
    casualty=[
        C('killing at least 13 people', 'killed', 13, 'at-least', 'people', id='tot'),
        C('six soldiers', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('at least four civilians', 'killed', 4, 'at-least', 'civilians', sub='tot'),
        C('more than 20 others were wounded', 'injured', 20, 'at-least', 'people'),
        C('17 bodies', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('34 wounded people', 'injured', 34, 'exact', 'people', id='h34', tags='contradicted'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='h34'),
        C('the death toll had risen to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('the number of wounded to 40', 'injured', 40, 'exact', 'people', id='w40', tags='update'),
        C('Eight of the wounded', 'injured', 8, 'exact', 'people', sub='w40'),
        C('10 or 12 bodies', 'killed', None, 'range', 'people', low=10, high=12),
        C('killed 35 soldiers', 'killed', 35, 'exact', 'soldiers', tags='contradicted'),
        C('fewer than 10 people had been killed', 'killed', 10, 'at-most', 'people', tags='contradicted'),
        C('two suspects had been arrested', 'detained', 2, 'exact', 'people'),
        C('killed more than 20 people', 'killed', 20, 'at-least', 'people'),
    ],
    sources=[
        S('a regional official', 'official'),
        S('Abdirahman Hassan Gedi', 'official', form='name'),
        S('Dr. Faduma Ali Warsame', 'official', form='title-name'),
        S('Gedi', 'official', nth=1, form='name'),
        S('Farah Abdullahi', 'witness', form='name'),
        S('The al-Qaida-linked extremist group al-Shabab', 'military'),
        S('Somalia’s army', 'military'),
    ],
    numbers=[
        N('8 a.m.', 'time'),
        N('dozens of minibuses', 'count-objects'),
        N('6-year-old', 'age'),
        N('about 50 meters', 'distance'),
        N('160 feet', 'distance'),
        N('about 335 kilometers', 'distance'),
        N('210 miles', 'distance'),
        N('2022', 'year'),
        N('2023', 'year'),
        N('about 11,000 troops', 'count-people'),
        N('several bases', 'count-objects'),
    ])

# p04: a militia attack on a displacement site in Djugu, Ituri, DR Congo (medical charity's statement)
A['p04.txt'] = dict(
    casualty=[
        C('48 wounded patients', 'injured', 48, 'exact', 'people', id='pat'),
        C('Eleven of them were children', 'injured', 11, 'exact', 'children', sub='pat'),
        C('four died', 'killed', 4, 'exact', 'people', sub='pat'),
        C('Twenty-seven', 'injured', 27, 'exact', 'people', id='h27', sub='pat'),
        C('several of them', 'injured', None, 'vague', 'people', sub='h27'),
        C('at least 41 people were killed', 'killed', 41, 'at-least', 'people'),
        C('dozens of residents are still missing', 'missing', None, 'vague', 'civilians'),
        C('two siblings', 'killed', 2, 'exact', 'people'),
        C('an estimated 12,000 people', 'displaced', 12000, 'approx', 'people'),
        C('killed nine militiamen', 'killed', 9, 'exact', 'fighters'),
        C('two hostages', 'detained', 2, 'exact', 'people'),
        C('more than 1.5 million internally displaced people', 'displaced', 1500000, 'at-least', 'people'),
        C('killed thousands of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('the international medical organisation Emergency Surgical Aid (ESA)', 'ngo'),
        S('local authorities', 'official'),
        S('Camp leaders', 'other'),
        S('Dr Pascaline Ngabu', 'ngo', form='title-name'),
        S('Ngabu', 'ngo', nth=1, form='name'),
        S('The Congolese army', 'military'),
        S('A spokesperson for CODECO', 'military', form='role'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('5 February 2025', 'date'),
        N('2 February', 'date'),
        N('under 15', 'age'),
        N('more than 60 shelters', 'count-objects'),
        N('around 2 am', 'time'),
        N('19 surgical operations', 'count-objects'),
        N('36 hours', 'duration'),
        N('80 beds', 'count-objects'),
        N('more than 110 patients', 'count-people'),
        N('7-year-old', 'age'),
        N('three or four times', 'other'),
        N('2019', 'year'),
        N('3 February', 'date'),
        N('2017', 'year'),
        N('2003', 'year'),
        N('two hospitals', 'count-objects'),
        N('11 health centres', 'count-objects'),
    ])

# p05: fighting between guerrilla factions in Catatumbo, Colombia (AFP style)
A['p05.txt'] = dict(
    casualty=[
        C('at least 47 people dead', 'killed', 47, 'at-least', 'people', id='tot'),
        C('forced thousands to flee', 'displaced', None, 'vague', 'people'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('19 of the bodies', 'killed', 19, 'exact', 'people', sub='tot'),
        C('at least 21,000 people had been displaced', 'displaced', 21000, 'at-least', 'people', id='idp'),
        C('Some 16,500 of them', 'displaced', 16500, 'approx', 'people', sub='idp'),
        C('around 4,300', 'displaced', 4300, 'approx', 'people', sub='idp'),
        C('nearly 9,000 of the displaced were children', 'displaced', 9000, 'at-most', 'children', sub='idp'),
        C('evacuated 86 people', 'displaced', 86, 'exact', 'people'),
        C('Four soldiers were wounded', 'injured', 4, 'exact', 'soldiers'),
        C('14 people missing', 'missing', 14, 'exact', 'people'),
        C('at least 25 people had been taken', 'detained', 25, 'at-least', 'people'),
        C('killed “more than 30” members', 'killed', 30, 'at-least', 'fighters'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the regional governor', 'official', form='role'),
        S('Norte de Santander governor Andrés Pabón', 'official', form='title-name'),
        S('The Ombudsman’s Office', 'official'),
        S('The UN humanitarian office OCHA', 'ngo'),
        S('Yolanda Quintero', 'witness', form='name'),
        S('The army', 'military'),
        S('The prosecutor’s office', 'official'),
        S('Colombian media', 'media'),
        S('the ELN', 'military', nth=0),
        S('The government', 'official'),
        S('the UN Office on Drugs and Crime', 'ngo'),
    ],
    numbers=[
        N('2016', 'year'),
        N('four days', 'duration'),
        N('38', 'age'),
        N('mother of four', 'count-people'),
        N('two days', 'duration'),
        N('some 5,000 troops', 'count-people'),
        N('about 11,000 square kilometres', 'quantity'),
        N('one of the largest', 'other'),
        N('roughly 43,000 hectares', 'quantity'),
    ])

# p06: a suicide bombing in a mosque in Peshawar, Pakistan (a Pakistani newspaper's own correspondent)
A['p06.txt'] = dict(
    casualty=[
        C('27 martyred', 'killed', 27, 'exact', 'people'),
        C('over 60 injured', 'injured', 60, 'at-least', 'people'),
        C('At least 27 worshippers were martyred', 'killed', 27, 'at-least', 'people', id='tot', tags='repeat'),
        C('more than 60 others injured', 'injured', 60, 'at-least', 'people', tags='repeat'),
        C('Two policemen', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('24 bodies', 'killed', 24, 'exact', 'people'),
        C('63 injured persons', 'injured', 63, 'exact', 'people', id='inj'),
        C('11 of whom', 'injured', 11, 'exact', 'people', sub='inj'),
        C('three of the injured had later succumbed', 'killed', 3, 'exact', 'people', sub='inj'),
        C('the number of dead at the hospital to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('as many as 35 people may have been killed', 'killed', 35, 'at-most', 'people', id='pol',
          tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people', sub='pol'),
        C('Scores of others with minor injuries', 'injured', None, 'vague', 'people'),
        C('14 suspects had been arrested', 'detained', 14, 'exact', 'people'),
        C('killed upwards of 80 people', 'killed', 80, 'at-least', 'people'),
    ],
    sources=[
        S('police officials', 'official'),
        S('Lady Reading Hospital (LRH) spokesperson Muhammad Asim', 'official', form='title-name'),
        S('Asim', 'official', nth=1, form='name'),
        S('relatives', 'witness'),
        S('A senior police official', 'anonymous'),
        S('Capital City Police Officer (CCPO) Qasim Ali Khan', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('The proscribed Tehreek-e-Taliban Pakistan (TTP)', 'military'),
        S('the Khorasan chapter of the militant Islamic State group', 'military'),
        S('Rescue 1122 spokesperson Shahid Khan', 'official', form='title-name'),
    ],
    numbers=[
        N('1:35pm', 'time'),
        N('about 300 worshippers', 'count-people'),
        N('12-year-old', 'age'),
        N('1122', 'other'),
        N('35 ambulances', 'count-objects'),
        N('two hours', 'duration'),
        N('Rs1 million', 'money'),
        N('Rs200,000', 'money'),
        N('January 2023', 'date'),
    ])

# p07: a missile strike on an apartment block in Kharkiv, Ukraine (a broadcaster, BBC style)
A['p07.txt'] = dict(
    casualty=[
        C('Death toll rises to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('has risen to 14', 'killed', 14, 'exact', 'people', id='tot', tags='repeat update'),
        C('Two children are among the dead', 'killed', 2, 'exact', 'children', sub='tot'),
        C('43 people had been injured', 'injured', 43, 'exact', 'people', id='inj'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='inj'),
        C('three people had been killed', 'killed', 3, 'exact', 'people'),
        C('19 wounded', 'injured', 19, 'exact', 'people'),
        C('the toll at seven dead', 'killed', 7, 'exact', 'people', id='may', tags='update'),
        C('one of them a child', 'killed', 1, 'exact', 'children', sub='may'),
        C('more than 30 injured', 'injured', 30, 'at-least', 'people', tags='update'),
        C('the bodies of five more people', 'killed', 5, 'exact', 'people'),
        C('the number of dead to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('up to six people may still be trapped', 'missing', 6, 'at-most', 'people'),
        C('eliminating up to 30 servicemen', 'killed', 30, 'at-most', 'soldiers', tags='contradicted'),
        C('at least 12,600 civilians have been killed', 'killed', 12600, 'at-least', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('regional governor Oleksandr Hrytsenko', 'official', form='title-name'),
        S('Mr Hrytsenko', 'official', form='name'),
        S("Kharkiv's mayor, Vadym Kornienko", 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('a rescuer', 'anonymous'),
        S('Officials', 'official'),
        S('Halyna', 'witness', form='name'),
        S("Russia's defence ministry", 'military'),
        S('Mr Kornienko', 'official', form='name'),
        S("Ukraine's air force", 'military'),
        S('the UN human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('nine-storey', 'count-objects'),
        N('05:20', 'time'),
        N('02:20 GMT', 'time'),
        N('about 60 flats', 'count-objects'),
        N('More than 200 rescuers', 'count-people'),
        N('40 pieces of heavy equipment', 'count-objects'),
        N('17 people', 'count-people'),
        N('at five, at six, at seven', 'time'),
        N('67', 'age'),
        N('two ballistic missiles', 'count-objects'),
        N('64 drones', 'count-objects'),
        N('51 of the drones', 'count-objects'),
        N('about 30km', 'distance'),
        N('19 miles', 'distance'),
        N('February 2022', 'date'),
    ])

# p08: an al-Shabaab ambush on a bus and a police convoy in Lamu county, Kenya (state media, KBC style)
A['p08.txt'] = dict(
    casualty=[
        C('Eight killed', 'killed', 8, 'exact', 'people'),
        C('Eight people were killed', 'killed', 8, 'exact', 'people', id='tot', tags='repeat'),
        C('Five passengers died', 'killed', 5, 'exact', 'people', sub='tot'),
        C('three police officers were killed', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('11 other passengers sustained gunshot injuries', 'injured', 11, 'exact', 'people', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('four other officers', 'injured', 4, 'exact', 'soldiers'),
        C('killed two of the assailants', 'killed', 2, 'exact', 'fighters'),
        C('15 casualties', 'injured', 15, 'exact', 'people'),
        C('killed 19 Kenyan soldiers', 'killed', 19, 'exact', 'soldiers', tags='contradicted'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('four road construction workers were abducted', 'detained', 4, 'exact', 'other'),
        C('left about 60 people dead', 'killed', 60, 'approx', 'people'),
    ],
    sources=[
        S('Lamu County Commissioner Charles Kiprono', 'official', form='title-name'),
        S('Kiprono', 'official', nth=1, form='name'),
        S('the commissioner', 'official', form='role'),
        S('Coast Regional Police Commander Peter Muthee', 'official', form='title-name'),
        S('Muthee', 'official', nth=1, form='name'),
        S('The Kenya Red Cross Society', 'ngo'),
        S('Interior Cabinet Secretary Daniel Otieno', 'official', form='title-name'),
        S('Al-Shabaab', 'military', nth=2),
        S('its affiliated media', 'media'),
        S('Residents of Witu and Mpeketoni', 'witness'),
        S('Mwanaisha Bakari', 'witness', form='name'),
    ],
    numbers=[
        N('between 15 and 20', 'count-people'),
        N('about 7.30am', 'time'),
        N('46 passengers', 'count-people'),
        N('two AK-47 rifles', 'count-objects'),
        N('180 rounds of ammunition', 'count-objects'),
        N('500 officers', 'count-people'),
        N('two weeks', 'duration'),
        N('June 2014', 'date'),
        N('2015', 'year'),
        N('110-kilometre', 'distance'),
        N('6am', 'time'),
        N('6pm', 'time'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
