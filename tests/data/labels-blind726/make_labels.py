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

# ---------------------------------------------------------------- labels (blind set 726: zzv01-zzv08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyrs / losing / lost … children / buried / shot dead / deaths',
     r'\bmartyrs\b|\blosing\b|\blost\b|\bburied\b|\bshot dead\b'),
    ('rounded up / abducted / captured / taken away / took / released',
     r'\brounded up\b|\bcaptured\b|\btaken away\b|\btook\b|\breleased\b'),
    ('uprooted / have left / sheltering / arrived', r'\buprooted\b|\bleft\b|\bsheltering\b|\barrived\b'),
    ('critical cases / severe burns', r'\bcritical cases\b|\bburns\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('nurses/health workers/staff/volunteers/traders',
     r'\b(?:nurses|health workers|staff|volunteers|traders)\b'),
    ('rebels/militiamen/collaborators/mobilised fighters',
     r'\b(?:militiamen|collaborators|mobilised fighters)\b'),
    ('citizens/persons/patients/families/households/brothers/grandchildren',
     r'\b(?:citizens|persons|patients|families|households|brothers|grandchildren)\b'),
]

# zzv01: the RSF storms Hamrat al-Sheikh, North Kordofan (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['zzv01.txt'] = dict(
    casualty=[
        C('killing at least 48 civilians', 'killed', 48, 'at-least', 'civilians', id='tot'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='tot'),
        C('17 bodies', 'killed', 17, 'exact', 'people'),
        C('two or three young men', 'killed', None, 'range', 'men', low=2, high=3),
        C('more than 60 people were wounded', 'injured', 60, 'at-least', 'people', id='inj'),
        C('at least 200 men had been rounded up', 'detained', 200, 'at-least', 'men'),
        C('22 of the wounded', 'injured', 22, 'exact', 'people', sub='inj'),
        C('two nurses were among the dead', 'killed', 2, 'exact', 'other', sub='tot'),
        C('killed 112 soldiers', 'killed', 112, 'exact', 'soldiers', tags='contradicted'),
        C('losing a handful of its own fighters', 'killed', None, 'vague', 'fighters'),
        C('the civilian death toll at 55', 'killed', 55, 'exact', 'civilians', id='t55', tags='contradicted'),
        C('19 women', 'killed', 19, 'exact', 'women', sub='t55'),
        C('its toll to 57', 'killed', 57, 'exact', 'civilians', tags='update'),
        C('nine people had died', 'killed', 9, 'exact', 'people'),
        C('an estimated 14,000 people had fled', 'displaced', 14000, 'approx', 'people'),
        C('several children died', 'killed', None, 'vague', 'children'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted nearly 12 million', 'displaced', 12000000, 'at-most', 'people'),
    ],
    sources=[
        S('a local monitoring group, the Kordofan Rights Observatory', 'ngo'),
        S('residents', 'witness'),
        S('Adam Ishag', 'witness', form='name'),
        S('Ishag', 'witness', nth=1, form='name'),
        S('The observatory', 'ngo'),
        S('A medical source at the town’s only functioning clinic', 'anonymous'),
        S('the source', 'anonymous'),
        S('The RSF', 'military'),
        S('The army', 'military'),
        S('The foreign ministry in Port Sudan', 'official'),
        S('the observatory', 'ngo'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('an IOM official in El Obeid', 'anonymous'),
        S('Analysts', 'other'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('some 250 kilometres', 'distance'),
        N('around 6 am', 'time'),
        N('three directions', 'count-objects'),
        N('dozens of pickup trucks', 'count-objects'),
        N('37-year-old', 'age'),
        N('four children', 'count-people'),
        N('2024', 'year'),
        N('two days', 'duration'),
        N('about 30,000 people', 'population'),
        N('2025', 'year'),
        N('April 2023', 'date'),
    ])

# zzv02: a drone strike on the livestock market of Al-Sunut, West Kordofan (Reuters style, American
# spelling, straight quotes, Reuters dateline and sign-off)
A['zzv02.txt'] = dict(
    casualty=[
        C('killed at least 29 people', 'killed', 29, 'at-least', 'people', id='tot'),
        C('wounded 73 others', 'injured', 73, 'exact', 'people', id='w'),
        C('Eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('five women were among the dead', 'killed', 5, 'exact', 'women', sub='tot'),
        C('killed more than 40 RSF fighters', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('the death toll at 34', 'killed', 34, 'exact', 'people', id='t34', tags='contradicted'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='t34'),
        C('90 people had been hurt', 'injured', 90, 'exact', 'people', tags='contradicted'),
        C('about 20 bodies', 'killed', 20, 'approx', 'people'),
        C('more than 60 of the wounded', 'injured', 60, 'at-least', 'people', id='h', sub='w'),
        C('Fourteen of them', 'injured', 14, 'exact', 'people', sub='h'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the toll to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('scores of wounded', 'injured', None, 'vague', 'people'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('Several traders are also missing', 'missing', None, 'vague', 'other'),
        C('as many as 3,000 people had fled', 'displaced', 3000, 'at-most', 'people'),
        C('more than 90,000 people had been displaced', 'displaced', 90000, 'at-least', 'people'),
    ],
    sources=[
        S("a doctors' group", 'ngo'),
        S('The Kordofan Doctors Committee', 'ngo'),
        S('The committee', 'ngo'),
        S('An army spokesman, Brigadier General Hassan Ibrahim', 'military', form='title-name'),
        S('The RSF-backed civil administration in West Kordofan', 'official'),
        S('Ibrahim Musa', 'witness', form='name'),
        S('its director, Dr. Mubarak Hamid', 'official', form='title-name'),
        S("the doctors' committee", 'ngo'),
        S('Residents', 'witness'),
        S("Sudan's state news agency SUNA", 'media'),
        S('the army-appointed governor of West Kordofan', 'official', form='role'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('Jan 14', 'date'),
        N('three missiles', 'count-objects'),
        N('about 11:30 a.m.', 'time'),
        N('41', 'age'),
        N('35 beds', 'count-objects'),
        N('October 2025', 'date'),
        N('three Kordofan states', 'count-objects'),
        N('three months', 'duration'),
        N('some 1.3 million people', 'count-people'),
    ])

# zzv03: the army says it repelled an attack on Liri, South Kordofan (state news agency relaying an army
# communiqué: officialese, "martyrs", digits, en-dash dateline, British spelling, straight quotes)
A['zzv03.txt'] = dict(
    casualty=[
        C('killing more than 150 rebels', 'killed', 150, 'at-least', 'fighters'),
        C('6 martyrs', 'killed', 6, 'exact', 'soldiers'),
        C('19 others were wounded', 'injured', 19, 'exact', 'soldiers'),
        C('killing 7 civilians', 'killed', 7, 'exact', 'civilians', id='c7'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='c7'),
        C('wounding 15 others', 'injured', 15, 'exact', 'civilians', id='w15'),
        C('2 of whom later succumbed', 'killed', 2, 'exact', 'civilians', sub='w15'),
        C('kidnapped 11 citizens', 'detained', 11, 'exact', 'civilians', id='a'),
        C('4 children', 'detained', 4, 'exact', 'children', sub='a'),
        C('arrested 12 collaborators', 'detained', 12, 'exact', 'people'),
        C('some 3,800 displaced persons', 'displaced', 3800, 'approx', 'people'),
        C('dozens of soldiers had been captured', 'detained', None, 'vague', 'soldiers', tags='contradicted'),
        C('killed 300 soldiers', 'killed', 300, 'exact', 'soldiers', tags='contradicted'),
        C('killed 214 civilians', 'killed', 214, 'exact', 'civilians', id='k'),
        C('wounded almost 400', 'injured', 400, 'at-most', 'civilians'),
        C('96 of those deaths', 'killed', 96, 'exact', 'civilians', sub='k'),
    ],
    sources=[
        S('the Official Spokesman of the Armed Forces', 'military', form='title-name'),
        S('The statement', 'military', form='document'),
        S('the statement', 'military', nth=0, form='document'),
        S('the statement', 'military', nth=1, form='document'),
        S('The Commissioner of Liri Locality, Mr Al-Tayeb Kafi', 'official', form='title-name'),
        S('The Commissioner', 'official', nth=1, form='role'),
        S('The Governor of South Kordofan State, Lieutenant-General (Retd) Hamid Adam Osman', 'official',
          form='title-name'),
        S('The Official Spokesman', 'military', form='role'),
        S('militia-affiliated platforms', 'media'),
        S("The militia's so-called advisor", 'military', form='role'),
        S('the spokesman', 'military', form='role'),
        S('the State Ministry of Health', 'official'),
        S('the statement', 'military', nth=2, form='document'),
    ],
    numbers=[
        N('3 February', 'date'),
        N('14th Infantry Division', 'other'),
        N('23 combat vehicles', 'count-objects'),
        N('9 others', 'count-objects'),
        N('5:30 am', 'time'),
        N('about 120 km', 'distance'),
        N('26,000 residents', 'population'),
        N('SDG 50 million', 'money'),
    ])

# zzv04: shelling of a clinic and a displacement gathering point in Kharasana, West Kordofan (NGO
# statement: headline, en-dash dateline, first person plural, demands, notes to editors; British
# spelling, curly quotes, en-dash aside)
A['zzv04.txt'] = dict(
    casualty=[
        C('kills 16', 'killed', 16, 'exact', 'people', id='hl'),
        C('three health workers', 'killed', 3, 'exact', 'other', sub='hl'),
        C('killing 16 people', 'killed', 16, 'exact', 'people', id='k16', tags='repeat'),
        C('wounding at least 38', 'injured', 38, 'at-least', 'people'),
        C('three of our health workers', 'killed', 3, 'exact', 'other', sub='k16', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='k16'),
        C('38 wounded patients', 'injured', 38, 'exact', 'people', id='p38', tags='repeat'),
        C('12 of them children', 'injured', 12, 'exact', 'children', sub='p38'),
        C('nine critical cases', 'injured', 9, 'exact', 'people', sub='p38'),
        C('between 20 and 30 wounded', 'injured', None, 'range', 'people', low=20, high=30),
        C('Two members of our staff remain unaccounted for', 'missing', 2, 'exact', 'other'),
        C('a dozen more people were killed', 'killed', 12, 'exact', 'people'),
        C('the total for Tuesday to 28', 'killed', 28, 'exact', 'people', tags='update'),
        C('some 6,500 people have been forced from their homes', 'displaced', 6500, 'approx', 'people'),
        C('dozens of health workers have lost their lives', 'killed', None, 'vague', 'other'),
        C('our two missing colleagues', 'missing', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('the medical humanitarian organisation Horn Medical Relief (HMR)', 'ngo'),
        S('Dr Rania Elnour', 'ngo', form='title-name'),
        S('Local authorities', 'official'),
        S('The Rapid Support Forces', 'military'),
        S('the Sudanese Armed Forces', 'military'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('The World Health Organization', 'ngo'),
    ],
    numbers=[
        N('19 February 2026', 'date'),
        N('some 140 km', 'distance'),
        N('fewer than five days', 'duration'),
        N('10 km', 'distance'),
        N('27 attacks on health facilities', 'count-objects'),
        N('2022', 'year'),
        N('more than 2,100 consultations', 'count-objects'),
        N('40%', 'percentage'),
        N('children under five', 'age'),
        N('2011', 'year'),
        N('17 health facilities', 'count-objects'),
        N('+254 712 480 335', 'other'),
    ])

# zzv05: attacks and displacement in Um Keredim, North Kordofan (UN OCHA-style flash update: title,
# highlights, situation overview, displacement, response by sector, funding; digits, "per cent")
A['zzv05.txt'] = dict(
    casualty=[
        C('At least 37 civilians were killed', 'killed', 37, 'at-least', 'civilians'),
        C('52 injured', 'injured', 52, 'exact', 'civilians'),
        C('An estimated 9,200 people have been displaced', 'displaced', 9200, 'approx', 'people'),
        C('37 civilians were killed', 'killed', 37, 'exact', 'civilians', nth=1, id='o37', tags='repeat'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='o37'),
        C('6 women', 'killed', 6, 'exact', 'women', sub='o37'),
        C('52 others were injured', 'injured', 52, 'exact', 'civilians', id='o52', tags='repeat'),
        C('14 of them', 'injured', 14, 'exact', 'civilians', sub='o52'),
        C('44 civilian deaths', 'killed', 44, 'exact', 'civilians', tags='contradicted'),
        C('between 60 and 70 men were detained', 'detained', None, 'range', 'men', low=60, high=70, id='d'),
        C('about 25 of them', 'detained', 25, 'approx', 'men', sub='d'),
        C('11 people are missing', 'missing', 11, 'exact', 'people', id='m'),
        C('3 humanitarian volunteers', 'missing', 3, 'exact', 'other', sub='m'),
        C('9,200 people', 'displaced', 9200, 'exact', 'people', nth=1, id='dp', tags='repeat'),
        C('approximately 1,840 households', 'displaced', 1840, 'approx', 'people'),
        C('an estimated 5,100 people', 'displaced', 5100, 'approx', 'people', sub='dp'),
        C('2,600', 'displaced', 2600, 'exact', 'people', sub='dp'),
        C('1,500 are sheltering', 'displaced', 1500, 'exact', 'people', sub='dp'),
        C('61 wounded patients', 'injured', 61, 'exact', 'people', id='hp'),
        C('4 of them have died', 'killed', 4, 'exact', 'people', sub='hp'),
        C('10–12', 'injured', None, 'range', 'people', low=10, high=12, sub='hp'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The State Ministry of Health in El Obeid', 'official'),
        S('Community leaders', 'other'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo', nth=0),
        S('the hospital director', 'official', form='role'),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('24 February 2026', 'date'),
        N('between 20 and 23 February', 'date'),
        N('3 of 5 water yards', 'count-objects'),
        N('US$4.1 million', 'money'),
        N('3 months', 'duration'),
        N('20 February', 'date', nth=0),
        N('some 45 km', 'distance'),
        N('3 days', 'duration'),
        N('21 February', 'date'),
        N('14 surrounding villages', 'count-objects'),
        N('nearly 70 per cent', 'percentage'),
        N('more than 300 unaccompanied or separated children', 'count-people'),
        N('20 February', 'date', nth=1),
        N('5,000 treatments', 'count-objects'),
        N('22 February', 'date'),
        N('38 tonnes', 'quantity'),
        N('7,400 people', 'count-people'),
        N('35 per cent', 'percentage'),
        N('120,000 litres', 'quantity'),
        N('3 gathering sites', 'count-objects'),
        N('2026', 'year', nth=1),
        N('$4.2 billion', 'money'),
        N('6 per cent', 'percentage'),
        N('23 February', 'date', nth=1),
    ])

# zzv06: a drone strike on a displacement camp in Sheikan locality outside El Obeid (a broadcaster's
# website: headline and byline instead of a dateline, present-tense "says", British spelling, curly quotes)
A['zzv06.txt'] = dict(
    casualty=[
        C('kills dozens', 'killed', None, 'vague', 'people'),
        C('killed at least 34 people', 'killed', 34, 'at-least', 'people', id='t'),
        C('21 of the dead were children', 'killed', 21, 'exact', 'children', sub='t'),
        C('47 wounded people', 'injured', 47, 'exact', 'people', id='w'),
        C('15 of them with severe burns', 'injured', 15, 'exact', 'people', sub='w'),
        C('lost two of her three children', 'killed', 2, 'exact', 'children'),
        C('four children also died', 'killed', 4, 'exact', 'children'),
        C('killing “dozens of mobilised fighters”', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('Thousands of the camp’s residents fled', 'displaced', None, 'vague', 'civilians'),
        C('over 650,000 people have been displaced', 'displaced', 650000, 'at-least', 'people', id='d'),
        C('nearly 200,000 of them fled', 'displaced', 200000, 'at-most', 'people', sub='d'),
        C('five more people had died', 'killed', 5, 'exact', 'people'),
        C('the number of dead to 39', 'killed', 39, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Sheikan’s health director, Dr Awad Babiker', 'official', form='title-name'),
        S('Fatima Yahya', 'witness', form='name'),
        S('The Sudanese army', 'military'),
        S('an RSF adviser, Bashir Musa', 'military', form='title-name'),
        S('the camp committee', 'other'),
        S('residents', 'witness', nth=1),
        S('Ahmed Hamid', 'other', form='name'),
        S('The UN’s humanitarian coordinator for Sudan', 'ngo', form='role'),
        S('the UN’s migration agency, IOM', 'ngo'),
        S('Local officials', 'official'),
        S('Dr Babiker', 'official', form='name'),
        S('The World Food Programme', 'ngo'),
    ],
    numbers=[
        N('around 1,200 shelters', 'count-objects'),
        N('29', 'age'),
        N('60-year-old', 'age'),
        N('April 2023', 'date'),
        N('six months', 'duration'),
        N('2025', 'year'),
        N('more than 400,000 people', 'population'),
        N('some 360km', 'distance'),
        N('some 40,000 people', 'count-people'),
        N('two of its convoys', 'count-objects'),
    ])

# zzv07: the siege and shelling of Al-Quoz, South Kordofan (AP style, em-dash dateline, American
# spelling, straight quotes, AP contributor line)
A['zzv07.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='t'),
        C('13 people were killed', 'killed', 13, 'exact', 'people', id='m', sub='t'),
        C('Seven women', 'killed', 7, 'exact', 'women', sub='m'),
        C('killed six more people', 'killed', 6, 'exact', 'people', sub='t'),
        C('wounded 23', 'injured', 23, 'exact', 'people', id='w'),
        C('14 children', 'injured', 14, 'exact', 'children', sub='w'),
        C('10 to 15 people were still unaccounted for', 'missing', None, 'range', 'people', low=10, high=15),
        C('killed more than 70 government soldiers', 'killed', 70, 'at-least', 'soldiers', tags='contradicted'),
        C('three soldiers had been killed', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('two of her grandchildren had died', 'killed', 2, 'exact', 'children'),
        C('at least 40 people', 'killed', 40, 'at-least', 'people'),
        C('Between 8,000 and 10,000 people have fled', 'displaced', None, 'range', 'people', low=8000,
          high=10000),
        C('abducted a number of young men', 'detained', None, 'vague', 'men'),
        C('several men', 'killed', None, 'vague', 'men'),
        C('killed upwards of 1,000 civilians', 'killed', 1000, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S("a doctors' group", 'ngo'),
        S('The Sudan Doctors Network', 'ngo'),
        S('the group', 'ngo'),
        S("the town's executive director, Ismail Koko", 'official', form='title-name'),
        S('A volunteer at the school, Yousif Adam', 'witness', form='title-name'),
        S('The Rapid Support Forces', 'military'),
        S('the SPLM-N', 'military'),
        S('A military official in Kadugli', 'anonymous'),
        S('Residents', 'witness', nth=0),
        S('Halima Tutu', 'witness', form='name'),
        S('A local aid group, the Quoz Emergency Room', 'ngo'),
        S('the U.N. migration agency', 'ngo'),
        S('Residents', 'witness', nth=1),
        S('the U.N. human rights office', 'ngo'),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('roughly 45,000 people', 'population'),
        N('180,000 Sudanese pounds', 'money'),
        N('about $60', 'money'),
        N('40,000 pounds', 'money'),
        N('52-year-old', 'age'),
        N('mother of seven', 'count-people'),
        N('children under 5', 'age'),
        N('two communal kitchens', 'count-objects'),
        N('up to 1,500 people', 'count-people'),
        N('more than 90 miles', 'distance'),
        N('150 kilometers', 'distance'),
        N('April 2023', 'date'),
        N('31 to 4', 'vote'),
    ])

# zzv08: Um Dam Haj Ahmed, North Kordofan, weeks after an RSF raid (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", em-dash asides, curly
# quotes, British spelling)
A['zzv08.txt'] = dict(
    casualty=[
        C('buried 41 people', 'killed', 41, 'exact', 'people'),
        C('41 people were killed', 'killed', 41, 'exact', 'people', id='k', tags='repeat'),
        C('29 men', 'killed', 29, 'exact', 'men', sub='k'),
        C('eight women', 'killed', 8, 'exact', 'women', sub='k'),
        C('four children', 'killed', 4, 'exact', 'children', sub='k'),
        C('dozens more were wounded', 'injured', None, 'vague', 'people'),
        C('my two brothers', 'detained', 2, 'exact', 'men'),
        C('73 men', 'detained', 73, 'exact', 'men', id='t'),
        C('12 of them', 'detained', 12, 'exact', 'men', sub='t'),
        C('killed 60 of them', 'killed', 60, 'exact', 'fighters', tags='contradicted'),
        C('fewer than 20 “collaborators” had been taken', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('57 wounded people', 'injured', 57, 'exact', 'people', id='w'),
        C('Seven of them died', 'killed', 7, 'exact', 'people', sub='w'),
        C('52 civilians had been killed', 'killed', 52, 'exact', 'civilians', tags='contradicted'),
        C('the number of displaced at roughly 9,500', 'displaced', 9500, 'approx', 'people'),
        C('at least 300 civilians have been killed', 'killed', 300, 'at-least', 'civilians'),
    ],
    sources=[
        S('the town’s imam, Sheikh Abdelgadir Omer', 'other', form='title-name'),
        S('Residents', 'witness', nth=0),
        S('the imam', 'other', form='role'),
        S('Mariam Abdallah', 'witness', form='name'),
        S('Residents', 'witness', nth=1),
        S('The RSF', 'military'),
        S('a field commander, Jaafar Hamdan', 'military', form='title-name'),
        S('a medical assistant, Osman Bakhit', 'official', form='title-name'),
        S('North Kordofan’s government', 'official'),
        S('The locality’s commissioner', 'official', form='role'),
        S('The UN’s human rights office', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('14', 'age'),
        N('24 January', 'date'),
        N('six hours', 'duration'),
        N('34', 'age'),
        N('four rooms', 'count-objects'),
        N('48 hours', 'duration'),
        N('roughly 18,000 people', 'population'),
        N('this one', 'other'),
        N('a handful of stalls', 'count-objects'),
        N('50kg', 'quantity'),
        N('three times', 'other'),
        N('almost ten minutes', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
