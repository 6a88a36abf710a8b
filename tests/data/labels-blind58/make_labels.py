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

# ---------------------------------------------------------------- labels (blind set 58: mq01-mq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised/neutralized / martyred / fallen / lost their lives / succumbed / buried … bodies',
     r'\bneutrali[sz]ed\b|\bmartyred\b|\blost their lives\b|\bsuccumbed\b|\bburied\b'),
    ('captured / held / freed / abducted / arrested', r'\bcaptured\b|\bheld\b|\bfreed\b|\babducted\b'),
    ('fled / left villages / forced … from their homes / households displaced',
     r'\bhad left\b|\bhouseholds\b|\bnew arrivals\b'),
    ('fate … unknown / unaccounted for', r'\bunaccounted\b|\bunknown\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/security personnel/policemen/VDP auxiliaries/commanders',
     r'\b(?:servicemen|personnel|policemen|auxiliaries|commanders|FC soldiers)\b'),
    ('assailants/gunmen/Khawarij/apostates/PDF members',
     r'\b(?:assailants|gunmen|Khawarij|apostates|members)\b'),
    ('households/families/minors/suspects/accomplices/facilitators/patients/staff',
     r'\b(?:households|families|minors|suspects|accomplices|facilitators|patients|staff)\b'),
]

# mq01: a Russian missile strike on a residential street in Kryvyi Rih, Ukraine (Reuters style)
A['mq01.txt'] = dict(
    casualty=[
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people', id='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('58 people had been wounded', 'injured', 58, 'exact', 'people', id='inj'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='inj'),
        C('Nine of the injured', 'injured', 9, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('four people were still unaccounted for', 'missing', 4, 'exact', 'people'),
        C('the number of dead at 20', 'killed', 20, 'exact', 'people', id='upd', tags='update'),
        C('six children', 'killed', 6, 'exact', 'children', sub='upd'),
        C('about a dozen bodies', 'killed', 12, 'approx', 'people'),
        C('killing up to 85 servicemen', 'killed', 85, 'at-most', 'soldiers', tags='contradicted'),
        C('detained two people', 'detained', 2, 'exact', 'people'),
        C('killed 11 people', 'killed', 11, 'exact', 'people'),
        C('More than 3.6 million people remain internally displaced', 'displaced', 3600000, 'at-least', 'people'),
        C('several million more have fled abroad', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Oleksandr Hrytsenko', 'official', form='name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S('Andriy Melnychuk', 'official', form='name'),
        S('Natalia Boiko', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's military", 'military'),
        S("Ukraine's SBU security service", 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('3-month-old', 'age'),
        N('6:40 p.m.', 'time'),
        N('two apartment blocks', 'count-objects'),
        N('nine-story', 'other'),
        N('14 others', 'count-objects'),
        N('dozens of cars', 'count-objects'),
        N('11 people', 'count-people', nth=0),
        N('three days', 'duration'),
        N('some 600,000 people', 'population'),
        N('44', 'age'),
        N('27-year-old', 'age'),
        N('one of the deadliest', 'other'),
        N('about 70 km', 'distance'),
        N('45 miles', 'distance'),
        N('February 2022', 'date'),
    ])

# mq02: a military air strike on a village near Shwebo, Sagaing region, Myanmar (AFP style)
A['mq02.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('buried 21 bodies', 'killed', 21, 'exact', 'people'),
        C('Two more people died', 'killed', 2, 'exact', 'people'),
        C('more than 30 people had been wounded', 'injured', 30, 'at-least', 'people'),
        C('killing 12 PDF members', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('two of its fighters had died', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('hundreds of families', 'displaced', None, 'vague', 'people'),
        C('detained around 40 men', 'detained', 40, 'approx', 'men'),
        C('More than 7,000 civilians have been killed', 'killed', 7000, 'at-least', 'civilians'),
        C('nearly 30,000 people have been arrested', 'detained', 30000, 'at-most', 'people'),
        C('more than 1.2 million people have been displaced', 'displaced', 1200000, 'at-least', 'people',
          sub='nat'),
        C('over 3.5 million', 'displaced', 3500000, 'at-least', 'people', id='nat'),
    ],
    sources=[
        S('a local resistance group', 'military'),
        S('residents', 'witness'),
        S('a spokesman for the Shwebo People’s Defence Force (PDF)', 'military', form='role'),
        S('the spokesman', 'military', form='role'),
        S('Ko Thet', 'witness', form='name'),
        S('the state-run Global New Light of Myanmar', 'media'),
        S('The PDF spokesman', 'military', form='role'),
        S('Residents', 'witness'),
        S('the exile-run outlet Ayeyar Voice', 'media'),
        S('the Myanmar Civilian Casualty Monitor', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('two bombs', 'count-objects'),
        N('about 15 kilometres', 'distance'),
        N('10am', 'time'),
        N('about 150 guests', 'count-people'),
        N('52-year-old', 'age'),
        N('two nearby villages', 'count-objects'),
        N('70-year-old', 'age'),
        N('February 2021', 'date'),
        N('more than four years', 'duration'),
    ])

# mq03: a UN OCHA flash update on intercommunal violence in Opala territory, Tshopo, DR Congo
A['mq03.txt'] = dict(
    casualty=[
        C('At least 38 people have been killed', 'killed', 38, 'at-least', 'people'),
        C('4,600 households displaced', 'displaced', 4600, 'exact', 'people'),
        C('31 people were killed', 'killed', 31, 'exact', 'people', id='w1'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='w1'),
        C('four children', 'killed', 4, 'exact', 'children', sub='w1'),
        C('57 others wounded', 'injured', 57, 'exact', 'people'),
        C('the toll to 38', 'killed', 38, 'exact', 'people', tags='update repeat'),
        C('the bodies of seven people', 'killed', 7, 'exact', 'people'),
        C('as many as 60 people may have been killed', 'killed', 60, 'at-most', 'people', tags='contradicted'),
        C('22 people had been arrested', 'detained', 22, 'exact', 'people', id='arr'),
        C('three minors', 'detained', 3, 'exact', 'children', sub='arr'),
        C('An estimated 4,600 households', 'displaced', 4600, 'approx', 'people', tags='repeat'),
        C('about 23,000 people', 'displaced', 23000, 'approx', 'people', id='p23'),
        C('Some 9,800 of the displaced', 'displaced', 9800, 'approx', 'people', sub='p23'),
        C('46 wounded patients', 'injured', 46, 'exact', 'people', id='hosp'),
        C('eight of them have died', 'killed', 8, 'exact', 'people', sub='hosp'),
        C('several women have been abducted', 'detained', None, 'vague', 'women'),
        C('buried 11 bodies', 'killed', 11, 'exact', 'people'),
    ],
    sources=[
        S('the territorial administrator', 'official', form='role'),
        S('provincial authorities', 'official'),
        S('Local civil society organizations', 'other'),
        S('The Congolese National Police (PNC)', 'official'),
        S('partners', 'ngo', form='collective'),
        S('local authorities', 'official'),
        S('the chief medical officer of the Opala health zone', 'official', form='role'),
        S('Partners', 'ngo', form='collective'),
        S('The Red Cross', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('21 October 2025', 'date'),
        N('9 October', 'date', nth=0),
        N('170-km', 'distance'),
        N('9 October', 'date', nth=1),
        N('at least 12 localities', 'count-objects'),
        N('three days', 'duration'),
        N('17 October', 'date'),
        N('150 officers', 'count-people'),
        N('Some 40 houses', 'count-objects'),
        N('three schools', 'count-objects'),
        N('two churches', 'count-objects'),
        N('10 October', 'date'),
        N('one surgeon', 'count-people'),
        N('at least 15 children', 'count-people'),
        N('19 October', 'date'),
        N('1,200 household kits', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.5 billion', 'money'),
        N('14 per cent', 'percentage'),
    ])

# mq04: an attack on an army camp and a market in Tessit, Gao region, Mali (dpa style, one sentence a
# paragraph)
A['mq04.txt'] = dict(
    casualty=[
        C('killed at least 41 people', 'killed', 41, 'at-least', 'people', id='tot'),
        C('29 soldiers', 'killed', 29, 'exact', 'soldiers', sub='tot'),
        C('12 civilians', 'killed', 12, 'exact', 'civilians', id='civ', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='civ'),
        C('20 to 25 other soldiers', 'missing', None, 'range', 'soldiers', low=20, high=25),
        C('18 soldiers had lost their lives', 'killed', 18, 'exact', 'soldiers', tags='contradicted'),
        C('22 others were wounded', 'injured', 22, 'exact', 'soldiers'),
        C('"neutralized" more than 80 assailants', 'killed', 80, 'at-least', 'fighters'),
        C('killed "more than 60 soldiers"', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('captured several others', 'detained', None, 'vague', 'soldiers'),
        C('counted 14 bodies', 'killed', 14, 'exact', 'people'),
        C('31 wounded people', 'injured', 31, 'exact', 'people', id='ans'),
        C('six of whom died', 'killed', 6, 'exact', 'people', sub='ans'),
        C('arrested seven suspected accomplices', 'detained', 7, 'exact', 'people'),
        C('hundreds of residents had fled', 'displaced', None, 'vague', 'civilians'),
        C('killed dozens of soldiers', 'killed', None, 'vague', 'soldiers'),
        C('more than 380,000 people are internally displaced', 'displaced', 380000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous', nth=0),
        S('the official', 'anonymous', nth=1),
        S("Mali's armed forces (FAMa)", 'military'),
        S('The army', 'military'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('A trader', 'witness', form='role'),
        S('the man', 'witness', form='role'),
        S('A nurse at the health center in Ansongo', 'anonymous'),
        S('a security source', 'anonymous'),
        S('Local sources', 'anonymous'),
        S('the government', 'official'),
        S('The UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('dozens of motorbikes', 'count-objects'),
        N('the two sides', 'count-objects'),
        N('about 150 kilometers', 'distance'),
        N('around 8,000 inhabitants', 'population'),
        N('August 2022', 'date'),
        N('2020', 'year'),
        N('some 2,000 Russian paramilitaries', 'count-people'),
    ])

# mq05: a medical NGO's statement on an attack on Bourzanga, Centre-Nord, Burkina Faso
A['mq05.txt'] = dict(
    casualty=[
        C('74 wounded people', 'injured', 74, 'exact', 'people', id='tot'),
        C('29 were children', 'injured', 29, 'exact', 'children', sub='tot'),
        C('22 were women', 'injured', 22, 'exact', 'women', sub='tot'),
        C('Eleven patients died', 'killed', 11, 'exact', 'people'),
        C('between 10 and 15 wounded', 'injured', None, 'range', 'people', low=10, high=15),
        C('dozens of people had been killed', 'killed', None, 'vague', 'people'),
        C('more than 100 people had died', 'killed', 100, 'at-least', 'people'),
        C('neutralised dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('16 VDP auxiliaries had been killed', 'killed', 16, 'exact', 'soldiers'),
        C('the number of civilians killed at “at least 70”', 'killed', 70, 'at-least', 'civilians'),
        C('around 200 people were missing', 'missing', 200, 'approx', 'people'),
        C('more than 12,000 people have fled', 'displaced', 12000, 'at-least', 'people', id='fled'),
        C('an estimated 2 million internally displaced people', 'displaced', 2000000, 'approx', 'people'),
        C('At least 4,500 of the new arrivals are children', 'displaced', 4500, 'at-least', 'children',
          sub='fled'),
        C('Two SMI staff members were injured', 'injured', 2, 'exact', 'other'),
    ],
    sources=[
        S('SMI', 'ngo', nth=1),
        S('Dr Awa Kaboré', 'ngo', form='title-name'),
        S('residents', 'witness'),
        S('Survivors', 'witness'),
        S('the army’s information service', 'military'),
        S('A local elected official', 'anonymous'),
        S('local authorities', 'official'),
        S('the provincial social action office', 'official'),
        S('Kaboré', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('12 February 2026', 'date'),
        N('8 February', 'date'),
        N('38 operations', 'count-objects'),
        N('two days', 'duration'),
        N('40-bed', 'count-objects'),
        N('three nearby villages', 'count-objects'),
        N('10 February', 'date'),
        N('about 65 kilometres', 'distance'),
        N('2022', 'year'),
        N('9 February', 'date'),
        N('2016', 'year'),
        N('nine health facilities', 'count-objects'),
        N('120 national', 'count-people'),
        N('14 international staff', 'count-people'),
    ])

# mq06: an Islamic State bombing of an SDF checkpoint in Hajin, Deir ez-Zor, Syria (a broadcaster's
# website, no dateline)
A['mq06.txt'] = dict(
    casualty=[
        C('At least 19 people have been killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('11 of its fighters', 'killed', 11, 'exact', 'fighters', sub='tot'),
        C('eight civilians', 'killed', 8, 'exact', 'civilians', id='civ', sub='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('killed “more than 30 apostates”', 'killed', 30, 'at-least', 'people', tags='contradicted'),
        C('43 wounded people', 'injured', 43, 'exact', 'people', id='inj'),
        C('15 of them', 'injured', 15, 'exact', 'people', sub='inj'),
        C('Two of the wounded later died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('arrested 14 people', 'detained', 14, 'exact', 'people'),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
        C('a higher toll of 26 dead', 'killed', 26, 'exact', 'people', id='eur', tags='contradicted'),
        C('14 SDF fighters', 'killed', 14, 'exact', 'fighters', sub='eur'),
        C('at least five people were still missing', 'missing', 5, 'at-least', 'people'),
        C('four or five bodies', 'killed', None, 'range', 'people', low=4, high=5),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('more than 200 SDF fighters were killed', 'killed', 200, 'at-least', 'fighters'),
        C('almost 7 million people remain internally displaced', 'displaced', 7000000, 'at-most', 'people'),
    ],
    sources=[
        S('the group', 'military', nth=0),
        S('local medics', 'anonymous'),
        S('The SDF', 'military', nth=0),
        S('The jihadist Islamic State (IS) group', 'military'),
        S('the Amaq news agency', 'media'),
        S('IS', 'military', nth=1),
        S('Dr Khaled al-Hamad', 'official', form='title-name'),
        S('The SDF', 'military', nth=1),
        S('The Euphrates Monitor for Human Rights', 'ngo'),
        S('Residents', 'witness'),
        S('Umm Hassan', 'witness', form='name'),
        S('Local officials', 'official'),
        S('the monitor', 'ngo'),
        S('The US military', 'military'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('some 12km', 'distance'),
        N('seven miles', 'distance'),
        N('38-year-old', 'age'),
        N('2019', 'year'),
        N('about 900 troops', 'count-people'),
    ])

# mq07: an army operation, a freed-hostage count and mortar shelling around Hudur, Bakool, Somalia
# (state media, SONNA style)
A['mq07.txt'] = dict(
    casualty=[
        C('killed more than 45 Khawarij terrorists', 'killed', 45, 'at-least', 'fighters', id='tot'),
        C('three senior commanders', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('19 civilians', 'detained', 19, 'exact', 'civilians', id='hos'),
        C('six women', 'detained', 6, 'exact', 'women', sub='hos'),
        C('four children', 'detained', 4, 'exact', 'children', sub='hos'),
        C('the number of militants killed at 50-60', 'killed', None, 'range', 'fighters', low=50, high=60),
        C('four soldiers were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('seven others wounded', 'injured', 7, 'exact', 'soldiers'),
        C('two soldiers were injured', 'injured', 2, 'exact', 'soldiers'),
        C('killing five civilians', 'killed', 5, 'exact', 'civilians', id='mort'),
        C('two of them children', 'killed', 2, 'exact', 'children', sub='mort'),
        C('wounding about a dozen others', 'injured', 12, 'approx', 'civilians'),
        C('eight suspects', 'detained', 8, 'exact', 'people'),
        C('more than 3,000 families had been displaced', 'displaced', 3000, 'at-least', 'people'),
        C('killed upwards of 600 Khawarij', 'killed', 600, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Ministry of Defence', 'military'),
        S('the ministry', 'military'),
        S('Bakool regional governor Mohamed Abdi Hassan', 'official', form='title-name'),
        S('The governor', 'official', form='role'),
        S('residents', 'witness'),
        S('Hudur District Commissioner Abdullahi Isak Nur', 'official', form='title-name'),
        S('The district commissioner', 'official', form='role'),
        S('The Somali Disaster Management Agency (SoDMA)', 'official'),
        S('Deputy Minister of Defence Abdirahman Farah Guled', 'military', form='title-name'),
        S('The deputy minister', 'military', form='role'),
    ],
    numbers=[
        N('25 kilometres', 'distance'),
        N('several years', 'duration'),
        N('more than 80,000 people', 'count-people'),
        N('40 tonnes', 'quantity'),
        N('three months', 'duration'),
        N('14 villages', 'count-objects'),
    ])

# mq08: a militant attack on a police station in Wana, South Waziristan, Pakistan (a Pakistani
# newspaper's own correspondent)
A['mq08.txt'] = dict(
    casualty=[
        C('At least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('four security personnel', 'killed', 4, 'exact', 'soldiers', id='sec', sub='tot'),
        C('17 others injured', 'injured', 17, 'exact', 'people'),
        C('two policemen', 'killed', 2, 'exact', 'soldiers', sub='sec'),
        C('two FC soldiers were martyred', 'killed', 2, 'exact', 'soldiers', sub='sec'),
        C('five civilians', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('the bodies of seven militants', 'killed', 7, 'exact', 'fighters'),
        C('17 injured people', 'injured', 17, 'exact', 'people', id='inj', tags='repeat'),
        C('six', 'injured', 6, 'exact', 'people', nth=0, sub='inj'),
        C('One of the injured', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('killed "more than 20 soldiers and policemen"', 'killed', 20, 'at-least', 'soldiers',
          tags='contradicted'),
        C('arrested roughly two dozen suspects', 'detained', 24, 'approx', 'people', id='arr'),
        C('several facilitators', 'detained', None, 'vague', 'people', sub='arr'),
        C('killed 312 security personnel', 'killed', 312, 'exact', 'soldiers'),
        C('198 civilians', 'killed', 198, 'exact', 'civilians'),
        C('forced more than 400,000 people from their homes', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('police', 'official', nth=1),
        S('District Police Officer (DPO) Shahid Khan', 'official', form='title-name'),
        S('Officials', 'official'),
        S('DHQ Hospital medical superintendent Dr Noor Zaman', 'official', form='title-name'),
        S('Security officials', 'official'),
        S('the TTP', 'military'),
        S('officials', 'official', nth=2),
        S('a security official', 'anonymous'),
        S('Malik Saeedullah Wazir', 'other', form='name'),
        S('the Centre for Peace and Conflict Studies (CPCS)', 'ngo'),
        S('The provincial government', 'official'),
    ],
    numbers=[
        N('10 to 12 heavily armed militants', 'count-people'),
        N('three sides', 'count-objects'),
        N('11:30pm', 'time'),
        N('10-year-old', 'age'),
        N('nearly three hours', 'duration'),
        N('14-year-old', 'age'),
        N('two months', 'duration'),
        N('six months', 'duration'),
        N('Rs1 million', 'money'),
        N('Rs500,000', 'money'),
        N('2009', 'year', nth=0),
        N('2014', 'year'),
        N('2009', 'year', nth=1),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
