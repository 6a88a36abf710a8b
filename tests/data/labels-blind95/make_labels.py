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

# ---------------------------------------------------------------- labels (blind set 95: aq01-aq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('sent to hell / embraced shahadat / martyred / neutralised / lost … fighters / killings',
     r'\bsent\b.*\bhell\b|\bmartyred\b|\bneutralised\b|\blost\b|\bkillings\b'),
    ('buried / among the dead', r'\bburied\b|\bamong the dead\b'),
    ('captured / rounding up / took / taken … hostage', r'\bcaptured\b|\brounding up\b|\btook\b|\bhostage\b'),
    ('uprooted / left / homeless / arrived at a site',
     r'\buprooted\b|\bleft\b|\bhomeless\b|\barrived\b'),
    ('treated / maimed / in serious condition / live-fire wounds',
     r'\btreated\b|\bmaimed\b|\bserious condition\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers/auxiliaries/personnel',
     r'\b(?:servicemen|officers|auxiliaries|personnel)\b'),
    ('dissidents/militiamen/members', r'\b(?:dissidents|militiamen|members)\b'),
    ('fishermen/social leaders', r'\b(?:fishermen|social leaders)\b'),
    ('Palestinians/Israelis/suspects/facilitators/households',
     r'\b(?:Palestinians|Israelis|suspects|facilitators|households)\b'),
    ('boys/grandsons/brothers/teenagers/young men',
     r'\b(?:boys|grandsons|brothers|teenagers|young men)\b'),
]

# aq01: a guided bomb on an apartment building in Hirnyk, Donetsk oblast, Ukraine (Reuters style)
A['aq01.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('wounding 19 others', 'injured', 19, 'exact', 'people', id='inj'),
        C('three of them children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('two residents were still unaccounted for', 'missing', 2, 'exact', 'civilians'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('recovered two more bodies', 'killed', 2, 'exact', 'people'),
        C('the 19 wounded', 'injured', 19, 'exact', 'people', id='inj2', tags='repeat'),
        C('four were in serious condition', 'injured', 4, 'exact', 'people', sub='inj2'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('detained two local men', 'detained', 2, 'exact', 'men'),
        C('250–300 people had left Hirnyk', 'displaced', None, 'range', 'people', low=250, high=300),
        C('at least 1,640 civilians had been killed', 'killed', 1640, 'at-least', 'civilians'),
    ],
    sources=[
        S('Donetsk regional officials', 'official'),
        S('the State Emergency Service', 'official'),
        S('Regional governor Andriy Lysenko', 'official', form='title-name'),
        S("the Donetsk regional prosecutor's office", 'official'),
        S('Lysenko', 'official', nth=1, form='name'),
        S('A spokeswoman for the hospital in Kurakhove', 'official', form='role'),
        S("Russia's Defense Ministry", 'military'),
        S('Ukrainian military spokesman Lt. Col. Dmytro Hrytsenko', 'military', form='title-name'),
        S("Ukraine's SBU security service", 'official'),
        S("the town's military administration", 'official'),
        S("The administration's head, Serhiy Kovalenko", 'official', form='title-name'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('five-story', 'other'),
        N('six people', 'count-people'),
        N('Hundreds of windows', 'count-objects'),
        N('1,500-kg', 'quantity'),
        N('4:30 p.m.', 'time'),
        N('72-year-old', 'age'),
        N('9-year-old', 'age'),
        N('33rd brigade', 'other'),
        N('about 10,000', 'population'),
        N('some 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('fewer than 2,000 residents', 'population'),
        N('nine months', 'duration'),
    ])

# aq02: an air strike on a monastery sheltering displaced villagers in Salingyi, Sagaing Region,
# Myanmar (broadcaster style, BBC)
A['aq02.txt'] = dict(
    casualty=[
        C('At least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('About 150 people who had fled', 'displaced', 150, 'approx', 'people'),
        C('Five of the dead were children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('four or five people were still missing', 'missing', None, 'range', 'people', low=4, high=5),
        C('More than 20 others were wounded', 'injured', 20, 'at-least', 'people'),
        C('Scores of villagers fled', 'displaced', None, 'vague', 'civilians'),
        C('two grandsons were killed', 'killed', 2, 'exact', 'children'),
        C('the toll at 17', 'killed', 17, 'exact', 'people', id='pdf', tags='contradicted'),
        C('three of its members were among the dead', 'killed', 3, 'exact', 'fighters', sub='pdf'),
        C('killed “around 30 terrorists”', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('detained a dozen men', 'detained', 12, 'exact', 'men'),
        C('more than 1.2 million people have been uprooted', 'displaced', 1200000, 'at-least', 'people',
          sub='all'),
        C('roughly 3.5 million displaced', 'displaced', 3500000, 'approx', 'people', id='all'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local resistance group', 'military'),
        S('witnesses', 'witness'),
        S('a monk', 'anonymous'),
        S('the monk', 'anonymous'),
        S('Daw Than Than Myint', 'witness', form='name'),
        S('The Salingyi People’s Defence Force (PDF)', 'military'),
        S('a spokesman for the group', 'military', form='role'),
        S('Myanmar’s military government', 'military'),
        S('Its spokesman, Maj Gen Kyaw Thura Aung', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('Their families', 'witness'),
        S('the Burma Conflict Monitor', 'ngo'),
        S('The UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('two bombs', 'count-objects'),
        N('11pm', 'time'),
        N('58', 'age'),
        N('two days', 'duration'),
        N('about 30km', 'distance'),
        N('more than 1,500 air strikes', 'count-objects'),
        N('February 2021', 'date'),
    ])

# aq03: a settler attack and a shooting by troops in Awarta near Nablus, occupied West Bank (AP style)
A['aq03.txt'] = dict(
    casualty=[
        C('shot and killed two Palestinians', 'killed', 2, 'exact', 'people'),
        C('treated 27 people', 'injured', 27, 'exact', 'people', id='rc'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='rc'),
        C('left 38 people homeless', 'displaced', 38, 'exact', 'people'),
        C('three Israelis had been lightly hurt', 'injured', 3, 'exact', 'people'),
        C('detained four Israeli suspects', 'detained', 4, 'exact', 'people'),
        C('the four', 'detained', 4, 'exact', 'people', tags='repeat'),
        C('arrested 15 Palestinians', 'detained', 15, 'exact', 'people', id='arr'),
        C('five from Awarta', 'detained', 5, 'exact', 'people', sub='arr'),
        C('upwards of 1,200 Palestinians have been forced from their homes', 'displaced', 1200, 'at-least',
          'people'),
        C('At least 600 Palestinians have been killed', 'killed', 600, 'at-least', 'people'),
        C('more than 30 Israelis', 'killed', 30, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian Health Ministry', 'official'),
        S('The ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('Village council head Saleh Awad', 'official', form='title-name'),
        S('Awad', 'official', nth=2, form='name'),
        S('The Israeli military', 'military'),
        S('Police', 'official'),
        S('a police spokesman', 'official', form='role'),
        S('Resident Ibrahim Qawariq', 'witness', form='name'),
        S("the Palestinian Prisoners' Society", 'ngo'),
        S('The army', 'military'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
        S('the Health Ministry', 'official'),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('19', 'age'),
        N('23', 'age'),
        N('about 60 settlers', 'count-people'),
        N('10 p.m.', 'time'),
        N('12 cars', 'count-objects'),
        N('two houses', 'count-objects'),
        N('dozens of Israeli civilians', 'count-people'),
        N('41', 'age'),
        N('about 7,000 people', 'population'),
        N('some 8 kilometers', 'distance'),
        N('5 miles', 'distance'),
        N('118 settler attacks', 'count-objects'),
        N('October 2023', 'date'),
    ])

# aq04: shelling, a drone strike on a fish market and displacement in Mokha, Yemen's Red Sea coast
# (UN OCHA flash update)
A['aq04.txt'] = dict(
    casualty=[
        C('killing at least 12 civilians', 'killed', 12, 'at-least', 'civilians', id='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('injuring 31 others', 'injured', 31, 'exact', 'civilians'),
        C('An estimated 640 households', 'displaced', 640, 'approx', 'people'),
        C('about 4,500 people', 'displaced', 4500, 'approx', 'people', id='dis'),
        C('seven civilians were killed', 'killed', 7, 'exact', 'civilians', id='mkt', sub='tot'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='mkt'),
        C('Two fishermen remain missing', 'missing', 2, 'exact', 'other'),
        C('killed five of its fighters', 'killed', 5, 'exact', 'fighters'),
        C('43 injured people', 'injured', 43, 'exact', 'people', id='hosp'),
        C('at least three of them have since died', 'killed', 3, 'at-least', 'people', sub='hosp'),
        C('killed three children', 'killed', 3, 'exact', 'children'),
        C('maimed two others', 'injured', 2, 'exact', 'children'),
        C('nearly 1,900 people', 'displaced', 1900, 'at-most', 'people', sub='dis'),
        C('some 2,300 people displaced', 'displaced', 2300, 'approx', 'people'),
        C('approximately 17,800 people were displaced', 'displaced', 17800, 'approx', 'people'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('the Executive Unit for IDPs', 'official'),
        S('Local health authorities', 'official'),
        S('the local fishermen’s cooperative', 'other'),
        S('Authorities in Mokha', 'official'),
        S('Media affiliated with Ansar Allah', 'media'),
        S('health partners', 'ngo', form='collective'),
        S('Partners', 'ngo', form='collective'),
        S('Site management partners', 'ngo', form='collective'),
        S('the IOM Displacement Tracking Matrix (DTM)', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('22 May 2025', 'date'),
        N('20 and 21 May', 'date'),
        N('18 May', 'date', nth=0),
        N('18 May', 'date', nth=1),
        N('21 May', 'date', nth=1),
        N('7 a.m.', 'time'),
        N('aged 13 and 15', 'age'),
        N('19 May', 'date'),
        N('two days', 'duration'),
        N('25 beds', 'count-objects'),
        N('18 May', 'date', nth=2),
        N('some 300 km', 'distance'),
        N('two informal sites', 'count-objects'),
        N('1,150 emergency kits', 'count-objects'),
        N('6,000 people', 'count-people'),
        N('Two mobile health teams', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('9.4 per cent', 'percentage'),
    ])

# aq05: a jihadist attack on an army detachment, a VDP base and the market in Tikaré, Bam province,
# Burkina Faso (dpa style, one sentence a paragraph)
A['aq05.txt'] = dict(
    casualty=[
        C('killed at least 35 people', 'killed', 35, 'at-least', 'people', id='tot'),
        C('19 soldiers', 'killed', 19, 'exact', 'soldiers', sub='tot'),
        C('11 VDP auxiliaries', 'killed', 11, 'exact', 'soldiers', sub='tot'),
        C('five civilians', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('Around 20 other people were wounded', 'injured', 20, 'approx', 'people', id='w20'),
        C('the toll to 38', 'killed', 38, 'exact', 'people', tags='update'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'people', sub='w20'),
        C('at least 40 bodies', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('killed "more than 60 soldiers and militiamen"', 'killed', 60, 'at-least', 'soldiers',
          tags='contradicted'),
        C('captured four soldiers', 'detained', 4, 'exact', 'soldiers'),
        C('Hundreds of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('several thousand people displaced', 'displaced', None, 'vague', 'people'),
        C('more than 2 million internally displaced people', 'displaced', 2000000, 'at-least', 'people'),
        C('almost 26,000 people have been killed', 'killed', 26000, 'at-most', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('residents', 'witness'),
        S('a security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('a health worker', 'anonymous'),
        S('the security source', 'anonymous'),
        S('A resident', 'witness', form='role'),
        S('the man', 'witness', form='role'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('The group', 'military'),
        S('state broadcaster RTB', 'media'),
        S('a local aid worker', 'anonymous'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('dozens of motorbikes', 'count-objects'),
        N('about 40 kilometres', 'distance'),
        N('two armoured vehicles', 'count-objects'),
        N('7 pm', 'time'),
        N('5 am', 'time'),
        N('around 60,000 people', 'population'),
        N('March 2023', 'date'),
        N('2015', 'year'),
        N('2022', 'year'),
    ])

# aq06: a dissident FARC attack on the police station and homes of Balboa, Cauca, Colombia
# (a rights network's statement)
A['aq06.txt'] = dict(
    casualty=[
        C('four people dead', 'killed', 4, 'exact', 'people', id='tot'),
        C('three police officers', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('at least 16 injured', 'injured', 16, 'at-least', 'people', id='inj'),
        C('seven civilians', 'injured', 7, 'exact', 'civilians', sub='inj'),
        C('two little brothers', 'injured', 2, 'exact', 'children', sub='inj'),
        C('the deaths of the three officers', 'killed', 3, 'exact', 'soldiers', tags='repeat'),
        C('nine officers had been wounded', 'injured', 9, 'exact', 'soldiers', id='pol'),
        C('Two of them', 'injured', 2, 'exact', 'soldiers', sub='pol'),
        C('killed two dissidents', 'killed', 2, 'exact', 'fighters'),
        C('at least 260 people', 'displaced', 260, 'at-least', 'people'),
        C('took two teenagers', 'detained', 2, 'exact', 'children'),
        C('the killings of 23 social leaders', 'killed', 23, 'exact', 'other'),
        C('over 5,000 people forcibly displaced', 'displaced', 5000, 'at-least', 'people'),
    ],
    sources=[
        S('The Southwest Colombia Human Rights Network (REDSO)', 'ngo'),
        S('residents', 'witness'),
        S('her uncle', 'witness', form='role'),
        S('a shopkeeper', 'witness', form='role'),
        S('The Cauca Police Department', 'official'),
        S('The Colombian Army’s Third Division', 'military'),
        S('the Carlos Patiño front', 'military', nth=1),
        S('the Balboa municipal ombudsman’s office (Personería)', 'official'),
        S('Their relatives', 'witness'),
        S('our records', 'ngo', form='document'),
        S('The Ombudsman’s Office', 'official'),
        S('REDSO', 'ngo', nth=2),
        S('The UN Human Rights Office', 'ngo'),
    ],
    numbers=[
        N('9 March 2025', 'date'),
        N('nine-year-old', 'age'),
        N('almost three hours', 'duration'),
        N('6:40 p.m.', 'time'),
        N('two blocks', 'distance'),
        N('Twenty-two homes', 'count-objects'),
        N('aged between 22 and 31', 'age'),
        N('aged 15 and 16', 'age'),
        N('19th attack', 'other'),
        N('January 2024', 'date'),
        N('Early Warning 019 of 2023', 'other'),
        N('14 massacres', 'count-objects'),
        N('2024', 'year', nth=1),
    ])

# aq07: an attack on a Coast Guards post near Ormara, Makran coast, Balochistan, Pakistan
# (state media, APP/ISPR style)
A['aq07.txt'] = dict(
    casualty=[
        C('sent nine terrorists to hell', 'killed', 9, 'exact', 'fighters'),
        C('nine terrorists were sent to hell', 'killed', 9, 'exact', 'fighters', tags='repeat'),
        C('four brave soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('two others were injured', 'injured', 2, 'exact', 'soldiers'),
        C('the four martyred soldiers', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('two fishermen were killed', 'killed', 2, 'exact', 'other'),
        C('three injured', 'injured', 3, 'exact', 'other'),
        C('arrested five suspected facilitators', 'detained', 5, 'exact', 'people'),
        C('killed dozens of personnel', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('taken several soldiers hostage', 'detained', None, 'vague', 'soldiers', tags='contradicted'),
        C('at least 782 people', 'killed', 782, 'at-least', 'people', id='obs'),
        C('390 security personnel', 'killed', 390, 'exact', 'soldiers', sub='obs'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S("the military's media wing", 'military'),
        S('the ISPR', 'military', nth=1),
        S('Deputy Commissioner Gwadar Imran Ali Baloch', 'official', form='title-name'),
        S('a CTD spokesman', 'official', form='role'),
        S('Security officials', 'official'),
        S('a proscribed outfit', 'military'),
        S('The Balochistan Chief Minister', 'official', form='role'),
        S('the Islamabad-based Pakistan Peace Observatory', 'ngo'),
    ],
    numbers=[
        N('Jan 18', 'date'),
        N('numbering 12 to 15', 'count-people'),
        N('three directions', 'other'),
        N('11:30pm', 'time'),
        N('two suicide vests', 'count-objects'),
        N('Rs1 million', 'money'),
        N('7,000 rounds of ammunition', 'count-objects'),
        N('some 350 kilometres', 'distance'),
        N('around 40,000 people', 'population'),
        N('six hours', 'duration'),
        N('2024', 'year'),
    ])

# aq08: fighting between M23 rebels and Wazalendo militias around Nyabiondo, Masisi territory,
# North Kivu, DR Congo (AFP style)
A['aq08.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians'),
        C('killing nine people', 'killed', 9, 'exact', 'people', id='wp'),
        C('four women', 'killed', 4, 'exact', 'women', sub='wp'),
        C('buried 14 bodies', 'killed', 14, 'exact', 'people'),
        C('41 wounded', 'injured', 41, 'exact', 'people', id='msf'),
        C('17 of them children', 'injured', 17, 'exact', 'children', sub='msf'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='msf'),
        C('“neutralised” around 50 Wazalendo militiamen', 'killed', 50, 'approx', 'fighters',
          tags='contradicted'),
        C('lost “fewer than 10” fighters', 'killed', 10, 'at-most', 'fighters', tags='contradicted'),
        C('captured six M23 rebels', 'detained', 6, 'exact', 'fighters'),
        C('rounding up as many as 30 young men', 'detained', 30, 'at-most', 'men'),
        C('the civilian death toll to 31', 'killed', 31, 'exact', 'civilians', tags='update'),
        C('eight more bodies had been found', 'killed', 8, 'exact', 'civilians'),
        C('12 wounded civilians', 'injured', 12, 'exact', 'civilians'),
        C('between 35,000 and 40,000 people had fled', 'displaced', None, 'range', 'people', low=35000,
          high=40000),
        C('Nearly 1.2 million people have been displaced', 'displaced', 1200000, 'at-most', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('the UN', 'ngo'),
        S('Héritier Kasereka', 'other', form='name'),
        S('Kasereka', 'other', nth=1, form='name'),
        S('the medical charity', 'ngo'),
        S('MSF’s emergency coordinator in North Kivu, Claire Dubois', 'ngo', form='title-name'),
        S('The AFC/M23 rebel alliance', 'military'),
        S('A Wazalendo commander', 'military', form='role'),
        S('Residents', 'witness'),
        S('Local officials', 'official'),
        S('The UN peacekeeping mission MONUSCO', 'military'),
        S('The UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('an OCHA official', 'anonymous'),
        S('the International Organization for Migration', 'ngo'),
        S('Rwanda', 'official'),
        S('UN experts', 'ngo'),
    ],
    numbers=[
        N('M23', 'other', nth=0),
        N('no one', 'other'),
        N('three days', 'duration'),
        N('M23', 'other', nth=1),
        N('about 25 kilometres', 'distance'),
        N('two days', 'duration'),
        N('one of the world’s worst', 'other'),
        N('M23', 'other', nth=3),
        N('between 3,000 and 4,000 troops', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
