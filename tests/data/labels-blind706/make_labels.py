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

# ---------------------------------------------------------------- labels (blind set 706: zzb01-zzb08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('killed in action / massacred / shot', r'\bin action\b|\bmassacred\b|\bshot\b'),
    ('sustained injuries / injuries / wounds', r'\binjuries\b|\bwounds\b'),
    ('captured / taken prisoner / taken away / kidnapped / held', r'\bcaptured\b|\bprisoner\b|\btaken away\b|'
     r'\bkidnapped\b|\bheld\b'),
    ('arrived / come ashore / sought refuge / refugees / to flee',
     r'\barrived\b|\bashore\b|\brefuge\b|\brefugees\b|\bflee\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('Rohingya/Bengalis/informers/suspects/monks', r'\b(?:Rohingya|Bengalis|informers|suspects|monks)\b'),
    ('police members/members/ward administrators/staff/fishermen',
     r'\b(?:members|administrators|staff|fishermen)\b'),
    ('pupils/infants/brothers/armed men/households/patients',
     r'\b(?:pupils|infants|brothers|armed men|households|patients)\b'),
]

# zzb01: an air strike on the market of Taungbazar, Buthidaung township, Rakhine (Reuters style)
A['zzb01.txt'] = dict(
    casualty=[
        C('killing at least 31 people', 'killed', 31, 'at-least', 'people', id='tot'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('Around 45 people were wounded', 'injured', 45, 'approx', 'people', id='inj'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('eight of the wounded', 'injured', 8, 'exact', 'people', sub='inj'),
        C('36 civilians had been killed', 'killed', 36, 'exact', 'civilians', tags='contradicted'),
        C('killed more than 40 fighters', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('the death toll had risen to 38', 'killed', 38, 'exact', 'people', id='upd', tags='update'),
        C('the bodies of five more people', 'killed', 5, 'exact', 'people'),
        C('Among the dead were three monks', 'killed', 3, 'exact', 'people', sub='upd'),
        C('14 people remained unaccounted for', 'missing', 14, 'exact', 'people'),
        C('up to 2,000 residents had fled', 'displaced', 2000, 'at-most', 'civilians'),
        C('at least nine of the dead were Rohingya', 'killed', 9, 'at-least', 'people', sub='upd'),
        C('detained a handful of Rohingya men', 'detained', None, 'vague', 'men', tags='contradicted'),
        C('arrested two informers', 'detained', 2, 'exact', 'people'),
        C('more than 180 civilian deaths', 'killed', 180, 'at-least', 'civilians'),
        C('forced an estimated 600,000 people from their homes', 'displaced', 600000, 'approx', 'people'),
        C('More than 1 million Rohingya', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('a local administrator', 'anonymous'),
        S('a rescue worker', 'anonymous'),
        S('U Maung Hla', 'official', form='name'),
        S('Ko Thein Naing', 'witness', form='name'),
        S('The Arakan Army', 'military'),
        S("A spokesman for Myanmar's ruling military council, Major General Kyaw Zin Htet", 'military',
          form='title-name'),
        S('residents', 'witness', nth=0),
        S('the AA-appointed township administrator, Daw Khin Saw Mya', 'official', form='title-name'),
        S('Rohingya residents of the town', 'witness'),
        S('A Rohingya trader', 'anonymous'),
        S('The AA', 'military'),
        S('Its spokesman Khaing Min Thar', 'military', form='title-name'),
        S('The United Nations human rights office', 'ngo'),
        S('the U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('9:15 a.m.', 'time'),
        N('34-year-old', 'age'),
        N('2024', 'year', nth=0),
        N('about 25 km', 'distance'),
        N('16 miles', 'distance'),
        N('May 2024', 'date'),
        N('70-year-old', 'age'),
        N('three months', 'duration'),
        N('November 2023', 'date'),
        N('2017', 'year'),
    ])

# zzb02: a raid on the Rohingya village of Kyaukpandu, Maungdaw township (AFP style, one sentence a
# paragraph, British spelling, curly quotes, en-dash dateline)
A['zzb02.txt'] = dict(
    casualty=[
        C('At least 23 Rohingya villagers were killed', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('Fifteen others were wounded', 'injured', 15, 'exact', 'civilians'),
        C('about 40 people are still missing', 'missing', 40, 'approx', 'people'),
        C('the bodies of seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('killed 17 of its fighters', 'killed', 17, 'exact', 'fighters', tags='contradicted'),
        C('two AA soldiers had died', 'killed', 2, 'exact', 'soldiers'),
        C('captured 11 armed men', 'detained', 11, 'exact', 'men'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('Hundreds of people have fled', 'displaced', None, 'vague', 'people'),
        C('around 90 Rohingya fleeing', 'displaced', 90, 'approx', 'people'),
        C('26 wounded people', 'injured', 26, 'exact', 'people', id='w26'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='w26'),
        C('Two of them died', 'killed', 2, 'exact', 'people', sub='w26'),
        C('the number of dead from the raid to 25', 'killed', 25, 'exact', 'civilians', tags='update'),
        C('some 8,000 Rohingya had arrived', 'displaced', 8000, 'approx', 'people'),
        C('about 1.2 million Rohingya refugees', 'displaced', 1200000, 'approx', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('abducted roughly 500 Rohingya men', 'detained', 500, 'approx', 'men'),
    ],
    sources=[
        S('Rohingya community leaders', 'other'),
        S('Mohammad Rafique', 'other', form='name'),
        S('Rafique', 'other', nth=1, form='name'),
        S('Survivors', 'witness'),
        S('The Arakan Army', 'military'),
        S('the group', 'military', nth=0),
        S('The statement', 'military', form='document'),
        S('Rohingya activists in Cox’s Bazar', 'other'),
        S('survivors', 'witness'),
        S('Border Guard Bangladesh (BGB)', 'military'),
        S('A BGB commander in Teknaf, Lieutenant Colonel Ashiqur Rahman', 'military', form='title-name'),
        S('a doctor at the hospital', 'anonymous'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('UN investigators', 'ngo'),
        S('Bangladesh’s refugee relief and repatriation commissioner, Shahidul Islam', 'official',
          form='title-name'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('the Arakan Rights Forum', 'ngo'),
    ],
    numbers=[
        N('60-year-old', 'age'),
        N('2023', 'year', nth=0),
        N('three boats', 'count-objects'),
        N('2017', 'year'),
        N('November 2023', 'date'),
    ])

# zzb03: an AA attack on the police station of Yanbye, Kyaukphyu District (state media, digits,
# straight quotes, em-dash dateline)
A['zzb03.txt'] = dict(
    casualty=[
        C('27 AA terrorists were killed', 'killed', 27, 'exact', 'fighters'),
        C('about 15 others injured', 'injured', 15, 'approx', 'fighters'),
        C('Three police members were killed in action', 'killed', 3, 'exact', 'soldiers'),
        C('6 others sustained injuries', 'injured', 6, 'exact', 'soldiers'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people', id='arr'),
        C('4 women', 'detained', 4, 'exact', 'women', sub='arr'),
        C('killing 5 local residents', 'killed', 5, 'exact', 'civilians'),
        C('injuring 12 others', 'injured', 12, 'exact', 'civilians', id='i12'),
        C('3 of the injured residents', 'injured', 3, 'exact', 'civilians', sub='i12'),
        C('nearly 400 residents who fled', 'displaced', 400, 'at-most', 'civilians'),
        C('3 ward administrators had been abducted', 'detained', 3, 'exact', 'other'),
        C('killed over 30 fishermen', 'killed', 30, 'at-least', 'other', tags='contradicted'),
        C('killed 64 civilians', 'killed', 64, 'exact', 'civilians'),
        C('injured more than 120', 'injured', 120, 'at-least', 'civilians'),
        C('more than 3,000 people have been displaced', 'displaced', 3000, 'at-least', 'people'),
    ],
    sources=[
        S('the Office of the Commander-in-Chief (Army) True News Information Team', 'military'),
        S('the team', 'military', nth=0),
        S('the team', 'military', nth=1),
        S('the statement', 'military', nth=0, form='document'),
        S('Ward administrator U Tun Tun Oo', 'official', form='title-name'),
        S('U Tun Tun Oo', 'official', nth=1, form='name'),
        S('The Tatmadaw True News Information Team', 'military'),
        S('an exile media outlet', 'media'),
        S('the team', 'military', nth=2),
        S('The Ministry of Home Affairs', 'official'),
        S('the statement', 'military', nth=1, form='document'),
    ],
    numbers=[
        N('18 January', 'date'),
        N('2.30 am', 'time'),
        N('16 January', 'date'),
        N('numbering over 200', 'count-people'),
        N('107mm', 'other'),
        N('9 rifles', 'count-objects'),
        N('1,450 rounds of ammunition', 'count-objects'),
        N('2 drones', 'count-objects'),
        N('9-year-old', 'age'),
        N('No. 1', 'other'),
        N('2 monasteries', 'count-objects'),
        N('three months', 'duration'),
        N('K 5 million', 'money'),
        N('043-21705', 'other'),
    ])

# zzb04: an NGO statement on an air strike on the clinic of Surkhua, Chin State (headline, en-dash
# dateline, first person plural, demands, notes to editors, British spelling, curly quotes)
A['zzb04.txt'] = dict(
    casualty=[
        C('At least 14 people were killed', 'killed', 14, 'at-least', 'people', id='tot'),
        C('four patients', 'killed', 4, 'exact', 'people', sub='tot'),
        C('five pupils', 'killed', 5, 'exact', 'children', sub='tot'),
        C('37 wounded people', 'injured', 37, 'exact', 'people', id='w'),
        C('16 of them children', 'injured', 16, 'exact', 'children', sub='w'),
        C('Eleven', 'injured', 11, 'exact', 'people', id='e11', sub='w'),
        C('two died on the way', 'killed', 2, 'exact', 'people', sub='e11'),
        C('Several of the wounded', 'injured', None, 'vague', 'people', sub='w'),
        C('at least three children', 'missing', 3, 'at-least', 'children'),
        C('Two other CMR staff were injured', 'injured', 2, 'exact', 'other'),
        C('19 people had died', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('five or six bodies', 'killed', None, 'range', 'people', low=5, high=6),
        C('killed about 25 terrorists', 'killed', 25, 'approx', 'fighters', tags='contradicted'),
        C('more than 400 people wounded', 'injured', 400, 'at-least', 'people'),
        C('An estimated 2,500 people have fled', 'displaced', 2500, 'approx', 'people'),
        C('some 3.5 million people are now displaced', 'displaced', 3500000, 'approx', 'people'),
    ],
    sources=[
        S('our staff on the ground', 'ngo', form='collective'),
        S('Dr Sui Lian Thang', 'ngo', nth=0, form='title-name'),
        S('The local administration in Surkhua', 'official'),
        S('Villagers', 'witness'),
        S('The military’s information team', 'military'),
        S('state television', 'media'),
        S('church leaders', 'other'),
        S('UNHCR, the UN refugee agency', 'ngo'),
        S('Dr Sui Lian Thang', 'ngo', nth=1, form='title-name'),
    ],
    numbers=[
        N('14 March 2025', 'date'),
        N('Two Myanmar military jets', 'count-objects'),
        N('more than six hours', 'duration'),
        N('28-year-old', 'age'),
        N('62 attacks on health care', 'count-objects'),
        N('2012', 'year'),
        N('9 clinics', 'count-objects'),
        N('2 mobile medical teams', 'count-objects'),
        N('+91 98620 11234', 'other'),
    ])

# zzb05: a UN OCHA-style flash update on shelling and arrivals at Ghumdhum, Naikhongchhari, Bangladesh
# (title, highlights, sections, bullets, digits, "per cent")
A['zzb05.txt'] = dict(
    casualty=[
        C('At least 7 people killed', 'killed', 7, 'at-least', 'people'),
        C('23 injured', 'injured', 23, 'exact', 'people'),
        C('An estimated 4,200 people', 'displaced', 4200, 'approx', 'people'),
        C('Around 1,100 Bangladeshi residents', 'displaced', 1100, 'approx', 'civilians'),
        C('killed 7 people', 'killed', 7, 'exact', 'people', id='k7', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='k7'),
        C('23 people injured', 'injured', 23, 'exact', 'people', id='i23', tags='repeat'),
        C('9', 'injured', 9, 'exact', 'people', nth=1, id='r9', sub='i23'),
        C('2 of the referred patients died', 'killed', 2, 'exact', 'people', sub='r9'),
        C('the death toll to 9', 'killed', 9, 'exact', 'people', tags='update'),
        C('68 members of the Myanmar Border Guard Police and army', 'detained', 68, 'exact', 'soldiers'),
        C('3 villagers', 'missing', 3, 'exact', 'civilians'),
        C('An estimated 4,200 people have arrived', 'displaced', 4200, 'approx', 'people', id='d42',
          tags='repeat'),
        C('about 1,600 of them children', 'displaced', 1600, 'approx', 'children', sub='d42'),
        C('1,900 people', 'displaced', 1900, 'exact', 'people', sub='d42'),
        C('1,500 people', 'displaced', 1500, 'exact', 'people', sub='d42'),
        C('800 people', 'displaced', 800, 'exact', 'people', sub='d42'),
        C('around 1,100 Bangladeshi residents', 'displaced', 1100, 'approx', 'civilians', tags='repeat'),
        C('approximately 260 households', 'displaced', 260, 'approx', 'people'),
        C('14 Rohingya men and boys were detained', 'detained', 14, 'exact', 'men'),
        C('41 patients with blast and gunshot injuries', 'injured', 41, 'exact', 'people'),
        C('more than 60 people with injuries', 'injured', 60, 'at-least', 'people', id='m60'),
        C('12 of whom', 'injured', 12, 'exact', 'people', sub='m60'),
    ],
    sources=[
        S('the Naikhongchhari Upazila administration', 'official'),
        S('Local health authorities', 'official'),
        S('Border Guard Bangladesh (BGB)', 'military'),
        S('Local sources', 'anonymous'),
        S('UNHCR', 'ngo'),
        S('IOM', 'ngo'),
        S('Protection partners', 'ngo', form='collective'),
        S('MSF', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('11 September 2025', 'date'),
        N('3 September', 'date', nth=0),
        N('US$6.5 million', 'money', nth=0),
        N('3 months', 'duration'),
        N('9 days', 'duration'),
        N('65-year-old', 'age'),
        N('10 September', 'date'),
        N('zero line', 'other', nth=0),
        N('6 September', 'date'),
        N('3 September', 'date', nth=1),
        N('3 sites', 'count-objects'),
        N('zero line', 'other', nth=1),
        N('2 km', 'distance'),
        N('4 cyclone shelters', 'count-objects'),
        N('at least 35 unaccompanied or separated children', 'count-people'),
        N('3 September', 'date', nth=2),
        N('US$6.5 million', 'money', nth=1),
        N('18 per cent', 'percentage'),
        N('+880 1713 040 552', 'other'),
    ])

# zzb06: Chin resistance fighters overrun the army base at Cikha (a broadcaster's website: headline and
# byline, American spelling, curly quotes)
A['zzb06.txt'] = dict(
    casualty=[
        C('killing dozens of soldiers', 'killed', None, 'vague', 'soldiers'),
        C('taking scores of others prisoner', 'detained', None, 'vague', 'soldiers'),
        C('killed at least 40 soldiers', 'killed', 40, 'at-least', 'soldiers'),
        C('captured 63', 'detained', 63, 'exact', 'soldiers'),
        C('eight of the alliance’s fighters had been killed', 'killed', 8, 'exact', 'fighters'),
        C('14 wounded', 'injured', 14, 'exact', 'fighters'),
        C('“fewer than 10 soldiers” had lost their lives', 'killed', 10, 'at-most', 'soldiers',
          tags='contradicted'),
        C('nine civilians were killed', 'killed', 9, 'exact', 'civilians', id='c9'),
        C('three children', 'killed', 3, 'exact', 'children', sub='c9'),
        C('at least 20 others were injured', 'injured', 20, 'at-least', 'civilians'),
        C('A number of residents are still missing', 'missing', None, 'vague', 'civilians'),
        C('47 Myanmar soldiers', 'detained', 47, 'exact', 'soldiers', id='s47'),
        C('six of them had gunshot wounds', 'injured', 6, 'exact', 'soldiers', sub='s47'),
        C('more than 5,000 people', 'displaced', 5000, 'at-least', 'people'),
        C('the number of refugees from Myanmar in the state to roughly 32,000', 'displaced', 32000, 'approx',
          'people', tags='update'),
        C('the deaths of 118 civilians', 'killed', 118, 'exact', 'civilians', id='d118'),
        C('27 of them children', 'killed', 27, 'exact', 'children', sub='d118'),
        C('35 people had been detained', 'detained', 35, 'exact', 'people'),
    ],
    sources=[
        S('Chin resistance fighters', 'military', nth=0),
        S('Chin resistance fighters', 'military', nth=1),
        S('A spokesman for the Chin Brotherhood alliance, Salai Htet Ni', 'military', form='title-name'),
        S('Its spokesman', 'military', form='role'),
        S('Residents', 'witness'),
        S('Cing Deih', 'witness', form='name'),
        S('Police in India’s Mizoram state', 'official'),
        S('A senior police officer in Champhai district', 'anonymous'),
        S('Mizoram’s home department', 'official'),
        S('The Chin Rights Monitor', 'ngo'),
    ],
    numbers=[
        N('12-day', 'duration', nth=0),
        N('12-day', 'duration', nth=1),
        N('one of the biggest setbacks', 'other'),
        N('Light Infantry Battalion 268', 'other'),
        N('two nearby villages', 'count-objects'),
        N('41', 'age'),
        N('two sons', 'count-people'),
        N('about 500,000 people', 'population'),
        N('one of the strongest centers', 'other'),
        N('February 2021', 'date'),
    ])

# zzb07: drones strike Rohingya waiting for boats on the beach near Alethankyaw (AP style, em-dash
# dateline, American spelling, straight quotes, contributor line)
A['zzb07.txt'] = dict(
    casualty=[
        C('killing more than 50 people', 'killed', 50, 'at-least', 'people'),
        C('70 to 80 bodies', 'killed', None, 'range', 'people', low=70, high=80),
        C('39 people with injuries', 'injured', 39, 'exact', 'people', id='w39'),
        C('11 women', 'injured', 11, 'exact', 'women', sub='w39'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='w39'),
        C('Four of them died of their wounds', 'killed', 4, 'exact', 'people', sub='w39'),
        C('massacred about 200 Bengalis', 'killed', 200, 'approx', 'people', tags='contradicted'),
        C('detained 27 Rohingya', 'detained', 27, 'exact', 'people', id='d27'),
        C('a dozen children', 'detained', 12, 'exact', 'children', sub='d27'),
        C('the bodies of six people', 'killed', 6, 'exact', 'people', id='b6'),
        C('two infants', 'killed', 2, 'exact', 'children', sub='b6'),
        C('at least 30 more people', 'missing', 30, 'at-least', 'people'),
        C('dozens of people had been killed', 'killed', None, 'vague', 'people'),
        C('forced about 70,000 Rohingya to flee', 'displaced', 70000, 'approx', 'people'),
        C('More than 740,000 Rohingya fled', 'displaced', 740000, 'at-least', 'people'),
    ],
    sources=[
        S('survivors', 'witness', nth=0),
        S('aid workers', 'ngo', form='collective'),
        S('Three survivors', 'witness', form='collective'),
        S('Mohammed Eleyas', 'witness', form='name'),
        S('Eleyas', 'witness', nth=1, form='name'),
        S('A second survivor, Shamsul Alam', 'witness', form='name'),
        S('Doctors Without Borders', 'ngo'),
        S('the group', 'ngo'),
        S('Rohingya activists', 'other'),
        S('a Rohingya armed group', 'military'),
        S('The AA', 'military'),
        S('The military', 'military'),
        S('state television', 'media'),
        S('A Bangladeshi police official in Teknaf', 'anonymous'),
        S('The U.N. human rights office', 'ngo'),
        S('Bangladeshi officials', 'official'),
        S('the United States', 'official'),
    ],
    numbers=[
        N('hundreds of Rohingya Muslims', 'count-people'),
        N('Three survivors', 'count-people'),
        N('4 p.m.', 'time'),
        N('One of them', 'count-people'),
        N('29', 'age'),
        N('2-year-old', 'age'),
        N("one of the country's most powerful", 'other'),
        N('two boats', 'count-objects'),
        N('thousands more', 'count-people'),
        N('2024', 'year'),
        N('2017', 'year'),
    ])

# zzb08: a newspaper's own correspondent in Nhilla, Teknaf, on the Naf (headline, "From our
# correspondent" line, first person, present-tense "says", em-dash aside, British spelling, curly quotes)
A['zzb08.txt'] = dict(
    casualty=[
        C('41 people fleeing', 'displaced', 41, 'exact', 'people', id='a41'),
        C('Nine of them were wounded', 'injured', 9, 'exact', 'people', id='n9', sub='a41'),
        C('two', 'injured', 2, 'exact', 'people', nth=0, sub='n9'),
        C('more than 3,000 people have come ashore', 'displaced', 3000, 'at-least', 'people'),
        C('the bodies of 17 people', 'killed', 17, 'exact', 'people', id='b17'),
        C('four children', 'killed', 4, 'exact', 'children', sub='b17'),
        C('two of her brothers were taken away', 'detained', 2, 'exact', 'men'),
        C('“between 150 and 200” wounded Rohingya', 'injured', None, 'range', 'people', low=150, high=200,
          id='rg'),
        C('Six have died', 'killed', 6, 'exact', 'people', sub='rg'),
        C('kidnapped at least 24 people', 'detained', 24, 'at-least', 'people', id='k24'),
        C('11 of them', 'detained', 11, 'exact', 'people', sub='k24'),
        C('seven suspects had been arrested', 'detained', 7, 'exact', 'people'),
        C('two men', 'injured', 2, 'exact', 'men', id='m2'),
        C('One died', 'killed', 1, 'exact', 'men', sub='m2'),
        C('nearly 1.2 million Rohingya', 'displaced', 1200000, 'at-most', 'people'),
        C('about 150,000 have arrived', 'displaced', 150000, 'approx', 'people'),
    ],
    sources=[
        S('Local officials', 'official'),
        S('Abdul Hakim', 'witness', form='name'),
        S('Rohingya arrivals in Nhilla', 'witness', form='collective'),
        S('A woman from Kyein Chaung', 'witness', form='role'),
        S('the duty doctor, Dr Nusrat Jahan', 'official', form='title-name'),
        S('Villagers', 'witness'),
        S('Police in Teknaf', 'official'),
        S('The Rohingya Solidarity Organisation', 'military'),
        S('the Arakan Rohingya Salvation Army', 'military'),
        S('the Arakan Army', 'military'),
        S('A fisherman, Nur Alam', 'witness', form='name'),
        S('The UN refugee agency', 'ngo'),
    ],
    numbers=[
        N('three of them', 'count-objects'),
        N('some 12 kilometres', 'distance'),
        N('six weeks', 'duration'),
        N('58', 'age'),
        N('one word', 'other'),
        N('up to Tk 500,000', 'money'),
        N('about £3,200', 'money'),
        N('“thousands” of camp residents', 'count-people'),
        N('35', 'age'),
        N('2023', 'year'),
        N('no one', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
