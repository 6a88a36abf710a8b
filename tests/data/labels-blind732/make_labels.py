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

# ---------------------------------------------------------------- labels (blind set 732: zyb01-zyb08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / martyred / succumbed / buried',
     r'\bneutrali[sz]ed\b|\bmartyred\b|\bsuccumbed\b|\bburied\b'),
    ('apprehended / captured / kidnapped / taken / abduction', r'\bapprehended\b|\bcaptured\b|\bkidnapped\b|'
     r'\btaken\b|\babduction\b'),
    ('sustained light injuries / driven … off their land', r'\binjuries\b|\bdriven\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('commanders/militiamen/attackers/Khawarij', r'\b(?:commanders|militiamen|attackers|Khawarij)\b'),
    ('herders/households/families/suspects/patients', r'\b(?:herders|households|families|suspects|patients)\b'),
    ('boys/sons/brothers/baby/young men', r'\b(?:boys|sons|brothers|baby|young men)\b'),
    ('employees/colleagues/health workers', r'\b(?:employees|colleagues|health workers)\b'),
]

# zyb01: car bomb and assault on an army base in Burhakaba, Bay (Reuters style, American spelling,
# straight quotes, Reuters dateline and sign-off)
A['zyb01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('13 soldiers', 'killed', 13, 'exact', 'soldiers', sub='tot'),
        C('Another 27 people were wounded', 'injured', 27, 'exact', 'people', id='inj'),
        C('six children', 'injured', 6, 'exact', 'children', sub='inj'),
        C('killed 41 "apostate soldiers"', 'killed', 41, 'exact', 'soldiers', tags='contradicted'),
        C('nine soldiers', 'killed', 9, 'exact', 'soldiers', tags='contradicted'),
        C('more than 30 terrorists" had died', 'killed', 30, 'at-least', 'fighters'),
        C('11 bodies', 'killed', 11, 'exact', 'people', id='b11'),
        C('Two were boys', 'killed', 2, 'exact', 'children', sub='b11'),
        C('18 of the wounded', 'injured', 18, 'exact', 'people', id='h18', sub='inj'),
        C('three of them succumbed', 'killed', 3, 'exact', 'people', sub='h18'),
        C('the death toll to 22', 'killed', 22, 'exact', 'people', tags='update'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('up to 10 more people had been detained', 'detained', 10, 'at-most', 'people'),
        C('Hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('some 2,100 people', 'displaced', 2100, 'approx', 'people'),
        C('14 wounded soldiers', 'injured', 14, 'exact', 'soldiers'),
        C('more than 340 deaths', 'killed', 340, 'at-least', 'people'),
    ],
    sources=[
        S('a regional official', 'anonymous'),
        S("Bay's deputy governor, Abdirahman Isaq Mursal", 'official', form='title-name'),
        S('Al Shabaab', 'military', nth=1),
        S('the pro-Shabaab Calamada website', 'media'),
        S("Somalia's information ministry", 'official'),
        S('A resident, Hawa Ibrahim Aden', 'witness', form='name'),
        S('Aden', 'witness', nth=1, form='name'),
        S('Dr. Mohamed Nur Hassan', 'official', form='title-name'),
        S('Police in Baidoa', 'official'),
        S('A police officer', 'anonymous'),
        S('the Norwegian Refugee Council', 'ngo'),
        S('The African Union Support and Stabilization Mission in Somalia (AUSSOM)', 'military'),
        S('The Armed Conflict Location & Event Data Project', 'ngo'),
    ],
    numbers=[
        N('about 15 houses', 'count-objects'),
        N('two armored vehicles', 'count-objects'),
        N('about three hours', 'duration'),
        N('60th Division', 'other'),
        N('34', 'age'),
        N('about 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('roughly 40,000 people', 'population'),
        N('2007', 'year'),
        N('2023', 'year'),
        N('two regions', 'count-objects'),
        N('six months', 'duration'),
    ])

# zyb02: an army operation at Kuunyo Barrow, Lower Shabelle (state news agency SONNA, British spelling,
# straight quotes, digits, "Khawarij", "neutralised", "martyred")
A['zyb02.txt'] = dict(
    casualty=[
        C('neutralised 47 Khawarij terrorists', 'killed', 47, 'exact', 'fighters', id='kh'),
        C('4 senior commanders', 'killed', 4, 'exact', 'fighters', sub='kh'),
        C('13 terrorists were wounded', 'injured', 13, 'exact', 'fighters'),
        C('6 others were captured alive', 'detained', 6, 'exact', 'fighters'),
        C('9 suspects were apprehended', 'detained', 9, 'exact', 'people'),
        C('3 national army soldiers were martyred', 'killed', 3, 'exact', 'soldiers'),
        C('8 others sustained light injuries', 'injured', 8, 'exact', 'soldiers'),
        C('A handful of civilians were hurt', 'injured', None, 'vague', 'civilians'),
        C('30 soldiers had been killed', 'killed', 30, 'exact', 'soldiers', tags='contradicted'),
        C('more than 12,000 residents who had fled', 'displaced', 12000, 'at-least', 'civilians'),
        C('killed 5 civilians', 'killed', 5, 'exact', 'civilians'),
        C('kidnapped 11 young men', 'detained', 11, 'exact', 'men'),
        C('26 civilians wounded', 'injured', 26, 'exact', 'civilians', id='w26'),
        C('2 of whom later died', 'killed', 2, 'exact', 'civilians', sub='w26'),
    ],
    sources=[
        S('the Ministry of Defence', 'military'),
        S('the Ministry', 'military', nth=1),
        S('Deputy Minister of Defence Abdullahi Ali Warsame', 'military', form='title-name'),
        S('the Deputy Minister', 'military', form='role'),
        S('The Ministry', 'military'),
        S('Khawarij media outlets', 'media'),
        S('Lower Shabelle Governor Mohamed Ibrahim Barre', 'official', form='title-name'),
        S('The Governor', 'official', form='role'),
        S('The Ministry of Health', 'official'),
        S('the National Intelligence and Security Agency (NISA)', 'official'),
    ],
    numbers=[
        N('17 October 2025', 'date'),
        N('5:30 am', 'time'),
        N('12th Brigade', 'other'),
        N('21st Division', 'other'),
        N('2 PKM machine guns', 'count-objects'),
        N('17 AK-47 rifles', 'count-objects'),
        N('2019', 'year'),
        N('70-year-old', 'age'),
        N('2022', 'year'),
        N('over 900 fighters', 'count-people'),
    ])

# zyb03: a UN OCHA-style flash update on conflict and drought displacement in Berdale district, Bay
# (title, highlights as bullets, sections, digits, "per cent", a telephone number)
A['zyb03.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians'),
        C('An estimated 18,500 people have been displaced', 'displaced', 18500, 'approx', 'people'),
        C('23 civilians have been killed', 'killed', 23, 'exact', 'civilians', id='c23', tags='repeat'),
        C('7 children', 'killed', 7, 'exact', 'children', sub='c23'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='c23'),
        C('41 others injured', 'injured', 41, 'exact', 'civilians', id='inj'),
        C('12 of them critically', 'injured', 12, 'exact', 'civilians', sub='inj'),
        C('between 5 and 10 people were abducted', 'detained', None, 'range', 'people', low=5, high=10),
        C('killed 9 Al-Shabaab fighters', 'killed', 9, 'exact', 'fighters'),
        C('2 herders were also killed', 'killed', 2, 'exact', 'civilians'),
        C('several injured', 'injured', None, 'vague', 'civilians'),
        C('an estimated 18,500 people', 'displaced', 18500, 'approx', 'people', id='d', tags='repeat'),
        C('3,083 households', 'displaced', 3083, 'exact', 'people'),
        C('around 11,200 people', 'displaced', 11200, 'approx', 'people', sub='d'),
        C('approximately 5,600', 'displaced', 5600, 'approx', 'people', sub='d'),
        C('the remaining 1,700', 'displaced', 1700, 'exact', 'people', sub='d'),
        C('some 3.5 million internally displaced people', 'displaced', 3500000, 'approx', 'people', id='som'),
        C('more than 1 million of them', 'displaced', 1000000, 'at-least', 'people', sub='som'),
        C('37 war-wounded patients', 'injured', 37, 'exact', 'people', id='w'),
        C('5 of whom died', 'killed', 5, 'exact', 'people', sub='w'),
        C('abduction of 6 men', 'detained', 6, 'exact', 'men'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Berdale district commissioner', 'official', form='role'),
        S('Local authorities', 'official'),
        S('the SNA', 'military'),
        S('Community elders', 'other'),
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('herders', 'witness', nth=1),
        S('Partners', 'ngo'),
        S('Protection partners', 'ngo'),
        S('Women and girls in the Baidoa sites', 'witness'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('9 March 2025', 'date'),
        N('2 March', 'date', nth=0),
        N('4 health facilities', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$1.42 billion', 'money', nth=0),
        N('9 per cent', 'percentage', nth=0),
        N('2 March', 'date', nth=1),
        N('about 25 km', 'distance'),
        N('4 March', 'date'),
        N('6 March', 'date'),
        N('2 March', 'date', nth=2),
        N('14 displacement sites', 'count-objects'),
        N('Nearly 70 per cent', 'percentage'),
        N('2021', 'year'),
        N('62 per cent', 'percentage'),
        N('up to 40 per cent', 'percentage'),
        N('2 March', 'date', nth=3),
        N('212 suspected cases', 'count-objects'),
        N('6 of the 14 sites', 'count-objects'),
        N('5 March', 'date'),
        N('at least 15 children', 'count-people'),
        N('9,800 people', 'count-people'),
        N('$70', 'money'),
        N('$2 million', 'money'),
        N('2025', 'year', nth=2),
        N('US$1.42 billion', 'money', nth=1),
        N('4.6 million people', 'count-people'),
        N('9 per cent', 'percentage', nth=1),
        N('+252 61 555 7204', 'other'),
    ])

# zyb04: an NGO statement on an attack on a health centre in Lafoole, Lower Shabelle (headline, en-dash
# dateline, first person plural, list of demands, notes to editors, British spelling, curly quotes)
A['zyb04.txt'] = dict(
    casualty=[
        C('Three of our health workers were killed', 'killed', 3, 'exact', 'other'),
        C('two others abducted', 'detained', 2, 'exact', 'other'),
        C('Nine patients were injured', 'injured', 9, 'exact', 'people', id='inj'),
        C('four of them pregnant women', 'injured', 4, 'exact', 'women', sub='inj'),
        C('one newborn baby remains unaccounted for', 'missing', 1, 'exact', 'children'),
        C('two colleagues have been taken', 'detained', 2, 'exact', 'other', tags='repeat'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
        C('two of them have since died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the number of people killed in the attack to five', 'killed', 5, 'exact', 'people', tags='update'),
        C('11 health workers were killed', 'killed', 11, 'exact', 'other'),
        C('23 injured', 'injured', 23, 'exact', 'other'),
        C('forced an estimated 4,200 people from their homes', 'displaced', 4200, 'approx', 'people'),
        C('two abducted colleagues', 'detained', 2, 'exact', 'other', tags='repeat'),
        C('the killing of the three health workers', 'killed', 3, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Faduma Abdi Warsame', 'ngo', form='title-name'),
        S('Local authorities in Afgooye district', 'official'),
        S('the district health officer, Abdullahi Hassan Nur', 'official', form='title-name'),
        S('The World Health Organization (WHO)', 'ngo'),
        S('the Protection and Return Monitoring Network (PRMN)', 'ngo'),
    ],
    numbers=[
        N('22 July 2025', 'date'),
        N('numbering around 20', 'count-people'),
        N('four motorcycles', 'count-objects'),
        N('about 11:15 pm', 'time'),
        N('26-year-old', 'age'),
        N('2019', 'year'),
        N('around 1,400 consultations', 'count-objects'),
        N('an estimated 35,000 people', 'population'),
        N('about 30 kilometres', 'distance'),
        N('17 attacks', 'count-objects'),
        N('scores of children', 'count-people'),
        N('2011', 'year'),
        N('22 health facilities', 'count-objects'),
        N('+254 722 000 481', 'other'),
    ])

# zyb05: clan clashes over a borehole near Yurkud, Gedo (AFP style, one sentence a paragraph, en-dash
# dateline, British spelling, curly quotes)
A['zyb05.txt'] = dict(
    casualty=[
        C('At least 28 people have been killed', 'killed', 28, 'at-least', 'people', id='tot'),
        C('17 of the dead were militiamen', 'killed', 17, 'exact', 'fighters', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('buried 19 people', 'killed', 19, 'exact', 'people'),
        C('more than 40 people had been wounded', 'injured', 40, 'at-least', 'people'),
        C('23 wounded', 'injured', 23, 'exact', 'people', id='h'),
        C('six or seven of them', 'injured', None, 'range', 'people', low=6, high=7, sub='h'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='h'),
        C('the toll much higher, at 35', 'killed', 35, 'exact', 'people', tags='contradicted'),
        C('Twenty-one of our men are dead', 'killed', 21, 'exact', 'men'),
        C('four of our boys', 'missing', 4, 'exact', 'children'),
        C('detained 14 militiamen', 'detained', 14, 'exact', 'fighters'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('about 3,500 people had been displaced', 'displaced', 3500, 'approx', 'people'),
        C('some 74,000', 'displaced', 74000, 'approx', 'people'),
        C('killed more than 200 people', 'killed', 200, 'at-least', 'people'),
        C('killed three soldiers', 'killed', 3, 'exact', 'soldiers'),
    ],
    sources=[
        S('elders', 'other'),
        S('local officials', 'official'),
        S('residents', 'witness'),
        S('Ahmed Dahir Ali', 'official', form='name'),
        S('Ali', 'official', nth=1, form='name'),
        S('A doctor at the regional hospital in Garbaharey', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('A traditional elder, Suldaan Mohamed Abdi Gure', 'other', form='name'),
        S('Gure', 'other', nth=1, form='name'),
        S('The Gedo regional administration', 'official'),
        S('residents', 'witness', nth=1),
        S('Halima Hussein', 'witness', form='name'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('Somalia’s interior ministry', 'official'),
        S('the Gedo Peace and Human Rights Network', 'ngo'),
        S('a military officer', 'anonymous'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('one of only three', 'count-objects'),
        N('four failed rainy seasons', 'duration'),
        N('12-year-old', 'age'),
        N('two sides', 'other'),
        N('38-year-old', 'age'),
        N('mother of six', 'count-people'),
        N('2022', 'year'),
    ])

# zyb06: al-Shabab storms the district headquarters of Qansax Dheere, Bay; a US airstrike disputed by
# residents (AP style, em-dash dateline, American spelling, straight quotes, contributor line)
A['zyb06.txt'] = dict(
    casualty=[
        C('at least 11 other people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('six soldiers', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('four police officers', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('At least 16 people were wounded', 'injured', 16, 'at-least', 'people'),
        C('abducted 8-10 district employees', 'detained', None, 'range', 'other', low=8, high=10),
        C('killed 27 "apostate" troops', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('killed "more than 40" of the attackers', 'killed', 40, 'at-least', 'fighters'),
        C('fewer than 10 soldiers died', 'killed', 10, 'at-most', 'soldiers'),
        C('killed 13 al-Shabab fighters', 'killed', 13, 'exact', 'fighters'),
        C('killing five of them', 'killed', 5, 'exact', 'civilians', id='h5', tags='contradicted'),
        C('two teenage brothers', 'killed', 2, 'exact', 'children', sub='h5'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('roughly 6,000 people', 'displaced', 6000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Police Capt. Hassan Abdi Farah', 'official', form='title-name'),
        S('Farah', 'official', nth=1, form='name'),
        S('Al-Shabab', 'military', nth=1),
        S('its Andalus radio station', 'media'),
        S("The group's military spokesman, Abdirahman Abu Yusuf", 'military', form='title-name'),
        S("Somalia's army", 'military'),
        S('Col. Ahmed Mohamed Dhiblawe', 'military', form='title-name'),
        S('The U.S. Africa Command', 'military'),
        S('The command', 'military'),
        S('Residents', 'witness'),
        S('Abdullahi Moalim Hussein', 'witness', form='name'),
        S('the U.N. humanitarian agency', 'ngo'),
    ],
    numbers=[
        N('around 4:30 a.m.', 'time'),
        N('dozens of fighters', 'count-people'),
        N('60th Division', 'other'),
        N('about 10 kilometers', 'distance'),
        N('6 miles', 'distance'),
        N('about 55 kilometers', 'distance'),
        N('34 miles', 'distance'),
        N('several times', 'other'),
        N('2017', 'year'),
        N('two days', 'duration'),
        N('more than 15 years', 'duration'),
        N('2022', 'year'),
        N('dozens of towns', 'count-objects'),
        N('several of them', 'count-objects'),
        N('2024', 'year'),
    ])

# zyb07: civilians said to have been killed by AU troops after an ambush near Ugunji, Lower Shabelle
# (a broadcaster's website: headline, byline, date line, British spelling, curly quotes)
A['zyb07.txt'] = dict(
    casualty=[
        C('At least seven civilians', 'killed', 7, 'at-least', 'civilians'),
        C('a number of terrorists” were killed', 'killed', None, 'vague', 'fighters'),
        C('four of its soldiers were wounded', 'injured', 4, 'exact', 'soldiers', id='s4'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='s4'),
        C('two teenage sons', 'killed', 2, 'exact', 'children'),
        C('buried eight people', 'killed', 8, 'exact', 'people'),
        C('Three more are still missing', 'missing', 3, 'exact', 'people'),
        C('11 people had been killed', 'killed', 11, 'exact', 'people', id='mp', tags='contradicted'),
        C('two women', 'killed', 2, 'exact', 'women', sub='mp'),
        C('at least nine wounded', 'injured', 9, 'at-least', 'people'),
        C('more than 20” al-Shabab fighters had been killed', 'killed', 20, 'at-least', 'fighters'),
        C('5 suspects had been detained', 'detained', 5, 'exact', 'people'),
        C('killed 16 “crusader” soldiers', 'killed', 16, 'exact', 'soldiers', tags='contradicted'),
        C('at least 31 civilian deaths', 'killed', 31, 'at-least', 'civilians', id='cp'),
        C('14 of them', 'killed', 14, 'exact', 'civilians', sub='cp'),
        C('driven hundreds of farming families off their land', 'displaced', None, 'vague', 'people'),
        C('as many as 9,000 people have fled', 'displaced', 9000, 'at-most', 'people'),
    ],
    sources=[
        S('Elders', 'other'),
        S('elders', 'other'),
        S('residents', 'witness'),
        S('The African Union Support and Stabilisation Mission in Somalia (AUSSOM)', 'military'),
        S('The mission', 'military'),
        S('A mission spokesperson', 'military', form='role'),
        S('residents of Ugunji', 'witness'),
        S('Nuur Abdulle Mohamed', 'witness', form='name'),
        S('Local MP Abdirashid Hassan Ibrahim', 'official', form='title-name'),
        S('The Lower Shabelle administration', 'official'),
        S('Al-Shabab’s Radio Andalus', 'media'),
        S('the mission', 'military'),
        S('The Mogadishu-based Centre for Civilian Protection in Somalia', 'ngo'),
        S('The UN’s humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('14 November 2025', 'date'),
        N('15-year-old', 'age'),
        N('about 09:40', 'time'),
        N('about 10km', 'distance'),
        N('a dozen of our cows', 'count-objects'),
        N('187-9', 'vote'),
        N('2025', 'year', nth=1),
        N('about 11,000 troops', 'count-people'),
        N('five countries', 'count-objects'),
    ])

# zyb08: a correspondent in besieged Faafax Dhuun, Gedo (headline, "From our correspondent" line, first
# person, present-tense "says", em dashes, curly quotes, British spelling)
A['zyb08.txt'] = dict(
    casualty=[
        C('31 people have been killed', 'killed', 31, 'exact', 'people', id='l31'),
        C('9 of them children', 'killed', 9, 'exact', 'children', sub='l31'),
        C('almost 60 wounded', 'injured', 60, 'at-most', 'people'),
        C('a further 6 people', 'missing', 6, 'exact', 'people'),
        C('killed upwards of 60 of them', 'killed', 60, 'at-least', 'fighters', tags='contradicted'),
        C('14 of his men have died', 'killed', 14, 'exact', 'soldiers', tags='contradicted'),
        C('22 have been wounded', 'injured', 22, 'exact', 'soldiers'),
        C('killed “at least 45” of the attackers', 'killed', 45, 'at-least', 'fighters'),
        C('12 wounded patients', 'injured', 12, 'exact', 'people', id='p12'),
        C('Four are children', 'injured', 4, 'exact', 'children', sub='p12'),
        C('three patients died', 'killed', 3, 'exact', 'people'),
        C('Thousands have already left', 'displaced', None, 'vague', 'people'),
        C('some 13,400 people have fled', 'displaced', 13400, 'approx', 'people'),
        C('the six', 'missing', 6, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the ledger', 'official', form='document'),
        S('Ibrahim', 'official', nth=1, form='name'),
        S('Al-Shabaab', 'military'),
        S('a pro-Shabaab website', 'media'),
        S('the group', 'military'),
        S('The army’s 27th Brigade', 'military'),
        S('Its commander, Col. Abdinasir Ali Gedi', 'military', form='title-name'),
        S('The nurse, Sahra Mohamud', 'official', form='name'),
        S('Bishar Osman', 'witness', form='name'),
        S('The World Food Programme', 'ngo'),
        S('UNICEF', 'ngo'),
        S('the UN refugee agency’s Protection and Return Monitoring Network', 'ngo'),
        S('Fartun Abdi', 'witness', form='name'),
    ],
    numbers=[
        N('40 days', 'duration'),
        N('few hundred soldiers', 'count-people'),
        N('27th Brigade', 'other'),
        N('50-kg', 'quantity'),
        N('$95', 'money'),
        N('$30', 'money'),
        N('an estimated 48,000 people', 'count-people'),
        N('IPC Phase 4', 'other'),
        N('340 severely malnourished children', 'count-people'),
        N('up to four days', 'duration'),
        N('52', 'age'),
        N('two mortar rounds', 'count-objects'),
        N('7:15 pm', 'time'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
