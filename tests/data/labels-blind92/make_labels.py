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

# ---------------------------------------------------------------- labels (blind set 92: xy01-xy08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / eliminated / neutralised / sending … to hell / embraced shahadat / martyred / lost',
     r'\bexecuted\b|\beliminated\b|\bneutrali[sz]ed\b|\bto hell\b|\bshahadat\b|\bmartyred\b|\blost\b'),
    ('killings / civilian deaths', r'\bkillings\b|\bdeaths\b'),
    ('evacuated / left / forced from their homes / displacing / arrived',
     r'\bevacuated\b|\bleft\b|\bdisplacing\b|\barrived\b'),
    ('maimed / wounded patients', r'\bmaimed\b|\bpatients\b'),
    ('captured / apprehended / abducted', r'\bcaptured\b|\bapprehended\b|\babducted\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/personnel/officers/members (VDP)', r'\b(?:servicemen|personnel|officers|members)\b'),
    ('gunmen/assailants/suspects/facilitators/"terrorists"',
     r'\b(?:gunmen|assailants|suspects|facilitators|terrorists)\b'),
    ('Palestinians/Israelis', r'\b(?:Palestinians|Israelis)\b'),
    ('households/families', r'\b(?:households|families)\b'),
    ('young men/prisoners', r'\b(?:young men|prisoners)\b'),
]

# xy01: Russian guided bombs on the centre of Ukrainsk, Donetsk oblast, Ukraine (dpa style)
A['xy01.txt'] = dict(
    casualty=[
        C('killing at least seven civilians', 'killed', 7, 'at-least', 'civilians', id='tot'),
        C('injuring 19 others', 'injured', 19, 'exact', 'civilians', id='inj'),
        C('the death toll to nine', 'killed', 9, 'exact', 'civilians', tags='update'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('Three people were still unaccounted for', 'missing', 3, 'exact', 'people'),
        C('several of the injured were children', 'injured', None, 'vague', 'children', sub='inj'),
        C('Of the injured, 11', 'injured', 11, 'exact', 'civilians', sub='inj', id='hosp'),
        C('four of them', 'injured', 4, 'exact', 'civilians', sub='hosp'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('46 people', 'displaced', 46, 'exact', 'people', id='ev'),
        C('14 children', 'displaced', 14, 'exact', 'children', sub='ev'),
        C('killed one man', 'killed', 1, 'exact', 'men'),
        C('wounded two women', 'injured', 2, 'exact', 'women'),
        C('more than 13,500 civilian deaths', 'killed', 13500, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional military administration', 'official'),
        S('administration head Oleksandr Hnatiuk', 'official', form='title-name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S('Dr Iryna Savchuk', 'official', form='title-name'),
        S('Halyna', 'witness', form='name'),
        S("Russia's Defence Ministry", 'military'),
        S("Ukraine's military spokesman for the area, Captain Andriy Movchan", 'military', form='title-name'),
        S("the town's military administration", 'official'),
        S('Police', 'official', form='collective'),
        S("the regional prosecutor's office", 'official'),
        S('the UN Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S('the mission', 'ngo'),
    ],
    numbers=[
        N('Two bombs', 'count-objects'),
        N('500 kilograms', 'quantity'),
        N('five-storey', 'other'),
        N('11 am', 'time'),
        N('54', 'age'),
        N('about 10 kilometres', 'distance'),
        N('some 11,000', 'population'),
        N('Fewer than 2,000 residents', 'population'),
        N('February 2022', 'date'),
    ])

# xy02: a junta air strike on a funeral in a village of Banmauk township, Sagaing Region, Myanmar
# (a broadcaster's website)
A['xy02.txt'] = dict(
    casualty=[
        C('kills at least 23', 'killed', 23, 'at-least', 'people'),
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('collected 21 bodies', 'killed', 21, 'exact', 'people'),
        C('two more people died', 'killed', 2, 'exact', 'people'),
        C('Between 30 and 40 are wounded', 'injured', None, 'range', 'people', low=30, high=40),
        C('a higher toll of 26 dead', 'killed', 26, 'exact', 'people', id='pdf', tags='contradicted'),
        C('11 of the dead were children', 'killed', 11, 'exact', 'children', sub='pdf'),
        C('killed 15 “terrorists”', 'killed', 15, 'exact', 'fighters', tags='contradicted'),
        C('detained a dozen young men', 'detained', 12, 'exact', 'men'),
        C('about 4,000 people have fled', 'displaced', 4000, 'approx', 'people'),
        C('more than 6,000 civilians have been killed', 'killed', 6000, 'at-least', 'civilians'),
        C('over 3.5 million people are now displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('local rescuers', 'other', form='collective'),
        S('a resistance group', 'military'),
        S('a member of a local rescue team', 'anonymous'),
        S('Ko Zaw Lin', 'other', form='name'),
        S('The Banmauk People’s Defence Force (PDF)', 'military'),
        S('The military’s information team', 'military'),
        S('state television MRTV', 'media'),
        S('A PDF spokesman', 'military', form='role'),
        S('Residents', 'witness'),
        S('Their families', 'witness', form='collective'),
        S('Aid workers', 'ngo', form='collective'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
        S('the UN', 'ngo'),
        S('The military', 'military', nth=1),
    ],
    numbers=[
        N('Two jets', 'count-objects'),
        N('about 9:30am', 'time'),
        N('one of dozens of armed groups', 'count-objects'),
        N('2021', 'year'),
        N('Scores of houses', 'count-objects'),
        N('one of at least four air strikes', 'count-objects'),
        N('roughly 90,000 people', 'population'),
    ])

# xy03: an Israeli raid on Idhna, west of Hebron, occupied West Bank (AFP style)
A['xy03.txt'] = dict(
    casualty=[
        C('killed three Palestinians', 'killed', 3, 'exact', 'people'),
        C('14 people had been wounded', 'injured', 14, 'exact', 'people', id='w'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w'),
        C('dozens more', 'injured', None, 'vague', 'people'),
        C('Two of the wounded', 'injured', 2, 'exact', 'people', sub='w'),
        C('“eliminated” two gunmen', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('One soldier was lightly wounded', 'injured', 1, 'exact', 'soldiers'),
        C('11 “wanted suspects” were arrested', 'detained', 11, 'exact', 'people'),
        C('as many as 25 people had been detained', 'detained', 25, 'at-most', 'people', id='det',
          tags='contradicted'),
        C('two former prisoners', 'detained', 2, 'exact', 'people', sub='det'),
        C('At least 960 Palestinians have been killed', 'killed', 960, 'at-least', 'people'),
        C('At least 36 Israelis', 'killed', 36, 'at-least', 'people'),
        C('displacing 57 people', 'displaced', 57, 'exact', 'people', id='dem'),
        C('31 children', 'displaced', 31, 'exact', 'children', sub='dem'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli military', 'military'),
        S('Relatives', 'witness', form='collective'),
        S('the army', 'military'),
        S('Fatima Shahin', 'witness', form='name'),
        S('The Palestinian Prisoners’ Society', 'ngo'),
        S('An AFP correspondent', 'media'),
        S('the Palestinian health ministry', 'official', nth=1),
        S('official Israeli figures', 'official', form='document'),
        S('The United Nations Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('43', 'age'),
        N('16-year-old', 'age'),
        N('more than 30 jeeps', 'count-objects'),
        N('two bulldozers', 'count-objects'),
        N('38', 'age'),
        N('10:00 am', 'time'),
        N('0700 GMT', 'time'),
        N('some six hours', 'duration'),
        N('about 30,000 people', 'population'),
        N('13 kilometres', 'distance'),
        N('October 2023', 'date'),
        N('12 structures', 'count-objects'),
    ])

# xy04: fighting and displacement in Dinsoor, Bay region, Somalia (UN OCHA flash update)
A['xy04.txt'] = dict(
    casualty=[
        C('At least 17 civilians killed', 'killed', 17, 'at-least', 'civilians'),
        C('42 injured', 'injured', 42, 'exact', 'civilians'),
        C('An estimated 21,000 people displaced', 'displaced', 21000, 'approx', 'people'),
        C('killing 11 civilians', 'killed', 11, 'exact', 'civilians', id='mkt'),
        C('four children', 'killed', 4, 'exact', 'children', sub='mkt'),
        C('injuring at least 30 others', 'injured', 30, 'at-least', 'civilians'),
        C('killing six civilians', 'killed', 6, 'exact', 'civilians'),
        C('wounding eight to ten', 'injured', None, 'range', 'civilians', low=8, high=10),
        C('58 wounded patients', 'injured', 58, 'exact', 'people', id='hosp'),
        C('5 died of their wounds', 'killed', 5, 'exact', 'people', sub='hosp'),
        C('killed more than 40 Al-Shabaab fighters', 'killed', 40, 'at-least', 'fighters'),
        C('lost seven soldiers', 'killed', 7, 'exact', 'soldiers'),
        C('killed “dozens” of soldiers', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('some 21,000 people', 'displaced', 21000, 'approx', 'people', tags='repeat'),
        C('about 3,500 households', 'displaced', 3500, 'approx', 'people', id='hh'),
        C('1,900 households', 'displaced', 1900, 'exact', 'people', sub='hh'),
        C('2 health workers are missing', 'missing', 2, 'exact', 'other'),
    ],
    sources=[
        S('local authorities', 'official', form='collective'),
        S('the District Commissioner', 'official', form='role'),
        S('Health partners', 'ngo', form='collective'),
        S('The SNA', 'military'),
        S('Al-Shabaab', 'military', nth=2),
        S('the group’s Radio Andalus', 'media'),
        S('the Humanitarian Coordinator for Somalia', 'ngo', form='role'),
        S('The CCCM Cluster', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('16 May 2025', 'date'),
        N('8 May', 'date'),
        N('about 60 per cent', 'percentage'),
        N('nine days', 'duration'),
        N('8 May', 'date', nth=1),
        N('9 and 10 May', 'date'),
        N('12 May', 'date'),
        N('about 110 km', 'distance'),
        N('8 May', 'date', nth=2),
        N('40 beds', 'count-objects'),
        N('14 May', 'date'),
        N('14 informal sites', 'count-objects'),
        N('10 May', 'date', nth=1),
        N('at least 9 unaccompanied children', 'count-people'),
        N('2,400 households', 'count-people'),
        N('3,100 children under five', 'count-people'),
        N('410 of them', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$1.4 billion', 'money'),
        N('18 per cent', 'percentage'),
        N('US$3.8 million', 'money'),
        N('the first three months', 'duration'),
    ])

# xy05: reprisal killings around Oursi, Oudalan province, Burkina Faso (a rights group's statement)
A['xy05.txt'] = dict(
    casualty=[
        C('executed at least 41 civilians', 'killed', 41, 'at-least', 'civilians', id='tot'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot', id='ch'),
        C('killing 19 soldiers', 'killed', 19, 'exact', 'soldiers'),
        C('seven members of the Volunteers for the Defence of the Homeland', 'killed', 7, 'exact', 'soldiers'),
        C('17 bodies', 'killed', 17, 'exact', 'people'),
        C('23 killings', 'killed', 23, 'exact', 'civilians', sub='tot'),
        C('11', 'killed', 11, 'exact', 'civilians', sub='tot'),
        C('seven', 'killed', 7, 'exact', 'civilians', sub='tot', nth=1),
        C('Two of the children', 'killed', 2, 'exact', 'children', sub='ch'),
        C('detained at least nine men', 'detained', 9, 'at-least', 'men'),
        C('Nearly 3,000 people have since fled', 'displaced', 3000, 'at-most', 'people'),
        C('"neutralised" 65 terrorists', 'killed', 65, 'exact', 'fighters', tags='contradicted'),
        C('More than 8,000 people were killed', 'killed', 8000, 'at-least', 'people'),
        C('over 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('the Sahel Rights Observatory (SRO)', 'ngo'),
        S('two security sources', 'anonymous'),
        S('Witnesses', 'witness', form='collective'),
        S('a 52-year-old herder from Gandafabou', 'witness', form='role'),
        S('The organisation', 'ngo'),
        S('the group', 'ngo'),
        S('Residents', 'witness', form='collective'),
        S('local humanitarian workers', 'ngo', form='collective'),
        S('the army general staff', 'military'),
        S('SRO', 'ngo', nth=3),
        S('Mariam Sawadogo', 'ngo', form='name'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('UN agencies', 'ngo', form='collective'),
    ],
    numbers=[
        N('3 April 2025', 'date'),
        N('three villages', 'count-objects'),
        N('21 and 22 March', 'date'),
        N('two days', 'duration'),
        N('two security sources', 'count-people'),
        N('27 people', 'count-people'),
        N('16 witnesses', 'count-people'),
        N('all three villages', 'count-objects'),
        N('52-year-old', 'age'),
        N('five years old', 'age'),
        N('80', 'age'),
        N('about 50 kilometres', 'distance'),
        N('24 March', 'date'),
        N('14 motorbikes', 'count-objects'),
        N('28 March', 'date'),
        N('2022', 'year'),
        N('2024', 'year'),
        N('2016', 'year'),
    ])

# xy06: a drone and rifle attack on the police station of Ocaña, Norte de Santander, Colombia, and the
# fighting in Catatumbo (AP style, one sentence a paragraph)
A['xy06.txt'] = dict(
    casualty=[
        C('killing four police officers', 'killed', 4, 'exact', 'soldiers'),
        C('At least 11 other people were wounded', 'injured', 11, 'at-least', 'people', id='w'),
        C('five officers', 'injured', 5, 'exact', 'soldiers', sub='w'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('seven of the wounded', 'injured', 7, 'exact', 'people', sub='w', id='w7'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='w7'),
        C('killed almost 90 people', 'killed', 90, 'at-most', 'people'),
        C('about 56,000 people had been forced from their homes', 'displaced', 56000, 'approx', 'people',
          id='disp'),
        C('Some 1,200 of the displaced', 'displaced', 1200, 'approx', 'people', sub='disp'),
        C('killed 12 civilians', 'killed', 12, 'exact', 'civilians'),
        C('maimed 19 more', 'injured', 19, 'exact', 'civilians'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('killed dozens of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('authorities', 'official', form='collective'),
        S('Norte de Santander Gov. Andrés Lozada', 'official', form='title-name'),
        S('The governor', 'official', form='role'),
        S('Lozada', 'official', nth=1, form='name'),
        S('Colombia’s Defense Ministry', 'military'),
        S('Dr. Luz Marina Pérez', 'official', form='title-name'),
        S('the Ombudsman’s Office', 'official'),
        S('The office', 'official'),
        S('city officials', 'official', form='collective'),
        S('Yesenia Ortiz', 'witness', form='name'),
        S('The Catatumbo Human Rights Committee', 'ngo'),
        S('the army', 'military'),
    ],
    numbers=[
        N('9-year-old', 'age'),
        N('2:15', 'time'),
        N('about 20 kilograms', 'quantity'),
        N('33rd Front', 'other'),
        N('4,500 more', 'count-people'),
        N('34', 'age'),
        N('about 100,000 people', 'population'),
        N('some 400 kilometers', 'distance'),
        N('250 miles', 'distance'),
    ])

# xy07: an attack on a Coast Guards post near Jiwani, Makran coast, Balochistan, Pakistan
# (state media, APP style, with ISPR wording)
A['xy07.txt'] = dict(
    casualty=[
        C('sending nine terrorists to hell', 'killed', 9, 'exact', 'fighters'),
        C('three soldiers embraced shahadat', 'killed', 3, 'exact', 'soldiers'),
        C('Two terrorists were apprehended', 'detained', 2, 'exact', 'fighters'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('four others injured', 'injured', 4, 'exact', 'civilians', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'civilians', sub='inj'),
        C('20 personnel had been killed', 'killed', 20, 'exact', 'soldiers', tags='contradicted'),
        C('around 60 fishing families had left', 'displaced', 60, 'approx', 'people'),
        C('arrested five suspected facilitators', 'detained', 5, 'exact', 'people'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military'),
        S('the ISPR', 'military', nth=1),
        S('Deputy Commissioner Gwadar Hamood ur Rehman', 'official', form='title-name'),
        S('Medical Superintendent Dr. Naseer Baloch', 'official', form='title-name'),
        S('the ISPR', 'military', nth=2),
        S('Security sources', 'anonymous'),
        S('the proscribed outfit', 'military'),
        S('Local elders', 'other', form='collective'),
        S('the Counter Terrorism Department (CTD) Balochistan', 'official'),
        S('Chief Minister Balochistan Mir Asghar Rind', 'official', form='title-name'),
    ],
    numbers=[
        N('May 17', 'date'),
        N('a group of 10 to 12 terrorists', 'count-people'),
        N('nearly three hours', 'duration'),
        N('14-year-old', 'age'),
        N('31', 'age'),
        N('24', 'age'),
        N('27', 'age'),
        N('3 kilograms', 'quantity'),
        N('two hand grenades', 'count-objects'),
        N('Rs 450,000', 'money'),
        N('about 35,000 people', 'population'),
        N('some 80 kilometres', 'distance'),
    ])

# xy08: fighting between M23 and Wazalendo militias around Alimbongo, Lubero territory, North Kivu,
# DR Congo (Reuters style)
A['xy08.txt'] = dict(
    casualty=[
        C('killed at least 31 people', 'killed', 31, 'at-least', 'people', id='tot'),
        C('18 civilians', 'killed', 18, 'exact', 'civilians', sub='tot'),
        C('Six children were among the dead', 'killed', 6, 'exact', 'children', sub='tot'),
        C('received 57 wounded', 'injured', 57, 'exact', 'people', id='w'),
        C('a dozen of them women', 'injured', 12, 'exact', 'women', sub='w'),
        C('"neutralized" more than 100 assailants', 'killed', 100, 'at-least', 'fighters', tags='contradicted'),
        C('lost around 10 fighters', 'killed', 10, 'approx', 'fighters'),
        C('14 soldiers had been wounded', 'injured', 14, 'exact', 'soldiers'),
        C('captured six M23 fighters', 'detained', 6, 'exact', 'fighters', id='cap'),
        C('two Rwandan soldiers', 'detained', 2, 'exact', 'soldiers', sub='cap'),
        C('at least 25 people had been abducted', 'detained', 25, 'at-least', 'people'),
        C('a dozen others were missing', 'missing', 12, 'exact', 'people'),
        C('between 40,000 and 50,000 people had fled', 'displaced', None, 'range', 'people', low=40000,
          high=50000),
        C('more than 1.2 million displaced people', 'displaced', 1200000, 'at-least', 'people'),
        C('Thousands of people were killed', 'killed', None, 'vague', 'people'),
        C('more than 7,000 people have been killed', 'killed', 7000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official', form='collective'),
        S('a hospital source', 'anonymous'),
        S('Colonel Alain Kiwewa', 'military', form='title-name'),
        S('Dr. Jean-Paul Mumbere', 'official', form='title-name'),
        S('The Congo River Alliance (AFC)', 'military'),
        S('Wazalendo spokesman Jeremie Paluku', 'military', form='title-name'),
        S("Congo's army", 'military'),
        S('Esther Kavira', 'witness', form='name'),
        S('Civil society groups in Lubero', 'other', form='collective'),
        S('The International Organization for Migration', 'ngo'),
        S('The U.N. peacekeeping mission, MONUSCO', 'military'),
        S('Kinshasa', 'official'),
        S('U.N. experts', 'ngo', form='collective'),
        S('Rwanda', 'official', nth=1),
        S('the United Nations', 'ngo'),
        S("Congo's government", 'official'),
    ],
    numbers=[
        N('M23', 'other'),
        N('about 45 km', 'distance'),
        N('28 miles', 'distance'),
        N('M23', 'other', nth=1),
        N('Two or three shells', 'count-objects'),
        N('29-year-old', 'age'),
        N('one of its bases', 'count-objects'),
        N('two mortar rounds', 'count-objects'),
        N('M23', 'other', nth=3),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
