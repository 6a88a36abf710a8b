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

# ---------------------------------------------------------------- labels (blind set 733: zyc01-zyc08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / eliminated / did not survive / civilian deaths',
     r'\bburied\b|\beliminated\b|\bdid not survive\b|\bdeaths\b'),
    ('captured / taken / held / abducted', r'\bcaptured\b|\btaken\b|\bheld\b|\babducted\b'),
    ('left / expulsion / crossed / sleeping in the school',
     r'\bleft\b|\bexpulsion\b|\bcrossed\b|\bsleeping\b'),
    ('sustained light injuries / gunshot and stab wounds / critically', r'\binjuries\b|\bwounds\b|\bcritically\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('special police/special forces/members of the security forces',
     r'\bspecial (?:police|forces)\b|\bsecurity forces\b'),
    ('members/leaders/militia members/militia commanders', r'\b(?:members|leaders|commanders)\b'),
    ('herders/pastoralists/traders/drivers/nurses', r'\b(?:herders|pastoralists|traders|drivers|nurses)\b'),
    ('patients/families/households/returnees/suspects/Tigrayans',
     r'\b(?:patients|families|households|returnees|suspects|Tigrayans)\b'),
    ('boys/teenagers/young men/old men', r'\b(?:boys|teenagers|young men|old men)\b'),
]

# zyc01: clashes between Afar forces and a breakaway Tigrayan group around Koneba (Reuters style,
# American spelling, straight quotes, Reuters sign-off)
A['zyc01.txt'] = dict(
    casualty=[
        C('killed at least 42 people', 'killed', 42, 'at-least', 'people', id='tot'),
        C('17 civilians', 'killed', 17, 'exact', 'civilians', sub='tot'),
        C('21 of the dead were Tigrayan fighters', 'killed', 21, 'exact', 'fighters', sub='tot'),
        C('four were members of the Afar special police', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('more than 60 people had been wounded', 'injured', 60, 'at-least', 'people', id='inj'),
        C('buried 11 people', 'killed', 11, 'exact', 'people'),
        C('38 wounded patients', 'injured', 38, 'exact', 'people', id='hc'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='hc'),
        C('three had died', 'killed', 3, 'exact', 'people', sub='hc'),
        C('the number of Tigrayan civilians killed at 23', 'killed', 23, 'exact', 'civilians', tags='contradicted'),
        C('killed "more than 100" Afar special forces', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('captured 14 others', 'detained', 14, 'exact', 'soldiers', tags='contradicted'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('roughly 8,600 people had been displaced', 'displaced', 8600, 'approx', 'people', id='disp'),
        C('5,200 of them children', 'displaced', 5200, 'exact', 'children', sub='disp'),
        C('two drivers were missing', 'missing', 2, 'exact', 'other'),
        C('the toll had risen to 47', 'killed', 47, 'exact', 'people', tags='update'),
        C('five wounded people died', 'killed', 5, 'exact', 'people'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('a local administrator', 'anonymous'),
        S('hospital staff', 'anonymous'),
        S('Mohammed Hassen', 'official', form='name'),
        S('Hassen', 'official', nth=1, form='name'),
        S('A doctor at the Koneba health center', 'anonymous'),
        S("The Tigray interim administration's security bureau", 'official'),
        S('A spokesman for the group, Haftom Gebreyesus', 'military', form='title-name'),
        S('Afar officials', 'official'),
        S('Residents', 'witness'),
        S("The regional government's disaster risk management office", 'official'),
        S('An aid worker in Semera', 'anonymous'),
        S('the administrator', 'official', nth=1, form='role'),
        S('academic researchers', 'other'),
    ],
    numbers=[
        N('one grave', 'count-objects'),
        N('about 250 km', 'distance'),
        N('155 miles', 'distance'),
        N('45 degrees Celsius', 'quantity'),
        N('12 trucks', 'count-objects'),
        N('87 to 3', 'vote'),
        N('1990s', 'year'),
        N('two-year', 'duration'),
        N('November 2022', 'date'),
    ])

# zyc02: a drone strike on the bus station of Dansha (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['zyc02.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('13 of the dead were civilians', 'killed', 13, 'exact', 'civilians', sub='tot'),
        C('six were Fano fighters', 'killed', 6, 'exact', 'fighters', sub='tot'),
        C('34 wounded', 'injured', 34, 'exact', 'people', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('A handful of the wounded were soldiers', 'injured', None, 'vague', 'soldiers', sub='inj'),
        C('Nearly 20 of the wounded', 'injured', 20, 'at-most', 'people', sub='inj'),
        C('killed “more than 30 innocent people”', 'killed', 30, 'at-least', 'people', tags='contradicted'),
        C('killed 11 of them', 'killed', 11, 'exact', 'fighters', tags='contradicted'),
        C('dozens of families left', 'displaced', None, 'vague', 'people'),
        C('three children', 'killed', 3, 'exact', 'children'),
        C('the toll at 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('four of the wounded had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('more than 1.2 million Tigrayans were forced from their homes', 'displaced', 1200000, 'at-least',
          'people'),
        C('at least 57 civilian deaths', 'killed', 57, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a hospital source', 'anonymous'),
        S('a local official', 'anonymous'),
        S('The official', 'anonymous'),
        S('A doctor at Dansha’s health centre', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('the doctor', 'anonymous', nth=1),
        S('A Fano commander in the area', 'military'),
        S('A senior federal military officer', 'anonymous'),
        S('Residents', 'witness'),
        S('Mulugeta', 'witness', form='name'),
        S('the zonal health department', 'official'),
        S('The UN', 'ngo'),
        S('Ethiopia’s state-affiliated human rights commission', 'official'),
        S('The federal government', 'official'),
    ],
    numbers=[
        N('2023', 'year'),
        N('the age of 10', 'age'),
        N('nine o’clock', 'time'),
        N('some 180 kilometres', 'distance'),
        N('41-year-old', 'age'),
        N('November 2020', 'date'),
        N('2020-2022', 'year'),
    ])

# zyc03: an army communiqué on an attack on Baeker (state media, ENA style, digits, British spelling,
# straight quotes, en-dash dateline)
A['zyc03.txt'] = dict(
    casualty=[
        C('eliminated 36 members', 'killed', 36, 'exact', 'fighters', id='tot'),
        C('21 members of the group were captured', 'detained', 21, 'exact', 'fighters'),
        C('a number of others', 'injured', None, 'vague', 'fighters'),
        C('3 leaders', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('4 members of the security forces had lost their lives', 'killed', 4, 'exact', 'soldiers'),
        C('9 others had sustained light injuries', 'injured', 9, 'exact', 'soldiers'),
        C('killed 5 civilians', 'killed', 5, 'exact', 'civilians'),
        C('abducted 12 residents', 'detained', 12, 'exact', 'civilians', id='abd'),
        C('8 of them', 'detained', 8, 'exact', 'civilians', sub='abd'),
        C('the number of extremists eliminated had risen to 41', 'killed', 41, 'exact', 'fighters', tags='update'),
        C('40 civilians had been killed', 'killed', 40, 'exact', 'civilians', tags='contradicted'),
        C('63 suspects had been detained', 'detained', 63, 'exact', 'people'),
        C('some 1,450 residents who had left their homes', 'displaced', 1450, 'approx', 'civilians'),
    ],
    sources=[
        S('the Western Command', 'military'),
        S('the Command', 'military', nth=0),
        S('The statement', 'military', form='document'),
        S('the Command', 'military', nth=1),
        S('Colonel Tadesse Worku', 'military', form='title-name'),
        S('Colonel Tadesse', 'military', nth=1, form='title-name'),
        S('The Colonel', 'military', form='role'),
        S('the Command', 'military', nth=2),
        S('the Command', 'military', nth=3),
        S('certain diaspora-based media outlets', 'media'),
        S('The Amhara Region Peace and Security Bureau', 'official'),
        S('Baeker woreda administrator Ato Belay Mekonnen', 'official', form='title-name'),
        S('The Ethiopian Broadcasting Corporation (EBC)', 'media'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('numbering more than 200', 'count-people'),
        N('12 May', 'date'),
        N('43 Kalashnikov rifles', 'count-objects'),
        N('2 PKM machine guns', 'count-objects'),
        N('7 hand grenades', 'count-objects'),
        N('24th Division', 'other'),
        N('70-year-old', 'age'),
        N('2 weeks', 'duration'),
        N('300 quintals', 'quantity'),
        N('2,000 litres', 'quantity'),
        N('620 affected households', 'count-people'),
        N('+251 34 448 0021', 'other'),
        N('about 60 km', 'distance'),
    ])

# zyc04: killings and detentions in Adi Goshu (an NGO statement: headline, en-dash dateline, first
# person plural, demands, notes to editors, British spelling, curly quotes, en-dash asides)
A['zyc04.txt'] = dict(
    casualty=[
        C('At least 28 Tigrayan civilians have been killed', 'killed', 28, 'at-least', 'civilians', id='tot'),
        C('scores more detained', 'detained', None, 'vague', 'civilians'),
        C('the 28 people killed', 'killed', 28, 'exact', 'people', id='tot2', tags='repeat'),
        C('19 were men', 'killed', 19, 'exact', 'men', sub='tot2'),
        C('six were women', 'killed', 6, 'exact', 'women', sub='tot2'),
        C('three were boys', 'killed', 3, 'exact', 'children', sub='tot2'),
        C('the bodies of 11 of them', 'killed', 11, 'exact', 'people', sub='tot2'),
        C('at least 140 men had been detained', 'detained', 140, 'at-least', 'men', id='det'),
        C('23 of them', 'detained', 23, 'exact', 'men', sub='det'),
        C('fewer than 40 people had been arrested', 'detained', 40, 'at-most', 'people', tags='contradicted'),
        C('two nurses fled', 'displaced', 2, 'exact', 'other'),
        C('16 people with gunshot and stab wounds', 'injured', 16, 'exact', 'people'),
        C('An estimated 3,000 people have fled', 'displaced', 3000, 'approx', 'people'),
        C('at least nine of the men', 'missing', 9, 'at-least', 'men', sub='det'),
        C('expulsion of tens of thousands of Tigrayans', 'displaced', None, 'vague', 'people'),
        C('the 117 men still held', 'detained', 117, 'exact', 'men', sub='det'),
    ],
    sources=[
        S('Civilians First Initiative (CFI)', 'ngo'),
        S('Letay', 'witness', form='name'),
        S('Residents', 'witness'),
        S('families', 'witness', nth=0),
        S('Local authorities in the zone', 'official'),
        S('A health worker in a neighbouring village', 'anonymous'),
        S('local aid workers', 'ngo'),
        S('Dr Hiwot Alemayehu', 'ngo', form='title-name'),
        S('CFI', 'ngo', nth=4),
        S('the organisation', 'ngo'),
    ],
    numbers=[
        N('3 June 2025', 'date'),
        N('41 survivors, relatives and witnesses', 'count-people'),
        N('20 and 30 May', 'date'),
        N('14 and 17', 'age'),
        N('roughly 15 kilometres', 'distance'),
        N('2am', 'time'),
        N('Three days', 'duration'),
        N('52', 'age'),
        N('2020', 'year'),
        N('17 May', 'date'),
        N('9-year-old', 'age'),
        N('2021', 'year'),
        N('2016', 'year'),
        N('6 countries', 'count-objects'),
        N('+254 20 765 4410', 'other'),
    ])

# zyc05: armed clashes in Zobil woreda (a UN OCHA-style flash update: title, highlights, overview,
# displacement by site, protection, health, food security and WASH, funding; digits, "per cent")
A['zyc05.txt'] = dict(
    casualty=[
        C('At least 31 people have been killed', 'killed', 31, 'at-least', 'people', id='tot'),
        C('54 injured', 'injured', 54, 'exact', 'people', id='inj'),
        C('An estimated 14,700 people have been displaced', 'displaced', 14700, 'approx', 'people', id='disp'),
        C('31 people were killed', 'killed', 31, 'exact', 'people', id='tot2', tags='repeat'),
        C('12 civilians', 'killed', 12, 'exact', 'civilians', id='civ', sub='tot2'),
        C('54 others were injured', 'injured', 54, 'exact', 'people', id='inj2', tags='repeat'),
        C('20 of them', 'injured', 20, 'exact', 'people', sub='inj2'),
        C('7 children were among the civilian dead', 'killed', 7, 'exact', 'children', sub='civ'),
        C('the number of their own fighters killed at 9', 'killed', 9, 'exact', 'fighters'),
        C('killing 6 people', 'killed', 6, 'exact', 'people'),
        C('3 of the injured died', 'killed', 3, 'exact', 'people', sub='inj2'),
        C('the toll to 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('an estimated 14,700 people', 'displaced', 14700, 'approx', 'people', id='disp2', tags='repeat'),
        C('about 2,450 households', 'displaced', 2450, 'approx', 'people'),
        C('5,300 people', 'displaced', 5300, 'exact', 'people', sub='disp2'),
        C('3,900 people', 'displaced', 3900, 'exact', 'people', sub='disp2'),
        C('2,800 people', 'displaced', 2800, 'exact', 'people', sub='disp2'),
        C('1,650 people', 'displaced', 1650, 'exact', 'people', sub='disp2'),
        C('1,050 people', 'displaced', 1050, 'exact', 'people', sub='disp2'),
        C('1,200–1,500 people', 'displaced', None, 'range', 'people', low=1200, high=1500),
        C('at least 23 people', 'detained', 23, 'at-least', 'people', id='abd'),
        C('4 women', 'detained', 4, 'exact', 'women', sub='abd'),
        C('8 people remain missing', 'missing', 8, 'exact', 'people'),
        C('38 of the injured', 'injured', 38, 'exact', 'people', sub='inj2'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Afar Regional Disaster Risk Management Commission', 'official'),
        S('the Zobil woreda administration', 'official'),
        S('The administration', 'official'),
        S('Armed group sources', 'anonymous'),
        S('the woreda', 'official'),
        S('Health partners', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Protection partners', 'ngo'),
        S('The Regional Health Bureau', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('18 September 2025', 'date'),
        N('Zone 4', 'other'),
        N('11 September', 'date'),
        N('four kebeles', 'count-objects'),
        N('15 September', 'date'),
        N('11 September', 'date', nth=1),
        N('at least five kebeles', 'count-objects'),
        N('48 hours', 'duration'),
        N('15 September', 'date', nth=1),
        N('some 200 head of cattle', 'count-objects'),
        N('16 September', 'date'),
        N('five sites', 'count-objects'),
        N('12 September', 'date'),
        N('Some 60 unaccompanied and separated children', 'count-people'),
        N('about 210 km', 'distance'),
        N('10 days', 'duration'),
        N('145 metric tonnes', 'quantity'),
        N('9,800 people', 'count-people'),
        N('50,000 litres', 'quantity'),
        N('three largest sites', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.0 billion', 'money'),
        N('21 per cent', 'percentage'),
    ])

# zyc06: a drone strike on a salt caravan near Erebti (a broadcaster's website: headline and byline
# instead of a dateline, British spelling, curly quotes, an en-dash aside)
A['zyc06.txt'] = dict(
    casualty=[
        C('killed at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('counted 11 bodies', 'killed', 11, 'exact', 'people'),
        C('three of the dead were teenagers', 'killed', 3, 'exact', 'children', sub='tot'),
        C('At least eight men were wounded', 'injured', 8, 'at-least', 'men', id='inj'),
        C('several of them', 'injured', None, 'vague', 'men', sub='inj'),
        C('the death toll at 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'men', sub='inj'),
        C('four traders were still unaccounted for', 'missing', 4, 'exact', 'other'),
        C('between five and seven of the dead', 'killed', None, 'range', 'people', low=5, high=7, sub='tot'),
        C('killed dozens of people', 'killed', None, 'vague', 'people'),
        C('forced an estimated 20,000 from their homes', 'displaced', 20000, 'approx', 'people'),
        C('at least 210 civilian deaths', 'killed', 210, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('survivors', 'witness', nth=0),
        S('survivors', 'witness', nth=1),
        S('Ali Humed', 'witness', form='name'),
        S('Mr Humed', 'witness', nth=0, form='name'),
        S('A spokesman for the Afar regional government, Mohammed Ali Dawud', 'official', form='title-name'),
        S('The Erebti woreda administrator, Hassan Abdulkadir', 'official', form='title-name'),
        S('Fatuma Ahmed', 'witness', form='name'),
        S('Tigray’s interim administration', 'official'),
        S('the UN humanitarian agency, OCHA', 'ngo'),
        S('A monitoring group, the Horn Civilian Harm Tracker', 'ngo'),
        S('traders', 'witness', nth=2),
        S('Mr Humed', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('about 120 camels', 'count-objects'),
        N('roughly 30 men', 'count-people'),
        N('47', 'age'),
        N('16-year-old', 'age'),
        N('two nights', 'duration'),
        N('eight months', 'duration'),
        N('2025', 'year'),
        N('40%', 'percentage'),
        N('one of the hottest', 'other'),
        N('50C', 'quantity'),
        N('about 4,000 birr', 'money'),
        N('$30', 'money'),
    ])

# zyc07: gunmen attack returnees in Adebay (AP style, em-dash dateline, American spelling, straight
# quotes, an AP contributor line)
A['zyc07.txt'] = dict(
    casualty=[
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people', id='tot'),
        C('wounding more than two dozen', 'injured', 24, 'at-least', 'people'),
        C('10 of the dead', 'killed', 10, 'exact', 'people', sub='tot'),
        C('four were children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('26 wounded', 'injured', 26, 'exact', 'people', id='w26'),
        C('Five of the wounded', 'injured', 5, 'exact', 'people', sub='w26'),
        C('three militia members died', 'killed', 3, 'exact', 'fighters'),
        C('seven were wounded', 'injured', 7, 'exact', 'fighters'),
        C("the toll from Wednesday's attack as 19", 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('as many as 40 men had been abducted', 'detained', 40, 'at-most', 'men'),
        C('arrested 22 suspects', 'detained', 22, 'exact', 'people', id='arr'),
        C('two local militia commanders', 'detained', 2, 'exact', 'fighters', sub='arr'),
        C('200 to 300 returnees had fled', 'displaced', None, 'range', 'people', low=200, high=300),
        C('More than 1 million people remain displaced', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('a regional official', 'anonymous'),
        S('residents', 'witness'),
        S('The official', 'anonymous'),
        S('Tsega Berhe', 'witness', form='name'),
        S('a nurse', 'anonymous'),
        S("The Amhara region's communication bureau", 'official'),
        S("Tigray's interim administration", 'official'),
        S('A Fano spokesman', 'military'),
        S('Federal police', 'official'),
        S('The Ethiopian Human Rights Commission', 'official'),
        S('The commission', 'official'),
        S('The United States', 'official'),
        S('Amhara officials', 'official'),
        S('the U.N.', 'ngo'),
        S('Tsega', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('three weeks', 'duration'),
        N('about 4,000 returnees', 'count-people'),
        N('under 12', 'age'),
        N('38-year-old', 'age'),
        N('mother of three', 'count-people'),
        N('one doctor', 'count-people'),
        N('more than 200 miles', 'distance'),
        N('320 kilometers', 'distance'),
        N('2020-2022', 'year'),
        N('November 2022', 'date'),
    ])

# zyc08: graves, abducted herders and the displaced in Wajirat (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", em-dash asides, curly quotes)
A['zyc08.txt'] = dict(
    casualty=[
        C('Nineteen people', 'killed', 19, 'exact', 'people', id='tot'),
        C('Eleven of them were young men', 'killed', 11, 'exact', 'men', id='y11', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('two old men', 'killed', 2, 'exact', 'men', sub='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Two of the young men', 'killed', 2, 'exact', 'men', sub='y11'),
        C('at least 27 herders were taken', 'detained', 27, 'at-least', 'other', id='h27'),
        C('Nine of them', 'detained', 9, 'exact', 'other', sub='h27'),
        C('killed six Afar pastoralists', 'killed', 6, 'exact', 'other'),
        C('15 men', 'detained', 15, 'exact', 'men', tags='contradicted'),
        C('6,200 people have left', 'displaced', 6200, 'exact', 'people', id='disp'),
        C('2,400 people sleeping in the school', 'displaced', 2400, 'exact', 'people', sub='disp'),
        C('31 wounded', 'injured', 31, 'exact', 'people', id='w31'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='w31'),
        C('Three did not survive', 'killed', 3, 'exact', 'people', sub='w31'),
        C('up to 35,000 people have been displaced', 'displaced', 35000, 'at-most', 'people'),
    ],
    sources=[
        S('Abba Gebremeskel', 'other', form='title-name'),
        S('Villagers', 'witness'),
        S('their relatives', 'witness'),
        S('Afar officials in Semera', 'official'),
        S('A regional security official', 'anonymous'),
        S('The woreda administration', 'official'),
        S('Kahsay Tesfay', 'official', form='name'),
        S('a nurse', 'anonymous'),
        S('The UN’s humanitarian office, OCHA', 'ngo'),
        S('traders', 'witness'),
    ],
    numbers=[
        N('14 August', 'date'),
        N('63', 'age'),
        N('some 1,500 goats and camels', 'count-objects'),
        N('three weeks', 'duration'),
        N('two armed checkpoints', 'count-objects'),
        N('9,000 birr', 'money'),
        N('about ten', 'age'),
        N('a dozen goats', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
