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

# ---------------------------------------------------------------- labels (blind set 337: mj01-mj08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / lost … soldiers / fighters / received … wounded',
     r'\bburied\b|\blost\b|\breceived\b'),
    ('captured / seized / took / rounded up / sheltering / left the lakeshore / drove … into exile',
     r'\bcaptured\b|\bseized\b|\btook\b|\brounded up\b|\bsheltering\b|\bleft\b|\bexile\b'),
    ('bleeding / sustained injuries', r'\bbleeding\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('attackers/kidnappers/combatants/members of an armed group/criminals',
     r'\b(?:attackers|kidnappers|combatants|members|criminals)\b'),
    ('patients/persons/suspects/families/nationals/victims',
     r'\b(?:patients|persons|suspects|families|nationals|victims)\b'),
    ('pupils/schoolchildren/girls/sons', r'\b(?:pupils|schoolchildren|girls|sons)\b'),
    ('traders/fishermen/health workers/aid workers', r'\b(?:traders|fishermen)\b'),
]

# mj01: grenades thrown into a bus park in Uvira, South Kivu, DR Congo
# (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['mj01.txt'] = dict(
    casualty=[
        C('At least 11 people were killed', 'killed', 11, 'at-least', 'people', id='tot'),
        C('38 wounded', 'injured', 38, 'exact', 'people', id='inj'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('31 of the wounded', 'injured', 31, 'exact', 'people', id='h31', sub='inj'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='h31'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('the number of dead at 17', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('Twenty-one suspects have been arrested', 'detained', 21, 'exact', 'people', id='arr'),
        C('three Burundian nationals', 'detained', 3, 'exact', 'people', sub='arr'),
        C('killed five Mai-Mai fighters', 'killed', 5, 'exact', 'fighters'),
        C('captured two others', 'detained', 2, 'exact', 'fighters'),
        C('one soldier had been wounded', 'injured', 1, 'exact', 'soldiers'),
        C('forced nearly 40,000 people from their homes', 'displaced', 40000, 'at-most', 'people'),
        C('some 600 displaced people', 'displaced', 600, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Kalume Bya-Ngoma', 'official', form='name'),
        S('Esther Mapendo', 'witness', form='name'),
        S('The town’s general hospital', 'official'),
        S('A doctor there', 'anonymous'),
        S('Civil society groups in Uvira', 'other'),
        S('Bya-Ngoma', 'official', nth=1, form='name'),
        S('The provincial governor’s office', 'official'),
        S('police', 'official'),
        S('A spokesman for the Red-Tabara rebel group', 'military', form='role'),
        S('The Congolese army', 'military'),
        S('The UN mission in Congo, MONUSCO', 'military'),
        S('Pastor Jean-Paul Byamungu', 'other', form='title-name'),
    ],
    numbers=[
        N('two grenades', 'count-objects'),
        N('about 6.30 pm', 'time'),
        N('some 120 kilometres', 'distance'),
        N('27-year-old', 'age'),
        N('9 pm', 'time'),
        N('5 am', 'time'),
        N('about 280,000 people', 'population'),
        N('barely 30 kilometres', 'distance'),
    ])

# mj02: grenade attacks on a minibus stop and a bar in Bujumbura, Burundi
# (Reuters style, American spelling, straight quotes, a reporting credit line)
A['mj02.txt'] = dict(
    casualty=[
        C('killed at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('wounded 52', 'injured', 52, 'exact', 'people', id='inj'),
        C('killing four people', 'killed', 4, 'exact', 'people', sub='tot'),
        C('Three people died', 'killed', 3, 'exact', 'people', sub='tot'),
        C('seven or eight people bleeding', 'injured', None, 'range', 'people', low=7, high=8),
        C('18 people had been arrested', 'detained', 18, 'exact', 'people', id='arr'),
        C('two off-duty soldiers', 'detained', 2, 'exact', 'soldiers', sub='arr'),
        C('23 of the wounded', 'injured', 23, 'exact', 'people', id='rk', sub='inj'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='rk'),
        C('Two more patients died', 'killed', 2, 'exact', 'people'),
        C('the death toll at nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('the number of wounded at 47', 'injured', 47, 'exact', 'people', tags='contradicted'),
        C('at least 12 people had died', 'killed', 12, 'at-least', 'people', tags='contradicted'),
        C('four of those detained', 'detained', 4, 'exact', 'people', sub='arr'),
        C('rounded up scores of young men', 'detained', None, 'vague', 'men'),
        C('took my two sons', 'detained', 2, 'exact', 'men'),
        C('over 60 cases of people abducted', 'detained', 60, 'at-least', 'people'),
        C('at least 1,200 people dead', 'killed', 1200, 'at-least', 'people'),
        C('drove more than 400,000 into exile', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('hospital officials', 'official'),
        S('Police spokesman Emile Ndayisaba', 'official', form='title-name'),
        S('Claude Havyarimana', 'witness', form='name'),
        S('Ndayisaba', 'official', nth=1, form='name'),
        S("A doctor at Bujumbura's Roi Khaled hospital", 'anonymous'),
        S('The Interior Ministry', 'official'),
        S('An exiled rights group, the Burundi Justice Forum', 'ngo'),
        S('relatives', 'witness'),
        S('hospital staff', 'anonymous'),
        S('The UDC', 'other'),
        S('UDC spokesman Aime Nizigiyimana', 'other', form='title-name'),
        S('Red-Tabara', 'military'),
        S('Residents of Bwiza', 'witness'),
        S('Claudine Irakoze', 'witness', form='name'),
        S('The U.N. human rights office', 'ngo'),
    ],
    numbers=[
        N('Sept 14', 'date'),
        N('8:15 p.m.', 'time'),
        N('10-year-old', 'age'),
        N('dozens of customers', 'count-people'),
        N('34-year-old', 'age'),
        N('52', 'age', nth=1),
        N('109 to 3', 'vote'),
        N('about 13 million people', 'population'),
        N('2015', 'year'),
    ])

# mj03: a militia raid on two fishing villages in Fizi territory, South Kivu, DR Congo
# (AP style, em-dash dateline, American spelling, curly quotes)
A['mj03.txt'] = dict(
    casualty=[
        C('killing at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('abducting about two dozen others', 'detained', 24, 'approx', 'civilians', id='abd'),
        C('the bodies of 12 villagers', 'killed', 12, 'exact', 'civilians', sub='tot'),
        C('seven', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('received 31 wounded', 'injured', 31, 'exact', 'people', id='inj'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('Dozens more were treated for minor injuries', 'injured', None, 'vague', 'people'),
        C('the death toll at 26', 'killed', 26, 'exact', 'civilians', tags='contradicted'),
        C('15 to 20 people', 'detained', None, 'range', 'people', low=15, high=20, tags='contradicted'),
        C('killed eight of the attackers', 'killed', 8, 'exact', 'fighters'),
        C('five of the hostages', 'detained', 5, 'exact', 'civilians', sub='abd'),
        C('Two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('lost fewer than five fighters', 'killed', 5, 'at-most', 'fighters', tags='contradicted'),
        C('hundreds of other families', 'displaced', None, 'vague', 'people'),
        C('around 9,000 people had fled', 'displaced', 9000, 'approx', 'people'),
        C('the more than 1.5 million displaced', 'displaced', 1500000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a rights group', 'ngo'),
        S('Amisi Lukeka', 'official', form='name'),
        S('Lukeka', 'official', nth=1, form='name'),
        S('Dr. Patrick Kasongo', 'official', form='title-name'),
        S('A local rights group, the League for Peace and Human Rights', 'ngo'),
        S('The army', 'military'),
        S('Capt. Dieudonné Kasereka', 'military', form='title-name'),
        S('A self-described spokesman for the militia', 'military', form='role'),
        S('Survivors', 'witness'),
        S('Furaha Mwamini', 'witness', form='name'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('two fishing villages', 'count-objects'),
        N('AK-47', 'other'),
        N('1 a.m.', 'time'),
        N('more than 200 homes', 'count-objects'),
        N('my three children', 'count-people'),
        N('38', 'age'),
        N('$180 million', 'money'),
        N('more than 120 armed groups', 'count-objects'),
        N('2024', 'year'),
    ])

# mj04: an armed group's night attack on two hills of Musigati commune, Bubanza, Burundi
# (Burundian state media, ABP in NAN style: "The … Command says", "disclosed this in a statement",
# a quote continued across paragraphs, "It will be recalled")
A['mj04.txt'] = dict(
    casualty=[
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people', id='arr'),
        C('nine civilians were killed', 'killed', 9, 'exact', 'civilians'),
        C('killed nine innocent civilians', 'killed', 9, 'exact', 'civilians', id='tot', tags='repeat'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('injured 14 others', 'injured', 14, 'exact', 'civilians', id='inj'),
        C('Five of the injured', 'injured', 5, 'exact', 'civilians', sub='inj'),
        C('19 men', 'detained', 19, 'exact', 'men', sub='arr'),
        C('four women', 'detained', 4, 'exact', 'women', sub='arr'),
        C('killed 12 members of the armed group', 'killed', 12, 'exact', 'fighters'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('three others sustained injuries', 'injured', 3, 'exact', 'soldiers'),
        C('five of the criminals were captured', 'detained', 5, 'exact', 'fighters'),
        C('a number of residents sustained minor injuries', 'injured', None, 'vague', 'civilians'),
        C('approximately 1,300 residents who fled', 'displaced', 1300, 'approx', 'civilians'),
        C('eleven persons', 'missing', 11, 'exact', 'people'),
        C('more than 30 people had been killed', 'killed', 30, 'at-least', 'people', tags='contradicted'),
        C('killed six persons', 'killed', 6, 'exact', 'people'),
        C('abducted four others', 'detained', 4, 'exact', 'people'),
    ],
    sources=[
        S('The Police Command in Bubanza Province', 'official'),
        S('The Police Commissioner for Bubanza Province, CP Léonidas Hakizimana', 'official', form='title-name'),
        S('The commissioner', 'official', form='role'),
        S('The statement', 'official', form='document'),
        S('the Burundi National Defence Force (FDNB)', 'military'),
        S('The Spokesman of the FDNB, Col. Ildephonse Nzeyimana', 'military', form='title-name'),
        S('The Administrator of Musigati Commune, Mrs Josiane Nshimirimana', 'official', form='title-name'),
        S('The Governor of Bubanza Province, Mr Claver Nduwayo', 'official', form='title-name'),
        S('Hakizimana', 'official', nth=1, form='name'),
        S('an exiled radio station', 'media'),
    ],
    numbers=[
        N('Oct. 7, 2025', 'date'),
        N('numbering about 40', 'count-people'),
        N('about 11 p.m.', 'time'),
        N('37 houses', 'count-objects'),
        N('two AK-47 rifles', 'count-objects'),
        N('120 rounds of ammunition', 'count-objects'),
        N('all 26 hills', 'count-objects'),
        N('the two hills', 'count-objects'),
        N('2.5 million Burundian francs', 'money'),
    ])

# mj05: an NGO statement on the abduction of pupils and attacks on villages around Kasika, Mwenga
# territory, South Kivu, DR Congo (headline, first-person "we", demands, notes to editors)
A['mj05.txt'] = dict(
    casualty=[
        C('abduct 43 schoolchildren', 'detained', 43, 'exact', 'children'),
        C('abducted 43 pupils', 'detained', 43, 'exact', 'children', id='pup', tags='repeat'),
        C('killed at least eight villagers', 'killed', 8, 'at-least', 'civilians'),
        C('Of the abducted pupils, 29 are girls', 'detained', 29, 'exact', 'children', sub='pup'),
        C('five of the pupils', 'detained', 5, 'exact', 'children', sub='pup'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'civilians', id='upd', tags='update'),
        C('two women', 'killed', 2, 'exact', 'women', sub='upd'),
        C('up to 16 other people had been wounded', 'injured', 16, 'at-most', 'people', id='inj'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', id='t9', sub='inj'),
        C('three of them children', 'injured', 3, 'exact', 'children', sub='t9'),
        C('At least four pupils remain unaccounted for', 'missing', 4, 'at-least', 'children'),
        C('Roughly 6,500 people have fled', 'displaced', 6500, 'approx', 'people'),
        C('killed “several” of the kidnappers', 'killed', None, 'vague', 'fighters'),
        C('214 abductions', 'detained', 214, 'exact', 'people', id='yr'),
        C('78 of the victims were children', 'detained', 78, 'exact', 'children', sub='yr'),
    ],
    sources=[
        S('Maisha Relief', 'ngo', nth=0),
        S('the humanitarian organisation Maisha Relief', 'ngo'),
        S('Our teams in Kasika', 'ngo'),
        S('Dr Nadine Furaha', 'ngo', form='title-name'),
        S('Local authorities', 'official'),
        S('a teacher at the school', 'anonymous'),
        S('a local displacement committee', 'other'),
        S('The Congolese army', 'military'),
        S('Civil society leaders in Mwenga', 'other'),
        S('Furaha', 'ngo', nth=1, form='name'),
        S('Maisha Relief', 'ngo', nth=3),
        S('The UN children’s agency, UNICEF', 'ngo'),
    ],
    numbers=[
        N('21 November 2025', 'date'),
        N('three nearby villages', 'count-objects'),
        N('aged 12', 'age'),
        N('two days', 'duration'),
        N('three nights', 'duration'),
        N('70-year-old', 'age'),
        N('the three villages', 'count-objects'),
        N('at least 40 schools', 'count-objects'),
        N('US$38 million', 'money'),
        N('11%', 'percentage'),
        N('2009', 'year'),
        N('12 mobile clinics', 'count-objects'),
    ])

# mj06: a UN OCHA flash update on attacks on villages in the Minembwe highlands, South Kivu, DR Congo
# (headings, highlights restated in the overview, displacement by site, access, response, funding)
A['mj06.txt'] = dict(
    casualty=[
        C('At least 27 civilians have been killed', 'killed', 27, 'at-least', 'civilians'),
        C('35 injured', 'injured', 35, 'exact', 'civilians'),
        C('An estimated 18,000 people have been displaced', 'displaced', 18000, 'approx', 'people'),
        C('at least 27 civilians were killed', 'killed', 27, 'at-least', 'civilians', id='ov', tags='repeat'),
        C('9 women', 'killed', 9, 'exact', 'women', sub='ov'),
        C('6 children', 'killed', 6, 'exact', 'children', sub='ov'),
        C('35 others were injured', 'injured', 35, 'exact', 'civilians', tags='repeat'),
        C('a higher toll of 34 dead', 'killed', 34, 'exact', 'civilians', tags='contradicted'),
        C('Four people', 'missing', 4, 'exact', 'people', id='miss'),
        C('two health workers', 'missing', 2, 'exact', 'other', sub='miss'),
        C('between 30 and 40 people', 'detained', None, 'range', 'people', low=30, high=40),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('five wounded', 'injured', 5, 'exact', 'soldiers'),
        C('some 18,000 people have been displaced', 'displaced', 18000, 'approx', 'people', id='disp',
          tags='repeat'),
        C('7,200', 'displaced', 7200, 'exact', 'people', sub='disp'),
        C('5,100', 'displaced', 5100, 'exact', 'people', sub='disp'),
        C('about 2,400', 'displaced', 2400, 'approx', 'people', sub='disp'),
        C('received 48 wounded', 'injured', 48, 'exact', 'people', id='hosp'),
        C('13 of them combatants', 'injured', 13, 'exact', 'fighters', sub='hosp'),
        C('Five patients died', 'killed', 5, 'exact', 'people'),
        C('tens of thousands of people displaced', 'displaced', None, 'vague', 'people'),
        C('two aid workers were briefly detained', 'detained', 2, 'exact', 'other'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Civil society in Minembwe', 'other'),
        S('Local authorities', 'official'),
        S('Community leaders in Kipupu', 'other'),
        S('The Armed Forces of the Democratic Republic of the Congo (FARDC)', 'military'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('The hospital', 'official'),
        S('A health worker in Minembwe', 'anonymous'),
        S('the provincial health division', 'official'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 March 2025', 'date'),
        N('seven villages', 'count-objects'),
        N('12 March', 'date'),
        N('Between 12 and 16 March', 'date'),
        N('seven villages', 'count-objects', nth=1),
        N('about 600 houses', 'count-objects'),
        N('more than 3,000 head of cattle', 'count-objects'),
        N('14 March', 'date'),
        N('an estimated 70 per cent', 'percentage'),
        N('12 March', 'date', nth=1),
        N('three days', 'duration'),
        N('2019', 'year'),
        N('a handful of health centres', 'count-objects'),
        N('13 March', 'date'),
        N('up to 1.5 tonnes', 'quantity'),
        N('15 March', 'date'),
        N('42 tonnes', 'quantity'),
        N('760 households', 'count-people'),
        N('1,150 consultations', 'count-objects'),
        N('13 March', 'date', nth=1),
        N('2,000 household kits', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('US$3 million', 'money'),
    ])

# mj07: gunmen raiding two villages in Cibitoke province, Burundi (a broadcaster's website, BBC style:
# headline and byline instead of a dateline, a headline toll restated in the lede, an en-dash range)
A['mj07.txt'] = dict(
    casualty=[
        C('kill 14', 'killed', 14, 'exact', 'people'),
        C('At least 14 people', 'killed', 14, 'at-least', 'people', id='tot', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('nine people had been wounded', 'injured', 9, 'exact', 'people'),
        C('two women were missing', 'missing', 2, 'exact', 'women'),
        C('buried 19 people', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('killing 8–10 of them', 'killed', None, 'range', 'fighters', low=8, high=10),
        C('one soldier had died', 'killed', 1, 'exact', 'soldiers'),
        C('three others were injured', 'injured', 3, 'exact', 'soldiers'),
        C('arrested 27 people', 'detained', 27, 'exact', 'people', id='arr'),
        C('11 Congolese traders', 'detained', 11, 'exact', 'other', sub='arr'),
        C('Hundreds of families have fled', 'displaced', None, 'vague', 'people'),
        C('almost 2,100 displaced people', 'displaced', 2100, 'at-most', 'people'),
        C('at least 63 civilians had been killed', 'killed', 63, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the provincial governor, Carême Bizoza', 'official', form='title-name'),
        S('residents', 'witness'),
        S('Jean-Marie Hatungimana', 'witness', form='name'),
        S('Burundi’s army', 'military'),
        S('Army spokesman Lt Col Pacifique Nduwimana', 'military', form='title-name'),
        S('Local radio station Rugombo FM', 'media'),
        S('a police officer', 'anonymous'),
        S('the Burundi Red Cross', 'ngo'),
        S('Diane Niyonkuru', 'ngo', form='name'),
        S('Mr Bizoza', 'official', form='title-name'),
        S('The Burundi Rights Observatory', 'ngo'),
    ],
    numbers=[
        N('two villages', 'count-objects'),
        N('four rifles', 'count-objects'),
        N('about 50 goats', 'count-objects'),
        N('40 pregnant women', 'count-people'),
        N('two latrines', 'count-objects'),
        N('about 10,000 troops', 'count-people'),
        N('M23', 'other'),
        N('2023', 'year'),
    ])

# mj08: a grenade blast at a fish market and abductions of fishermen in Rumonge, Burundi
# (a newspaper's own correspondent: headline and byline, "this newspaper", "Mr"/"Dr"/"Fr" titles,
# "yesterday", an em-dash aside, a hyphen range)
A['mj08.txt'] = dict(
    casualty=[
        C('killed six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('more than 30 others injured', 'injured', 30, 'at-least', 'people', id='inj'),
        C('two fish traders', 'killed', 2, 'exact', 'other', sub='tot'),
        C('24 of the injured', 'injured', 24, 'exact', 'people', id='adm', sub='inj'),
        C('seven children', 'injured', 7, 'exact', 'children', sub='adm'),
        C('two of the injured', 'injured', 2, 'exact', 'people', sub='inj'),
        C('the death toll had risen to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('12 suspects had been arrested', 'detained', 12, 'exact', 'people'),
        C('as many as 11 people had been killed', 'killed', 11, 'at-most', 'people', tags='contradicted'),
        C('20-30 young men had been rounded up', 'detained', None, 'range', 'men', low=20, high=30),
        C('seized a dozen fishermen', 'detained', 12, 'exact', 'other'),
        C('14 people missing', 'missing', 14, 'exact', 'people'),
        C('about 450 people had left the lakeshore', 'displaced', 450, 'approx', 'people'),
        C('wounded upwards of 20 people', 'injured', 20, 'at-least', 'people'),
    ],
    sources=[
        S('Rumonge Provincial Hospital director Dr Evariste Nsabimana', 'official', form='title-name'),
        S('Provincial police spokesman Mr Jérôme Niyongabo', 'official', form='title-name'),
        S('Inkingi News', 'media'),
        S('Mr Niyongabo', 'official', form='title-name'),
        S('A local official', 'anonymous'),
        S('Their families', 'witness'),
        S('Mrs Francine Ndayiragije', 'witness', form='name'),
        S('The Burundian navy', 'military'),
        S('Minago parish priest Fr Emmanuel Butoyi', 'other', form='title-name'),
        S('The local administrator, Mr Désiré Ndabirabe', 'official', form='title-name'),
        S('Rumonge governor Mr Léonard Niyonsaba', 'official', form='title-name'),
        S('the provincial fisheries office', 'official'),
    ],
    numbers=[
        N('about 7pm', 'time'),
        N('17-year-old', 'age'),
        N('nine-year-old', 'age'),
        N('about 12km', 'distance'),
        N('3am', 'time'),
        N('31', 'age'),
        N('a mother of four', 'count-people'),
        N('6pm', 'time'),
        N('two weeks', 'duration'),
        N('some 20,000 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
