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

# ---------------------------------------------------------------- labels (blind set 610: mz01-mz08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('sacrificed their lives / eliminated / shot / killings / losses / losing',
     r'\bsacrificed\b|\beliminated\b|\bshot\b|\bkillings\b|\blosses\b|\blosing\b'),
    ('captured / abducted / rounded up / took / in the hands of / arrests',
     r'\bcaptured\b|\brounded up\b|\btook\b|\bin the hands of\b|\barrests\b'),
    ('crossed / sought refuge / left their homes / flee / refugees',
     r'\bcrossed\b|\bsought refuge\b|\bleft their homes\b|\bflee\b|\brefugees\b'),
    ('injuries', r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('members of the security forces/government soldiers/civil servants/staff/volunteers/health workers',
     r'\b(?:members|government soldiers|civil servants|staff|volunteers|health workers)\b'),
    ('insurgents/suspects/patients/refugees/families/local people/men and boys/teenage boys',
     r'\b(?:insurgents|suspects|patients|refugees|families|local people|men and boys|teenage boys)\b'),
]

# mz01: an air strike on a village market in Hpapun (Mutraw) district, Karen state, and refugees crossing to
# Thailand (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['mz01.txt'] = dict(
    casualty=[
        C('killing at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('31 people had been wounded', 'injured', 31, 'exact', 'people', id='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w'),
        C('several villagers were still missing', 'missing', None, 'vague', 'civilians'),
        C('counted 23 bodies', 'killed', 23, 'exact', 'people', id='b', tags='contradicted'),
        C('17 of them', 'killed', 17, 'exact', 'people', sub='b'),
        C('the death toll had risen to 26', 'killed', 26, 'exact', 'civilians', tags='update'),
        C('seven of the wounded died', 'killed', 7, 'exact', 'people', sub='w'),
        C('killed “more than 30 KNLA terrorists', 'killed', 30, 'at-least', 'fighters'),
        C('as many as 8,000 villagers have fled', 'displaced', 8000, 'at-most', 'civilians'),
        C('2,450 people had crossed the border', 'displaced', 2450, 'exact', 'people', id='x'),
        C('about 300 of them were children', 'displaced', 300, 'approx', 'children', sub='x'),
        C('14 wounded refugees', 'injured', 14, 'exact', 'people'),
        C('killed more than 6,300 civilians', 'killed', 6300, 'at-least', 'civilians'),
        C('arrested over 28,000 people', 'detained', 28000, 'at-least', 'people'),
    ],
    sources=[
        S('the Karen National Union (KNU)', 'military'),
        S('local officials', 'official'),
        S('KNU spokesman Padoh Saw Eh Kalu', 'military', form='title-name'),
        S('A medic in the village', 'anonymous'),
        S('the KNU', 'military'),
        S('The junta’s information team', 'military'),
        S('Local relief groups', 'ngo'),
        S('Thai authorities in Mae Hong Son province', 'official'),
        S('A Thai army officer at the border', 'anonymous'),
        S('The officer', 'anonymous'),
        S('The UN refugee agency', 'ngo'),
        S('the Southeast Asia Conflict Monitor', 'ngo'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
    ],
    numbers=[
        N('9:00 am', 'time'),
        N('hundreds of people', 'count-people'),
        N('Two jets', 'count-objects'),
        N('six bombs', 'count-objects'),
        N('1949', 'year'),
        N('one', 'other'),
        N('two army outposts', 'count-objects'),
        N('two weeks', 'duration'),
        N('two temporary sites', 'count-objects'),
        N('more than 1,600 air strikes', 'count-objects'),
        N('February 2021', 'date'),
    ])

# mz02: rebels overrun an army base at Thingannyinaung on the Asian Highway; air strikes on the town
# (Reuters style, American spelling, straight quotes)
A['mz02.txt'] = dict(
    casualty=[
        C('killing at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='c'),
        C('killed at least 40 soldiers', 'killed', 40, 'at-least', 'soldiers'),
        C('captured 47', 'detained', 47, 'exact', 'soldiers'),
        C('Four KNLA fighters were killed', 'killed', 4, 'exact', 'fighters'),
        C('nearly a dozen wounded', 'injured', 12, 'at-most', 'fighters'),
        C('eight bodies', 'killed', 8, 'exact', 'people'),
        C('26 wounded civilians', 'injured', 26, 'exact', 'civilians', id='wc'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='wc'),
        C('three of them had died', 'killed', 3, 'exact', 'civilians', sub='wc'),
        C('the death toll had risen to 18', 'killed', 18, 'exact', 'civilians', id='u', tags='update'),
        C('five women', 'killed', 5, 'exact', 'women', sub='u'),
        C('at least 11 people were missing', 'missing', 11, 'at-least', 'people'),
        C('3,000 to 3,500 people had crossed', 'displaced', None, 'range', 'people', low=3000, high=3500),
        C('some 12,000 more', 'displaced', 12000, 'approx', 'people'),
        C('wounding two Thai villagers', 'injured', 2, 'exact', 'civilians'),
        C('More than 3 million people have been forced from their homes', 'displaced', 3000000, 'at-least',
          'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('an ethnic armed group', 'military'),
        S('KNLA spokesman Saw Lah Say', 'military', form='title-name'),
        S('State broadcaster MRTV', 'media'),
        S('Residents', 'witness'),
        S('Naw Paw Htoo', 'witness', form='name'),
        S('A doctor at a rebel-run field clinic near the town', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('The Karen Rights Monitoring Group', 'ngo'),
        S('Thai officials', 'official'),
        S('the United Nations', 'ngo'),
        S('The Thai army', 'military'),
        S('A Thai security official', 'anonymous'),
        S('U.N. figures', 'ngo', form='document'),
    ],
    numbers=[
        N('Light Infantry Battalion 356', 'other'),
        N('four-day siege', 'duration'),
        N('two monasteries', 'count-objects'),
        N('2 p.m.', 'time'),
        N('at least 30 people', 'count-people'),
        N('38', 'age'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('the two countries', 'count-objects'),
        N('more than $1 billion', 'money'),
        N('500 extra troops', 'count-people'),
        N('two stray artillery shells', 'count-objects'),
        N('February 2021', 'date'),
    ])

# mz03: an attack on the police station and administration office in Kyondoe, Kayin State, in the state
# media's voice (em-dash dateline, digits, "sacrificed their lives", denial of "fabricated" reports)
A['mz03.txt'] = dict(
    casualty=[
        C('killing 4 innocent civilians', 'killed', 4, 'exact', 'civilians'),
        C('wounding 7 others', 'injured', 7, 'exact', 'civilians'),
        C('27 terrorists were killed', 'killed', 27, 'exact', 'fighters', id='t'),
        C('a number of others', 'injured', None, 'vague', 'fighters'),
        C('The bodies of 19 of them', 'killed', 19, 'exact', 'fighters', sub='t'),
        C('3 members of the security forces sacrificed their lives', 'killed', 3, 'exact', 'soldiers'),
        C('8 others were injured', 'injured', 8, 'exact', 'soldiers'),
        C('2 civil servants were wounded', 'injured', 2, 'exact', 'other'),
        C('abducted 17 local people', 'detained', 17, 'exact', 'people', id='ab'),
        C('5 women', 'detained', 5, 'exact', 'women', sub='ab'),
        C('6 of them', 'detained', 6, 'exact', 'people', sub='ab'),
        C('11 remain in the hands of the terrorists', 'detained', 11, 'exact', 'people', sub='ab'),
        C('approximately 2,000 residents who had temporarily left their homes', 'displaced', 2000, 'approx', 'civilians'),
        C('35 civilians were killed', 'killed', 35, 'exact', 'civilians', tags='contradicted'),
        C('killing 63 civilians', 'killed', 63, 'exact', 'civilians'),
        C('wounding 112 others', 'injured', 112, 'exact', 'civilians'),
        C('arrested 9 suspects', 'detained', 9, 'exact', 'people'),
    ],
    sources=[
        S('the Tatmadaw True News Information Team', 'military'),
        S('the team', 'military'),
        S('Police Major Aung Naing', 'official', form='title-name'),
        S('Kayin State Chief Minister U Saw Myint Oo', 'official', form='title-name'),
        S('The statement', 'military', form='document'),
        S('Daw Khin Myo', 'witness', form='name'),
        S('Local residents', 'witness'),
        S('Township administrator U Kyaw Zin Oo', 'official', form='title-name'),
        S('The team', 'military'),
        S('some foreign media and exile media', 'media'),
        S('the team', 'military', nth=1),
        S('the statement', 'military', form='document'),
    ],
    numbers=[
        N('18 November', 'date'),
        N('9-year-old', 'age'),
        N('16 November', 'date'),
        N('numbering about 150', 'count-people'),
        N('more than 40 shells', 'count-objects'),
        N('60mm', 'other'),
        N('81mm', 'other'),
        N('31 weapons', 'count-objects'),
        N('17 November', 'date'),
        N('17 November', 'date', nth=1),
        N('three nights', 'duration'),
        N('Ward 3', 'other'),
        N('12 relief camps', 'count-objects'),
        N('more than 100 houses', 'count-objects'),
        N('1 January', 'date'),
        N('284 attacks', 'count-objects'),
        N('K 12 million', 'money'),
        N('15 November', 'date'),
    ])

# mz04: an air strike on an NGO clinic at the Ee Thu Hta displacement camp on the Salween (an NGO statement
# with notes to editors, British spelling, curly quotes, en-dash dateline)
A['mz04.txt'] = dict(
    casualty=[
        C('killed three of our staff', 'killed', 3, 'exact', 'other'),
        C('at least 11 patients', 'killed', 11, 'at-least', 'people'),
        C('Another 27 people were injured', 'injured', 27, 'exact', 'people', id='w'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='w'),
        C('Two of the injured died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the number of dead to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('an estimated 5,500 displaced people', 'displaced', 5500, 'approx', 'people'),
        C('upwards of 3,000 residents fled', 'displaced', 3000, 'at-least', 'civilians'),
        C('40 families had crossed the river', 'displaced', 40, 'exact', 'people'),
        C('Eleven people', 'missing', 11, 'exact', 'people'),
        C('killing about 20 KNLA fighters', 'killed', 20, 'approx', 'fighters'),
        C('at least 60 civilians had been killed', 'killed', 60, 'at-least', 'civilians', id='s'),
        C('14 of them children', 'killed', 14, 'exact', 'children', sub='s'),
        C('19 people wounded', 'injured', 19, 'exact', 'people', id='t'),
        C('6 of them', 'injured', 6, 'exact', 'people', sub='t'),
        C('more than 3.5 million people are internally displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Naw Eh Moo', 'ngo', form='title-name'),
        S('Survivors', 'witness'),
        S('SHA’s records', 'ngo', form='document'),
        S('Camp leaders', 'other'),
        S('the camp committee', 'other'),
        S('A spokesman for the military council, Major General Thet Naing Soe', 'military', form='title-name'),
        S('The Karen National Union’s district health department', 'official'),
        S('Thai authorities', 'official'),
        S('Saw Kweh Htoo', 'ngo', form='name'),
        S('The World Health Organization', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('3:40 pm', 'time'),
        N('more than 200 patients', 'count-people'),
        N('some 10 kilometres', 'distance'),
        N('16 operations', 'count-objects'),
        N('12 months', 'duration'),
        N('74 attacks on health care', 'count-objects'),
        N('1998', 'year'),
        N('23 clinics', 'count-objects'),
        N('two field hospitals', 'count-objects'),
        N('some 180,000 people', 'population'),
    ])

# mz05: clashes, air strikes and displacement in Lay Kay Kaw, Kayin State (a UN OCHA-style flash update:
# highlights, situation overview, displacement, protection, health, response and funding)
A['mz05.txt'] = dict(
    casualty=[
        C('At least 12 civilians killed', 'killed', 12, 'at-least', 'civilians'),
        C('34 injured', 'injured', 34, 'exact', 'civilians'),
        C('An estimated 9,800 people displaced', 'displaced', 9800, 'approx', 'people'),
        C('about 4,100 have crossed into Thailand', 'displaced', 4100, 'approx', 'people'),
        C('12 civilians', 'killed', 12, 'exact', 'civilians', nth=1, id='r1', tags='repeat'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='r1'),
        C('34 others injured', 'injured', 34, 'exact', 'civilians', id='r2', tags='repeat'),
        C('21 KNLA fighters had been killed', 'killed', 21, 'exact', 'fighters'),
        C('9 government soldiers had died', 'killed', 9, 'exact', 'soldiers'),
        C('15 had been captured', 'detained', 15, 'exact', 'soldiers'),
        C('9,800 people have been displaced', 'displaced', 9800, 'exact', 'people', id='d', tags='repeat'),
        C('roughly 5,700', 'displaced', 5700, 'approx', 'people', sub='d'),
        C('4,100 people have crossed', 'displaced', 4100, 'exact', 'people', tags='repeat'),
        C('at least 7 civilians arrested', 'detained', 7, 'at-least', 'civilians', id='a'),
        C('2 humanitarian volunteers', 'detained', 2, 'exact', 'other', sub='a'),
        C('An additional 5 people', 'missing', 5, 'exact', 'people'),
        C('injured 2 children', 'injured', 2, 'exact', 'children'),
        C('23 of the wounded', 'injured', 23, 'exact', 'civilians', id='h', sub='r2'),
        C('6 of them', 'injured', 6, 'exact', 'civilians', sub='h'),
        C('2 health workers were killed', 'killed', 2, 'exact', 'other'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('local sources', 'anonymous', nth=1),
        S('The MAF', 'military'),
        S('the KNLA', 'military'),
        S('Local authorities', 'official'),
        S('community-based organisations (CBOs)', 'ngo'),
        S('The Royal Thai Government', 'official'),
        S('Thai authorities', 'official'),
        S('Protection partners', 'ngo'),
        S('community leaders', 'other'),
        S('Partners', 'ngo', nth=1),
        S('Health partners', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('21 January 2025', 'date'),
        N('14 January', 'date'),
        N('US$2.4 million', 'money'),
        N('three months', 'duration'),
        N('14 January', 'date', nth=1),
        N('2015', 'year'),
        N('at least 40 houses', 'count-objects'),
        N('14 surrounding villages', 'count-objects'),
        N('three temporary safety areas', 'count-objects'),
        N('2023', 'year'),
        N('16-year-old', 'age'),
        N('18 January', 'date'),
        N('16 January', 'date'),
        N('about 3,600 people', 'count-people'),
        N('15 January', 'date'),
        N('US$2.4 million', 'money', nth=1),
        N('three months', 'duration', nth=1),
        N('15,000 people', 'count-people'),
    ])

# mz06: refugees crossing the Salween at Mae Sam Laep, Thailand, after air strikes on Karen villages (a
# broadcaster's website: headline and byline instead of a dateline, British spelling, curly quotes)
A['mz06.txt'] = dict(
    casualty=[
        C('Thousands flee', 'displaced', None, 'vague', 'people'),
        C('more than 4,000 people have sought refuge', 'displaced', 4000, 'at-least', 'people'),
        C('17 wounded people', 'injured', 17, 'exact', 'people', id='w'),
        C('several of them children', 'injured', None, 'vague', 'children', sub='w'),
        C('killed 38 civilians', 'killed', 38, 'exact', 'civilians'),
        C('wounded more than 70', 'injured', 70, 'at-least', 'civilians'),
        C('15,000–20,000 people have fled', 'displaced', None, 'range', 'people', low=15000, high=20000),
        C('the number of dead higher, at 45', 'killed', 45, 'exact', 'civilians', id='kc', tags='contradicted'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='kc'),
        C('62 KNLA and allied fighters had been “eliminated”', 'killed', 62, 'exact', 'fighters'),
        C('11 fighters killed', 'killed', 11, 'exact', 'fighters'),
        C('captured 26 government soldiers', 'detained', 26, 'exact', 'soldiers'),
        C('detained 23 people', 'detained', 23, 'exact', 'people'),
        C('about 90,000 refugees', 'displaced', 90000, 'approx', 'people'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='w'),
    ],
    sources=[
        S('Thai officials', 'official'),
        S('Naw Say Paw', 'witness', form='name'),
        S('Karen community leaders on the Myanmar side of the river', 'other'),
        S('A local monitoring group, the Karen Civilian Protection Committee', 'ngo'),
        S('Myanmar’s military government', 'military'),
        S('state television', 'media'),
        S('The Karen National Union', 'military'),
        S('The Thai army', 'military'),
        S('Thai police', 'official'),
        S('A senior Thai official in Mae Hong Son', 'anonymous'),
        S('Aid agencies', 'ngo'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('volunteer nurse Naw Htoo Htoo of the aid group Borderline Care', 'ngo', form='title-name'),
    ],
    numbers=[
        N('2021', 'year'),
        N('52', 'age'),
        N('her five grandchildren', 'count-people'),
        N('at least 15 villages', 'count-objects'),
        N('10 days', 'duration'),
        N('2021', 'year', nth=1),
        N('about 600 people', 'count-people'),
        N('nine camps', 'count-objects'),
        N('more than 30 years', 'duration'),
        N('60', 'age'),
        N('seven', 'age'),
        N('four hours', 'duration'),
    ])

# mz07: killings and detentions after the army retakes Kyeikdon, Kayin state (AP style, em-dash dateline,
# American spelling, straight quotes)
A['mz07.txt'] = dict(
    casualty=[
        C('killed at least 16 civilians', 'killed', 16, 'at-least', 'civilians', id='k'),
        C('detained dozens more', 'detained', None, 'vague', 'civilians'),
        C('Eleven of them were shot', 'killed', 11, 'exact', 'civilians', sub='k'),
        C('four of the dead were women', 'killed', 4, 'exact', 'women', sub='k'),
        C('two were teenage boys', 'killed', 2, 'exact', 'children', sub='k'),
        C('at least seven people were still missing', 'missing', 7, 'at-least', 'people'),
        C('killing 34 of them', 'killed', 34, 'exact', 'fighters'),
        C('losing six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('took 10 or 12 men', 'detained', None, 'range', 'men', low=10, high=12),
        C('rounded up 47 men and boys', 'detained', 47, 'exact', 'men', id='d'),
        C('29 of them', 'detained', 29, 'exact', 'men', sub='d'),
        C('its toll to 19', 'killed', 19, 'exact', 'civilians', tags='update'),
        C('three more bodies', 'killed', 3, 'exact', 'civilians'),
        C('23 killings', 'killed', 23, 'exact', 'people'),
        C('killing nine people', 'killed', 9, 'exact', 'people'),
        C('wounding at least 20', 'injured', 20, 'at-least', 'people'),
        C('forced more than 110,000 people from their homes', 'displaced', 110000, 'at-least', 'people'),
        C('almost 8,000 have crossed into Thailand', 'displaced', 8000, 'at-most', 'people'),
        C('At least 50,000 people', 'killed', 50000, 'at-least', 'people'),
    ],
    sources=[
        S('Karen rebels', 'military'),
        S('residents', 'witness'),
        S('Padoh Saw Ler Wah', 'military', form='title-name'),
        S('state-run MRTV television', 'media'),
        S('Residents', 'witness'),
        S('Naw Mu Mu', 'witness', form='name'),
        S('The KNU', 'military'),
        S('the KNU', 'military'),
        S('The Dooplaya Human Rights Network', 'ngo'),
        S('the Kyeikdon Free Funeral Service Society', 'ngo'),
        S('the U.N. Office for the Coordination of Humanitarian Affairs', 'ngo'),
        S('Thai officials', 'official'),
        S('the Myanmar Peace Monitor', 'ngo'),
    ],
    numbers=[
        N('about 45 miles', 'distance'),
        N('70 kilometers', 'distance'),
        N('around 200 houses', 'count-objects'),
        N('41-year-old', 'age'),
        N('her three children', 'count-people'),
        N('up to 500,000 kyats', 'money'),
        N('$238', 'money'),
        N('2021', 'year'),
        N('February 2021', 'date'),
    ])

# mz08: a bomb, mass detentions and conscription in Hpa-an, the Kayin State capital (a newspaper's own
# correspondent: headline, "From our correspondent", em-dash asides, curly quotes, British spelling)
A['mz08.txt'] = dict(
    casualty=[
        C('killed seven people', 'killed', 7, 'exact', 'people', id='k'),
        C('four of them off-duty soldiers', 'killed', 4, 'exact', 'soldiers', sub='k'),
        C('wounded at least 22', 'injured', 22, 'at-least', 'people'),
        C('between 50 and 70 people have been detained', 'detained', None, 'range', 'people', low=50, high=70),
        C('fewer than 20 arrests', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('two men had died', 'killed', 2, 'exact', 'men', tags='contradicted'),
        C('hundreds more have fled', 'displaced', None, 'vague', 'men'),
        C('killed 27 civilians', 'killed', 27, 'exact', 'civilians', id='s'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='s'),
        C('more than 200,000 people are now displaced', 'displaced', 200000, 'at-least', 'people'),
        C('43 soldiers had been killed', 'killed', 43, 'exact', 'soldiers'),
        C('90 wounded', 'injured', 90, 'exact', 'soldiers'),
        C('killed “hundreds” of insurgents', 'killed', None, 'vague', 'fighters'),
        C('more than 100 dead', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('the seven dead', 'killed', 7, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('a hospital worker', 'anonymous'),
        S('The military council', 'military'),
        S('the Karen National Union', 'military'),
        S('Residents', 'witness'),
        S('the authorities', 'official'),
        S('a woman in her fifties', 'anonymous'),
        S('A lawyer', 'anonymous'),
        S('the police', 'official'),
        S('a ward administrator', 'anonymous'),
        S('The Karen Women’s Action Group', 'ngo'),
        S('UN estimates', 'ngo', form='document'),
        S('An officer at the regional military command', 'anonymous'),
        S('Lieutenant Colonel Saw Kaw Htoo of the KNLA’s 7th Brigade', 'military', form='title-name'),
        S('Daw Nan Thida', 'witness', form='name'),
    ],
    numbers=[
        N('five days', 'duration'),
        N('3 October', 'date'),
        N('two in the morning', 'time'),
        N('some 300,000 people', 'population'),
        N('2021', 'year'),
        N('30 kilometres', 'distance'),
        N('February 2024', 'date'),
        N('at least 1,200 young men', 'count-people'),
        N('7th Brigade', 'other'),
        N('47', 'age'),
        N('three children', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
