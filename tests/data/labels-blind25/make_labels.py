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

# ---------------------------------------------------------------- labels (twenty-fifth blind set: i01-i08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / lost N soldiers / buried / bodies', r'\bneutralised\b|\blost\b|\bburied\b'),
    ('captured / kidnapped / abduction / still being held', r'\bcaptured\b|\bkidnapped\b|\babduction\b|\bheld\b'),
    ('treated / treating / received N wounded / serious condition',
     r'\btreat(?:s|ed|ing)\b|\breceived\b|\bserious condition\b'),
    ('evacuated / fled / forced … to flee / families arrived / refugees',
     r'\bevacuated\b|\bforced\b|\brefugees\b|\bfleeing\b'),
    ('not been found / still missing / whereabouts unknown', r'\bnot been found\b|\bstill missing\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('police officers / servicemen / police and soldiers', r'\b(?:police|servicemen)\b'),
    ('attackers / assailants / members of a faction / terrorists', r'\b(?:attackers|assailants|members)\b'),
    ('volunteers / social leaders', r'\b(?:volunteers|social leaders)\b'),
    ('smugglers / students / families / patients / refugees / IDPs',
     r'\b(?:smugglers|students|families|patients|refugees|displaced people)\b'),
    ('young men', r'\byoung men\b'),
]

# i01: FARC dissidents attack a police station and a checkpoint in Tumaco, Nariño, Colombia
# (a Colombian paper's English service; American spelling, straight quotes, em dash)
A['i01.txt'] = dict(
    casualty=[
        C('At least nine people were killed', 'killed', 9, 'at-least', 'people', id='tot'),
        C('14 wounded', 'injured', 14, 'exact', 'people'),
        C('five of the dead were police officers', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('two were soldiers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('two were civilians', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('killed four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('captured two more', 'detained', 2, 'exact', 'fighters', id='cap'),
        C('one of them wounded', 'injured', 1, 'exact', 'fighters', sub='cap'),
        C('treating 14 people', 'injured', 14, 'exact', 'people', id='hosp', tags='repeat'),
        C('three children', 'injured', 3, 'exact', 'children', sub='hosp'),
        C('four were in serious condition', 'injured', 4, 'exact', 'people', sub='hosp'),
        C('killed more than 15 police and soldiers', 'killed', 15, 'at-least', 'soldiers', tags='contradicted'),
        C('forced almost 1,200 people', 'displaced', 1200, 'at-most', 'people'),
        C('between 60 and 80 families', 'displaced', None, 'range', 'people', low=60, high=80),
        C('18 social leaders have been killed', 'killed', 18, 'exact', 'other'),
    ],
    sources=[
        S("the Nariño Governor's Office", 'official'),
        S('Governor Luis Alfonso Mejía', 'official', form='title-name'),
        S('Mejía', 'official', nth=1, form='name'),
        S('the National Police', 'official'),
        S('Police', 'official', nth=1, form='collective'),
        S('The Defense Ministry', 'military'),
        S('San Andrés Hospital', 'official'),
        S('Hospital director Marcela Quiñones', 'official', form='title-name'),
        S('the Bloque Costa Pacífica', 'military', nth=1),
        S('The group', 'military'),
        S("The Ombudsman's Office", 'official'),
        S('the office', 'official'),
        S('Residents of Viento Libre', 'witness'),
        S('Yolanda Cortés', 'witness', form='name'),
        S('United Nations estimates', 'ngo', form='document'),
        S('The Pacific Peace Institute', 'ngo'),
        S('Defense Minister Álvaro Restrepo', 'military', form='title-name'),
    ],
    numbers=[
        N('17-year-old', 'age'),
        N('4:15 a.m.', 'time'),
        N('some 40 gunmen', 'count-people'),
        N('2016', 'year'),
        N('3 kilometers', 'distance'),
        N('11 rifles', 'count-objects'),
        N('600 rounds of ammunition', 'count-objects'),
        N('280 kilometers', 'distance'),
        N('two schools', 'count-objects'),
        N('nearly two hours', 'duration'),
        N('53', 'age'),
        N('about 260,000 people', 'population'),
        N("one of Colombia's largest", 'other'),
        N('more than 20,000 hectares', 'quantity'),
        N('500 additional troops', 'count-people'),
        N('200 million pesos', 'money'),
        N('about $50,000', 'money'),
        N('2019', 'year'),
    ])

# i02: suspected Jordanian air strikes, a car bomb and kidnappings in Sweida, southern Syria
# (a Syrian war monitor's statement with a headline; British spelling, straight quotes)
A['i02.txt'] = dict(
    casualty=[
        C('12 civilians', 'killed', 12, 'exact', 'civilians', id='head'),
        C('five children', 'killed', 5, 'exact', 'children', sub='head'),
        C('the deaths of 12 civilians', 'killed', 12, 'exact', 'civilians', id='tot', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', nth=1, sub='tot', tags='repeat'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('seven people were killed', 'killed', 7, 'exact', 'people', id='arman', sub='tot'),
        C('four of their children', 'killed', 4, 'exact', 'children', sub='arman'),
        C('killed five members', 'killed', 5, 'exact', 'people', sub='tot'),
        C('at least 17 other people were wounded', 'injured', 17, 'at-least', 'people', id='inj'),
        C('several of them critically', 'injured', None, 'vague', 'people', sub='inj'),
        C('killed 27 smugglers', 'killed', 27, 'exact', 'people'),
        C('arrested dozens of others', 'detained', None, 'vague', 'people'),
        C('killing three of its members', 'killed', 3, 'exact', 'fighters'),
        C('wounding nine people', 'injured', 9, 'exact', 'people'),
        C('four of its fighters had been killed', 'killed', 4, 'exact', 'fighters', tags='contradicted'),
        C('the abduction of at least 23 people', 'detained', 23, 'at-least', 'people', id='abd'),
        C('nine of them are still being held', 'detained', 9, 'exact', 'people', sub='abd'),
        C('kidnapped two university students', 'detained', 2, 'exact', 'people'),
        C('214 civilians have been killed', 'killed', 214, 'exact', 'civilians', id='year'),
        C('38 of them children', 'killed', 38, 'exact', 'children', sub='year'),
    ],
    sources=[
        S('The Southern Syria Monitor for Human Rights (SSMHR)', 'ngo'),
        S('SSMHR sources', 'anonymous'),
        S('the Jordanian authorities', 'official'),
        S('SSMHR activists', 'ngo', form='collective'),
        S('medical sources', 'anonymous'),
        S('a relative of the family in Malah', 'witness', form='role'),
        S('Jordanian state media', 'media'),
        S('a military source', 'anonymous'),
        S('SSMHR sources', 'anonymous', nth=1),
        S('The faction, the Jabal Guards', 'military'),
        S('SSMHR', 'ngo', nth=5),
        S('Local sources', 'anonymous'),
        S('SSMHR statistics', 'ngo', form='document'),
    ],
    numbers=[
        N('two houses', 'count-objects'),
        N('January 14', 'date'),
        N('aged three', 'age'),
        N('about 2 kilometres', 'distance'),
        N('more than 4 million Captagon pills', 'count-objects'),
        N('between $5,000 and $20,000', 'money'),
        N('about 40 km', 'distance'),
        N('2025', 'year'),
        N('about 450,000 people', 'population'),
        N('December 2024', 'date'),
    ])

# i03: a glide bomb on an aid distribution point west of Bakhmut, Donetsk, Ukraine
# (AP style, one sentence a paragraph; American spelling, curly quotes)
A['i03.txt'] = dict(
    casualty=[
        C('killing six civilians', 'killed', 6, 'exact', 'civilians', id='tot'),
        C('wounding 11', 'injured', 11, 'exact', 'civilians', id='inj'),
        C('Two volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('wounding three police officers', 'injured', 3, 'exact', 'soldiers'),
        C('the death toll to eight', 'killed', 8, 'exact', 'civilians', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'civilians', sub='inj'),
        C('the number of wounded at 13', 'injured', 13, 'exact', 'civilians', tags='update'),
        C('killed up to 45 servicemen', 'killed', 45, 'at-most', 'soldiers', tags='contradicted'),
        C('62 Russian soldiers had been killed', 'killed', 62, 'exact', 'soldiers'),
        C('80 to 90 wounded', 'injured', None, 'range', 'soldiers', low=80, high=90),
        C('wounding five people', 'injured', 5, 'exact', 'people'),
        C('killed 17 civilians', 'killed', 17, 'exact', 'civilians'),
        C('wounded 54', 'injured', 54, 'exact', 'civilians'),
        C('More than 1,000 people', 'displaced', 1000, 'at-least', 'people', id='evac'),
        C('120 children', 'displaced', 120, 'exact', 'children', sub='evac'),
        C('more than 12,000 civilian deaths', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Donetsk regional Gov. Ihor Marchenko', 'official', form='title-name'),
        S('Olha Tkachenko', 'witness', form='name'),
        S('Ukraine’s National Police', 'official'),
        S('the regional prosecutor’s office', 'official'),
        S('Russia’s Defense Ministry', 'military'),
        S('the Ukrainian military’s Khortytsia operational group', 'military'),
        S('Its spokesman, Capt. Oleksandr Bilyk', 'military', form='title-name'),
        S('Moscow-installed officials in the occupied part of Donetsk region', 'official'),
        S('the regional administration', 'official'),
        S('the administration', 'official'),
        S('Ukrainian estimates', 'other', form='document'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('dozens of elderly residents', 'count-people'),
        N('68', 'age'),
        N('about 40 minutes', 'duration'),
        N('27 Russian assaults', 'count-objects'),
        N('24 hours', 'duration'),
        N('May 2023', 'date'),
        N('more than nine months', 'duration'),
        N('Fewer than 500 civilians', 'count-people'),
        N('about 70,000', 'population'),
        N('February 2022', 'date'),
    ])

# i04: Pakistani air strikes on Khost province, Afghanistan, with a rising toll
# (Reuters style; American spelling, straight quotes)
A['i04.txt'] = dict(
    casualty=[
        C('killed 19 people', 'killed', 19, 'exact', 'people', id='tot', tags='update'),
        C('an earlier toll of eight', 'killed', 8, 'exact', 'people'),
        C('12 of the dead were children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('four were women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('seven other people were wounded', 'injured', 7, 'exact', 'people', id='inj'),
        C('around 30 terrorists" had been killed', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('killing 16 Pakistani soldiers', 'killed', 16, 'exact', 'soldiers'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='un', tags='contradicted'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='un'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the overall toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('Thousands of families fled', 'displaced', None, 'vague', 'people'),
        C('about 72,000 refugees', 'displaced', 72000, 'approx', 'people'),
    ],
    sources=[
        S('Taliban officials', 'official'),
        S('Zabiullah Hamdard', 'official', form='name'),
        S('Taliban government spokesman Sayed Ahmad Mutahir', 'official', form='title-name'),
        S('two Pakistani security officials', 'anonymous'),
        S('one of the officials', 'anonymous'),
        S("the military's media wing", 'military'),
        S('Residents of Gurbuz', 'witness'),
        S('Gul Rahman', 'witness', form='name'),
        S('The United Nations Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('the provincial health department', 'official'),
        S('Islamabad', 'official'),
        S('the Taliban', 'official', form='collective'),
        S('the U.N. refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('March 18', 'date'),
        N('two districts', 'count-objects'),
        N('two Pakistani security officials', 'count-people'),
        N('one of the officials', 'count-people'),
        N('three days', 'duration'),
        N('three mud-brick houses', 'count-objects'),
        N('one house', 'count-objects'),
        N('42', 'age'),
        N('August 2021', 'date'),
        N('2,600-km', 'distance'),
        N('1,600-mile', 'distance'),
        N('2014', 'year'),
    ])

# i05: a jihadist attack on an army post near Diffa, Niger (a radio broadcaster's web story,
# RFI style, with a headline; British spelling, curly quotes)
A['i05.txt'] = dict(
    casualty=[
        C('at least 22 soldiers killed', 'killed', 22, 'at-least', 'soldiers', id='head'),
        C('At least 22 Nigerien soldiers were killed', 'killed', 22, 'at-least', 'soldiers', tags='repeat'),
        C('15 other soldiers were wounded', 'injured', 15, 'exact', 'soldiers'),
        C('four were missing', 'missing', 4, 'exact', 'soldiers'),
        C('neutralised” about 40 assailants', 'killed', 40, 'approx', 'fighters'),
        C('lost nearly 30 soldiers', 'killed', 30, 'at-most', 'soldiers', tags='contradicted'),
        C('several others have not been found', 'missing', None, 'vague', 'soldiers'),
        C('abducted 12 civilians', 'detained', 12, 'exact', 'civilians', id='abd'),
        C('three women', 'detained', 3, 'exact', 'women', sub='abd'),
        C('more than 3,000 people had fled', 'displaced', 3000, 'at-least', 'people'),
        C('roughly 300,000 refugees, returnees and internally displaced people', 'displaced', 300000, 'approx',
          'people'),
        C('killed 11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('killed upwards of 35,000 people', 'killed', 35000, 'at-least', 'people'),
        C('displaced over 2 million', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('a defence ministry communiqué', 'military', form='document'),
        S('state television', 'media'),
        S('The ministry', 'military'),
        S('local sources', 'anonymous'),
        S('A security source in Diffa', 'anonymous'),
        S('residents', 'witness'),
        S('a village chief', 'anonymous'),
        S('The mayor of Chétimari, Bako Mamadou', 'official', form='title-name'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('the ministry', 'military'),
        S('Issoufou Garba Maïga', 'other', form='name'),
        S('United Nations figures', 'ngo', form='document'),
    ],
    numbers=[
        N('dozens of motorcycles', 'count-objects'),
        N('at least six pick-up trucks', 'count-objects'),
        N('about 30 kilometres', 'distance'),
        N('5.30am', 'time'),
        N('July 2023', 'date'),
        N('several local radio stations', 'count-objects'),
        N('2009', 'year'),
    ])

# i06: armed attacks on villages near Bossangoa, Central African Republic (an MSF press release,
# first person, with a headline and notes to editors; British spelling, curly quotes, en-dash dateline)
A['i06.txt'] = dict(
    casualty=[
        C('treats 47 wounded', 'injured', 47, 'exact', 'people', id='head'),
        C('treated 47 people', 'injured', 47, 'exact', 'people', id='tot', tags='repeat'),
        C('19 children', 'injured', 19, 'exact', 'children', sub='tot'),
        C('11 women', 'injured', 11, 'exact', 'women', sub='tot'),
        C('Six of our patients died', 'killed', 6, 'exact', 'people', sub='tot'),
        C('14 remain in a serious condition', 'injured', 14, 'exact', 'people', sub='tot'),
        C('at least 15 people had been killed', 'killed', 15, 'at-least', 'people'),
        C('Two or three children', 'missing', None, 'range', 'children', low=2, high=3),
        C('at least 38 deaths', 'killed', 38, 'at-least', 'people'),
        C('the number of civilians killed at 26', 'killed', 26, 'exact', 'civilians', tags='contradicted'),
        C('some 9,000 people had fled', 'displaced', 9000, 'approx', 'people'),
        C('more than 2,000 displaced people', 'displaced', 2000, 'at-least', 'people'),
        C('treated more than 600 patients', 'injured', 600, 'at-least', 'people'),
    ],
    sources=[
        S('MSF', 'ngo', nth=2),
        S('Dr Aïcha Ndongo', 'ngo', form='title-name'),
        S('A 34-year-old farmer from the village of Kadi', 'witness', form='role'),
        S('Local authorities in Bossangoa', 'official'),
        S('The UN peacekeeping mission, MINUSCA', 'military'),
        S('The prefect of Ouham, Marcel Ngaïkoumon', 'official', form='title-name'),
        S('the group', 'military'),
        S('Jean-Paul Yakité', 'ngo', form='name'),
    ],
    numbers=[
        N('12 September 2024', 'date'),
        N('several villages', 'count-objects'),
        N('8 September', 'date'),
        N('18 months old', 'age'),
        N('two or three days', 'duration'),
        N('34-year-old', 'age'),
        N('some 60 homes', 'count-objects'),
        N('five villages', 'count-objects'),
        N('3R', 'other'),
        N('1,500 blankets', 'count-objects'),
        N('around 40,000 litres', 'quantity'),
        N('12 months', 'duration'),
        N('1997', 'year'),
        N('11 projects', 'count-objects'),
        N('more than 2,800 staff', 'count-people'),
    ])

# i07: M23-FARDC fighting in Rutshuru territory, North Kivu, DRC (a UN OCHA flash update with
# headings; British spelling)
A['i07.txt'] = dict(
    casualty=[
        C('displaced an estimated 58,000 people', 'displaced', 58000, 'approx', 'people'),
        C('At least 31 civilians have been killed', 'killed', 31, 'at-least', 'civilians'),
        C('74 injured', 'injured', 74, 'exact', 'civilians'),
        C('killing 11 civilians', 'killed', 11, 'exact', 'civilians', id='kib'),
        C('six children', 'killed', 6, 'exact', 'children', sub='kib'),
        C('The civilian death toll has risen to 31', 'killed', 31, 'exact', 'civilians', tags='repeat update'),
        C('19', 'killed', 19, 'exact', 'civilians'),
        C('74 people injured', 'injured', 74, 'exact', 'people', id='inj', tags='repeat'),
        C('23 of them women', 'injured', 23, 'exact', 'women', sub='inj'),
        C('between 40 and 50 people', 'detained', None, 'range', 'people', low=40, high=50, id='abd'),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('15 of them', 'missing', 15, 'exact', 'people', sub='abd'),
        C('an estimated 58,000 newly displaced people', 'displaced', 58000, 'approx', 'people', id='disp',
          tags='repeat'),
        C('approximately 22,000', 'displaced', 22000, 'approx', 'people', sub='disp'),
        C('over 500,000 internally displaced people', 'displaced', 500000, 'at-least', 'people'),
        C('received 52 wounded', 'injured', 52, 'exact', 'people', id='hosp'),
        C('17 with gunshot wounds', 'injured', 17, 'exact', 'people', sub='hosp'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('civil society sources', 'anonymous'),
        S('Local authorities', 'official'),
        S('M23', 'military', nth=1),
        S('Partners', 'ngo', form='collective'),
        S('The general referral hospital in Rutshuru', 'official'),
        S('Protection monitors', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('14 May 2024', 'date'),
        N('6 May', 'date'),
        N('M23', 'other'),
        N('two health centres', 'count-objects'),
        N('6 May', 'date', nth=1),
        N('about 80 km', 'distance'),
        N('nearly three weeks', 'duration'),
        N('9 May', 'date'),
        N('some 4,000 people', 'count-people'),
        N('No. 2', 'other'),
        N('6 May', 'date', nth=2),
        N('M23', 'other', nth=1),
        N('14 spontaneous sites', 'count-objects'),
        N('at least 3 schools', 'count-objects'),
        N('more than 2,500 pupils', 'count-people'),
        N('between 6 and 12 May', 'date'),
        N('two of the seven health centres', 'count-objects'),
        N('ten days', 'duration'),
        N('63 incidents', 'count-objects'),
        N('12 May', 'date', nth=1),
        N('3,200 families', 'count-people'),
        N('45,000 people', 'count-people'),
        N('30 days', 'duration'),
        N('Two mobile clinics', 'count-objects'),
        N('more than 1,900 consultations', 'count-objects'),
        N('8 May', 'date'),
        N('2024', 'year', nth=1),
        N('US$2.6 billion', 'money'),
        N('8.7 million people', 'count-people'),
        N('16 per cent', 'percentage'),
        N('14 May', 'date', nth=1),
    ])

# i08: a cattle raid near Bentiu and clashes in the displacement camp, Unity State, South Sudan
# (AFP style; British spelling, curly quotes)
A['i08.txt'] = dict(
    casualty=[
        C('At least 27 people were killed', 'killed', 27, 'at-least', 'people'),
        C('buried 27 people', 'killed', 27, 'exact', 'people', id='bur', tags='repeat'),
        C('four women', 'killed', 4, 'exact', 'women', sub='bur'),
        C('three children', 'killed', 3, 'exact', 'children', sub='bur'),
        C('31 others are wounded', 'injured', 31, 'exact', 'people', id='inj'),
        C('killed 11 of the attackers', 'killed', 11, 'exact', 'fighters'),
        C('16 of their young men had been killed', 'killed', 16, 'exact', 'men', tags='contradicted'),
        C('14 wounded people', 'injured', 14, 'exact', 'people'),
        C('killing two', 'killed', 2, 'exact', 'people'),
        C('wounding nine', 'injured', 9, 'exact', 'people'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('arrested a dozen young men', 'detained', 12, 'exact', 'men'),
        C('as many as five of the wounded', 'killed', 5, 'at-most', 'people', sub='inj'),
        C('the toll from the raid to 32', 'killed', 32, 'exact', 'people', tags='update'),
        C('more than 200,000 people displaced', 'displaced', 200000, 'at-least', 'people'),
        C('kill hundreds of people', 'killed', None, 'vague', 'people'),
        C('nearly 400,000 people dead', 'killed', 400000, 'at-most', 'people'),
        C('more than 1 million people fleeing', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Unity State information minister Gatluak Riek Nyuon', 'official', form='title-name'),
        S('Officials in Warrap’s Tonj North county', 'official'),
        S('The UN Mission in South Sudan (UNMISS)', 'military'),
        S('Camp chairman Peter Gatdet Yak', 'other', form='title-name'),
        S('police in Bentiu', 'official', form='collective'),
        S('An aid worker in Bentiu', 'anonymous'),
        S('the UN humanitarian agency OCHA', 'ngo'),
        S('the UN refugee agency', 'ngo'),
        S('aid groups', 'ngo', form='collective'),
    ],
    numbers=[
        N('numbering more than 300', 'count-people'),
        N('three cattle camps', 'count-objects'),
        N('an estimated 7,000 head of cattle', 'count-objects'),
        N('about 45 kilometres', 'distance'),
        N('about 140,000 people', 'population'),
        N('four consecutive years', 'duration'),
        N('2018', 'year'),
        N('five-year', 'duration'),
        N('April 2023', 'date'),
        N('December 2026', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
