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

# ---------------------------------------------------------------- labels (blind set 668: uy01-uy08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('rose to martyrdom / martyred / martyrs / succumbed / lifted … bodies / the count … had reached',
     r'\bmartyr|\bsuccumbed\b|\blifted\b|\bcount\b'),
    ('rounded up / taken / held / in custody / the arrest of',
     r'\brounded up\b|\btook\b|\bheld\b|\bcustody\b|\barrest of\b'),
    ('left / moved / remain displaced', r'\bleft\b|\bmoved\b|\bremain displaced\b'),
    ('sustained injuries / hospital treatment / disappeared',
     r'\binjuries\b|\bhospital treatment\b|\bdisappeared\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('policemen/heroes of the Federal Police/members of the security forces/air force cadets',
     r'\b(?:policemen|heroes|members|cadets)\b'),
    ('shepherds/farmers/citizens', r'\b(?:shepherds|farmers|citizens)\b'),
    ('families/suspects/detainees/sons/teenage boys/young men/villagers',
     r'\b(?:families|suspects|detainees|sons|boys|young men|villagers)\b'),
]

# uy01: car bomb at the market of Amerli, a Shiite Turkmen town (AFP style, one sentence a paragraph,
# British spelling, curly quotes, en-dash dateline)
A['uy01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('Two policemen', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('More than 40 others were wounded', 'injured', 40, 'at-least', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('seven bodies', 'killed', 7, 'exact', 'people'),
        C('the death toll to 23', 'killed', 23, 'exact', 'people', id='upd', tags='update'),
        C('four of the wounded had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('28 of the injured', 'injured', 28, 'exact', 'people', id='w28', sub='inj'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w28'),
        C('17 of the dead', 'killed', 17, 'exact', 'people', sub='upd'),
        C('the toll at 26', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('detained “more than 30 young men”', 'detained', 30, 'at-least', 'men', tags='contradicted'),
        C('nearly 1,200 families', 'displaced', 1200, 'at-most', 'people'),
        C('killed 11 people', 'killed', 11, 'exact', 'people'),
    ],
    sources=[
        S('security and medical sources', 'anonymous'),
        S('a police officer', 'anonymous'),
        S('Doctor Haidar Jassim', 'official', form='title-name'),
        S('Local broadcaster Amerli TV', 'media'),
        S('Abbas Nouri', 'witness', form='name'),
        S('Nouri', 'witness', nth=1, form='name'),
        S('Salahuddin’s provincial health directorate', 'official'),
        S('A spokesman for the directorate, Ahmed Saleh', 'official', form='title-name'),
        S('Jassim', 'official', nth=1, form='name'),
        S('Iraq’s interior ministry', 'official'),
        S('A member of parliament for the province, Nermin Rasheed', 'official', form='title-name'),
        S('Iraqi security officials', 'official'),
        S('The Joint Operations Command', 'military'),
        S('A local Turkmen politician, Fawzi Akbar', 'other', form='title-name'),
        S('The International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('7:30 pm', 'time'),
        N('1630 GMT', 'time'),
        N('a dozen stalls', 'count-objects'),
        N('three cars', 'count-objects'),
        N('38-year-old', 'age'),
        N('his staff of 14 doctors', 'count-people'),
        N('some 170 kilometres', 'distance'),
        N('about 25,000 people', 'population'),
        N('nearly three months', 'duration'),
        N('2014', 'year'),
        N('2019', 'year'),
    ])

# uy02: Islamic State ambush on an army patrol and a roadside bomb on a PMF vehicle in the orchards of
# Aziz Balad (Reuters style, American spelling, straight quotes)
A['uy02.txt'] = dict(
    casualty=[
        C('killing six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('wounding eight others', 'injured', 8, 'exact', 'soldiers', id='w'),
        C('three of the wounded', 'injured', 3, 'exact', 'soldiers', sub='w'),
        C('killing two fighters', 'killed', 2, 'exact', 'fighters'),
        C('11 of its fighters had been wounded', 'injured', 11, 'exact', 'fighters'),
        C('killed several of the attackers', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('seven soldiers had now died', 'killed', 7, 'exact', 'soldiers', tags='update'),
        C('one of the wounded succumbed', 'killed', 1, 'exact', 'soldiers', sub='w'),
        C('abducted two shepherds', 'detained', 2, 'exact', 'other'),
        C('detained 27 people', 'detained', 27, 'exact', 'people', id='det'),
        C('four men', 'detained', 4, 'exact', 'men', sub='det'),
        C('as many as 40 men had been rounded up', 'detained', 40, 'at-most', 'men', tags='contradicted'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('killed four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('At least 31 members of the security forces', 'killed', 31, 'at-least', 'soldiers'),
        C('at least 19 civilians have been killed', 'killed', 19, 'at-least', 'civilians'),
    ],
    sources=[
        S('two security sources', 'anonymous'),
        S('the sources', 'anonymous'),
        S('a local police commander, Major Ali Hussein al-Jubouri', 'official', form='title-name'),
        S('the PMF', 'military'),
        S('The PMF', 'military'),
        S('the army spokesman, Brigadier General Qassem al-Mashhadani', 'military', form='title-name'),
        S('state television', 'media'),
        S('a health official in the district', 'anonymous'),
        S('Villagers', 'witness'),
        S('Karim Mahmoud', 'witness', form='name'),
        S('Mahmoud', 'witness', nth=1, form='name'),
        S('the Joint Operations Command', 'military'),
        S('A lawmaker from the area, Mashaan al-Obeidi', 'official', form='title-name'),
        S('residents', 'witness'),
        S('the Baghdad-based Iraq Conflict Monitor', 'ngo'),
        S('A United Nations report', 'ngo', form='document'),
    ],
    numbers=[
        N('two security sources', 'count-people'),
        N('numbering between 10 and 15', 'count-people'),
        N('11 p.m.', 'time'),
        N('the two incidents', 'count-objects'),
        N('two villages', 'count-objects'),
        N('2017', 'year'),
        N('between 400 and 600 fighters', 'count-people'),
        N('around 30,000 people', 'population'),
        N('some 90 km', 'distance'),
        N('56 miles', 'distance'),
    ])

# uy03: army, Federal Police and PMF operation against Islamic State hideouts in the Al-Mutasim
# sub-district, in the voice of the state news agency and the Security Media Cell ("heroes", "rose to
# martyrdom", "Daesh gangs", a denial of civilian deaths; en-dash dateline, digits throughout)
A['uy03.txt'] = dict(
    casualty=[
        C('the killing of 9 terrorists', 'killed', 9, 'exact', 'fighters', id='k9'),
        C('the arrest of 4 others', 'detained', 4, 'exact', 'fighters'),
        C('2 heroes of the Federal Police rose to martyrdom', 'killed', 2, 'exact', 'soldiers'),
        C('5 others sustained injuries', 'injured', 5, 'exact', 'soldiers'),
        C('a number of the terrorists', 'injured', None, 'vague', 'fighters'),
        C('Among the terrorists killed were 2 prominent leaders', 'killed', 2, 'exact', 'fighters', sub='k9'),
        C('the 4 arrested terrorists', 'detained', 4, 'exact', 'fighters', tags='repeat'),
        C('wounded 3 soldiers', 'injured', 3, 'exact', 'soldiers'),
        C('2 citizens were slightly injured', 'injured', 2, 'exact', 'civilians'),
        C('7 civilians', 'killed', 7, 'exact', 'civilians', id='c7', tags='contradicted'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='c7', tags='contradicted'),
        C('killed 63 terrorists', 'killed', 63, 'exact', 'fighters'),
        C('arrested 212 suspects', 'detained', 212, 'exact', 'people'),
        C('17 members of the security forces were martyred', 'killed', 17, 'exact', 'soldiers'),
        C('the 2 martyrs', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('310 families remain displaced', 'displaced', 310, 'exact', 'people'),
    ],
    sources=[
        S('The Security Media Cell', 'military'),
        S('The Cell', 'military'),
        S('the statement', 'military', form='document'),
        S('the Commander of Salahuddin Operations, Major General Jabbar Kadhim al-Shammari', 'military',
          form='title-name'),
        S('A security source in the sub-district', 'anonymous'),
        S('The Cell', 'military', nth=1),
        S('suspicious pages on social media', 'media'),
        S('The Cell', 'military', nth=2),
        S('the Governor of Salahuddin, Badr Mahmoud al-Ani', 'official', form='title-name'),
        S('the Director of the Displacement and Migration Department in Salahuddin, Khalid Hamad al-Dulaimi',
          'official', form='title-name'),
    ],
    numbers=[
        N('14 October', 'date'),
        N('04:00', 'time'),
        N('2 Army Aviation helicopters', 'count-objects'),
        N('3 hideouts', 'count-objects'),
        N('12 explosive devices', 'count-objects'),
        N('6 rifles', 'count-objects'),
        N('2 tunnels', 'count-objects'),
        N('Article 4', 'other'),
        N('4th Division', 'other'),
        N('15 km', 'distance'),
        N('5 million dinars', 'money'),
        N('140 families', 'count-people'),
        N('900 food baskets', 'count-objects'),
    ])

# uy04: detentions, disappearances and displacement in Sulaiman Bek after a mortar attack (NGO statement
# with a headline, a list of demands and notes to editors; British spelling, curly quotes)
A['uy04.txt'] = dict(
    casualty=[
        C('detained at least 46 men', 'detained', 46, 'at-least', 'men', id='det'),
        C('19 of them', 'missing', 19, 'exact', 'men', sub='det'),
        C('killed five civilians', 'killed', 5, 'exact', 'civilians', id='m'),
        C('three children', 'killed', 3, 'exact', 'children', sub='m'),
        C('Eleven people were injured', 'injured', 11, 'exact', 'people', id='i'),
        C('four of them children', 'injured', 4, 'exact', 'children', sub='i'),
        C('my two sons', 'detained', 2, 'exact', 'men'),
        C('the 46 men detained', 'detained', 46, 'exact', 'men', id='r46', tags='repeat'),
        C('27', 'detained', 27, 'exact', 'men', id='rel', sub='r46'),
        C('at least three required hospital treatment', 'injured', 3, 'at-least', 'men', sub='rel'),
        C('The bodies of two men', 'killed', 2, 'exact', 'men'),
        C('fewer than 15 people were currently held', 'detained', 15, 'at-most', 'people', tags='contradicted'),
        C('About 2,300 families fled', 'displaced', 2300, 'approx', 'people'),
        C('several hundred more were forced from their homes', 'displaced', None, 'vague', 'people'),
        C('An estimated 600 families are still displaced', 'displaced', 600, 'approx', 'people'),
        C('the 19 men still missing', 'missing', 19, 'exact', 'men', tags='repeat'),
        C('the five civilians', 'killed', 5, 'exact', 'civilians', tags='repeat'),
        C('the 600 families still displaced', 'displaced', 600, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the Al-Ahali Centre for Rights and Justice (ACRJ)', 'ngo'),
        S('relatives', 'witness', nth=1),
        S('Umm Mustafa', 'witness', form='name'),
        S('ACRJ', 'ngo', nth=2),
        S('Released detainees', 'witness'),
        S('a local official', 'anonymous', nth=1),
        S('The Salahuddin police command', 'official'),
        S('A commander of a Popular Mobilisation Forces brigade', 'anonymous'),
        S('local authorities', 'official'),
        S('ACRJ’s director, Rana al-Hashimi', 'ngo', form='title-name'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('14 December', 'date'),
        N('37 relatives of detainees, two lawyers', 'count-people'),
        N('2014', 'year'),
        N('9 February', 'date'),
        N('2014', 'year', nth=1),
        N('2020', 'year'),
        N('48 hours', 'duration'),
        N('14 December', 'date', nth=1),
        N('2016', 'year'),
        N('about 18,000 people', 'population'),
        N('12 January', 'date'),
        N('20 February 2025', 'date'),
    ])

# uy05: clashes, the missing, detentions at screening and displacement by site in Al-Zuwiya (UN OCHA-style
# flash update: highlights, situation overview, displacement by site, protection, health, shelter, funding)
A['uy05.txt'] = dict(
    casualty=[
        C('at least 14 people dead', 'killed', 14, 'at-least', 'people', id='h14'),
        C('5 civilians', 'killed', 5, 'exact', 'civilians', sub='h14'),
        C('22 people injured', 'injured', 22, 'exact', 'people'),
        C('An estimated 3,400 people displaced', 'displaced', 3400, 'approx', 'people'),
        C('14 people have been killed', 'killed', 14, 'exact', 'people', id='o14', tags='repeat'),
        C('6 members of the security forces', 'killed', 6, 'exact', 'soldiers', sub='o14'),
        C('3 ISIL fighters', 'killed', 3, 'exact', 'fighters', sub='o14'),
        C('5 civilians', 'killed', 5, 'exact', 'civilians', nth=1, id='c5', sub='o14', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='c5'),
        C('22 people were injured', 'injured', 22, 'exact', 'people', id='o22', tags='repeat'),
        C('8 of them civilians', 'injured', 8, 'exact', 'civilians', sub='o22'),
        C('17 ISIL fighters were killed', 'killed', 17, 'exact', 'fighters', tags='contradicted'),
        C('An estimated 3,400 people', 'displaced', 3400, 'approx', 'people', nth=1, id='d', tags='repeat'),
        C('1,240 people', 'displaced', 1240, 'exact', 'people', sub='d'),
        C('860 people', 'displaced', 860, 'exact', 'people', sub='d'),
        C('about 900 people', 'displaced', 900, 'approx', 'people', sub='d'),
        C('400 people', 'displaced', 400, 'exact', 'people', nth=2, sub='d'),
        C('Some 1,600 of the displaced are children', 'displaced', 1600, 'approx', 'children', sub='d'),
        C('120–150 families have moved', 'displaced', None, 'range', 'people', low=120, high=150),
        C('at least 31 men were detained', 'detained', 31, 'at-least', 'men', id='det'),
        C('19 of them', 'detained', 19, 'exact', 'men', sub='det'),
        C('9 people remain unaccounted for', 'missing', 9, 'exact', 'people', id='m9'),
        C('3 children', 'missing', 3, 'exact', 'children', sub='m9'),
        C('2 of them are in custody', 'detained', 2, 'exact', 'people', sub='m9'),
        C('7 of the injured', 'injured', 7, 'exact', 'people', sub='o22'),
    ],
    sources=[
        S('the Iraqi Security Forces (ISF)', 'military'),
        S('local authorities', 'official'),
        S('The ISF', 'military'),
        S('the Department of Migration and Displaced', 'official'),
        S('Displaced families', 'witness'),
        S('Protection partners', 'ngo'),
        S('Community leaders', 'other'),
        S('The ISF', 'military', nth=1),
        S('The Salahuddin Directorate of Health', 'official'),
        S('WFP', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('22 May 2025', 'date'),
        N('19–20 May', 'date'),
        N('6 villages', 'count-objects'),
        N('US$2.1 million', 'money'),
        N('30-day', 'duration'),
        N('19 May', 'date'),
        N('20 May', 'date', nth=1),
        N('22 May', 'date', nth=1),
        N('2 mobile medical teams', 'count-objects'),
        N('1 ambulance', 'count-objects'),
        N('480 tents', 'count-objects'),
        N('1,100 hygiene kits', 'count-objects'),
        N('4 villages', 'count-objects'),
        N('10 days', 'duration'),
        N('US$2.1 million', 'money', nth=1),
        N('5,000 people', 'count-people'),
        N('30 days', 'duration'),
        N('18 per cent', 'percentage'),
    ])

# uy06: gunmen attack a wedding convoy near the Turkmen village of Yankaja (a broadcaster's website:
# headline and byline instead of a dateline, British spelling, straight quotes)
A['uy06.txt'] = dict(
    casualty=[
        C('kill seven', 'killed', 7, 'exact', 'people'),
        C('killing seven people', 'killed', 7, 'exact', 'people', id='k', tags='repeat'),
        C('two teenage boys', 'killed', 2, 'exact', 'children', sub='k'),
        C('At least nine others were wounded', 'injured', 9, 'at-least', 'people', id='w'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='w'),
        C('five children', 'injured', 5, 'exact', 'children', sub='w'),
        C('Of the dead, four', 'killed', 4, 'exact', 'people', sub='k'),
        C('the toll had risen to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('killed two of the attackers', 'killed', 2, 'exact', 'fighters'),
        C('four suspects had been arrested', 'detained', 4, 'exact', 'people'),
        C('the number of dead at 10 or 11', 'killed', None, 'range', 'people', low=10, high=11, tags='contradicted'),
        C('abducted three Turkmen farmers', 'detained', 3, 'exact', 'civilians', id='ab'),
        C('the bodies of two of them', 'killed', 2, 'exact', 'civilians', sub='ab'),
        C('dozens of families left', 'displaced', None, 'vague', 'people'),
        C('the number of people who had left at about 200', 'displaced', 200, 'approx', 'people'),
        C('killed at least 40 villagers', 'killed', 40, 'at-least', 'civilians'),
        C('hundreds more fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('the head of the local council, Hassan Bayati', 'official', form='title-name'),
        S('A medic at the hospital', 'anonymous'),
        S('Survivors', 'witness'),
        S('a survivor', 'witness'),
        S('Mr Bayati', 'official', form='name'),
        S('the provincial health department', 'official'),
        S('The regional news site Salahuddin Now', 'media'),
        S('relatives', 'witness'),
        S("Iraq's Security Media Cell", 'military'),
        S("The Popular Mobilisation Forces' 16th Brigade", 'military'),
        S('Local police', 'official'),
        S('a Turkmen member of parliament, Jawad Qara', 'official', form='title-name'),
        S('residents', 'witness'),
        S('Residents', 'witness'),
        S('Mr Bayati', 'official', nth=1, form='name'),
        S('Turkmen community groups', 'other'),
    ],
    numbers=[
        N('two pick-up trucks', 'count-objects'),
        N('23:00', 'time'),
        N('20:00 GMT', 'time'),
        N('16th Brigade', 'other'),
        N('two families', 'count-people'),
        N('about 1,500 people', 'population'),
        N('2014', 'year'),
        N('10 days', 'duration'),
        N('2014', 'year', nth=1),
    ])

# uy07: militia guards fire on displaced protesters demanding to return to Al-Awja (AP style, em-dash
# dateline, American spelling, straight quotes)
A['uy07.txt'] = dict(
    casualty=[
        C('killing three people', 'killed', 3, 'exact', 'people', id='k'),
        C('wounding at least 17', 'injured', 17, 'at-least', 'people', id='w'),
        C('two of the dead', 'killed', 2, 'exact', 'people', sub='k'),
        C('four of the wounded', 'injured', 4, 'exact', 'people', sub='w'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', sub='w'),
        C('wounding five of its members', 'injured', 5, 'exact', 'fighters'),
        C('the three dead', 'killed', 3, 'exact', 'people', tags='repeat'),
        C('11 people had been arrested', 'detained', 11, 'exact', 'people', id='a'),
        C('two PMF fighters', 'detained', 2, 'exact', 'fighters', sub='a'),
        C('the death toll had risen to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('Around 1,800 families', 'displaced', 1800, 'approx', 'people'),
        C('roughly 9,000 people', 'displaced', 9000, 'approx', 'people'),
        C('up to nine residents had been detained', 'detained', 9, 'at-most', 'civilians', id='d9'),
        C('four of them are still missing', 'missing', 4, 'exact', 'civilians', sub='d9'),
        C('five or six people wounded', 'injured', None, 'range', 'people', low=5, high=6),
        C('put at two', 'injured', 2, 'exact', 'people', tags='contradicted'),
        C('killed about 1,700 air force cadets', 'killed', 1700, 'approx', 'soldiers'),
    ],
    sources=[
        S('Iraqi officials', 'official'),
        S('Witnesses', 'witness'),
        S('Ahmed Khalaf', 'witness', form='name'),
        S('A doctor at the main hospital in the provincial capital', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('The PMF brigade', 'military'),
        S('Provincial Gov. Mahmoud al-Azzawi', 'official', form='title-name'),
        S('the Health Ministry', 'official'),
        S('state-run Al-Iraqiya TV', 'media'),
        S('the Iraqi Return Monitor', 'ngo'),
        S('the group', 'ngo'),
        S('Sunni lawmaker Yasser al-Qaisi', 'official', form='title-name'),
        S('A PMF spokesman', 'military', form='role'),
        S('Khalaf', 'witness', nth=1, form='name'),
        S('the Interior Ministry', 'official'),
    ],
    numbers=[
        N('hundreds of protesters', 'count-people'),
        N('about 500', 'count-people'),
        N('2015', 'year'),
        N('29', 'age'),
        N('72 hours', 'duration'),
        N('16-year-old', 'age'),
        N('about 180 kilometers', 'distance'),
        N('110 miles', 'distance'),
        N('Some 240 families', 'count-people'),
        N('2021', 'year'),
        N('2003', 'year'),
        N('2014', 'year'),
        N('one of the worst', 'other'),
    ])

# uy08: a mass grave, the missing, a shepherds' killing, raids and families leaving in Mkeeshifa (a
# newspaper's own correspondent: byline, em-dash aside, curly quotes, British spelling)
A['uy08.txt'] = dict(
    casualty=[
        C('lifted 43 bodies', 'killed', 43, 'exact', 'people', id='g'),
        C('112 people', 'missing', 112, 'exact', 'people', id='m'),
        C('61 of them were members of the security forces', 'missing', 61, 'exact', 'soldiers', sub='m'),
        C('His two sons', 'missing', 2, 'exact', 'men'),
        C('nine of the 43', 'killed', 9, 'exact', 'people', sub='g'),
        C('killed four shepherds', 'killed', 4, 'exact', 'other'),
        C('22 men were detained', 'detained', 22, 'exact', 'men', id='d'),
        C('15 of whom', 'detained', 15, 'exact', 'men', sub='d'),
        C('the number at between 35 and 40', 'detained', None, 'range', 'men', low=35, high=40, tags='contradicted'),
        C('30 of them have left', 'displaced', 30, 'exact', 'people'),
        C('11 villagers have been killed', 'killed', 11, 'exact', 'civilians'),
        C('killed “more than 20” militants', 'killed', 20, 'at-least', 'fighters'),
        C('the count at the pit had reached 47', 'killed', 47, 'exact', 'people', id='u', tags='update'),
        C('at least five women', 'killed', 5, 'at-least', 'women', sub='u'),
        C('thousands of people disappeared', 'missing', None, 'vague', 'people'),
    ],
    sources=[
        S('the officer in charge', 'anonymous'),
        S('Local officials', 'official'),
        S('The provincial office of the Martyrs Foundation', 'official'),
        S('Hamid Salman', 'witness', form='name'),
        S('the Salahuddin health directorate', 'official'),
        S('the army', 'military'),
        S('An officer at the brigade headquarters', 'anonymous'),
        S('Residents', 'witness'),
        S('Umm Ali', 'witness', form='name'),
        S('the village mukhtar, Jassim Awad', 'official', form='title-name'),
        S('A spokesman for the Salahuddin Operations Command, Colonel Raad Hameed', 'military',
          form='title-name'),
        S('the officer', 'anonymous', nth=1),
        S('The Martyrs Foundation', 'official'),
        S('Human rights groups', 'ngo'),
    ],
    numbers=[
        N('12-member forensic team', 'count-people'),
        N('2014', 'year'),
        N('three times', 'other'),
        N('58', 'age'),
        N('Ten days', 'duration'),
        N('some 300 sheep', 'count-objects'),
        N('a boy of 14', 'age'),
        N('about 260 families', 'population'),
        N('two years', 'duration'),
        N('2 metres', 'distance'),
        N('more than 200 mass graves', 'count-objects'),
        N('2015', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
