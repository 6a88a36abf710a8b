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

# ---------------------------------------------------------------- labels (blind set 121: cs01-cs08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / sent to hell / martyred / found dead / losing',
     r'\bneutralised\b|\bto hell\b|\bmartyred\b|\bfound dead\b|\blosing\b'),
    ('taken prisoner / rounding up / captured / apprehended / abducted',
     r'\bprisoner\b|\brounding up\b|\bcaptured\b|\bapprehended\b|\babducted\b'),
    ('left / evacuated / crossed / forced from their homes',
     r'\bleft\b|\bevacuated\b|\bcrossed\b|\bforced\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('khwarij/assailants/terrorists/members/rebels', r'\b(?:khwarij|assailants|terrorists|members|rebels)\b'),
    ('servicemen/policemen/officers/sons of soil', r'\b(?:servicemen|policemen|officers|sons of soil)\b'),
    ('volunteers/contractors', r'\b(?:volunteers|contractors)\b'),
    ('sons/schoolchildren', r'\b(?:sons|schoolchildren)\b'),
    ('facilitators/accomplices/families', r'\b(?:facilitators|accomplices|families)\b'),
]

# cs01: guided bombs on Komyshuvakha, Zaporizhzhia oblast, Ukraine (dpa style, one sentence a paragraph)
A['cs01.txt'] = dict(
    casualty=[
        C('killing five people', 'killed', 5, 'exact', 'people'),
        C('injuring at least 12', 'injured', 12, 'at-least', 'people', id='inj'),
        C('two children', 'injured', 2, 'exact', 'children', sub='inj'),
        C('Two people were still missing', 'missing', 2, 'exact', 'people'),
        C('the death toll to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('Eight of the injured', 'injured', 8, 'exact', 'people', sub='inj'),
        C('the number of injured at 14', 'injured', 14, 'exact', 'people', tags='update'),
        C('killed up to 35 servicemen', 'killed', 35, 'at-most', 'soldiers', tags='contradicted'),
        C('killed two civilians', 'killed', 2, 'exact', 'civilians'),
        C('wounded four others', 'injured', 4, 'exact', 'civilians'),
        C('nearly 150 residents', 'displaced', 150, 'at-most', 'civilians'),
        C('A further 27 people', 'displaced', 27, 'exact', 'people', id='ev'),
        C('11 children', 'displaced', 11, 'exact', 'children', sub='ev'),
        C('more than 1,000 civilians have been killed', 'killed', 1000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional governor Andriy Moroz', 'official', form='title-name'),
        S('Moroz', 'official', nth=1, form='name'),
        S('the regional military administration', 'official'),
        S('the State Emergency Service', 'official'),
        S('Moroz', 'official', nth=2, form='name'),
        S('The emergency service', 'official'),
        S('the service', 'official'),
        S('Doctors', 'anonymous'),
        S("The Zaporizhzhia regional prosecutor's office", 'official'),
        S("Ukraine's General Staff", 'military'),
        S("Russia's Defence Ministry", 'military'),
        S('Moroz', 'official', nth=3, form='name'),
        S('The Russian-installed authorities in the occupied part of the region', 'official'),
        S('the head of the village military administration, Mykola Tkachenko', 'official', form='title-name'),
        S('Tkachenko', 'official', nth=1, form='name'),
        S('the regional administration', 'official'),
        S("Ukraine's Prosecutor General's Office", 'official'),
    ],
    numbers=[
        N('aged 9 and 14', 'age'),
        N('several private houses', 'count-objects'),
        N('11 am', 'time'),
        N('three people', 'count-people'),
        N('71-year-old', 'age'),
        N('about 40 kilometres', 'distance'),
        N('63-year-old', 'age'),
        N('more than 40 guided aerial bombs', 'count-objects'),
        N('24 hours', 'duration'),
        N('about 15 kilometres', 'distance'),
        N('roughly 3,000 inhabitants', 'population'),
        N('February 2022', 'date'),
        N('Fewer than 400 people', 'population'),
        N('16 frontline settlements', 'count-objects'),
    ])

# cs02: attack on an army post and a market in Diéma, Kayes region, Mali (AFP style)
A['cs02.txt'] = dict(
    casualty=[
        C('killed at least 21 people', 'killed', 21, 'at-least', 'people', id='tot'),
        C('14 soldiers', 'killed', 14, 'exact', 'soldiers', sub='tot'),
        C('seven civilians', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('“dozens” of people were wounded', 'injured', None, 'vague', 'people'),
        C('around 30 people had been wounded', 'injured', 30, 'approx', 'people', id='w30'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w30'),
        C('losing four soldiers', 'killed', 4, 'exact', 'soldiers', tags='contradicted'),
        C('neutralised” 32 assailants', 'killed', 32, 'exact', 'fighters'),
        C('killed “more than 40 soldiers', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('between six and ten people were still missing', 'missing', None, 'range', 'people', low=6, high=10),
        C('hundreds have left', 'displaced', None, 'vague', 'people'),
        C('an estimated 1,800 people had fled', 'displaced', 1800, 'approx', 'people'),
        C('more than 400,000 people already internally displaced', 'displaced', 400000, 'at-least', 'people'),
        C('rounding up 23 men', 'detained', 23, 'exact', 'men', id='r23'),
        C('three of them had later been found dead', 'killed', 3, 'exact', 'men', sub='r23'),
    ],
    sources=[
        S('local and security sources', 'anonymous'),
        S('a local elected official', 'anonymous'),
        S('The official', 'anonymous'),
        S('A security source in Bamako', 'anonymous'),
        S('the source', 'anonymous'),
        S('state television ORTM', 'media'),
        S('the Malian army', 'military'),
        S('Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'military'),
        S('Diéma’s mayor, Bakary Traoré', 'official', form='title-name'),
        S('The UN humanitarian coordination office, OCHA', 'ngo'),
        S('A civil society group in Kayes, the Collectif citoyen pour la paix', 'other'),
    ],
    numbers=[
        N('at least 15 fuel tankers', 'count-objects'),
        N('nine vehicles', 'count-objects'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('2012', 'year'),
        N('roughly 300 kilometres', 'distance'),
    ])

# cs03: air strike on a monastery near Kalewa, Sagaing region, Myanmar (Reuters style)
A['cs03.txt'] = dict(
    casualty=[
        C('killing at least 18 people', 'killed', 18, 'at-least', 'people', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('Roughly 200 people who had fled', 'displaced', 200, 'approx', 'people'),
        C('16 bodies', 'killed', 16, 'exact', 'people'),
        C('two more died', 'killed', 2, 'exact', 'people'),
        C('More than 30 people were wounded', 'injured', 30, 'at-least', 'people'),
        C('taking 23 policemen prisoner', 'detained', 23, 'exact', 'soldiers'),
        C('four PDF fighters had been killed', 'killed', 4, 'exact', 'fighters'),
        C('eight to ten wounded', 'injured', None, 'range', 'fighters', low=8, high=10),
        C('killed "around 40 terrorists', 'killed', 40, 'approx', 'fighters', tags='contradicted'),
        C('the death toll at 21', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('thousands of residents had crossed the Chindwin', 'displaced', None, 'vague', 'civilians'),
        C('arrested 14 people', 'detained', 14, 'exact', 'people', id='arr'),
        C('three women', 'detained', 3, 'exact', 'women', sub='arr'),
        C('More than 6,000 civilians have since been killed', 'killed', 6000, 'at-least', 'civilians'),
        C('over 28,000 people arrested', 'detained', 28000, 'at-least', 'people'),
        C('more than 3.5 million people are displaced', 'displaced', 3500000, 'at-least', 'people', id='un'),
        C('about 1.3 million of them', 'displaced', 1300000, 'approx', 'people', sub='un'),
    ],
    sources=[
        S('a resistance official', 'anonymous'),
        S('residents', 'witness'),
        S('the residents', 'witness'),
        S('a member of a local rescue group', 'anonymous'),
        S('Nay Myo', 'military', form='name'),
        S('Military government spokesman Major General Kyaw Thura Aung', 'military', form='title-name'),
        S('The Democratic Voice of Burma', 'media'),
        S('a monk at the monastery', 'anonymous'),
        S('A local administrator for the opposition National Unity Government (NUG)', 'official', form='role'),
        S('state-run MRTV', 'media'),
        S('the Assistance Association for Political Prisoners', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('Two jets', 'count-objects'),
        N('four bombs', 'count-objects'),
        N('about 8 km', 'distance'),
        N('5 miles', 'distance'),
        N('1:30 p.m.', 'time'),
        N('two days', 'duration'),
        N('roughly 20,000 people', 'population'),
        N('February 2021', 'date'),
    ])

# cs04: armed clashes and displacement in Anorí, Antioquia, Colombia (NGO statement)
A['cs04.txt'] = dict(
    casualty=[
        C('Over 1,200 people displaced', 'displaced', 1200, 'at-least', 'people'),
        C('At least 1,200 people have been forced from their homes', 'displaced', 1200, 'at-least', 'people',
          tags='repeat'),
        C('the killing of five men', 'killed', 5, 'exact', 'men', id='k5'),
        C('one of the victims', 'killed', 1, 'exact', 'children', sub='k5'),
        C('two other men', 'missing', 2, 'exact', 'men'),
        C('injured his two sons', 'injured', 2, 'exact', 'children'),
        C('19 wounded people', 'injured', 19, 'exact', 'people', id='w19'),
        C('four children', 'injured', 4, 'exact', 'children', sub='w19'),
        C('killed six members', 'killed', 6, 'exact', 'fighters'),
        C('captured 11 others', 'detained', 11, 'exact', 'fighters'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('3,100 displaced people', 'displaced', 3100, 'exact', 'people', tags='contradicted'),
        C('more than 58,000 people were displaced', 'displaced', 58000, 'at-least', 'people'),
    ],
    sources=[
        S('the humanitarian organisation Tierra Común', 'ngo'),
        S('Lucía Arango', 'ngo', form='name'),
        S('the Ombudsman’s Office (Defensoría del Pueblo)', 'official'),
        S('Community leaders', 'other'),
        S('our teams on the ground', 'ngo'),
        S('The Colombian army’s Seventh Division', 'military'),
        S('The 36th Front', 'military'),
        S('The Antioquia governor’s office', 'official'),
        S('the UN humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('14 March 2025', 'date'),
        N('two armed groups', 'count-objects'),
        N('two days', 'duration'),
        N('More than 340 families', 'count-people'),
        N('three temporary shelters', 'count-objects'),
        N('2 March', 'date'),
        N('17-year-old', 'age'),
        N('A further 2,600 people', 'count-people'),
        N('14 villages', 'count-objects'),
        N('9 March', 'date'),
        N('34-year-old', 'age'),
        N('aged 12 and 15', 'age'),
        N('1 March', 'date'),
        N('36th Front', 'other'),
        N('about 17,000 inhabitants', 'population'),
        N('some 170 kilometres', 'distance'),
        N('2016', 'year'),
        N('2024', 'year'),
        N('US$450,000', 'money'),
        N('three months', 'duration'),
        N('2009', 'year'),
        N('45 staff', 'count-people'),
    ])

# cs05: attack on a security post in Domel, Bannu district, Pakistan (state media, APP/ISPR style)
A['cs05.txt'] = dict(
    casualty=[
        C('sending 11 khwarij to hell', 'killed', 11, 'exact', 'fighters'),
        C('five brave sons of soil', 'killed', 5, 'exact', 'soldiers'),
        C('four civilians', 'killed', 4, 'exact', 'civilians', id='c4'),
        C('two children', 'killed', 2, 'exact', 'children', sub='c4'),
        C('the number of martyred soldiers to six', 'killed', 6, 'exact', 'soldiers', tags='update'),
        C('19 people', 'injured', 19, 'exact', 'people', id='inj'),
        C('seven children', 'injured', 7, 'exact', 'children', sub='inj'),
        C('three of the injured', 'injured', 3, 'exact', 'people', sub='inj'),
        C('about 60 families had left their homes', 'displaced', 60, 'approx', 'people'),
        C('killed three more khwarij', 'killed', 3, 'exact', 'fighters'),
        C('apprehended two facilitators', 'detained', 2, 'exact', 'people'),
        C('more than 20 soldiers" had been killed', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('killing 217 khwarij', 'killed', 217, 'exact', 'fighters'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S('the ISPR', 'military', nth=1),
        S('the statement', 'military', form='document'),
        S('the ISPR', 'military', nth=2),
        S('Bannu District Police Officer Zia-ud-Din Ahmed', 'official', form='title-name'),
        S("The hospital's medical superintendent, Dr Farhat Ullah", 'official', form='title-name'),
        S('Elders of the Domel area', 'other'),
        S('the ISPR', 'military', nth=3),
        S('A spokesman for the proscribed group', 'military', form='role'),
        S('The ISPR', 'military'),
        S('The Khyber Pakhtunkhwa Chief Minister', 'official', form='role'),
        S('the ISPR', 'military', nth=4),
        S('the ISPR', 'military', nth=5),
    ],
    numbers=[
        N('Jun 18', 'date'),
        N('30 soldiers', 'count-people'),
        N('36 years', 'age'),
        N('29 years', 'age'),
        N('22 years', 'age'),
        N('some 190 kilometres', 'distance'),
        N('Rs1 million', 'money'),
        N('1,450 intelligence-based operations', 'count-objects'),
    ])

# cs06: drone strike on an aid queue in Bilenke, Donetsk oblast, Ukraine (broadcaster, BBC style)
A['cs06.txt'] = dict(
    casualty=[
        C('kills seven', 'killed', 7, 'exact', 'people'),
        C('killed seven people', 'killed', 7, 'exact', 'people', id='lede', tags='repeat'),
        C('wounded 15', 'injured', 15, 'exact', 'people', id='w15'),
        C('Several of the wounded', 'injured', None, 'vague', 'people', sub='w15'),
        C('two volunteers', 'killed', 2, 'exact', 'other', sub='lede'),
        C('the number of injured had risen to 19', 'injured', 19, 'exact', 'people', id='inj', tags='update'),
        C('four of them children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('one man was still missing', 'missing', 1, 'exact', 'men'),
        C('two alleged accomplices', 'detained', 2, 'exact', 'people'),
        C('around 1,700 people', 'displaced', 1700, 'approx', 'people', id='ev'),
        C('290 children', 'displaced', 290, 'exact', 'children', sub='ev'),
        C('at least 230 civilians were killed', 'killed', 230, 'at-least', 'civilians'),
        C('more than 1,300 injured', 'injured', 1300, 'at-least', 'civilians'),
        C('killed three people', 'killed', 3, 'exact', 'people'),
        C('injured 11', 'injured', 11, 'exact', 'people'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('the regional governor, Oleksandr Hrytsenko', 'official', form='title-name'),
        S('Halyna', 'witness', form='name'),
        S('The National Police of Ukraine', 'official'),
        S('Pro-Russian military bloggers', 'other'),
        S('Ukraine’s SBU security service', 'official'),
        S('Ukraine’s military', 'military'),
        S('Regional authorities', 'official'),
        S('The UN’s human rights monitoring mission in Ukraine', 'ngo'),
        S('Ukraine’s State Emergency Service', 'official'),
    ],
    numbers=[
        N('68', 'age'),
        N('about 40 people', 'count-people'),
        N('20 minutes', 'duration'),
        N('41-year-old', 'age'),
        N('about 2,500 residents', 'population'),
        N('some 12km', 'distance'),
        N('one of the last', 'other'),
        N('less than 20km', 'distance'),
        N('47 Russian assaults', 'count-objects'),
        N('24 hours', 'duration'),
        N('three years', 'duration'),
        N('two days', 'duration'),
    ])

# cs07: attack on a police station and an oil field in Yondó, Antioquia, Colombia (AP style)
A['cs07.txt'] = dict(
    casualty=[
        C('killing three police officers', 'killed', 3, 'exact', 'soldiers'),
        C('Eight other officers were wounded', 'injured', 8, 'exact', 'soldiers', id='w8'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='w8'),
        C('abducted four contractors', 'detained', 4, 'exact', 'other'),
        C('the four contractors', 'detained', 4, 'exact', 'other', tags='repeat'),
        C('two civilians', 'injured', 2, 'exact', 'civilians'),
        C('killed two rebels', 'killed', 2, 'exact', 'fighters'),
        C('one of the wounded officers had died', 'killed', 1, 'exact', 'soldiers', sub='w8'),
        C('four the number of officers killed', 'killed', 4, 'exact', 'soldiers', tags='update'),
        C('as many as 900 people had fled', 'displaced', 900, 'at-most', 'people'),
        C('81 people were killed', 'killed', 81, 'exact', 'people'),
        C('killed dozens of people', 'killed', None, 'vague', 'people'),
        C('forced tens of thousands from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('police', 'official', nth=2),
        S('the statement', 'official', form='document'),
        S('Defense Minister Jaime Ospina', 'military', form='title-name'),
        S('the ELN', 'military', nth=0),
        S('Ecopetrol', 'other', nth=1),
        S('Luz Marina Cárdenas', 'witness', form='name'),
        S('Local radio station La Voz del Río', 'media'),
        S('The army', 'military'),
        S('police', 'official', nth=3),
        S("Colombia's human rights ombudsman's office", 'official'),
        S('Mayor Rubén Darío Quintero', 'official', form='title-name'),
        S('The Institute for Development and Peace Studies (Indepaz)', 'ngo'),
    ],
    numbers=[
        N('two tanker trucks', 'count-objects'),
        N('about 12,000 barrels', 'quantity'),
        N('2 a.m.', 'time'),
        N('52', 'age'),
        N('about 19,000 people', 'population'),
        N('11 rural schools', 'count-objects'),
        N('23 massacres', 'count-objects'),
    ])

# cs08: air strikes, detentions and displacement in Budalin township, Sagaing region (UN OCHA flash update)
A['cs08.txt'] = dict(
    casualty=[
        C('killed at least 26 civilians', 'killed', 26, 'at-least', 'civilians'),
        C('injured more than 40', 'injured', 40, 'at-least', 'civilians'),
        C('An estimated 12,500 people have been displaced', 'displaced', 12500, 'approx', 'people'),
        C('nine people', 'killed', 9, 'exact', 'people', id='n9'),
        C('six of them schoolchildren', 'killed', 6, 'exact', 'children', sub='n9'),
        C('the reported civilian death toll stood at 19', 'killed', 19, 'exact', 'civilians'),
        C('the toll has since risen to 26', 'killed', 26, 'exact', 'civilians', tags='update repeat'),
        C('killed 17 PDF members', 'killed', 17, 'exact', 'fighters'),
        C('detained at least 30 men', 'detained', 30, 'at-least', 'men', id='d30'),
        C('11 of them', 'missing', 11, 'exact', 'men', sub='d30'),
        C('A further eight civilians', 'missing', 8, 'exact', 'civilians'),
        C('more than 60 people wounded', 'injured', 60, 'at-least', 'people', id='w60'),
        C('20–25 of them', 'injured', None, 'range', 'people', low=20, high=25, sub='w60'),
        C('an estimated 12,500 displaced people', 'displaced', 12500, 'approx', 'people', id='d2', tags='repeat'),
        C('about 7,000', 'displaced', 7000, 'approx', 'people', sub='d2'),
        C('some 1.3 million people were already displaced', 'displaced', 1300000, 'approx', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('Local sources', 'anonymous'),
        S('State-controlled media', 'media'),
        S('Community leaders', 'other'),
        S('Local health workers', 'anonymous'),
        S('partners', 'ngo', nth=2),
        S('UNHCR', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('22 July 2025', 'date'),
        N('14 and 20 July', 'date'),
        N('31 villages', 'count-objects'),
        N('some 4,800 people', 'count-people'),
        N('14 July', 'date'),
        N('at least 14 air strikes', 'count-objects'),
        N('six days', 'duration'),
        N('17 July', 'date'),
        N('No. 2', 'other'),
        N('19 July', 'date'),
        N('scores of houses', 'count-objects'),
        N('12 staff', 'count-people'),
        N('18 July', 'date'),
        N('about 30 km', 'distance'),
        N('14 July', 'date', nth=1),
        N('18 monasteries', 'count-objects'),
        N('around 60 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
        N('2025', 'year', nth=1),
        N('$1.1 billion', 'money'),
        N('5.5 million people', 'count-people'),
        N('9 per cent', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
