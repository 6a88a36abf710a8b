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

# ---------------------------------------------------------------- labels (twenty-sixth blind set: xx01-xx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralised / neutralization / beheading / lost … soldiers / buried / bodies pulled',
     r'\beliminated\b|\bneutrali[sz]|\bbeheading\b|\blost\b|\bburied\b|\bpulled\b'),
    ('abducted / freed … hostages / rescued … abducted', r'\babducted\b|\bhostages\b'),
    ('taken refuge / fled their homes / forced … from their homes', r'\brefuge\b|\bhomes\b'),
    ('being treated / sustained gunshot wounds / injuries', r'\btreated\b|\bwounds\b|\binjuries\b'),
    ('we cannot find', r'\bcannot find\b|\bof our people\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('jawans/personnel/security personnel', r'\b(?:jawans|personnel)\b'),
    ('attackers/insurgents/terrorists/members/militiamen/foreigners',
     r'\b(?:attackers|insurgents|members|militiamen|foreigners)\b'),
    ('workers/migrant workers', r'\bworkers\b'),
    ('persons/victims/families/hostages/supporters/Afghans',
     r'\b(?:persons|victims|families|hostages|supporters|Afghans)\b'),
    ('girls/young women', r'\b(?:girls|young women)\b'),
]

# xx01: clashes and a car bomb in Derna, eastern Libya (Reuters style)
A['xx01.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('46 people had been wounded', 'injured', 46, 'exact', 'people', id='inj'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='inj'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('Seven of the dead', 'killed', 7, 'exact', 'people', sub='tot'),
        C('killing 12 of its soldiers', 'killed', 12, 'exact', 'soldiers'),
        C('wounding 20 others', 'injured', 20, 'exact', 'soldiers'),
        C('"eliminated" more than 30 attackers', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('arrested 14', 'detained', 14, 'exact', 'fighters'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('the death toll to 23', 'killed', 23, 'exact', 'people', id='upd', tags='update'),
        C('nine civilians', 'killed', 9, 'exact', 'civilians', sub='upd'),
        C('51 people were being treated', 'injured', 51, 'exact', 'people', tags='update'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('four or five bodies', 'killed', None, 'range', 'people', low=4, high=5),
        C('as many as 300 families had been displaced', 'displaced', 300, 'at-most', 'people'),
        C('At least four of the dead were migrant workers', 'killed', 4, 'at-least', 'other', sub='upd'),
        C('killing thousands of people', 'killed', None, 'vague', 'people'),
        C('More than 40,000 people were displaced', 'displaced', 40000, 'at-least', 'people'),
    ],
    sources=[
        S("the city's main medical center", 'official'),
        S('The Derna Medical Center', 'official'),
        S('two security sources', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S('The LNA', 'military'),
        S('The medical center', 'official'),
        S('Its spokesman, Ali al-Obeidi', 'official', form='name'),
        S('the health ministry of the eastern-based government', 'official'),
        S('Residents', 'witness'),
        S('the Libyan Red Crescent', 'ngo'),
        S('Hamad Saleh', 'witness', form='name'),
        S('The U.N. Support Mission in Libya (UNSMIL)', 'ngo'),
        S('the mission', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('two years ago', 'duration'),
        N('2 a.m.', 'time'),
        N('0000 GMT', 'time'),
        N('two security sources', 'count-people'),
        N('9:30 a.m.', 'time'),
        N('one of the sources', 'count-people'),
        N('about 290 km', 'distance'),
        N('180 miles', 'distance'),
        N('41', 'age'),
        N('father of four', 'count-people'),
        N('around 100,000 people', 'population'),
        N('September 2023', 'date'),
        N('two dams', 'count-objects'),
    ])

# xx02: an ISWAP attack on communities outside Damaturu, Yobe State, Nigeria (a Nigerian newspaper's
# own correspondent, with a headline and a "From …, Damaturu" byline)
A['xx02.txt'] = dict(
    casualty=[
        C('14 persons killed', 'killed', 14, 'exact', 'people'),
        C('22 injured', 'injured', 22, 'exact', 'people'),
        C('At least 14 persons were killed', 'killed', 14, 'at-least', 'people', id='tot', tags='repeat'),
        C('22 others injured', 'injured', 22, 'exact', 'people', id='inj', tags='repeat'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('Eleven of the injured persons', 'injured', 11, 'exact', 'people', sub='inj'),
        C('“neutralised” three of the attackers', 'killed', 3, 'exact', 'fighters'),
        C('19 persons were buried', 'killed', 19, 'exact', 'people', id='bur', tags='contradicted'),
        C('six women', 'killed', 6, 'exact', 'women', sub='bur'),
        C('four children', 'killed', 4, 'exact', 'children', sub='bur'),
        C('carted away between 20 and 25 young men', 'detained', None, 'range', 'men', low=20, high=25),
        C('at least seven of our people', 'missing', 7, 'at-least', 'people'),
        C('17 persons abducted', 'detained', 17, 'exact', 'people'),
        C('fewer than 10 civilians lost their lives', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('more than 3,500 persons had taken refuge', 'displaced', 3500, 'at-least', 'people'),
        C('11 persons', 'killed', 11, 'exact', 'people'),
    ],
    sources=[
        S('Police', 'official', nth=0),
        S('The Police Public Relations Officer in the state, ASP Yahaya Garba', 'official', form='title-name'),
        S('residents', 'witness', nth=1),
        S('A community leader in Kasaisa, Bulama Modu Kachalla', 'other', form='name'),
        S('The military', 'military'),
        S('the Operation Hadin Kai spokesman, Lieutenant Musa Danjuma', 'military', form='title-name'),
        S('The Yobe State Emergency Management Agency (SEMA)', 'official'),
        S('The Executive Secretary of SEMA, Dr Ali Bukar Gadaka', 'official', form='title-name'),
        S('Governor Babagana Lawan Jajere', 'official', form='title-name'),
        S('his spokesman, Mamman Sule', 'official', form='name'),
        S('Residents', 'witness'),
    ],
    numbers=[
        N('two communities', 'count-objects'),
        N('about 20 gun trucks', 'count-objects'),
        N('two AK-47 rifles', 'count-objects'),
        N('150 rounds of ammunition', 'count-objects'),
        N('about 600 houses', 'count-objects'),
        N('40 shops', 'count-objects'),
        N('1,200 households', 'count-people'),
        N('two months', 'duration'),
    ])

# xx03: killings, abductions, detentions and flight in Bandiagara, Mopti, Mali (a UN human rights office
# press briefing note, first person "we" and "our Office", with a contact footer)
A['xx03.txt'] = dict(
    casualty=[
        C('at least 61 civilians have been killed', 'killed', 61, 'at-least', 'civilians', id='tot'),
        C('thirty-eight of the victims were killed', 'killed', 38, 'exact', 'civilians', id='v38', sub='tot'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='v38'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='v38'),
        C('At least 17 people were wounded', 'injured', 17, 'at-least', 'people'),
        C('23 others', 'detained', 23, 'exact', 'people'),
        C('Some 2,400 people have since fled', 'displaced', 2400, 'approx', 'people'),
        C('detained at least 30 men', 'detained', 30, 'at-least', 'men', id='det'),
        C('The bodies of 12 of them', 'killed', 12, 'exact', 'men', sub='det', tags='contradicted'),
        C('“neutralised” 27 terrorists', 'killed', 27, 'exact', 'fighters'),
        C('at least 412 civilian deaths', 'killed', 412, 'at-least', 'civilians', id='yr'),
        C('96', 'killed', 96, 'exact', 'civilians', sub='yr'),
        C('almost 185,000 people are now displaced', 'displaced', 185000, 'at-most', 'people'),
    ],
    sources=[
        S('our Office', 'ngo', nth=0),
        S('Survivors', 'witness'),
        S('The Malian authorities', 'official'),
        S('our Office', 'ngo', nth=1),
        S('Humanitarian partners', 'ngo'),
        S('The High Commissioner', 'ngo', form='role'),
    ],
    numbers=[
        N('14 November 2025', 'date'),
        N('1 November', 'date'),
        N('3 and 4 November', 'date'),
        N('about 120 kilometres', 'distance'),
        N('9 November', 'date'),
        N('two days later', 'duration'),
        N('40 per cent', 'percentage'),
        N('some 340 schools', 'count-objects'),
        N('+41 22 917 9310', 'other'),
    ])

# xx04: a junta air strike on a displacement camp outside Myitkyina, Kachin State, Myanmar (a Myanmar
# exile media outlet, with a headline)
A['xx04.txt'] = dict(
    casualty=[
        C('Kills 21', 'killed', 21, 'exact', 'civilians'),
        C('killed at least 21 civilians', 'killed', 21, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('wounded more than 40', 'injured', 40, 'at-least', 'civilians', id='inj'),
        C('about 1,300 people who fled', 'displaced', 1300, 'approx', 'people'),
        C('pulled 21 bodies', 'killed', 21, 'exact', 'people', tags='repeat'),
        C('Two people are still missing', 'missing', 2, 'exact', 'people'),
        C('Thirty-two of the wounded', 'injured', 32, 'exact', 'civilians', sub='inj'),
        C('A dozen of the wounded are children', 'injured', 12, 'exact', 'children', sub='inj'),
        C('three of the dead', 'killed', 3, 'exact', 'civilians', sub='tot'),
        C('killing “about 30 terrorists”', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('hundreds of families from nearby villages had fled', 'displaced', None, 'vague', 'people'),
        C('lost 50–60 soldiers', 'killed', None, 'range', 'soldiers', low=50, high=60),
        C('arrested 11 young men', 'detained', 11, 'exact', 'men'),
        C('Roughly 22,000 people have fled their homes', 'displaced', 22000, 'approx', 'people'),
        C('3.5 million people are displaced', 'displaced', 3500000, 'exact', 'people'),
        C('killed more than 6,000 civilians', 'killed', 6000, 'at-least', 'civilians'),
        C('arrested over 28,000 people', 'detained', 28000, 'at-least', 'people'),
    ],
    sources=[
        S('Rescuers', 'ngo'),
        S('a local rescue team', 'ngo'),
        S('camp residents', 'witness'),
        S('a volunteer with the Hpyen Hkrai rescue team', 'anonymous'),
        S('the volunteer', 'anonymous'),
        S('A camp leader, Daw Lu Bawk', 'witness', form='name'),
        S('The regime’s information team', 'military'),
        S('A KIA spokesman, Col Hkawng Nan', 'military', form='title-name'),
        S('Residents', 'witness', nth=0),
        S('Residents', 'witness', nth=1),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('the Assistance Association for Political Prisoners (AAPP)', 'ngo'),
    ],
    numbers=[
        N('Two fighter jets', 'count-objects'),
        N('11pm', 'time'),
        N('58', 'age'),
        N('several regime outposts', 'count-objects'),
        N('2021', 'year'),
    ])

# xx05: an encounter and a grenade attack in Pulwama, Kashmir, India (PTI style, one sentence a
# paragraph, no dash after the dateline, a sign-off line)
A['xx05.txt'] = dict(
    casualty=[
        C('Three terrorists were killed', 'killed', 3, 'exact', 'fighters', id='tot'),
        C('two army jawans injured', 'injured', 2, 'exact', 'soldiers'),
        C('The three terrorists were killed', 'killed', 3, 'exact', 'fighters', tags='repeat'),
        C('The two injured jawans', 'injured', 2, 'exact', 'soldiers', tags='repeat'),
        C('Two of the slain terrorists', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('injuring six persons', 'injured', 6, 'exact', 'people', id='g'),
        C('three CRPF personnel', 'injured', 3, 'exact', 'soldiers', sub='g'),
        C('one civilian', 'injured', 1, 'exact', 'civilians', sub='g'),
        C('detained four persons', 'detained', 4, 'exact', 'people'),
        C('27 terrorists', 'killed', 27, 'exact', 'fighters', id='yr'),
        C('9 foreigners', 'killed', 9, 'exact', 'fighters', sub='yr'),
        C('Eleven security personnel', 'killed', 11, 'exact', 'soldiers'),
        C('seven civilians have lost their lives', 'killed', 7, 'exact', 'civilians'),
        C('two civilians killed', 'killed', 2, 'exact', 'civilians'),
        C('killed 40 CRPF personnel', 'killed', 40, 'exact', 'soldiers'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('a police spokesperson', 'official', form='role'),
        S('the spokesperson', 'official', nth=0, form='role'),
        S('officials', 'official', nth=1),
        S('the spokesperson', 'official', nth=1, form='role'),
        S('Inspector General of Police (Kashmir) Rajiv Mehta', 'official', form='title-name'),
        S('Residents of Nagbal village', 'witness'),
        S('officials', 'official', nth=2),
        S('a doctor', 'anonymous'),
        S('the spokesperson', 'official', nth=2, form='role'),
        S('police data', 'official', form='document'),
        S('the data', 'official', form='document'),
        S("The Lieutenant Governor's office", 'official'),
        S('officials', 'official', nth=3),
    ],
    numbers=[
        N('Mar 12', 'date'),
        N('55 Rashtriya Rifles', 'other'),
        N('nearly nine hours', 'duration'),
        N('92 Base Hospital', 'other'),
        N('Two AK-series rifles', 'count-objects'),
        N('two houses', 'count-objects'),
        N('62-year-old', 'age'),
        N('14 encounters', 'count-objects'),
        N('Rs 10 lakh', 'money'),
        N('24 hours', 'duration'),
        N('February 2019', 'date'),
        N('three decades', 'duration'),
    ])

# xx06: an army clash with Abu Sayyaf militants in Sumisip, Basilan, the Philippines (a local paper
# quoting an army brigade's press statement, en-dash dateline)
A['xx06.txt'] = dict(
    casualty=[
        C('Four Abu Sayyaf militants were killed', 'killed', 4, 'exact', 'fighters'),
        C('two soldiers wounded', 'injured', 2, 'exact', 'soldiers'),
        C('neutralization of four Abu Sayyaf members', 'killed', 4, 'exact', 'fighters', tags='repeat'),
        C('two of his soldiers sustained gunshot wounds', 'injured', 2, 'exact', 'soldiers', tags='repeat'),
        C('five bodies', 'killed', 5, 'exact', 'people', id='b5', tags='contradicted'),
        C('one of them a civilian', 'killed', 1, 'exact', 'civilians', sub='b5', tags='contradicted'),
        C('at least 120 families', 'displaced', 120, 'at-least', 'people'),
        C('about 600 people', 'displaced', 600, 'approx', 'people'),
        C('Three residents were still unaccounted for', 'missing', 3, 'exact', 'civilians'),
        C('four suspected supporters of the group were arrested', 'detained', 4, 'exact', 'people'),
        C('19 Abu Sayyaf members had been killed', 'killed', 19, 'exact', 'fighters'),
        C('12 had been arrested', 'detained', 12, 'exact', 'fighters'),
    ],
    sources=[
        S('the military', 'military', nth=0),
        S("the Army's 101st Infantry Brigade", 'military'),
        S('the statement', 'military', form='document'),
        S('Brig. Gen. Romeo Dagatan', 'military', form='title-name'),
        S('Dagatan', 'military', nth=1, form='name'),
        S('a village official', 'anonymous'),
        S('Sumisip Mayor Ahmad Jaljalis', 'official', form='title-name'),
        S('the military', 'military', nth=1),
        S('The provincial disaster office', 'official'),
        S('Basilan police director Col. Edwin Manalo', 'official', form='title-name'),
        S('The military', 'military'),
        S('military estimates', 'military', form='document'),
        S('Dagatan', 'military', nth=2, form='name'),
    ],
    numbers=[
        N('101st Infantry Brigade', 'other'),
        N('64th Infantry Battalion', 'other'),
        N('around 15 armed men', 'count-people'),
        N('6:40 a.m.', 'time'),
        N('45-minute', 'duration'),
        N('three high-powered firearms', 'count-objects'),
        N('101st Brigade', 'other'),
        N('10 to 12 fighters', 'count-people'),
        N('two nearby villages', 'count-objects'),
        N('9-year-old', 'age'),
        N('350 families', 'count-people'),
        N('two improvised explosive devices', 'count-objects'),
        N('47 others had surrendered', 'count-people'),
        N('more than 1,200 fighters', 'count-people'),
        N('fewer than 30 members', 'count-people'),
    ])

# xx07: insurgent raids on villages in Mecula district, Niassa, northern Mozambique (dpa style)
A['xx07.txt'] = dict(
    casualty=[
        C('killed at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('beheading several of their victims', 'killed', None, 'vague', 'people', sub='tot'),
        C('Six of the dead were workers', 'killed', 6, 'exact', 'other', sub='tot'),
        C('the death toll at nine', 'killed', 9, 'exact', 'people', id='p9', tags='contradicted'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='p9'),
        C('Between 15 and 20 people were wounded', 'injured', None, 'range', 'people', low=15, high=20),
        C('14 people were wounded', 'injured', 14, 'exact', 'people', tags='contradicted'),
        C('Up to 4,000 people have fled', 'displaced', 4000, 'at-most', 'people', id='disp'),
        C('more than 1,500 children', 'displaced', 1500, 'at-least', 'children', sub='disp'),
        C('abducted a number of young women and girls', 'detained', None, 'vague', 'women'),
        C('at least eight girls', 'detained', 8, 'at-least', 'children'),
        C('"neutralised" 16 insurgents', 'killed', 16, 'exact', 'fighters'),
        C('freed 23 hostages', 'detained', 23, 'exact', 'people'),
        C('Two soldiers had been slightly injured', 'injured', 2, 'exact', 'soldiers'),
        C('killed more than 6,200 people', 'killed', 6200, 'at-least', 'people'),
        C('displaced about 1.3 million', 'displaced', 1300000, 'approx', 'people'),
        C('forced approximately 3,000 people from their homes', 'displaced', 3000, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('district administrator Amélia Nhacale', 'official', form='title-name'),
        S('Niassa police spokesman Alves Mate', 'official', form='title-name'),
        S("the UN's International Organization for Migration (IOM)", 'ngo'),
        S('the head of the IOM office in Lichinga, Sofia Pereira', 'ngo', form='title-name'),
        S('Local residents', 'witness'),
        S('A church source in Lichinga', 'anonymous'),
        S("Mozambique's Defence Ministry", 'military'),
        S('the ministry', 'military'),
        S('Conservation groups', 'ngo'),
        S('the Rovuma Conflict Observatory', 'ngo'),
    ],
    numbers=[
        N('dozens of homes', 'count-objects'),
        N('about 400 kilometres', 'distance'),
        N('aged 12', 'age'),
        N('some 42,000 square kilometres', 'quantity'),
        N('an estimated 40,000 people', 'population'),
        N('two of its 18 hunting and tourism blocks', 'count-objects'),
        N('October 2017', 'date'),
        N('2022', 'year'),
        N('2021', 'year', nth=0),
        N('2021', 'year', nth=1),
    ])

# xx08: a suicide bombing at a money-exchange market in Lashkar Gah, Helmand, Afghanistan (a broadcaster's
# explainer, BBC style, with a headline, question subheadings and competing tolls, no dateline)
A['xx08.txt'] = dict(
    casualty=[
        C('At least 26 people have been killed', 'killed', 26, 'at-least', 'people', id='tal'),
        C('at least 10 bodies', 'killed', 10, 'at-least', 'people'),
        C('the toll at 12 dead', 'killed', 12, 'exact', 'people'),
        C('30 wounded', 'injured', 30, 'exact', 'people'),
        C('26 dead', 'killed', 26, 'exact', 'people', tags='update repeat'),
        C('61 wounded', 'injured', 61, 'exact', 'people', tags='update'),
        C('34 bodies', 'killed', 34, 'exact', 'people', tags='contradicted'),
        C('nearly 90 injured people', 'injured', 90, 'at-most', 'people', id='h90', tags='contradicted'),
        C('17 children', 'injured', 17, 'exact', 'children', sub='h90'),
        C('treated 88 wounded', 'injured', 88, 'exact', 'people', id='ch', tags='contradicted'),
        C('nine of whom had died', 'killed', 9, 'exact', 'people', sub='ch'),
        C('upwards of 50 “Taliban militiamen” had been killed', 'killed', 50, 'at-least', 'fighters',
          tags='contradicted'),
        C('31 civilian deaths', 'killed', 31, 'exact', 'civilians', tags='contradicted'),
        C('74 injuries', 'injured', 74, 'exact', 'civilians', tags='contradicted'),
        C('count of 34 dead', 'killed', 34, 'exact', 'people', tags='repeat'),
        C('three suspects had been arrested', 'detained', 3, 'exact', 'people'),
        C('More than 450 British troops died', 'killed', 450, 'at-least', 'soldiers'),
        C('tens of thousands of Afghans', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('Taliban officials', 'official'),
        S('Witnesses', 'witness'),
        S('Abdul Wali', 'witness', form='name'),
        S('Helmand’s provincial spokesman, Mawlawi Abdul Hadi Farooqi', 'official', form='title-name'),
        S('A doctor at the city’s main hospital', 'anonymous'),
        S('Soccorso Medico', 'ngo'),
        S('Islamic State’s Khorasan branch (IS-K)', 'military'),
        S('its Amaq news agency', 'media'),
        S('the UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
        S('the hospital', 'official', nth=1),
        S('Interior ministry spokesman Abdul Rahim Saberi', 'official', form='title-name'),
    ],
    numbers=[
        N('10:45', 'time'),
        N('06:15 GMT', 'time'),
        N('34-year-old', 'age'),
        N('August 2021', 'date'),
        N('at least a dozen attacks', 'count-objects'),
        N('two years', 'duration'),
        N('20-year', 'duration'),
        N('about 200,000 people', 'population'),
        N('2021', 'year', nth=1),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
