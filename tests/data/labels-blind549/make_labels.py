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

# ---------------------------------------------------------------- labels (blind set 549: rd01-rd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / died heroically / destroying / killings / buried / could not save',
     r'\bshot dead\b|\bheroically\b|\bdestroying\b|\bkillings\b|\bburied\b|\bsave\b'),
    ('held / hostage / surrendered / taken', r'\bheld\b|\bholding\b|\bhostage\b|\bsurrendered\b|\btaken\b'),
    ('have not returned / not been seen / not been heard from / under the rubble',
     r'\bnot returned\b|\bnot been seen\b|\bheard from\b|\brubble\b'),
    ('evacuated / sheltering / staying with host families / yet to return',
     r'\bevacuated\b|\bsheltering\b|\bhost families\b|\byet to return\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/nationalists/members', r'\b(?:servicemen|nationalists|members)\b'),
    ('rescuers/deminers/staff members', r'\b(?:rescuers|deminers|staff)\b'),
    ('sons/grandsons/friends/patients/victims', r'\b(?:sons|grandsons|friends|patients|victims)\b'),
]

# rd01: bodies in the streets, a mass grave and a basement prison after the occupation of Bucha
# (AFP style, one sentence a paragraph)
A['rd01.txt'] = dict(
    casualty=[
        C('the bodies of at least 340 people', 'killed', 340, 'at-least', 'people', id='tot'),
        C('about 280 of them', 'killed', 280, 'approx', 'people', sub='tot'),
        C('20 bodies', 'killed', 20, 'exact', 'people', id='y'),
        C('one of them', 'killed', 1, 'exact', 'people', sub='y'),
        C('two sons were killed', 'killed', 2, 'exact', 'men'),
        C('the killing of 410 civilians', 'killed', 410, 'exact', 'civilians', id='reg'),
        C('22 children', 'killed', 22, 'exact', 'children', sub='reg'),
        C('at least 40 were women', 'killed', 40, 'at-least', 'women', sub='tot'),
        C('the toll to 362', 'killed', 362, 'exact', 'people', tags='update'),
        C('16 more bodies had been found', 'killed', 16, 'exact', 'people'),
        C('the number of dead at 419', 'killed', 419, 'exact', 'people', tags='contradicted'),
        C('more than 60 residents reported missing', 'missing', 60, 'at-least', 'civilians'),
        C('detained two men', 'detained', 2, 'exact', 'men'),
        C('Scores of residents', 'detained', None, 'vague', 'civilians', id='sc'),
        C('several of whom have not been seen since', 'missing', None, 'vague', 'civilians', sub='sc'),
        C('held up to 150 people', 'detained', 150, 'at-most', 'people', id='held'),
        C('five women', 'detained', 5, 'exact', 'women', sub='held'),
        C('at least seven of the men were shot dead', 'killed', 7, 'at-least', 'men', sub='held'),
        C('around 60 wounded civilians', 'injured', 60, 'approx', 'civilians', id='inj'),
        C('13 of whom later died', 'killed', 13, 'exact', 'civilians', sub='inj'),
        C('1,430 civilian deaths', 'killed', 1430, 'exact', 'civilians'),
        C('more than 30,000 fled', 'displaced', 30000, 'at-least', 'civilians'),
    ],
    sources=[
        S('Ukrainian authorities', 'official'),
        S('Mayor Oleh Marchuk', 'official', form='title-name'),
        S('Volodymyr Kravets', 'witness', form='name'),
        S('Ukraine’s Prosecutor General’s office', 'official'),
        S('the office', 'official'),
        S('the Kyiv regional military administration', 'official'),
        S('A local rights group, the Bucha Memory Initiative', 'ngo'),
        S('Russia’s defence ministry', 'military'),
        S('Kyiv regional police chief Serhiy Nalyvaiko', 'official', form='title-name'),
        S('Nalyvaiko', 'official', nth=1, form='name'),
        S('Volunteers', 'witness'),
        S('Iryna Tkachenko', 'witness', form='name'),
        S('Doctors at Bucha’s only hospital', 'official'),
        S('The UN human rights office', 'ngo'),
        S('the mayor', 'official', form='role'),
    ],
    numbers=[
        N('61', 'age'),
        N('5 March', 'date'),
        N('27 February', 'date'),
        N('three weeks', 'duration'),
        N('14', 'age'),
        N('45-year-old', 'age'),
        N('19 days', 'duration'),
        N('1 April', 'date'),
        N('37,000 residents', 'population'),
        N('some 3,700', 'count-people'),
        N('33-day', 'duration'),
    ])

# rd02: mortar fire on civilians fleeing across the wrecked bridge out of Irpin (Reuters style)
A['rd02.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('thousands of residents', 'displaced', None, 'vague', 'civilians'),
        C('at least three bodies', 'killed', 3, 'at-least', 'people'),
        C('the death toll from the shelling had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('23 people had been wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='w'),
        C('almost 2,000 people had been evacuated', 'displaced', 2000, 'at-most', 'people'),
        C('evacuated 4,500 people', 'displaced', 4500, 'exact', 'people'),
        C('two of its rescuers had been killed', 'killed', 2, 'exact', 'other'),
        C('killed more than 100 "nationalists"', 'killed', 100, 'at-least', 'fighters'),
        C('killing about 50 Russian soldiers', 'killed', 50, 'approx', 'soldiers'),
        C('74 wounded', 'injured', 74, 'exact', 'people', id='h'),
        C('17 of them children', 'injured', 17, 'exact', 'children', sub='h'),
        C('nine have died', 'killed', 9, 'exact', 'people', sub='h'),
        C('detained five men', 'detained', 5, 'exact', 'men'),
        C('at least 30 residents were unaccounted for', 'missing', 30, 'at-least', 'civilians'),
        C('at least 15 wounded people', 'injured', 15, 'at-least', 'people'),
        C('more than 1.5 million people had fled', 'displaced', 1500000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Oksana Lytvyn', 'witness', form='name'),
        S('Irpin Mayor Viktor Hnatiuk', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Ministry spokesman Lt. Gen. Pavel Surikov', 'military', form='title-name'),
        S('the state news agency RIA', 'media'),
        S("Ukraine's General Staff", 'military'),
        S('Dr. Natalia Koval', 'official', form='title-name'),
        S('A police official', 'anonymous'),
        S('Hnatiuk', 'official', nth=1, form='name'),
        S('Mykola Shevchenko', 'witness', form='name'),
        S('The U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('March 6', 'date'),
        N('Feb. 25', 'date'),
        N('38', 'age'),
        N('5-year-old', 'age'),
        N('as many as 20,000', 'count-people'),
        N('March 3', 'date'),
        N('24 hours', 'duration'),
        N('six tanks', 'count-objects'),
        N('Feb. 27', 'date'),
        N('10 days', 'duration'),
        N('Feb. 24', 'date'),
    ])

# rd03: the airfield at Hostomel ("Gostomel"), surrendered servicemen, a corridor and denied reports
# (state media: a Russian state agency relaying the Defense Ministry, en-dash dateline)
A['rd03.txt'] = dict(
    casualty=[
        C('destroying up to 60 militants', 'killed', 60, 'at-most', 'fighters'),
        C('wounding dozens more', 'injured', None, 'vague', 'fighters'),
        C('27 Ukrainian servicemen', 'detained', 27, 'exact', 'soldiers', id='sur'),
        C('6 of them were being treated for wounds', 'injured', 6, 'exact', 'soldiers', sub='sur'),
        C('412 servicemen have died heroically', 'killed', 412, 'exact', 'soldiers'),
        C('1,296 have been wounded', 'injured', 1296, 'exact', 'soldiers'),
        C('more than 5,800 Russian servicemen had been killed', 'killed', 5800, 'at-least', 'soldiers',
          tags='contradicted'),
        C('12 civilians had been killed', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('evacuated 316 residents', 'displaced', 316, 'exact', 'civilians', id='ev'),
        C('74 children', 'displaced', 74, 'exact', 'children', sub='ev'),
        C('holding about 200 civilians hostage', 'detained', 200, 'approx', 'civilians'),
        C('killing 4 civilians', 'killed', 4, 'exact', 'civilians'),
        C('injuring a number of others', 'injured', None, 'vague', 'civilians'),
        C('43 wounded residents', 'injured', 43, 'exact', 'civilians', id='w'),
        C('9 of them children', 'injured', 9, 'exact', 'children', sub='w'),
        C('holding 1,100 residents', 'detained', 1100, 'exact', 'civilians', tags='contradicted'),
        C('detained 3 members', 'detained', 3, 'exact', 'fighters'),
    ],
    sources=[
        S('Russian Defense Ministry spokesman Major General Viktor Ostapenko', 'military', form='title-name'),
        S('the general', 'military', form='role'),
        S('the Defense Ministry', 'military'),
        S('Ostapenko', 'military', nth=1, form='name'),
        S('the Defense Ministry', 'military', nth=1),
        S('The ministry', 'military'),
        S('the Ukrainian General Staff', 'military'),
        S('The ministry', 'military', nth=1),
        S('Ukrainian media', 'media'),
        S('the head of the National Defense Control Center, Colonel General Anatoly Kravtsov', 'military',
          form='title-name'),
        S('Kravtsov', 'military', nth=1, form='name'),
        S('the Defense Ministry', 'military', nth=2),
        S('Kravtsov', 'military', nth=2, form='name'),
        S('the Kiev regime', 'official'),
        S("the agency's correspondent", 'media'),
        S('a security source', 'anonymous'),
        S('the ministry', 'military'),
        S('Ostapenko', 'military', nth=2, form='name'),
    ],
    numbers=[
        N('March 3', 'date'),
        N('25 kilometers', 'distance'),
        N('three attempts', 'other'),
        N('24 hours', 'duration'),
        N('14 armored vehicles', 'count-objects'),
        N('four multiple rocket launchers', 'count-objects'),
        N('25 tons', 'quantity'),
        N('February 24', 'date'),
        N('1,612 military infrastructure facilities', 'count-objects'),
    ])

# rd04: detentions, executions and deportations in Motyzhyn (NGO statement with demands and notes to
# editors)
A['rd04.txt'] = dict(
    casualty=[
        C('detained at least 23 civilians', 'detained', 23, 'at-least', 'civilians', id='det'),
        C('at least nine of them were later found dead', 'killed', 9, 'at-least', 'civilians', sub='det'),
        C('Four of the detained men remain missing', 'missing', 4, 'exact', 'men', sub='det'),
        C('12 wounded residents', 'injured', 12, 'exact', 'civilians', id='pw'),
        C('two of them had died', 'killed', 2, 'exact', 'civilians', sub='pw'),
        C('at least six residents', 'detained', 6, 'at-least', 'civilians'),
        C('117 killings of civilians', 'killed', 117, 'exact', 'civilians', id='mak'),
        C('14 women', 'killed', 14, 'exact', 'women', sub='mak'),
        C('three children', 'killed', 3, 'exact', 'children', sub='mak'),
        C('the bodies of 1,084 civilians', 'killed', 1084, 'exact', 'civilians'),
        C('about 300 people', 'missing', 300, 'approx', 'people'),
        C('about 700 fled', 'displaced', 700, 'approx', 'civilians'),
        C('the unlawful killings of more than 50 civilians', 'killed', 50, 'at-least', 'civilians'),
        C('the six residents', 'detained', 6, 'exact', 'civilians', tags='repeat'),
        C('the nine victims', 'killed', 9, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the Ukrainian human rights organisation Civic Watch Ukraine', 'ngo'),
        S('neighbours', 'witness'),
        S('a 58-year-old resident', 'witness', form='role'),
        S('The village’s paramedic', 'anonymous'),
        S('Halyna Moroz', 'ngo', form='name'),
        S('relatives', 'witness', nth=1),
        S('the organisation', 'ngo'),
        S('The Kyiv regional police', 'official'),
        S('deputy village head Oleksandr Hrytsai', 'official', form='title-name'),
        S('The Russian Ministry of Defence', 'military'),
        S('The UN Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('14 April 2022', 'date'),
        N('48 residents, relatives and local officials', 'count-people'),
        N('11 burial sites', 'count-objects'),
        N('2 April', 'date'),
        N('11 March', 'date'),
        N('two hours', 'duration'),
        N('58-year-old', 'age'),
        N('3 April', 'date'),
        N('16-year-old', 'age'),
        N('between 27 February and 31 March', 'date'),
        N('12 April', 'date'),
        N('roughly 900 inhabitants', 'population'),
        N('fewer than 200', 'count-people'),
        N('2014', 'year'),
        N('12 regions', 'count-objects'),
    ])

# rd05: collapsed apartment blocks, the missing under the rubble, displacement by collective site and
# detentions in Borodianka (UN OCHA flash update)
A['rd05.txt'] = dict(
    casualty=[
        C('at least 41 bodies', 'killed', 41, 'at-least', 'people'),
        C('An estimated 9,000 people', 'displaced', 9000, 'approx', 'people', id='d0'),
        C('about 1,100 are sheltering', 'displaced', 1100, 'approx', 'people', sub='d0'),
        C('recovered 41 bodies', 'killed', 41, 'exact', 'people', id='b', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='b'),
        C('150-200 people', 'missing', None, 'range', 'people', low=150, high=200),
        C('a further 26 civilians were killed', 'killed', 26, 'exact', 'civilians'),
        C('47 were injured', 'injured', 47, 'exact', 'civilians', id='i'),
        C('18 of them children', 'injured', 18, 'exact', 'children', sub='i'),
        C('at least 11 civilians were killed', 'killed', 11, 'at-least', 'civilians'),
        C('9,000 people', 'displaced', 9000, 'exact', 'people', nth=1, id='d', tags='repeat'),
        C('roughly 5,600 staying with host families', 'displaced', 5600, 'approx', 'people', sub='d'),
        C('Some 1,100 people are sheltering', 'displaced', 1100, 'approx', 'people', id='cs', sub='d',
          tags='repeat'),
        C('420 people', 'displaced', 420, 'exact', 'people', sub='cs'),
        C('390 people', 'displaced', 390, 'exact', 'people', sub='cs'),
        C('290 people', 'displaced', 290, 'exact', 'people', sub='cs'),
        C('64 residents', 'detained', 64, 'exact', 'civilians', id='det'),
        C('at least 19 of them remain unaccounted for', 'missing', 19, 'at-least', 'civilians', sub='det'),
        C('about 40 injured patients', 'injured', 40, 'approx', 'people'),
    ],
    sources=[
        S('the State Emergency Service (SES)', 'official'),
        S('The SES', 'official'),
        S('The Kyiv Oblast Military Administration (OMA)', 'official'),
        S('The UN Human Rights Monitoring Mission in Ukraine (HRMMU)', 'ngo'),
        S('Local authorities', 'official'),
        S('Local authorities', 'official', nth=1),
        S('Protection partners', 'ngo'),
        S('Health partners', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 3', 'other'),
        N('9 April 2022', 'date'),
        N('two collapsed apartment blocks', 'count-objects'),
        N('7 April', 'date'),
        N('58 per cent', 'percentage'),
        N('at least eight multi-storey residential buildings', 'count-objects'),
        N('about 13,000 people', 'population'),
        N('some 55 km', 'distance'),
        N('8 April', 'date'),
        N('about 2,000 residents', 'count-people'),
        N('2 April', 'date'),
        N('more than 1,450 explosive items', 'count-objects'),
        N('3 April', 'date'),
        N('two trauma kits', 'count-objects'),
        N('More than 270 residential buildings', 'count-objects'),
        N('about 30 per cent', 'percentage'),
        N('2022', 'year', nth=1),
        N('US$2.25 billion', 'money'),
        N('6 million people', 'count-people'),
    ])

# rd06: bodies, the missing, an evacuated children's sanatorium and a garage clinic in Vorzel
# (a broadcaster's website: headline and byline)
A['rd06.txt'] = dict(
    casualty=[
        C('the bodies of at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('Eight of them', 'killed', 8, 'exact', 'civilians', sub='tot'),
        C('two of his friends', 'killed', 2, 'exact', 'people'),
        C('37 people', 'missing', 37, 'exact', 'people', id='m'),
        C('six women', 'missing', 6, 'exact', 'women', sub='m'),
        C('the death toll is higher, at 31', 'killed', 31, 'exact', 'civilians', tags='contradicted'),
        C('evacuated 53 children', 'displaced', 53, 'exact', 'children', id='ev'),
        C('12 of them', 'displaced', 12, 'exact', 'children', sub='ev'),
        C('Two staff members were injured', 'injured', 2, 'exact', 'other'),
        C('held about 40 men', 'detained', 40, 'approx', 'men', id='h'),
        C('at least three of them have not been seen since', 'missing', 3, 'at-least', 'men', sub='h'),
        C('more than 50 people', 'injured', 50, 'at-least', 'people', id='w'),
        C('nine of them', 'killed', 9, 'exact', 'people', sub='w'),
        C('19 of the dead', 'killed', 19, 'exact', 'civilians', sub='tot'),
        C('nearly 4,200 fled', 'displaced', 4200, 'at-most', 'civilians'),
        C('seven residents', 'killed', 7, 'exact', 'civilians'),
        C('the bodies of 1,180 civilians', 'killed', 1180, 'exact', 'civilians'),
    ],
    sources=[
        S('Local officials', 'official'),
        S('Serhiy', 'witness', form='name'),
        S('Kyiv regional police', 'official'),
        S("Volunteers from the town's territorial defence unit", 'military'),
        S("the sanatorium's director, Nadiya Bondar", 'official', form='title-name'),
        S('Residents', 'witness', nth=1),
        S('The only doctor to stay behind in the town, Petro Lysenko', 'official', form='name'),
        S('A senior Ukrainian police officer', 'anonymous'),
        S('The head of the settlement council, Mykola Shevchuk', 'official', form='title-name'),
        S("Ukraine's prosecutor general's office", 'official'),
        S('Russia', 'official'),
        S('The Russian defence ministry', 'military'),
    ],
    numbers=[
        N('30 March', 'date'),
        N('54', 'age'),
        N('4 March', 'date'),
        N('two days', 'duration'),
        N('about 5,000 people', 'population'),
        N('fewer than 800', 'count-people'),
        N('around 1,500', 'count-people'),
        N('some 200 mourners', 'count-people'),
        N('1907', 'year'),
    ])

# rd07: returning to the ruins of Moshchun on the Irpin River, the dead, the detained men and mines
# (AP style)
A['rd07.txt'] = dict(
    casualty=[
        C('at least 14 civilians were killed', 'killed', 14, 'at-least', 'civilians'),
        C('The bodies of two more', 'killed', 2, 'exact', 'civilians'),
        C('the toll to 16', 'killed', 16, 'exact', 'civilians', id='t16', tags='update'),
        C('Nine of the 16 were killed', 'killed', 9, 'exact', 'civilians', sub='t16'),
        C('at least three were shot', 'killed', 3, 'at-least', 'civilians', sub='t16'),
        C('Between 10 and 12 residents remain unaccounted for', 'missing', None, 'range', 'civilians',
          low=10, high=12),
        C('more than 60 of its soldiers died', 'killed', 60, 'at-least', 'soldiers'),
        C('killed more than 200 Ukrainian "nationalists"', 'killed', 200, 'at-least', 'fighters',
          tags='contradicted'),
        C('the bodies of at least 19 Russian soldiers', 'killed', 19, 'at-least', 'soldiers'),
        C('detained 11 men', 'detained', 11, 'exact', 'men', id='d'),
        C('Four of them have not returned', 'missing', 4, 'exact', 'men', sub='d'),
        C('as many as 30 villagers had been wounded', 'injured', 30, 'at-most', 'civilians'),
        C('some 1,400 fled', 'displaced', 1400, 'approx', 'civilians'),
        C('Two deminers were injured', 'injured', 2, 'exact', 'other'),
        C('More than 7.1 million people have been displaced', 'displaced', 7100000, 'at-least', 'people'),
    ],
    sources=[
        S('village head Oleksiy Tkach', 'official', form='title-name'),
        S('Regional police', 'official'),
        S('a police investigator', 'anonymous'),
        S('police', 'official', nth=2),
        S('Valentyna Hordiienko', 'witness', form='name'),
        S('The Ukrainian military', 'military'),
        S('Russian state television', 'media'),
        S('Ukraine', 'official', nth=1),
        S('Villagers', 'witness'),
        S('Residents', 'witness'),
        S('Halyna Kostenko', 'witness', form='name'),
        S('Ivan Zhuk', 'witness', form='name'),
        S('Tkach', 'official', nth=1, form='name'),
        S('spokeswoman Oksana Rudenko', 'official', form='title-name'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('one of the approaches', 'other'),
        N('roughly 1,200 homes', 'count-objects'),
        N('more than 900', 'count-objects'),
        N('22 days', 'duration'),
        N('71', 'age'),
        N('17-year-old', 'age'),
        N('49', 'age'),
        N('43', 'age'),
        N('March 9', 'date'),
        N('About 1,500 people', 'population'),
        N('fewer than 300', 'count-people'),
        N('more than 2,000 mines and unexploded shells', 'count-objects'),
        N('Feb. 24', 'date'),
    ])

# rd08: cars shot up on the Zhytomyr highway at Zdvyzhivka, the missing, the wounded and the detained
# (a newspaper's own correspondent, byline)
A['rd08.txt'] = dict(
    casualty=[
        C('38 people killed', 'killed', 38, 'exact', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('14 of the dead', 'killed', 14, 'exact', 'people', sub='tot'),
        C('a family of four', 'killed', 4, 'exact', 'people'),
        C('at least 45 people', 'missing', 45, 'at-least', 'people'),
        C('Her two grandsons', 'injured', 2, 'exact', 'children'),
        C('86 people wounded', 'injured', 86, 'exact', 'people', id='h'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='h'),
        C('Eleven of them died', 'killed', 11, 'exact', 'people', sub='h'),
        C('at least 17 men', 'detained', 17, 'at-least', 'men'),
        C('two or three men', 'missing', None, 'range', 'men', low=2, high=3),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('more than 600 civilian deaths', 'killed', 600, 'at-least', 'civilians'),
        C('About 900', 'displaced', 900, 'approx', 'civilians'),
        C('hundreds have yet to return', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('Villagers', 'witness'),
        S('Local officials', 'official'),
        S('Vasyl Pidhirnyi', 'official', form='name'),
        S('Pidhirnyi', 'official', nth=1, form='name'),
        S('Police in the Makariv district', 'official'),
        S('Olha Savchenko', 'witness', form='name'),
        S('the hospital’s chief doctor, Ihor Bondarenko', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('A local farmer, Mykhailo Rudyi', 'witness', form='name'),
        S('The Russian defence ministry', 'military'),
        S('Russian state media', 'media'),
        S('Kyiv’s regional prosecutors', 'official'),
        S('The UN human rights office', 'ngo'),
        S('Pidhirnyi', 'official', nth=2, form='name'),
    ],
    numbers=[
        N('a few hundred metres', 'distance'),
        N('more than a dozen vehicles', 'count-objects'),
        N('between 27 February and 31 March', 'date'),
        N('eight months', 'duration'),
        N('two dozen other villages', 'count-objects'),
        N('67', 'age'),
        N('7 March', 'date'),
        N('aged nine and 12', 'age'),
        N('nine days', 'duration'),
        N('23 criminal cases', 'count-objects'),
        N('1,300 inhabitants', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
