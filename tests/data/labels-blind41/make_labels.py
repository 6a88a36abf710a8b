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

# ---------------------------------------------------------------- labels (blind set 41: ff01-ff08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / neutralised / eliminated / sent … to hell / martyrdom / martyrs / embraced shahadat / '
     'paid the supreme price / corpses / buried / succumbed',
     r'\bexecuted\b|\bneutrali[sz]ed\b|\beliminated\b|\bto hell\b|\bmartyr|\bshahadat\b|\bsupreme price\b|'
     r'\bcorpses\b|\bburied\b|\bsuccumbed\b'),
    ('sustained injuries / being treated / receiving treatment', r'\bsustained injuries\b|\btreat'),
    ('taken into custody / taken away', r'\bcustody\b|\btaken away\b'),
    ('cannot find', r'\bcannot find\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gendarmes/security personnel/members', r'\b(?:gendarmes|security personnel|members)\b'),
    ('combatants', r'\bcombatants\b'),
    ('families/households/passengers/students/suspects/persons/victims',
     r'\b(?:families|households|passengers|students|suspects|persons|victims)\b'),
    ('teenagers/girls', r'\b(?:teenagers|girls)\b'),
]

# ff01: a massacre near Tierralta, Córdoba, Colombia (Reuters style)
A['ff01.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('Two teenagers were among the dead', 'killed', 2, 'exact', 'children', sub='tot'),
        C('three other people were wounded', 'injured', 3, 'exact', 'people', id='inj'),
        C('the three wounded', 'injured', 3, 'exact', 'people', id='w3', tags='repeat'),
        C('one of them', 'injured', 1, 'exact', 'people', sub='w3'),
        C('the death toll had risen to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('one of the wounded died', 'killed', 1, 'exact', 'people', sub='w3'),
        C('the death toll at 11', 'killed', 11, 'exact', 'people', id='omb', tags='contradicted'),
        C('two men', 'killed', 2, 'exact', 'men', sub='omb'),
        C('a number of young men', 'missing', None, 'vague', 'men'),
        C('nearly 400 families had fled', 'displaced', 400, 'at-most', 'people'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('four combatants dead', 'killed', 4, 'exact', 'fighters'),
        C('More than 8 million Colombians have been forced from their homes', 'displaced', 8000000, 'at-least',
          'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Tierralta mayor Daniel Monterrosa', 'official', form='title-name'),
        S('A hospital official in Montería', 'anonymous'),
        S('The Colombian army', 'military'),
        S('Monterrosa', 'official', nth=1, form='name'),
        S("The human rights ombudsman's office", 'official'),
        S('regional ombudsman Luz Marina Petro', 'official', form='title-name'),
        S('Police', 'official'),
        S('the army', 'military'),
        S('the Bogotá-based Observatory for Peace and Territory', 'ngo'),
        S("the government's victims unit", 'official'),
    ],
    numbers=[
        N('10 p.m.', 'time'),
        N('about 80 kilometers', 'distance'),
        N('50 miles', 'distance'),
        N('300 soldiers', 'count-people'),
        N('two schools', 'count-objects'),
        N('200 rounds of ammunition', 'count-objects'),
        N('14 massacres', 'count-objects'),
        N('three or more people', 'other'),
        N('2024', 'year'),
        N('nine', 'count-objects', nth=1),
        N('2016', 'year'),
        N('some 13,000 members', 'count-people'),
        N('six decades', 'duration'),
    ])

# ff02: an al-Shabaab assault on an army base near Marka, Lower Shabelle, Somalia (AFP style)
A['ff02.txt'] = dict(
    casualty=[
        C('At least 12 Somali soldiers were killed', 'killed', 12, 'at-least', 'soldiers'),
        C('eliminated more than 40 terrorists', 'killed', 40, 'at-least', 'fighters'),
        C('lost fewer than 10 soldiers', 'killed', 10, 'at-most', 'soldiers', tags='contradicted'),
        C('captured seven militants', 'detained', 7, 'exact', 'fighters'),
        C('killed 57 soldiers', 'killed', 57, 'exact', 'soldiers', tags='contradicted'),
        C('23 wounded soldiers', 'injured', 23, 'exact', 'soldiers', id='w'),
        C('three of whom later died', 'killed', 3, 'exact', 'soldiers', sub='w'),
        C('seven civilians', 'injured', 7, 'exact', 'civilians', id='civ'),
        C('two children', 'injured', 2, 'exact', 'children', sub='civ'),
        C('killing four people', 'killed', 4, 'exact', 'people'),
        C('wounding between 10 and 15 others', 'injured', None, 'range', 'people', low=10, high=15),
        C('five bodies', 'killed', 5, 'exact', 'people', tags='contradicted'),
        C('roughly 1,000 families had fled', 'displaced', 1000, 'approx', 'people'),
        C('arrested 16 people', 'detained', 16, 'exact', 'people', id='arr'),
        C('two soldiers', 'detained', 2, 'exact', 'soldiers', sub='arr'),
        C('some 3.5 million Somalis are displaced', 'displaced', 3500000, 'approx', 'people'),
    ],
    sources=[
        S('a military officer', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Somalia’s information ministry', 'official'),
        S('The state-run Somali National News Agency (SONNA)', 'media'),
        S('Al-Shabaab', 'military', nth=1),
        S('director Dr Abdirahman Hassan Nur', 'official', form='title-name'),
        S('The African Union mission, AUSSOM', 'military'),
        S('Marka district commissioner Ali Mohamed Abdi', 'official', form='title-name'),
        S('A resident, Halima Osman', 'witness', form='name'),
        S('Local elders', 'other'),
        S('Police in Mogadishu', 'official'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('one of the deadliest', 'other'),
        N('dozens of fighters', 'count-people'),
        N('almost three hours', 'duration'),
        N('two of its helicopters', 'count-objects'),
        N('about 90 kilometres', 'distance'),
        N('more than 17 years', 'duration'),
    ])

# ff03: a UN OCHA flash update on armed clashes in Hawzen, eastern Tigray, Ethiopia
A['ff03.txt'] = dict(
    casualty=[
        C('At least 19 civilians were killed', 'killed', 19, 'at-least', 'civilians'),
        C('34 others injured', 'injured', 34, 'exact', 'civilians'),
        C('An estimated 22,000 people have been displaced', 'displaced', 22000, 'approx', 'people'),
        C('19 civilians', 'killed', 19, 'exact', 'civilians', nth=1, id='k19', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='k19'),
        C('four women', 'killed', 4, 'exact', 'women', sub='k19'),
        C('34 people with gunshot and shrapnel wounds', 'injured', 34, 'exact', 'people', id='w34', tags='repeat'),
        C('Eleven of them', 'injured', 11, 'exact', 'people', sub='w34'),
        C('the number of dead higher, at 27', 'killed', 27, 'exact', 'civilians', tags='contradicted'),
        C('up to 40 people were unaccounted for', 'missing', 40, 'at-most', 'people'),
        C('14 of its members had been killed', 'killed', 14, 'exact', 'soldiers'),
        C('neutralised around 60 fighters', 'killed', 60, 'approx', 'fighters'),
        C('lost eight fighters', 'killed', 8, 'exact', 'fighters', tags='contradicted'),
        C('an estimated 22,000 people', 'displaced', 22000, 'approx', 'people', id='idp', tags='repeat'),
        C('about 4,400 households', 'displaced', 4400, 'approx', 'people', tags='repeat'),
        C('approximately 9,500 people', 'displaced', 9500, 'approx', 'people', sub='idp'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('The Hawzen Woreda Health Office', 'official'),
        S('Community representatives', 'other'),
        S("The TIA's regional security bureau", 'official'),
        S('The armed group', 'military'),
        S('the Tigray Disaster Risk Management Commission (TDRMC)', 'official'),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 October 2025', 'date'),
        N('between 12 and 15 October', 'date'),
        N('Two humanitarian convoys', 'count-objects'),
        N('16 October', 'date'),
        N('12 October', 'date'),
        N('15 October', 'date', nth=1),
        N('12 October', 'date', nth=1),
        N('three schools', 'count-objects'),
        N('about 25 km', 'distance'),
        N('1,200 households', 'count-people'),
        N('two mobile health and nutrition teams', 'count-objects'),
        N('3,100 children under five', 'count-people'),
        N('410 cases', 'count-people'),
        N('16 October', 'date', nth=1),
        N('two convoys', 'count-objects'),
        N('180 metric tonnes', 'quantity'),
        N('2025', 'year', nth=1),
        N('US$2.03 billion', 'money'),
        N('23 per cent', 'percentage'),
        N('18 October', 'date', nth=1),
    ])

# ff04: an ISWAP attack on Gamboru, Ngala, Borno state, Nigeria (a Nigerian newspaper's correspondent)
A['ff04.txt'] = dict(
    casualty=[
        C('kill 17', 'killed', 17, 'exact', 'people'),
        C('At least 17 persons', 'killed', 17, 'at-least', 'people', id='tot', tags='repeat'),
        C('eight soldiers', 'killed', 8, 'exact', 'soldiers', sub='tot'),
        C('eight soldiers', 'killed', 8, 'exact', 'soldiers', nth=1, tags='repeat'),
        C('11 others sustained injuries', 'injured', 11, 'exact', 'soldiers'),
        C('lost eight soldiers', 'killed', 8, 'exact', 'soldiers', tags='repeat'),
        C('nine civilians', 'killed', 9, 'exact', 'civilians'),
        C('26 persons', 'injured', 26, 'exact', 'people'),
        C('abducted as many as 30 women and girls', 'detained', 30, 'at-most', 'women'),
        C('21 corpses', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('two of my children', 'missing', 2, 'exact', 'children'),
        C('neutralised 32 terrorists', 'killed', 32, 'exact', 'fighters'),
        C('several of their wounded', 'injured', None, 'vague', 'fighters'),
        C('two soldiers paid the supreme price', 'killed', 2, 'exact', 'soldiers', tags='contradicted'),
        C('five others were wounded', 'injured', 5, 'exact', 'soldiers', tags='contradicted'),
        C('over 3,000 persons had fled', 'displaced', 3000, 'at-least', 'people'),
        C('about 45,000 displaced persons', 'displaced', 45000, 'approx', 'people'),
        C('killed more than 40,000 persons', 'killed', 40000, 'at-least', 'people'),
        C('displaced over 2 million', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('A top security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('The Borno State Emergency Management Agency (SEMA)', 'official'),
        S('Residents', 'witness'),
        S('A resident, Bulama Ali Modu', 'witness', form='name'),
        S('the Director of Army Public Relations, Brigadier General Ahmed Dabo', 'military', form='title-name'),
        S('The Chairman of Ngala LGA, Alhaji Modu Kachalla', 'official', form='title-name'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('dozens of houses', 'count-objects'),
        N('about 20 gun trucks', 'count-objects'),
        N('9.30pm', 'time'),
        N('149 Battalion', 'other'),
        N('over four hours', 'duration'),
        N('several of our vehicles', 'count-objects'),
        N('six-year-old', 'age'),
        N('about 140km', 'distance'),
        N('2009', 'year'),
    ])

# ff05: a separatist attack on the market of Batibo, North-West region, Cameroon (AP style, one sentence
# a paragraph)
A['ff05.txt'] = dict(
    casualty=[
        C('killed at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('two gendarmes', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('a dozen people were wounded', 'injured', 12, 'exact', 'people', id='w'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='w'),
        C('neutralized” nine separatist fighters', 'killed', 9, 'exact', 'fighters'),
        C('lost only two fighters', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('killed “more than 15” soldiers', 'killed', 15, 'at-least', 'soldiers', tags='contradicted'),
        C('two or three bodies', 'killed', None, 'range', 'people', low=2, high=3),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='w'),
        C('the death toll had risen to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='w'),
        C('abducted 11 students', 'detained', 11, 'exact', 'people'),
        C('arrested nearly two dozen suspects', 'detained', 24, 'at-most', 'people'),
        C('at least 60 civilians had been killed', 'killed', 60, 'at-least', 'civilians'),
        C('detained scores of young men', 'detained', None, 'vague', 'men', tags='contradicted'),
        C('More than 6,000 people have been killed', 'killed', 6000, 'at-least', 'people'),
        C('over 600,000 forced from their homes', 'displaced', 600000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('the divisional officer for Batibo, Emmanuel Ngwa', 'official', form='title-name'),
        S('Ngwa', 'official', nth=1, form='name'),
        S('Cameroon’s defense ministry', 'military'),
        S('A separatist commander', 'military', form='role'),
        S('A trader, Comfort Ambe', 'witness', form='name'),
        S('Doctors at the Batibo district hospital', 'anonymous'),
        S('the region’s governor, Simon Pierre Nkoulou', 'official', form='title-name'),
        S('the governor', 'official'),
        S('Nkoulou', 'official', nth=1, form='name'),
        S('The Network for Human Rights in the Grassfields', 'ngo'),
        S('The group', 'ngo'),
        S('The army', 'military'),
        S('the International Crisis Group', 'ngo'),
    ],
    numbers=[
        N('about 30 market stalls', 'count-objects'),
        N('six homemade rifles', 'count-objects'),
        N('about 10', 'age'),
        N('about 40 kilometers', 'distance'),
        N('25 miles', 'distance'),
        N('two of the students', 'count-people'),
        N('dozens of homes', 'count-objects'),
        N('2017', 'year'),
    ])

# ff06: an attack on a Frontier Corps camp in Panjgur, Balochistan, Pakistan (state media, APP style)
A['ff06.txt'] = dict(
    casualty=[
        C('sent 11 terrorists to hell', 'killed', 11, 'exact', 'fighters'),
        C('four brave soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('Five soldiers were also injured', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('the martyrdom of 17 innocent civilians', 'killed', 17, 'exact', 'civilians'),
        C('one of the injured soldiers had succumbed', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the number of martyrs to five', 'killed', 5, 'exact', 'soldiers', tags='update'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('three others sustained injuries', 'injured', 3, 'exact', 'civilians'),
        C('14 suspects had been taken into custody', 'detained', 14, 'exact', 'people'),
        C('killed more than 30 soldiers', 'killed', 30, 'at-least', 'soldiers', tags='contradicted'),
        C('245 security personnel', 'killed', 245, 'exact', 'soldiers'),
        C('187 civilians lost their lives', 'killed', 187, 'exact', 'civilians'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S("the military's media wing", 'military'),
        S('the ISPR', 'military', nth=1),
        S('the ISPR', 'military', nth=2),
        S('Balochistan Government Spokesperson Naseem Lehri', 'official', form='title-name'),
        S('Deputy Commissioner Panjgur Abdul Razzaq Sasoli', 'official', form='title-name'),
        S('The Prime Minister', 'official', form='role'),
        S('The proscribed Balochistan Liberation Army (BLA)', 'military'),
        S('security officials', 'official'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('Oct 21', 'date'),
        N('11 pm', 'time'),
        N('12-year-old', 'age'),
        N('three days', 'duration'),
        N('about 600 kilometres', 'distance'),
        N('several attacks', 'count-objects'),
        N('the first nine months', 'duration'),
    ])

# ff07: a rights group's statement on executions of villagers near Djenné, central Mali (NGO style)
A['ff07.txt'] = dict(
    casualty=[
        C('executed at least 24 civilians', 'killed', 24, 'at-least', 'civilians', id='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('17 bodies', 'killed', 17, 'exact', 'civilians', sub='tot'),
        C('seven men were executed', 'killed', 7, 'exact', 'men', sub='tot'),
        C('10 to 12 others were taken away', 'detained', None, 'range', 'men', low=10, high=12),
        C('24 victims', 'killed', 24, 'exact', 'civilians', tags='repeat'),
        C('neutralised 31 terrorists', 'killed', 31, 'exact', 'fighters', tags='contradicted'),
        C('arrested 15 suspects', 'detained', 15, 'exact', 'people'),
        C('an estimated 2,000 people', 'displaced', 2000, 'approx', 'people'),
        C('killed 12 soldiers', 'killed', 12, 'exact', 'soldiers'),
        C('at least 230 civilian deaths', 'killed', 230, 'at-least', 'civilians'),
        C('more than 400 killings of civilians', 'killed', 400, 'at-least', 'civilians'),
        C('More than 400,000 people are internally displaced', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('Sahel Justice Watch', 'ngo', nth=0),
        S('Witnesses', 'witness'),
        S('a 52-year-old herder from Sirabougou', 'witness', form='role'),
        S('residents', 'witness'),
        S('The Malian armed forces (FAMa)', 'military'),
        S('A local official in Djenné', 'anonymous'),
        S('a community relief committee in Djenné', 'other'),
        S('The jihadist group Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'military'),
        S('Sahel Justice Watch', 'ngo', nth=4),
        S('Fatoumata Diakité', 'ngo', form='name'),
        S('the UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('4 November 2025', 'date'),
        N('14-year-old', 'age'),
        N('two villages', 'count-objects'),
        N('19 and 20 October', 'date'),
        N('31 people', 'count-people'),
        N('between 22 and 30 October', 'date'),
        N('19 witnesses', 'count-people'),
        N('about 40 vehicles', 'count-objects'),
        N('about 15 minutes', 'duration'),
        N('52-year-old', 'age'),
        N('at least 60 burned structures', 'count-objects'),
        N('21 October', 'date'),
        N('not one of them', 'other'),
        N('two villages', 'count-objects', nth=1),
        N('25 October', 'date'),
        N('September 2025', 'date'),
        N('2012', 'year'),
    ])

# ff08: Lakurawa attacks on villages and a mass abduction in Kebbi state, Nigeria (a broadcaster, BBC style)
A['ff08.txt'] = dict(
    casualty=[
        C('kill 15', 'killed', 15, 'exact', 'people'),
        C('killed at least 15 people', 'killed', 15, 'at-least', 'people', tags='repeat'),
        C('almost a dozen people had also been injured', 'injured', 12, 'at-most', 'people'),
        C('23 people had been buried', 'killed', 23, 'exact', 'people', id='cl', tags='contradicted'),
        C('four children', 'killed', 4, 'exact', 'children', sub='cl'),
        C('about 10 people', 'missing', 10, 'approx', 'people'),
        C('Hundreds of villagers have since fled', 'displaced', None, 'vague', 'civilians'),
        C('killed “dozens” of the militants', 'killed', None, 'vague', 'fighters'),
        C('at least 19 civilians had been killed', 'killed', 19, 'at-least', 'civilians', tags='contradicted'),
        C('abducted 42 passengers', 'detained', 42, 'exact', 'people'),
        C('more than 37,000 people have fled their homes', 'displaced', 37000, 'at-least', 'people'),
        C('Thousands of people have been killed', 'killed', None, 'vague', 'people'),
        C('arrested 280 suspects', 'detained', 280, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('police spokesman Bashir Usman', 'official', form='title-name'),
        S('residents', 'witness'),
        S('A community leader in Tungar Magaji', 'anonymous'),
        S('residents', 'witness', nth=1),
        S('A local radio station, Rima FM', 'media'),
        S('Nigeria’s military', 'military'),
        S('Amnesty International', 'ngo'),
        S('the military', 'military'),
        S('the state government', 'official'),
        S('A spokesman for the Kebbi state governor, Abdullahi Zuru', 'official', form='title-name'),
        S('The UN’s humanitarian agency, OCHA', 'ngo'),
        S('Nigeria’s defence headquarters', 'military'),
    ],
    numbers=[
        N('two farming villages', 'count-objects'),
        N('hundreds of cattle', 'count-objects'),
        N('several years', 'duration'),
        N('three buses', 'count-objects'),
        N('16 of them', 'count-people'),
        N('50m naira', 'money'),
        N('$32,000', 'money'),
        N('315 kidnap victims', 'count-people'),
        N('six weeks', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
