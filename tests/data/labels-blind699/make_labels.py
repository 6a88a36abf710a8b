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

# ---------------------------------------------------------------- labels (blind set 699: dg01-dg08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / fell on the field of honour / succumbed / buried / shot dead / did not survive / cost the lives',
     r'\bneutrali[sz]|\bfell\b|\bsuccumbed\b|\bburied\b|\bshot dead\b|\bsurvive\b|\bcost the lives\b'),
    ('captured / taken away / hostages / abductees',
     r'\bcaptured\b|\btaken away\b|\btook\b|\bhostages\b|\babductees\b'),
    ('have left / had left / evacuated / fleeing', r'\bleft\b|\bevacuated\b|\bfleeing\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('assailants/commanders/members/elements', r'\b(?:assailants|commanders|members|elements)\b'),
    ('households/families/hostages/suspects/collaborators/nationals/passengers/patients/Christians',
     r'\b(?:households|families|hostages|suspects|collaborators|nationals|passengers|patients|Christians)\b'),
    ('drivers/staff/peacekeepers/brothers/young men', r'\b(?:drivers|staff|peacekeepers|brothers|young men)\b'),
]

# dg01: CODECO attack on the displacement camp at Drodro (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['dg01.txt'] = dict(
    casualty=[
        C('killed at least 31 civilians', 'killed', 31, 'at-least', 'civilians', id='tot'),
        C('31 bodies', 'killed', 31, 'exact', 'people', id='b31', tags='repeat'),
        C('12 of them children', 'killed', 12, 'exact', 'children', sub='b31'),
        C('more than 40 people had been wounded', 'injured', 40, 'at-least', 'people', id='w'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w'),
        C('22 people had died', 'killed', 22, 'exact', 'people', id='army', tags='contradicted'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers', sub='army'),
        C('killed six assailants', 'killed', 6, 'exact', 'fighters'),
        C('thousands of deaths', 'killed', None, 'vague', 'people'),
        C('17 wounded', 'injured', 17, 'exact', 'people'),
        C('roughly 3,000 people fleeing', 'displaced', 3000, 'approx', 'people'),
        C('around 15,000 displaced people', 'displaced', 15000, 'approx', 'people'),
        C('two of her children', 'killed', 2, 'exact', 'children'),
        C('four or five women were missing', 'missing', None, 'range', 'women', low=4, high=5),
        C('the toll had risen to 36', 'killed', 36, 'exact', 'civilians', tags='update'),
        C('five more bodies were found', 'killed', 5, 'exact', 'people'),
        C('some 1.6 million people have been forced from their homes', 'displaced', 1600000, 'approx', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S('Jean-Pierre Dhelo', 'other', form='name'),
        S('Dhelo', 'other', nth=1, form='name'),
        S('The army', 'military'),
        S('Army spokesman in Ituri Lieutenant Patrice Amula', 'military', form='title-name'),
        S('Amula', 'military', nth=1, form='name'),
        S('The UN mission in the country, MONUSCO', 'military'),
        S('The mission', 'military'),
        S('the UN humanitarian coordination office, OCHA', 'ngo'),
        S('Dieudonnée Ngabu', 'witness', form='name'),
        S('Another resident', 'witness', form='role'),
        S('Local authorities', 'official'),
        S('The International Organization for Migration (IOM)', 'ngo'),
    ],
    numbers=[
        N('around 1:30 am', 'time'),
        N('dozens of shelters', 'count-objects'),
        N('2017', 'year'),
        N('about two kilometres', 'distance'),
        N('34', 'age'),
        N('May 2021', 'date'),
    ])

# dg02: ADF raid on Ndimo, Mambasa territory (Reuters style, American spelling, straight quotes)
A['dg02.txt'] = dict(
    casualty=[
        C('killed at least 43 people', 'killed', 43, 'at-least', 'people', id='tot'),
        C('17 women', 'killed', 17, 'exact', 'women', sub='tot'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('buried thirty-eight', 'killed', 38, 'exact', 'people'),
        C('Some 20 others are missing', 'missing', 20, 'approx', 'people'),
        C('the death toll had risen to 46', 'killed', 46, 'exact', 'people', tags='update'),
        C('11 people wounded', 'injured', 11, 'exact', 'people'),
        C('killed four ADF fighters', 'killed', 4, 'exact', 'fighters'),
        C('12 hostages', 'detained', 12, 'exact', 'people'),
        C('a toll of 52 dead', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('15 to 20 wounded', 'injured', None, 'range', 'people', low=15, high=20),
        C('killed thousands of civilians', 'killed', None, 'vague', 'civilians'),
        C('killed 19 rebels', 'killed', 19, 'exact', 'fighters'),
        C('captured seven', 'detained', 7, 'exact', 'fighters'),
        C('Around 2,000 families had fled', 'displaced', 2000, 'approx', 'people'),
        C('upwards of 600 civilian deaths', 'killed', 600, 'at-least', 'civilians'),
    ],
    sources=[
        S('a local chief', 'official', form='role'),
        S('a civil society group', 'other'),
        S('Bernard Asimwe', 'official', form='name'),
        S('Asimwe', 'official', nth=1, form='name'),
        S("Congo's army spokesman in Ituri, Captain Rodrigue Lisumbu", 'military', form='title-name'),
        S('the statement', 'military', form='document'),
        S('The Mambasa territory civil society coordination', 'other'),
        S('Sylvie Bahati', 'other', form='name'),
        S("Uganda's army", 'military'),
        S('a humanitarian official in Bunia', 'anonymous'),
        S('The Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('MONUSCO, the U.N. peacekeeping mission', 'military'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('about 8 p.m.', 'time'),
        N('one by one', 'other'),
        N('more than six hours', 'duration'),
        N('8:15', 'time'),
        N('about 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('1990s', 'year'),
        N('November 2021', 'date'),
        N('nine months', 'duration'),
        N('about 5,000 residents', 'count-people'),
    ])

# dg03: FARDC-UPDF operation around Tchabi, Irumu territory (state media, officialese, digits, British
# spelling, straight quotes, en-dash dateline)
A['dg03.txt'] = dict(
    casualty=[
        C('neutralised 21 ADF terrorists', 'killed', 21, 'exact', 'fighters', id='tot'),
        C('34 hostages', 'detained', 34, 'exact', 'people', id='hos'),
        C('The 21 terrorists neutralised', 'killed', 21, 'exact', 'fighters', id='rep', tags='repeat'),
        C('3 commanders', 'killed', 3, 'exact', 'fighters', sub='rep'),
        C('captured 8 other assailants', 'detained', 8, 'exact', 'fighters', id='cap'),
        C('2 foreign nationals', 'detained', 2, 'exact', 'people', sub='cap'),
        C('4 soldiers fell on the field of honour', 'killed', 4, 'exact', 'soldiers'),
        C('7 others were wounded', 'injured', 7, 'exact', 'soldiers'),
        C('19 women', 'detained', 19, 'exact', 'women', sub='hos'),
        C('11 children', 'detained', 11, 'exact', 'children', sub='hos'),
        C('arrested about thirty civilians', 'detained', 30, 'approx', 'civilians', tags='contradicted'),
        C('9 suspects', 'detained', 9, 'exact', 'people'),
        C('A number of civilians abducted', 'detained', None, 'vague', 'civilians'),
        C('the number of terrorists neutralised to 26', 'killed', 26, 'exact', 'fighters', tags='update'),
        C('5 more terrorists succumbed', 'killed', 5, 'exact', 'fighters'),
        C('12 civilians', 'injured', 12, 'exact', 'civilians', id='civ'),
        C('5 children', 'injured', 5, 'exact', 'children', sub='civ'),
        C('4,600 households who had left', 'displaced', 4600, 'exact', 'people'),
        C('cost the lives of over 1,200 civilians', 'killed', 1200, 'at-least', 'civilians'),
    ],
    sources=[
        S('the spokesman of the Ituri operations sector', 'military', form='role'),
        S('Lieutenant Pacifique Lonema', 'military', form='title-name'),
        S('the officer', 'military', form='role'),
        S('The FARDC spokesman', 'military', form='role'),
        S('certain local human rights organisations', 'ngo'),
        S('the operations sector', 'military'),
        S('the provincial health division', 'official'),
        S('The deputy administrator of Irumu territory, Mr Faustin Bokele', 'official', form='title-name'),
        S('provincial authorities', 'official'),
        S('the spokesman', 'military', nth=1, form='role'),
    ],
    numbers=[
        N('22 July 2025', 'date'),
        N('14 July', 'date'),
        N('6 of its strongholds', 'count-objects'),
        N('14 weapons of war', 'count-objects'),
        N('2 machine guns', 'count-objects'),
        N('3 motorcycles', 'count-objects'),
        N('more than 5 months', 'duration'),
        N('2022', 'year'),
        N('+243 81 220 4410', 'other'),
    ])

# dg04: attack on the Rhoe displacement site and its clinic (NGO statement: headline, first person
# plural, demands, notes to editors; British spelling, curly quotes, en-dash asides)
A['dg04.txt'] = dict(
    casualty=[
        C('58 wounded', 'injured', 58, 'exact', 'people', id='h'),
        C('58 wounded people', 'injured', 58, 'exact', 'people', tags='repeat'),
        C('At least 19 people were killed', 'killed', 19, 'at-least', 'people', id='k'),
        C('three patients', 'killed', 3, 'exact', 'people', sub='k'),
        C('the 58 wounded', 'injured', 58, 'exact', 'people', id='q58', tags='repeat'),
        C('23 are children', 'injured', 23, 'exact', 'children', sub='q58'),
        C('14', 'injured', 14, 'exact', 'people', sub='q58'),
        C('Two of our staff', 'injured', 2, 'exact', 'other', sub='q58'),
        C('one of our drivers remains missing', 'missing', 1, 'exact', 'other'),
        C('taken away about ten men', 'detained', 10, 'approx', 'men'),
        C('the toll to 24', 'killed', 24, 'exact', 'people', tags='update'),
        C('five wounded died', 'killed', 5, 'exact', 'people'),
        C('some 24,000 displaced people', 'displaced', 24000, 'approx', 'people'),
        C('two peacekeepers were injured', 'injured', 2, 'exact', 'soldiers'),
        C('killed more than 150 people', 'killed', 150, 'at-least', 'people'),
        C('at least 6,000 people have left', 'displaced', 6000, 'at-least', 'people'),
        C('the 11 critically wounded patients', 'injured', 11, 'exact', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Esther Lokana', 'ngo', form='title-name'),
        S('A woman', 'witness', form='role'),
        S('the Djugu health zone', 'official'),
        S('local authorities', 'official'),
        S('The mission', 'military'),
        S('The president of the site’s displaced committee, Jacques Bahemuka', 'other', form='title-name'),
        S('UNHCR, the UN refugee agency', 'ngo'),
        S('Lokana', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('1 to 2 March', 'date'),
        N('three-year-old', 'age'),
        N('more than 300 shelters', 'count-objects'),
        N('dozens of families', 'count-people'),
        N('2022', 'year'),
        N('US$ 4.5 million', 'money'),
        N('2019', 'year'),
        N('9 health facilities', 'count-objects'),
        N('1,300 consultations', 'count-objects'),
        N('+243 97 100 2233', 'other'),
    ])

# dg05: ADF attacks in the Mandima area, Mambasa territory (UN OCHA-style flash update: highlights,
# overview, displacement by site, sectors, funding; bullet lists, digits, "per cent")
A['dg05.txt'] = dict(
    casualty=[
        C('At least 27 civilians killed', 'killed', 27, 'at-least', 'civilians', id='hk'),
        C('15 others injured', 'injured', 15, 'exact', 'civilians', id='hw'),
        C('An estimated 9,800 people displaced', 'displaced', 9800, 'approx', 'people', id='hd'),
        C('11 people abducted', 'detained', 11, 'exact', 'people', id='ha'),
        C('4 children', 'detained', 4, 'exact', 'children', sub='ha'),
        C('27 civilians were killed', 'killed', 27, 'exact', 'civilians', id='ok', tags='repeat'),
        C('8 women', 'killed', 8, 'exact', 'women', sub='ok'),
        C('5 children', 'killed', 5, 'exact', 'children', sub='ok'),
        C('a higher toll of 33 dead', 'killed', 33, 'exact', 'people', tags='contradicted'),
        C('Dozens of people are missing', 'missing', None, 'vague', 'people'),
        C('6 assailants were killed', 'killed', 6, 'exact', 'fighters'),
        C('an estimated 9,800 people', 'displaced', 9800, 'approx', 'people', id='d', tags='repeat'),
        C('approximately 1,960 households', 'displaced', 1960, 'approx', 'people'),
        C('4,100 people', 'displaced', 4100, 'exact', 'people', sub='d'),
        C('2,900 people', 'displaced', 2900, 'exact', 'people', sub='d'),
        C('2,800 people', 'displaced', 2800, 'exact', 'people', sub='d'),
        C('11 people were abducted', 'detained', 11, 'exact', 'people', id='pa', tags='repeat'),
        C('4 children', 'detained', 4, 'exact', 'children', nth=1, sub='pa'),
        C('Three of the abductees', 'detained', 3, 'exact', 'people', sub='pa'),
        C('15 wounded', 'injured', 15, 'exact', 'civilians', id='hz', tags='repeat'),
        C('2 of whom died', 'killed', 2, 'exact', 'civilians', sub='hz'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Civil society sources', 'anonymous'),
        S('The FARDC', 'military'),
        S('MONUSCO', 'military'),
        S('the Mambasa territory authorities', 'official'),
        S('IOM', 'ngo'),
        S('Protection partners', 'ngo', form='collective'),
        S('Partners', 'ngo', form='collective'),
        S('The Mambasa health zone', 'official'),
        S('Partners', 'ngo', nth=1, form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('9 September 2025', 'date'),
        N('three nearby villages', 'count-objects'),
        N('between 5 and 7 September', 'date'),
        N('National Road 4', 'other'),
        N('RN4', 'other', nth=0),
        N('6 September', 'date', nth=0),
        N('5 to 6 September', 'date'),
        N('some 25 km', 'distance'),
        N('three villages', 'count-objects'),
        N('RN4', 'other', nth=1),
        N('about 40 houses', 'count-objects'),
        N('7 September', 'date', nth=1),
        N('about 150 peacekeepers', 'count-people'),
        N('RN4', 'other', nth=2),
        N('Nearly 70 per cent', 'percentage'),
        N('8 September', 'date', nth=0),
        N('37 unaccompanied children', 'count-people'),
        N('8 September', 'date', nth=1),
        N('fewer than 30 beds', 'count-objects'),
        N('2 trauma kits', 'count-objects'),
        N('100 patients', 'count-people'),
        N('3-day', 'duration'),
        N('1,960 households', 'count-people', nth=1),
        N('4 of the 6 water points', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('16 per cent', 'percentage'),
    ])

# dg06: mass graves at Blukwa after a CODECO raid (a broadcaster's website: headline and byline,
# British spelling, curly quotes, en-dash aside)
A['dg06.txt'] = dict(
    casualty=[
        C('42 bodies', 'killed', 42, 'exact', 'people', id='hl'),
        C('exhumed 42 bodies', 'killed', 42, 'exact', 'people', id='g', tags='repeat'),
        C('29', 'killed', 29, 'exact', 'people', sub='g'),
        C('13', 'killed', 13, 'exact', 'people', sub='g'),
        C('killed 35 people', 'killed', 35, 'exact', 'people', id='prov'),
        C('seven members', 'killed', 7, 'exact', 'people', sub='prov'),
        C('the number of confirmed dead to 61', 'killed', 61, 'exact', 'people', tags='update'),
        C('18 people had been wounded', 'injured', 18, 'exact', 'people', id='w18'),
        C('11 of the wounded were children', 'injured', 11, 'exact', 'children', sub='w18'),
        C('as many as 25 were still missing', 'missing', 25, 'at-most', 'people'),
        C('neutralised 12 of its elements', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('fewer than five of its members had been killed', 'killed', 5, 'at-most', 'fighters', tags='contradicted'),
        C('evacuated 300–400 villagers', 'displaced', None, 'range', 'civilians', low=300, high=400),
        C('took my two brothers', 'detained', 2, 'exact', 'men'),
        C('hundreds of families have fled', 'displaced', None, 'vague', 'people'),
        C('the number of newly displaced people at roughly 7,500', 'displaced', 7500, 'approx', 'people'),
        C('more than 1,800 civilians have been killed', 'killed', 1800, 'at-least', 'civilians'),
        C('tens of thousands have fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Red Cross team leader Joël Dhera', 'ngo', form='title-name'),
        S('Provincial authorities', 'official'),
        S('Ituri’s provincial government spokesman, Léon Ukumu', 'official', form='title-name'),
        S('Mr Ukumu', 'official', form='name'),
        S('Radio Okapi, the UN-backed broadcaster', 'media'),
        S('hospital sources in Bunia', 'anonymous'),
        S('CODECO', 'military', nth=1),
        S('a self-described spokesman for the group', 'military', form='role'),
        S('Zaïre, a militia drawn from the Hema community', 'military'),
        S('A MONUSCO spokesperson', 'military', form='role'),
        S('Survivors', 'witness'),
        S('Angélique Tsekele', 'witness', form='name'),
        S('Residents', 'witness'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Human Rights Watch', 'ngo'),
    ],
    numbers=[
        N('two mass graves', 'count-objects'),
        N('one pit', 'count-objects'),
        N('about 60km', 'distance'),
        N('several times', 'other'),
        N('about 8km', 'distance'),
        N('just after 5am', 'time'),
        N('29', 'age', nth=1),
        N('four children', 'count-people'),
        N('late 2017', 'year'),
    ])

# dg07: ADF ambush on a convoy near Ndalya, Irumu territory (AP style, em-dash dateline, American
# spelling, straight quotes, AP contributor line)
A['dg07.txt'] = dict(
    casualty=[
        C('killing at least 18 people', 'killed', 18, 'at-least', 'people', id='tot'),
        C('18 dead', 'killed', 18, 'exact', 'people', id='r18', tags='repeat'),
        C('four drivers', 'killed', 4, 'exact', 'other', sub='r18'),
        C('23 people were wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w'),
        C('up to 15 passengers were unaccounted for', 'missing', 15, 'at-most', 'people'),
        C('abducted at least seven people', 'detained', 7, 'at-least', 'people', id='ab'),
        C('three women', 'detained', 3, 'exact', 'women', sub='ab'),
        C('three of the abducted', 'detained', 3, 'exact', 'people', sub='ab'),
        C('killed "about 40 Christians"', 'killed', 40, 'approx', 'people', tags='contradicted'),
        C('killed five rebels', 'killed', 5, 'exact', 'fighters'),
        C('detained two suspected collaborators', 'detained', 2, 'exact', 'people'),
        C('the civilian death toll at 14', 'killed', 14, 'exact', 'civilians', tags='contradicted'),
        C('17 wounded', 'injured', 17, 'exact', 'people', id='h17'),
        C('two had died', 'killed', 2, 'exact', 'people', sub='h17'),
        C('the toll to 20', 'killed', 20, 'exact', 'people', tags='update'),
        C('killed more than 6,000 civilians', 'killed', 6000, 'at-least', 'civilians'),
        C('more than 100,000 people have been displaced', 'displaced', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a survivor', 'witness'),
        S("Irumu territory's deputy administrator, Théo Mbusa", 'official', form='title-name'),
        S('Mbusa', 'official', nth=1, form='name'),
        S('Radio Amani Ituri, a community station in Bunia', 'media'),
        S('Kahindo Masika', 'witness', form='name'),
        S('Islamic State Central Africa Province', 'military'),
        S('Congolese army spokesman Lt. Jules Dhesi', 'military', form='title-name'),
        S('director Dr. Aimé Lonu', 'official', form='title-name'),
        S('the army', 'military'),
        S('the Kivu Security Tracker', 'ngo'),
        S('The U.N. peacekeeping mission in Congo, known as MONUSCO', 'military'),
        S('The U.N.', 'ngo', nth=1),
        S("The Ituri truckers' association", 'other'),
    ],
    numbers=[
        N('11 vehicles', 'count-objects'),
        N('thousands of traders', 'count-people'),
        N('6-year-old', 'age'),
        N('42-year-old', 'age'),
        N('around 3 p.m.', 'time'),
        N('about 2 kilometers', 'distance'),
        N('20 or 30 of them', 'count-people'),
        N('15 vehicles', 'count-objects'),
        N('1990s', 'year'),
        N('2014', 'year'),
        N('72 hours', 'duration'),
        N('$250,000', 'money'),
    ])

# dg08: Kpandroma between CODECO and Zaïre (a newspaper's own correspondent: headline, "From our
# correspondent" line, first person, present-tense "says", curly quotes, British spelling)
A['dg08.txt'] = dict(
    casualty=[
        C('nineteen people died', 'killed', 19, 'exact', 'people', id='tot'),
        C('12', 'killed', 12, 'exact', 'people', sub='tot'),
        C('seven more', 'killed', 7, 'exact', 'people', sub='tot'),
        C('Four of the dead were children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('26 people', 'injured', 26, 'exact', 'people', id='n'),
        C('three did not survive', 'killed', 3, 'exact', 'people', sub='n'),
        C('A handful of the wounded', 'injured', None, 'vague', 'people', sub='n'),
        C('only eight civilians” were killed', 'killed', 8, 'exact', 'civilians', tags='contradicted'),
        C('shot dead 11 assailants', 'killed', 11, 'exact', 'fighters', tags='contradicted'),
        C('lost four fighters', 'killed', 4, 'exact', 'fighters'),
        C('captured two CODECO members', 'detained', 2, 'exact', 'fighters'),
        C('almost 3,500 people have left', 'displaced', 3500, 'at-most', 'people'),
        C('between 3,000 and 4,000', 'displaced', None, 'range', 'people', low=3000, high=4000),
        C('a dozen missing', 'missing', 12, 'exact', 'people'),
        C('arrested 14 young men', 'detained', 14, 'exact', 'men'),
        C('nearly 2,700 civilians have been killed', 'killed', 2700, 'at-most', 'civilians'),
    ],
    sources=[
        S('Pascal Ulendji', 'official', form='name'),
        S('The town nurse', 'anonymous'),
        S('The army', 'military', nth=0),
        S('A FARDC officer at the camp on the edge of town', 'anonymous'),
        S('Residents', 'witness'),
        S('residents', 'witness'),
        S('A Zaïre commander', 'military', form='role'),
        S('The army', 'military', nth=1),
        S('Local authorities', 'official'),
        S('a MONUSCO human rights officer in Bunia', 'anonymous'),
        S('Father Innocent Lossa', 'other', form='title-name'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('two militias', 'other'),
        N('Twelve mounds', 'count-objects'),
        N('17 May', 'date'),
        N('58', 'age'),
        N('two days', 'duration'),
        N('about 80km', 'distance'),
        N('nearly 2,000 metres', 'distance'),
        N('roughly 60,000 Congolese francs', 'money'),
        N('about 900', 'count-people'),
        N('412', 'count-people'),
        N('2019', 'year'),
        N('Twelve', 'count-objects', nth=1),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
