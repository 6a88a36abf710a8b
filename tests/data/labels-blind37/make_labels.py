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

# ---------------------------------------------------------------- labels (37th blind set: kk01-kk08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / martyred / eliminated / neutralised / gave up the ghost / paid the supreme price / lost',
     r'\bshot dead\b|\bmartyr|\beliminated\b|\bneutrali[sz]ed\b|\bgave up the ghost\b|\bsupreme price\b|'
     r'\blost\b|\bloss\b|\bburied\b'),
    ('treated / hit / injuries', r'\btreated\b|\bhit\b|\binjuries\b'),
    ('captured / held / arrested', r'\bcaptured\b|\bheld\b'),
    ('left / fled their homes / displaced afresh', r'\bleft\b|\bfled\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('persons/Palestinians/Israelis/families/households/suspects/facilitators/accomplices/apostates',
     r'\b(?:persons|Palestinians|Israelis|families|households|suspects|facilitators|accomplices|apostates)\b'),
    ('operatives/attackers/members', r'\b(?:operatives|attackers|members)\b'),
    ('policemen/gendarmes/officers/martyred soldiers', r'\b(?:policemen|gendarmes|officers|martyred)\b'),
    ('deminers/staff/nurses/paramedics', r'\b(?:deminers|staff|nurses|paramedics)\b'),
    ('teenage boys/young men', r'\b(?:teenage boys|young men)\b'),
]

# kk01: gunmen attack a deminers' camp in Muqur district, Badghis province, Afghanistan (Reuters style)
A['kk01.txt'] = dict(
    casualty=[
        C('killing 10 people', 'killed', 10, 'exact', 'people', id='tot'),
        C('wounding at least 14', 'injured', 14, 'at-least', 'people'),
        C('Eight of the dead were deminers', 'killed', 8, 'exact', 'other', sub='tot'),
        C('the other two were policemen', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('nine bodies', 'killed', 9, 'exact', 'people'),
        C('17 wounded', 'injured', 17, 'exact', 'people', id='h17'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='h17'),
        C('11 of its staff had been killed', 'killed', 11, 'exact', 'other', tags='contradicted'),
        C('three others were missing', 'missing', 3, 'exact', 'other'),
        C('killed "more than 20 apostates', 'killed', 20, 'at-least', 'people', tags='contradicted'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
        C('12 civilians had been killed', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('15 wounded', 'injured', 15, 'exact', 'civilians', tags='contradicted'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('killed 312 people', 'killed', 312, 'exact', 'people'),
    ],
    sources=[
        S('the provincial police spokesman, Abdul Salam Hamdard', 'official', form='title-name'),
        S('Hamdard', 'official', nth=1, form='name'),
        S('A doctor at the provincial hospital in Qala-i-Naw', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('The Sahar Demining Organization', 'ngo'),
        S("Islamic State's regional affiliate, Islamic State Khorasan Province (ISKP)", 'military'),
        S('its Amaq news agency', 'media'),
        S('Taliban interior ministry spokesman Abdul Wahid Saqib', 'official', form='title-name'),
        S('The U.N. Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('Residents', 'witness'),
        S('U.N. figures', 'ngo', form='document'),
    ],
    numbers=[
        N('one', 'other'),
        N('2021', 'year'),
        N('11:30 p.m.', 'time'),
        N('19-year-old', 'age'),
        N('two neighboring provinces', 'count-objects'),
        N('two villages', 'count-objects'),
        N('about 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('one', 'other', nth=1),
        N('1980s', 'year'),
        N('$3.5 million', 'money'),
    ])

# kk02: an Israeli raid on Hebron, occupied West Bank, settlers in Susiya (AFP style)
A['kk02.txt'] = dict(
    casualty=[
        C('shot dead three Palestinians', 'killed', 3, 'exact', 'people'),
        C('11 other people had been wounded', 'injured', 11, 'exact', 'people', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('treated 27 people', 'injured', 27, 'exact', 'people'),
        C('one of its paramedics had been hit', 'injured', 1, 'exact', 'other'),
        C('eliminated two armed terrorists', 'killed', 2, 'exact', 'fighters'),
        C('14 wanted suspects had been detained', 'detained', 14, 'exact', 'people'),
        C('dozens of injured', 'injured', None, 'vague', 'people'),
        C('the death toll to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('arrested at least 18 people', 'detained', 18, 'at-least', 'people', id='pps', tags='contradicted'),
        C('four children', 'detained', 4, 'exact', 'children', sub='pps'),
        C('five to seven villagers had been hurt', 'injured', None, 'range', 'civilians', low=5, high=7),
        C('At least 1,012 Palestinians', 'killed', 1012, 'at-least', 'people'),
        C('At least 44 Israelis', 'killed', 44, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli army', 'military'),
        S('Abu Khalil al-Jabari', 'witness', form='name'),
        S('the ministry', 'official'),
        S('The Palestinian Prisoners’ Society', 'ngo'),
        S('residents of Susiya', 'witness'),
        S('The official Palestinian news agency Wafa', 'media'),
        S('the Palestinian health ministry', 'official', nth=1),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('about 30 jeeps', 'count-objects'),
        N('58', 'age'),
        N('24-year-old', 'age'),
        N('two cars', 'count-objects'),
        N('70-year-old', 'age'),
        N('some 200,000 Palestinians', 'population'),
        N('several hundred Israeli settlers', 'population'),
        N('October 2023', 'date'),
    ])

# kk03: Israeli air strikes on Tyre, southern Lebanon (broadcaster's web story, headline, no dateline)
A['kk03.txt'] = dict(
    casualty=[
        C('kill 12', 'killed', 12, 'exact', 'people'),
        C('killed at least 12 people', 'killed', 12, 'at-least', 'people', id='tot', tags='repeat'),
        C('injured more than 40', 'injured', 40, 'at-least', 'people'),
        C('Two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('three other operatives', 'killed', 3, 'exact', 'fighters'),
        C('two of its members had been killed', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('up to six people were still missing', 'missing', 6, 'at-most', 'people', id='miss'),
        C('a family of five', 'missing', 5, 'exact', 'people', sub='miss'),
        C('23 wounded people', 'injured', 23, 'exact', 'people', id='hosp'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='hosp'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='hosp'),
        C('the toll to 15', 'killed', 15, 'exact', 'people', tags='update'),
        C('three more bodies', 'killed', 3, 'exact', 'people'),
        C('Thousands of residents have left', 'displaced', None, 'vague', 'civilians'),
        C('killed more than 4,000 people', 'killed', 4000, 'at-least', 'people'),
        C('about 80', 'killed', 80, 'approx', 'people'),
    ],
    sources=[
        S('health ministry', 'official'),
        S('Lebanon’s health ministry', 'official'),
        S('the ministry', 'official'),
        S('The Israeli military', 'military'),
        S('Hezbollah', 'military', nth=1),
        S('Hezbollah’s Al-Manar television', 'media'),
        S('The head of the civil defence in Tyre, Ali Safieddine', 'official', form='title-name'),
        S('Hassan Fawaz', 'witness', form='name'),
        S('Dr Samira Haidar', 'official', form='title-name'),
        S('the health ministry', 'official'),
        S('The UN peacekeeping force in southern Lebanon, Unifil', 'military'),
        S('the municipality', 'official'),
        S('the health ministry', 'official', nth=1),
    ],
    numbers=[
        N('four-storey', 'other'),
        N('20 to 25 apartments', 'count-objects'),
        N('two daughters', 'count-people'),
        N('41', 'age'),
        N('one', 'other'),
        N('three main hospitals', 'count-objects'),
        N('about 10,000 troops', 'count-people'),
        N('about 40km', 'distance'),
        N('25 miles', 'distance'),
        N('November 2024', 'date'),
        N('five hilltop positions', 'count-objects'),
    ])

# kk04: al-Qaeda attack on a checkpoint in Mudiyah district, Abyan governorate, Yemen (state media, Saba style)
A['kk04.txt'] = dict(
    casualty=[
        C('Six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('11 others were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('killing 14 of the attackers', 'killed', 14, 'exact', 'fighters'),
        C('the bodies of seven martyred soldiers', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('16 wounded people', 'injured', 16, 'exact', 'people', id='h16', tags='contradicted'),
        C('two civilians', 'injured', 2, 'exact', 'civilians', sub='h16'),
        C('four of the wounded', 'injured', 4, 'exact', 'people', sub='h16'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('killed 20 soldiers', 'killed', 20, 'exact', 'soldiers', tags='contradicted'),
        C('about 150 families had fled', 'displaced', 150, 'approx', 'people'),
        C('More than 100 soldiers have been martyred', 'killed', 100, 'at-least', 'soldiers'),
    ],
    sources=[
        S('a military source', 'anonymous'),
        S('The source', 'anonymous'),
        S('Governor of Abyan Mohammed Saleh al-Mansouri', 'official', form='title-name'),
        S('Director of the Health Office in Abyan, Dr. Khaled al-Yafei', 'official', form='title-name'),
        S('The military source', 'anonymous'),
        S('The terrorist organisation', 'military'),
        S('the source', 'anonymous'),
        S('The local authority in Mudiyah district', 'official'),
        S('figures from the Ministry of Defence', 'military', form='document'),
    ],
    numbers=[
        N('March 9', 'date'),
        N('two directions', 'count-objects'),
        N('between 40 and 50 terrorists', 'count-people'),
        N('more than three hours', 'duration'),
        N('aged 12', 'age'),
        N('two machine guns', 'count-objects'),
        N('Thousands of citizens', 'count-people'),
        N('two years', 'duration'),
        N('August 2022', 'date'),
        N('the two governorates', 'count-objects'),
    ])

# kk05: clashes and drone strikes in Tessalit, Kidal region, northern Mali (UN OCHA flash update)
A['kk05.txt'] = dict(
    casualty=[
        C('At least 19 civilians were killed', 'killed', 19, 'at-least', 'civilians'),
        C('32 injured', 'injured', 32, 'exact', 'civilians'),
        C('An estimated 6,500 people have fled', 'displaced', 6500, 'approx', 'people'),
        C('two of its nurses are missing', 'missing', 2, 'exact', 'other'),
        C('19 civilians were killed', 'killed', 19, 'exact', 'civilians', nth=1, id='civ', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='civ'),
        C('three women', 'killed', 3, 'exact', 'women', sub='civ'),
        C('32 others were injured', 'injured', 32, 'exact', 'civilians', id='inj', tags='repeat'),
        C('14 of whom', 'injured', 14, 'exact', 'civilians', sub='inj'),
        C('a further five bodies', 'killed', 5, 'exact', 'people'),
        C('killed 31 “terrorists”', 'killed', 31, 'exact', 'fighters'),
        C('the loss of four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('killed 27 soldiers', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('captured six', 'detained', 6, 'exact', 'soldiers'),
        C('an estimated 6,500 people', 'displaced', 6500, 'approx', 'people', id='disp', tags='repeat'),
        C('around 1,100 households', 'displaced', 1100, 'approx', 'people'),
        C('About 4,000 of them', 'displaced', 4000, 'approx', 'people', sub='disp'),
        C('Two nurses remain missing', 'missing', 2, 'exact', 'other', tags='repeat'),
        C('nearly 50 wounded patients', 'injured', 50, 'at-most', 'people'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('partners', 'ngo'),
        S('the Tessalit health district', 'official'),
        S('Community leaders', 'other'),
        S('FAMa', 'military', nth=1),
        S('The FLA', 'military'),
        S('the Commission on Population Movements (CMP)', 'ngo'),
        S('Partners', 'ngo'),
        S('Humanitarian partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 May 2025', 'date'),
        N('10 and 13 May', 'date'),
        N('11 May', 'date'),
        N('10 May', 'date'),
        N('one side', 'other'),
        N('8 km', 'distance'),
        N('11 and 12 May', 'date'),
        N('some 400 km', 'distance'),
        N('12 May', 'date', nth=1),
        N('several vehicles', 'count-objects'),
        N('10 May', 'date', nth=1),
        N('80 km', 'distance'),
        N('about 12,000', 'population'),
        N('one of its two ambulances', 'count-objects'),
        N('10 May', 'date', nth=2),
        N('12 May', 'date', nth=2),
        N('14 trucks', 'count-objects'),
        N('60 km', 'distance'),
        N('13 May', 'date', nth=1),
        N('2,300 people', 'count-people'),
        N('20,000 litres', 'quantity'),
        N('9,000 people', 'count-people'),
        N('three months', 'duration'),
        N('2025', 'year', nth=1),
        N('US$701 million', 'money'),
        N('14 per cent', 'percentage'),
        N('14 May', 'date', nth=1),
    ])

# kk06: ISWAP attack on an IDP camp in Dikwa, Borno state, Nigeria (Nigerian paper's correspondent,
# one sentence a paragraph)
A['kk06.txt'] = dict(
    casualty=[
        C('kills 23', 'killed', 23, 'exact', 'people'),
        C('At least 23 persons were killed', 'killed', 23, 'at-least', 'people', id='tot', tags='repeat'),
        C('scores of others injured', 'injured', None, 'vague', 'people'),
        C('19 persons died', 'killed', 19, 'exact', 'people', sub='tot'),
        C('four others gave up the ghost', 'killed', 4, 'exact', 'people', sub='tot'),
        C('31 persons had been buried', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('buried 31 persons', 'killed', 31, 'exact', 'people', id='b31', tags='repeat'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='b31'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='b31'),
        C('more than 40 persons', 'injured', 40, 'at-least', 'people', id='inj'),
        C('17 of the injured', 'injured', 17, 'exact', 'people', sub='inj'),
        C('neutralised 12 terrorists', 'killed', 12, 'exact', 'fighters'),
        C('two soldiers paid the supreme price', 'killed', 2, 'exact', 'soldiers'),
        C('three others were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('10-15 women and girls had been abducted', 'detained', None, 'range', 'women', low=10, high=15),
        C('about 2,000 persons had been displaced', 'displaced', 2000, 'approx', 'people'),
        C('about 8,000 internally displaced persons', 'displaced', 8000, 'approx', 'people'),
        C('at least 340 civilians had been killed', 'killed', 340, 'at-least', 'civilians'),
        C('killed more than 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('displaced about 2 million others', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('The Police Public Relations Officer in the state, ASP Usman Bello', 'official', form='title-name'),
        S('A community leader in Dikwa, Bulama Modu Kachalla', 'other', form='title-name'),
        S('The community leader', 'other', form='role'),
        S('A medical source at the State Specialist Hospital', 'anonymous'),
        S('the Director, Army Public Relations, Brigadier General Tukur Abdullahi', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('The Borno State Emergency Management Agency (SEMA)', 'official'),
        S('SEMA’s Executive Secretary, Dr Yakubu Lawan Gubio', 'official', form='title-name'),
        S('Amnesty International', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('about 15 gun trucks', 'count-objects'),
        N('9.40pm', 'time'),
        N('several shelters', 'count-objects'),
        N('eight AK-47 rifles', 'count-objects'),
        N('two gun trucks', 'count-objects'),
        N('N50 million', 'money'),
        N('300 shelters', 'count-objects'),
        N('six months', 'duration'),
        N('16th year', 'duration'),
    ])

# kk07: an army raid on the Fiango neighbourhood of Kumba, South-West region, Cameroon (NGO statement)
A['kk07.txt'] = dict(
    casualty=[
        C('killed at least nine civilians', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('two teenage boys', 'killed', 2, 'exact', 'children', sub='tot'),
        C('arrested more than 60 people', 'detained', 60, 'at-least', 'people'),
        C('two gendarmes were killed', 'killed', 2, 'exact', 'soldiers'),
        C('seven bodies', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('about 40 men', 'detained', 40, 'approx', 'men'),
        C('11 bodies', 'killed', 11, 'exact', 'people', id='b11'),
        C('several', 'killed', None, 'vague', 'people', nth=1, sub='b11'),
        C('treated 14 people for injuries', 'injured', 14, 'exact', 'people', id='t14'),
        C('three women', 'injured', 3, 'exact', 'women', sub='t14'),
        C('neutralised five terrorists', 'killed', 5, 'exact', 'fighters', tags='contradicted'),
        C('arrested 16 “accomplices”', 'detained', 16, 'exact', 'people', tags='contradicted'),
        C('38 people had been detained', 'detained', 38, 'exact', 'people', tags='contradicted'),
        C('at least 30 men are still held', 'detained', 30, 'at-least', 'men'),
        C('three young men', 'missing', 3, 'exact', 'men'),
        C('1,500 to 2,000 people have fled', 'displaced', None, 'range', 'people', low=1500, high=2000),
        C('more than 6,000 people have been killed', 'killed', 6000, 'at-least', 'people'),
        C('some 630,000 have fled their homes', 'displaced', 630000, 'approx', 'people'),
    ],
    sources=[
        S('the Centre for Rights and Justice in Central Africa (CRJCA)', 'ngo'),
        S('a 34-year-old trader', 'witness', form='role'),
        S('Another witness, a 52-year-old teacher', 'witness', form='role'),
        S('A nurse at the Kumba District Hospital', 'anonymous'),
        S('the Ministry of Defence', 'military'),
        S('The South-West governor’s office', 'official'),
        S('Relatives', 'witness'),
        S('Local church leaders', 'other'),
        S('UN estimates', 'ngo', form='document'),
    ],
    numbers=[
        N('22 October', 'date'),
        N('70-year-old', 'age'),
        N('17 October', 'date'),
        N('16 October', 'date'),
        N('four days', 'duration'),
        N('23 residents', 'count-people'),
        N('four of them', 'count-people'),
        N('34-year-old', 'age'),
        N('52-year-old', 'age'),
        N('several hours', 'duration'),
        N('18 October', 'date'),
        N('19 October', 'date'),
        N('22 of whom', 'count-people'),
        N('17 October', 'date', nth=1),
        N('2017', 'year'),
        N('48 hours', 'duration'),
    ])

# kk08: militants storm a Frontier Corps camp in Zhob, Balochistan, Pakistan (AP style)
A['kk08.txt'] = dict(
    casualty=[
        C('killing at least nine soldiers', 'killed', 9, 'at-least', 'soldiers'),
        C('killed all five attackers', 'killed', 5, 'exact', 'fighters'),
        C('Five soldiers were wounded', 'injured', 5, 'exact', 'soldiers'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'soldiers', tags='update'),
        C('three more soldiers died', 'killed', 3, 'exact', 'soldiers'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('at least seven residents were wounded', 'injured', 7, 'at-least', 'civilians'),
        C('nearly two dozen wounded', 'injured', 24, 'at-most', 'people'),
        C('killed "more than 30" soldiers', 'killed', 30, 'at-least', 'soldiers', tags='contradicted'),
        C('lost four of their own', 'killed', 4, 'exact', 'fighters', tags='contradicted'),
        C('detained 17 suspected facilitators', 'detained', 17, 'exact', 'people'),
        C('hundreds of people had left', 'displaced', None, 'vague', 'people'),
        C('killing four officers', 'killed', 4, 'exact', 'soldiers'),
        C('685 members of the security forces were killed', 'killed', 685, 'exact', 'soldiers'),
    ],
    sources=[
        S('the military', 'military'),
        S("The military's media wing", 'military'),
        S('A senior police officer in Zhob', 'anonymous'),
        S('Hospital officials in Zhob', 'official'),
        S('Tehreek-e-Jihad Pakistan', 'military'),
        S('The Pakistani Taliban', 'military'),
        S('Provincial government spokesman Atiq Mandokhail', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Abdul Wali', 'witness', form='name'),
        S('The Islamabad-based Center for Security and Conflict Research', 'ngo'),
    ],
    numbers=[
        N('nearly six hours', 'duration'),
        N('4 a.m.', 'time'),
        N('about 330 kilometers', 'distance'),
        N('205 miles', 'distance'),
        N('10-year-old', 'age'),
        N('2023', 'year'),
        N('several attacks', 'count-objects'),
        N('48 hours', 'duration'),
        N('45', 'age'),
        N('about 120,000 people', 'population'),
        N('40%', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
