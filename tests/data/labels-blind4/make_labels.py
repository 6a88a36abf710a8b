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
import label_checks  # noqa: E402
from label_checks import C, S, N, main  # noqa: E402

# Qualifier wordings these articles use that the shared checker's word lists do not hold; the dev
# README's lists are examples ("at-least (at least, more than, over, upwards of)"). Added here only,
# for this folder's run.
label_checks.QUAL_WORDS['at-least'] += ['no fewer than', 'upward of', 'in excess of']
label_checks.QUAL_WORDS['at-most'] += ['no more than']

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (fourth blind set: v01-v06)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred/martyrs', r'\bmartyr(?:ed|s)\b'), ('neutralised/neutralized', r'\bneutrali[sz](?:ed|ing)\b'),
    ('killed outright', r'\bkilled outright\b'), ('fatalities', r'\bfatalities\b'),
    ('maimed', r'\bmaimed\b'), ('sustained gunshot wounds', r'\bsustained gunshot wounds\b'),
    ('rounded up', r'\brounded up\b'), ('forcibly disappeared', r'\bforcibly disappeared\b'),
    ('sought shelter', r'\bsought shelter\b'), ('executed', r'\bexecuted\b'), ('remains of', r'\bremains of\b'),
    ('exhumed', r'\bexhumed\b'), ('massacre of', r'\bmassacre of\b'), ('lives (cost N lives)', r'\blives\b'),
    ('tally/figure/count/number at', r'\b(?:tally|figure|count|number)\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('terrorist elements/attackers', r'\b(?:terrorist elements|attackers)\b'),
    ('army personnel/members of the security forces', r'\b(?:personnel|members of the security forces)\b'),
    ('patients/victims/refugees/families/suspects', r'\b(?:patients|victims|refugees|families|suspects)\b'),
    ('sisters/brothers/sons', r'\b(?:sisters|brothers|sons)\b'),
    ('drivers/health workers/staff', r'\b(?:drivers|health workers|staff)\b'),
]

A['v01.txt'] = dict(
    casualty=[
        C('Seven civilians were martyred', 'killed', 7, 'exact', 'civilians', id='tot'),
        C('23 others were injured', 'injured', 23, 'exact', 'civilians', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('two of them died', 'killed', 2, 'exact', 'civilians', sub='inj'),
        C('the number of martyrs to nine', 'killed', 9, 'exact', 'civilians', tags='update'),
        C('neutralising a number of terrorists', 'killed', None, 'vague', 'fighters'),
        C('no fewer than 41 terrorist elements were neutralised', 'killed', 41, 'at-least', 'fighters'),
        C('scores of others were injured', 'injured', None, 'vague', 'fighters'),
        C('Five army personnel were martyred', 'killed', 5, 'exact', 'soldiers'),
        C('a further 12 were wounded', 'injured', 12, 'exact', 'soldiers'),
        C('the tally of civilian martyrs in the Hama countryside has risen to 137', 'killed', 137, 'exact',
          'civilians'),
        C('upward of 400 others injured', 'injured', 400, 'at-least', 'civilians'),
        C('Dozens of families sought shelter', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('a source at the Hama Police Command', 'anonymous'),
        S('The source', 'anonymous'),
        S('a military source', 'anonymous'),
        S('the General Command of the Army and the Armed Forces', 'military'),
        S('The statement', 'military', form='document'),
        S('Director of Hama Health Directorate Dr. Ahmad Khaled al-Hassan', 'official', form='title-name'),
        S('al-Ikhbariya channel', 'media'),
        S('Al-Hassan', 'official', form='name'),
        S('the head of Mhardeh city council, Simon Nassar', 'official', form='title-name'),
        S('The Ministry of Foreign Affairs and Expatriates', 'official'),
    ],
    numbers=[
        N('17 May', 'date'),
        N('14 rocket shells', 'count-objects'),
        N('70-year-old', 'age'),
        N('three of their vehicles', 'count-objects'),
        N('23mm', 'other'),
        N('25th Special Mission Forces Division', 'other'),
        N('62 sorties', 'count-objects'),
        N('11 weapons depots', 'count-objects'),
        N('27 vehicles', 'count-objects'),
        N('four booby-trapped cars', 'count-objects'),
        N('more than 1,100 surgical operations', 'count-objects'),
        N('38 percent', 'percentage'),
        N('850 food baskets', 'count-objects'),
        N('1,200 blankets', 'count-objects'),
        N('two identical letters', 'count-objects'),
        N('Resolution 2254', 'other'),
    ])

A['v02.txt'] = dict(
    casualty=[
        C('At least 38 civilians lost their lives', 'killed', 38, 'at-least', 'civilians', id='tot'),
        C('17 people remain unaccounted for', 'missing', 17, 'exact', 'people'),
        C('Roughly 21,500 people have been displaced', 'displaced', 21500, 'approx', 'people', id='disp'),
        C('Eleven villagers were killed', 'killed', 11, 'exact', 'civilians', id='ngu', sub='tot'),
        C('nine were killed', 'killed', 9, 'exact', 'civilians', sub='ngu'),
        C('two died', 'killed', 2, 'exact', 'civilians', sub='ngu'),
        C('14 people were killed', 'killed', 14, 'exact', 'people', id='mui'),
        C('at least four children', 'killed', 4, 'at-least', 'children', sub='mui'),
        C('dozens were wounded', 'injured', None, 'vague', 'people'),
        C('an estimated 6,400 sought shelter', 'displaced', 6400, 'approx', 'people', sub='disp'),
        C('between 3,000-4,000 fled', 'displaced', None, 'range', 'people', low=3000, high=4000, sub='disp'),
        C('the 17 people missing', 'missing', 17, 'exact', 'people', tags='repeat'),
        C('53 patients', 'injured', 53, 'exact', 'people', id='hosp'),
        C('19', 'injured', 19, 'exact', 'people', sub='hosp'),
        C('in excess of 6,000 fatalities', 'killed', 6000, 'at-least', 'people'),
        C('some 600,000 people remain displaced', 'displaced', 600000, 'approx', 'people'),
    ],
    sources=[
        S('the provincial health authorities', 'official'),
        S('the International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('the district administrator', 'official', form='role'),
        S('Local sources', 'anonymous'),
        S('the Protection Cluster', 'ngo'),
        S('Protection partners', 'ngo', form='collective'),
        S('local leaders', 'other'),
        S('ACLED', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('9 September 2025', 'date'),
        N('at least six villages', 'count-objects'),
        N('2 and 7 September', 'date'),
        N('March 2024', 'date'),
        N('Some 62 per cent', 'percentage'),
        N('2 September', 'date'),
        N('14 km', 'distance'),
        N('about 140 houses', 'count-objects'),
        N('5 September', 'date'),
        N('2,000 people', 'count-people'),
        N('27 cases', 'count-objects'),
        N('at least nine children', 'count-people'),
        N('1 September', 'date'),
        N('2 and 8 September', 'date'),
        N('two surgeons', 'count-people'),
        N('40 beds', 'count-objects'),
        N('9,800 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$352 million', 'money'),
        N('23 per cent', 'percentage'),
        N('$4 million', 'money'),
        N('October 2017', 'date'),
    ])

A['v03.txt'] = dict(
    casualty=[
        C('87 wounded people', 'injured', 87, 'exact', 'people', id='tot'),
        C('at least 31 of whom were children', 'injured', 31, 'at-least', 'children', sub='tot'),
        C('Eleven of the wounded died', 'killed', 11, 'exact', 'people', sub='tot'),
        C('14', 'injured', 14, 'exact', 'people', sub='tot'),
        C('Among the wounded were nearly two dozen women', 'injured', 24, 'at-most', 'women', id='wom', sub='tot'),
        C('several of whom sustained gunshot wounds', 'injured', None, 'vague', 'women', sub='wom'),
        C('the number of people killed in the strike at 63', 'killed', 63, 'exact', 'people', id='hoff'),
        C('19 bodies', 'killed', 19, 'exact', 'people', sub='hoff'),
        C('Another 30 patients', 'injured', 30, 'exact', 'people'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('412 patients', 'injured', 412, 'exact', 'people', id='jan'),
        C('57 of whom were maimed', 'injured', 57, 'exact', 'people', sub='jan'),
        C('one of our drivers', 'killed', 1, 'exact', 'other'),
        C('Five health workers', 'detained', 5, 'exact', 'other'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Helen Mersha', 'ngo', form='title-name'),
        S('patients', 'witness', form='collective'),
        S('Local health officials', 'official'),
        S('the local officials', 'official'),
        S('the World Health Organization’s Surveillance System for Attacks on Health Care', 'ngo'),
        S('one SER nurse', 'anonymous'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('1 March', 'date'),
        N('46 major surgical procedures', 'count-objects'),
        N('36 hours', 'duration'),
        N('40 kilometres', 'distance'),
        N('Two SER ambulances', 'count-objects'),
        N('34-year-old', 'age'),
        N('three', 'count-people'),
        N('19 February', 'date'),
        N('22 February', 'date'),
        N('38 times', 'other'),
        N('August 2023', 'date'),
        N('two days', 'duration'),
        N('one SER nurse', 'count-people'),
        N('Article 7', 'other'),
        N('1999', 'year'),
        N('2016', 'year'),
        N('about 350 staff', 'count-people'),
    ])

A['v04.txt'] = dict(
    casualty=[
        C('at least 19 dead', 'killed', 19, 'at-least', 'people'),
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot', tags='repeat'),
        C('14 civilians', 'killed', 14, 'exact', 'civilians', sub='tot'),
        C('five members of the security forces were among the dead', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('52 people had been wounded', 'injured', 52, 'exact', 'people'),
        C('All five attackers were killed', 'killed', 5, 'exact', 'fighters'),
        C('the figure rose to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('another 30 wounded people', 'injured', 30, 'exact', 'people'),
        C('23 bodies', 'killed', 23, 'exact', 'people'),
        C('9', 'injured', 9, 'exact', 'people', sub='w61'),
        C('the 61 wounded', 'injured', 61, 'exact', 'people', id='w61'),
        C('the number killed at 31', 'killed', 31, 'exact', 'people', id='nisa', tags='contradicted'),
        C('three of the hotel\'s staff', 'killed', 3, 'exact', 'other', sub='nisa'),
        C('killed 63 people', 'killed', 63, 'exact', 'people', tags='contradicted'),
        C('count stood at 22 dead', 'killed', 22, 'exact', 'people', tags='contradicted'),
        C('Eleven suspects were rounded up', 'detained', 11, 'exact', 'people', id='sus'),
        C('two men', 'detained', 2, 'exact', 'men', sub='sus'),
        C('at least eight bodies', 'killed', 8, 'at-least', 'people'),
        C('dozens more people were hurt', 'injured', None, 'vague', 'people'),
        C('killed 87 people', 'killed', 87, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('police', 'official', nth=1),
        S('Police spokesman Major Abdifatah Aden Hassan', 'official', form='title-name'),
        S('the Daryeel Ambulance service', 'ngo'),
        S('Its director, Hassan Nur Farah', 'ngo', form='title-name'),
        S('Medical sources at Madina Hospital', 'anonymous'),
        S('A source close to the National Intelligence and Security Agency (NISA)', 'anonymous'),
        S('Al Shabaab', 'military', nth=1),
        S("The Somali government", 'official'),
        S('Information Minister Abdiqani Farah Warsame', 'official', form='title-name'),
        S('state-run SNTV', 'media'),
        S('a police officer at the scene, Captain Mohamed Ali Gure', 'official', form='title-name'),
        S('Fartun Abdi', 'witness', form='name'),
        S('residents', 'witness'),
    ],
    numbers=[
        N('UPDATE 2', 'other'),
        N('paragraphs 5-10', 'other'),
        N('Aug 14', 'date'),
        N('more than seven hours', 'duration'),
        N('about 6:40 p.m.', 'time'),
        N('1540 GMT', 'time'),
        N('Two of the attackers\' vehicles', 'count-objects'),
        N('five hours', 'duration'),
        N('27', 'age', nth=1),
        N('14 vehicles', 'count-objects'),
        N('2006', 'year'),
        N('March 2023', 'date'),
        N('about 11,000 troops', 'count-people'),
        N('2,000 of them', 'count-people'),
    ])

A['v05.txt'] = dict(
    casualty=[
        C('the massacre of 176 Maya Ixil villagers', 'killed', 176, 'exact', 'civilians', id='tot'),
        C('the 176 victims', 'killed', 176, 'exact', 'people', id='vic', tags='repeat'),
        C('82 were children', 'killed', 82, 'exact', 'children', sub='vic'),
        C('51 were women', 'killed', 51, 'exact', 'women', sub='vic'),
        C('Twenty-nine other villagers were forcibly disappeared', 'missing', 29, 'exact', 'civilians'),
        C('exhumed 143 bodies', 'killed', 143, 'exact', 'people', id='exh'),
        C('The remains of 121 of them', 'killed', 121, 'exact', 'people', sub='exh'),
        C('the remains of at least 22 others', 'killed', 22, 'at-least', 'people', sub='exh'),
        C('the number of victims at 256', 'killed', 256, 'exact', 'people', tags='contradicted'),
        C('four sisters died', 'killed', 4, 'exact', 'women'),
        C('no more than 30 people', 'killed', 30, 'at-most', 'people', tags='contradicted'),
        C('in excess of 200,000 people were killed', 'killed', 200000, 'at-least', 'people'),
        C('roughly 29,000 Ixil fled', 'displaced', 29000, 'approx', 'people'),
    ],
    sources=[
        S('Presiding Judge Claudia Ixcoy', 'official', form='title-name'),
        S('the court', 'official', nth=0, form='organisation'),
        S('the foundation’s director, Rosa María Chen', 'ngo', form='title-name'),
        S('Prosecutors', 'official', form='collective'),
        S('Juana Cobo Raymundo', 'witness', form='name'),
        S('Defense lawyers', 'other', form='collective'),
        S('A U.N.-backed truth commission', 'ngo'),
        S('Chen', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('three former army officers', 'count-people'),
        N('2,860 years', 'duration'),
        N('1982', 'year'),
        N('one', 'other'),
        N('36-year', 'duration'),
        N('Military Zone 20', 'other'),
        N('July 18, 1982', 'date'),
        N('nine hours', 'duration'),
        N('12', 'age'),
        N('11 clandestine graves', 'count-objects'),
        N('2001 and 2004', 'year'),
        N('47 survivors', 'count-people'),
        N('seven', 'age'),
        N('49', 'age'),
        N('three-judge', 'count-people'),
        N('two of the defendants', 'count-people'),
        N('2-1', 'vote'),
        N('80', 'age'),
        N('5 million quetzales', 'money'),
        N('$650,000', 'money'),
        N('July 18', 'date', nth=1),
        N('1999', 'year'),
        N('1996', 'year'),
        N('14 exhumations', 'count-objects'),
        N('2001', 'year', nth=1),
    ])

A['v06.txt'] = dict(
    casualty=[
        C('two of my brothers lost their lives', 'killed', 2, 'exact', 'men'),
        C('the number of men executed at 40 to 50', 'killed', None, 'range', 'men', low=40, high=50),
        C('47 victims', 'killed', 47, 'exact', 'people'),
        C('neutralized dozens of terrorists', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('lost three soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('two sons were rounded up', 'detained', 2, 'exact', 'men'),
        C('scores of other men', 'detained', None, 'vague', 'men'),
        C('nearly two dozen people', 'injured', 24, 'at-most', 'people'),
        C('roughly 6,000 people have fled', 'displaced', 6000, 'approx', 'people'),
        C('count stood at 61,000 Burkinabè refugees', 'displaced', 61000, 'exact', 'people'),
        C('the 47', 'killed', 47, 'exact', 'people', tags='repeat'),
        C('killed 31 soldiers', 'killed', 31, 'exact', 'soldiers'),
        C('upward of 20,000 lives', 'killed', 20000, 'at-least', 'people'),
        C('forced more than 2 million people from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('Ouédraogo', 'witness', nth=1, form='name'),
        S('Survivors', 'witness', form='collective'),
        S('The Coalition for Justice in the Sahel (CJS)', 'ngo'),
        S('The army', 'military'),
        S('national television RTB', 'media'),
        S('the army’s general staff', 'military'),
        S('Musa Diallo', 'witness', form='name'),
        S('Camp health workers', 'anonymous'),
        S('Ivorian authorities', 'official'),
        S('The U.N. refugee agency', 'ngo'),
        S('Issa Sankara', 'witness', form='name'),
        S('the coalition', 'ngo'),
        S('Ouédraogo', 'witness', nth=2, form='name'),
    ],
    numbers=[
        N('12 of them', 'count-objects'),
        N('about 20 soldiers and militiamen', 'count-people'),
        N('8 a.m.', 'time'),
        N('34', 'age'),
        N('five children', 'count-people'),
        N('11 kilometers', 'distance'),
        N('7 miles', 'distance'),
        N('three days', 'duration'),
        N('15-year-old', 'age'),
        N('two days', 'duration'),
        N('61', 'age'),
        N('3-year-old', 'age'),
        N('40%', 'percentage'),
        N('11', 'age', nth=1),
        N('29', 'age'),
        N('six days', 'duration'),
        N('10-year', 'duration'),
        N('300 head', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
