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

# ---------------------------------------------------------------- labels (blind set 554: wd01-wd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / martyring / lost … brothers / shoot dead / found dead',
     r'\bmartyr(?:ed|ing)\b|\blost\b|\bshoot dead\b|\bfound dead\b'),
    ('captured / kidnapped / abduction / taken prisoner / taken away / detainees',
     r'\bcaptured\b|\bkidnapped\b|\babduction\b|\bprisoner\b|\btaken away\b|\bdetainees\b'),
    ('left / to flee / the number of displaced', r'\bleft\b|\bflee\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('policemen/police/commandos/security personnel/members of the security forces',
     r'\b(?:policemen|police|commandos|personnel|members of the)\b'),
    ('attackers/insurgents/militiamen/gunmen', r'\b(?:attackers|insurgents|militiamen|gunmen)\b'),
    ('passengers/teachers/employees/patients/families/suspects/sons/brothers/Afghans',
     r'\b(?:passengers|teachers|employees|patients|families|suspects|sons|brothers|Afghans)\b'),
]

# wd01: a Taliban assault on a police compound and an air strike on a house in Andar district, Ghazni
# (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['wd01.txt'] = dict(
    casualty=[
        C('killing at least 14 police officers', 'killed', 14, 'at-least', 'soldiers', id='tot'),
        C('Another nine policemen were wounded', 'injured', 9, 'exact', 'soldiers', id='w'),
        C('killed 32 “puppet” police', 'killed', 32, 'exact', 'soldiers', tags='contradicted'),
        C('captured seven others', 'detained', 7, 'exact', 'soldiers', tags='contradicted'),
        C('23 attackers had been killed', 'killed', 23, 'exact', 'fighters'),
        C('dozens more wounded', 'injured', None, 'vague', 'fighters'),
        C('killing eight people', 'killed', 8, 'exact', 'people', id='fam'),
        C('five of them children', 'killed', 5, 'exact', 'children', sub='fam'),
        C('six of the dead', 'killed', 6, 'exact', 'people', sub='fam'),
        C('11 wounded civilians', 'injured', 11, 'exact', 'civilians'),
        C('two more of the wounded policemen had died', 'killed', 2, 'exact', 'soldiers', sub='w'),
        C('the toll among the security forces to 16', 'killed', 16, 'exact', 'soldiers', tags='update'),
        C('two or three of the wounded policemen', 'injured', None, 'range', 'soldiers', low=2, high=3, sub='w'),
        C('over 200 families had fled', 'displaced', 200, 'at-least', 'people'),
        C('roughly 40 men', 'detained', 40, 'approx', 'men'),
        C('2,117 civilians had been killed', 'killed', 2117, 'exact', 'civilians'),
        C('3,822 wounded', 'injured', 3822, 'exact', 'civilians'),
    ],
    sources=[
        S('a provincial official', 'anonymous'),
        S('Hamidullah Sharifi', 'official', form='name'),
        S('Abdul Qadir', 'witness', form='name'),
        S('The Taliban', 'military'),
        S('a spokesman for the insurgents, Qari Sharafuddin', 'military', form='name'),
        S('The interior ministry', 'official'),
        S('residents', 'witness'),
        S('The provincial health director, Dr Zahir Naseri', 'official', form='title-name'),
        S('The NATO-led Resolute Support mission', 'military'),
        S('Sharifi', 'official', nth=1, form='name'),
        S('The private Pajhwok news agency', 'media'),
        S('hospital sources', 'anonymous'),
        S('the provincial council', 'official'),
        S('A council member, Ghulam Sakhi Noori', 'official', form='name'),
        S('The UN mission in Afghanistan (UNAMA)', 'ngo'),
    ],
    numbers=[
        N('2:00 am', 'time'),
        N('nearly four hours', 'duration'),
        N('three sides', 'other'),
        N('41-year-old', 'age'),
        N('several schools', 'count-objects'),
        N('some 25,000 people', 'population'),
        N('about 40 kilometres', 'distance'),
        N('August 2018', 'date'),
        N('some 150 kilometres', 'distance'),
        N('the first nine months', 'duration'),
    ])

# wd02: a suicide car bomb and gunmen at the police headquarters in Sharana, Paktika (Reuters style)
A['wd02.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('Twelve police officers', 'killed', 12, 'exact', 'soldiers', sub='tot'),
        C('four civilians', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('47 people were wounded', 'injured', 47, 'exact', 'people', id='inj'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='inj'),
        C('killed "more than 60 soldiers', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('five gunmen', 'killed', 5, 'exact', 'fighters'),
        C('the death toll had risen to 24', 'killed', 24, 'exact', 'people', tags='update'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('the number of police killed at 15', 'killed', 15, 'exact', 'soldiers', tags='update'),
        C('53 people had been wounded', 'injured', 53, 'exact', 'people', id='inj2', tags='update'),
        C('18 policemen', 'injured', 18, 'exact', 'soldiers', sub='inj2'),
        C('the number of wounded at between 50 and 60', 'injured', None, 'range', 'people', low=50, high=60,
          tags='contradicted'),
        C('three children', 'killed', 3, 'exact', 'children'),
        C('arrested nine suspects', 'detained', 9, 'exact', 'people', id='arr'),
        C('two of them', 'detained', 2, 'exact', 'people', sub='arr'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('more than 400,000 people have been displaced', 'displaced', 400000, 'at-least', 'people', id='d'),
        C('about 12,000 of them', 'displaced', 12000, 'approx', 'people', sub='d'),
    ],
    sources=[
        S('officials', 'official'),
        S('Dr. Mohammad Ashraf Zadran', 'official', form='title-name'),
        S('The Taliban', 'military'),
        S('Provincial police spokesman Shahpoor Ahmadzai', 'official', form='title-name'),
        S('Ahmadzai', 'official', nth=1, form='name'),
        S('Abdul Wahid', 'witness', form='name'),
        S('A senior security official', 'anonymous'),
        S('The Interior Ministry', 'official'),
        S('Private broadcaster TOLOnews', 'media'),
        S('a hospital source', 'anonymous'),
        S("the provincial governor's office", 'official'),
        S('The insurgents', 'military'),
        S('the National Directorate of Security', 'military'),
        S('government estimates', 'official', form='document'),
        S('Residents', 'witness'),
        S('The U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('about three hours', 'duration'),
        N('at least 30 shops', 'count-objects'),
        N('35', 'age'),
        N('three hospitals', 'count-objects'),
        N('500-km', 'distance'),
        N('310-mile', 'distance'),
        N('about 790,000', 'population'),
    ])

# wd03: an army clearance operation, kidnapped bus passengers and mortar fire in Qarabagh, Ghazni
# (state media, Bakhtar News Agency voice: "terrorists", "martyred", a denied report; en-dash dateline)
A['wd03.txt'] = dict(
    casualty=[
        C('killed 36 Taliban terrorists', 'killed', 36, 'exact', 'fighters', id='k36'),
        C('a number of Pakistani nationals', 'killed', None, 'vague', 'people', sub='k36'),
        C('wounded 14 others', 'injured', 14, 'exact', 'fighters'),
        C('4 national army soldiers were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('6 others injured', 'injured', 6, 'exact', 'soldiers'),
        C('kidnapped 17 passengers', 'detained', 17, 'exact', 'people', id='kid'),
        C('5 of whom were government employees', 'detained', 5, 'exact', 'other', sub='kid'),
        C('11 of the kidnapped passengers', 'detained', 11, 'exact', 'people', sub='kid'),
        C('martyring 3 civilians', 'killed', 3, 'exact', 'civilians'),
        C('injuring 8 others', 'injured', 8, 'exact', 'civilians', id='inj'),
        C('4 children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('12 civilians had been killed', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('killed 40 soldiers', 'killed', 40, 'exact', 'soldiers', tags='contradicted'),
        C('captured 9 others', 'detained', 9, 'exact', 'soldiers', tags='contradicted'),
        C('arrested 7 suspects', 'detained', 7, 'exact', 'people'),
        C('nearly 350 families displaced', 'displaced', 350, 'at-most', 'people'),
        C('24 civilians', 'killed', 24, 'exact', 'civilians'),
        C('19 security personnel were martyred', 'killed', 19, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Ministry of Defence', 'military'),
        S('the statement', 'military', form='document'),
        S('the statement', 'military', nth=1, form='document'),
        S('the ministry', 'military'),
        S('Qarabagh district governor Haji Abdul Hakim Faizi', 'official', form='title-name'),
        S('The district governor', 'official', form='role'),
        S('the provincial police command', 'official'),
        S('The Ministry of Defence', 'military'),
        S('some media outlets', 'media'),
        S('The Taliban group', 'military'),
        S('the ministry', 'military', nth=1),
        S("the provincial governor's spokesman, Aref Stanikzai", 'official', form='title-name'),
        S('Ghazni governor Mohammad Nasir Rahimi', 'official', form='title-name'),
        S('the Ministry of Interior', 'official'),
    ],
    numbers=[
        N('23 September', 'date'),
        N('21 September', 'date'),
        N('3 enemy hideouts', 'count-objects'),
        N('2 vehicles', 'count-objects'),
        N('11 motorcycles', 'count-objects'),
        N('22 mines and roadside bombs', 'count-objects'),
        N('5,000 Afghanis', 'money'),
        N('the past 24 hours', 'duration'),
        N('18 attacks', 'count-objects'),
        N('10 provinces', 'count-objects'),
    ])

# wd04: killings, abductions on the road and displacement in the Taliban offensive on Jaghori, Ghazni
# (NGO statement with a list of demands and notes to editors, British spelling, curly quotes)
A['wd04.txt'] = dict(
    casualty=[
        C('At least 27 civilians have been killed', 'killed', 27, 'at-least', 'civilians', id='tot'),
        C('more than 40 wounded', 'injured', 40, 'at-least', 'civilians'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('my two sons', 'killed', 2, 'exact', 'men'),
        C('Twenty-three passengers', 'detained', 23, 'exact', 'people', id='ab'),
        C('two teachers', 'detained', 2, 'exact', 'other', sub='ab'),
        C('At least nine of them remain missing', 'missing', 9, 'at-least', 'people', sub='ab'),
        C('46 wounded patients', 'injured', 46, 'exact', 'people', id='h'),
        C('15 of them children', 'injured', 15, 'exact', 'children', sub='h'),
        C('Two of the patients later died', 'killed', 2, 'exact', 'people', sub='h'),
        C('some 3,000 families have fled', 'displaced', 3000, 'approx', 'people'),
        C('killed more than 100 Taliban fighters', 'killed', 100, 'at-least', 'fighters'),
        C('at least 20 members of the security forces were killed', 'killed', 20, 'at-least', 'soldiers'),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('captured 31 government troops', 'detained', 31, 'exact', 'soldiers'),
        C('the nine', 'missing', 9, 'exact', 'people', tags='repeat'),
        C('some 3,000 displaced families', 'displaced', 3000, 'approx', 'people', tags='repeat'),
    ],
    sources=[
        S('the Afghanistan Civilian Rights Monitor (ACRM)', 'ngo'),
        S('38 survivors and witnesses', 'witness'),
        S('a 52-year-old woman', 'witness', form='role'),
        S('ACRM', 'ngo', nth=2),
        S('its director', 'official', form='role'),
        S('Local elders', 'other'),
        S('The Afghan government', 'official'),
        S('Government officials', 'official'),
        S('A provincial government spokesman', 'official', form='role'),
        S('The Taliban', 'military'),
        S('The UN Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('Nargis Hamidi', 'ngo', form='name'),
    ],
    numbers=[
        N('19 November 2018', 'date'),
        N('nine days ago', 'duration'),
        N('38 survivors and witnesses', 'count-people'),
        N('52-year-old', 'age'),
        N('between 11 and 16 November', 'date'),
        N('the first five days', 'duration'),
        N('12 November', 'date'),
        N('14 days', 'duration'),
        N('2009', 'year'),
        N('18 provinces', 'count-objects'),
        N('three health facilities', 'count-objects'),
    ])

# wd05: fighting, displacement by site, detentions and a damaged clinic in Urgun district, Paktika
# (UN OCHA flash update: highlights, situation overview, sections by sector, funding)
A['wd05.txt'] = dict(
    casualty=[
        C('At least 11 civilians killed', 'killed', 11, 'at-least', 'civilians'),
        C('26 injured', 'injured', 26, 'exact', 'civilians'),
        C('An estimated 14,700 people displaced', 'displaced', 14700, 'approx', 'people'),
        C('two health workers injured', 'injured', 2, 'exact', 'other'),
        C('the civilian death toll stands at 11', 'killed', 11, 'exact', 'civilians', id='t2', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='t2'),
        C('two women', 'killed', 2, 'exact', 'women', sub='t2'),
        C('26 civilians have been injured', 'injured', 26, 'exact', 'civilians', id='i2', tags='repeat'),
        C('9 of them children', 'injured', 9, 'exact', 'children', sub='i2'),
        C('as many as 18 civilians may have been killed', 'killed', 18, 'at-most', 'civilians',
          tags='contradicted'),
        C('an estimated 14,700 people have been displaced', 'displaced', 14700, 'approx', 'people', id='d',
          tags='repeat'),
        C('8,200 children', 'displaced', 8200, 'exact', 'children', sub='d'),
        C('1,050 families', 'displaced', 1050, 'exact', 'people', sub='d'),
        C('620 families', 'displaced', 620, 'exact', 'people', sub='d'),
        C('430 families', 'displaced', 430, 'exact', 'people', sub='d'),
        C('at least 35 men have been detained', 'detained', 35, 'at-least', 'men', id='det'),
        C('12 of them', 'detained', 12, 'exact', 'men', sub='det'),
        C('Six civilians', 'missing', 6, 'exact', 'civilians'),
        C('a further 10–15 people are unaccounted for', 'missing', None, 'range', 'people', low=10, high=15),
        C('injured three children', 'injured', 3, 'exact', 'children'),
        C('injuring two health workers', 'injured', 2, 'exact', 'other', tags='repeat'),
        C('41 wounded patients', 'injured', 41, 'exact', 'people', id='h'),
        C('13 members of the ANDSF', 'injured', 13, 'exact', 'soldiers', sub='h'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('community elders', 'other'),
        S('the provincial Department of Refugees and Repatriation (DoRR)', 'official'),
        S('humanitarian partners', 'ngo'),
        S('Protection partners', 'ngo'),
        S('Community representatives', 'other'),
        S('Mine action partners', 'ngo'),
        S('WHO', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('14 July 2020', 'date'),
        N('8 July', 'date'),
        N('US$1.4 million', 'money'),
        N('20,000 people', 'count-people'),
        N('three months', 'duration'),
        N('8 July', 'date', nth=1),
        N('the past six days', 'duration'),
        N('10 July', 'date'),
        N('12 July', 'date'),
        N('9 July', 'date'),
        N('8 July', 'date', nth=2),
        N('fewer than 10 days', 'duration'),
        N('900 families', 'count-people'),
        N('650 families', 'count-people'),
        N('45,000 litres', 'quantity'),
        N('13 July', 'date'),
        N('US$500,000', 'money'),
        N('US$1.4 million', 'money', nth=1),
        N('three months', 'duration', nth=1),
        N('2020', 'year', nth=1),
        N('27 per cent', 'percentage'),
    ])

# wd06: a night raid by special forces on a village in Giyan district, Paktika (a broadcaster's website:
# headline and byline)
A['wd06.txt'] = dict(
    casualty=[
        C('at least 12 civilians', 'killed', 12, 'at-least', 'civilians', id='tot', tags='contradicted'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('18 militants were killed', 'killed', 18, 'exact', 'fighters', tags='contradicted'),
        C('lost two brothers', 'killed', 2, 'exact', 'men'),
        C('the bodies of nine people', 'killed', 9, 'exact', 'people'),
        C('four others wounded', 'injured', 4, 'exact', 'people'),
        C('eight civilians', 'killed', 8, 'exact', 'civilians', tags='contradicted'),
        C('five Taliban fighters had died', 'killed', 5, 'exact', 'fighters', tags='contradicted'),
        C('14 civilians had been "martyred"', 'killed', 14, 'exact', 'civilians', tags='contradicted'),
        C('seven others injured', 'injured', 7, 'exact', 'civilians', tags='contradicted'),
        C('402 civilians had been killed', 'killed', 402, 'exact', 'civilians'),
        C('killed scores of civilians', 'killed', None, 'vague', 'civilians'),
        C('several families had already left', 'displaced', None, 'vague', 'people'),
        C('three men detained', 'detained', 3, 'exact', 'men', id='det'),
        C('two of the detainees', 'detained', 2, 'exact', 'men', sub='det'),
    ],
    sources=[
        S('Residents of a remote village in Giyan district', 'witness'),
        S('The Afghan defence ministry', 'military'),
        S('a farmer, Gul Rahman', 'witness', form='name'),
        S('Another villager', 'witness'),
        S("The head of Paktika's provincial council, Haji Mir Akbar Zadran", 'official', form='title-name'),
        S('a spokesman for the governor', 'official', form='role'),
        S('The Taliban', 'military'),
        S('US Forces-Afghanistan', 'military'),
        S('The UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
        S('Unama', 'ngo', nth=1),
        S('Human rights groups', 'ngo'),
        S('Elders in the district', 'other'),
        S("Paktika's police chief", 'official', form='role'),
        S('Shamshad TV', 'media'),
    ],
    numbers=[
        N('about three hours', 'duration'),
        N('at least two helicopters', 'count-objects'),
        N('about 90km', 'distance'),
        N('one precision strike', 'count-objects'),
        N('the first six months', 'duration'),
        N('about 40,000 people', 'population'),
        N('more than five years', 'duration'),
    ])

# wd07: the fall of the Zerok district center, Paktika, to a Taliban assault (AP style, em-dash dateline)
A['wd07.txt'] = dict(
    casualty=[
        C('killed at least 22 members of the Afghan security forces', 'killed', 22, 'at-least', 'soldiers',
          id='tot'),
        C('five commandos', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('another 17 troops were wounded', 'injured', 17, 'exact', 'soldiers', id='w'),
        C('four of them', 'injured', 4, 'exact', 'soldiers', sub='w'),
        C('up to 10 were missing', 'missing', 10, 'at-most', 'soldiers'),
        C('13 police and soldiers were killed', 'killed', 13, 'exact', 'soldiers', tags='contradicted'),
        C('killed 45 "enemy forces"', 'killed', 45, 'exact', 'soldiers', tags='contradicted'),
        C('captured 28 more', 'detained', 28, 'exact', 'soldiers', tags='contradicted'),
        C('the bodies of 11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('three civilians', 'killed', 3, 'exact', 'civilians'),
        C('killing 30 insurgents', 'killed', 30, 'exact', 'fighters'),
        C('about 40 soldiers had died', 'killed', 40, 'approx', 'soldiers', tags='contradicted'),
        C('20-25 were taken prisoner', 'detained', None, 'range', 'soldiers', low=20, high=25, tags='contradicted'),
        C('hundreds of families to flee', 'displaced', None, 'vague', 'people'),
        C('the number of displaced at around 4,500 people', 'displaced', 4500, 'approx', 'people'),
        C('killed four people', 'killed', 4, 'exact', 'people'),
        C('1,282 civilians were killed', 'killed', 1282, 'exact', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('Mohammad Yaqub Sadiqi', 'official', form='name'),
        S('The Interior Ministry', 'official'),
        S('Taliban spokesman Mawlawi Hamdullah Haqyar', 'military', form='title-name'),
        S('Gul Mohammad', 'witness', form='name'),
        S('the Defense Ministry', 'military'),
        S('A senior Afghan military official', 'anonymous'),
        S('Abdul Rahim Hotak', 'official', form='name'),
        S('police', 'official', nth=1),
        S('The U.N. mission in Afghanistan', 'ngo'),
    ],
    numbers=[
        N('two-day', 'duration'),
        N('three Humvees', 'count-objects'),
        N('dozens of weapons', 'count-objects'),
        N('at least four times', 'other'),
        N('2015', 'year'),
        N('12-year-old', 'age'),
        N('February 2020', 'date'),
        N('about 2,500', 'count-people'),
        N('43%', 'percentage'),
    ])

# wd08: men killed and taken away after the Taliban captured Malistan, Ghazni, told by families who fled
# to Kabul (a newspaper's own correspondent: byline, an em-dash aside, curly quotes)
A['wd08.txt'] = dict(
    casualty=[
        C('27 other men', 'killed', 27, 'exact', 'men'),
        C('an estimated 1,800 families who fled', 'displaced', 1800, 'approx', 'people'),
        C('40 militiamen had been killed', 'killed', 40, 'exact', 'fighters'),
        C('60 others had been captured', 'detained', 60, 'exact', 'fighters'),
        C('at least 43 civilians had been killed', 'killed', 43, 'at-least', 'civilians', id='gov',
          tags='contradicted'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='gov'),
        C('more than 70” men had been taken away', 'detained', 70, 'at-least', 'men', id='det'),
        C('at least 15 were later found dead', 'killed', 15, 'at-least', 'men', sub='det'),
        C('25 to 30 were still missing', 'missing', None, 'range', 'men', low=25, high=30, sub='det'),
        C('51 people killed', 'killed', 51, 'exact', 'people', id='nm', tags='contradicted'),
        C('12 former members of the security forces', 'killed', 12, 'exact', 'soldiers', sub='nm'),
        C('at least 25 wounded people', 'injured', 25, 'at-least', 'people', id='w'),
        C('several of them children', 'injured', None, 'vague', 'children', sub='w'),
        C('four had died', 'killed', 4, 'exact', 'people', sub='w'),
        C('shoot dead a dozen men', 'killed', 12, 'exact', 'men'),
        C('almost 270,000 Afghans have been newly displaced', 'displaced', 270000, 'at-most', 'people'),
        C('thousands more have fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('relatives and local elders', 'witness'),
        S('The Taliban', 'military'),
        S('a Taliban spokesman', 'military'),
        S('Local officials', 'official'),
        S('Malistan’s former district governor, Sayed Anwar Hussaini', 'official', form='title-name'),
        S('The Hazara Documentation Project', 'ngo'),
        S('Hussain Mohseni', 'ngo', form='name'),
        S('Zahra', 'witness', form='name'),
        S('Doctors', 'anonymous'),
        S('A former soldier', 'anonymous'),
        S('The UN refugee agency', 'ngo'),
    ],
    numbers=[
        N('three days later', 'duration'),
        N('19', 'age'),
        N('11 relatives', 'count-people'),
        N('13-year-old', 'age'),
        N('200,000 afghanis', 'money'),
        N('34', 'age'),
        N('six weeks', 'duration'),
        N('two hours', 'duration'),
        N('80 per cent', 'percentage'),
        N('3,500 afghanis', 'money'),
        N('40 sheep', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
