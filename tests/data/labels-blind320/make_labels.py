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

# ---------------------------------------------------------------- labels (blind set 320: ui01-ui08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('embraced martyrdom / were martyred / lost their lives / lost N men / found dead',
     r'\bmartyr|\blost\b|\bfound dead\b'),
    ('taken into custody / captured / abducted / taken',
     r'\bcustody\b|\bcaptured\b|\babducted\b'),
    ('left / uprooted / left their homes', r'\bleft\b|\buprooted\b'),
    ('in intensive care / treated / referred', r'\bintensive care\b|\btreated\b|\breferred\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('policemen/constables/officers/security personnel',
     r'\b(?:policemen|constables|officers|security personnel)\b'),
    ('terrorists/khwarij/apostates', r'\b(?:khwarij|apostates)\b'),
    ('passengers/families/suspects/patients/members',
     r'\b(?:passengers|families|suspects|patients|members)\b'),
    ('schoolboys/clerics/labourers/government employees/volunteers/workers',
     r'\b(?:schoolboys|clerics|labourers|employees|volunteers|workers)\b'),
]

# ui01: sectarian clashes between tribes around Parachinar, Kurram, Khyber Pakhtunkhwa, Pakistan
# (AFP style, one sentence a paragraph)
A['ui01.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('Twenty-one of the dead were tribal fighters', 'killed', 21, 'exact', 'fighters', sub='tot'),
        C('two were schoolboys', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Another 41 people were wounded', 'injured', 41, 'exact', 'people', id='inj'),
        C('seven women', 'injured', 7, 'exact', 'women', sub='inj'),
        C('29 wounded', 'injured', 29, 'exact', 'people', id='h29'),
        C('nine bodies', 'killed', 9, 'exact', 'people'),
        C('four of the injured', 'injured', 4, 'exact', 'people', sub='h29'),
        C('the toll at 27 dead', 'killed', 27, 'exact', 'people', tags='update'),
        C('56 injured', 'injured', 56, 'exact', 'people', tags='update'),
        C('19 members of the community had been killed', 'killed', 19, 'exact', 'people'),
        C('lost 15–18 men', 'killed', None, 'range', 'men', low=15, high=18),
        C('detained 34 suspects', 'detained', 34, 'exact', 'people', id='det'),
        C('two clerics', 'detained', 2, 'exact', 'other', sub='det'),
        C('at least 300 families had fled', 'displaced', 300, 'at-least', 'people'),
        C('Almost 130 people have died', 'killed', 130, 'at-most', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('residents', 'witness'),
        S('Sajjad Turi', 'witness', form='name'),
        S('Doctors at the District Headquarters Hospital in Parachinar', 'anonymous'),
        S('The hospital’s medical superintendent, Dr Qaiser Abbas', 'official', form='title-name'),
        S('A spokesman for the Shiite Majlis Wahdat-e-Muslimeen party', 'other', form='role'),
        S('a Sunni tribal elder, Haji Gul Zaman', 'other', form='title-name'),
        S('District police chief Raza Mehmood', 'official', form='title-name'),
        S('the Kurram Peace Committee', 'other'),
        S('The committee', 'other'),
        S('traders', 'witness'),
        S('the Human Rights Commission of Pakistan', 'ngo'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('some 15 kilometres', 'distance'),
        N('nine miles', 'distance'),
        N('at least five other villages', 'count-objects'),
        N('60 hours', 'duration'),
        N('14-year-old', 'age'),
        N('Some 1,500 soldiers', 'count-people'),
        N('two neighbouring villages', 'count-objects'),
        N('11 days', 'duration'),
        N('around 800,000 people', 'population'),
    ])

# ui02: gunmen ambushing a convoy of passenger buses near Dera Ismail Khan, Khyber Pakhtunkhwa, Pakistan
# (Reuters style)
A['ui02.txt'] = dict(
    casualty=[
        C('killing 18 people', 'killed', 18, 'exact', 'people', id='tot'),
        C('wounding 26', 'injured', 26, 'exact', 'people', id='inj'),
        C('four police officers', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('A dozen of the wounded', 'injured', 12, 'exact', 'people', sub='inj'),
        C('at least six passengers', 'detained', 6, 'at-least', 'people', id='abd'),
        C('two government employees', 'detained', 2, 'exact', 'other', sub='abd'),
        C('killed "more than 20 security personnel"', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('lost two of their own', 'killed', 2, 'exact', 'fighters'),
        C('the bodies of 19 people', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('31 wounded', 'injured', 31, 'exact', 'people', tags='contradicted'),
        C('the death toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('arrested five suspected facilitators', 'detained', 5, 'exact', 'people'),
        C('Hundreds of families have left', 'displaced', None, 'vague', 'people'),
        C('killed at least 642 people', 'killed', 642, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('district police officer Kashif Niazi', 'official', form='title-name'),
        S('Niazi', 'official', nth=1, form='name'),
        S('A senior security official', 'anonymous'),
        S('the official', 'anonymous'),
        S('Tehreek-e-Taliban Pakistan (TTP)', 'military'),
        S('A little-known faction, Ittehad-ul-Mujahideen', 'military'),
        S('The provincial health department', 'official'),
        S('police', 'official', nth=4),
        S('Mohammad Rafiq', 'witness', form='name'),
        S('The Interior Ministry', 'official'),
        S('local elders', 'other'),
        S('the Frontier Security Observatory', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('seven buses', 'count-objects'),
        N('three vans', 'count-objects'),
        N('about 7:15 a.m.', 'time'),
        N('9-year-old', 'age'),
        N('12 to 15 militants', 'count-people'),
        N('one of the buses', 'count-objects'),
        N('47-year-old', 'age'),
        N('Scores of passengers', 'count-people'),
        N('six hours', 'duration'),
        N('nine months', 'duration'),
    ])

# ui03: a suicide bombing at a traders' and elders' rally against militancy in Bannu, Khyber Pakhtunkhwa,
# Pakistan (AP style)
A['ui03.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('wounding more than 50 others', 'injured', 50, 'at-least', 'people', id='inj'),
        C('Scores of wounded people', 'injured', None, 'vague', 'people'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('Three police officers', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('47 wounded', 'injured', 47, 'exact', 'people', id='h47'),
        C('nine of them', 'injured', 9, 'exact', 'people', id='crit', sub='h47'),
        C('12 more', 'injured', 12, 'exact', 'people'),
        C('the death toll had risen to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('three of the critically wounded died', 'killed', 3, 'exact', 'people', sub='crit'),
        C('fewer than 15 people had died', 'killed', 15, 'at-most', 'people', tags='contradicted'),
        C('seven or eight bodies', 'killed', None, 'range', 'people', low=7, high=8),
        C('detained 11 people', 'detained', 11, 'exact', 'people'),
        C('tens of thousands of residents had left', 'displaced', None, 'vague', 'civilians'),
        C('killed 18 people', 'killed', 18, 'exact', 'people', id='mar'),
        C('five soldiers', 'killed', 5, 'exact', 'soldiers', sub='mar'),
        C('killed 1,612 people', 'killed', 1612, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('regional police chief Imran Shah', 'official', form='title-name'),
        S('witnesses', 'witness'),
        S('Shah', 'official', nth=1, form='name'),
        S('spokesman Dr. Naveed Khan', 'official', form='title-name'),
        S('Khan', 'official', nth=1, form='name'),
        S('Provincial government spokesman Tariq Durrani', 'official', form='title-name'),
        S('Haji Sher Alam', 'witness', form='name'),
        S('The Pakistani Taliban', 'military'),
        S('Police', 'official'),
        S('Provincial Chief Minister Fazal Rahim', 'official', form='title-name'),
        S('Organizers', 'other'),
        S('the Islamabad Peace Monitor', 'ngo'),
    ],
    numbers=[
        N('about 4 p.m.', 'time'),
        N('thousands of people', 'count-people'),
        N('62', 'age'),
        N('about 30 meters', 'distance'),
        N('100 feet', 'distance'),
        N('2022', 'year'),
        N('1 million rupees', 'money'),
        N('$3,600', 'money'),
        N('79-21', 'vote'),
    ])

# ui04: a UN OCHA flash update on sectarian clashes and displacement in Bara, Khyber district,
# Khyber Pakhtunkhwa, Pakistan
A['ui04.txt'] = dict(
    casualty=[
        C('At least 31 people have been killed', 'killed', 31, 'at-least', 'people'),
        C('64 injured', 'injured', 64, 'exact', 'people'),
        C('An estimated 4,800 families', 'displaced', 4800, 'approx', 'people'),
        C('about 29,000 people', 'displaced', 29000, 'approx', 'people', tags='repeat'),
        C('31 people had been killed', 'killed', 31, 'exact', 'people', id='ov', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='ov'),
        C('three women', 'killed', 3, 'exact', 'women', sub='ov'),
        C('64 people were being treated', 'injured', 64, 'exact', 'people', id='ovi', tags='repeat'),
        C('Of the injured, 17', 'injured', 17, 'exact', 'people', sub='ovi'),
        C('two of its volunteers were injured', 'injured', 2, 'exact', 'other'),
        C('two dozen people had been arrested', 'detained', 24, 'exact', 'people'),
        C('up to 40 people remain unaccounted for', 'missing', 40, 'at-most', 'people', id='mis'),
        C('an estimated 15 men', 'missing', 15, 'approx', 'men', sub='mis'),
        C('4,812 displaced families', 'displaced', 4812, 'exact', 'people', id='pdma'),
        C('Some 2,900 families', 'displaced', 2900, 'approx', 'people', sub='pdma'),
        C('1,150', 'displaced', 1150, 'exact', 'people', sub='pdma'),
        C('762', 'displaced', 762, 'exact', 'people', sub='pdma'),
    ],
    sources=[
        S('district authorities', 'official'),
        S('the Khyber District Health Office', 'official'),
        S('The Pakistan Red Crescent Society (PRCS)', 'ngo'),
        S('The Khyber District Police', 'official'),
        S('Local elders', 'other'),
        S('The Provincial Disaster Management Authority (PDMA)', 'official'),
        S('humanitarian partners', 'ngo'),
        S('The UN Children’s Fund (UNICEF)', 'ngo'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('18 November 2025', 'date'),
        N('12 November', 'date'),
        N('two health facilities', 'count-objects'),
        N('US$2.4 million', 'money'),
        N('12 November', 'date', nth=1),
        N('two rival religious organisations', 'count-objects'),
        N('at least 14 villages', 'count-objects'),
        N('17 November', 'date'),
        N('some 20 km', 'distance'),
        N('14 November', 'date'),
        N('16 November', 'date'),
        N('two villages', 'count-objects'),
        N('17 November', 'date', nth=1),
        N('an estimated 68 per cent', 'percentage'),
        N('312 households', 'count-people'),
        N('13 November', 'date'),
        N('four trucks', 'count-objects'),
        N('15 November', 'date'),
        N('3,100 food packages', 'count-objects'),
        N('900 tents', 'count-objects'),
        N('two mobile medical teams', 'count-objects'),
        N('1,460 consultations', 'count-objects'),
        N('11 schools', 'count-objects'),
        N('some 6,500 pupils', 'count-people'),
        N('US$2.4 million', 'money', nth=1),
        N('three months', 'duration'),
        N('18 November', 'date', nth=1),
        N('15 per cent', 'percentage'),
    ])

# ui05: militant attacks on three police posts in Lakki Marwat, Khyber Pakhtunkhwa, Pakistan
# (state media, APP style)
A['ui05.txt'] = dict(
    casualty=[
        C('killing nine terrorists', 'killed', 9, 'exact', 'fighters', id='t9'),
        C('injuring several others', 'injured', None, 'vague', 'fighters'),
        C('three police constables embraced martyrdom', 'killed', 3, 'exact', 'soldiers'),
        C('two constables', 'injured', 2, 'exact', 'soldiers'),
        C('the bodies of seven terrorists', 'killed', 7, 'exact', 'fighters', sub='t9'),
        C('the bodies of two more', 'killed', 2, 'exact', 'fighters', sub='t9'),
        C('Two civilians', 'injured', 2, 'exact', 'civilians'),
        C('abducted two labourers', 'detained', 2, 'exact', 'other'),
        C('About 60 families', 'displaced', 60, 'approx', 'people'),
        C('arrested 14 suspects', 'detained', 14, 'exact', 'people', id='arr'),
        C('two of the arrested men', 'detained', 2, 'exact', 'men', sub='arr'),
        C('killed four khwarij', 'killed', 4, 'exact', 'fighters'),
        C('41 policemen were martyred', 'killed', 41, 'exact', 'soldiers'),
        C('63 injured', 'injured', 63, 'exact', 'soldiers'),
    ],
    sources=[
        S('District Police Officer (DPO) Lakki Marwat Tahir Saleem', 'official', form='title-name'),
        S('the DPO', 'official', nth=0),
        S('The DPO', 'official'),
        S('Rescue 1122 officials', 'official'),
        S('the DPO', 'official', nth=1),
        S('local elders', 'other'),
        S('the Counter Terrorism Department (CTD) Bannu Region', 'official'),
        S('a CTD spokesman', 'official', form='role'),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('Chief Minister Khyber Pakhtunkhwa Zahid Mehmood Khattak', 'official', form='title-name'),
        S('police record', 'official', form='document'),
    ],
    numbers=[
        N('Sep 22', 'date'),
        N('three police posts', 'count-objects'),
        N('around 40 terrorists', 'count-people'),
        N('2:30 am', 'time'),
        N('about three hours', 'duration'),
        N('28', 'age'),
        N('35', 'age'),
        N('aged 51', 'age'),
        N('Four Kalashnikovs', 'count-objects'),
        N('two RPG-7 launchers', 'count-objects'),
        N('12 hand grenades', 'count-objects'),
        N('10-year-old', 'age'),
        N('1122', 'other'),
        N('24', 'age'),
        N('Rs 10 million', 'money'),
        N('37 terrorist attacks', 'count-objects'),
    ])

# ui06: an NGO statement on a suicide bombing at a religious-political party's rally in Khar, Bajaur,
# Khyber Pakhtunkhwa, Pakistan (with demands and notes to editors)
A['ui06.txt'] = dict(
    casualty=[
        C('86 people wounded', 'injured', 86, 'exact', 'people', id='w86'),
        C('at least 11 of them have since died', 'killed', 11, 'at-least', 'people', sub='w86'),
        C('the overall death toll at 46', 'killed', 46, 'exact', 'people', id='tot'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('more than 120 people injured', 'injured', 120, 'at-least', 'people'),
        C('63 wounded people', 'injured', 63, 'exact', 'people', id='w63'),
        C('Twenty-two of the wounded', 'injured', 22, 'exact', 'people', sub='w63'),
        C('19 children', 'injured', 19, 'exact', 'children', sub='w86'),
        C('Two SRI paramedics were injured', 'injured', 2, 'exact', 'other'),
        C('31 patients remained in intensive care', 'injured', 31, 'exact', 'people'),
        C('killed “more than 60 apostates”', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('between 20 and 25 people had been taken into custody', 'detained', None, 'range', 'people', low=20, high=25),
        C('at least seven people', 'missing', 7, 'at-least', 'people'),
        C('as many as 350 families', 'displaced', 350, 'at-most', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Local authorities', 'official'),
        S('Dr Sana Gul', 'ngo', form='title-name'),
        S('The hospital’s medical superintendent, Dr Fazal Wahid', 'official', form='title-name'),
        S('Ayaz', 'witness', form='name'),
        S('The Islamic State Khorasan Province (ISKP)', 'military'),
        S('the Amaq news agency', 'media'),
        S('Police', 'official'),
        S('local journalists', 'media'),
        S('The provincial government', 'official'),
    ],
    numbers=[
        N('3 August 2025', 'date'),
        N('around 4.15pm', 'time'),
        N('more than 2,000 supporters', 'count-people'),
        N('14 beds', 'count-objects'),
        N('four patients', 'count-people'),
        N('three-year-old', 'age'),
        N('one of our vehicles', 'count-objects'),
        N('three hours', 'duration'),
        N('more than 400 units of blood', 'quantity'),
        N('ten metres', 'distance'),
        N('19-year-old', 'age'),
        N('2009', 'year'),
        N('21 health facilities', 'count-objects'),
        N('about 1.3 million', 'population'),
    ])

# ui07: militants storming two police posts and a checkpoint in Miranshah, North Waziristan, Khyber
# Pakhtunkhwa, Pakistan (a broadcaster's website: headline and byline)
A['ui07.txt'] = dict(
    casualty=[
        C('killing 11 officers', 'killed', 11, 'exact', 'soldiers'),
        C('killing at least 11 police officers', 'killed', 11, 'at-least', 'soldiers', tags='repeat'),
        C('13 officers had been wounded', 'injured', 13, 'exact', 'soldiers', id='w13'),
        C('five of them', 'injured', 5, 'exact', 'soldiers', sub='w13'),
        C('At least six of them were killed', 'killed', 6, 'at-least', 'fighters'),
        C('14 militants had been killed', 'killed', 14, 'exact', 'fighters'),
        C('two soldiers had lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('killed 27 police and soldiers', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('four officers had been captured', 'detained', 4, 'exact', 'soldiers', tags='contradicted'),
        C('the bodies of three civilians', 'killed', 3, 'exact', 'civilians'),
        C('9 wounded residents', 'injured', 9, 'exact', 'civilians'),
        C('a number of others', 'injured', None, 'vague', 'civilians'),
        C('dozens of families have left', 'displaced', None, 'vague', 'people'),
        C('forced nearly 1 million people from their homes', 'displaced', 1000000, 'at-most', 'people'),
        C('killed over 90 police officers', 'killed', 90, 'at-least', 'soldiers'),
        C('abducted six workers', 'detained', 6, 'exact', 'other'),
    ],
    sources=[
        S('officials', 'official'),
        S('a senior police officer in the district', 'anonymous'),
        S('the officer', 'anonymous'),
        S('The military’s media wing, Inter-Services Public Relations (ISPR)', 'military'),
        S('Ansar-ul-Waziristan', 'military'),
        S('The statement', 'military', form='document'),
        S('the police', 'official'),
        S('a doctor', 'anonymous'),
        S('Noor Wali', 'witness', form='name'),
        S('Residents', 'witness'),
        S('the Centre for Peace and Conflict Analysis', 'ngo'),
        S('the district administration', 'official'),
        S("The provincial government's spokesman, Javed Kakakhel", 'official', form='title-name'),
    ],
    numbers=[
        N('two police posts', 'count-objects'),
        N('nearly five hours', 'duration'),
        N('Between 25 and 30 attackers', 'count-people'),
        N('12-year-old', 'age'),
        N('about 200 metres', 'distance'),
        N('one of the posts', 'count-objects'),
        N('about 700,000 people', 'population'),
        N('2014', 'year'),
        N('3,000 additional police', 'count-people'),
    ])

# ui08: gunmen ambushing a convoy of passenger minibuses outside Tank, Khyber Pakhtunkhwa, Pakistan
# (a newspaper's own correspondent: headline and byline)
A['ui08.txt'] = dict(
    casualty=[
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people'),
        C('14 bodies', 'killed', 14, 'exact', 'people'),
        C('23 injured people', 'injured', 23, 'exact', 'people', id='inj'),
        C('four women', 'injured', 4, 'exact', 'women', sub='inj'),
        C('Two more died', 'killed', 2, 'exact', 'people'),
        C('8 of the most seriously hurt', 'injured', 8, 'exact', 'people', sub='inj'),
        C('the death toll at 19', 'killed', 19, 'exact', 'people', id='pol', tags='contradicted'),
        C('three police officers', 'killed', 3, 'exact', 'soldiers', sub='pol'),
        C('27 people had been wounded', 'injured', 27, 'exact', 'people', tags='contradicted'),
        C('20 to 22 people had died', 'killed', None, 'range', 'people', low=20, high=22, tags='contradicted'),
        C('abducted six passengers', 'detained', 6, 'exact', 'people', id='abd'),
        C('two of the abducted passengers had been found dead', 'killed', 2, 'exact', 'people', sub='abd'),
        C('the other four were still missing', 'missing', 4, 'exact', 'people', sub='abd'),
        C('killed two policemen', 'killed', 2, 'exact', 'soldiers'),
        C('Thousands of families uprooted', 'displaced', None, 'vague', 'people'),
        C('some 7,000 displaced families', 'displaced', 7000, 'approx', 'people'),
        C('more than 70 people had been killed', 'killed', 70, 'at-least', 'people'),
    ],
    sources=[
        S('Dr Ikramullah Marwat', 'official', form='title-name'),
        S('The district police', 'official'),
        S('Local television channels', 'media'),
        S('hospital sources', 'anonymous'),
        S('Witnesses', 'witness'),
        S('Sabir Gul', 'witness', form='name'),
        S('the police', 'official'),
        S('relatives', 'witness'),
        S('A spokesman for the Pakistani Taliban, Qari Saifullah', 'military', form='title-name'),
        S('Tank’s deputy commissioner, Wali Muhammad', 'official', form='title-name'),
        S('the provincial disaster authority', 'official'),
        S('The Human Rights Commission of Pakistan', 'ngo'),
    ],
    numbers=[
        N('The nine vehicles', 'count-objects'),
        N('a handful of families', 'count-people'),
        N('about 10', 'age'),
        N('11 years', 'duration'),
        N('between ten and 15', 'count-people'),
        N('One of the drivers', 'count-people'),
        N('38', 'age'),
        N('three days', 'duration'),
        N('Section 144', 'other'),
        N('more than four people', 'count-people'),
        N('some 400,000 people', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
