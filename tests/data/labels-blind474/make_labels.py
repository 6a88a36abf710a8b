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

# ---------------------------------------------------------------- labels (blind set 474: ga01-ga08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('remains / buried / exhumed / executed / feared dead / lost … fighters',
     r'\bremains\b|\bburied\b|\bexhumed\b|\bexecuted\b|\bfeared dead\b|\blost\b'),
    ('seized / rounded up / taken / abducted / held', r'\bseized\b|\brounded up\b|\btaken\b|\bheld\b'),
    ('sheltering / taken refuge / remain in camps / forced … across',
     r'\bsheltering\b|\brefuge\b|\bremain in camps\b|\bforced\b'),
    ('treated / sustained injuries / beaten / machete wounds', r'\btreated\b|\bsustained\b|\bbeaten\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('peacekeepers/members of the security forces', r'\b(?:peacekeepers?|security forces)\b'),
    ('militiamen/militia members/members', r'\b(?:militiamen|militia members|members)\b'),
    ('teachers/staff/priests/nuns/health workers', r'\b(?:teachers|staff|priests|nuns|health workers)\b'),
    ('sons/brothers/young men/boys/girls/orphans', r'\b(?:sons|brothers|young men|boys|girls)\b'),
    ('persons/villagers/East Timorese/families/students/troublemakers',
     r'\b(?:persons|villagers|East Timorese|families|students|troublemakers)\b'),
]

# ga01: peacekeepers land in Pante Macassar, Oecussi enclave, after the militia's September rampage
# (AFP style, one sentence a paragraph)
A['ga01.txt'] = dict(
    casualty=[
        C('killed at least 54 people', 'killed', 54, 'at-least', 'people', id='tot'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('the remains of 23 people', 'killed', 23, 'exact', 'people'),
        C('the number of bodies recovered had risen to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('between 70 and 80 people had been killed', 'killed', None, 'range', 'people', low=70, high=80,
          id='pr', tags='contradicted'),
        C('Five of the dead were teachers', 'killed', 5, 'exact', 'other', sub='pr'),
        C('forced as many as 30,000 people', 'displaced', 30000, 'at-most', 'people'),
        C('detained nearly two dozen suspected militiamen', 'detained', 24, 'at-most', 'fighters', id='det'),
        C('two of them', 'detained', 2, 'exact', 'fighters', sub='det'),
        C('One peacekeeper was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('fewer than 20 dead', 'killed', 20, 'at-most', 'people', tags='contradicted'),
        C('treated 36 people', 'injured', 36, 'exact', 'people', id='inj'),
        C('Nine of the wounded were children', 'injured', 9, 'exact', 'children', sub='inj'),
        C('26 people still unaccounted for', 'missing', 26, 'exact', 'people'),
    ],
    sources=[
        S('Peacekeepers', 'military'),
        S('Lieutenant-Colonel Graham Whitely', 'military', form='title-name'),
        S('an INTERFET statement', 'military', form='document'),
        S('The parish priest, Father Joaquim Soares', 'other', form='title-name'),
        S('residents', 'witness'),
        S('Maria da Costa', 'witness', form='name'),
        S('Residents', 'witness'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('An INTERFET spokesman in Dili, Major David Renshaw', 'military', form='title-name'),
        S('Indonesian military officials in Kupang', 'military'),
        S('Australian army medics', 'military'),
        S('a medic', 'anonymous'),
        S('The Roman Catholic diocese of Dili', 'other'),
    ],
    numbers=[
        N('Oct 23', 'date'),
        N('Some 800 troops', 'count-people'),
        N('almost two months', 'duration'),
        N('September 8', 'date'),
        N('more than 1,000 houses', 'count-objects'),
        N('41', 'age'),
        N('her four children', 'count-people'),
        N('population of about 58,000', 'population'),
        N('about 4,500 of them', 'count-people'),
        N('AK-47', 'other'),
        N('24 hours', 'duration'),
        N('seven-year-old', 'age'),
        N('some 815 square kilometres', 'quantity'),
        N('about 70 kilometres', 'distance'),
        N('August 30', 'date'),
        N('78.5 percent', 'percentage'),
        N('1976', 'year'),
    ])

# ga02: militiamen attack a church sheltering villagers in Hatolia, Ermera, after the ballot (Reuters style)
A['ga02.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('about 2,000 people had been sheltering', 'displaced', 2000, 'approx', 'people'),
        C('seven or eight young men', 'killed', None, 'range', 'men', low=7, high=8),
        C('Twenty-seven wounded people', 'injured', 27, 'exact', 'people', id='inj'),
        C('10 children', 'injured', 10, 'exact', 'children', sub='inj'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('two of its local staff were among the dead', 'killed', 2, 'exact', 'other', sub='tot'),
        C('one more', 'missing', 1, 'exact', 'other'),
        C('lost three of their own fighters', 'killed', 3, 'exact', 'fighters'),
        C('only six people had died', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('arrested 14 people', 'detained', 14, 'exact', 'people'),
        C('rounded up 30-40 men', 'detained', None, 'range', 'men', low=30, high=40),
        C('An estimated 6,000 villagers have fled', 'displaced', 6000, 'approx', 'civilians'),
        C('killed scores of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('the parish priest', 'witness', form='role'),
        S('the United Nations', 'ngo'),
        S('The priest, Father Domingos Pereira', 'witness', form='title-name'),
        S('Pereira', 'witness', nth=1, form='name'),
        S('a hospital official', 'anonymous'),
        S('The U.N. Mission in East Timor (UNAMET)', 'ngo'),
        S('Militia commander Mateus Carvalho', 'military', form='title-name'),
        S('Carvalho', 'military', nth=1, form='name'),
        S("Portugal's Lusa news agency", 'media'),
        S('witnesses in Gleno', 'witness'),
        S('Indonesian police in Dili', 'official'),
        S('Residents', 'witness'),
        S('the International Committee of the Red Cross (ICRC)', 'ngo'),
        S('a Western diplomat in Jakarta', 'anonymous'),
        S('U.N. officials', 'ngo'),
        S("Australia's foreign minister", 'official', form='role'),
    ],
    numbers=[
        N('Sept 2', 'date'),
        N('dozens of militiamen', 'count-people'),
        N('around 9 a.m.', 'time'),
        N('24-year-old', 'age'),
        N('about 40 houses', 'count-objects'),
        N('nearly 99 percent', 'percentage'),
        N('roughly 450,000 registered voters', 'count-people'),
        N('some 20,000 troops and police', 'count-people'),
        N('1975', 'year'),
        N('up to 7,000 troops', 'count-people'),
    ])

# ga03: peacekeepers reach Batugade on the West Timor border; bodies, executions and deportations
# (AP style)
A['ga03.txt'] = dict(
    casualty=[
        C('the bodies of 11 people', 'killed', 11, 'exact', 'people'),
        C('One Australian soldier was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('at least two militiamen were killed', 'killed', 2, 'at-least', 'fighters'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('detained 16 militia members', 'detained', 16, 'exact', 'fighters'),
        C('tens of thousands of East Timorese', 'displaced', None, 'vague', 'people'),
        C('200,000 to 250,000 people remain in camps', 'displaced', None, 'range', 'people', low=200000,
          high=250000),
        C('hundreds of families', 'displaced', None, 'vague', 'people'),
        C('seized his two sons', 'detained', 2, 'exact', 'men'),
        C('nine bodies', 'killed', 9, 'exact', 'people'),
        C('as many as 40 men were executed', 'killed', 40, 'at-most', 'men'),
        C('detained 68 suspected militiamen', 'detained', 68, 'exact', 'fighters'),
        C('at least five peacekeepers had been injured', 'injured', 5, 'at-least', 'soldiers'),
        C('more than 500 East Timorese remain unaccounted for', 'missing', 500, 'at-least', 'people'),
        C('about 60 are known to have been killed', 'killed', 60, 'approx', 'people'),
    ],
    sources=[
        S('the force', 'military'),
        S('Brig. Peter Halloran', 'military', form='title-name'),
        S('Halloran', 'military', nth=1, form='name'),
        S('Indonesia’s military', 'military'),
        S('aid workers', 'ngo'),
        S('The U.N. refugee agency', 'ngo'),
        S('Armindo Guterres', 'witness', form='name'),
        S('Guterres', 'witness', nth=1, form='name'),
        S('A team from Indonesia’s National Commission on Human Rights', 'official'),
        S('Interfet', 'military', nth=2),
        S('U.N. officials in Dili', 'ngo'),
    ],
    numbers=[
        N('Infantry Battalion 744', 'other'),
        N('about 115 kilometers', 'distance'),
        N('70 miles', 'distance'),
        N('Fewer than 300', 'count-people'),
        N('roughly 4,000 residents', 'population'),
        N('56', 'age'),
        N('three weeks', 'duration'),
        N('aged 19 and 22', 'age'),
        N('Sept. 7', 'date'),
        N('Sept. 20', 'date'),
        N('about 7,500 strong', 'count-people'),
    ])

# ga04: a UN OCHA flash update on killings, abductions and displacement in Same, Manufahi
A['ga04.txt'] = dict(
    casualty=[
        C('At least 41 people have been killed', 'killed', 41, 'at-least', 'people'),
        C('An estimated 18,000 people remain displaced', 'displaced', 18000, 'approx', 'people', id='dis'),
        C('forced between 5,000 and 7,000 residents', 'displaced', None, 'range', 'civilians', low=5000,
          high=7000),
        C('confirmed 41 deaths', 'killed', 41, 'exact', 'people', id='d41', tags='repeat'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='d41'),
        C('six children', 'killed', 6, 'exact', 'children', sub='d41'),
        C('23 of the victims were killed', 'killed', 23, 'exact', 'people', sub='d41'),
        C('a further 30 to 40 people have died', 'killed', None, 'range', 'people', low=30, high=40),
        C('57 people have been treated', 'injured', 57, 'exact', 'people', id='inj'),
        C('14 of them', 'injured', 14, 'exact', 'people', sub='inj'),
        C('over 120 people', 'missing', 120, 'at-least', 'people', id='miss'),
        C('87 of them', 'missing', 87, 'exact', 'people', sub='miss'),
        C('11 of their members were killed', 'killed', 11, 'exact', 'fighters'),
        C('about 7,000 people', 'displaced', 7000, 'approx', 'people', sub='dis'),
        C('5,500 people', 'displaced', 5500, 'exact', 'people', id='alas', sub='dis'),
        C('some 1,200 children', 'displaced', 1200, 'approx', 'children', sub='alas'),
        C('3,000 people', 'displaced', 3000, 'exact', 'people', sub='dis'),
        C('2,500 people', 'displaced', 2500, 'exact', 'people', sub='dis'),
        C('Two health workers were injured', 'injured', 2, 'exact', 'other'),
        C('A number of national staff', 'missing', None, 'vague', 'other'),
    ],
    sources=[
        S('the district’s interim health coordinator', 'official', form='role'),
        S('Local church sources', 'anonymous'),
        S('The district health coordinator', 'official', form='role'),
        S('Partners', 'ngo'),
        S('Families', 'witness'),
        S('The Manufahi parish', 'other'),
        S('Militia leaders in Same', 'military'),
        S('INTERFET', 'military', nth=1),
        S('The ICRC', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('4 October 1999', 'date'),
        N('4 September', 'date'),
        N('about 2,500', 'count-people'),
        N('29 September', 'date'),
        N('ten days', 'duration'),
        N('an estimated 70 per cent', 'percentage'),
        N('4 September', 'date', nth=1),
        N('6 September', 'date'),
        N('between 4 and 10 September', 'date'),
        N('3 October', 'date'),
        N('under five', 'age'),
        N('1 October', 'date'),
        N('2 October', 'date'),
        N('42 tonnes', 'quantity'),
        N('6 tonnes', 'quantity'),
        N('about 15,000 people', 'count-people'),
        N('two weeks', 'duration'),
        N('900 family kits', 'count-objects'),
        N('3,000 plastic sheets', 'count-objects'),
        N('212 requests', 'count-objects'),
        N('27 September', 'date'),
        N('US$34.9 million', 'money'),
        N('22 per cent', 'percentage'),
        N('3 October', 'date', nth=1),
    ])

# ga05: a pre-ballot clash, arrests and abductions in Atsabe, Ermera (state media, ANTARA style:
# "The … Command says")
A['ga05.txt'] = dict(
    casualty=[
        C('arrested 21 persons', 'detained', 21, 'exact', 'people'),
        C('six persons dead', 'killed', 6, 'exact', 'people'),
        C('14 other persons sustained injuries', 'injured', 14, 'exact', 'people', id='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='inj'),
        C('two members of the security forces were among the injured', 'injured', 2, 'exact', 'soldiers',
          id='sec', sub='inj'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='sec'),
        C('the death toll had risen to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('one of the injured died', 'killed', 1, 'exact', 'people', sub='inj'),
        C('almost 1,500 residents', 'displaced', 1500, 'at-most', 'civilians'),
        C('11 persons were killed', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('abducted at least 17 others', 'detained', 17, 'at-least', 'people', id='abd'),
        C('four students', 'detained', 4, 'exact', 'people', sub='abd'),
        C('one of its local staff members had been beaten and injured', 'injured', 1, 'exact', 'other'),
        C('12 persons were killed', 'killed', 12, 'exact', 'people'),
    ],
    sources=[
        S('The East Timor Regional Police Command', 'official'),
        S("The Command's spokesman, Senior Superintendent Hendrik Manurung", 'official', form='title-name'),
        S('Manurung', 'official', nth=1, form='name'),
        S('Manurung', 'official', nth=2, form='name'),
        S('the Commander of Military Resort Command 164/Wiradharma, Col. Bambang Sutrisno', 'military',
          form='title-name'),
        S('The head of Atsabe sub-district, Mr Fransisco Lopes', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Pro-independence sources in Dili', 'anonymous'),
        S('The Police Command', 'official'),
        S('the United Nations Mission in East Timor (UNAMET)', 'ngo'),
        S('the Command', 'official'),
    ],
    numbers=[
        N('Aug. 28', 'date'),
        N('about 10 a.m.', 'time'),
        N('about 200 persons', 'count-people'),
        N('the two groups', 'count-objects'),
        N('164/Wiradharma', 'other'),
        N('350 additional troops', 'count-people'),
        N('12 home-made firearms', 'count-objects'),
        N('dozens of arrows', 'count-objects'),
        N('a dozen houses', 'count-objects'),
        N('300 of them', 'count-people'),
        N('More than 451,000 East Timorese', 'count-people'),
    ])

# ga06: an NGO statement on the killings in Maquelab, Oecussi, and deportations to West Timor
# (with demands and notes to editors)
A['ga06.txt'] = dict(
    casualty=[
        C('killed at least 47 civilians', 'killed', 47, 'at-least', 'civilians', id='tot'),
        C('19 of the victims were women', 'killed', 19, 'exact', 'women', sub='tot'),
        C('11 were children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('At least 25 people were wounded', 'injured', 25, 'at-least', 'people'),
        C('about 400 villagers had taken refuge', 'displaced', 400, 'approx', 'civilians'),
        C('buried 22 people', 'killed', 22, 'exact', 'people'),
        C('three sons', 'killed', 3, 'exact', 'men'),
        C('at least 80 men and boys', 'detained', 80, 'at-least', 'men', id='abd'),
        C('The bodies of 14 of them', 'killed', 14, 'exact', 'people', sub='abd'),
        C('between 2,000 and 3,000 people', 'displaced', None, 'range', 'people', low=2000, high=3000),
        C('13 people had died', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('exhumed 31 bodies', 'killed', 31, 'exact', 'people'),
        C('roughly 21,000 people', 'displaced', 21000, 'approx', 'people'),
        C('20 to 30 young men', 'detained', None, 'range', 'men', low=20, high=30),
        C('The toll of 47', 'killed', 47, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the human rights organisation Lian Lorosa’e', 'ngo'),
        S('The parish priest, Father Bento Tilman', 'witness', form='title-name'),
        S('a 52-year-old woman', 'anonymous'),
        S('Survivors', 'witness'),
        S('Lian Lorosa’e', 'ngo', nth=2),
        S('Indonesia’s armed forces (TNI)', 'military'),
        S('A TNI spokesman in Jakarta', 'military', form='role'),
        S('the force', 'military'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Ana Ximenes', 'ngo', form='name'),
    ],
    numbers=[
        N('12 November 1999', 'date'),
        N('between 8 and 10 September', 'date'),
        N('three-week', 'duration'),
        N('64 survivors and relatives', 'count-people'),
        N('eight months', 'age'),
        N('8 September', 'date'),
        N('52-year-old', 'age'),
        N('10 September', 'date', nth=1),
        N('22 October', 'date'),
        N('two mass graves', 'count-objects'),
        N('two months', 'duration'),
        N('1996', 'year'),
        N('September 1999', 'date'),
        N('18 October', 'date'),
        N('7 November', 'date'),
        N('three camps', 'count-objects'),
        N('at least two witnesses', 'count-people'),
    ])

# ga07: militiamen storm a church compound in Ainaro after the ballot result (a broadcaster's website:
# headline and byline)
A['ga07.txt'] = dict(
    casualty=[
        C('Dozens feared dead', 'killed', None, 'vague', 'people'),
        C('killing up to 30 people', 'killed', 30, 'at-most', 'people', id='tot'),
        C('at least 12 bodies', 'killed', 12, 'at-least', 'people'),
        C('seven or eight of the dead were children', 'killed', None, 'range', 'children', low=7, high=8,
          sub='tot'),
        C('three priests were missing', 'missing', 3, 'exact', 'other'),
        C('only four people had died', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('as many as 25 people had been wounded', 'injured', 25, 'at-most', 'people', id='inj'),
        C('Several nuns were among the wounded', 'injured', None, 'vague', 'other', sub='inj'),
        C('at least 20 young men', 'detained', 20, 'at-least', 'men'),
        C('forced more than 100,000 people from their homes', 'displaced', 100000, 'at-least', 'people'),
        C('thousands more', 'displaced', None, 'vague', 'people'),
        C('two policemen had been hurt', 'injured', 2, 'exact', 'soldiers'),
        C('41 of its local staff', 'missing', 41, 'exact', 'other'),
        C('arrested 35 "troublemakers"', 'detained', 35, 'exact', 'people', id='arr'),
        C('six of them', 'detained', 6, 'exact', 'people', sub='arr'),
        C('the number of dead to 37', 'killed', 37, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('church sources', 'anonymous'),
        S('the United Nations', 'ngo'),
        S('Sister Lucia Amaral', 'witness', form='name'),
        S('The Indonesian military commander for East Timor, Maj Gen Adam Sudrajat', 'military',
          form='title-name'),
        S('Aid agencies in Darwin', 'ngo'),
        S('a resident', 'witness'),
        S('UN estimates', 'ngo', form='document'),
        S("Indonesia's state news agency Antara", 'media'),
        S('a police officer in Ainaro', 'anonymous'),
        S('The UN mission, Unamet', 'ngo'),
        S('The Indonesian police', 'official'),
        S("the diocese's office in Dili", 'other'),
        S('Australian military officials', 'military'),
        S('Jakarta', 'official', nth=1),
    ],
    numbers=[
        N('6 September 1999', 'date'),
        N('7:40pm', 'time'),
        N('some 60 kilometres', 'distance'),
        N('78.5%', 'percentage'),
        N('344,580 votes to 94,388', 'vote'),
        N('about 150 people', 'count-people'),
        N('up to 4,500 troops', 'count-people'),
        N('48 hours', 'duration'),
    ])

# ga08: the massacre of men and boys from Passabe, Oecussi (a newspaper's own correspondent, byline)
A['ga08.txt'] = dict(
    casualty=[
        C('74 men and boys', 'killed', 74, 'exact', 'men'),
        C('the remains of 47 people', 'killed', 47, 'exact', 'people', id='rem'),
        C('fewer than 30” people died', 'killed', 30, 'at-most', 'people', tags='contradicted'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('Three men survived with machete wounds', 'injured', 3, 'exact', 'men'),
        C('between 400 and 500 people', 'displaced', None, 'range', 'people', low=400, high=500, id='herd'),
        C('around 60 families', 'displaced', 60, 'approx', 'people', sub='herd'),
        C('11 villagers are still missing', 'missing', 11, 'exact', 'civilians', id='miss'),
        C('two teenage girls', 'missing', 2, 'exact', 'children', sub='miss'),
        C('between 70 and 80 people were killed', 'killed', None, 'range', 'people', low=70, high=80),
        C('nine of the dead', 'killed', 9, 'exact', 'people', sub='rem'),
        C('five more bodies', 'killed', 5, 'exact', 'people'),
        C('its toll for the enclave to 112', 'killed', 112, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('the women', 'witness'),
        S('a spokesman for the force in Dili', 'military', form='role'),
        S('Militia leaders', 'military'),
        S('Ermelinda Sanam', 'witness', form='name'),
        S('Domingos Colo', 'witness', form='name'),
        S('Passabe’s chief, Francisco Lafu', 'official', form='title-name'),
        S('Mr Lafu', 'official', form='name'),
        S('UN investigators', 'ngo'),
        S('Indonesia’s attorney-general’s office', 'official'),
        S('Major Ian Kerr', 'military', form='title-name'),
        S('Interfet', 'military', nth=1),
        S('Sanam', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('18 November 1999', 'date'),
        N('September 10', 'date'),
        N('13', 'age'),
        N('70', 'age'),
        N('at least two more burial sites', 'count-objects'),
        N('34', 'age'),
        N('15-year-old', 'age'),
        N('19', 'age'),
        N('two days', 'duration'),
        N('one of the worst', 'other'),
        N('22 suspects', 'count-people'),
        N('three army officers', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
