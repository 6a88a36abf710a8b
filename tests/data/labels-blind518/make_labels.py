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

# ---------------------------------------------------------------- labels (blind set 518: ic01-ic08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost … soldiers / fighters / of their own', r'\blost\b'),
    ('buried / bodies / toll at / count of … dead / deaths of', r'\bburied\b|\bdeaths of\b|\bcount of\b'),
    ('captured / taken / took / seized / dragged away / take away / marched away / rounded up / prisoners',
     r'\bcaptured\b|\bCaptured\b|\btaken\b|\btook\b|\bdragged away\b|\btake away\b|\bprisoners\b'),
    ('taken refuge / sheltering / sleeping in the open / crossed into / arriving / hiding / flee',
     r'\brefuge\b|\bsheltering\b|\bsleeping\b|\bcrossed into\b|\barriving\b|\bhiding\b|\bflee\b'),
    ('received / treated / admitted … wounded; sustained injuries', r'\breceived\b|\btreated\b|\badmitted\b|'
     r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('boys / teenage boys / altar boys / sons / grandsons', r'\bboys\b|\bsons\b|\bgrandsons\b'),
    ('dissidents / militiamen / prisoners', r'\b(?:dissidents|Dissidents|militiamen|prisoners)\b'),
    ('rubber tappers / workers / nurses / aid workers', r'\b(?:tappers|workers|nurses)\b'),
    ('Liberians / refugees / members of his congregation', r'\b(?:Liberians|refugees|members)\b'),
    ('patients / persons', r'\b(?:patients|persons)\b'),
]

# ic01: a massacre at a church compound sheltering displaced people in Sinkor, Monrovia
# (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['ic01.txt'] = dict(
    casualty=[
        C('hundreds of displaced people', 'displaced', None, 'vague', 'people'),
        C('killing at least 48 people', 'killed', 48, 'at-least', 'people', id='tot'),
        C('17 children', 'killed', 17, 'exact', 'children', sub='tot'),
        C('23 bodies', 'killed', 23, 'exact', 'people', sub='tot'),
        C('received 71 wounded', 'injured', 71, 'exact', 'people', id='inj'),
        C('nine of whom died', 'killed', 9, 'exact', 'people', sub='inj'),
        C('More than 30 of the wounded were children', 'injured', 30, 'at-least', 'children', sub='inj'),
        C('the toll at 56', 'killed', 56, 'exact', 'people', id='rc', tags='contradicted'),
        C('two nurses', 'killed', 2, 'exact', 'other', sub='rc'),
        C('killed 38 innocent people', 'killed', 38, 'exact', 'people', tags='contradicted'),
        C('dragged away between 10 and 15 teenage boys', 'detained', None, 'range', 'children', low=10, high=15),
        C('About 2,000 people had been sheltering', 'displaced', 2000, 'approx', 'people'),
        C('14 people were still missing', 'missing', 14, 'exact', 'people'),
        C('several hundred', 'displaced', None, 'vague', 'people'),
        C('roughly 6,000 displaced', 'displaced', 6000, 'approx', 'people'),
        C('killed an estimated 200,000 people', 'killed', 200000, 'approx', 'people'),
        C('forced some 1.3 million from their homes', 'displaced', 1300000, 'approx', 'people'),
    ],
    sources=[
        S('aid workers', 'ngo'),
        S('survivors', 'witness'),
        S('witnesses', 'witness'),
        S('Comfort Sayeh', 'witness', form='name'),
        S('Dr Josephine Kollie', 'official', form='title-name'),
        S('The Liberian Red Cross', 'ngo'),
        S('Information Minister Reginald Tarr', 'official', form='title-name'),
        S('Tarr', 'official', nth=1, form='name'),
        S('the Red Cross', 'ngo'),
        S('A LURD spokesman, Sekou Fofana', 'military', form='name'),
        S('Survivors', 'witness'),
        S('the church’s relief coordinator, Pastor Moses Toe', 'other', form='title-name'),
        S('Toe', 'other', nth=1, form='name'),
        S('the World Food Programme', 'ngo'),
        S('The commander of the West African peacekeeping force, Nigerian Brigadier-General Festus Okonkwo',
          'military', form='title-name'),
        S('UN agencies', 'ngo', form='collective'),
    ],
    numbers=[
        N('three pick-up trucks', 'count-objects'),
        N('1:00 am', 'time'),
        N('34', 'age'),
        N('her two sons', 'count-people'),
        N('12-year-old', 'age'),
        N('300 troops', 'count-people'),
        N('two armoured vehicles', 'count-objects'),
        N('1989', 'year'),
    ])

# ic02: rebels overrun the rubber plantation town of Harbel, Margibi County (Reuters style,
# American spelling, straight quotes, reporting credit line)
A['ic02.txt'] = dict(
    casualty=[
        C('killing at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('11 rubber tappers were among the dead', 'killed', 11, 'exact', 'other', sub='tot'),
        C('Eight workers were wounded', 'injured', 8, 'exact', 'other'),
        C('as many as 40 others were unaccounted for', 'missing', 40, 'at-most', 'other'),
        C('some 3,000 residents had taken refuge', 'displaced', 3000, 'approx', 'civilians'),
        C('killed 27 rebels', 'killed', 27, 'exact', 'fighters'),
        C('captured nine others', 'detained', 9, 'exact', 'fighters'),
        C('lost four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('lost "fewer than five" fighters', 'killed', 5, 'at-most', 'fighters', tags='contradicted'),
        C('take away 15-20 boys', 'detained', None, 'range', 'children', low=15, high=20),
        C('treated 52 wounded people', 'injured', 52, 'exact', 'people', id='hosp'),
        C('14 of them children', 'injured', 14, 'exact', 'children', sub='hosp'),
        C('Three of the patients died', 'killed', 3, 'exact', 'people', sub='hosp'),
        C('the count of civilian dead to 22', 'killed', 22, 'exact', 'civilians', tags='update'),
        C('more than 8,000 people had fled', 'displaced', 8000, 'at-least', 'people'),
        C('tens of thousands displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('residents', 'witness'),
        S('Joseph Karnley', 'other', form='name'),
        S('Karnley', 'other', nth=1, form='name'),
        S('Defense Minister Aaron Wleh', 'military', form='title-name'),
        S('the minister', 'military', form='role'),
        S('LURD spokesman Isaac Dolo', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('Martha Kpadeh', 'witness', form='name'),
        S('Kpadeh', 'witness', nth=1, form='name'),
        S('A doctor at the plantation hospital', 'anonymous'),
        S('The U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('June 9', 'date'),
        N('about 5 a.m.', 'time'),
        N('two-hour', 'duration'),
        N('some 30 miles', 'distance'),
        N('50 km', 'distance'),
        N('41-year-old', 'age'),
        N('as young as 12', 'age'),
        N('one', 'other'),
        N('about 200 square miles', 'quantity'),
        N('around 7,000 people', 'count-people'),
        N('about 5 miles', 'distance'),
        N('1999', 'year'),
    ])

# ic03: rebels and militiamen fight for the port city of Buchanan, Grand Bassa County (AP style,
# em-dash dateline, American spelling, straight quotes)
A['ic03.txt'] = dict(
    casualty=[
        C('the bodies of at least 30 civilians', 'killed', 30, 'at-least', 'civilians'),
        C('buried 18 people', 'killed', 18, 'exact', 'people'),
        C('killed "more than 100" government soldiers', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('lost only seven of their own', 'killed', 7, 'exact', 'fighters'),
        C('61 rebels were killed', 'killed', 61, 'exact', 'fighters', tags='contradicted'),
        C('15 captured', 'detained', 15, 'exact', 'fighters'),
        C('treated 64 people', 'injured', 64, 'exact', 'people', id='hosp'),
        C('21 children', 'injured', 21, 'exact', 'children', sub='hosp'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='hosp'),
        C('seven people drowned', 'killed', 7, 'exact', 'people'),
        C('at least a dozen other boys', 'detained', 12, 'at-least', 'children'),
        C('an estimated 25,000 people had fled', 'displaced', 25000, 'approx', 'people'),
        C('several hundred were sleeping in the open', 'displaced', None, 'vague', 'people'),
        C('nine members of his congregation were still missing', 'missing', 9, 'exact', 'people', id='mis'),
        C('two altar boys', 'missing', 2, 'exact', 'children', sub='mis'),
        C('about 600 people were sheltering', 'displaced', 600, 'approx', 'people'),
    ],
    sources=[
        S('a Roman Catholic priest, the Rev. Francis Sumo', 'other', form='title-name'),
        S('Sumo', 'other', nth=1, form='name'),
        S('A MODEL commander, Gen. Roosevelt Zeon', 'military', form='title-name'),
        S('The Defense Ministry in Monrovia', 'military'),
        S('the ministry', 'military'),
        S('a nurse', 'anonymous'),
        S('Residents', 'witness'),
        S('Bassa Community Radio', 'media'),
        S('Hawa Johnson', 'witness', form='name'),
        S('The U.N. Office for the Coordination of Humanitarian Affairs', 'ngo'),
        S('Aid agencies', 'ngo', form='collective'),
        S('Sumo', 'other', nth=2, form='name'),
    ],
    numbers=[
        N('one grave', 'count-objects'),
        N('38-year-old', 'age'),
        N('14-year-old', 'age'),
        N('70 miles', 'distance'),
        N('113 kilometers', 'distance'),
        N('Compound Number 3', 'other'),
        N('about 4,000 tons', 'quantity'),
        N('about 60%', 'percentage'),
    ])

# ic04: a UN OCHA flash update on fighting in and around Kakata, Margibi County (headings, highlights
# restated in the overview, displacement by site, access, response, funding; British spelling)
A['ic04.txt'] = dict(
    casualty=[
        C('At least 27 civilians killed', 'killed', 27, 'at-least', 'civilians'),
        C('90 injured', 'injured', 90, 'exact', 'civilians'),
        C('An estimated 34,000 people displaced', 'displaced', 34000, 'approx', 'people', id='dsp'),
        C('some 12,000', 'displaced', 12000, 'approx', 'people', sub='dsp'),
        C('At least 43 boys abducted', 'detained', 43, 'at-least', 'children'),
        C('at least 27 civilians were killed', 'killed', 27, 'at-least', 'civilians', id='ov', tags='repeat'),
        C('90 injured', 'injured', 90, 'exact', 'civilians', nth=1, tags='repeat'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='ov'),
        C('nine children killed', 'killed', 9, 'exact', 'children', sub='ov'),
        C('buried 31 bodies', 'killed', 31, 'exact', 'people'),
        C('lost ‘only three’ fighters', 'killed', 3, 'exact', 'fighters'),
        C('46 rebels were killed', 'killed', 46, 'exact', 'fighters', tags='contradicted'),
        C('43 cases of boys', 'detained', 43, 'exact', 'children', tags='repeat'),
        C('Five to eight children are reported missing', 'missing', None, 'range', 'children', low=5, high=8),
        C('about 9,000 people', 'displaced', 9000, 'approx', 'people', sub='dsp'),
        C('approximately 11,000 people', 'displaced', 11000, 'approx', 'people', sub='dsp'),
        C('6,500 people', 'displaced', 6500, 'exact', 'people', sub='dsp'),
        C('some 7,500 people', 'displaced', 7500, 'approx', 'people', sub='dsp'),
        C('Up to 2,000 people', 'displaced', 2000, 'at-most', 'people'),
        C('detained four aid workers', 'detained', 4, 'exact', 'other'),
        C('treated 36 war-wounded patients', 'injured', 36, 'exact', 'people', id='msf'),
        C('12 of them', 'injured', 12, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('child protection partners', 'ngo'),
        S('Local health authorities', 'official'),
        S('The Liberian Red Cross', 'ngo'),
        S('A LURD spokesman', 'military', form='role'),
        S('the Government', 'official'),
        S('Child protection partners', 'ngo'),
        S('camp management agencies', 'ngo', form='collective'),
        S('MSF', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 July 2003', 'date'),
        N('14 July', 'date'),
        N('three IDP camps', 'count-objects'),
        N('15 July', 'date'),
        N('14 July', 'date', nth=1),
        N('55 km', 'distance'),
        N('three days', 'duration'),
        N('aged 10 to 17', 'age'),
        N('15 July', 'date', nth=1),
        N('16 July', 'date'),
        N('two WFP trucks', 'count-objects'),
        N('40 tonnes', 'quantity'),
        N('120 tonnes', 'quantity'),
        N('18,000 people', 'count-people'),
        N('210 unaccompanied children', 'count-people'),
        N('2003', 'year', nth=1),
        N('US$42.8 million', 'money'),
        N('31 per cent', 'percentage'),
        N('$1.5 million', 'money'),
    ])

# ic05: the army's Lofa Command on its counter-offensive in Voinjama, Lofa County (state media in the
# NAN manner, LINA: headline, "The … Command says", quotes continued across paragraphs)
A['ic05.txt'] = dict(
    casualty=[
        C('34 Dissidents Killed', 'killed', 34, 'exact', 'fighters'),
        C('12 Captured', 'detained', 12, 'exact', 'fighters'),
        C('killed 34 LURD dissidents', 'killed', 34, 'exact', 'fighters', tags='repeat'),
        C('captured 12 others', 'detained', 12, 'exact', 'fighters', tags='repeat'),
        C('lost five soldiers', 'killed', 5, 'exact', 'soldiers'),
        C('eight others sustained injuries', 'injured', 8, 'exact', 'soldiers'),
        C('abducted scores of boys', 'detained', None, 'vague', 'children', id='ab'),
        C('19 of the boys', 'detained', 19, 'exact', 'children', sub='ab'),
        C('around 60', 'detained', 60, 'approx', 'children', sub='ab'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('at least 40 civilians were killed', 'killed', 40, 'at-least', 'civilians'),
        C('nearly 15,000 residents had fled', 'displaced', 15000, 'at-most', 'civilians'),
        C('thousands of others', 'displaced', None, 'vague', 'civilians'),
        C('admitted 45 wounded persons', 'injured', 45, 'exact', 'people', id='hosp'),
        C('12 of whom were children', 'injured', 12, 'exact', 'children', sub='hosp'),
        C('three of the patients later died', 'killed', 3, 'exact', 'people', sub='hosp'),
        C('killed over 70 government soldiers', 'killed', 70, 'at-least', 'soldiers', tags='contradicted'),
    ],
    sources=[
        S('Lofa Command', 'military'),
        S('The Lofa Command of the Armed Forces of Liberia (AFL)', 'military'),
        S('The Commander of the Lofa Command, Col. Moses Kiazolu', 'military', form='title-name'),
        S('Col. Kiazolu', 'military', form='title-name'),
        S('the Commander', 'military', form='role'),
        S('Residents', 'witness'),
        S('The Lofa County Superintendent, Mr. Alfred Kamara', 'official', form='title-name'),
        S('the Officer-in-Charge of the Voinjama Government Hospital, Dr. Tamba Musa', 'official',
          form='title-name'),
        S('the Ministry of Information', 'official'),
        S('LURD', 'military', nth=1),
        S('The Lofa Command', 'military', nth=1),
    ],
    numbers=[
        N('Aug. 2', 'date'),
        N('about 40 kilometers', 'distance'),
        N('27 AK-47 rifles', 'count-objects'),
        N('two rocket-propelled grenade launchers', 'count-objects'),
        N('July 17', 'date'),
        N('more than 200 houses', 'count-objects'),
        N('some 20 kilometers', 'distance'),
        N('1,500 troops', 'count-people'),
    ])

# ic06: an NGO statement on boys abducted from Tubmanburg, Bomi County (headline, dateline, a
# mother's and an escaped boy's accounts, a list of demands and notes to editors; British spelling)
A['ic06.txt'] = dict(
    casualty=[
        C('at least 130 boys abducted', 'detained', 130, 'at-least', 'children', id='ab'),
        C('Several boys', 'killed', None, 'vague', 'children'),
        C('took my two sons', 'detained', 2, 'exact', 'children'),
        C('about 40 other boys', 'detained', 40, 'approx', 'children'),
        C('Two boys', 'killed', 2, 'exact', 'children'),
        C('31', 'detained', 31, 'exact', 'children', sub='ab'),
        C('at least 14', 'detained', 14, 'at-least', 'children', sub='ab'),
        C('the deaths of at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='dead'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='dead'),
        C('9,000–12,000 people have fled', 'displaced', None, 'range', 'people', low=9000, high=12000),
        C('“fewer than 20” boys', 'detained', 20, 'at-most', 'children', tags='contradicted'),
        C('16 abducted boys', 'detained', 16, 'exact', 'children'),
        C('more than 1,000 children have been abducted', 'detained', 1000, 'at-least', 'children'),
        C('the more than 130 boys taken', 'detained', 130, 'at-least', 'children', tags='repeat'),
        C('almost 30,000 displaced people', 'displaced', 30000, 'at-most', 'people'),
    ],
    sources=[
        S('The Child Rights Advocacy Network (CRAN)', 'ngo'),
        S('Witnesses', 'witness'),
        S('Kebbeh', 'witness', form='name'),
        S('A 14-year-old boy', 'witness', form='role'),
        S('CRAN', 'ngo', nth=5),
        S('LURD’s military spokesman, Fayiah Kollie', 'military', form='title-name'),
        S('The Ministry of Defence in Monrovia', 'military'),
        S('UNICEF', 'ngo'),
        S('Miatta Sherman', 'ngo', form='name'),
    ],
    numbers=[
        N('21 May 2003', 'date'),
        N('9 May', 'date'),
        N('58 people', 'count-people'),
        N('ten days', 'duration'),
        N('as young as nine', 'age'),
        N('15', 'age'),
        N('42-year-old', 'age'),
        N('14-year-old', 'age'),
        N('three weeks', 'duration'),
        N('the age of 15', 'age'),
        N('17 May', 'date'),
        N('under-18s', 'age'),
        N('17 Liberian child-protection organisations', 'count-objects'),
        N('1997', 'year'),
        N('58 interviews', 'count-objects'),
        N('between 10 and 20 May 2003', 'date'),
        N('about 60 km', 'distance'),
        N('some 20,000 inhabitants', 'population'),
    ])

# ic07: rebels seize Ganta, Nimba County, and refugees cross into Guinea (a broadcaster's website:
# headline and byline instead of a dateline, "told the BBC", British spelling, straight quotes)
A['ic07.txt'] = dict(
    casualty=[
        C('thousands flee', 'displaced', None, 'vague', 'people'),
        C('dozens of people', 'killed', None, 'vague', 'people'),
        C('killed 54 government soldiers', 'killed', 54, 'exact', 'soldiers'),
        C('taken 20 prisoners', 'detained', 20, 'exact', 'soldiers'),
        C('lost "two or three" fighters', 'killed', None, 'range', 'fighters', low=2, high=3),
        C('killed more than 80 rebels', 'killed', 80, 'at-least', 'fighters', tags='contradicted'),
        C('26 bodies', 'killed', 26, 'exact', 'people'),
        C('about 70 wounded', 'injured', 70, 'approx', 'people', id='wnd'),
        C('two dozen children', 'injured', 24, 'exact', 'children', sub='wnd'),
        C('the death toll had risen to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('five of the wounded died', 'killed', 5, 'exact', 'people', sub='wnd'),
        C('seven or eight boys taken', 'detained', None, 'range', 'children', low=7, high=8),
        C('at least 12,000 Liberians have crossed into Guinea', 'displaced', 12000, 'at-least', 'people', id='ref'),
        C('between 1,500 and 2,000 more are arriving', 'displaced', None, 'range', 'people', low=1500, high=2000),
        C('about 3,000 children', 'displaced', 3000, 'approx', 'children', sub='ref'),
        C('40 wounded refugees', 'injured', 40, 'exact', 'people'),
        C('17 Liberian fighters', 'detained', 17, 'exact', 'fighters'),
        C('upwards of 300 civilians have been killed', 'killed', 300, 'at-least', 'civilians'),
    ],
    sources=[
        S('Rebels in Liberia', 'military', form='collective'),
        S('A spokesman for the Liberians United for Reconciliation and Democracy (Lurd), Kabineh Sheriff',
          'military', form='title-name'),
        S('the defence ministry in Monrovia', 'military'),
        S('A nurse at the Methodist mission hospital in Ganta', 'anonymous'),
        S('Residents', 'witness'),
        S('the hospital', 'official'),
        S('One woman', 'witness', form='role'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S("A Guinean official in N'Zérékoré", 'anonymous'),
        S('Guinean state radio', 'media'),
        S('Information Minister Joseph Yarkpawolo', 'official', form='title-name'),
        S('Human rights groups', 'ngo', form='collective'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('as young as 12', 'age'),
        N('One woman', 'count-people'),
        N('13-year-old', 'age'),
        N('three days', 'duration'),
        N('500 troops', 'count-people'),
        N('48 hours', 'duration'),
        N('about 250km', 'distance'),
        N('one', 'other'),
    ])

# ic08: the aftermath of a rebel raid on Zwedru, Grand Gedeh County, and flight into Côte d'Ivoire
# (a newspaper's own correspondent: headline, byline, first person, em-dash asides, curly quotes)
A['ic08.txt'] = dict(
    casualty=[
        C('at least 62 people were killed', 'killed', 62, 'at-least', 'people', id='tot'),
        C('a number of militiamen', 'killed', None, 'vague', 'fighters', sub='tot'),
        C('87 wounded', 'injured', 87, 'exact', 'people', id='cl'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='cl'),
        C('11 patients', 'killed', 11, 'exact', 'people'),
        C('at least 150 people', 'detained', 150, 'at-least', 'people'),
        C('three grandsons', 'detained', 3, 'exact', 'children'),
        C('took twenty-one children', 'detained', 21, 'exact', 'children'),
        C('killed “about 120” government soldiers', 'killed', 120, 'approx', 'soldiers'),
        C('lost nine of their own', 'killed', 9, 'exact', 'fighters'),
        C('killing 38 of them', 'killed', 38, 'exact', 'fighters', tags='contradicted'),
        C('six soldiers had died', 'killed', 6, 'exact', 'soldiers', tags='contradicted'),
        C('more than 9,000 Liberians have crossed into Côte d’Ivoire', 'displaced', 9000, 'at-least', 'people'),
        C('the number at 14,000', 'displaced', 14000, 'exact', 'people', tags='contradicted'),
        C('Thousands more are hiding', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Local officials', 'official'),
        S('Sister Agnes Tarpeh', 'ngo', form='title-name'),
        S('Town elders', 'other', form='collective'),
        S('Esther Quaye', 'witness', form='name'),
        S('Model’s leadership', 'military'),
        S('a Model spokesman, Joseph Kpehe', 'military', form='title-name'),
        S('The government', 'official'),
        S('A defence ministry spokesman, Col. Sam Togba', 'military', form='title-name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Ivorian authorities', 'official'),
        S('a Red Cross volunteer', 'anonymous'),
        S('traders', 'witness', form='collective'),
        S('Joseph Tweh', 'witness', form='name'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('two days', 'duration'),
        N('one doctor', 'count-people'),
        N('51', 'age'),
        N('aged 11, 14 and 16', 'age'),
        N('50 km', 'distance'),
        N('an estimated 400 bags of rice', 'count-objects'),
        N('29-year-old', 'age'),
        N('about 35,000 inhabitants', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
