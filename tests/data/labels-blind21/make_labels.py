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

# ---------------------------------------------------------------- labels (blind set 21: c01-c08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('corpses / coffins / bury / martyred / neutralized / found dead / dead on arrival / killings',
     r'\bcorpses\b|\bcoffins\b|\bbury\b|\bmartyred\b|\bneutralized\b|\bfound dead\b|\bdead on arrival\b|'
     r'\bkillings\b'),
    ('abducting / abductions / kidnapped / taken away / those taken / captured / remain in prisons / in detention',
     r'\babduct|\bkidnapped\b|\btaken\b|\bcaptured\b|\bprisons\b|\bdetention\b'),
    ('gunshot injuries / in serious/critical condition / hospitalized / admitted / wounds',
     r'\binjuries\b|\bcondition\b|\bhospitalized\b|\badmitted\b|\bwounds\b'),
    ('trapped / buried (under rubble)', r'\btrapped\b|\bburied\b'),
    ('evacuated / had left / forced … from their homes', r'\bevacuated\b|\bleft\b|\bfrom their homes\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('bandits/jihadists/attackers/members/apostates', r'\b(?:bandits|jihadists|attackers|members|apostates)\b'),
    ('farmers/miners/migrant workers/jade pickers', r'\b(?:farmers|workers|pickers)\b'),
    ('worshippers/Rafidha/migrants', r'\b(?:worshippers|Rafidha|migrants)\b'),
    ('boys/daughters/brothers/nephews', r'\b(?:boys|daughters|brothers|nephews)\b'),
    ('persons/victims/patients/families/households', r'\b(?:persons|victims|patients|families)\b'),
]

# c01: a bandit attack on three villages in Danmusa, Katsina state, Nigeria, with kidnappings (Reuters style)
A['c01.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('abducting dozens of others', 'detained', None, 'vague', 'people', id='abd'),
        C('23 corpses have been recovered', 'killed', 23, 'exact', 'people', tags='repeat'),
        C('Eight persons sustained gunshot injuries', 'injured', 8, 'exact', 'people'),
        C('helped bury 31 people', 'killed', 31, 'exact', 'people', id='r31', tags='contradicted'),
        C('two of his brothers', 'killed', 2, 'exact', 'people', sub='r31'),
        C('taken away between 40 and 50 people', 'detained', None, 'range', 'people', low=40, high=50),
        C('67 people were still unaccounted for', 'missing', 67, 'exact', 'people'),
        C('19 of those taken were women', 'detained', 19, 'exact', 'women', sub='abd'),
        C('at least a dozen were children', 'detained', 12, 'at-least', 'children', sub='abd'),
        C('11 of the kidnapped victims', 'detained', 11, 'exact', 'people', sub='abd'),
        C('two bandits were "neutralized', 'killed', 2, 'exact', 'fighters'),
        C('One police officer was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('188 killings', 'killed', 188, 'exact', 'people'),
        C('412 abductions', 'detained', 412, 'exact', 'people'),
        C('more than 5,000 people had fled', 'displaced', 5000, 'at-least', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('forced some 450,000 people from their homes', 'displaced', 450000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('residents', 'witness', nth=0),
        S('Katsina police spokesman Abubakar Sadiq Aliyu', 'official', form='title-name'),
        S('Aliyu', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Lawal Musa', 'witness', form='name'),
        S('Musa', 'witness', nth=1, form='name'),
        S('A local government official', 'anonymous'),
        S('Police', 'official'),
        S('Aliyu', 'official', nth=2, form='name'),
        S('Musa', 'witness', nth=2, form='name'),
        S("The state's commissioner for internal security, Nasir Mu'azu", 'official', form='title-name'),
        S('the Armed Conflict Location & Event Data Project', 'ngo'),
        S('the U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('numbering more than 100', 'count-people'),
        N('about 11 p.m.', 'time'),
        N('nearly four hours', 'duration'),
        N('in their hundreds', 'count-people'),
        N('three villages', 'count-objects', nth=1),
        N('the age of 15', 'age'),
        N('5 million naira', 'money'),
        N('$3,250', 'money'),
        N('the first nine months', 'duration'),
        N('about 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('one of the deadliest', 'other'),
        N('2011', 'year'),
    ])

# c02: fighting between Somaliland's army and SSC-Khatumo fighters near Las Anod, Sool region
# (a broadcaster, BBC style, with a headline and no dateline)
A['c02.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('killed dozens of people', 'killed', None, 'vague', 'people', tags='repeat'),
        C('the bodies of 27 people', 'killed', 27, 'exact', 'people', id='hosp'),
        C('16 of them fighters', 'killed', 16, 'exact', 'fighters', sub='hosp'),
        C('96 wounded', 'injured', 96, 'exact', 'people'),
        C('killed more than 60 Somaliland soldiers', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('captured 43', 'detained', 43, 'exact', 'soldiers', tags='contradicted'),
        C('lost nine of its own fighters', 'killed', 9, 'exact', 'fighters'),
        C('12 of its soldiers had been killed', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('two dozen wounded', 'injured', 24, 'exact', 'soldiers'),
        C('killed scores of attackers', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('two daughters', 'killed', 2, 'exact', 'children'),
        C('up to 12,000 people have fled', 'displaced', 12000, 'at-most', 'people'),
        C('roughly 100,000 people who had fled', 'displaced', 100000, 'approx', 'people'),
    ],
    sources=[
        S('officials on both sides', 'official'),
        S('The director of Las Anod General Hospital, Dr Abdirahman Hassan', 'official', form='title-name'),
        S('SSC-Khatumo', 'military', nth=1),
        S('Its spokesman, Mohamed Ali Gaas', 'military', form='title-name'),
        S("Somaliland's defence ministry", 'military'),
        S('The ministry', 'military'),
        S('Residents', 'witness'),
        S('Faadumo Cali', 'witness', form='name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('05:30', 'time'),
        N('02:30 GMT', 'time'),
        N('two surgeons', 'count-people'),
        N('30 hours', 'duration'),
        N('four armoured vehicles', 'count-objects'),
        N('a mother of six', 'count-people'),
        N('some 40km', 'distance'),
        N('25 miles', 'distance'),
        N('2023', 'year'),
        N('an estimated 200,000 people', 'population'),
        N('more than two years', 'duration'),
        N('1991', 'year'),
        N('several mediation efforts', 'count-objects'),
    ])

# c03: a military air strike on a jade-mining settlement near Hpakant, Kachin state, Myanmar (AP style)
A['c03.txt'] = dict(
    casualty=[
        C('killed at least 28 people', 'killed', 28, 'at-least', 'people', id='tot'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('wounded more than 40 others', 'injured', 40, 'at-least', 'people', id='inj'),
        C('pulled 17 bodies', 'killed', 17, 'exact', 'people'),
        C('around 10 people” were still buried', 'missing', 10, 'approx', 'people'),
        C('the death toll had risen to 32', 'killed', 32, 'exact', 'people', id='upd', tags='update'),
        C('four of the injured died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('Of the wounded, 14', 'injured', 14, 'exact', 'people', sub='inj'),
        C('killed about 20 of them', 'killed', 20, 'approx', 'fighters', tags='contradicted'),
        C('fewer than 10 civilians had been hurt', 'injured', 10, 'at-most', 'civilians', tags='contradicted'),
        C('as many as 1,500 residents had fled', 'displaced', 1500, 'at-most', 'civilians'),
        C('at least three of the dead were migrant workers', 'killed', 3, 'at-least', 'other', sub='upd'),
        C('upwards of 6,000 civilians have been killed', 'killed', 6000, 'at-least', 'civilians'),
        C('over 20,000 people remain in detention', 'detained', 20000, 'at-least', 'people'),
        C('killed 174 jade pickers', 'killed', 174, 'exact', 'other'),
    ],
    sources=[
        S('a local rescue group', 'ngo'),
        S('an ethnic armed organization', 'military'),
        S('the Kachin Independence Organization', 'military'),
        S('a rescue worker', 'anonymous'),
        S('The Hpakant-based rescue group, Shalom Foundation Volunteers', 'ngo'),
        S('The military government', 'official'),
        S('Its spokesperson, Maj. Gen. Kyaw Zin Oo', 'official', form='title-name'),
        S('Col. Naw Bu', 'military', form='title-name'),
        S('Local media outlet Kachin Wave', 'media'),
        S('the watchdog Global Witness', 'ngo'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
    ],
    numbers=[
        N('about 15 kilometers', 'distance'),
        N('9 miles', 'distance'),
        N('around 8:15 p.m.', 'time'),
        N('Two jets', 'count-objects'),
        N('three bombs', 'count-objects'),
        N('The first one', 'other'),
        N('$31 billion', 'money'),
        N('2014', 'year'),
        N('February 2021', 'date'),
        N('about 950 kilometers', 'distance'),
        N('590 miles', 'distance'),
        N('One', 'other'),
        N('July 2020', 'date'),
    ])

# c04: a militant attack on coffee farmers near Poso, Central Sulawesi, Indonesia (state media, Antara style)
A['c04.txt'] = dict(
    casualty=[
        C('Four farmers were killed', 'killed', 4, 'exact', 'other', id='tot'),
        C('one other was seriously injured', 'injured', 1, 'exact', 'other'),
        C('Three victims were found dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('one victim died', 'killed', 1, 'exact', 'people', sub='tot'),
        C('Two other farmers', 'missing', 2, 'exact', 'other'),
        C('evacuated 37 families', 'displaced', 37, 'exact', 'people'),
        C('killed at least 19 civilians', 'killed', 19, 'at-least', 'civilians'),
        C('killed dozens of its members', 'killed', None, 'vague', 'fighters'),
    ],
    sources=[
        S('Central Sulawesi Police spokesperson Senior Commissioner Djoko Wienartono', 'official', form='title-name'),
        S('Wienartono', 'official', nth=1, form='name'),
        S('The surviving farmer', 'witness', form='role'),
        S('the spokesperson', 'official', form='role'),
        S('Head of the Madago Raya Task Force, Commissioner Bambang Tri Hartono', 'official', form='title-name'),
        S('Poso District Head Verna Inkiriwang', 'official', form='title-name'),
        S("Antara's records", 'media', form='document'),
        S('The Indonesian Ulema Council (MUI) of Central Sulawesi', 'other'),
    ],
    numbers=[
        N('aged between 34 and 61', 'age'),
        N('three to five armed men', 'count-people'),
        N('around 3:30 p.m.', 'time'),
        N('42-year-old', 'age'),
        N('one long-barrelled firearm', 'count-objects'),
        N('some 300 joint personnel', 'count-people'),
        N('nine MIT members', 'count-people'),
        N('Rp15 million', 'money'),
        N('2019', 'year'),
        N('July 2016', 'date'),
    ])

# c05: an Islamic State cell attack on an SDF checkpoint east of Raqqa, Syria (AFP style, one sentence a
# paragraph)
A['c05.txt'] = dict(
    casualty=[
        C('killing eight fighters', 'killed', 8, 'exact', 'fighters', id='tot'),
        C('six members', 'killed', 6, 'exact', 'fighters', sub='tot'),
        C('two members', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('three jihadists also died', 'killed', 3, 'exact', 'fighters'),
        C('five of its fighters had been “martyred”', 'killed', 5, 'exact', 'fighters', tags='contradicted'),
        C('four wounded', 'injured', 4, 'exact', 'fighters'),
        C('killed two of the attackers', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('the toll of the attack as 10 dead', 'killed', 10, 'exact', 'people', tags='contradicted'),
        C('seven wounded people', 'injured', 7, 'exact', 'people', id='inj'),
        C('two of them in critical condition', 'injured', 2, 'exact', 'people', sub='inj'),
        C('killed 14 “apostates”', 'killed', 14, 'exact', 'fighters', tags='contradicted'),
        C('detained 23 suspected IS members', 'detained', 23, 'exact', 'people'),
        C('“dozens” of families had left', 'displaced', None, 'vague', 'people'),
        C('at least 61 SDF fighters', 'killed', 61, 'at-least', 'fighters'),
        C('17 civilians have been killed', 'killed', 17, 'exact', 'civilians'),
        C('An estimated 9,000 suspected IS fighters remain in prisons', 'detained', 9000, 'approx', 'fighters'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('the Syrian Observatory for Human Rights', 'ngo'),
        S('The Britain-based monitor', 'ngo'),
        S('The SDF', 'military', nth=0),
        S('The SDF', 'military', nth=1),
        S('a local health official in Raqqa', 'anonymous'),
        S('The official', 'anonymous'),
        S('IS', 'military', nth=0),
        S('an SDF spokesman', 'military', form='role'),
        S('A resident of Al-Karama', 'witness', form='role'),
        S('the 57-year-old', 'witness', form='role'),
        S('The Observatory', 'ngo'),
    ],
    numbers=[
        N('two pick-up trucks', 'count-objects'),
        N('57-year-old', 'age'),
        N('2014', 'year'),
        N('2019', 'year'),
        N('about 40,000 people', 'count-people'),
    ])

# c06: a missile strike on an apartment block in Dnipro, Ukraine (a UN OCHA flash update with headings,
# highlights, response and funding)
A['c06.txt'] = dict(
    casualty=[
        C('At least 21 civilians', 'killed', 21, 'at-least', 'civilians', id='tot'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('78 others injured', 'injured', 78, 'exact', 'civilians', id='inj'),
        C('10 to 15 people may still be trapped', 'missing', None, 'range', 'people', low=10, high=15),
        C('the death toll had reached 21', 'killed', 21, 'exact', 'civilians', id='upd', tags='repeat update'),
        C('12', 'killed', 12, 'exact', 'civilians'),
        C('Among the dead are 4 children', 'killed', 4, 'exact', 'children', sub='upd', tags='repeat'),
        C('the 78 people injured', 'injured', 78, 'exact', 'people', id='inj2', tags='repeat'),
        C('52 were hospitalized', 'injured', 52, 'exact', 'people', id='hos', sub='inj2'),
        C('9 of whom', 'injured', 9, 'exact', 'people', sub='hos'),
        C('17 of the injured were children', 'injured', 17, 'exact', 'children', sub='inj2'),
        C('the deaths of 18 civilians', 'killed', 18, 'exact', 'civilians', tags='contradicted'),
        C('between 250 and 300 residents', 'displaced', None, 'range', 'civilians', low=250, high=300, id='disp'),
        C('Around 140 of them', 'displaced', 140, 'approx', 'civilians', sub='disp'),
        C('at least 190 civilians have been killed', 'killed', 190, 'at-least', 'civilians'),
        C('nearly 400 injured', 'injured', 400, 'at-most', 'civilians'),
    ],
    sources=[
        S('local authorities', 'official', nth=0),
        S('the Dnipropetrovsk Regional Military Administration (RMA)', 'official'),
        S('The State Emergency Service (SES)', 'official'),
        S('the regional health department', 'official'),
        S('The head of the RMA', 'official', form='role'),
        S('Its Human Rights Monitoring Mission in Ukraine (HRMMU)', 'ngo'),
        S('Local authorities', 'official', nth=0),
        S('The Russian Ministry of Defence', 'military'),
        S('Local authorities', 'official', nth=1),
        S('Partners', 'ngo'),
        S('HRMMU', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('18:00', 'time'),
        N('22 October 2025', 'date'),
        N('nine-storey', 'other'),
        N('21 October', 'date', nth=0),
        N('07:40', 'time'),
        N('21 October', 'date', nth=1),
        N('two entrances', 'count-objects'),
        N('some 60 apartments', 'count-objects'),
        N('22 October', 'date', nth=1),
        N('3 years old', 'age'),
        N('rescued 39 people', 'count-people'),
        N('11 of them', 'count-people'),
        N('3 mobile teams', 'count-objects'),
        N('22 October', 'date', nth=2),
        N('420 people', 'count-people'),
        N('96 households', 'count-people'),
        N('35 people', 'count-people'),
        N('26 volunteers', 'count-people'),
        N('more than 1,300 windows', 'count-objects'),
        N('about 200 apartments', 'count-objects'),
        N('February 2022', 'date'),
        N('2025', 'year', nth=1),
        N('US$2.63 billion', 'money'),
        N('6 million people', 'count-people'),
        N('42 per cent', 'percentage'),
    ])

# c07: shelling of the market in Al-Raqw, Monabbih district, Saada province, Yemen (a medical NGO's
# statement, first person "our teams", with a headline and notes to editors)
A['c07.txt'] = dict(
    casualty=[
        C('kills 16', 'killed', 16, 'exact', 'people', id='h16'),
        C('wounds dozens', 'injured', None, 'vague', 'people'),
        C('treated 47 wounded people', 'injured', 47, 'exact', 'people', id='inj'),
        C('Eleven other people were dead on arrival', 'killed', 11, 'exact', 'people', sub='h16'),
        C('five of the wounded died', 'killed', 5, 'exact', 'people', id='d5', sub='inj'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='d5'),
        C('13 children', 'injured', 13, 'exact', 'children', sub='inj'),
        C('a number of migrants', 'injured', None, 'vague', 'people', sub='inj'),
        C('several patients', 'injured', None, 'vague', 'people', sub='inj'),
        C('31 people had been killed', 'killed', 31, 'exact', 'people', id='m31', tags='contradicted'),
        C('62 wounded', 'injured', 62, 'exact', 'people'),
        C('at least nine of the dead were Ethiopian migrants', 'killed', 9, 'at-least', 'people', sub='m31'),
        C('30–40 families had left', 'displaced', None, 'range', 'people', low=30, high=40),
        C('more than 180 people wounded', 'injured', 180, 'at-least', 'people'),
    ],
    sources=[
        S('the medical humanitarian organisation Medical Relief Without Borders (MRWB)', 'ngo'),
        S('Hassan Abdullah', 'witness', form='name'),
        S('Dr Marta Lindqvist', 'ngo', form='title-name'),
        S("The Houthi-run Ministry of Public Health and Population in Sana'a", 'official'),
        S('the local health office in Monabbih', 'official'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('Local residents', 'witness'),
    ],
    numbers=[
        N('9 April 2025', 'date'),
        N('aged 12 and 14', 'age'),
        N('one after another', 'other'),
        N('about ten minutes', 'duration'),
        N('35-year-old', 'age'),
        N('around two hours', 'duration'),
        N('21 surgical interventions', 'count-objects'),
        N('the first 24 hours', 'duration'),
        N('2007', 'year'),
        N('eight health facilities', 'count-objects'),
        N('more than 600 Yemeni staff', 'count-people'),
    ])

# c08: a suicide bombing at a Shia mosque in Kunduz, Afghanistan (a British newspaper's own correspondent,
# with a headline and a byline instead of a dateline)
A['c08.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('killing dozens of worshippers', 'killed', None, 'vague', 'people', tags='repeat'),
        C('19 worshippers had been “martyred”', 'killed', 19, 'exact', 'people'),
        C('37 wounded', 'injured', 37, 'exact', 'people'),
        C('46 bodies', 'killed', 46, 'exact', 'people', id='hosp', tags='contradicted'),
        C('more than 70 wounded', 'injured', 70, 'at-least', 'people', tags='contradicted'),
        C('at least five boys', 'killed', 5, 'at-least', 'children', sub='hosp'),
        C('admitted 23 patients', 'injured', 23, 'exact', 'people', id='em'),
        C('six of whom had died', 'killed', 6, 'exact', 'people', sub='em'),
        C('two nephews', 'killed', 2, 'exact', 'people'),
        C('more than 50 coffins', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('killed “more than 300 Rafidha”', 'killed', 300, 'at-least', 'people', tags='contradicted'),
        C('arrested four men', 'detained', 4, 'exact', 'men'),
        C('at least 41 civilians had been killed', 'killed', 41, 'at-least', 'civilians', id='un',
          tags='contradicted'),
        C('at least four children', 'killed', 4, 'at-least', 'children', sub='un'),
        C('killed more than 70 worshippers', 'killed', 70, 'at-least', 'people'),
        C('Several hundred people', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S("The Taliban's chief spokesman, Zabihullah Mujahid", 'official', form='title-name'),
        S("Staff at the city's main hospital", 'anonymous'),
        S('A doctor there', 'anonymous'),
        S('A trauma centre run by Emergency, the Italian medical charity', 'ngo'),
        S('Ghulam Sakhi', 'witness', form='name'),
        S('Islamic State Khorasan Province (IS-K)', 'military'),
        S('its Amaq news agency', 'media'),
        S('Taliban security forces', 'military'),
        S('The UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
        S('residents', 'witness'),
        S('hospital officials', 'official'),
        S('Hazara leaders in Kunduz', 'other'),
    ],
    numbers=[
        N('about 1.30pm', 'time'),
        N('some 400 people', 'count-people'),
        N('62', 'age'),
        N('one mosque at a time', 'other'),
        N('one of its fighters', 'other'),
        N('some 30 miles', 'distance'),
        N('four years', 'duration'),
        N('October 2021', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
