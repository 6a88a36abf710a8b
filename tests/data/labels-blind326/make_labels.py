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

# ---------------------------------------------------------------- labels (blind set 326: aj01-aj08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / lost … men / lost their lives / shot dead', r'\bburied\b|\blost\b|\bshot dead\b'),
    ('captured / held / took / abducted', r'\bcaptured\b|\bheld\b|\btook\b'),
    ('on the move / newly displaced', r'\bon the move\b|\bnewly displaced\b'),
    ('gunshot wounds / minor injuries / trauma patients', r'\bwounds\b|\binjuries\b|\btrauma\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('recruits/cadets', r'\b(?:recruits|cadets)\b'),
    ('commanders/militiamen', r'\b(?:commanders|militiamen)\b'),
    ('families/passengers/collaborators/suspects/Somalis',
     r'\b(?:families|passengers|collaborators|suspects|Somalis)\b'),
    ('farmers/driver', r'\b(?:farmers|driver)\b'),
    ('daughters/boys/brothers/friends', r'\b(?:daughters|boys|brothers|friends)\b'),
]

# aj01: a suicide bombing at a police passing-out parade in Jowhar, Hirshabelle (AFP style)
A['aj01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounding more than 40', 'injured', 40, 'at-least', 'people', id='inj'),
        C('11 recruits', 'killed', 11, 'exact', 'soldiers', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('26 of the wounded', 'injured', 26, 'exact', 'people', sub='inj', id='hosp'),
        C('four of them had since died', 'killed', 4, 'exact', 'people', sub='hosp'),
        C('the toll to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('three cadets', 'missing', 3, 'exact', 'soldiers'),
        C('the number of wounded at 47', 'injured', 47, 'exact', 'people'),
        C('killed more than 60 “apostate soldiers”', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('two of its soldiers', 'injured', 2, 'exact', 'soldiers'),
        C('arrested seven suspects', 'detained', 7, 'exact', 'people'),
        C('more than twenty-five bodies', 'killed', 25, 'at-least', 'people'),
        C('dozens of families', 'displaced', None, 'vague', 'people'),
        C('killed nine people', 'killed', 9, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a police officer at the scene', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Hirshabelle state’s police commissioner, Colonel Abdiqani Mohamud Farah', 'official',
          form='title-name'),
        S('Dr Halima Osman Nur', 'official', form='title-name'),
        S('Police', 'official'),
        S('State news agency SONNA', 'media'),
        S('regional police', 'official'),
        S('Al-Shabaab', 'military'),
        S('Radio Andalus', 'media'),
        S('The African Union mission, AUSSOM', 'military'),
        S('State Security Minister Ahmed Hassan Gurey', 'official', form='title-name'),
        S('Gurey', 'official', nth=1, form='name'),
        S('A witness, Fadumo Ali', 'witness', form='name'),
        S('Residents', 'witness'),
    ],
    numbers=[
        N('9:00 am', 'time'),
        N('0600 GMT', 'time'),
        N('six months', 'duration'),
        N('90 kilometres', 'distance'),
        N('nearly two decades', 'duration'),
        N('38', 'age'),
        N('16-year-old', 'age'),
        N('an estimated 120,000 people', 'population'),
        N('March 2023', 'date'),
    ])

# aj02: air strikes on al Shabaab camps north of Kismayo, Jubaland (Reuters style)
A['aj02.txt'] = dict(
    casualty=[
        C('killed at least 45 militants', 'killed', 45, 'at-least', 'fighters', id='tot'),
        C('three senior commanders', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('11 foreign fighters', 'killed', 11, 'exact', 'fighters', sub='tot'),
        C('20 to 25 militants had been wounded', 'injured', None, 'range', 'fighters', low=20, high=25),
        C('buried seven people', 'killed', 7, 'exact', 'people', id='vil', tags='contradicted'),
        C('four of them children', 'killed', 4, 'exact', 'children', sub='vil'),
        C('at least 12 civilians had been killed', 'killed', 12, 'at-least', 'civilians', tags='contradicted'),
        C('as many as 30 others wounded', 'injured', 30, 'at-most', 'civilians', tags='contradicted'),
        C('Scores of families had fled', 'displaced', None, 'vague', 'people'),
        C('17 wounded people', 'injured', 17, 'exact', 'people', id='hosp'),
        C('five women', 'injured', 5, 'exact', 'women', sub='hosp'),
        C('28 "innocent farmers" had died', 'killed', 28, 'exact', 'other', tags='contradicted'),
        C('the number of militants killed to 52', 'killed', 52, 'exact', 'fighters', tags='update'),
        C('the bodies of seven more', 'killed', 7, 'exact', 'fighters'),
        C('forced an estimated 18,000 people from their homes', 'displaced', 18000, 'approx', 'people'),
        C('detained 14 people', 'detained', 14, 'exact', 'people'),
    ],
    sources=[
        S('the Jubaland regional administration', 'official'),
        S('residents', 'witness'),
        S('Jubaland security minister Yusuf Hussein Dhumal', 'official', form='title-name'),
        S('The U.S. Africa Command (AFRICOM)', 'military'),
        S('Residents of Kamsuma', 'witness'),
        S('Abdirahman Aden', 'witness', form='name'),
        S('A lawmaker from Kismayo in the federal parliament, Ahmed Abdi Sheikh', 'official', form='title-name'),
        S('Dr. Farhan Ismail', 'official', form='title-name'),
        S("Jubaland's information ministry", 'official'),
        S('A website that supports al Shabaab', 'media'),
        S('Dhumal', 'official', nth=1, form='name'),
        S('Skywatch Somalia', 'ngo'),
        S('the U.N. refugee agency UNHCR', 'ngo'),
        S('Jubaland police', 'official'),
    ],
    numbers=[
        N('May 12', 'date'),
        N('two al Shabaab training camps', 'count-objects'),
        N('about 4 a.m.', 'time'),
        N('some 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('one strike', 'count-objects'),
        N('10-year-old', 'age'),
        N('more than 40 air strikes', 'count-objects'),
    ])

# aj03: clan militias fighting over riverside farmland outside Beledweyne, Hiiraan (AP style)
A['aj03.txt'] = dict(
    casualty=[
        C('killed at least 31 people', 'killed', 31, 'at-least', 'people', id='tot'),
        C('hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('22 fighters', 'killed', 22, 'exact', 'fighters', sub='tot'),
        C('nine civilians', 'killed', 9, 'exact', 'civilians', sub='tot', id='civ'),
        C('two daughters', 'killed', 2, 'exact', 'children', sub='civ'),
        C('At least 48 people had been wounded', 'injured', 48, 'at-least', 'people', id='inj'),
        C('37 of the wounded', 'injured', 37, 'exact', 'people', sub='inj'),
        C('six patients had died', 'killed', 6, 'exact', 'people'),
        C('lost 14 men', 'killed', 14, 'exact', 'men'),
        C('two dozen of its members were being held', 'detained', 24, 'exact', 'people'),
        C('the number of his fighters killed at seven or eight', 'killed', None, 'range', 'fighters',
          low=7, high=8),
        C('Two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('arrested 23 clan militiamen', 'detained', 23, 'exact', 'fighters'),
        C('an estimated 2,400 families', 'displaced', 2400, 'approx', 'people'),
        C('some 14,000 people', 'displaced', 14000, 'approx', 'people', tags='repeat'),
        C('abducted several women', 'detained', None, 'vague', 'women'),
        C('11 people', 'missing', 11, 'exact', 'people'),
        C('the death toll had risen to 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('three wounded fighters died', 'killed', 3, 'exact', 'fighters'),
    ],
    sources=[
        S('officials', 'official'),
        S('elders', 'other'),
        S('the deputy governor of the Hiiraan region, Abdullahi Omar Dhagah', 'official', form='title-name'),
        S('Dhagah', 'official', nth=1, form='name'),
        S('Dr. Sahra Mohamed Jimale', 'official', form='title-name'),
        S('Jimale', 'official', nth=1, form='name'),
        S('A traditional elder, Ugaas Hassan Mire', 'other', form='name'),
        S('A commander of that militia', 'anonymous'),
        S('the Somali National Army', 'military'),
        S('the army', 'military'),
        S('Police in Beledweyne', 'official'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
        S('Residents', 'witness'),
        S('Hawo Abdi', 'witness', form='name'),
        S('Dhagah', 'official', nth=2, form='name'),
    ],
    numbers=[
        N('1970s', 'year'),
        N('two tables', 'count-objects'),
        N('one room', 'count-objects'),
        N('about 200', 'count-people'),
        N('two sides', 'count-people'),
        N('seven villages', 'count-objects'),
        N('about 60 homes', 'count-objects'),
        N('45-year-old', 'age'),
        N('mother of six', 'count-people'),
    ])

# aj04: a UN OCHA flash update on conflict and drought displacement into Baidoa, Bay region
A['aj04.txt'] = dict(
    casualty=[
        C('More than 41,000 people have been newly displaced', 'displaced', 41000, 'at-least', 'people', id='disp'),
        C('At least 17 civilians were killed', 'killed', 17, 'at-least', 'civilians'),
        C('26 injured', 'injured', 26, 'exact', 'civilians', id='inj'),
        C('the 17 dead', 'killed', 17, 'exact', 'civilians', id='ied', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='ied'),
        C('five women', 'killed', 5, 'exact', 'women', sub='ied'),
        C('11 of the injured', 'injured', 11, 'exact', 'civilians', sub='inj'),
        C('two more passengers died', 'killed', 2, 'exact', 'people'),
        C('the death toll to 19', 'killed', 19, 'exact', 'civilians', tags='update'),
        C('8–10 people', 'detained', None, 'range', 'people', low=8, high=10),
        C('12,600 people', 'displaced', 12600, 'exact', 'people', sub='disp'),
        C('about 9,800', 'displaced', 9800, 'approx', 'people', sub='disp'),
        C('roughly 7,300', 'displaced', 7300, 'approx', 'people', sub='disp'),
        C('up to 6,000 more people are on the move', 'displaced', 6000, 'at-most', 'people'),
        C('One driver was killed', 'killed', 1, 'exact', 'other'),
        C('64 trauma patients', 'injured', 64, 'exact', 'people', id='tr'),
        C('23 children', 'injured', 23, 'exact', 'children', sub='tr'),
    ],
    sources=[
        S('site management partners', 'ngo'),
        S('the South West State Ministry of Health', 'official'),
        S('Local authorities', 'official'),
        S('Partners', 'ngo'),
        S('The Camp Coordination and Camp Management (CCCM) Cluster', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('the logistics cluster', 'ngo'),
        S('the hospital administration', 'official'),
        S('Mobile health teams', 'ngo'),
        S('Partners', 'ngo', nth=2),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 March 2025', 'date'),
        N('1 February', 'date'),
        N('14 March', 'date'),
        N('US$6.2 million', 'money'),
        N('90 days', 'duration'),
        N('at least 120 villages', 'count-objects'),
        N('14 March', 'date', nth=1),
        N('16 March', 'date'),
        N('11 March', 'date'),
        N('36 smaller sites', 'count-objects'),
        N('an estimated 82 per cent', 'percentage'),
        N('10 March', 'date'),
        N('two contracted trucks', 'count-objects'),
        N('3,100 households', 'count-people'),
        N('about 25,000 people', 'count-people'),
        N('the three largest sites', 'count-objects'),
        N('1 March', 'date'),
        N('US$6.2 million', 'money', nth=1),
        N('US$0.74 million', 'money'),
        N('12 per cent', 'percentage'),
    ])

# aj05: air strikes and a ground sweep on Al-Shabaab camps west of Afgooye (state media, SONNA style)
A['aj05.txt'] = dict(
    casualty=[
        C('57 militants killed', 'killed', 57, 'exact', 'fighters'),
        C('57 Al-Shabaab terrorists were killed', 'killed', 57, 'exact', 'fighters', id='tot', tags='repeat'),
        C('four senior commanders', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('between 25 and 30 others', 'injured', None, 'range', 'fighters', low=25, high=30),
        C('captured a dozen others', 'detained', 12, 'exact', 'fighters'),
        C('three soldiers sustained minor injuries', 'injured', 3, 'exact', 'soldiers'),
        C('21 civilians', 'killed', 21, 'exact', 'civilians', tags='contradicted'),
        C('arrested 16 suspected collaborators', 'detained', 16, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('seven civilians wounded', 'injured', 7, 'exact', 'civilians'),
        C('about 340 families who fled', 'displaced', 340, 'approx', 'people'),
        C('abducted more than 150 boys', 'detained', 150, 'at-least', 'children'),
        C('over 600 terrorists dead', 'killed', 600, 'at-least', 'fighters'),
        C('41 soldiers have lost their lives', 'killed', 41, 'exact', 'soldiers'),
    ],
    sources=[
        S('The Somali National Army (SNA) Command', 'military'),
        S('The Commander of the SNA Ground Forces, Brigadier General Mohamed Abdi Ali', 'military',
          form='title-name'),
        S('The Commander', 'military', nth=1, form='role'),
        S('The statement', 'military', form='document'),
        S('The Command', 'military'),
        S('an Al-Shabaab-affiliated website', 'media'),
        S('Residents of Afgooye', 'witness'),
        S('The Governor of Lower Shabelle, Mr Mohamed Ibrahim Barre', 'official', form='title-name'),
        S('The Director of Afgooye District Hospital, Dr Nasra Abdi Roble', 'official', form='title-name'),
        S('the authorities', 'official'),
        S('The District Commissioner of Afgooye, Mr Abdullahi Ali Warsame', 'official', form='title-name'),
        S('The SNA Command', 'military'),
        S('The Federal Government', 'official'),
    ],
    numbers=[
        N('22 April 2025', 'date'),
        N('three camps', 'count-objects'),
        N('30 kilometres', 'distance'),
        N('five vehicles', 'count-objects'),
        N('40 AK-47 rifles', 'count-objects'),
        N('two tonnes', 'quantity'),
        N('about 11 pm', 'time'),
        N('11 villages', 'count-objects'),
        N('23 locations', 'count-objects'),
    ])

# aj06: an NGO statement on a shooting at a camp water point and on drought and conflict displacement
# in Galkayo, Mudug
A['aj06.txt'] = dict(
    casualty=[
        C('killing six displaced people', 'killed', 6, 'exact', 'people', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('wounding 14 others', 'injured', 14, 'exact', 'people', id='inj'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', sub='inj', id='bha'),
        C('Four were women', 'injured', 4, 'exact', 'women', sub='bha'),
        C('two of the attackers were killed', 'killed', 2, 'exact', 'fighters'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('a higher toll of eight dead', 'killed', 8, 'exact', 'people', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('an estimated 27,500 people have fled', 'displaced', 27500, 'approx', 'people'),
        C('killed at least 20 people', 'killed', 20, 'at-least', 'people'),
        C('forced about 1,800 families from their homes', 'displaced', 1800, 'approx', 'people'),
        C('at least 12 young men', 'detained', 12, 'at-least', 'men'),
        C('nearly 3.5 million people are displaced', 'displaced', 3500000, 'at-most', 'people'),
    ],
    sources=[
        S('Badbaado Health Action', 'ngo'),
        S('Badbaado Health Action (BHA)', 'ngo'),
        S('Dr Faadumo Warsame', 'ngo', form='title-name'),
        S('Camp leaders', 'other'),
        S('Police in Galkayo', 'official'),
        S('The South Galkayo district administration', 'official'),
        S('the International Organization for Migration', 'ngo'),
        S('local elders', 'other'),
        S('Residents of Alla-Aamin', 'witness'),
        S('A camp committee member', 'anonymous'),
        S('the UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('3 June 2025', 'date'),
        N('19-year-old', 'age'),
        N('48 settlements', 'count-objects'),
        N('Roughly 60 per cent', 'percentage'),
        N('412 households', 'count-people'),
        N('three camps', 'count-objects'),
        N('some 70 km', 'distance'),
        N('two months', 'duration'),
        N('14%', 'percentage'),
        N('five months', 'duration'),
        N('2011', 'year'),
        N('6 mobile clinics', 'count-objects'),
        N('about 9,200 people', 'population'),
    ])

# aj07: a suicide bombing at an army recruitment centre in Dhusamareb, Galmudug (broadcaster's website)
A['aj07.txt'] = dict(
    casualty=[
        C('kills dozens', 'killed', None, 'vague', 'people'),
        C('At least 32 people have been killed', 'killed', 32, 'at-least', 'people', id='tot', tags='repeat'),
        C('Almost 50 others were wounded', 'injured', 50, 'at-most', 'people', id='inj'),
        C('killed 70 “apostate soldiers”', 'killed', 70, 'exact', 'soldiers', tags='contradicted'),
        C('11 of them', 'killed', 11, 'exact', 'people', sub='tot'),
        C('three soldiers', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('two ambulance workers', 'injured', 2, 'exact', 'other', sub='inj'),
        C('47 wounded people', 'injured', 47, 'exact', 'people', id='hosp'),
        C('five of them had died', 'killed', 5, 'exact', 'people', sub='hosp'),
        C('fewer than 10 of them', 'injured', 10, 'at-most', 'people', sub='hosp'),
        C('the death toll to 38', 'killed', 38, 'exact', 'people', tags='update'),
        C('two of my friends were killed', 'killed', 2, 'exact', 'people'),
        C('15-20 young men who are still unaccounted for', 'missing', None, 'range', 'men', low=15, high=20),
        C('arrested nine people', 'detained', 9, 'exact', 'people'),
        C('killed 14 militants', 'killed', 14, 'exact', 'fighters'),
    ],
    sources=[
        S('officials', 'official'),
        S('The militant Islamist group al-Shabab', 'military'),
        S('the group', 'military'),
        S('the authorities', 'official'),
        S('Galmudug’s information minister, Abdiqadir Hassan Dhoore', 'official', form='title-name'),
        S('Mr Dhoore', 'official', form='name'),
        S('Staff at Dhusamareb General Hospital', 'anonymous'),
        S('A doctor there', 'anonymous'),
        S('the regional authorities', 'official'),
        S('Mohamed Abdullahi', 'witness', form='name'),
        S('a local journalist, Abdiweli Nur', 'media', form='name'),
        S('Somalia’s army', 'military'),
        S('Analysts', 'other'),
    ],
    numbers=[
        N('hundreds of would-be recruits', 'count-people'),
        N('under 18', 'age'),
        N('20', 'age'),
        N('some 50km', 'distance'),
        N('31 miles', 'distance'),
        N('2022', 'year'),
        N('at least four suicide attacks', 'count-objects'),
        N('$200', 'money'),
        N('194 to 11', 'vote'),
        N('$1.4bn', 'money'),
    ])

# aj08: clan fighting over irrigated farmland outside Marka, Lower Shabelle (a newspaper's own
# correspondent)
A['aj08.txt'] = dict(
    casualty=[
        C('16 of them', 'killed', 16, 'exact', 'people', sub='tot'),
        C('at least 27 people killed', 'killed', 27, 'at-least', 'people', id='tot'),
        C('34 dead', 'killed', 34, 'exact', 'people', tags='contradicted'),
        C('the toll at 27', 'killed', 27, 'exact', 'people', tags='repeat'),
        C('the number of wounded at “more than 60”', 'injured', 60, 'at-least', 'people', id='wnd'),
        C('six women', 'injured', 6, 'exact', 'women', sub='wnd'),
        C('treated 38 people with gunshot wounds', 'injured', 38, 'exact', 'people', id='hosp'),
        C('Three of them', 'killed', 3, 'exact', 'people', sub='hosp'),
        C('around 9,000 people had fled', 'displaced', 9000, 'approx', 'people'),
        C('some 20,000 people already sheltering', 'displaced', 20000, 'approx', 'people'),
        C('his two brothers', 'detained', 2, 'exact', 'men'),
        C('A number of farmers are still missing', 'missing', None, 'vague', 'other'),
        C('detained 12 militiamen', 'detained', 12, 'exact', 'fighters'),
        C('abducted seven farmers', 'detained', 7, 'exact', 'other'),
        C('displaced more than 150,000 Somalis', 'displaced', 150000, 'at-least', 'people'),
    ],
    sources=[
        S('Local elders', 'other'),
        S('Sheikh Abukar Hassan', 'other', form='title-name'),
        S('Lower Shabelle’s regional administration', 'official'),
        S('The statement', 'official', form='document'),
        S('nurses', 'anonymous'),
        S('residents', 'witness'),
        S('Marka’s district commissioner, Abdullahi Ali Gacal', 'official', form='title-name'),
        S('Gacal', 'official', nth=1, form='name'),
        S('Fadumo Isak', 'witness', form='name'),
        S('relatives', 'witness'),
        S('A Somali army officer', 'anonymous'),
        S('Residents', 'witness'),
        S('The UN’s humanitarian office', 'ngo'),
    ],
    numbers=[
        N('four days', 'duration'),
        N('1991', 'year'),
        N('67', 'age'),
        N('three decades', 'duration'),
        N('AK-47s', 'other'),
        N('40 beds', 'count-objects'),
        N('12', 'age'),
        N('15 km', 'distance'),
        N('four children', 'count-people'),
        N('20 km', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
