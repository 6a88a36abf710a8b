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

# ---------------------------------------------------------------- labels (eighteenth blind set: j01-j08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('deaths/deceased/killings/count of N dead', r'\bdeceased\b|\bkillings\b|\bcount of\b'),
    ('rounded up / holding / abducted / not been seen / sought refuge / left',
     r'\brounded up\b|\bholding\b|\bnot been seen\b|\bsought refuge\b|\bleft\b'),
    ('with injuries / gunshot wounds / serious or critical condition',
     r'\binjuries\b|\bgunshot wounds\b|\bcondition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('babies/teenagers', r'\b(?:babies|teenagers)\b'),
    ('gunmen/gang members/attackers/criminal groups',
     r'\b(?:gunmen|gang members|attackers|criminal groups)\b'),
    ('pilgrims/families/victims/suspects', r'\b(?:pilgrims|families|victims|suspects)\b'),
    ('police officers/policeman/peacekeeper/law-enforcement officers',
     r'\b(?:policeman|peacekeeper|law-enforcement officers|officers)\b'),
    ('colleagues', r'\bcolleagues\b'),
]

# j01: a gang massacre in Pont-Sondé, Artibonite, Haiti (AFP style, British spelling, curly quotes)
A['j01.txt'] = dict(
    casualty=[
        C('killing at least 70 people', 'killed', 70, 'at-least', 'people', id='tot'),
        C('10 women', 'killed', 10, 'exact', 'women', sub='tot'),
        C('three babies', 'killed', 3, 'exact', 'children', sub='tot'),
        C('At least 16 others were wounded', 'injured', 16, 'at-least', 'people', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('some 6,200 residents had fled', 'displaced', 6200, 'approx', 'civilians'),
        C('the death toll higher, at 78', 'killed', 78, 'exact', 'people', tags='contradicted'),
        C('the bodies of dozens of victims', 'killed', None, 'vague', 'people'),
        C('count of 62 dead', 'killed', 62, 'exact', 'people', tags='contradicted'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('killed at least four gang members', 'killed', 4, 'at-least', 'fighters'),
        C('one policeman was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('20 to 25 people with gunshot and machete wounds', 'injured', None, 'range', 'people', low=20, high=25,
          id='stm'),
        C('several of them children', 'injured', None, 'vague', 'children', sub='stm'),
        C('the death toll to 83', 'killed', 83, 'exact', 'people', tags='update'),
        C('more than 700,000 people are internally displaced', 'displaced', 700000, 'at-least', 'people'),
        C('more than 4,500 people were killed', 'killed', 4500, 'at-least', 'people'),
        C('3,960', 'killed', 3960, 'exact', 'people'),
    ],
    sources=[
        S('the United Nations', 'ngo'),
        S('the UN’s humanitarian office OCHA', 'ngo'),
        S('Bertrand Jean-Louis', 'official', form='name'),
        S('Haiti’s civil protection agency', 'official'),
        S('witnesses', 'witness'),
        S('A 34-year-old market trader', 'witness', form='role'),
        S('Police', 'official'),
        S('the gang’s leader, Wilfrid Cadet', 'military', form='name'),
        S('Prime Minister Étienne Lafontant', 'official', form='title-name'),
        S('OCHA', 'ngo', nth=1),
        S('The International Organization for Migration', 'ngo'),
        S('UN figures', 'ngo', form='document'),
        S('The Saint-Nicolas hospital in Saint-Marc', 'official'),
        S('A Kenyan-led multinational security mission', 'military'),
    ],
    numbers=[
        N('20 kilometres', 'distance'),
        N('3am', 'time'),
        N('dozens of gunmen', 'count-people'),
        N('at least 45 houses', 'count-objects'),
        N('several vehicles', 'count-objects'),
        N('Route Nationale 1', 'other'),
        N('34-year-old', 'age'),
        N('nearly four hours', 'duration'),
        N('her two children', 'count-people'),
        N('three days', 'duration'),
        N('the past two years', 'duration'),
        N('the first nine months', 'duration'),
        N('2023', 'year'),
        N('about 400 officers', 'count-people'),
    ])

# j02: clashes between separatist and government forces in Aden, Yemen (Xinhua style)
A['j02.txt'] = dict(
    casualty=[
        C('At least 12 people were killed', 'killed', 12, 'at-least', 'people', id='tot'),
        C('27 others injured', 'injured', 27, 'exact', 'people'),
        C('four civilians', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('nine soldiers', 'killed', 9, 'exact', 'soldiers'),
        C('15 wounded', 'injured', 15, 'exact', 'soldiers'),
        C('between 20 and 30 STC gunmen were killed', 'killed', None, 'range', 'fighters', low=20, high=30),
        C('three of its fighters had been killed', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('holding 40 government soldiers', 'detained', 40, 'exact', 'soldiers'),
        C('the number of wounded had risen to 31', 'injured', 31, 'exact', 'people', id='inj2', tags='update'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='inj2'),
        C('Some 300 families fled', 'displaced', 300, 'approx', 'people'),
        C('the number of displaced at about 1,800 people', 'displaced', 1800, 'approx', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('displaced more than 4 million', 'displaced', 4000000, 'at-least', 'people'),
    ],
    sources=[
        S('a medical source', 'anonymous'),
        S('the source', 'anonymous'),
        S('residents', 'witness'),
        S('The government-run Saba news agency', 'media'),
        S('a military official', 'anonymous'),
        S('The STC', 'military'),
        S('STC spokesman Ali al-Kathiri', 'military', form='title-name'),
        S("Aden's health office", 'official'),
        S('the local authority', 'official'),
        S('the International Organization for Migration', 'ngo'),
        S('An eyewitness in Khor Maksar, Saleh Abdullah', 'witness', form='name'),
        S('U.N. figures', 'ngo', form='document'),
    ],
    numbers=[
        N('Feb. 3', 'date'),
        N('10-year-old', 'age'),
        N('more than six hours', 'duration'),
        N('2019', 'year'),
        N('two armored vehicles', 'count-objects'),
        N('8 p.m.', 'time'),
        N('6 a.m.', 'time'),
        N('November 2019', 'date'),
        N('2014', 'year'),
    ])

# j03: a militant attack on a pilgrims' bus in Reasi, Jammu (an Indian broadcaster, NDTV style, headline)
A['j03.txt'] = dict(
    casualty=[
        C('11 Killed', 'killed', 11, 'exact', 'people'),
        C('38 Injured', 'injured', 38, 'exact', 'people'),
        C('Eleven pilgrims', 'killed', 11, 'exact', 'people', id='tot', tags='repeat'),
        C('38 others injured', 'injured', 38, 'exact', 'people', tags='repeat'),
        C('the 38 injured', 'injured', 38, 'exact', 'people', id='inj2', tags='repeat'),
        C('10 have suffered gunshot wounds', 'injured', 10, 'exact', 'people', sub='inj2'),
        C('Four of the injured', 'injured', 4, 'exact', 'people', id='crit', sub='inj2'),
        C('seven of the deceased', 'killed', 7, 'exact', 'people', sub='tot'),
        C('one of the critically injured pilgrims had died', 'killed', 1, 'exact', 'people', sub='crit'),
        C('the toll to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('killed at least 20 terrorists', 'killed', 20, 'at-least', 'fighters'),
        C('14 soldiers have lost their lives', 'killed', 14, 'exact', 'soldiers'),
    ],
    sources=[
        S('officials', 'official'),
        S('Senior Superintendent of Police (SSP) Reasi Mohita Sharma', 'official', form='title-name'),
        S('Ms Sharma', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('a senior police officer', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Santosh Kumar Verma', 'witness', form='name'),
        S('locals', 'witness'),
        S('The Jammu and Kashmir Police', 'official'),
        S('Lieutenant Governor Anand Varma', 'official', form='title-name'),
        S('a doctor at GMC Jammu', 'anonymous'),
        S('official data', 'official', form='document'),
    ],
    numbers=[
        N('two-year-old', 'age'),
        N('53 passengers', 'count-people'),
        N('6.10 pm', 'time'),
        N('nearly 150 feet', 'distance'),
        N('two to three terrorists', 'count-people'),
        N('several minutes', 'duration'),
        N('five-year-old', 'age'),
        N('11 teams', 'count-objects'),
        N('two hours', 'duration'),
        N('Rs 10 lakh', 'money'),
        N('Rs 50,000', 'money'),
        N('about 80 km', 'distance'),
    ])

# j04: a security operation and protests in Khorog, Gorno-Badakhshan, Tajikistan (RFE/RL style)
A['j04.txt'] = dict(
    casualty=[
        C('nine "members of organized criminal groups"', 'killed', 9, 'exact', 'fighters'),
        C('one police officer have been killed', 'killed', 1, 'exact', 'soldiers'),
        C('13 law-enforcement officers had been wounded', 'injured', 13, 'exact', 'soldiers'),
        C('21 suspects had been detained', 'detained', 21, 'exact', 'people'),
        C('at least 25 people had been killed', 'killed', 25, 'at-least', 'people', tags='contradicted'),
        C('16 bodies', 'killed', 16, 'exact', 'people'),
        C('31 people', 'killed', 31, 'exact', 'people', id='prc', tags='contradicted'),
        C('three women', 'killed', 3, 'exact', 'women', sub='prc'),
        C('as many as 40 others were wounded', 'injured', 40, 'at-most', 'people'),
        C('more than 100 men had been rounded up', 'detained', 100, 'at-least', 'men', tags='contradicted'),
        C('38 people with injuries', 'injured', 38, 'exact', 'people', id='hos'),
        C('11 police officers', 'injured', 11, 'exact', 'soldiers', sub='hos'),
        C('the number of dead "criminals" to 14', 'killed', 14, 'exact', 'fighters', tags='update'),
        C('two more officers had died', 'killed', 2, 'exact', 'soldiers'),
        C('the number of police killed to three', 'killed', 3, 'exact', 'soldiers', tags='update'),
        C('Several hundred families have left', 'displaced', None, 'vague', 'people'),
        C('at least seven extrajudicial killings', 'killed', 7, 'at-least', 'people'),
        C('dozens of people dead', 'killed', None, 'vague', 'people'),
        C('more than 200 people', 'detained', 200, 'at-least', 'people'),
    ],
    sources=[
        S("Tajikistan's Interior Ministry", 'official'),
        S('residents', 'witness'),
        S('activists', 'other'),
        S('The ministry', 'official'),
        S('Residents of Khorog', 'witness'),
        S('One resident', 'witness', form='role'),
        S("a woman from Khorog's Tem district", 'witness', form='role'),
        S('The Pamir Rights Council', 'ngo'),
        S('The state news agency Khovar', 'media'),
        S("the Prosecutor-General's Office", 'official'),
        S('Gulnora Saidova', 'official', form='name'),
        S('the ministry', 'official'),
        S('a local journalist', 'anonymous'),
        S('The UN human rights office in Geneva', 'ngo'),
        S('the United Nations', 'ngo'),
        S('rights groups', 'ngo'),
    ],
    numbers=[
        N('May 19', 'date'),
        N('two days', 'duration'),
        N('One resident', 'count-people'),
        N('May 18', 'date'),
        N('17-year-old', 'age'),
        N('May 17', 'date'),
        N('May 16', 'date', nth=0),
        N('about 2,000 people', 'count-people'),
        N('29', 'age'),
        N('two days earlier', 'duration'),
        N('May 16', 'date', nth=1),
        N('May 20', 'date'),
        N('some 220,000 people', 'population'),
        N('May 16', 'date', nth=2),
        N('2022', 'year'),
        N('up to 18 years', 'duration'),
    ])

# j05: deadly protests and road blockades in Andahuaylas, Peru (AP style, em dash)
A['j05.txt'] = dict(
    casualty=[
        C('at least five people dead', 'killed', 5, 'at-least', 'people', id='tot'),
        C('more than 60 injured', 'injured', 60, 'at-least', 'people', id='inj'),
        C('Among the dead were two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('39 of the injured were civilians', 'injured', 39, 'exact', 'civilians', sub='inj'),
        C('24 were police officers', 'injured', 24, 'exact', 'soldiers', sub='inj'),
        C('the number of injured officers at 31', 'injured', 31, 'exact', 'soldiers', tags='contradicted'),
        C('arrested 18 people', 'detained', 18, 'exact', 'people'),
        C('treated 47 people', 'injured', 47, 'exact', 'people', id='hos'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='hos'),
        C('several remained in serious condition', 'injured', None, 'vague', 'people', sub='hos'),
        C('92 injured', 'injured', 92, 'exact', 'people', tags='contradicted'),
        C('the death toll to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('three people were killed', 'killed', 3, 'exact', 'people'),
    ],
    sources=[
        S("Peru's human rights ombudsman", 'official'),
        S("the Ombudsman's Office", 'official'),
        S('The Interior Ministry', 'official'),
        S('the ministry', 'official'),
        S('Dr. Wilber Quispe', 'official', form='title-name'),
        S('Rosa Huamán', 'witness', form='name'),
        S('The National Human Rights Coordinator', 'ngo'),
        S("the government", 'official', nth=0),
        S('the Health Ministry', 'official'),
        S('the national highway authority', 'official'),
        S('residents', 'witness'),
        S('Prime Minister Óscar Villanueva', 'official', form='title-name'),
    ],
    numbers=[
        N('ages 15 and 17', 'age'),
        N('52', 'age'),
        N('22-year-old', 'age'),
        N('more than 40 points', 'count-objects'),
        N('hundreds of trucks', 'count-objects'),
        N('some 2,000 travelers', 'count-people'),
        N('about 12 flights', 'count-objects'),
        N('30-day', 'duration'),
        N('about 40,000 people', 'population'),
        N('some 270 miles', 'distance'),
        N('435 kilometers', 'distance'),
        N('2018', 'year'),
    ])

# j06: a crackdown on opposition protests in N'Djamena, Chad (a human-rights group's report, headline)
A['j06.txt'] = dict(
    casualty=[
        C('Killing Dozens', 'killed', None, 'vague', 'people'),
        C('killing at least 48 people', 'killed', 48, 'at-least', 'people', id='tot'),
        C('wounding more than 200', 'injured', 200, 'at-least', 'people', id='inj'),
        C('Hundreds more were arrested', 'detained', None, 'vague', 'people', id='hund'),
        C('at least four of them died in custody', 'killed', 4, 'at-least', 'people', sub='hund'),
        C('14 of those killed', 'killed', 14, 'exact', 'people', sub='tot'),
        C('15 deaths', 'killed', 15, 'exact', 'people', id='gov', tags='contradicted'),
        C('6 police officers', 'killed', 6, 'exact', 'soldiers', sub='gov'),
        C('35–40 bodies', 'killed', None, 'range', 'people', low=35, high=40),
        C('nearly 30 of the wounded were children', 'injured', 30, 'at-most', 'children', sub='inj'),
        C('arrested at least 600 people', 'detained', 600, 'at-least', 'people', id='arr'),
        C('at least 80 children', 'detained', 80, 'at-least', 'children', sub='arr'),
        C('Four people died', 'killed', 4, 'exact', 'people', id='four', tags='repeat'),
        C('two of them', 'killed', 2, 'exact', 'people', sub='four'),
        C('at least 25 people had not been seen', 'missing', 25, 'at-least', 'people'),
        C('97 people had been killed', 'killed', 97, 'exact', 'people', tags='contradicted'),
        C('1,369 arrested', 'detained', 1369, 'exact', 'people', id='nhrc'),
        C('262 of those arrested', 'detained', 262, 'exact', 'people', sub='nhrc'),
    ],
    sources=[
        S('Justice Sahel', 'ngo', nth=0),
        S('a 24-year-old student', 'witness', form='role'),
        S('The government', 'official'),
        S('Communication Minister Abakar Mahamat Issa', 'official', form='title-name'),
        S('A doctor at N’Djamena’s general hospital', 'anonymous'),
        S('Hospital staff', 'anonymous'),
        S('Justice Sahel', 'ngo', nth=3),
        S('Former detainees', 'witness'),
        S('three survivors', 'witness'),
        S('Relatives', 'witness'),
        S('The National Human Rights Commission', 'official'),
        S('Halima Djibrine', 'ngo', form='name'),
        S('Justice Sahel', 'ngo', nth=6),
    ],
    numbers=[
        N('November 12, 2025', 'date'),
        N('September 18 and 19, 2025', 'date'),
        N('57 people', 'count-people'),
        N('31 witnesses', 'count-people'),
        N('9 medical workers', 'count-people'),
        N('26 videos', 'count-objects'),
        N('24-year-old', 'age'),
        N('September 20', 'date'),
        N('September 18', 'date', nth=1),
        N('about 600 kilometers', 'distance'),
        N('three days', 'duration'),
        N('three survivors', 'count-people'),
        N('€45 million', 'money'),
    ])

# j07: a paramilitary attack on a village in Gezira state, Sudan (a doctors' network statement, first
# person plural, one sentence a paragraph)
A['j07.txt'] = dict(
    casualty=[
        C('the killing of 73 civilians', 'killed', 73, 'exact', 'civilians', id='tot'),
        C('18 women', 'killed', 18, 'exact', 'women', sub='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('At least 112 others were injured', 'injured', 112, 'at-least', 'civilians', id='inj'),
        C('23 of them', 'injured', 23, 'exact', 'civilians', sub='inj'),
        C('37 people', 'detained', 37, 'exact', 'people'),
        C('46 of the wounded', 'injured', 46, 'exact', 'civilians', sub='inj'),
        C('Four of the wounded died', 'killed', 4, 'exact', 'civilians', sub='inj'),
        C('the number of dead to 77', 'killed', 77, 'exact', 'civilians', tags='update'),
        C('two of our colleagues', 'missing', 2, 'exact', 'other'),
        C('killed more than 60 of their fighters', 'killed', 60, 'at-least', 'fighters', tags='contradicted'),
        C('the death toll at 81', 'killed', 81, 'exact', 'civilians', tags='contradicted'),
        C('the bodies of several victims', 'killed', None, 'vague', 'people'),
        C('More than 3,000 residents', 'displaced', 3000, 'at-least', 'civilians'),
        C('more than 500,000 people have been displaced', 'displaced', 500000, 'at-least', 'people'),
        C('around 1,200 civilians have been killed', 'killed', 1200, 'approx', 'civilians'),
    ],
    sources=[
        S('the Central Sudan Doctors’ Network', 'ngo'),
        S('The Central Sudan Doctors’ Network', 'ngo'),
        S('Our teams in the area', 'ngo', form='collective'),
        S('Witnesses', 'witness'),
        S('The RSF', 'military'),
        S('The Gezira State Ministry of Health', 'official'),
        S('the International Organization for Migration', 'ngo'),
        S('Our network', 'ngo'),
    ],
    numbers=[
        N('22 October', 'date'),
        N('more than 40 combat vehicles', 'count-objects'),
        N('three-year-old', 'age'),
        N('not one of them', 'other'),
        N('December 2023', 'date'),
        N('the past four weeks', 'duration'),
        N('The two hospitals', 'count-objects'),
        N('18-hour', 'duration'),
        N('23 October 2024', 'date'),
    ])

# j08: an attack on a market and a peacekeepers' base in Abyei (a UN interim security force's press
# statement)
A['j08.txt'] = dict(
    casualty=[
        C('at least 19 people dead', 'killed', 19, 'at-least', 'people', id='tot'),
        C('one peacekeeper', 'killed', 1, 'exact', 'soldiers', sub='tot'),
        C('three others were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('15 civilians', 'killed', 15, 'exact', 'civilians', id='civ', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='civ'),
        C('two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('three of the attackers', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('At least 27 people were injured', 'injured', 27, 'at-least', 'people', id='inj'),
        C('14 of whom', 'injured', 14, 'exact', 'people', id='ev', sub='inj'),
        C('Two of them died', 'killed', 2, 'exact', 'people', sub='ev'),
        C('up to eight people', 'detained', 8, 'at-most', 'people'),
        C('some 2,500 civilians have sought refuge', 'displaced', 2500, 'approx', 'civilians'),
        C('the number of dead at 24', 'killed', 24, 'exact', 'people', tags='contradicted'),
        C('eight to ten people were still missing', 'missing', None, 'range', 'people', low=8, high=10),
    ],
    sources=[
        S('UNISFA', 'military', nth=0),
        S('The United Nations Interim Security Force for Abyei (UNISFA)', 'military'),
        S('preliminary information', 'other', form='document'),
        S('The Mission', 'military', nth=0),
        S('the Head of Mission and Force Commander, Major General Kwame Asante-Boateng', 'military',
          form='title-name'),
        S('The Abyei Special Administrative Area', 'official'),
        S('local chiefs', 'other'),
        S('the Mission’s civil affairs officers', 'military'),
        S('The Mission', 'military', nth=2),
    ],
    numbers=[
        N('3 February 2025', 'date'),
        N('2 February', 'date'),
        N('about 70 armed youth', 'count-people'),
        N('10:30 hours', 'time'),
        N('nearly two hours', 'duration'),
        N('an additional 120 troops', 'count-people'),
        N('some 40 kilometres', 'distance'),
        N('Around 60 shops and market stalls', 'count-objects'),
        N('resolution 2760', 'other'),
        N('2024', 'year'),
        N('some 3,200 military and police personnel', 'count-people'),
        N('June 2011', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
