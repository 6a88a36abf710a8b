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

# ---------------------------------------------------------------- labels (blind set 735: zye01-zye08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / executed / fallen / lost three of their own / buried / civilian deaths',
     r'\bneutrali[sz]|\bexecuted\b|\bfallen\b|\blost three\b|\bburied\b'),
    ('took / taken / taken away / captured / capturing / abduction', r'\btook\b|\btaken\b|\bcaptur|\babduction\b'),
    ('crossed / have gone / sheltering / taken refuge / left / refugees / new arrivals / newly displaced',
     r'\bcrossed\b|\bgone\b|\bsheltering\b|\brefuge\b|\bleft\b|\brefugees\b|\barrivals\b'),
    ('sustained injuries / gunshot or machete wounds', r'\bsustained injuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('assailants/attackers/armed elements/members/mercenaries/raiders',
     r'\b(?:assailants|attackers|armed elements|members|mercenaries|raiders)\b'),
    ('peacekeepers/nurses/health workers', r'\b(?:peacekeepers?|nurses|health workers)\b'),
    ('patients/persons/households/families/refugees/new arrivals',
     r'\b(?:patients|persons|households|families|refugees|arrivals)\b'),
    ('boys/daughters/young men/women and girls', r'\b(?:boys|daughters|young men|women and girls)\b'),
]

# zye01: gunmen storm Gbassigbiri near Zemio, Haut-Mbomou (AFP style, one sentence a paragraph, en-dash
# dateline, British spelling, curly quotes)
A['zye01.txt'] = dict(
    casualty=[
        C('At least 22 civilians were killed', 'killed', 22, 'at-least', 'civilians', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('recovered 17 bodies', 'killed', 17, 'exact', 'people'),
        C('nine wounded people', 'injured', 9, 'exact', 'people', id='w'),
        C('Two of them died', 'killed', 2, 'exact', 'people', sub='w'),
        C('Several of the wounded', 'injured', None, 'vague', 'people', sub='w'),
        C('abducted at least 11 people', 'detained', 11, 'at-least', 'people'),
        C('took my two daughters', 'detained', 2, 'exact', 'children'),
        C('four of its members had been killed', 'killed', 4, 'exact', 'fighters'),
        C('“neutralised” seven assailants', 'killed', 7, 'exact', 'fighters'),
        C('More than 2,400 people have crossed', 'displaced', 2400, 'at-least', 'people'),
        C('Hundreds more are sheltering', 'displaced', None, 'vague', 'people'),
        C('forced some 30,000 people from their homes', 'displaced', 30000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the UN', 'ngo', nth=0),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous', nth=0),
        S('the official', 'anonymous', nth=1),
        S('The UN peacekeeping mission, MINUSCA', 'military'),
        S('a nurse at Zemio’s district hospital', 'anonymous'),
        S('the nurse', 'anonymous'),
        S('Residents', 'witness'),
        S('Jeanne Ngbaziama', 'witness', form='name'),
        S('The Union for Peace in Central Africa (UPC)', 'military'),
        S('A spokesman for the Azande Ani Kpi Gbe militia', 'military', form='role'),
        S('The Central African army', 'military'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('Father Bernard Zanga', 'other', form='title-name'),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('MINUSCA', 'military', nth=2),
    ],
    numbers=[
        N('scores of homes', 'count-objects'),
        N('around 60 armed men', 'count-people'),
        N('some 25 kilometres', 'distance'),
        N('aged 71', 'age'),
        N('about 300 head of cattle', 'count-objects'),
        N('43-year-old', 'age'),
        N('more than 100 kilometres', 'distance'),
        N('2023', 'year', nth=0),
        N('45 soldiers', 'count-people'),
        N('2023', 'year', nth=1),
        N('one of the world’s poorest countries', 'other'),
        N('2013', 'year'),
        N('about 14,000 uniformed personnel', 'count-people'),
    ])

# zye02: an attack on the Kadjemah health post, Haut-Mbomou (NGO statement: headline, en-dash dateline,
# first person plural, demands, notes to editors; British spelling, curly quotes, en-dash aside)
A['zye02.txt'] = dict(
    casualty=[
        C('Four patients killed', 'killed', 4, 'exact', 'people'),
        C('two nurses abducted', 'detained', 2, 'exact', 'other'),
        C('killing four patients', 'killed', 4, 'exact', 'people', tags='repeat'),
        C('wounding at least seven other people', 'injured', 7, 'at-least', 'people', id='w'),
        C('Two HFI nurses', 'detained', 2, 'exact', 'other', tags='repeat'),
        C('Three of the seven wounded', 'injured', 3, 'exact', 'people', sub='w'),
        C('the death toll had risen to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the bodies of two more villagers', 'killed', 2, 'exact', 'civilians'),
        C('a number of young men', 'detained', None, 'vague', 'men'),
        C('an estimated 3,500 people have fled', 'displaced', 3500, 'approx', 'people'),
        C('812 newly displaced families', 'displaced', 812, 'exact', 'people'),
        C('3 health workers were killed', 'killed', 3, 'exact', 'other'),
        C('9 were abducted', 'detained', 9, 'exact', 'other'),
    ],
    sources=[
        S('the medical humanitarian organisation', 'ngo'),
        S('Dr Clarisse Yakité', 'ngo', form='title-name'),
        S('Local authorities in Obo', 'official'),
        S('The UN peacekeeping mission, MINUSCA', 'military'),
        S('Residents', 'witness'),
        S('local authorities', 'official'),
        S('Yakité', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('9 March', 'date'),
        N('three days', 'duration'),
        N('around 1 am', 'time'),
        N('14-year-old', 'age'),
        N('58 kilometres', 'distance'),
        N('10 March', 'date', nth=0),
        N('400 doses', 'count-objects'),
        N('two of the post’s three buildings', 'count-objects'),
        N('about 30 km', 'distance'),
        N('some 12,000 people', 'population'),
        N('10 March', 'date', nth=1),
        N('2024', 'year'),
        N('17 attacks on health facilities', 'count-objects'),
        N('2007', 'year'),
        N('2 hospitals', 'count-objects'),
        N('11 health posts', 'count-objects'),
        N('164 Central African staff', 'count-people'),
        N('+236 72 15 40 88', 'other'),
    ])

# zye03: attacks, abductions and displacement across the border at Ouro-Djafoun, Haut-Mbomou (UN OCHA-style
# flash update: title, highlights, sections, bullets, digits, "per cent")
A['zye03.txt'] = dict(
    casualty=[
        C('killed at least 27 people', 'killed', 27, 'at-least', 'people', id='h27'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='h27'),
        C('An estimated 4,800 people have been displaced', 'displaced', 4800, 'approx', 'people', id='d1'),
        C('about 1,900 have crossed', 'displaced', 1900, 'approx', 'people', sub='d1'),
        C('16 people', 'detained', 16, 'exact', 'people', nth=0, id='a1'),
        C('5', 'detained', 5, 'exact', 'people', nth=0, sub='a1'),
        C('27 people were killed', 'killed', 27, 'exact', 'people', id='o27', tags='repeat'),
        C('9 of them children', 'killed', 9, 'exact', 'children', sub='o27', tags='repeat'),
        C('6 women', 'killed', 6, 'exact', 'women', sub='o27'),
        C('38 others were wounded', 'injured', 38, 'exact', 'people', id='w38'),
        C('a further 4 people were killed', 'killed', 4, 'exact', 'people'),
        C('the toll to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('14 of the 38 wounded', 'injured', 14, 'exact', 'people', id='e14', sub='w38'),
        C('2 of them have since died', 'killed', 2, 'exact', 'people', sub='e14'),
        C('1 peacekeeper was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('the abduction of 16 people', 'detained', 16, 'exact', 'people', id='a2', tags='repeat'),
        C('12 women and girls', 'detained', 12, 'exact', 'women', sub='a2'),
        C('5', 'detained', 5, 'exact', 'people', nth=1, sub='a2', tags='repeat'),
        C('the remaining 11 are unaccounted for', 'missing', 11, 'exact', 'people', sub='a2'),
        C('An estimated 4,800 people have fled', 'displaced', 4800, 'approx', 'people', id='d2', tags='repeat'),
        C('Some 2,100', 'displaced', 2100, 'approx', 'people', sub='d2'),
        C('about 800', 'displaced', 800, 'approx', 'people', sub='d2'),
        C('1,900', 'displaced', 1900, 'exact', 'people', nth=1, sub='d2', tags='repeat'),
        C('Between 150 and 200 people', 'displaced', None, 'range', 'people', low=150, high=200),
        C('17 patients with gunshot or machete wounds', 'injured', 17, 'exact', 'people', id='h17'),
        C('3 of them children', 'injured', 3, 'exact', 'children', sub='h17'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local authorities', 'official'),
        S('community leaders', 'other'),
        S('Local sources', 'anonymous'),
        S('MINUSCA', 'military', nth=1),
        S('Protection partners', 'ngo'),
        S('Partners', 'ngo', nth=0),
        S('UNHCR', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Herders', 'witness'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('18 April 2025', 'date'),
        N('13 and 14 April', 'date'),
        N('13 April', 'date'),
        N('42 km', 'distance'),
        N('3 neighbouring camps', 'count-objects'),
        N('14 April', 'date', nth=1),
        N('14 April', 'date', nth=2),
        N('16 April', 'date'),
        N('about 5,200', 'population'),
        N('more than 6,000 head of cattle', 'count-objects'),
        N('2 schools', 'count-objects'),
        N('14 April', 'date', nth=3),
        N('about 10 days', 'duration'),
        N('2 of the 3 mobile clinics', 'count-objects'),
        N('38 tonnes', 'quantity'),
        N('4,000 people', 'count-people'),
        N('600 shelter kits', 'count-objects'),
        N('US$3.1 million', 'money'),
        N('3 months', 'duration'),
        N('2025', 'year', nth=1),
        N('14 per cent', 'percentage'),
    ])

# zye04: 3R fighters kill villagers in Koundjili, Ouham-Pende (Reuters style: dateline, American spelling,
# straight quotes, sign-off)
A['zye04.txt'] = dict(
    casualty=[
        C('killed at least 34 people', 'killed', 34, 'at-least', 'people', id='tot'),
        C('buried 28 people', 'killed', 28, 'exact', 'people'),
        C('10 or 12 more', 'killed', None, 'range', 'people', low=10, high=12),
        C('at least 34 people had been killed', 'killed', 34, 'at-least', 'people', id='t2', tags='repeat'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='t2'),
        C('11 wounded', 'injured', 11, 'exact', 'people', id='w'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='w'),
        C('19 people had died', 'killed', 19, 'exact', 'people', id='g', tags='contradicted'),
        C('three soldiers', 'killed', 3, 'exact', 'soldiers', sub='g'),
        C('killed "more than 15 mercenaries"', 'killed', 15, 'at-least', 'soldiers', tags='contradicted'),
        C('taken away at least nine young men', 'detained', 9, 'at-least', 'men'),
        C('six of the wounded', 'injured', 6, 'exact', 'people', sub='w'),
        C('Nearly 3,000 people have fled', 'displaced', 3000, 'at-most', 'people'),
        C('more than 30,000 refugees', 'displaced', 30000, 'at-least', 'people'),
        C('killing more than 40 civilians', 'killed', 40, 'at-least', 'civilians'),
    ],
    sources=[
        S('a local lawmaker', 'official', form='role'),
        S('a humanitarian source', 'anonymous'),
        S('Martin Ngoko', 'official', form='name'),
        S('Ngoko', 'official', nth=1, form='name'),
        S('A humanitarian source in Paoua', 'anonymous'),
        S('The government', 'official'),
        S('Government spokesman Serge Ndoumba', 'official', form='title-name'),
        S('3R', 'military', nth=2),
        S('Its spokesman', 'military', form='role'),
        S('The army', 'military'),
        S('Residents', 'witness'),
        S('The U.N. peacekeeping mission, MINUSCA', 'military'),
        S('a local official', 'anonymous'),
        S('the U.N. refugee agency', 'ngo'),
        S('The 3R group', 'military'),
        S('U.N. investigators', 'ngo'),
    ],
    numbers=[
        N('May 21', 'date'),
        N('3R', 'other', nth=0),
        N('one of the deadliest', 'other'),
        N('about 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('aged 12 and 15', 'age'),
        N('3R', 'other', nth=1),
        N('3R', 'other', nth=2),
        N('2019', 'year', nth=0),
        N('dozens of houses', 'count-objects'),
        N('some 60 km', 'distance'),
        N('3R', 'other', nth=3),
        N('2019', 'year', nth=1),
        N('2013', 'year'),
        N('2019', 'year', nth=2),
        N('14 armed groups', 'count-objects'),
    ])

# zye05: the army and allied forces retake Betoko, Ouham-Pendé (state news agency relaying an army
# communiqué: officialese, digits, a denial of NGO allegations; British spelling, en-dash dateline)
A['zye05.txt'] = dict(
    casualty=[
        C('killing 21 rebels', 'killed', 21, 'exact', 'fighters'),
        C('capturing 6 others', 'detained', 6, 'exact', 'fighters'),
        C('2 soldiers lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('4 others sustained injuries', 'injured', 4, 'exact', 'soldiers'),
        C('several other assailants escaped with wounds', 'injured', None, 'vague', 'fighters'),
        C('executed 8 civilians', 'killed', 8, 'exact', 'civilians'),
        C('abducted 12 others', 'detained', 12, 'exact', 'civilians', id='a'),
        C('4 women', 'detained', 4, 'exact', 'women', sub='a'),
        C('killed some 15 civilians', 'killed', 15, 'approx', 'civilians', tags='contradicted'),
        C('1,240 persons who had fled', 'displaced', 1240, 'exact', 'people'),
        C('5 wounded civilians', 'injured', 5, 'exact', 'civilians'),
        C('the 2 fallen soldiers', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('neutralised upwards of 130 armed elements', 'killed', 130, 'at-least', 'fighters'),
    ],
    sources=[
        S('the General Staff of the Armed Forces', 'military'),
        S('Radio Centrafrique', 'media'),
        S('the communiqué', 'military', form='document'),
        S('the General Staff', 'military', nth=1),
        S('The General Staff', 'military', nth=0),
        S('The General Staff', 'military', nth=1),
        S('certain NGOs', 'ngo'),
        S('the spokesperson of the FACA, Colonel Ghislain Gbodo', 'military', form='title-name'),
        S('The Prefect of Ouham-Pendé, Mr Dieudonné Sélémby', 'official', form='title-name'),
        S('MINUSCA', 'military'),
        S('the General Staff', 'military', nth=2),
    ],
    numbers=[
        N('7 June 2025', 'date'),
        N('3R', 'other'),
        N('5 June', 'date'),
        N('5:30 am', 'time'),
        N('38 km', 'distance'),
        N('2 companies', 'count-objects'),
        N('3rd Territorial Infantry Battalion', 'other'),
        N('BIT 3', 'other'),
        N('9 weapons of war', 'count-objects'),
        N('3 AK-47 rifles', 'count-objects'),
        N('14 motorcycles', 'count-objects'),
        N('3 weeks', 'duration'),
        N('5,000 CFA francs', 'money'),
        N('6 June', 'date'),
        N('10 June', 'date'),
    ])

# zye06: villagers flee Bembéré, Ouham-Pendé, into Chad (a broadcaster's website: headline and byline
# instead of a dateline; British spelling, curly quotes)
A['zye06.txt'] = dict(
    casualty=[
        C('More than 5,000 people have fled', 'displaced', 5000, 'at-least', 'people'),
        C('dozens of civilians dead', 'killed', None, 'vague', 'civilians'),
        C('14 bodies', 'killed', 14, 'exact', 'people', id='b14'),
        C('3,200 refugees', 'displaced', 3200, 'exact', 'people', id='r'),
        C('about 1,800 children', 'displaced', 1800, 'approx', 'children', sub='r'),
        C('Four or five of them were children', 'killed', None, 'range', 'children', low=4, high=5, sub='b14'),
        C('eight civilians had been killed', 'killed', 8, 'exact', 'civilians', tags='contradicted'),
        C('killed 26 assailants', 'killed', 26, 'exact', 'fighters'),
        C('37 people killed', 'killed', 37, 'exact', 'people', id='l'),
        C('six women', 'killed', 6, 'exact', 'women', sub='l'),
        C('Scores more were wounded', 'injured', None, 'vague', 'people'),
        C('at least 20 men', 'detained', 20, 'at-least', 'men', id='d'),
        C('seven of them remain unaccounted for', 'missing', 7, 'exact', 'men', sub='d'),
        C('three wounded children', 'injured', 3, 'exact', 'children'),
        C('as many as 12,000 new arrivals', 'displaced', 12000, 'at-most', 'people'),
        C('120,000 Central African refugees', 'displaced', 120000, 'exact', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('Survivors', 'witness'),
        S('Abdel-Kader Issa', 'witness', form='name'),
        S('The governor of Chad’s Logone Oriental province, General Ahmat Mahamat Abdelkerim', 'official',
          form='title-name'),
        S('The Central African government', 'official'),
        S('national radio', 'media'),
        S('Several residents', 'witness'),
        S('A local civil society leader, Pascal Yérima', 'other', form='title-name'),
        S('The UN mission, Minusca', 'military'),
        S('Mission spokesman Kouassi Ahoua', 'military', form='title-name'),
        S('The UN refugee agency', 'ngo'),
    ],
    numbers=[
        N('2 July', 'date'),
        N('36-year-old', 'age'),
        N('two days', 'duration', nth=0),
        N('3R', 'other', nth=0),
        N('Several residents', 'count-people'),
        N('two days', 'duration', nth=1),
        N('between 2 and 5 July', 'date'),
        N('two-year-old', 'age'),
        N('around 200 homes', 'count-objects'),
        N('3R', 'other', nth=1),
        N('an estimated 1,500 fighters', 'count-people'),
        N('2015', 'year'),
        N('2019', 'year'),
        N('2023', 'year'),
        N('95%', 'percentage'),
    ])

# zye07: gunmen from Sudan attack a peacekeeping base and market in Gordil, Vakaga (AP style: em-dash
# dateline, American spelling, straight quotes, contributor line)
A['zye07.txt'] = dict(
    casualty=[
        C('at least 13 civilians', 'killed', 13, 'at-least', 'civilians'),
        C('Two other peacekeepers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('buried 13 people', 'killed', 13, 'exact', 'people', tags='repeat'),
        C('22 others are wounded', 'injured', 22, 'exact', 'people', id='w'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='w'),
        C('killed 11 of the attackers', 'killed', 11, 'exact', 'fighters'),
        C('lost three of their own', 'killed', 3, 'exact', 'fighters'),
        C('the number of civilians killed at 17', 'killed', 17, 'exact', 'civilians', tags='update'),
        C('almost a dozen people were missing', 'missing', 12, 'at-most', 'people'),
        C('Some 3,500 residents have taken refuge', 'displaced', 3500, 'approx', 'civilians'),
        C('more than 20,000 Sudanese refugees who fled', 'displaced', 20000, 'at-least', 'people'),
        C('At least 200 peacekeepers have been killed', 'killed', 200, 'at-least', 'soldiers'),
    ],
    sources=[
        S('the U.N. mission', 'military'),
        S('local officials', 'official'),
        S('the mission', 'military', nth=0),
        S('Gordil sub-prefect Idriss Abakar', 'official', form='title-name'),
        S('Abakar', 'official', nth=1, form='name'),
        S('A spokesman for the RSF', 'military', form='role'),
        S('The Movement of Central African Liberators for Justice (MLCJ)', 'military'),
        S('A MINUSCA statement', 'military', form='document'),
        S('U.N. Secretary-General Antonio Guterres', 'ngo', form='title-name'),
        S('U.N. figures', 'ngo', form='document'),
        S('Mahamat Saleh', 'witness', form='name'),
        S('Saleh', 'witness', nth=1, form='name'),
        S('the U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('numbering more than 50', 'count-people'),
        N('around 5 p.m.', 'time'),
        N('April 2023', 'date'),
        N('about 120 miles', 'distance'),
        N('190 kilometers', 'distance'),
        N('one of', 'other', nth=0),
        N('up to six months', 'duration'),
        N('more than 14,000 troops and police', 'count-people'),
        N('2014', 'year'),
        N('one of', 'other', nth=1),
    ])

# zye08: raids, abductions and departures in Am Dafok, Vakaga, on the Sudan border (a newspaper's own
# correspondent: headline, "From our correspondent" line, first person, present-tense "says", en-dash
# aside, curly quotes, British spelling)
A['zye08.txt'] = dict(
    casualty=[
        C('16 people were killed', 'killed', 16, 'exact', 'people', id='k'),
        C('nine of them', 'killed', 9, 'exact', 'people', sub='k'),
        C('buried eleven', 'killed', 11, 'exact', 'people', sub='k'),
        C('took 23 people', 'detained', 23, 'exact', 'people', id='t'),
        C('Seven', 'detained', 7, 'exact', 'people', nth=0, sub='t'),
        C('14 men', 'missing', 14, 'exact', 'men'),
        C('Roughly 26,000 Sudanese refugees have crossed', 'displaced', 26000, 'approx', 'people', id='r'),
        C('some 4,000 of them', 'displaced', 4000, 'approx', 'people', sub='r'),
        C('612 households left', 'displaced', 612, 'exact', 'people'),
        C('41 people with gunshot or knife wounds', 'injured', 41, 'exact', 'people', id='w'),
        C('three or four died', 'killed', None, 'range', 'people', low=3, high=4, sub='w'),
        C('31 civilian deaths', 'killed', 31, 'exact', 'civilians'),
        C('killed “about 30” of the raiders', 'killed', 30, 'approx', 'fighters'),
    ],
    sources=[
        S('The town’s chief, Abakar Moussa', 'official', form='title-name'),
        S('Fatimé Zakaria', 'witness', form='name'),
        S('the camp committee', 'other'),
        S('UNHCR', 'ngo'),
        S('The sub-prefecture’s records', 'official', form='document'),
        S('Hassan Ali Djouma', 'witness', form='name'),
        S('the only nurse, Idriss Mahamat', 'official', form='title-name'),
        S('A MINUSCA officer in Birao', 'anonymous'),
        S('Residents', 'witness'),
        S('The Popular Front for the Rebirth of Central Africa (FPRC)', 'military'),
        S('Moussa', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('three countries', 'count-objects'),
        N('a handful of stalls', 'count-objects'),
        N('older than 12', 'age'),
        N('2 km', 'distance'),
        N('four times', 'other'),
        N('19 May', 'date'),
        N('up to 500,000 CFA francs', 'money'),
        N('about £650', 'money'),
        N('29', 'age'),
        N('April 2023', 'date'),
        N('Seven of the nine villages', 'count-objects'),
        N('some 110 kilometres', 'distance'),
        N('no one', 'other'),
        N('perhaps 200 people', 'count-people'),
        N('8,000 of us', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
