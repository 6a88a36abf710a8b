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

# ---------------------------------------------------------------- labels (blind set 122: ds01-ds08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('sent to hell / shot dead / succumbed / lost their lives / murdered / killings',
     r'\bsent to hell\b|\bshot dead\b|\bsuccumbed\b|\blost their lives\b|\bmurdered\b|\bkillings\b'),
    ('captured / capture / rounded up / apprehended / in custody',
     r'\bcaptur|\brounded up\b|\bapprehended\b|\bcustody\b'),
    ('evacuated / left / driven from their homes / sought refuge / flee',
     r'\bevacuat|\bleft\b|\bdriven\b|\bsought refuge\b|\bflee\b|\bdisplacement\b'),
    ('gunshot wounds', r'\bgunshot wounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/policemen/officers', r'\b(?:servicemen|policemen|officers)\b'),
    ('khwarij/members of the rival group', r'\b(?:khwarij|members)\b'),
    ('minors/grandchildren', r'\b(?:minors|grandchildren)\b'),
    ('gold miners/community members/families/suspects',
     r'\b(?:miners|community members|families|suspects)\b'),
]

# ds01: Russian guided-bomb strike on an apartment block in Krasnokutsk, Kharkiv oblast (Reuters style)
A['ds01.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('injuring 27', 'injured', 27, 'exact', 'people', id='inj'),
        C('Two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Six of the injured', 'injured', 6, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('recovered three more bodies', 'killed', 3, 'exact', 'people'),
        C('Between four and six residents were still unaccounted for', 'missing', None, 'range', 'civilians',
          low=4, high=6),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('Hundreds of residents have left', 'displaced', None, 'vague', 'civilians'),
        C('two more civilians were wounded', 'injured', 2, 'exact', 'civilians'),
        C('evacuated more than 300 people', 'displaced', 300, 'at-least', 'people', id='ev'),
        C('42 of them children', 'displaced', 42, 'exact', 'children', sub='ev'),
        C('at least 12,300 civilians have been killed', 'killed', 12300, 'at-least', 'civilians'),
        C('upwards of 28,000 injured', 'injured', 28000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional Governor Mykola Hrytsenko', 'official', form='title-name'),
        S('Hrytsenko', 'official', nth=1, form='name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Lieutenant Colonel Vadym Soroka', 'military', form='title-name'),
        S('Police', 'official', form='collective'),
        S('Hrytsenko', 'official', nth=2, form='name'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('five-story', 'other'),
        N('aged 4 and 11', 'age'),
        N('2 p.m.', 'time'),
        N("two of the building's entrances", 'count-objects'),
        N('14 people', 'count-people'),
        N('roughly 7,500', 'population'),
        N('about 25 km', 'distance'),
        N('16 miles', 'distance'),
        N('63-year-old', 'age'),
        N('50,000 hryvnias', 'money'),
        N('$1,200', 'money'),
        N('February 2022', 'date'),
    ])

# ds02: UN OCHA flash update on attacks on Barvinkove, Kharkiv oblast (UN situation report)
A['ds02.txt'] = dict(
    casualty=[
        C('killed at least 9 civilians', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('injured 31 others', 'injured', 31, 'exact', 'civilians', id='inj'),
        C('Some 1,150 people', 'displaced', 1150, 'approx', 'people'),
        C('five civilians were killed', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('19 were injured', 'injured', 19, 'exact', 'civilians', id='i19', sub='inj'),
        C('three health workers', 'injured', 3, 'exact', 'other', sub='i19'),
        C('killing four civilians', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('injuring 12', 'injured', 12, 'exact', 'civilians', sub='inj'),
        C('the number of injured had risen to 34', 'injured', 34, 'exact', 'civilians', tags='update'),
        C('three residents', 'injured', 3, 'exact', 'civilians'),
        C('7 of the civilian deaths', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('the 1,150 people', 'displaced', 1150, 'exact', 'people', id='ev2', tags='repeat'),
        C('420 of them', 'displaced', 420, 'exact', 'people', sub='ev2'),
    ],
    sources=[
        S('the Oblast Military Administration', 'official'),
        S('the Oblast Military Administration (OMA)', 'official'),
        S('the OMA', 'official'),
        S('The head of the Barvinkove town military administration, Serhii Moroz', 'official', form='title-name'),
        S('the National Police of Ukraine', 'official'),
        S('The Human Rights Monitoring Mission in Ukraine (HRMMU)', 'ngo'),
        S('Local authorities', 'official'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('15 May 2025', 'date'),
        N('18:00', 'time'),
        N('Two attacks', 'count-objects'),
        N('13 and 14 May', 'date'),
        N('1 May', 'date'),
        N('40 km', 'distance'),
        N('2,400 food kits', 'count-objects'),
        N('900 hygiene kits', 'count-objects'),
        N('13 May', 'date'),
        N('about 10:40', 'time'),
        N('two guided aerial bombs', 'count-objects'),
        N('at least 14 residential buildings', 'count-objects'),
        N('15-year-old', 'age'),
        N('14 May', 'date', nth=1),
        N('about 130 km', 'distance'),
        N('15 May', 'date', nth=1),
        N('the two attacks', 'count-objects'),
        N('between 2,000 and 2,500 residents', 'count-people'),
        N('about 8,600', 'population'),
        N('9 May', 'date'),
        N('1 May', 'date', nth=1),
        N('38 per cent', 'percentage'),
        N('more than 300 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.63 billion', 'money'),
        N('21 per cent', 'percentage'),
    ])

# ds03: suicide bombing of a jirga in Salarzai, Bajaur district, Pakistan (AFP style)
A['ds03.txt'] = dict(
    casualty=[
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people', id='tot'),
        C('At least 35 people were wounded', 'injured', 35, 'at-least', 'people', id='inj'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='inj'),
        C('14 of the bodies', 'killed', 14, 'exact', 'people', sub='tot'),
        C('31 of the injured', 'injured', 31, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 21', 'killed', 21, 'exact', 'people', id='upd', tags='update'),
        C('five of the wounded succumbed', 'killed', 5, 'exact', 'people', sub='inj'),
        C('three policemen', 'killed', 3, 'exact', 'soldiers', sub='upd'),
        C('killed over 50 people', 'killed', 50, 'at-least', 'people'),
        C('rounded up dozens of young men', 'detained', None, 'vague', 'men'),
        C('11 suspects had been formally arrested', 'detained', 11, 'exact', 'people', id='arr'),
        C('two or three of them', 'detained', None, 'range', 'people', low=2, high=3, sub='arr'),
        C('roughly 400 families had left', 'displaced', 400, 'approx', 'people'),
        C('killed at least 1,380 people', 'killed', 1380, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('district police chief Waqas Rafiq', 'official', form='title-name'),
        S('Rafiq', 'official', nth=1, form='name'),
        S('Doctors at the district headquarters hospital in Khar', 'anonymous'),
        S('Khyber Pakhtunkhwa government spokesman Kamran Afridi', 'official', form='title-name'),
        S('The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP)', 'military'),
        S('Residents', 'witness'),
        S('A security official in Peshawar', 'anonymous'),
        S('The district administration', 'official'),
        S('the Islamabad-based Frontier Security Monitor', 'ngo'),
        S('Islamabad', 'official', nth=1),
        S('Kabul', 'official', nth=1),
    ],
    numbers=[
        N('around 200 people', 'count-people'),
        N('some 25 kilometres', 'distance'),
        N('two clans', 'count-people'),
        N('about 140 kilometres', 'distance'),
        N('12-year-old', 'age'),
        N('several attacks', 'count-objects'),
        N('two years', 'duration'),
        N('2023', 'year'),
        N('2021', 'year'),
        N('nearly 60 per cent', 'percentage'),
    ])

# ds04: security operation and an attack on a police station in Khwazakhela, Swat (Pakistani state media, APP)
A['ds04.txt'] = dict(
    casualty=[
        C('killed eight terrorists', 'killed', 8, 'exact', 'fighters'),
        C('eight khwarij were sent to hell', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('three others were injured', 'injured', 3, 'exact', 'soldiers'),
        C('A handful of khwarij were also wounded', 'injured', None, 'vague', 'fighters'),
        C('injuring three policemen', 'injured', 3, 'exact', 'soldiers', id='pol'),
        C('arrested 17 suspects', 'detained', 17, 'exact', 'people'),
        C('one of whom', 'injured', 1, 'exact', 'soldiers', sub='pol'),
        C('approximately 60 families', 'displaced', 60, 'approx', 'people'),
        C('276 khwarij were killed', 'killed', 276, 'exact', 'fighters'),
        C('scores apprehended', 'detained', None, 'vague', 'fighters'),
        C('forced nearly 2 million people to flee their homes', 'displaced', 2000000, 'at-most', 'people'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S("the military's media wing", 'military'),
        S('the ISPR', 'military', nth=1),
        S('the statement', 'military', form='document'),
        S('the ISPR', 'military', nth=2),
        S('the Khyber Pakhtunkhwa Police', 'official'),
        S('District Police Officer Swat Muhammad Imran Khattak', 'official', form='title-name'),
        S('a hospital spokesman', 'anonymous'),
        S('Deputy Commissioner Swat Shahzad Mahboob', 'official', form='title-name'),
        S('the Prime Minister', 'official', form='role'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('Oct 7', 'date'),
        N('31', 'age'),
        N('24', 'age'),
        N('nearly two hours', 'duration'),
        N('48 hours', 'duration'),
        N('6 Kalashnikov rifles', 'count-objects'),
        N('2 hand grenades', 'count-objects'),
        N('over 4,000 intelligence-based operations', 'count-objects'),
        N('2009', 'year'),
    ])

# ds05: ELN and Gulf Clan fighting over gold mines in Simití, Bolívar, Colombia (AP style)
A['ds05.txt'] = dict(
    casualty=[
        C('killed at least 11 people', 'killed', 11, 'at-least', 'people'),
        C('driven more than 1,800 from their homes', 'displaced', 1800, 'at-least', 'people'),
        C('the bodies of seven men', 'killed', 7, 'exact', 'men', id='b7'),
        C('Four of them were gold miners', 'killed', 4, 'exact', 'other', sub='b7'),
        C('one', 'killed', 1, 'exact', 'children', sub='b7'),
        C('killed two ELN fighters', 'killed', 2, 'exact', 'fighters'),
        C('captured three others', 'detained', 3, 'exact', 'fighters'),
        C('One soldier was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('killed 12 to 15 members', 'killed', None, 'range', 'fighters', low=12, high=15),
        C('1,840 people', 'displaced', 1840, 'exact', 'people', id='om', tags='repeat'),
        C('About 600 of the displaced are children', 'displaced', 600, 'approx', 'children', sub='om'),
        C('at least five people had been reported missing', 'missing', 5, 'at-least', 'people'),
        C('some 450,000 people lost their lives', 'killed', 450000, 'approx', 'people'),
        C('forcing tens of thousands of people from their homes', 'displaced', None, 'vague', 'people'),
        C('Nearly 58,000 people were displaced', 'displaced', 58000, 'at-most', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Gov. Alfredo Mercado of Bolívar', 'official', form='title-name'),
        S('Mercado', 'official', nth=1, form='name'),
        S('The army', 'military'),
        S('The ELN', 'military'),
        S("The Ombudsman's Office", 'official'),
        S('the office', 'official'),
        S('Juan Carlos Díaz', 'witness', form='name'),
        S('Simití Mayor Luz Marina Ortega', 'official', form='title-name'),
        S('the U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('two armed groups', 'count-objects'),
        N('about 21,000 people', 'population'),
        N('thousands of small-scale miners', 'count-people'),
        N('16-year-old', 'age'),
        N('14 rural communities', 'count-objects'),
        N('2,500 to 3,000 people', 'count-people'),
        N('6 p.m.', 'time'),
        N('up to 200 million pesos', 'money'),
        N('about $50,000', 'money'),
        N('2016', 'year'),
        N('more than five decades', 'duration'),
        N('six months', 'duration'),
    ])

# ds06: drone attack on an army base in Convención, Norte de Santander, Colombia (dpa style, one sentence a
# paragraph)
A['ds06.txt'] = dict(
    casualty=[
        C('Three soldiers were killed', 'killed', 3, 'exact', 'soldiers'),
        C('nine others wounded', 'injured', 9, 'exact', 'soldiers', id='inj'),
        C('Two of the wounded soldiers', 'injured', 2, 'exact', 'soldiers', id='crit', sub='inj'),
        C('one of them had died', 'killed', 1, 'exact', 'soldiers', sub='crit'),
        C('the number of soldiers killed in the attack to four', 'killed', 4, 'exact', 'soldiers', tags='update'),
        C('The four soldiers', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('More than 50,000 people have fled', 'displaced', 50000, 'at-least', 'people'),
        C('87 killings', 'killed', 87, 'exact', 'people', id='un'),
        C('11 former FARC fighters', 'killed', 11, 'exact', 'fighters', sub='un'),
        C('an estimated 1,200 more people had sought refuge', 'displaced', 1200, 'approx', 'people'),
        C('arrested two men', 'detained', 2, 'exact', 'men'),
    ],
    sources=[
        S('the army', 'military', nth=0),
        S('the Second Division', 'military'),
        S('The army', 'military'),
        S('a spokeswoman for the Erasmo Meoz University Hospital', 'anonymous'),
        S('the Defence Ministry', 'military'),
        S('the local radio station La Voz del Catatumbo', 'media'),
        S('the army', 'military', nth=2),
        S('Defence Minister Iván Restrepo', 'official', form='title-name'),
        S("Colombia's Ombudsman's Office", 'official'),
        S('The UN human rights office', 'ngo'),
        S('Governor Sergio Castellanos of Norte de Santander', 'official', form='title-name'),
        S('Castellanos', 'official', nth=1, form='name'),
        S('police', 'official', nth=1, form='collective'),
    ],
    numbers=[
        N('30th Brigade', 'other'),
        N('4 am', 'time'),
        N('0900 GMT', 'time'),
        N('at least five drones', 'count-objects'),
        N('two of which', 'count-objects'),
        N('about 150 kilometres', 'distance'),
        N('aged between 19 and 24', 'age'),
        N('an estimated 5,800 fighters', 'count-people'),
        N('2016', 'year'),
        N('around 20 kilograms', 'quantity'),
    ])

# ds07: rights group's statement on police clearing an Indigenous blockade at Piendamó, Cauca, Colombia (NGO
# statement, with a headline)
A['ds07.txt'] = dict(
    casualty=[
        C('Two Indigenous men killed', 'killed', 2, 'exact', 'men'),
        C('dozens injured', 'injured', None, 'vague', 'people'),
        C('Two Indigenous men were shot dead', 'killed', 2, 'exact', 'men', tags='repeat'),
        C('at least 46 people were injured', 'injured', 46, 'at-least', 'people', id='tot'),
        C('31 of the injured', 'injured', 31, 'exact', 'people', id='fa', sub='tot'),
        C('nine women', 'injured', 9, 'exact', 'women', sub='fa'),
        C('four minors', 'injured', 4, 'exact', 'children', sub='fa'),
        C('at least three had gunshot wounds', 'injured', 3, 'at-least', 'people', sub='fa'),
        C('The two men', 'killed', 2, 'exact', 'men', tags='repeat'),
        C('the number of injured at 60–65', 'injured', None, 'range', 'people', low=60, high=65, id='cric',
          tags='contradicted'),
        C('a dozen of them', 'injured', 12, 'exact', 'people', sub='cric'),
        C('27 officers had been injured', 'injured', 27, 'exact', 'soldiers', id='pol'),
        C('three of them', 'injured', 3, 'exact', 'soldiers', sub='pol'),
        C('fewer than 10 protesters had needed hospital treatment', 'injured', 10, 'at-most', 'people',
          tags='contradicted'),
        C('the two deaths', 'killed', 2, 'exact', 'men', tags='repeat'),
        C('the arrest of 19 people', 'detained', 19, 'exact', 'people', id='arr'),
        C('three remain in custody', 'detained', 3, 'exact', 'people', sub='arr'),
        C('two more community members have been unaccounted for', 'missing', 2, 'exact', 'people'),
        C('more than 90 Indigenous people have been murdered', 'killed', 90, 'at-least', 'people'),
        C('the forced displacement of at least 340 families', 'displaced', 340, 'at-least', 'people'),
        C('the two community members', 'missing', 2, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the Andean Rights Observatory (ARO)', 'ngo'),
        S('ARO’s field team', 'ngo', form='collective'),
        S('the National Institute of Legal Medicine', 'official'),
        S('a member of the Indigenous Guard', 'anonymous'),
        S('The Regional Indigenous Council of Cauca (CRIC)', 'ngo'),
        S('The National Police', 'official'),
        S('Police', 'official', nth=1, form='collective'),
        S('ARO', 'ngo', nth=2),
        S('Relatives', 'witness'),
        S('the CRIC', 'ngo'),
        S('ARO', 'ngo', nth=4),
        S('Carolina Vélez', 'ngo', form='name'),
    ],
    numbers=[
        N('19 March 2025', 'date'),
        N('17 and 18 March', 'date'),
        N('aged 23 and 41', 'age'),
        N('16 of them', 'count-people'),
        N('19 March', 'date', nth=1),
        N('18 March', 'date', nth=1),
        N('10 March', 'date'),
        N('some 8,000 Indigenous people', 'count-people'),
        N('2020', 'year'),
        N('2009', 'year'),
        N('14 staff members', 'count-people'),
    ])

# ds08: a massacre and mass displacement in Ábrego, Norte de Santander, Colombia (a newspaper's own
# correspondent)
A['ds08.txt'] = dict(
    casualty=[
        C('six men', 'killed', 6, 'exact', 'men'),
        C('counted nine dead', 'killed', 9, 'exact', 'people', id='n9', tags='update'),
        C('two more bodies were pulled', 'killed', 2, 'exact', 'people'),
        C('Nine people', 'killed', 9, 'exact', 'people', tags='repeat'),
        C('seven bodies had been recovered', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('more than 700 people', 'displaced', 700, 'at-least', 'people', id='d700'),
        C('About 260 of them are children', 'displaced', 260, 'approx', 'children', sub='d700'),
        C('her three grandchildren', 'displaced', 3, 'exact', 'children'),
        C('killed at least 120 people', 'killed', 120, 'at-least', 'people'),
        C('displaced more than 62,000', 'displaced', 62000, 'at-least', 'people'),
        C('Dozens more are missing', 'missing', None, 'vague', 'people'),
        C('killed 14 fighters', 'killed', 14, 'exact', 'fighters'),
        C('the capture of two dozen others', 'detained', 24, 'exact', 'fighters'),
        C('23 people reported missing', 'missing', 23, 'exact', 'people'),
        C('two of the nine', 'killed', 2, 'exact', 'people', sub='n9'),
        C('eight of the bodies', 'killed', 8, 'exact', 'people', sub='n9'),
    ],
    sources=[
        S('the municipal ombudsman, Edwin Quintero', 'official', form='title-name'),
        S('The army', 'military', nth=0),
        S('the regional government', 'official'),
        S('The army’s Second Division', 'military'),
        S('the Norte de Santander government’s security secretary, Jorge Ibáñez', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('local officials', 'official'),
        S('the ELN', 'military'),
        S('the mayor’s office', 'official'),
        S('Marleny Pabón', 'witness', form='name'),
        S('The Ombudsman’s Office', 'official'),
        S('The army', 'military', nth=2),
        S('Ábrego’s mayor, Yolanda Torrado', 'official', form='title-name'),
        S('The International Committee of the Red Cross', 'ngo'),
        S('a forensic technician', 'anonymous'),
    ],
    numbers=[
        N('40 minutes', 'duration'),
        N('17', 'age'),
        N('33rd Front', 'other'),
        N('52', 'age'),
        N('6 o’clock', 'time'),
        N('2,500 additional troops', 'count-people'),
        N('38,000', 'population'),
        N('2,000 meals', 'count-objects'),
        N('about 1,500 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
