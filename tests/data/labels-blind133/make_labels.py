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

# ---------------------------------------------------------------- labels (blind set 133: ps01-ps08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralise(d) / supreme sacrifice / buried / homicides',
     r'\bneutrali[sz]ed?\b|\bsupreme sacrifice\b|\bburied\b|\bhomicides\b'),
    ('taken / taken away / seize / rescued … kidnapped / abduction',
     r'\btaken\b|\bseize\b|\bkidnapped\b|\babduction\b|\babducting\b'),
    ('not back / vanished', r'\bnot back\b|\bvanished\b'),
    ('left / counted at a shelter', r'\bleft\b'),
    ('sustained injuries / gunshot wounds / critical / serious condition',
     r'\binjuries\b|\bwounds\b|\bcondition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen/vigilantes/bandits/gunmen/attackers/criminals',
     r'\b(?:militiamen|vigilantes|bandits|gunmen|attackers|criminals)\b'),
    ('guardsmen/peacekeepers', r'\b(?:guardsmen|peacekeepers)\b'),
    ('worshippers/congregation/families/suspects/collaborators/informants/persons',
     r'\b(?:worshippers|congregation|families|suspects|collaborators|informants|persons)\b'),
    ('teenagers/grandchildren', r'\b(?:teenagers|grandchildren)\b'),
    ('lime pickers/staff members/health workers', r'\b(?:pickers|staff members|health workers)\b'),
    ('young men', r'\byoung men\b'),
]

# ps01: two days of shelling around Ngungu, Masisi territory, North Kivu, DR Congo (Reuters style)
A['ps01.txt'] = dict(
    casualty=[
        C('killed at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('wounded over 40', 'injured', 40, 'at-least', 'civilians'),
        C('Eight of the dead were children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('46 wounded patients', 'injured', 46, 'exact', 'people', id='h46'),
        C('17 of them in serious condition', 'injured', 17, 'exact', 'people', sub='h46'),
        C('Three of the wounded died', 'killed', 3, 'exact', 'people', sub='h46'),
        C('killed around 30 Wazalendo militiamen', 'killed', 30, 'approx', 'fighters'),
        C('lost six fighters', 'killed', 6, 'exact', 'fighters'),
        C('killed 27 civilians', 'killed', 27, 'exact', 'civilians', tags='contradicted'),
        C('the number of civilians killed had risen to 23', 'killed', 23, 'exact', 'civilians', tags='update'),
        C('recovered four more bodies', 'killed', 4, 'exact', 'people'),
        C('dozens of people were still unaccounted for', 'missing', None, 'vague', 'people'),
        C('two of our children', 'missing', 2, 'exact', 'children'),
        C('an estimated 52,000 people had fled', 'displaced', 52000, 'approx', 'people', id='idp'),
        C('Some 9,000 of them', 'displaced', 9000, 'approx', 'people', sub='idp'),
        C('arrested a dozen people', 'detained', 12, 'exact', 'people'),
        C('two of its peacekeepers were lightly injured', 'injured', 2, 'exact', 'soldiers'),
        C('some 6.9 million internally displaced people', 'displaced', 6900000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S("the town's hospital", 'official'),
        S('Jean-Claude Bisimwa', 'official', form='name'),
        S('Dr. Esperance Kahindo', 'official', form='title-name'),
        S('The M23', 'military', nth=0),
        S('Its spokesman, Innocent Mugabo', 'military', form='title-name'),
        S('A Wazalendo commander', 'anonymous'),
        S("Congo's army", 'military'),
        S('Bisimwa', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Faustin Habimana', 'witness', form='name'),
        S('The U.N. humanitarian office OCHA', 'ngo'),
        S('Police in Goma', 'official'),
        S('The U.N. peacekeeping mission, MONUSCO', 'military'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('March 4', 'date'),
        N('two days', 'duration'),
        N('M23', 'other', nth=0),
        N('2-year-old', 'age'),
        N('one surgeon', 'count-people'),
        N('M23', 'other', nth=1),
        N('38', 'age'),
        N('three other children', 'count-people'),
        N('about 25 km', 'distance'),
        N('16 miles', 'distance'),
        N('M23', 'other', nth=2),
        N('January 2025', 'date'),
        N('1994', 'year'),
    ])

# ps02: gunmen attack a church service in Chikun, Kaduna state, Nigeria (a broadcaster's website,
# headline and byline, British spelling, curly quotes)
A['ps02.txt'] = dict(
    casualty=[
        C('kill 12', 'killed', 12, 'exact', 'people'),
        C('seize dozens', 'detained', None, 'vague', 'people'),
        C('killed at least 12 people', 'killed', 12, 'at-least', 'people', tags='repeat'),
        C('abducted dozens of worshippers', 'detained', None, 'vague', 'people', tags='repeat'),
        C('12 bodies had been recovered', 'killed', 12, 'exact', 'people', id='b12', tags='repeat'),
        C('three teenagers', 'killed', 3, 'exact', 'children', sub='b12'),
        C('38 worshippers had been taken', 'detained', 38, 'exact', 'people', id='t38'),
        C('seven others were being treated for gunshot wounds', 'injured', 7, 'exact', 'people'),
        C('61 members of the congregation were still missing', 'missing', 61, 'exact', 'people',
          tags='contradicted'),
        C('Sixty-one people are not back', 'missing', 61, 'exact', 'people', tags='repeat'),
        C('nine of the abducted worshippers', 'detained', 9, 'exact', 'people', sub='t38'),
        C('arrested two suspected informants', 'detained', 2, 'exact', 'people'),
        C('Hundreds of residents have since fled', 'displaced', None, 'vague', 'civilians'),
        C('killed nine villagers', 'killed', 9, 'exact', 'civilians'),
        C('Almost 650 people were abducted', 'detained', 650, 'at-most', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('residents', 'witness', nth=0),
        S('witnesses', 'witness'),
        S('Kaduna state’s commissioner for internal security, Haruna Bako', 'official', form='title-name'),
        S('a church elder', 'anonymous'),
        S('Police spokesman Ahmed Bello Yusuf', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Rebecca Yohanna', 'witness', form='name'),
        S('a local youth leader, Daniel Ishaya', 'other', form='title-name'),
        S('the Sahel Conflict Monitor', 'ngo'),
    ],
    numbers=[
        N('09:30', 'time'),
        N('100 million naira', 'money'),
        N('$65,000', 'money'),
        N('nine and 13', 'age'),
        N('41', 'age'),
        N('500 more forest guards', 'count-people'),
        N('the first six months', 'duration'),
    ])

# ps03: gunmen at a patron saint's festival in Yuriria, Guanajuato, Mexico (AP style)
A['ps03.txt'] = dict(
    casualty=[
        C('killing nine', 'killed', 9, 'exact', 'people', id='tot'),
        C('wounding at least 14', 'injured', 14, 'at-least', 'people', id='inj'),
        C('Two of the dead were teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('six of the wounded were in critical condition', 'injured', 6, 'exact', 'people', id='crit', sub='inj'),
        C('one of them', 'killed', 1, 'exact', 'people', sub='crit'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('Two guardsmen were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three others wounded', 'injured', 3, 'exact', 'soldiers'),
        C('killed four attackers', 'killed', 4, 'exact', 'fighters'),
        C('between 40 and 50 families had left', 'displaced', None, 'range', 'people', low=40, high=50),
        C('2,586 homicides', 'killed', 2586, 'exact', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S("the Guanajuato state prosecutor's office", 'official'),
        S('Yuriria Mayor Ana Lilia Torres', 'official', form='title-name'),
        S('a vendor', 'anonymous'),
        S('Witnesses', 'witness'),
        S('The Guanajuato state security department', 'official'),
        S('Prosecutors', 'official'),
        S('the federal Security Ministry', 'official'),
        S('Residents of La Purísima', 'witness'),
        S('Juana Ramírez', 'witness', form='name'),
        S('The Rev. Ricardo Álvarez', 'other', form='title-name'),
        S('preliminary government figures', 'official', form='document'),
    ],
    numbers=[
        N('ages 15 and 17', 'age'),
        N('22-year-old', 'age'),
        N('two pickup trucks', 'count-objects'),
        N('more than 100 rounds', 'count-objects'),
        N('five minutes', 'duration'),
        N('two rifles', 'count-objects'),
        N('63', 'age'),
        N('more than 150 years', 'duration'),
        N('several years', 'duration'),
        N('2024', 'year'),
        N('about 70,000', 'population'),
    ])

# ps04: a UN OCHA situation report on clashes around Kalengera, Rutshuru territory, North Kivu, DR Congo
A['ps04.txt'] = dict(
    casualty=[
        C('At least 31 civilians have been killed', 'killed', 31, 'at-least', 'civilians'),
        C('58 injured', 'injured', 58, 'exact', 'civilians'),
        C('An estimated 38,000 people have fled', 'displaced', 38000, 'approx', 'people'),
        C('the civilian death toll has risen to 31', 'killed', 31, 'exact', 'civilians', id='t31',
          tags='repeat update'),
        C('9 women', 'killed', 9, 'exact', 'women', sub='t31'),
        C('6 children', 'killed', 6, 'exact', 'children', sub='t31'),
        C('19', 'killed', 19, 'exact', 'civilians'),
        C('A further 58 people have been injured', 'injured', 58, 'exact', 'people', id='i58', tags='repeat'),
        C('22 of them', 'injured', 22, 'exact', 'people', sub='i58'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='h41'),
        C('12 of whom', 'injured', 12, 'exact', 'people', sub='h41'),
        C('3 health workers were injured', 'injured', 3, 'exact', 'other'),
        C('up to 15 people are missing', 'missing', 15, 'at-most', 'people'),
        C('the abduction of 23 civilians', 'detained', 23, 'exact', 'civilians', id='ab'),
        C('5 children', 'detained', 5, 'exact', 'children', sub='ab'),
        C('an estimated 38,000 people have fled', 'displaced', 38000, 'approx', 'people', id='dtm', tags='repeat'),
        C('the number of displaced people in Rutshuru territory to more than 610,000', 'displaced', 610000,
          'at-least', 'people', tags='update'),
        C('approximately 7,000', 'displaced', 7000, 'approx', 'people', sub='dtm'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local authorities', 'official'),
        S('The M23/AFC', 'military'),
        S('The Kalengera health centre', 'official'),
        S('The territorial administration', 'official'),
        S('Civil society organisations in Kalengera', 'other', form='collective'),
        S('Protection partners', 'ngo', form='collective'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Health partners', 'ngo', form='collective'),
        S('WFP', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 February 2025', 'date'),
        N('11 February', 'date', nth=0),
        N('M23', 'other', nth=0),
        N('11 February', 'date', nth=1),
        N('13 February', 'date'),
        N('M23', 'other', nth=1),
        N('15 February', 'date'),
        N('17 cases of sexual violence', 'count-objects'),
        N('four schools', 'count-objects'),
        N('64 suspected cholera cases', 'count-people'),
        N('14 February', 'date'),
        N('48 tonnes', 'quantity'),
        N('9,200 people', 'count-people'),
        N('16 February', 'date'),
        N('12,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('4 per cent', 'percentage'),
    ])

# ps05: a bandit raid on villages in Malumfashi, Katsina state, Nigeria (dpa style, one sentence a
# paragraph)
A['ps05.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('17 of the victims were vigilantes', 'killed', 17, 'exact', 'fighters', sub='tot'),
        C('Six women', 'killed', 6, 'exact', 'women', sub='tot'),
        C('buried 41 people', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('abducted 25 to 30 people', 'detained', None, 'range', 'people', low=25, high=30),
        C('the abduction of fewer than a dozen people', 'detained', 12, 'at-most', 'people', tags='contradicted'),
        C('At least 14 people with gunshot wounds', 'injured', 14, 'at-least', 'people', id='inj'),
        C('two of them died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('Hundreds of villagers have fled', 'displaced', None, 'vague', 'civilians'),
        C('five suspected bandits had been killed', 'killed', 5, 'exact', 'fighters'),
        C('Two soldiers were injured', 'injured', 2, 'exact', 'soldiers'),
        C('killed more than 2,600 people', 'killed', 2600, 'at-least', 'people'),
        C('about 1.2 million people', 'displaced', 1200000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Police spokesman Usman Garba', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Lawal Mamman', 'other', form='name'),
        S('Mamman', 'other', nth=1, form='name'),
        S('The police', 'official'),
        S('a doctor at the hospital', 'anonymous'),
        S('local officials', 'official'),
        S('The Katsina state government', 'official'),
        S('the statement', 'official', form='document'),
        S('The Kano-based rights group Northwest Watch', 'ngo'),
        S('The Nigerian government', 'official'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('9-year-old', 'age'),
        N('several hundred head of cattle', 'count-objects'),
        N('about 90 kilometres', 'distance'),
        N('January 2023', 'date'),
        N('June 2025', 'date'),
        N('roughly 10 million', 'population'),
    ])

# ps06: cartel drone war around Parácuaro, Michoacán, Mexico (a broadsheet's own correspondent, byline,
# British spelling, curly quotes)
A['ps06.txt'] = dict(
    casualty=[
        C('At least 16 people have been killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('four lime pickers', 'killed', 4, 'exact', 'other', sub='tot'),
        C('as many as 25 dead', 'killed', 25, 'at-most', 'people', tags='contradicted'),
        C('the toll had risen to 18', 'killed', 18, 'exact', 'people', tags='update'),
        C('two bodies were found', 'killed', 2, 'exact', 'people'),
        C('Hundreds of families have left', 'displaced', None, 'vague', 'people'),
        C('1,240 people', 'displaced', 1240, 'exact', 'people'),
        C('three grandchildren', 'displaced', 3, 'exact', 'children'),
        C('killed seven gunmen', 'killed', 7, 'exact', 'fighters'),
        C('arrested 12 others', 'detained', 12, 'exact', 'fighters'),
        C('Three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('38 people have vanished', 'missing', 38, 'exact', 'people', id='m38'),
        C('two young men', 'missing', 2, 'exact', 'men', sub='m38'),
        C('treated 27 people', 'injured', 27, 'exact', 'people', id='inj'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='inj'),
    ],
    sources=[
        S('the Michoacán attorney general’s office', 'official'),
        S('Local people', 'witness', form='collective'),
        S('a lime grower', 'witness', form='role'),
        S('the state security secretariat', 'official'),
        S('Growers', 'witness', form='collective'),
        S('the state’s civil protection office', 'official'),
        S('Rosalba Méndez', 'witness', form='name'),
        S('The defence ministry', 'military'),
        S('the ministry', 'military'),
        S('the search collective Madres Buscadoras de Tierra Caliente', 'other'),
        S('a doctor', 'anonymous'),
        S('Father Jesús Ocampo', 'other', form='title-name'),
    ],
    numbers=[
        N('about 33,000 people', 'population'),
        N('2 May', 'date'),
        N('70-year-old', 'age'),
        N('8pm', 'time'),
        N('6am', 'time'),
        N('2 pesos', 'money'),
        N('about 18 pesos', 'money'),
        N('52', 'age'),
        N('1,400 troops and National Guard members', 'count-people'),
        N('30 kilometres', 'distance'),
        N('fourteen', 'count-objects'),
    ])

# ps07: an aid group's press statement on the shelling of a displacement site in Kilolirwe, Masisi
# territory, North Kivu, DR Congo (headline, en-dash dateline, notes to editors)
A['ps07.txt'] = dict(
    casualty=[
        C('73 wounded people', 'injured', 73, 'exact', 'people', id='inj'),
        C('Eleven of the wounded died', 'killed', 11, 'exact', 'people', sub='inj'),
        C('29 were children', 'injured', 29, 'exact', 'children', sub='inj'),
        C('24 were women', 'injured', 24, 'exact', 'women', sub='inj'),
        C('10 to 15 wounded', 'injured', None, 'range', 'people', low=10, high=15),
        C('some 18,000 displaced people', 'displaced', 18000, 'approx', 'people'),
        C('at least 26 people were killed', 'killed', 26, 'at-least', 'people', id='t26'),
        C('14 children', 'killed', 14, 'exact', 'children', sub='t26'),
        C('taken away four young men', 'detained', 4, 'exact', 'men'),
        C('19 civilians had been killed', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('an estimated 9,500 people have left the site', 'displaced', 9500, 'approx', 'people'),
        C('Two LMR staff members were injured', 'injured', 2, 'exact', 'other'),
        C('one of our community health workers', 'missing', 1, 'exact', 'other'),
        C('nearly 1.9 million people have been displaced', 'displaced', 1900000, 'at-most', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Patrice Mulumba', 'ngo', form='title-name'),
        S('Local authorities in Masisi', 'official'),
        S('Residents of the site', 'witness'),
        S('The M23/AFC', 'military'),
        S('The army', 'military'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Marie Delcourt', 'ngo', form='name'),
        S('The UN humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('9 October 2025', 'date'),
        N('48 hours', 'duration'),
        N('7 October', 'date'),
        N('five', 'age'),
        N('38 operations', 'count-objects'),
        N('two operating theatres', 'count-objects'),
        N('two years', 'duration'),
        N('dozens of shelters', 'count-objects'),
        N('several families', 'count-people'),
        N('M23', 'other'),
        N('about 30 km', 'distance'),
        N('34', 'age'),
        N('more than 2,100 people', 'count-people'),
        N('2008', 'year'),
        N('6 mobile clinics', 'count-objects'),
    ])

# ps08: troops kill bandits and free hostages in Dutsin-Ma, Katsina state, Nigeria (state media, NAN style)
A['ps08.txt'] = dict(
    casualty=[
        C('neutralise 14 bandits', 'killed', 14, 'exact', 'fighters'),
        C('rescue 27 kidnapped victims', 'detained', 27, 'exact', 'people'),
        C('neutralised 14 bandits', 'killed', 14, 'exact', 'fighters', tags='repeat'),
        C('rescued 27 kidnapped victims', 'detained', 27, 'exact', 'people', tags='repeat'),
        C('neutralised 14 of the criminals', 'killed', 14, 'exact', 'fighters', tags='repeat'),
        C('all 27 kidnapped victims', 'detained', 27, 'exact', 'people', id='r27', tags='repeat'),
        C('11 women', 'detained', 11, 'exact', 'women', sub='r27'),
        C('16 children', 'detained', 16, 'exact', 'children', sub='r27'),
        C('two of our soldiers paid the supreme sacrifice', 'killed', 2, 'exact', 'soldiers'),
        C('three others sustained injuries', 'injured', 3, 'exact', 'soldiers'),
        C('killed nine residents', 'killed', 9, 'exact', 'civilians'),
        C('injured 13 others', 'injured', 13, 'exact', 'civilians'),
        C('thousands of residents had fled', 'displaced', None, 'vague', 'civilians'),
        C('4,512 displaced persons', 'displaced', 4512, 'exact', 'people'),
        C('arrested five suspected collaborators', 'detained', 5, 'exact', 'people'),
        C('12 villagers were still missing', 'missing', 12, 'exact', 'civilians'),
        C('abducting upwards of 40 villagers', 'detained', 40, 'at-least', 'civilians'),
    ],
    sources=[
        S('The Nigerian Army', 'military'),
        S('the spokesman of 17 Brigade, Lt.-Col. Musa Danjuma', 'military', form='title-name'),
        S('Danjuma', 'military', nth=1, form='name'),
        S('The Katsina State Commissioner for Internal Security and Home Affairs, Alhaji Bello Kankara',
          'official', form='title-name'),
        S('The Executive Secretary of the State Emergency Management Agency (SEMA), Hajiya Zainab Musa',
          'official', form='title-name'),
        S('the Katsina State Police Command', 'official'),
        S('Its spokesman, DSP Ibrahim Sani', 'official', form='title-name'),
        S('A community leader in Dutsin-Ma, Malam Sani Idris', 'other', form='title-name'),
        S('NAN', 'media', nth=3),
    ],
    numbers=[
        N('Sept. 14, 2025', 'date'),
        N('17 Brigade', 'other'),
        N('six AK-47 rifles', 'count-objects'),
        N('320 rounds of 7.62mm ammunition', 'count-objects'),
        N('nine motorcycles', 'count-objects'),
        N('N850,000', 'money'),
        N('Sept. 9', 'date'),
        N('five days', 'duration'),
        N('two camps', 'count-objects'),
        N('aged between 22 and 45', 'age'),
        N('about 169,000', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
