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

# ---------------------------------------------------------------- labels (blind set 135: rs01-rs08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost … of their own / lost … residents / lay dead / buried / murdered / homicides / neutralised',
     r'\blost\b|\blay dead\b|\bburied\b|\bmurdered\b|\bhomicides\b|\bneutralised\b'),
    ('abducted / kidnapped / seized / rescued / freed / arrested',
     r'\babduct(?:ed|ing)\b|\bkidnapped\b|\bseized\b|\brescued\b|\bfreed\b|\barrest(?:ed|ing)\b'),
    ('left / without shelter / forced … from their homes', r'\bleft\b|\bwithout shelter\b|\bforced\b'),
    ('gunshot wounds / severe injuries / gunshot injuries / seriously',
     r'\bwounds\b|\binjuries\b|\bseriously\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen/bandits/vigilantes/members of a vigilance group',
     r'\b(?:militiamen|bandits|vigilantes|vigilance)\b'),
    ('officers/police officers', r'\bofficers\b'),
    ('fishermen/farmers/nurses', r'\b(?:fishermen|farmers|nurses)\b'),
    ('worshippers/travellers/suspects/persons/residents',
     r'\b(?:worshippers|travellers|suspects|persons|residents)\b'),
    ('a minor', r'\bminor\b'),
]

# rs01: fighting between M23 rebels and Wazalendo militias in Binza, Rutshuru, North Kivu (Reuters style)
A['rs01.txt'] = dict(
    casualty=[
        C('killed at least 43 people', 'killed', 43, 'at-least', 'people', id='tot'),
        C('29 bodies', 'killed', 29, 'exact', 'people', id='kis', sub='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='kis'),
        C('six women', 'killed', 6, 'exact', 'women', sub='kis'),
        C('57 wounded', 'injured', 57, 'exact', 'people', id='inj'),
        C('19 of them with gunshot wounds', 'injured', 19, 'exact', 'people', sub='inj'),
        C('Four of the wounded died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('killed more than 60 militiamen', 'killed', 60, 'at-least', 'fighters', tags='contradicted'),
        C('lost three of their own', 'killed', 3, 'exact', 'fighters'),
        C('14 of his fighters had died', 'killed', 14, 'exact', 'fighters', tags='contradicted'),
        C('detained dozens of young men', 'detained', None, 'vague', 'men'),
        C('Between 10 and 15 fishermen were still unaccounted for', 'missing', None, 'range', 'other',
          low=10, high=15),
        C('about 18,000 people had fled', 'displaced', 18000, 'approx', 'people'),
        C('the overall death toll to 51', 'killed', 51, 'exact', 'people', id='upd', tags='update'),
        C('38 civilians', 'killed', 38, 'exact', 'civilians', sub='upd'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('aid workers', 'ngo'),
        S('residents', 'witness'),
        S('Jean-Pierre Habimana', 'other', form='name'),
        S('A doctor at the general referral hospital in Rutshuru', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('The M23', 'military'),
        S('A Wazalendo commander', 'military'),
        S('two residents of Kisharo', 'witness'),
        S('Esther Kavira', 'witness', form='name'),
        S('The U.N. humanitarian office OCHA', 'ngo'),
        S('the agency', 'ngo'),
        S('local authorities', 'official', nth=1),
        S('Kinshasa', 'official'),
        S('the United Nations', 'ngo'),
        S('Western governments', 'official'),
        S('Kigali', 'official'),
    ],
    numbers=[
        N('M23', 'other'),
        N('M23', 'other', nth=1),
        N('2021', 'year'),
        N('two residents', 'count-people'),
        N('four days', 'duration'),
        N('12 km', 'distance'),
        N('7.5 miles', 'distance'),
        N('90,000 Congolese francs', 'money'),
        N('$32', 'money'),
        N('about 1.2 million people', 'population'),
        N('several times', 'other'),
        N('2022', 'year'),
        N('M23', 'other', nth=2),
    ])

# rs02: gunmen kill and abduct villagers in Gamawa, Bauchi state, Nigeria (AFP style)
A['rs02.txt'] = dict(
    casualty=[
        C('killing 23 people', 'killed', 23, 'exact', 'people'),
        C('abducting dozens of others', 'detained', None, 'vague', 'people'),
        C('two of his children', 'killed', 2, 'exact', 'children'),
        C('recovered 23 bodies', 'killed', 23, 'exact', 'people', tags='repeat'),
        C('abducted 38 residents', 'detained', 38, 'exact', 'civilians', id='abd'),
        C('26 women', 'detained', 26, 'exact', 'women', sub='abd'),
        C('nine children', 'detained', 9, 'exact', 'children', sub='abd'),
        C('the number of dead at 31', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('as many as eight people were still missing', 'missing', 8, 'at-most', 'people'),
        C('Eleven people with gunshot and machete wounds', 'injured', 11, 'exact', 'people', id='inj'),
        C('two of them later died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('“neutralised” five of the bandits', 'killed', 5, 'exact', 'fighters'),
        C('12 of the abducted villagers', 'detained', 12, 'exact', 'civilians', sub='abd'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('at least 430 people had been killed', 'killed', 430, 'at-least', 'people'),
        C('more than 1,100 abducted', 'detained', 1100, 'at-least', 'people'),
        C('killed 19 worshippers', 'killed', 19, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('residents', 'witness'),
        S('survivors', 'witness'),
        S('Musa Garba', 'witness', form='name'),
        S('State police spokesman Ahmed Wakil', 'official', form='title-name'),
        S('A community leader in Kafin Romi, Alhaji Sani Baba', 'other', form='name'),
        S('a nurse', 'anonymous'),
        S('The Nigerian army', 'military'),
        S('army spokesman Captain Yusuf Danladi', 'military', form='title-name'),
        S('Relatives', 'witness'),
        S('local officials', 'official'),
        S('the Northeast Civil Society Forum', 'ngo'),
    ],
    numbers=[
        N('more than 100 motorcycles', 'count-objects'),
        N('two men on each', 'count-people'),
        N('47-year-old', 'age'),
        N('his three sons', 'count-people'),
        N('every one', 'other'),
        N('50 million naira', 'money'),
        N('$32,000', 'money'),
        N('25 kilometres', 'distance'),
        N('15 miles', 'distance'),
        N('24-hour', 'duration'),
        N('2024', 'year'),
    ])

# rs03: ambush on a state police convoy in Múgica, Michoacán, Mexico (AP style)
A['rs03.txt'] = dict(
    casualty=[
        C('killing eight officers', 'killed', 8, 'exact', 'soldiers'),
        C('wounding at least five others', 'injured', 5, 'at-least', 'soldiers', id='inj'),
        C('Two of the wounded officers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('killing four of them', 'killed', 4, 'exact', 'fighters'),
        C('arresting six others', 'detained', 6, 'exact', 'fighters', id='arr'),
        C('one of them a minor', 'detained', 1, 'exact', 'children', sub='arr'),
        C('the police death toll to nine', 'killed', 9, 'exact', 'soldiers', tags='update'),
        C('at least 12 officers had been killed', 'killed', 12, 'at-least', 'soldiers', tags='contradicted'),
        C('two or three were missing', 'missing', None, 'range', 'soldiers', low=2, high=3),
        C('nearly 300 people had left', 'displaced', 300, 'at-most', 'people'),
        C('More than 30 police officers have been killed', 'killed', 30, 'at-least', 'soldiers'),
    ],
    sources=[
        S('authorities in the state of Michoacán', 'official'),
        S("Michoacán's public security secretary, Ramón Ibarra", 'official', form='title-name'),
        S('Ibarra', 'official', nth=1, form='name'),
        S("Mexico's Defense Department", 'military'),
        S('the department', 'military'),
        S("the state prosecutor's office", 'official'),
        S('the office', 'official'),
        S('A spokesman for a state police union', 'anonymous'),
        S('residents', 'witness'),
        S('María Guadalupe Hernández', 'witness', form='name'),
        S('Causa Policial', 'ngo'),
        S("Mexico's security Cabinet", 'official'),
    ],
    numbers=[
        N('7:15 a.m.', 'time'),
        N('11 patrol vehicles', 'count-objects'),
        N('14 rifles', 'count-objects'),
        N('.50-caliber', 'other'),
        N('more than 2,000 rounds', 'count-objects'),
        N('34-year-old', 'age'),
        N('52', 'age'),
        N('one of the blasts', 'count-objects'),
        N('about 45,000 people', 'population'),
        N('2 pesos', 'money'),
        N('1,200 National Guard troops', 'count-people'),
    ])

# rs04: OCHA flash update on clashes in Mpofi, Walikale territory, North Kivu (UN situation report)
A['rs04.txt'] = dict(
    casualty=[
        C('At least 22 civilians killed', 'killed', 22, 'at-least', 'civilians'),
        C('35 injured', 'injured', 35, 'exact', 'civilians'),
        C('An estimated 27,000 people displaced', 'displaced', 27000, 'approx', 'people', id='hd'),
        C('some 4,500 of them', 'displaced', 4500, 'approx', 'people', sub='hd'),
        C('at least 22 civilians have been killed', 'killed', 22, 'at-least', 'civilians', id='k22', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='k22'),
        C('35 others injured', 'injured', 35, 'exact', 'civilians', id='i35', tags='repeat'),
        C('12 of them seriously', 'injured', 12, 'exact', 'civilians', sub='i35'),
        C('the toll higher, at 30 dead', 'killed', 30, 'exact', 'civilians', tags='contradicted'),
        C('21 of the injured', 'injured', 21, 'exact', 'civilians', id='i21', sub='i35'),
        C('three have since died', 'killed', 3, 'exact', 'civilians', sub='i21'),
        C('Eleven people', 'detained', 11, 'exact', 'people', id='abd'),
        C('two nurses', 'detained', 2, 'exact', 'other', sub='abd'),
        C('an estimated 27,000 people have fled', 'displaced', 27000, 'approx', 'people', id='d27', tags='repeat'),
        C('roughly 60,000 people displaced', 'displaced', 60000, 'approx', 'people'),
        C('About 4,500 people', 'displaced', 4500, 'approx', 'people', sub='d27', tags='repeat'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Civil society groups in Walikale', 'other'),
        S('The Walikale General Referral Hospital', 'official'),
        S('the Population Movement Commission (CMP) in Walikale', 'official'),
        S('partners', 'ngo', nth=1),
        S('Displaced people', 'witness'),
        S('the Financial Tracking Service', 'ngo', form='document'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 August 2025', 'date'),
        N('9 August', 'date'),
        N('two health centres', 'count-objects'),
        N('9 August', 'date', nth=1),
        N('at least 14 surrounding villages', 'count-objects'),
        N('up to six hours', 'duration'),
        N('11 August', 'date'),
        N('9 August', 'date', nth=2),
        N('More than 80 per cent', 'percentage'),
        N('three collective sites', 'count-objects'),
        N('two schools', 'count-objects'),
        N('40 km', 'distance'),
        N('Two health centres', 'count-objects'),
        N('11 August', 'date', nth=1),
        N('an estimated 38,000 people', 'count-people'),
        N('10 August', 'date'),
        N('1,200 household kits', 'count-objects'),
        N('640 consultations', 'count-objects'),
        N('12 August', 'date'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('13.6 per cent', 'percentage'),
        N('31 July', 'date'),
    ])

# rs05: bandits attack vigilantes and farmers at Burra, Ningi, Bauchi state (dpa style, one sentence a paragraph)
A['rs05.txt'] = dict(
    casualty=[
        C('At least 17 people', 'killed', 17, 'at-least', 'people', id='tot'),
        C('12 of the dead were vigilantes', 'killed', 12, 'exact', 'fighters', sub='tot'),
        C('five were farmers', 'killed', 5, 'exact', 'other', sub='tot'),
        C('Nearly a dozen others were injured', 'injured', 12, 'at-most', 'people'),
        C('at least 23 bodies', 'killed', 23, 'at-least', 'people', tags='contradicted'),
        C('buried 23 people', 'killed', 23, 'exact', 'people', tags='repeat'),
        C('seized several women', 'detained', None, 'vague', 'women', tags='contradicted'),
        C('More than 2,000 residents have fled', 'displaced', 2000, 'at-least', 'civilians', id='disp'),
        C('around 1,200 of the displaced were children', 'displaced', 1200, 'approx', 'children', sub='disp'),
        C('killed 11 suspected bandits', 'killed', 11, 'exact', 'fighters'),
        C('freed 26 kidnapped travellers', 'detained', 26, 'exact', 'people'),
        C('forced an estimated 6,000 people from their homes', 'displaced', 6000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('Bala Idris, a police spokesman', 'official', form='name'),
        S('Idris', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Yakubu Sale, a vigilante commander in Burra', 'military', form='name'),
        S('Sale', 'military', nth=1, form='name'),
        S('Sale', 'military', nth=2, form='name'),
        S('police', 'official', nth=2),
        S('The Bauchi state government', 'official'),
        S("the governor's office", 'official'),
        S('the National Emergency Management Agency (NEMA)', 'official'),
        S('NEMA', 'official', nth=1),
        S('the army', 'military'),
        S('local officials', 'official'),
    ],
    numbers=[
        N('6 pm', 'time'),
        N('numbering between 50 and 60', 'count-people'),
        N('at least 30 houses', 'count-objects'),
        N('14-year-old', 'age'),
        N('500,000 naira', 'money'),
        N('$320', 'money'),
        N('about 40 kilometres', 'distance'),
        N('two camps', 'count-objects'),
    ])

# rs06: gunmen attack a wake in Lombardía, Gabriel Zamora, Michoacán (a broadsheet's own correspondent)
A['rs06.txt'] = dict(
    casualty=[
        C('eleven people lay dead', 'killed', 11, 'exact', 'people', id='tot'),
        C('nine men', 'killed', 9, 'exact', 'men', sub='tot'),
        C('two women had been killed', 'killed', 2, 'exact', 'women', sub='tot'),
        C('four people', 'injured', 4, 'exact', 'people'),
        C('lost more than 40 residents', 'killed', 40, 'at-least', 'civilians'),
        C('27 people were murdered', 'killed', 27, 'exact', 'people', tags='contradicted'),
        C('fewer than 20 were reported missing', 'missing', 20, 'at-most', 'people', tags='contradicted'),
        C('the number of homicides at 31', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
        C('about 600 people had left', 'displaced', 600, 'approx', 'people'),
    ],
    sources=[
        S('a woman', 'anonymous'),
        S('The Michoacán attorney-general’s office', 'official'),
        S('Relatives', 'witness'),
        S('Its mayor, Ernesto Villaseñor', 'official', form='title-name'),
        S('the Michoacán security ministry', 'official'),
        S('Federal figures', 'official', form='document'),
        S('the army', 'military'),
        S('the army', 'military', nth=1),
        S('The parish priest, Father Julián Ortega', 'other', form='title-name'),
        S('The federal government', 'official'),
    ],
    numbers=[
        N('71-year-old', 'age'),
        N('no one', 'other'),
        N('12-year-old', 'age'),
        N('38-year-old', 'age'),
        N('5,000 pesos', 'money'),
        N('some 22,000 inhabitants', 'population'),
        N('the first seven months', 'duration'),
        N('about 400 of them', 'count-people'),
        N('one of them', 'count-people'),
        N('200 rounds', 'count-objects'),
        N('40 kilometres', 'distance'),
        N('a handful of those who left', 'count-people'),
        N('12 per cent', 'percentage'),
    ])

# rs07: shells on the Kibati displacement site near Goma, North Kivu (NGO press release)
A['rs07.txt'] = dict(
    casualty=[
        C('killed at least 16 people', 'killed', 16, 'at-least', 'people', id='tot'),
        C('injured 48 others', 'injured', 48, 'exact', 'people', id='inj'),
        C('Nine of the dead were children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('31 of the wounded', 'injured', 31, 'exact', 'people', sub='inj'),
        C('17 patients with severe injuries', 'injured', 17, 'exact', 'people', id='sev', sub='inj'),
        C('Two of them died', 'killed', 2, 'exact', 'people', sub='sev'),
        C('an estimated 65,000 displaced people', 'displaced', 65000, 'approx', 'people'),
        C('leaving at least 2,000 people without shelter', 'displaced', 2000, 'at-least', 'people'),
        C('Several people remain missing', 'missing', None, 'vague', 'people'),
        C('19 people killed', 'killed', 19, 'exact', 'people', id='mon', tags='contradicted'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='mon'),
        C('almost 60 wounded', 'injured', 60, 'at-most', 'people', tags='contradicted'),
        C('killed 12 people', 'killed', 12, 'exact', 'people'),
    ],
    sources=[
        S('the medical humanitarian organisation Solidarité Santé Internationale (SSI)', 'ngo'),
        S('Dr Claire Mbala', 'ngo', form='title-name'),
        S('camp committee representatives', 'other'),
        S('The Congolese army', 'military'),
        S('the M23 rebels', 'military'),
        S('The army’s spokesman in North Kivu', 'military', form='role'),
        S('the M23', 'military', nth=1),
        S('The United Nations mission in Congo, MONUSCO', 'military'),
        S('The UN’s humanitarian coordinator', 'ngo', form='role'),
        S('local authorities', 'official'),
        S('Mbala', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('the past two years', 'duration'),
        N('around 120 shelters', 'count-objects'),
        N('M23', 'other'),
        N('about 8 kilometres', 'distance'),
        N('M23', 'other', nth=1),
        N('eight months', 'duration'),
        N('2008', 'year'),
        N('five displacement sites', 'count-objects'),
        N('some 210,000 consultations', 'count-objects'),
    ])

# rs08: gunmen attack Ungwan Rimi, Sanga, Kaduna state, Nigeria (state media, NAN style)
A['rs08.txt'] = dict(
    casualty=[
        C('14 persons were killed', 'killed', 14, 'exact', 'people', id='tot'),
        C('nine others injured', 'injured', 9, 'exact', 'people'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('two persons are missing', 'missing', 2, 'exact', 'people'),
        C('about 600 persons displaced', 'displaced', 600, 'approx', 'people'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('two officers sustained gunshot injuries', 'injured', 2, 'exact', 'soldiers'),
        C('19 people were killed', 'killed', 19, 'exact', 'people', id='skcf', tags='contradicted'),
        C('between 1,000 and 1,500 residents had fled', 'displaced', None, 'range', 'civilians', low=1000, high=1500,
          tags='contradicted'),
        C('five of the dead were members of a local vigilance group', 'killed', 5, 'exact', 'fighters', sub='skcf'),
        C('32 persons were killed', 'killed', 32, 'exact', 'people'),
    ],
    sources=[
        S('The Kaduna State Government', 'official'),
        S('The Commissioner for Internal Security and Home Affairs, Mr Joseph Bako', 'official',
          form='title-name'),
        S('Bako', 'official', nth=1, form='name'),
        S('security agencies', 'military'),
        S('The commissioner', 'official'),
        S('the Kaduna State Police Command', 'official'),
        S('The Police Public Relations Officer, DSP Yakubu Ibrahim', 'official', form='title-name'),
        S('Ibrahim', 'official', nth=1, form='name'),
        S('the Southern Kaduna Community Forum (SKCF)', 'other'),
        S('The forum’s spokesman, Mr Ishaku Dauda', 'other', form='title-name'),
        S('Dauda', 'other', nth=1, form='name'),
    ],
    numbers=[
        N('May 18, 2025', 'date'),
        N('11.30 p.m.', 'time'),
        N('70-year-old', 'age'),
        N('27 houses', 'count-objects'),
        N('several motorcycles', 'count-objects'),
        N('two AK-47 rifles', 'count-objects'),
        N('64 rounds', 'count-objects'),
        N('three communities', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
