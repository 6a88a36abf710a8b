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

# ---------------------------------------------------------------- labels (sixteenth blind set: w01-w08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('fatalities / homicides / neutralised / dead on arrival',
     r'\bfatalities\b|\bhomicides\b|\bneutralised\b|\bdead on arrival\b'),
    ('sought treatment / critical or serious condition / beat',
     r'\btreatment\b|\bcondition\b|\bbeat\b|\bin hospital\b'),
    ('dragged / taken into custody / capturing', r'\bdragged\b|\bcustody\b|\bcapturing\b'),
    ('unaccounted for / reports of missing persons / whereabouts', r'\bunaccounted\b|\bmissing persons\b'),
    ('taken refuge / sheltering / crossed into / refugees / IDPs',
     r'\brefuge\b|\bsheltering\b|\bcrossed into\b|\brefugees\b|\bIDPs\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('bodyguards/members/gunmen/AA terrorists', r'\b(?:bodyguards|members|gunmen|terrorists)\b'),
    ('supporters/students/patients/classmates/households/families/Rohingya',
     r'\b(?:supporters|students|patients|classmates|households|families|Rohingya)\b'),
    ('grandchildren', r'\bgrandchildren\b'),
]

# w01: a police crackdown on protests in Tbilisi, Georgia (Reuters style, American spelling, straight quotes)
A['w01.txt'] = dict(
    casualty=[
        C('detaining 107 people', 'detained', 107, 'exact', 'people', id='d107'),
        C('32 police officers had been injured', 'injured', 32, 'exact', 'soldiers', id='pol'),
        C('three of them seriously', 'injured', 3, 'exact', 'soldiers', sub='pol'),
        C('the number of people detained since Thursday to 293', 'detained', 293, 'exact', 'people'),
        C('about a dozen of the injured officers', 'injured', 12, 'approx', 'soldiers', sub='pol'),
        C('27 people had sought treatment', 'injured', 27, 'exact', 'people', id='h27'),
        C('four journalists', 'injured', 4, 'exact', 'other', sub='h27'),
        C('five of them were still in hospital', 'injured', 5, 'exact', 'people', sub='h27'),
        C('beat four or five people', 'injured', None, 'range', 'people', low=4, high=5),
        C('dragged "dozens" of people', 'detained', None, 'vague', 'people'),
        C('at least 46 of those detained', 'injured', 46, 'at-least', 'people', sub='d107'),
        C('at least 18 journalists had been hurt', 'injured', 18, 'at-least', 'other'),
        C('the number of injured journalists at fewer than 10', 'injured', 10, 'at-most', 'other',
          tags='contradicted'),
        C('more than 400 of its supporters had been detained', 'detained', 400, 'at-least', 'people',
          tags='contradicted'),
        C('at least 12 people', 'missing', 12, 'at-least', 'people', id='m12'),
        C('two students', 'missing', 2, 'exact', 'people', sub='m12'),
    ],
    sources=[
        S('the Interior Ministry', 'official'),
        S('the opposition', 'other', nth=0),
        S('The ministry', 'official'),
        S('A senior police official', 'anonymous'),
        S('The Health Ministry', 'official'),
        S('A Reuters witness', 'media'),
        S('Giorgi Beridze', 'witness', form='name'),
        S("Georgia's Public Defender, Tamar Kvaratskhelia", 'official', form='title-name'),
        S('The Georgian Media Freedom Council', 'ngo'),
        S('The Interior Ministry', 'official'),
        S('Interior Minister Levan Tsiklauri', 'official', form='title-name'),
        S('The main opposition alliance', 'other'),
        S('Lawyers for the detainees', 'other', form='collective'),
        S('the governing Georgian Dream party', 'official'),
        S('the opposition', 'other', nth=1),
        S("The European Union's foreign policy chief", 'official', form='role'),
        S('The U.S. State Department', 'official'),
    ],
    numbers=[
        N('Dec 1', 'date'),
        N('about 200 meters', 'distance'),
        N('650 feet', 'distance'),
        N('24-year-old', 'age'),
        N('more than 20 camera crews', 'count-people'),
        N('up to 5,000 lari', 'money'),
        N('$1,800', 'money'),
        N('up to 15 days', 'duration'),
        N('four years', 'duration'),
        N('just under 54%', 'percentage'),
        N('3.7 million people', 'population'),
    ])

# w02: a car bomb at a police station in Jamundí and drone attacks in Cauca, Colombia (AFP style, British
# spelling, curly quotes, one sentence a paragraph)
A['w02.txt'] = dict(
    casualty=[
        C('killing two police officers', 'killed', 2, 'exact', 'soldiers'),
        C('wounding at least 14 people', 'injured', 14, 'at-least', 'people', id='w14'),
        C('Among the wounded were four children', 'injured', 4, 'exact', 'children', sub='w14'),
        C('Twelve of the wounded', 'injured', 12, 'exact', 'people', id='w12', sub='w14'),
        C('three remained in a critical condition', 'injured', 3, 'exact', 'people', sub='w12'),
        C('the death toll to three', 'killed', 3, 'exact', 'soldiers', tags='update'),
        C('One soldier was killed', 'killed', 1, 'exact', 'soldiers'),
        C('seven were wounded', 'injured', 7, 'exact', 'soldiers'),
        C('killed “more than 10 soldiers”', 'killed', 10, 'at-least', 'soldiers', tags='contradicted'),
        C('some 1,800 people had fled their homes', 'displaced', 1800, 'approx', 'people', id='d1800'),
        C('roughly 600 were Indigenous Nasa people', 'displaced', 600, 'approx', 'people', sub='d1800'),
        C('two suspects had been arrested', 'detained', 2, 'exact', 'people', id='arr'),
        C('one of them a teenager', 'detained', 1, 'exact', 'children', sub='arr'),
        C('More than 9,000 people were displaced', 'displaced', 9000, 'at-least', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('the mayor’s office', 'official'),
        S('Jamundí mayor Paola Castillo', 'official', form='title-name'),
        S('Castillo', 'official', nth=1, form='name'),
        S('the hospital', 'official'),
        S('The Valle del Cauca regional government', 'official'),
        S('Defence Minister Pedro Arango', 'military', form='title-name'),
        S('the army', 'military', nth=0),
        S('the army’s Third Division', 'military'),
        S('the Cauca ombudsman’s office', 'official'),
        S('Cauca governor Luis Felipe Ortega', 'official', form='title-name'),
        S('The dissident faction', 'military'),
        S('the army', 'military', nth=2),
        S('Colombia’s Ombudsman’s Office', 'official'),
        S('the office', 'official'),
        S('Police in Jamundí', 'official'),
        S('The army', 'military'),
        S('the UN humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('7:00 am', 'time'),
        N('1200 GMT', 'time'),
        N('two-storey', 'other'),
        N('some 30 homes and shops', 'count-objects'),
        N('2016', 'year'),
        N('two police posts', 'count-objects'),
        N('11-year-old', 'age'),
        N('more than 120 drone attacks', 'count-objects'),
        N('fewer than 40', 'count-objects'),
        N('some 3,500 fighters', 'count-people'),
    ])

# w03: cartel infighting in Culiacán, Sinaloa, Mexico (AP style, em dash)
A['w03.txt'] = dict(
    casualty=[
        C('the bodies of 11 men', 'killed', 11, 'exact', 'men', id='b11'),
        C('several of them', 'killed', None, 'vague', 'men', sub='b11'),
        C('five of the victims', 'killed', 5, 'exact', 'men', id='v5', sub='b11'),
        C('at least two of them', 'killed', 2, 'at-least', 'men', sub='v5'),
        C('at least 17 people were killed', 'killed', 17, 'at-least', 'people', id='k17'),
        C('Two municipal police officers were among the dead', 'killed', 2, 'exact', 'soldiers', sub='k17'),
        C('1,073 people had been killed', 'killed', 1073, 'exact', 'people'),
        C('nearly 1,400 reports of missing persons', 'missing', 1400, 'at-most', 'people'),
        C('the number of homicides in the state since September at 968', 'killed', 968, 'exact', 'people',
          tags='contradicted'),
        C('killed six suspected gunmen', 'killed', 6, 'exact', 'fighters'),
        C('arrested four others', 'detained', 4, 'exact', 'fighters'),
        C('one soldier was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('Hundreds of families have fled', 'displaced', None, 'vague', 'people'),
        C('found 38 bodies', 'killed', 38, 'exact', 'people'),
        C('arrested more than 1,500 people', 'detained', 1500, 'at-least', 'people'),
    ],
    sources=[
        S('The Sinaloa state prosecutor’s office', 'official'),
        S('the office', 'official'),
        S('State Attorney General Lucía Ramírez Soto', 'official', form='title-name'),
        S('The federal government’s security cabinet', 'official'),
        S('Mexico’s Defense Department', 'military'),
        S('the state’s business chamber', 'other'),
        S('Volunteer search groups', 'other', form='collective'),
        S('María Elena Castro', 'other', form='name'),
        S('Castro', 'other', nth=1, form='name'),
        S('the security cabinet', 'official'),
        S('Residents', 'witness'),
        S('a 42-year-old taxi driver', 'anonymous'),
    ],
    numbers=[
        N('15-year-old', 'age'),
        N('a dozen rifles', 'count-objects'),
        N('two armored pickups', 'count-objects'),
        N('more than 1,200 businesses', 'count-objects'),
        N('2023', 'year'),
        N('more than 2,000 firearms', 'count-objects'),
        N('about 1 million people', 'population'),
        N('8 at night', 'time'),
        N('42-year-old', 'age'),
    ])

# w04: clashes between armed factions in the Ain al-Hilweh camp near Sidon, Lebanon (state news agency,
# NNA style)
A['w04.txt'] = dict(
    casualty=[
        C('at least four people dead', 'killed', 4, 'at-least', 'people', id='k4'),
        C('23 others wounded', 'injured', 23, 'exact', 'people', id='w23'),
        C('two of his bodyguards', 'killed', 2, 'exact', 'fighters', sub='k4'),
        C('wounding three residents', 'injured', 3, 'exact', 'civilians'),
        C('one of the soldiers was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('11 wounded', 'injured', 11, 'exact', 'people', id='h11'),
        C('3 of whom', 'injured', 3, 'exact', 'people', sub='h11'),
        C('the bodies of 2 dead', 'killed', 2, 'exact', 'people'),
        C('17 wounded people', 'injured', 17, 'exact', 'people'),
        C('the toll of the clashes rose to six dead', 'killed', 6, 'exact', 'people', tags='update'),
        C('31 wounded', 'injured', 31, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w23'),
        C('5 of its members', 'injured', 5, 'exact', 'fighters'),
        C('"dozens" of civilians had been wounded', 'injured', None, 'vague', 'civilians'),
        C('Dozens of families fled', 'displaced', None, 'vague', 'people'),
        C('up to 2,000 people had taken refuge', 'displaced', 2000, 'at-most', 'people'),
        C('more than 30 people dead', 'killed', 30, 'at-least', 'people'),
        C('forced thousands of residents from their homes', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('NNA correspondent in Sidon', 'media'),
        S('The correspondent', 'media'),
        S('the correspondent', 'media', nth=0),
        S('The Lebanese Army Command - Directorate of Orientation', 'military'),
        S('The director of Sidon Governmental Hospital, Dr. Ahmad al-Samadi', 'official', form='title-name'),
        S('The Lebanese Red Cross', 'ngo'),
        S('a security source', 'anonymous'),
        S('the "Youth of Truth" grouping', 'military'),
        S('the United Nations Relief and Works Agency for Palestine Refugees (UNRWA)', 'ngo'),
        S('UNRWA', 'ngo', nth=1),
        S('MP for Sidon Nabil al-Zein', 'official', form='title-name'),
        S('The Commander of the Palestinian National Security Forces in Lebanon, Major General Ziad Abu Hamdan',
          'military', form='title-name'),
        S('the correspondent', 'media', nth=1),
        S('UNRWA figures', 'ngo', form='document'),
    ],
    numbers=[
        N('its eight schools', 'count-objects'),
        N('6 pm', 'time'),
        N("Lebanon's 12 Palestinian camps", 'count-objects'),
        N('more than 50,000 people', 'population'),
    ])

# w05: a missile strike on a displacement site in Marib, Yemen (UN OCHA flash update)
A['w05.txt'] = dict(
    casualty=[
        C('killing at least 19 internally displaced people', 'killed', 19, 'at-least', 'people', id='k19'),
        C('At least 43 people were injured', 'injured', 43, 'at-least', 'people', id='i43'),
        C('12 remain in critical condition', 'injured', 12, 'exact', 'people', sub='i43'),
        C('An estimated 4,100 people', 'displaced', 4100, 'approx', 'people', id='d4100'),
        C('approximately 640 households', 'displaced', 640, 'approx', 'people'),
        C('some 11,500 IDPs', 'displaced', 11500, 'approx', 'people'),
        C('the 19 fatalities', 'killed', 19, 'exact', 'people', id='f19', tags='repeat'),
        C('7 children', 'killed', 7, 'exact', 'children', sub='f19'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='f19'),
        C('43 injured people', 'injured', 43, 'exact', 'people', id='h43', tags='repeat'),
        C('16 of them children', 'injured', 16, 'exact', 'children', sub='h43'),
        C('the death toll rose to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='h43'),
        C('6 people remain unaccounted for', 'missing', 6, 'exact', 'people'),
        C('over 1.3 million people', 'displaced', 1300000, 'at-least', 'people'),
        C('85 unaccompanied or separated children', 'displaced', 85, 'exact', 'children', sub='d4100'),
    ],
    sources=[
        S('health authorities', 'official'),
        S('Local authorities', 'official'),
        S('the Marib Governorate Health Office', 'official'),
        S('Site management', 'ngo'),
        S('The Shelter Cluster', 'ngo'),
        S('partners', 'ngo', nth=1, form='collective'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('the authorities', 'official'),
        S('Protection partners', 'ngo', form='collective'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('12 March 2025', 'date'),
        N('10 March', 'date'),
        N('2015', 'year'),
        N('19:40', 'time'),
        N('10 March', 'date', nth=1),
        N('one of the largest', 'other'),
        N('more than 200 displacement sites', 'count-objects'),
        N('11 March', 'date'),
        N('310 shelters', 'count-objects'),
        N('two nearby sites', 'count-objects'),
        N('24 hours', 'duration'),
        N('1,200 emergency shelter kits', 'count-objects'),
        N('2,500 hygiene kits', 'count-objects'),
        N('three mobile health teams', 'count-objects'),
        N('230 consultations', 'count-objects'),
        N('900 households', 'count-people'),
        N('fewer than 500 additional households', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('10.5 million people', 'count-people'),
        N('6.5 per cent', 'percentage'),
        N('$1.5 million', 'money'),
    ])

# w06: an armed group's attack on villages in Cibitoke province, Burundi (a broadcaster, BBC/RFI style, with a
# headline and no dateline)
A['w06.txt'] = dict(
    casualty=[
        C('kill at least 20', 'killed', 20, 'at-least', 'people'),
        C('killed at least 20 people', 'killed', 20, 'at-least', 'people', id='tot', tags='repeat'),
        C('Among the dead are six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('At least 15 people were wounded', 'injured', 15, 'at-least', 'people', id='w15'),
        C('several were in a serious condition', 'injured', None, 'vague', 'people', sub='w15'),
        C('13 bodies', 'killed', 13, 'exact', 'people', sub='tot'),
        C('seven', 'killed', 7, 'exact', 'people', sub='tot'),
        C('"neutralised" nine of them', 'killed', 9, 'exact', 'fighters'),
        C('capturing two others', 'detained', 2, 'exact', 'fighters'),
        C('one soldier had been wounded', 'injured', 1, 'exact', 'soldiers'),
        C('14 people', 'detained', 14, 'exact', 'people', id='arr'),
        C('the death toll at 27', 'killed', 27, 'exact', 'people', id='sri', tags='contradicted'),
        C('nine of them children', 'killed', 9, 'exact', 'children', sub='sri'),
        C('at least eight of those arrested', 'detained', 8, 'at-least', 'people', sub='arr'),
        C('Hundreds of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('between 1,000 and 1,500 people are sheltering', 'displaced', None, 'range', 'people', low=1000, high=1500),
        C('killed nine people', 'killed', 9, 'exact', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('provincial governor Marie-Claire Niyonkuru', 'official', form='title-name'),
        S('the governor', 'official', form='role'),
        S('a nurse', 'anonymous'),
        S('The administrator of Rugombo commune, Jean-Marie Nduwayo', 'official', form='title-name'),
        S("Burundi's interior ministry", 'official'),
        S('The group', 'military'),
        S('The army', 'military'),
        S('Its spokesman, Col Anicet Ndikumana', 'military', form='title-name'),
        S('Police', 'official'),
        S('The Burundian rights group Shaka Rights Initiative', 'ngo'),
        S('A survivor in Ruziba', 'anonymous'),
        S('The Burundi Red Cross', 'ngo'),
        S('Burundi', 'official', nth=4),
        S('Kigali', 'official'),
    ],
    numbers=[
        N('two villages', 'count-objects'),
        N('11 at night', 'time'),
        N('her three children', 'count-people'),
        N('about 13 million people', 'population'),
    ])

# w07: a suicide bombing at an education centre in Dasht-e-Barchi, Kabul, Afghanistan (dpa style)
A['w07.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people'),
        C('Another 28 people were wounded', 'injured', 28, 'exact', 'people'),
        C('three of her classmates were killed', 'killed', 3, 'exact', 'people'),
        C('22 wounded', 'injured', 22, 'exact', 'people', id='em'),
        C('four more people were dead on arrival', 'killed', 4, 'exact', 'people'),
        C('Several of the patients', 'injured', None, 'vague', 'people', sub='em'),
        C('As many as six students were still missing', 'missing', 6, 'at-most', 'people'),
        C('at least 32 people had been killed', 'killed', 32, 'at-least', 'people', tags='contradicted'),
        C('almost 50 injured', 'injured', 50, 'at-most', 'people', tags='contradicted'),
        C('15 people had died', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('24 had been injured', 'injured', 24, 'exact', 'people', tags='contradicted'),
        C('detained three people', 'detained', 3, 'exact', 'people'),
        C('killed hundreds of students', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Kabul police spokesman Abdul Rahim Saqib', 'official', form='title-name'),
        S('Zahra', 'witness', form='name'),
        S('The Italian aid organisation Emergency', 'ngo'),
        S('the organisation', 'ngo'),
        S('a community elder in Dasht-e-Barchi', 'anonymous'),
        S('The UN Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('Interior Ministry spokesman Mohammad Nasir Hamdard', 'official', form='title-name'),
        S('rights groups', 'ngo', form='collective'),
        S('its director, Mohammad Ali Rezayee', 'other', form='title-name'),
    ],
    numbers=[
        N('7:30 am', 'time'),
        N('about 400 students', 'count-people'),
        N('19', 'age', nth=1),
        N('an estimated 10 to 20 per cent', 'percentage'),
        N('around 40 million', 'population'),
        N('1990s', 'year'),
        N('August 2021', 'date'),
        N('the one attacked', 'other'),
        N('five years ago', 'duration'),
        N('about 1,200 students', 'count-people'),
    ])

# w08: an Arakan Army offensive near Sittwe and Buthidaung, an airstrike on a village and Rohingya killed while
# fleeing by boat, Rakhine state, Myanmar (a human-rights NGO's report with a headline)
A['w08.txt'] = dict(
    casualty=[
        C('killed scores of civilians', 'killed', None, 'vague', 'civilians'),
        C('killed at least 28 civilians', 'killed', 28, 'at-least', 'civilians', id='k28'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='k28'),
        C('injured 40 to 50 others', 'injured', None, 'range', 'civilians', low=40, high=50),
        C('two grandchildren were killed', 'killed', 2, 'exact', 'children'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='h19'),
        C('6 of whom later died', 'killed', 6, 'exact', 'people', sub='h19'),
        C('killed “more than 30 AA terrorists”', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('At least 37 Rohingya', 'killed', 37, 'at-least', 'people'),
        C('“taken into custody” 212 junta soldiers', 'detained', 212, 'exact', 'soldiers'),
        C('detained an estimated 150 Rohingya men', 'detained', 150, 'approx', 'men', id='d150'),
        C('at least 14 of them', 'missing', 14, 'at-least', 'men', sub='d150'),
        C('around 7,000 Rohingya have crossed into Bangladesh', 'displaced', 7000, 'approx', 'people'),
        C('some 1 million refugees', 'displaced', 1000000, 'approx', 'people'),
    ],
    sources=[
        S('Asia Justice Watch', 'ngo', nth=0),
        S('villagers', 'witness'),
        S('a local aid worker', 'anonymous'),
        S('Satellite imagery', 'other', form='document'),
        S('Daw Khin Myint', 'witness', form='name'),
        S('A doctor at Sittwe General Hospital', 'anonymous'),
        S('The junta-controlled Global New Light of Myanmar newspaper', 'media'),
        S('Asia Justice Watch', 'ngo', nth=2),
        S('survivors', 'witness'),
        S('relatives', 'witness'),
        S('Survivors', 'witness'),
        S('The Arakan Army', 'military'),
        S('Rohingya residents', 'witness'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Sara Lindqvist', 'ngo', form='name'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('about 25 kilometres', 'distance'),
        N('3 April', 'date'),
        N('at least 120 buildings', 'count-objects'),
        N('52', 'age'),
        N('the two sides', 'count-objects'),
        N('9 March', 'date'),
        N('nine of the roughly 60 people on board', 'count-people'),
        N('about 1,300 Rohingya men', 'count-people'),
        N('46 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
