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

# ---------------------------------------------------------------- labels (blind set 516: gc01-gc08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('trampled to death / shot dead / shoot dead', r'\btrampled to death\b|\bshot dead\b|\bshoot dead\b'),
    ('lost … soldiers / children', r'\blost\b'),
    ('remains / buried', r'\bremains\b|\bburied\b'),
    ('sustained gunshot injuries / treated', r'\bsustained\b|\btreated\b'),
    ('taken (away) / abducted / arrested', r'\btaken\b'),
    ('sheltering / sleeping in the open / crossing / remained in camps / new arrivals',
     r'\bsheltering\b|\bsleeping in the open\b|\bcrossing\b|\bremained in camps\b|\bnew arrivals\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen / armed criminals', r'\bmilitiamen\b|\barmed criminals\b'),
    ('persons / IDPs / patients / Rwandans', r'\b(?:persons|IDPs|patients|Rwandans)\b'),
    ('sons / daughters / teenage boys', r'\b(?:sons|daughters|boys)\b'),
    ('staff', r'\bstaff\b'),
    ('suspects', r'\bsuspects\b'),
]

# gc01: soldiers closing the displaced persons' camp at Kibeho by force, gunfire and a stampede
# (AFP style, one sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['gc01.txt'] = dict(
    casualty=[
        C('tens of thousands of displaced people', 'displaced', None, 'vague', 'people'),
        C('killing at least 340 people', 'killed', 340, 'at-least', 'people', id='tot'),
        C('scores more were trampled to death', 'killed', None, 'vague', 'people'),
        C('at least 60 children', 'killed', 60, 'at-least', 'children', sub='tot'),
        C('47 bodies', 'killed', 47, 'exact', 'people'),
        C('More than 600 people were wounded', 'injured', 600, 'at-least', 'people', id='wnd'),
        C('almost 1,200 others were unaccounted for', 'missing', 1200, 'at-most', 'people'),
        C('212 of the wounded', 'injured', 212, 'exact', 'people', sub='wnd', id='ev'),
        C('19 of them had died', 'killed', 19, 'exact', 'people', sub='ev'),
        C('Two Rwandan Red Cross volunteers were among the wounded', 'injured', 2, 'exact', 'other', sub='wnd'),
        C('the death toll at 84', 'killed', 84, 'exact', 'people', tags='contradicted'),
        C('lost four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('11 others were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('detained 130 men', 'detained', 130, 'exact', 'men'),
        C('lost two of her four children', 'killed', 2, 'exact', 'children'),
        C('between 1,500 and 2,000 people had fled', 'displaced', None, 'range', 'people', low=1500, high=2000),
        C('its toll to 392', 'killed', 392, 'exact', 'people', id='upd', tags='update'),
        C('71 children', 'killed', 71, 'exact', 'children', sub='upd'),
    ],
    sources=[
        S('aid workers', 'ngo'),
        S('an MSF nurse', 'anonymous'),
        S('the nurse', 'anonymous'),
        S('the UN Rwanda Emergency Office (UNREO)', 'ngo'),
        S('Ghanaian peacekeepers', 'military'),
        S('the International Committee of the Red Cross (ICRC)', 'ngo'),
        S('The Rwandan Patriotic Army (RPA)', 'military'),
        S('army spokesman Major Innocent Bizimana', 'military', form='title-name'),
        S('State-run Radio Rwanda', 'media'),
        S('Witnesses', 'witness'),
        S('Bernadette Uwase', 'witness', form='name'),
        S('Relief workers', 'ngo'),
        S('The government', 'official'),
        S('UNREO', 'ngo', nth=1),
    ],
    numbers=[
        N('April 23', 'date'),
        N('some 150 kilometres', 'distance'),
        N('34 firearms', 'count-objects'),
        N('dozens of grenades', 'count-objects'),
        N('26 grenades', 'count-objects'),
        N('11 am', 'time'),
        N('29', 'age'),
        N('35 camps', 'count-objects'),
        N('10 days', 'duration'),
        N('$4.5 million', 'money'),
        N('three months', 'duration'),
    ])

# gc02: the wounded from Kibeho at Butare's university hospital (Reuters style, American spelling,
# straight quotes)
A['gc02.txt'] = dict(
    casualty=[
        C('more than 250 people wounded', 'injured', 250, 'at-least', 'people', id='h'),
        C('at least 23 of them had died', 'killed', 23, 'at-least', 'people', sub='h'),
        C('41 of the patients were children', 'injured', 41, 'exact', 'children', sub='h'),
        C('seven or eight of the wounded', 'injured', None, 'range', 'people', low=7, high=8, sub='h'),
        C('14 bodies', 'killed', 14, 'exact', 'people'),
        C('12 soldiers wounded', 'injured', 12, 'exact', 'soldiers'),
        C('at least 392 people were killed', 'killed', 392, 'at-least', 'people', tags='contradicted'),
        C('fewer than 100 civilians had died', 'killed', 100, 'at-most', 'civilians', tags='contradicted'),
        C('shoot dead at least five men', 'killed', 5, 'at-least', 'men'),
        C('three children were missing', 'missing', 3, 'exact', 'children'),
        C('hundreds of people were still missing', 'missing', None, 'vague', 'people'),
        C('about 3,000 people who fled', 'displaced', 3000, 'approx', 'people'),
        C('17 people detained', 'detained', 17, 'exact', 'people'),
        C('two more patients had died', 'killed', 2, 'exact', 'people'),
        C("the hospital's toll to 25", 'killed', 25, 'exact', 'people', tags='update'),
    ],
    sources=[
        S("the hospital's director", 'official', form='role'),
        S('Dr. Vincent Karangwa', 'official', form='title-name'),
        S('Hospital staff', 'anonymous'),
        S('An army officer', 'anonymous'),
        S('U.N. officials', 'ngo'),
        S('Health Minister Callixte Murenzi', 'official', form='title-name'),
        S('Emmanuel Twagirayezu', 'witness', form='name'),
        S('Relatives', 'witness'),
        S('The U.N. refugee agency UNHCR', 'ngo'),
        S('State-run Radio Rwanda', 'media'),
        S('the Butare prefect', 'official', form='role'),
        S('Karangwa', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('April 24', 'date'),
        N('the age of 12', 'age'),
        N('60 beds', 'count-objects'),
        N('four surgeons', 'count-people'),
        N('30 km', 'distance'),
        N('19 miles', 'distance'),
        N('38', 'age'),
        N('40 tents', 'count-objects'),
    ])

# gc03: the army's account of the camp closures in Gikongoro (state media, NAN style: "The … Command
# says", "disclosed this in a statement", a quote continued across paragraphs, "It will be recalled")
A['gc03.txt'] = dict(
    casualty=[
        C('arrested 146 suspected militiamen', 'detained', 146, 'exact', 'fighters', id='arr'),
        C('eight persons', 'killed', 8, 'exact', 'people', id='tot'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('23 other persons sustained gunshot injuries', 'injured', 23, 'exact', 'people'),
        C('11 of those arrested were injured', 'injured', 11, 'exact', 'fighters', sub='arr'),
        C('killed 27 militiamen', 'killed', 27, 'exact', 'fighters'),
        C('15 children abducted', 'detained', 15, 'exact', 'children'),
        C('hundreds of IDPs were killed', 'killed', None, 'vague', 'people', tags='contradicted'),
        C('a number of soldiers were injured', 'injured', None, 'vague', 'soldiers'),
        C('37 persons as missing', 'missing', 37, 'exact', 'people'),
        C('nearly 4,000 others were still sheltering', 'displaced', 4000, 'at-most', 'people'),
        C('the remains of 19 civilians', 'killed', 19, 'exact', 'civilians'),
        C('up to 1,500 persons who fled', 'displaced', 1500, 'at-most', 'people'),
        C('the number of soldiers killed had risen to three', 'killed', 3, 'exact', 'soldiers', tags='update'),
    ],
    sources=[
        S('The Southern Military Command of the Rwandese Patriotic Army (RPA)', 'military'),
        S("The Command's spokesman, Capt. Jean-Bosco Mutabazi", 'military', form='title-name'),
        S('Mutabazi', 'military', nth=1, form='name'),
        S('The statement', 'military', form='document'),
        S('Foreign media reports', 'media'),
        S('the statement', 'military', form='document'),
        S('Mutabazi', 'military', nth=2, form='name'),
        S('the Prefect of Gikongoro, Mr Aloys Nsengimana', 'official', form='title-name'),
        S('The prefect', 'official', form='role'),
        S('Nsengimana', 'official', nth=1, form='name'),
        S('Some residents of Gikongoro town', 'witness'),
        S('the Command', 'military'),
        S('Mutabazi', 'military', nth=3, form='name'),
    ],
    numbers=[
        N('April 25', 'date'),
        N('38 weapons', 'count-objects'),
        N('Over 52,000 IDPs', 'count-people'),
        N('48 hours', 'duration'),
        N('as many as 40 militiamen', 'count-people'),
        N('70-year-old', 'age'),
        N('RWF 50 million', 'money'),
        N('April 20', 'date'),
        N('1,200 troops', 'count-people'),
        N('157th Battalion', 'other'),
    ])

# gc04: mass graves at Ndago (an NGO statement with a headline, a list of demands and notes to editors)
A['gc04.txt'] = dict(
    casualty=[
        C('at least 96 bodies', 'killed', 96, 'at-least', 'people', id='g1'),
        C('31 children', 'killed', 31, 'exact', 'children', sub='g1'),
        C('22 women', 'killed', 22, 'exact', 'women', sub='g1'),
        C('between 20 and 30 more bodies', 'killed', None, 'range', 'people', low=20, high=30),
        C('as many as 40 people had been shot dead', 'killed', 40, 'at-most', 'people'),
        C('dozens more were still missing', 'missing', None, 'vague', 'people'),
        C('two young daughters', 'missing', 2, 'exact', 'children'),
        C('treated 57 people', 'injured', 57, 'exact', 'people', id='hc'),
        C('12 of whom later died', 'killed', 12, 'exact', 'people', sub='hc'),
        C('296 people died', 'killed', 296, 'exact', 'people', tags='contradicted'),
        C('the number of dead at Ndago at 14', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('at least 70 men were detained', 'detained', 70, 'at-least', 'men', id='det'),
        C('four or five of them died', 'killed', None, 'range', 'men', low=4, high=5, sub='det'),
        C('the 70 men detained', 'detained', 70, 'exact', 'men', tags='repeat'),
    ],
    sources=[
        S('the Rights Observatory for Central Africa (ROCA)', 'ngo'),
        S('ROCA researchers', 'ngo'),
        S('local residents', 'witness'),
        S('a 56-year-old farmer', 'witness', form='role'),
        S('Survivors', 'witness'),
        S('One woman', 'witness', form='role'),
        S('The head of the Ndago health centre, Immaculée Mukandoli', 'official', form='title-name'),
        S('Rwanda’s government', 'official'),
        S('ROCA', 'ngo', nth=4),
        S('The army', 'military'),
        S('credible reports', 'other', form='document'),
        S('ROCA’s director, Dr Esther Wanjiru', 'ngo', form='title-name'),
    ],
    numbers=[
        N('5 May', 'date'),
        N('Three mass graves', 'count-objects'),
        N('2 May', 'date'),
        N('two smaller graves', 'count-objects'),
        N('about 400 metres', 'distance'),
        N('56-year-old', 'age'),
        N('22 April', 'date'),
        N('One woman', 'count-people'),
        N('all three graves', 'count-objects'),
        N('the estimated 9,000 people', 'count-people'),
        N('64 people', 'count-people'),
        N('26 April', 'date'),
        N('3 May', 'date'),
        N('19 survivors', 'count-people'),
        N('six health workers', 'count-people'),
        N('1991', 'year'),
    ])

# gc05: the forced closure of the camp at Munini (a UN flash update: headings, highlights restated in
# the overview, displacement by site, access, response, funding; straight single quotes)
A['gc05.txt'] = dict(
    casualty=[
        C('At least 26 people were killed', 'killed', 26, 'at-least', 'people'),
        C('58 injured', 'injured', 58, 'exact', 'people'),
        C('An estimated 14,500 people have fled', 'displaced', 14500, 'approx', 'people', id='fled'),
        C('about 4,300 of them are sheltering', 'displaced', 4300, 'approx', 'people', sub='fled', id='ts'),
        C('150–200 people', 'missing', None, 'range', 'people', low=150, high=200),
        C('some 16,000 internally displaced persons', 'displaced', 16000, 'approx', 'people'),
        C('at least 26 people had died', 'killed', 26, 'at-least', 'people', id='ov', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='ov'),
        C('58 others were wounded', 'injured', 58, 'exact', 'people', tags='repeat'),
        C('six people were killed', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('two soldiers were injured', 'injured', 2, 'exact', 'soldiers'),
        C("'dozens' of young men had been taken away", 'detained', None, 'vague', 'men'),
        C('2,100 people', 'displaced', 2100, 'exact', 'people', sub='ts'),
        C('1,400', 'displaced', 1400, 'exact', 'people', sub='ts'),
        C('about 800', 'displaced', 800, 'approx', 'people', sub='ts'),
        C('Three national staff', 'detained', 3, 'exact', 'other'),
        C('treated 112 injured people', 'injured', 112, 'exact', 'people', id='msf'),
        C('37 of them children', 'injured', 37, 'exact', 'children', sub='msf'),
        C('four patients have died', 'killed', 4, 'exact', 'people'),
        C('46 people', 'missing', 46, 'exact', 'people', id='icrc'),
        C('19 children', 'missing', 19, 'exact', 'children', sub='icrc'),
    ],
    sources=[
        S('the commune authorities', 'official'),
        S('Partners', 'ngo', form='collective'),
        S('The burgomaster of Munini, Mr Jean-Pierre Gatera', 'official', form='title-name'),
        S('The RPA', 'military'),
        S('IDPs', 'witness', nth=1, form='collective'),
        S('The Ministry of Rehabilitation', 'official'),
        S('The military', 'military'),
        S('MSF', 'ngo'),
        S('The ICRC', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('28 April', 'date'),
        N('26 April', 'date'),
        N('24 April', 'date'),
        N('three transit sites', 'count-objects'),
        N('24 April', 'date', nth=1),
        N('26 April', 'date', nth=1),
        N('12 classrooms', 'count-objects'),
        N('up to 40 km', 'distance'),
        N('27 April', 'date'),
        N('11,000 returnees', 'count-people'),
        N('25 April', 'date'),
        N('Two convoys', 'count-objects'),
        N('27 April', 'date', nth=1),
        N('several hours', 'duration'),
        N('26 April', 'date', nth=2),
        N('a four-hour drive', 'duration'),
        N('42 tonnes', 'quantity'),
        N('27 April', 'date', nth=2),
        N('3,000 blankets', 'count-objects'),
        N('1,500 plastic sheets', 'count-objects'),
        N('20 April', 'date'),
        N('US$9.8 million', 'money'),
        N('23 per cent', 'percentage'),
    ])

# gc06: survivors walking home to Nyamagabe and families searching for the missing (a broadcaster's
# website: headline and byline, no dateline, British spelling, curly quotes, an en-dash range)
A['gc06.txt'] = dict(
    casualty=[
        C('Two of her sons', 'missing', 2, 'exact', 'children'),
        C('at least 1,100 residents', 'missing', 1100, 'at-least', 'civilians'),
        C('640 missing people', 'missing', 640, 'exact', 'people', id='rc'),
        C('212 of them children', 'missing', 212, 'exact', 'children', sub='rc'),
        C('the number registered rose to 712', 'missing', 712, 'exact', 'people', tags='update'),
        C('the death toll from Saturday’s operation at 38', 'killed', 38, 'exact', 'people'),
        C('150–300 people died', 'killed', None, 'range', 'people', low=150, high=300, tags='contradicted'),
        C('buried about two dozen bodies', 'killed', 24, 'approx', 'people', id='gr'),
        C('four children', 'killed', 4, 'exact', 'children', sub='gr'),
        C('about 600 people were sheltering', 'displaced', 600, 'approx', 'people'),
        C('killing two men', 'killed', 2, 'exact', 'men', tags='contradicted'),
        C('dozens of men were taken', 'detained', None, 'vague', 'men'),
        C('treated 86 people', 'injured', 86, 'exact', 'people', id='kg'),
        C('30 of them', 'injured', 30, 'exact', 'people', sub='kg'),
        C('“about 20” people had died', 'killed', 20, 'approx', 'people'),
    ],
    sources=[
        S('Marie-Claire Ingabire', 'witness', form='name'),
        S('Local officials', 'official'),
        S('The Red Cross', 'ngo'),
        S('Survivors', 'witness', nth=1),
        S('The government', 'official'),
        S('UN agencies', 'ngo'),
        S('officials', 'official', nth=1),
        S('residents', 'witness'),
        S('residents', 'witness', nth=1),
        S('Father Oscar Nkundimana', 'other', form='title-name'),
        S('witnesses', 'witness'),
        S('The army', 'military'),
        S('Human rights monitors', 'ngo', form='collective'),
        S('a nurse', 'anonymous'),
        S('Nyamagabe’s burgomaster, Jean Damascène Kalisa', 'official', form='title-name'),
    ],
    numbers=[
        N('Thousands of people', 'count-people'),
        N('five children', 'count-people'),
        N('three', 'count-people'),
        N('30km', 'distance'),
        N('aged nine and 13', 'age'),
        N('thousands of people', 'count-people'),
        N('8,200 returnees', 'count-people'),
        N('four days', 'duration'),
    ])

# gc07: soldiers firing on people refusing to leave the camp at Kaduha (AP style, em-dash dateline,
# American spelling, straight quotes)
A['gc07.txt'] = dict(
    casualty=[
        C('killing 31 people', 'killed', 31, 'exact', 'people', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('about 9,000 displaced people', 'displaced', 9000, 'approx', 'people'),
        C('46 people were wounded', 'injured', 46, 'exact', 'people', id='w'),
        C('19 of the wounded', 'injured', 19, 'exact', 'people', sub='w'),
        C('killed 12 "armed criminals"', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('Three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('the bodies of 27 people', 'killed', 27, 'exact', 'people'),
        C('50 to 60 people', 'missing', None, 'range', 'people', low=50, high=60),
        C('the death toll had risen to 35', 'killed', 35, 'exact', 'people', tags='update'),
        C('four of the wounded died', 'killed', 4, 'exact', 'people', sub='w'),
        C('arrested 22 men', 'detained', 22, 'exact', 'men', id='arr'),
        C('four teenage boys', 'detained', 4, 'exact', 'children', sub='arr'),
        C('Several hundred people fled', 'displaced', None, 'vague', 'people'),
        C('Nearly a dozen others', 'injured', 12, 'at-most', 'people'),
        C('some 250,000 people remained in camps', 'displaced', 250000, 'approx', 'people'),
        C('hundreds died', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('Deputy Prefect Théogène Munyaneza', 'official', form='title-name'),
        S('Jeanne Mukamana', 'witness', form='name'),
        S('The army', 'military'),
        S('Lt. Col. Faustin Kayitare', 'military', form='title-name'),
        S('State radio', 'media'),
        S('the army', 'military', nth=1),
        S('an aid worker', 'anonymous'),
        S('The aid worker', 'anonymous'),
        S('Families', 'witness', form='collective'),
        S('Munyaneza', 'official', nth=1, form='name'),
        S('residents', 'witness'),
        S('a Rwandan Red Cross volunteer', 'anonymous'),
        S('the volunteer', 'anonymous'),
        S('The U.N. refugee agency', 'ngo'),
        S('the U.N.', 'ngo'),
    ],
    numbers=[
        N('7 a.m.', 'time'),
        N('34', 'age'),
        N('two children', 'count-people'),
        N('nearly three hours', 'duration'),
        N('two pits', 'count-objects'),
        N('25 miles', 'distance'),
        N('40 kilometers', 'distance'),
        N('51-6 vote', 'vote'),
        N('about 12,000 people', 'population'),
        N('some 20 miles', 'distance'),
        N('32 kilometers', 'distance'),
    ])

# gc08: camp survivors crossing the Rusizi from Cyangugu into Zaire (a newspaper's own correspondent,
# headline and byline, an em-dash aside, British spelling, straight quotes)
A['gc08.txt'] = dict(
    casualty=[
        C('Hundreds of people who fled', 'displaced', None, 'vague', 'people'),
        C('2,340 Rwandans crossing', 'displaced', 2340, 'exact', 'people'),
        C('the bodies of six people', 'killed', 6, 'exact', 'people'),
        C('at least 14 people', 'killed', 14, 'at-least', 'people'),
        C('"six or seven" more were missing', 'missing', None, 'range', 'people', low=6, high=7),
        C('about 12,000 displaced people', 'displaced', 12000, 'approx', 'people'),
        C('two of their children were trampled to death', 'killed', 2, 'exact', 'children'),
        C('9 people died', 'killed', 9, 'exact', 'people'),
        C('the figure at upwards of 40', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('at least 70 injured', 'injured', 70, 'at-least', 'people', id='inj'),
        C('Twenty-one of the injured', 'injured', 21, 'exact', 'people', sub='inj'),
        C('detained over 30 men', 'detained', 30, 'at-least', 'men'),
        C('roughly 1,900 new arrivals', 'displaced', 1900, 'approx', 'people', id='arr'),
        C('610 of them children', 'displaced', 610, 'exact', 'children', sub='arr'),
        C('400-500 people were sleeping in the open', 'displaced', None, 'range', 'people', low=400, high=500),
        C('18 suspects had been arrested', 'detained', 18, 'exact', 'people'),
    ],
    sources=[
        S('Zairean border guards', 'military', form='collective'),
        S("the town's burgomaster, Mr Célestin Hakizimana", 'official', form='title-name'),
        S('several camp residents', 'witness'),
        S('Vestine Nyiraneza', 'witness', form='name'),
        S('The Rwandan army', 'military'),
        S('Relief workers', 'ngo', form='collective'),
        S('a doctor', 'anonymous'),
        S('a UNHCR official', 'anonymous'),
        S('The UN refugee agency', 'ngo'),
        S('the prefect, Lt Col Eugène Rutayisire', 'official', form='title-name'),
    ],
    numbers=[
        N('"about 300" others', 'count-people'),
        N('500 Rwandan francs', 'money'),
        N('about $2', 'money'),
        N('several camp residents', 'count-people'),
        N('24', 'age'),
        N('a girl of three', 'age'),
        N('4,100 people', 'count-people'),
        N('three days', 'duration'),
        N('1994', 'year'),
        N('7pm', 'time'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
