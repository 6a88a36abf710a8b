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

# ---------------------------------------------------------------- labels (blind set 332: gj01-gj08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / lost … soldiers / number of martyrs', r'\bmartyr|\blost\b'),
    ('captured / held / remain detained / round up', r'\bcaptured\b|\bheld\b|\bremain detained\b'),
    ('forced to leave / left the village / sheltering / sleeping in the open',
     r'\bforced to leave\b|\bleft\b|\bsheltering\b|\bsleeping in the open\b'),
    ('received … wounded / lost limbs / conflict-related injuries', r'\breceived\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('elements/mercenaries/Houthis', r'\b(?:elements|mercenaries|Houthis)\b'),
    ('pupils/boys/girls/daughters/brothers', r'\b(?:pupils|boys|girls|daughters|brothers)\b'),
    ('families/households/passengers/persons/spies', r'\b(?:families|households|passengers|persons|spies)\b'),
    ('staff/employees/teachers/workers', r'\b(?:staff|employees|teachers|workers)\b'),
]

# gj01: a drone strike on a water queue and front-line fighting in Taiz (AFP style, one sentence a paragraph)
A['gj01.txt'] = dict(
    casualty=[
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people', id='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('Twenty-three others were wounded', 'injured', 23, 'exact', 'people', id='inj'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='inj'),
        C('eight or nine bodies', 'killed', None, 'range', 'people', low=8, high=9),
        C('the death toll at 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('Three volunteer paramedics', 'injured', 3, 'exact', 'other', sub='inj'),
        C('lost six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('killed “dozens” of Huthi fighters', 'killed', None, 'vague', 'fighters'),
        C('Two more soldiers are missing', 'missing', 2, 'exact', 'soldiers'),
        C('captured 17 government soldiers', 'detained', 17, 'exact', 'soldiers'),
        C('more than 1,200 children had been killed', 'killed', 1200, 'at-least', 'children'),
        C('Around 4,000 families were forced from their homes', 'displaced', 4000, 'approx', 'people'),
    ],
    sources=[
        S('a local health official', 'anonymous'),
        S('the official', 'anonymous'),
        S('Fouad al-Shamiri', 'witness', form='name'),
        S('Ali al-Maqtari', 'other', form='name'),
        S('Al-Thawra hospital', 'official'),
        S('the Yemeni Red Crescent Society', 'ngo'),
        S('The government’s military command in Taiz', 'military'),
        S('The rebel-run Saba news agency', 'media'),
        S('the command', 'military'),
        S('A Huthi military spokesman, Abdulsalam al-Mutawakkil', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('The United Nations children’s agency UNICEF', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('6:15 am', 'time'),
        N('0315 GMT', 'time'),
        N('38-year-old', 'age'),
        N('two weeks', 'duration'),
        N('two other drones', 'count-objects'),
        N('10-year-old', 'age'),
        N('2015', 'year'),
        N('more than two years', 'duration'),
        N('2015', 'year', nth=1),
        N('the first five months', 'duration'),
    ])

# gj02: a Houthi offensive on the Marib fronts (Reuters style)
A['gj02.txt'] = dict(
    casualty=[
        C('killed at least 47 fighters', 'killed', 47, 'at-least', 'fighters', id='tot'),
        C('19 of the dead were soldiers', 'killed', 19, 'exact', 'soldiers', sub='tot'),
        C('36 others were wounded', 'injured', 36, 'exact', 'soldiers'),
        C("the army's death toll rose to 23", 'killed', 23, 'exact', 'soldiers', tags='update'),
        C('captured more than 60 government troops', 'detained', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('fewer than 10 soldiers were unaccounted for', 'missing', 10, 'at-most', 'soldiers', tags='contradicted'),
        C('received 52 wounded fighters', 'injured', 52, 'exact', 'fighters'),
        C('the bodies of 14 soldiers', 'killed', 14, 'exact', 'soldiers'),
        C('killing four civilians', 'killed', 4, 'exact', 'civilians', id='ms'),
        C('two children', 'killed', 2, 'exact', 'children', sub='ms'),
        C('wounding seven people', 'injured', 7, 'exact', 'people'),
        C('scores of families fleeing', 'displaced', None, 'vague', 'people'),
        C('about 1,800 families had fled', 'displaced', 1800, 'approx', 'people'),
        C('312 families who fled', 'displaced', 312, 'exact', 'people'),
        C('arrested 11 people', 'detained', 11, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('more than 1 million displaced people', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('military sources', 'anonymous'),
        S('A government military official', 'anonymous'),
        S('Houthi military spokesman Brigadier Hamid al-Qudaimi', 'military', form='title-name'),
        S('the army', 'military', nth=1),
        S('Doctors at the Marib General Authority Hospital', 'anonymous'),
        S('Dr. Ali Saleh Obaid', 'official', form='title-name'),
        S('The Houthi-run Al-Masirah TV', 'media'),
        S('Residents of the Al-Sowayda camp', 'witness'),
        S("The government's Executive Unit for IDP Camps", 'official'),
        S('Nabil al-Sharabi', 'official', form='name'),
        S('the provincial police', 'official'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('three hilltops', 'count-objects'),
        N('23 airstrikes', 'count-objects'),
        N('24 hours', 'duration'),
        N('2021', 'year'),
        N('12-year-old', 'age'),
        N('four or five times', 'other'),
        N('about 120 km', 'distance'),
        N('75 miles', 'distance'),
        N('about 200 makeshift sites', 'count-objects'),
    ])

# gj03: a landmine killing children herding goats in Hays, Hodeidah (a broadcaster's website)
A['gj03.txt'] = dict(
    casualty=[
        C('kills four children', 'killed', 4, 'exact', 'children'),
        C('Four children were killed', 'killed', 4, 'exact', 'children', id='k', tags='repeat'),
        C('two others badly injured', 'injured', 2, 'exact', 'children', id='inj'),
        C('three brothers', 'killed', 3, 'exact', 'children', sub='k'),
        C('Two other boys', 'missing', 2, 'exact', 'children'),
        C('one of them', 'injured', 1, 'exact', 'children', sub='inj'),
        C('killed 19 children', 'killed', 19, 'exact', 'children'),
        C('injured nearly two dozen others', 'injured', 24, 'at-most', 'children'),
        C('five passengers', 'killed', 5, 'exact', 'people'),
        C('wounding between 8 and 10 others', 'injured', None, 'range', 'people', low=8, high=10),
        C('seven passengers had died', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
        C('more than 6,000 people have been forced to leave', 'displaced', 6000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a relative', 'witness'),
        S('residents', 'witness'),
        S('their uncle, Abdullah Mahdi Zain', 'witness', form='name'),
        S('relatives', 'witness'),
        S('a doctor', 'anonymous'),
        S('The Yemen Executive Mine Action Centre (YEMAC)', 'official'),
        S('the Civilian Impact Monitoring Project', 'ngo'),
        S('the government-aligned Joint Forces', 'military'),
        S('The Houthi-run Saba news agency', 'media'),
        S('the health office in Hodeidah', 'official'),
        S('The Joint Forces', 'military'),
        S('The UN humanitarian office, OCHA', 'ngo'),
        S('the charity Save Yemen’s Children', 'ngo'),
        S('Zain', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('2018', 'year'),
        N('The youngest was eight', 'age'),
        N('aged between nine and 13', 'age'),
        N('more than 300 mines and explosive devices', 'count-objects'),
        N('one of the most contaminated', 'other'),
        N('the first nine months', 'duration'),
        N('13 to 0', 'vote'),
        N('two abstentions', 'vote'),
        N('2018', 'year', nth=1),
        N('this one', 'other'),
    ])

# gj04: Houthi attacks on the Murais and Bab Ghalaq fronts and on Qataba, Al Dhale'e (state media, Saba)
A['gj04.txt'] = dict(
    casualty=[
        C("killing 28 of the militia's elements", 'killed', 28, 'exact', 'fighters'),
        C('four soldiers were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('nine others injured', 'injured', 9, 'exact', 'soldiers', id='inj'),
        C('captured 13 Houthi elements', 'detained', 13, 'exact', 'fighters'),
        C('two young daughters', 'killed', 2, 'exact', 'children'),
        C('wounding 11 civilians', 'injured', 11, 'exact', 'civilians', id='civ'),
        C('five of them children', 'injured', 5, 'exact', 'children', sub='civ'),
        C('the bodies of three civilians', 'killed', 3, 'exact', 'civilians'),
        C('14 wounded', 'injured', 14, 'exact', 'civilians', id='hosp'),
        C('the 11', 'injured', 11, 'exact', 'civilians', sub='hosp', tags='repeat'),
        C('the number of martyrs had risen to six', 'killed', 6, 'exact', 'soldiers', tags='update'),
        C('two of the injured soldiers died', 'killed', 2, 'exact', 'soldiers', sub='inj'),
        C('arrested five persons', 'detained', 5, 'exact', 'people'),
        C('killed "more than 70 mercenaries"', 'killed', 70, 'at-least', 'soldiers', tags='contradicted'),
        C('more than 340 families had fled', 'displaced', 340, 'at-least', 'people', id='dsp'),
        C('30 to 40 families had fled', 'displaced', None, 'range', 'people', low=30, high=40, sub='dsp'),
        C('a number of shepherds were still missing', 'missing', None, 'vague', 'other'),
    ],
    sources=[
        S('The Command of the Fourth Military Region', 'military'),
        S('The command', 'military'),
        S('the statement', 'military', form='document'),
        S('The statement', 'military', form='document'),
        S('Health office director Dr. Adel al-Hamili', 'official', form='title-name'),
        S('Dr. al-Hamili', 'official', form='title-name'),
        S('A military source', 'anonymous'),
        S('the Security Belt forces in the governorate', 'military'),
        S("The Houthi militia's Al-Masirah channel", 'media'),
        S('the command', 'military'),
        S("The Executive Unit for IDPs in Al Dhale'e", 'official'),
        S('Residents', 'witness'),
        S("The Governor of Al Dhale'e, Maj. Gen. Ali Moqbel Saleh", 'official', form='title-name'),
    ],
    numbers=[
        N('Feb. 9', 'date'),
        N('2 a.m.', 'time'),
        N('BMP-2', 'other'),
        N('22 Kalashnikov rifles', 'count-objects'),
        N('two mortar launchers', 'count-objects'),
        N('three drones', 'count-objects'),
        N('47 times', 'other'),
        N('24 hours', 'duration'),
        N('2015', 'year'),
    ])

# gj05: a drone strike on a school in Al Qabbaytah, Lahj (an NGO statement with demands and notes to editors)
A['gj05.txt'] = dict(
    casualty=[
        C('Seven pupils killed', 'killed', 7, 'exact', 'children'),
        C('Seven pupils were killed', 'killed', 7, 'exact', 'children', tags='repeat'),
        C('at least 19 injured', 'injured', 19, 'at-least', 'children', id='inj'),
        C('Two teachers also lost their lives', 'killed', 2, 'exact', 'other'),
        C('12 of the injured children', 'injured', 12, 'exact', 'children', sub='inj'),
        C('nine children', 'injured', 9, 'exact', 'children'),
        C('Several of the injured', 'injured', None, 'vague', 'children', sub='inj'),
        C('Four of the wounded', 'injured', 4, 'exact', 'children', sub='inj'),
        C('at least a dozen families have left', 'displaced', 12, 'at-least', 'people'),
        C('killed three civilians', 'killed', 3, 'exact', 'civilians'),
        C('41 children killed', 'killed', 41, 'exact', 'children', id='yr'),
        C('at least 15 of them', 'killed', 15, 'at-least', 'children', sub='yr'),
        C('96 injured', 'injured', 96, 'exact', 'children'),
        C('Two of our staff were held', 'detained', 2, 'exact', 'other'),
        C('Some 2,350 people were displaced', 'displaced', 2350, 'approx', 'people'),
    ],
    sources=[
        S('Hope for Yemen’s Children (HYC)', 'ngo'),
        S('The hospital’s director, Dr. Khalid Nasr', 'official', form='title-name'),
        S('Maha Abdulkarim', 'ngo', form='name'),
        S('Anwar Saif', 'witness', form='name'),
        S('the local education office', 'official'),
        S('Government forces', 'military'),
        S('A Houthi military spokesman', 'military', form='role'),
        S('the Sanaa-based Saba agency', 'media'),
        S('HYC’s monitoring', 'ngo', form='document'),
        S('the International Organization for Migration’s Displacement Tracking Matrix', 'ngo'),
        S('HYC’s monitoring', 'ngo', nth=1, form='document'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('40 minutes', 'duration'),
        N('44', 'age'),
        N('11-year-old', 'age'),
        N('340 of the school’s 610 pupils', 'count-people'),
        N('2024', 'year'),
        N('11 hours', 'duration'),
        N('2025', 'year', nth=1),
        N('12%', 'percentage'),
        N('2012', 'year'),
        N('14 mobile health and protection teams', 'count-objects'),
    ])

# gj06: fighting, drone strikes and a landmine in Kushar and Qarah, Hajjah (a UN OCHA flash update)
A['gj06.txt'] = dict(
    casualty=[
        C('At least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='hl'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='hl'),
        C('37 injured', 'injured', 37, 'exact', 'civilians'),
        C('An estimated 5,600 people have been displaced', 'displaced', 5600, 'approx', 'people'),
        C('Two humanitarian workers were detained', 'detained', 2, 'exact', 'other'),
        C('23 civilians have been killed', 'killed', 23, 'exact', 'civilians', id='ov', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', nth=1, sub='ov', tags='repeat'),
        C('four women', 'killed', 4, 'exact', 'women', sub='ov'),
        C('37 others injured', 'injured', 37, 'exact', 'civilians', id='ovi', tags='repeat'),
        C('16 of them children', 'injured', 16, 'exact', 'children', sub='ovi'),
        C('30-40 fighters', 'killed', None, 'range', 'fighters', low=30, high=40),
        C('killed a family of five', 'killed', 5, 'exact', 'people'),
        C('killed two boys', 'killed', 2, 'exact', 'children'),
        C('some 800 households', 'displaced', 800, 'approx', 'people', tags='repeat'),
        C('about 5,600 people', 'displaced', 5600, 'approx', 'people', id='dp', tags='repeat'),
        C('Some 2,100 of them are sheltering', 'displaced', 2100, 'approx', 'people', sub='dp'),
        C('about 1,900', 'displaced', 1900, 'approx', 'people', sub='dp'),
        C('at least 60 families are sleeping in the open', 'displaced', 60, 'at-least', 'people'),
        C('two national staff', 'detained', 2, 'exact', 'other', tags='repeat'),
        C('Another five staff members', 'detained', 5, 'exact', 'other'),
        C('18 with conflict-related injuries', 'injured', 18, 'exact', 'people'),
        C('1,150 displaced people', 'displaced', 1150, 'exact', 'people'),
    ],
    sources=[
        S('health authorities', 'official'),
        S('partners', 'ngo'),
        S('the Hajjah Governorate Health Office', 'official'),
        S('Local sources', 'anonymous'),
        S('Community leaders', 'other'),
        S('the Yemen Executive Mine Action Center (YEMAC)', 'official'),
        S('The Displacement Tracking Matrix (DTM)', 'ngo'),
        S('The Protection Cluster', 'ngo'),
        S('the Access Working Group', 'ngo'),
        S('the Health Cluster', 'ngo'),
        S('The Executive Unit for IDPs (ExU)', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 August 2024', 'date'),
        N('11 August', 'date'),
        N('14 villages', 'count-objects'),
        N('15 August', 'date'),
        N('11 August', 'date', nth=1),
        N('at least 15 houses', 'count-objects'),
        N('14 August', 'date'),
        N('16 August', 'date'),
        N('aged 11 and 14', 'age'),
        N('11 August', 'date', nth=2),
        N('three schools', 'count-objects'),
        N('15 August', 'date', nth=1),
        N('12 August', 'date'),
        N('20 August', 'date'),
        N('640 families', 'count-people'),
        N('410 households', 'count-people'),
        N('Two mobile health teams', 'count-objects'),
        N('212 patients', 'count-people'),
        N('2024', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('28 per cent', 'percentage'),
        N('18 August', 'date', nth=1),
        N('$1.5 million', 'money'),
    ])

# gj07: Houthi arrests of aid workers and cross-border shelling in Saada (a newspaper's own correspondent)
A['gj07.txt'] = dict(
    casualty=[
        C('kills five', 'killed', 5, 'exact', 'people'),
        C('arrested at least nine local employees', 'detained', 9, 'at-least', 'other', id='arr'),
        C('four staff', 'detained', 4, 'exact', 'other', id='wfp', sub='arr'),
        C('two of them women', 'detained', 2, 'exact', 'women', sub='wfp'),
        C('arrested 17 “spies”', 'detained', 17, 'exact', 'people', tags='contradicted'),
        C('more than 50 UN staff now remain detained', 'detained', 50, 'at-least', 'other'),
        C('Three aid workers', 'missing', 3, 'exact', 'other'),
        C('killing five people', 'killed', 5, 'exact', 'people', id='k', tags='repeat'),
        C('two children', 'killed', 2, 'exact', 'children', sub='k'),
        C('wounding 10–12 others', 'injured', None, 'range', 'people', low=10, high=12),
        C('the toll at seven dead', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('up to 15 people had been wounded', 'injured', 15, 'at-most', 'people', tags='contradicted'),
        C('hundreds of families had left the village', 'displaced', None, 'vague', 'people'),
        C('as many as 9,000 people have fled', 'displaced', 9000, 'at-most', 'people'),
        C('detained an estimated 30 people', 'detained', 30, 'approx', 'people'),
    ],
    sources=[
        S('relatives of those held', 'witness'),
        S('a relative', 'witness'),
        S('the relative', 'witness'),
        S('The Houthi-run Security and Intelligence Service', 'official'),
        S('the rebels’ Saba news agency', 'media'),
        S('The UN resident coordinator for Yemen, Hans Lindqvist', 'ngo', form='title-name'),
        S('The World Food Programme', 'ngo'),
        S('the Yemeni rights group Sawt for Rights and Freedoms', 'ngo'),
        S('medical sources at Al-Jumhouri hospital in Saada city', 'anonymous'),
        S('The Houthi-run health ministry', 'official'),
        S('A farmer from Al-Malahidh, Ahmed Qasim', 'witness', form='name'),
        S('a local aid official', 'anonymous'),
        S('two witnesses', 'witness'),
        S('Aid groups', 'ngo'),
        S('one senior humanitarian official in Sanaa', 'anonymous'),
    ],
    numbers=[
        N('3 June', 'date'),
        N('twelve armed men', 'count-people'),
        N('two pick-ups', 'count-objects'),
        N('2021', 'year'),
        N('about 1.4 million people', 'population'),
        N('60', 'age'),
        N('two witnesses', 'count-people'),
        N('48 hours', 'duration'),
        N('one senior humanitarian official', 'count-people'),
    ])

# gj08: a drone strike on a wedding party near Mukayras, Al Bayda, with AQAP attacks and arrests (AP style)
A['gj08.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('Four other passengers were injured', 'injured', 4, 'exact', 'people', id='inj'),
        C('one of them', 'injured', 1, 'exact', 'people', sub='inj'),
        C('three little girls', 'killed', 3, 'exact', 'children', tags='repeat'),
        C('killed "more than 20" Houthis', 'killed', 20, 'at-least', 'fighters'),
        C('seven of their fighters were killed', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('lost "five or six" men', 'killed', None, 'range', 'men', low=5, high=6),
        C('abducted three of their fighters', 'detained', 3, 'exact', 'fighters'),
        C('detained dozens of villagers', 'detained', None, 'vague', 'civilians', id='det'),
        C('two employees', 'detained', 2, 'exact', 'other', sub='det'),
        C('at least four of those detained', 'detained', 4, 'at-least', 'civilians', sub='det'),
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people'),
        C('roughly 7,400 people had been displaced', 'displaced', 7400, 'approx', 'people'),
        C('killed tens of thousands of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('relatives', 'witness'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('Saleh al-Awadhi', 'witness', form='name'),
        S("Yemen's Defense Ministry", 'military'),
        S('A Houthi-appointed official in Bayda, Abdullah Idris', 'official', form='title-name'),
        S('al-Qaida in the Arabian Peninsula, known as AQAP', 'military'),
        S('Two Houthi officials', 'anonymous'),
        S('the Yemeni rights group Raqeeb for Human Rights', 'ngo'),
        S('Tribal elders in Rada\'a', 'other'),
        S('The group', 'ngo'),
        S('the U.N. human rights office', 'ngo'),
        S('The U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('51', 'age'),
        N('26 September', 'other'),
        N('about 25 kilometers', 'distance'),
        N('15 miles', 'distance'),
        N('dozens of drone strikes', 'count-objects'),
        N('Two Houthi officials', 'count-people'),
        N('younger than 18', 'age'),
        N('2014', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
