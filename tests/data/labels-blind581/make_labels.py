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

# ---------------------------------------------------------------- labels (blind set 581: kf01-kf08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / shot dead / martyred / beheaded / lost … fighters / losing / claimed … lives / remains',
     r'\bburied\b|\bshot dead\b|\bmartyred\b|\bbeheaded\b|\blost\b|\blosing\b|\bclaimed\b.*\blives\b'),
    ('captured / held / took away / in custody / abducted',
     r'\bcaptured\b|\bheld\b|\btook away\b|\bcustody\b|\babducted\b'),
    ('camped / registered as displaced / left', r'\bcamped\b|\bregistered\b'),
    ('light injuries / critical cases', r'\binjuries\b|\bcases\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('recruits/coastguards/protesters/fishermen/teachers',
     r'\b(?:recruits|coastguards|protesters|fishermen|teachers)\b'),
    ('militiamen/militia members/commanders', r'\b(?:militiamen|militia|commanders)\b'),
    ('sons/boys/grandsons/brothers/minors/elders',
     r'\b(?:sons|boys|grandsons|brothers|minors|elders)\b'),
    ('families/passengers/Somalis/suspects', r'\b(?:families|passengers|Somalis|suspects)\b'),
]

# kf01: clan militias fight over grazing land and a reservoir near Burtinle, Nugaal (AFP style,
# one sentence a paragraph)
A['kf01.txt'] = dict(
    casualty=[
        C('At least 19 people were killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('34 wounded', 'injured', 34, 'exact', 'people', id='inj'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('two children were among the dead', 'killed', 2, 'exact', 'children', sub='tot'),
        C('buried 17 people', 'killed', 17, 'exact', 'people'),
        C('34 wounded', 'injured', 34, 'exact', 'people', nth=1, id='inj2', tags='repeat'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='inj2'),
        C('11 of the most serious cases', 'injured', 11, 'exact', 'people', sub='inj2'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj2'),
        C('the toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('the number of their own dead at 14', 'killed', 14, 'exact', 'people'),
        C('his two young grandsons', 'killed', 2, 'exact', 'children'),
        C('lost five or six fighters', 'killed', None, 'range', 'fighters', low=5, high=6),
        C('captured eight', 'detained', 8, 'exact', 'fighters'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('detained 12 militia members', 'detained', 12, 'exact', 'fighters', id='det'),
        C('two commanders', 'detained', 2, 'exact', 'fighters', sub='det'),
        C('23 people had died', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('documented 27 deaths', 'killed', 27, 'exact', 'people', tags='contradicted'),
        C('nearly 60,000 people remain displaced', 'displaced', 60000, 'at-most', 'people'),
        C('at least 30 people dead', 'killed', 30, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Burtinle district commissioner Abdirashid Farah Jama', 'official', form='title-name'),
        S('Jama', 'official', nth=1, form='name'),
        S('Doctors at the district hospital', 'anonymous'),
        S('A nurse', 'anonymous'),
        S('Elders of the clan', 'other', form='collective'),
        S('A spokesman for the rival militia, Ahmed Said Warsame', 'military', form='name'),
        S('Residents', 'witness'),
        S('Faadumo Ali', 'witness', form='name'),
        S('Puntland’s security ministry', 'official'),
        S('The ministry', 'official'),
        S('a local rights group, the Nugaal Human Rights Observatory', 'ngo'),
        S('the UN', 'ngo'),
        S('local elders', 'other', form='collective'),
    ],
    numbers=[
        N('nearly nine hours', 'duration'),
        N('about 100 kilometres', 'distance'),
        N('70-year-old', 'age'),
        N('40 or 50 armed men', 'count-people'),
        N('38-year-old', 'age'),
        N('mother of five', 'count-people'),
        N('about 300 troops', 'count-people'),
        N('the two sides', 'count-objects'),
        N('2021', 'year'),
        N('2019', 'year'),
        N('four days', 'duration'),
    ])

# kf02: a suicide bombing at a police training center in Garowe, and the protests over an electoral
# law (Reuters style)
A['kf02.txt'] = dict(
    casualty=[
        C('killing at least 13 people', 'killed', 13, 'at-least', 'people', id='tot'),
        C('wounding 27', 'injured', 27, 'exact', 'people'),
        C('11 of the dead were recruits', 'killed', 11, 'exact', 'soldiers', sub='tot'),
        C('two were civilians', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('killed "more than 40 apostate soldiers"', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='inj2', tags='repeat'),
        C('eight of whom', 'injured', 8, 'exact', 'people', sub='inj2'),
        C('three of them had died', 'killed', 3, 'exact', 'people', sub='inj2'),
        C('the number of dead to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('at least 10 bodies', 'killed', 10, 'at-least', 'people'),
        C('arrested two dozen suspects', 'detained', 24, 'exact', 'people'),
        C('the death toll at 14', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('At least four protesters were shot dead', 'killed', 4, 'at-least', 'civilians'),
        C('dozens were arrested', 'detained', None, 'vague', 'civilians'),
        C('around 30 people remained in custody', 'detained', 30, 'approx', 'people'),
        C('more than 2.9 million Somalis remain displaced', 'displaced', 2900000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('medics', 'anonymous'),
        S('Police spokesman Colonel Mohamed Abdi Nur', 'official', form='title-name'),
        S('a police officer', 'anonymous'),
        S('a police recruiter', 'anonymous'),
        S('Al Shabaab', 'military'),
        S('Dr. Hodan Yusuf', 'official', form='title-name'),
        S('Witnesses', 'witness'),
        S('Abdifatah Ismail', 'witness', form='name'),
        S("Puntland's security minister, Ismail Warsame Hirsi", 'official', form='title-name'),
        S('Hirsi', 'official', nth=1, form='name'),
        S('the hospital', 'official'),
        S('the Garowe-based Nugaal Civic Rights Forum', 'ngo'),
        S('the U.N.', 'ngo'),
    ],
    numbers=[
        N('aged between 18 and 25', 'age'),
        N('About 200 recruits', 'count-people'),
        N('six-week', 'duration'),
        N('two checkpoints', 'count-objects'),
        N('7:30 a.m.', 'time'),
        N('about $150', 'money'),
        N('24', 'age'),
        N('two weeks', 'duration'),
        N('41 to 19', 'vote'),
        N('an estimated 190,000 people', 'population'),
        N('more than 15 years', 'duration'),
    ])

# kf03: an army operation against "Khawarij terrorists" in the hills of Dangorayo district, with abducted
# civilians and a denial of reported air-strike deaths (state media, the regional government's news
# agency, en-dash dateline)
A['kf03.txt'] = dict(
    casualty=[
        C('killed 31 Khawarij terrorists', 'killed', 31, 'exact', 'fighters', id='tot'),
        C('wounded a number of others', 'injured', None, 'vague', 'fighters'),
        C('captured 9 terrorists', 'detained', 9, 'exact', 'fighters', id='cap'),
        C('2 foreign fighters', 'detained', 2, 'exact', 'fighters', sub='cap'),
        C('3 senior terrorist commanders were among the dead', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('Four gallant soldiers were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('6 others sustained light injuries', 'injured', 6, 'exact', 'soldiers'),
        C('the bodies of 18 of the dead terrorists', 'killed', 18, 'exact', 'fighters', sub='tot'),
        C('abducted 7 civilians', 'detained', 7, 'exact', 'civilians', id='abd'),
        C('5 of whom', 'detained', 5, 'exact', 'civilians', sub='abd'),
        C('the remaining 2', 'missing', 2, 'exact', 'civilians', sub='abd'),
        C('12 civilians', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('almost 450 families who had fled', 'displaced', 450, 'at-most', 'people'),
        C('4 civilians injured', 'injured', 4, 'exact', 'civilians'),
        C('killed more than 600 terrorists', 'killed', 600, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Ministry of Security', 'official'),
        S('the Ministry', 'official', nth=1),
        S('The statement', 'official', form='document'),
        S('the Ministry', 'official', nth=2),
        S('The commander of the Darawish forces in Nugaal region, General Abdullahi Said Farah', 'military',
          form='title-name'),
        S('General Farah', 'military', form='title-name'),
        S('General Farah', 'military', nth=1, form='title-name'),
        S('the Ministry of Information', 'official'),
        S('opposition-affiliated websites', 'media'),
        S('the Minister of Information, Hassan Ali Jibril', 'official', form='title-name'),
        S('The Minister', 'official', form='role'),
        S('The Governor of Nugaal region, Abdirahman Ahmed Cali', 'official', form='title-name'),
        S('the Ministry of Security', 'official', nth=1),
    ],
    numbers=[
        N('9 April', 'date'),
        N('14 rifles', 'count-objects'),
        N('3 technical vehicles', 'count-objects'),
        N('36 hours', 'duration'),
        N('2 vehicles', 'count-objects'),
        N('20 trucks', 'count-objects'),
        N('200 volunteers', 'count-people'),
        N('2023', 'year'),
        N('11 villages', 'count-objects'),
    ])

# kf04: arbitrary detentions of fishermen, deaths in custody and the missing after raids on Eyl (NGO
# statement with a list of demands and notes to editors)
A['kf04.txt'] = dict(
    casualty=[
        C('detained at least 64 people', 'detained', 64, 'at-least', 'people', id='det'),
        C('Three of those detained have died in custody', 'killed', 3, 'exact', 'people', sub='det'),
        C('at least 11 others are missing', 'missing', 11, 'at-least', 'people', sub='det'),
        C('between 20 and 25 men had been held', 'detained', None, 'range', 'men', low=20, high=25),
        C('his two brothers', 'detained', 2, 'exact', 'men'),
        C('shot dead two unarmed fishermen', 'killed', 2, 'exact', 'other'),
        C('29 suspects were arrested', 'detained', 29, 'exact', 'people', tags='contradicted'),
        C('four coastguards were killed', 'killed', 4, 'exact', 'soldiers'),
        C('64 people detained', 'detained', 64, 'exact', 'people', tags='repeat'),
        C('roughly 1,200 people', 'displaced', 1200, 'approx', 'people'),
        C('the 64 people detained', 'detained', 64, 'exact', 'people', tags='repeat'),
        C('the 11 people', 'missing', 11, 'exact', 'people', tags='repeat'),
        C('the three deaths in custody', 'killed', 3, 'exact', 'people', tags='repeat'),
        C('the killing of two fishermen', 'killed', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('the Horn Justice Centre (HJC)', 'ngo'),
        S('their families', 'witness', form='collective'),
        S('Former detainees', 'witness', form='collective'),
        S('Four former detainees', 'witness', form='collective'),
        S('a 42-year-old woman', 'witness', form='role'),
        S('witnesses', 'witness'),
        S('a local elder', 'other', form='role'),
        S('Puntland’s Ministry of Security', 'official'),
        S('HJC', 'ngo', nth=4),
        S('Local authorities in Eyl', 'official'),
        S('Sahra Abdullahi Mohamud', 'ngo', form='name'),
    ],
    numbers=[
        N('22 May 2025', 'date'),
        N('2 May', 'date'),
        N('38 people', 'count-people'),
        N('between 5 and 18 May', 'date'),
        N('Four former detainees', 'count-people'),
        N('up to US$500', 'money'),
        N('42-year-old', 'age'),
        N('6 May', 'date'),
        N('aged 19 and 23', 'age'),
        N('4 May', 'date'),
        N('4 May', 'date', nth=1),
        N('48 hours', 'duration'),
        N('2011', 'year'),
        N('about 6,000 people', 'population'),
        N('some 220 km', 'distance'),
        N('48 hours', 'duration', nth=1),
    ])

# kf05: clashes between state forces and a clan militia in Godobjiran district, displacement by site
# (UN OCHA flash update)
A['kf05.txt'] = dict(
    casualty=[
        C('At least 22 people killed', 'killed', 22, 'at-least', 'people'),
        C('48 injured', 'injured', 48, 'exact', 'people'),
        C('An estimated 9,400 people displaced', 'displaced', 9400, 'approx', 'people'),
        C('the death toll stands at 22', 'killed', 22, 'exact', 'people', id='t2', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', sub='t2'),
        C('three women', 'killed', 3, 'exact', 'women', sub='t2'),
        C('48 people have been injured', 'injured', 48, 'exact', 'people', id='i2', tags='repeat'),
        C('14 of them', 'injured', 14, 'exact', 'people', sub='i2'),
        C('two more people died', 'killed', 2, 'exact', 'people'),
        C('the toll to 24', 'killed', 24, 'exact', 'people', tags='update'),
        C('at least 16 people', 'detained', 16, 'at-least', 'people', id='det'),
        C('two teachers', 'detained', 2, 'exact', 'other', sub='det'),
        C('killed 37 militia fighters', 'killed', 37, 'exact', 'fighters'),
        C('lost nine of its fighters', 'killed', 9, 'exact', 'fighters', tags='contradicted'),
        C('an estimated 9,400 people have fled', 'displaced', 9400, 'approx', 'people', id='d', tags='repeat'),
        C('2,300 people', 'displaced', 2300, 'exact', 'people', sub='d'),
        C('about 2,100 people', 'displaced', 2100, 'approx', 'people', sub='d'),
        C('3,800 people', 'displaced', 3800, 'exact', 'people', sub='d'),
        C('1,200 people', 'displaced', 1200, 'exact', 'people', sub='d'),
        C('37 unaccompanied and separated children', 'displaced', 37, 'exact', 'children', sub='d'),
        C('Up to six people', 'missing', 6, 'at-most', 'people', id='miss'),
        C('two minors', 'missing', 2, 'exact', 'children', sub='miss'),
        C('31 of the injured', 'injured', 31, 'exact', 'people', id='h31', sub='i2'),
        C('9 of whom', 'injured', 9, 'exact', 'people', sub='h31'),
        C('5–10 wounded people', 'injured', None, 'range', 'people', low=5, high=10),
    ],
    sources=[
        S('the Nugaal regional health office', 'official'),
        S('Local sources', 'anonymous'),
        S('Partners', 'ngo', form='collective'),
        S('The Puntland Ministry of Interior', 'official'),
        S('The militia’s leadership', 'military'),
        S('the Humanitarian Affairs and Disaster Management Agency (HADMA)', 'official'),
        S('the CCCM Cluster', 'ngo'),
        S('Protection partners', 'ngo', form='collective'),
        S('Garowe General Hospital', 'official'),
        S('Humanitarian partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('14 June 2025', 'date'),
        N('10 June', 'date'),
        N('Two of the district’s three health facilities', 'count-objects'),
        N('10 June', 'date', nth=1),
        N('about 120 km', 'distance'),
        N('at least five villages', 'count-objects'),
        N('three days', 'duration'),
        N('13 June', 'date'),
        N('12 June', 'date'),
        N('10 June', 'date', nth=2),
        N('two of the district’s three health facilities', 'count-objects'),
        N('410 consultations', 'count-objects'),
        N('11 June', 'date'),
        N('1,100 food kits', 'count-objects'),
        N('15 litres', 'quantity'),
        N('about 4,000 people', 'count-people'),
        N('11 June', 'date', nth=1),
        N('two aid vehicles', 'count-objects'),
        N('six hours', 'duration'),
        N('2025', 'year', nth=1),
        N('US$1.42 billion', 'money'),
        N('18 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
    ])

# kf06: revenge killings in a clan land feud around Sinujiif (a broadcaster's website: headline and
# byline)
A['kf06.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('her three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('claimed dozens of lives', 'killed', None, 'vague', 'people'),
        C('Another five passengers were wounded', 'injured', 5, 'exact', 'people', id='inj'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('the killing of four young men', 'killed', 4, 'exact', 'men'),
        C('Forty-seven people have been killed', 'killed', 47, 'exact', 'people'),
        C('recorded 38 deaths', 'killed', 38, 'exact', 'people', tags='contradicted'),
        C('as many as 1,500 families who have fled', 'displaced', 1500, 'at-most', 'people'),
        C('killing 16 fighters', 'killed', 16, 'exact', 'fighters'),
        C('wounding 20 to 25', 'injured', None, 'range', 'fighters', low=20, high=25),
        C('Six militiamen captured', 'detained', 6, 'exact', 'fighters'),
        C('several women were abducted', 'detained', None, 'vague', 'women'),
        C('arrested 14 men', 'detained', 14, 'exact', 'men', id='arr'),
        C('three of whom', 'detained', 3, 'exact', 'men', sub='arr'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the district police commander, Abdiqani Mohamed Dirie', 'official', form='title-name'),
        S('Mr Dirie', 'official', form='name'),
        S('Residents', 'witness'),
        S('local elders', 'other', form='collective'),
        S('the regional administration', 'official'),
        S('Asha Farah', 'witness', form='name'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('the Puntland Ministry of Interior', 'official'),
        S('a women’s rights activist', 'anonymous'),
        S('a government spokesman, Abdullahi Hassan Guure', 'official', form='title-name'),
    ],
    numbers=[
        N('about a dozen armed men', 'count-people'),
        N('45', 'age'),
        N('mother of six', 'count-people'),
        N('several hours', 'duration'),
        N('the two sides', 'count-objects'),
        N('about 60km', 'distance'),
        N('2021-2023', 'year'),
        N('millions of livestock', 'count-objects'),
    ])

# kf07: an Islamic State ambush on a military convoy near Uusgure (AP style)
A['kf07.txt'] = dict(
    casualty=[
        C('killing at least 17 soldiers', 'killed', 17, 'at-least', 'soldiers', id='tot'),
        C('wounding 22 others', 'injured', 22, 'exact', 'soldiers'),
        C('Five soldiers were still unaccounted for', 'missing', 5, 'exact', 'soldiers'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('killed 35 soldiers', 'killed', 35, 'exact', 'soldiers', tags='contradicted'),
        C('killed "scores" of militants', 'killed', None, 'vague', 'fighters'),
        C('19 wounded soldiers', 'injured', 19, 'exact', 'soldiers', id='w19'),
        C('four of them', 'injured', 4, 'exact', 'soldiers', sub='w19'),
        C('three had died', 'killed', 3, 'exact', 'soldiers', sub='w19'),
        C('the death toll to 20', 'killed', 20, 'exact', 'soldiers', tags='update'),
        C('detained 11 people', 'detained', 11, 'exact', 'people', id='det'),
        C('two village elders', 'detained', 2, 'exact', 'civilians', sub='det'),
        C('About 3,000 people have fled', 'displaced', 3000, 'approx', 'people'),
        C('Thousands more have left', 'displaced', None, 'vague', 'people'),
        C('killed more than 700 militants', 'killed', 700, 'at-least', 'fighters'),
        C('killed at least 12 soldiers', 'killed', 12, 'at-least', 'soldiers'),
    ],
    sources=[
        S('officials', 'official'),
        S('Col. Abdirizak Ahmed Warsame', 'military', form='title-name'),
        S('Warsame', 'military', nth=1, form='name'),
        S("The Islamic State group's Amaq news agency", 'media'),
        S('Warsame', 'military', nth=2, form='name'),
        S('Dr. Said Abdi Elmi', 'official', form='title-name'),
        S('Yasin Mohamud', 'witness', form='name'),
        S('a regional official', 'anonymous'),
        S('the U.N. humanitarian office', 'ngo'),
        S('residents', 'witness'),
        S('Puntland officials', 'official'),
        S('officials', 'official', nth=2),
        S("The U.S. military's Africa Command", 'military'),
    ],
    numbers=[
        N('about 30 vehicles', 'count-objects'),
        N('several directions', 'other'),
        N('numbered between 80 and 100', 'count-people'),
        N('two hours', 'duration'),
        N('December 2024', 'date'),
        N('a few hundred fighters', 'count-people'),
        N('2015', 'year'),
        N('two airstrikes', 'count-objects'),
    ])

# kf08: killings, abducted boys and the displaced after an al-Shabaab raid on Rako Raaxo (a newspaper's
# own correspondent, byline)
A['kf08.txt'] = dict(
    casualty=[
        C('some 1,300 have fled', 'displaced', 1300, 'approx', 'people'),
        C('killed 14 villagers', 'killed', 14, 'exact', 'civilians', id='tot'),
        C('two of his sons', 'killed', 2, 'exact', 'men', sub='tot'),
        C('took away 23 boys', 'detained', 23, 'exact', 'children', id='boys'),
        C('Four of the boys', 'detained', 4, 'exact', 'children', sub='boys'),
        C('the 19 still held', 'detained', 19, 'exact', 'children', sub='boys'),
        C('Seven men', 'injured', 7, 'exact', 'men'),
        C('killed 19 of them', 'killed', 19, 'exact', 'fighters'),
        C('losing two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('fewer than 10 bodies', 'killed', 10, 'at-most', 'people', tags='contradicted'),
        C('killed “more than 30 apostate soldiers”', 'killed', 30, 'at-least', 'soldiers', tags='contradicted'),
        C('nine villagers are still missing', 'missing', 9, 'exact', 'civilians'),
        C('some 40 families', 'displaced', 40, 'approx', 'people'),
        C('212 displaced people', 'displaced', 212, 'exact', 'people', id='reg'),
        C('97 of them children', 'displaced', 97, 'exact', 'children', sub='reg'),
        C('beheaded three elders', 'killed', 3, 'exact', 'civilians'),
        C('abducted a dozen young men', 'detained', 12, 'exact', 'men'),
    ],
    sources=[
        S('the district commissioner, Jaamac Faarax Cabdi', 'official', form='title-name'),
        S('his relatives', 'witness', form='collective'),
        S('Hawa Cali Nuur', 'witness', form='name'),
        S('Puntland’s army', 'military'),
        S('Villagers', 'witness', form='collective'),
        S('Al-Shabaab’s radio station, Andalus', 'media'),
        S('the army’s spokesman in Garowe, Major Cabdiqaadir Xasan', 'military', form='title-name'),
        S('The district commissioner', 'official', form='role'),
        S('An aid worker', 'anonymous'),
        S('residents', 'witness'),
        S('Puntland’s government', 'official'),
        S('Hawa', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('roughly 2,000 inhabitants', 'population'),
        N('3 March', 'date'),
        N('13', 'age'),
        N('three days', 'duration'),
        N('15-year-old', 'age'),
        N('under five', 'age'),
        N('2022', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
