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

# ---------------------------------------------------------------- labels (blind set 555: xd01-xd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / shot dead / killings / made the supreme sacrifice / lost … fighters / whose bodies',
     r'\bburied\b|\bshot dead\b|\bkillings\b|\bsacrifice\b|\blost\b|\bbodies\b'),
    ('sustained injuries / evacuated wounded', r'\binjuries\b|\bevacuated\b'),
    ('taken / held / custody / abducted / forcibly recruited / whereabouts … unknown',
     r'\btaken\b|\bheld\b|\bcustody\b|\brecruited\b|\bwhereabouts\b'),
    ('left / crossed to the cleared areas / remain in camps / sheltering',
     r'\bleft\b|\bleave\b|\bcrossed\b|\bcamps\b|\bsheltering\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('cadres/security forces personnel', r'\b(?:cadres|personnel)\b'),
    ('grandchildren/boys/youths', r'\b(?:grandchildren|boys|youths)\b'),
    ('families/supporters/suspects/young men', r'\b(?:families|supporters|suspects|young men)\b'),
]

# xd01: shells on a school sheltering the displaced in rebel-held Vakarai (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['xd01.txt'] = dict(
    casualty=[
        C('killing at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('Another 41 people were wounded', 'injured', 41, 'exact', 'people', id='inj'),
        C('15 of them', 'injured', 15, 'exact', 'people', sub='inj'),
        C('nearly 2,500 people who had fled', 'displaced', 2500, 'at-most', 'people'),
        C('the toll higher, at 31 dead', 'killed', 31, 'exact', 'people', id='ltte', tags='contradicted'),
        C('seven of the dead were women', 'killed', 7, 'exact', 'women', sub='ltte'),
        C('killed “at least 40 LTTE cadres”', 'killed', 40, 'at-least', 'fighters'),
        C('two soldiers had been killed', 'killed', 2, 'exact', 'soldiers'),
        C('five wounded', 'injured', 5, 'exact', 'soldiers'),
        C('buried 14 people', 'killed', 14, 'exact', 'people', id='bur'),
        C('three grandchildren', 'killed', 3, 'exact', 'children', sub='bur'),
        C('scores of people had been wounded', 'injured', None, 'vague', 'people'),
        C('78 wounded people', 'injured', 78, 'exact', 'people'),
        C('up to 35,000 displaced people', 'displaced', 35000, 'at-most', 'people'),
        C('as many as 29 people had died', 'killed', 29, 'at-most', 'people', tags='contradicted'),
        C('between three and five bodies', 'killed', None, 'range', 'people', low=3, high=5),
        C('four more of the wounded had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('the death toll from the school to 27', 'killed', 27, 'exact', 'civilians', tags='update'),
        C('more than 3,000 people had been killed', 'killed', 3000, 'at-least', 'people'),
        C('some 1,500 families had left', 'displaced', 1500, 'approx', 'people'),
    ],
    sources=[
        S('a local health official', 'anonymous'),
        S('the official', 'anonymous'),
        S('The Liberation Tigers of Tamil Eelam (LTTE)', 'military'),
        S('The rebels’ peace secretariat', 'military'),
        S('Military spokesman Brigadier Prasad Samarakoon', 'military', form='title-name'),
        S('Samarakoon', 'military', nth=1, form='name'),
        S('The defence ministry', 'military'),
        S('Residents', 'witness'),
        S('Kandasamy Yogarajah', 'witness', form='name'),
        S('The International Committee of the Red Cross', 'ngo'),
        S('ICRC spokeswoman Sarasi Wijeratne', 'ngo', form='title-name'),
        S('The government’s Commissioner General of Essential Services', 'official', form='role'),
        S('aid workers', 'ngo', form='collective'),
        S('A hospital worker', 'anonymous'),
        S('the pro-rebel TamilNet website', 'media'),
        S('the health official', 'anonymous'),
        S('The Sri Lanka Monitoring Mission', 'ngo'),
        S('The UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('two doctors', 'count-people'),
        N('nine days', 'duration'),
        N('some 800 metres', 'distance'),
        N('58-year-old', 'age'),
        N('family of six', 'count-people'),
        N('two weeks', 'duration'),
        N('12 lorries', 'count-objects'),
        N('mid-2006', 'date'),
        N('2002', 'year'),
    ])

# xd02: a Claymore mine on a bus and rioting in Kinniya (Reuters style, American spelling, straight
# quotes)
A['xd02.txt'] = dict(
    casualty=[
        C('killing 17 people', 'killed', 17, 'exact', 'people', id='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('At least 35 others were wounded', 'injured', 35, 'at-least', 'people', id='inj'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', sub='inj'),
        C('three people were killed', 'killed', 3, 'exact', 'people'),
        C('at least 22 injured', 'injured', 22, 'at-least', 'people'),
        C('the toll from the rioting was higher, at seven', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('dozens of Tamil families had fled', 'displaced', None, 'vague', 'people'),
        C('More than 400 people', 'displaced', 400, 'at-least', 'people'),
        C('arrested 31 people', 'detained', 31, 'exact', 'people', id='arr'),
        C('12 of them', 'detained', 12, 'exact', 'people', sub='arr'),
        C('two or three of our neighbors are still missing', 'missing', None, 'range', 'civilians', low=2, high=3),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll from the bombing to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('More than 5,000 people have been killed', 'killed', 5000, 'at-least', 'people'),
        C('about 200,000 people have been displaced', 'displaced', 200000, 'approx', 'people'),
        C('Hundreds of its Tamil residents fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('police', 'official'),
        S('police spokesman Senior Superintendent Ranjith Gunasekara', 'official', form='title-name'),
        S('the military', 'military'),
        S('Military spokesman Brigadier Lalith Dissanayake', 'military', form='title-name'),
        S('The rebels', 'military'),
        S('LTTE political wing official Senthil Murugan', 'military', form='title-name'),
        S('police', 'official', nth=2),
        S('A Tamil member of parliament for the district, K. Thurairatnam', 'official', form='name'),
        S('The Defense Ministry', 'military'),
        S('Residents', 'witness'),
        S('Selvarajah Kumar', 'witness', form='name'),
        S('Dr. Anura Bandara', 'official', form='title-name'),
        S('rights groups', 'ngo', form='collective'),
        S('the United Nations', 'ngo'),
        S("The president's office", 'official'),
    ],
    numbers=[
        N('about 60 passengers', 'count-people'),
        N('7:40 a.m.', 'time'),
        N('at least 15 houses', 'count-objects'),
        N('34', 'age'),
        N('three-wheeler', 'other'),
        N('2002', 'year'),
        N('late 2005', 'date'),
        N('roughly 80,000 people', 'population'),
        N('about 10 km', 'distance'),
        N('6 miles', 'distance'),
        N('25 million rupees', 'money'),
        N('$230,000', 'money'),
    ])

# xd03: an army offensive, "war heroes" and civilians reaching "welfare centres" in Vavunathivu (state
# media: the Media Centre for National Security's voice, en-dash dateline)
A['xd03.txt'] = dict(
    casualty=[
        C('38 LTTE terrorists were killed', 'killed', 38, 'exact', 'fighters'),
        C('a number of others injured', 'injured', None, 'vague', 'fighters'),
        C('Three soldiers made the supreme sacrifice', 'killed', 3, 'exact', 'soldiers'),
        C('14 others sustained injuries', 'injured', 14, 'exact', 'soldiers'),
        C('the bodies of 12 terrorists', 'killed', 12, 'exact', 'fighters', id='bod'),
        C('four female cadres', 'killed', 4, 'exact', 'women', sub='bod'),
        C('more than 25 of their cadres were seriously injured', 'injured', 25, 'at-least', 'fighters'),
        C('killing 7 civilians', 'killed', 7, 'exact', 'civilians', id='civ'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='civ'),
        C('injuring 19 others', 'injured', 19, 'exact', 'civilians'),
        C('4,320 civilians had crossed to the cleared areas', 'displaced', 4320, 'exact', 'civilians'),
        C('forcibly recruited nearly 200 youths', 'detained', 200, 'at-most', 'people'),
        C('43 civilians had been killed', 'killed', 43, 'exact', 'civilians', tags='contradicted'),
        C('arrested 9 suspected LTTE cadres', 'detained', 9, 'exact', 'fighters'),
        C('1,108 LTTE terrorists have been killed', 'killed', 1108, 'exact', 'fighters'),
        C('97 security forces personnel have made the supreme sacrifice', 'killed', 97, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Media Centre for National Security (MCNS)', 'military'),
        S('the MCNS', 'military'),
        S('Military Spokesman Brigadier Keerthi Abeywickrama', 'military', form='title-name'),
        S('the Brigadier', 'military', form='role'),
        S('Government Agent Shanthi Arumugam', 'official', form='title-name'),
        S('Civilians', 'witness', form='collective'),
        S('The MCNS', 'military'),
        S('the pro-LTTE TamilNet website', 'media'),
        S('Police Media Spokesman SSP Nihal Karunaratne', 'official', form='title-name'),
        S('the Defence Ministry', 'military'),
        S('The Ministry', 'military'),
    ],
    numbers=[
        N('22 March', 'date'),
        N('232 Brigade', 'other'),
        N('5.30 am', 'time'),
        N('11 bunkers', 'count-objects'),
        N('22 T-56 assault rifles', 'count-objects'),
        N('two 81mm mortars', 'count-objects'),
        N('6 welfare centres', 'count-objects'),
        N('Rs. 3.2 million', 'money'),
        N('under 15 years of age', 'age'),
        N('two months', 'duration'),
        N('August 2006', 'date'),
    ])

# xd04: abductions, arrests, disappearances and killings around Akkaraipattu (an NGO statement with a
# list of demands and notes to editors, British spelling, curly quotes)
A['xd04.txt'] = dict(
    casualty=[
        C('At least 46 people have been abducted', 'detained', 46, 'at-least', 'people', id='ab'),
        C('19 of them', 'missing', 19, 'exact', 'people', sub='ab'),
        C('11 were boys', 'detained', 11, 'exact', 'children', sub='ab'),
        C('At least six were taken from their homes', 'detained', 6, 'at-least', 'people', sub='ab'),
        C('as many as a dozen more people have been abducted', 'detained', 12, 'at-most', 'people'),
        C('The bodies of four of those abducted', 'killed', 4, 'exact', 'people', id='bod', sub='ab'),
        C('two of them', 'killed', 2, 'exact', 'people', sub='bod'),
        C('the killing of 23 civilians', 'killed', 23, 'exact', 'civilians', id='kc'),
        C('five Muslim villagers shot dead', 'killed', 5, 'exact', 'civilians', sub='kc'),
        C('14 of the 46', 'detained', 14, 'exact', 'people', sub='ab'),
        C('fewer than 10 people were in police custody', 'detained', 10, 'at-most', 'people',
          tags='contradicted'),
        C('an estimated 600 young men to leave the area', 'displaced', 600, 'approx', 'men'),
        C('more than 5,700 people listed as missing', 'missing', 5700, 'at-least', 'people'),
        C('all 46 people taken', 'detained', 46, 'exact', 'people', tags='repeat'),
        C('the deaths of the four men', 'killed', 4, 'exact', 'men', tags='repeat'),
    ],
    sources=[
        S('the Eastern Families Rights Network (EFRN)', 'ngo'),
        S('relatives', 'witness'),
        S('Families', 'witness', nth=1, form='collective'),
        S('a 52-year-old mother', 'witness', form='role'),
        S('EFRN', 'ngo', nth=2),
        S('The police', 'official', nth=1),
        S('A senior police officer', 'anonymous'),
        S('The Tamil Makkal Viduthalai Pulikal (TMVP)', 'military'),
        S('The Human Rights Commission of Sri Lanka', 'official'),
        S('community leaders', 'other'),
        S('Shanthini Rajaratnam', 'ngo', form='name'),
        S('the UN Working Group on Enforced or Involuntary Disappearances', 'ngo'),
    ],
    numbers=[
        N('30 August 2007', 'date'),
        N('under 18', 'age'),
        N('52-year-old', 'age'),
        N('19', 'age', nth=1),
        N('12 May', 'date'),
        N('312 complaints', 'count-objects'),
        N('48 hours', 'duration'),
        N('1998', 'year'),
        N('27 families’ associations', 'count-objects'),
        N('August 2005', 'date'),
        N('up to 18 months', 'duration'),
    ])

# xd05: shelling, displacement by site and detentions at the river in Verugal (a UN OCHA flash update:
# highlights, situation overview, sections by sector, funding)
A['xd05.txt'] = dict(
    casualty=[
        C('At least 14 civilians killed', 'killed', 14, 'at-least', 'civilians'),
        C('37 injured', 'injured', 37, 'exact', 'civilians'),
        C('An estimated 9,400 people displaced', 'displaced', 9400, 'approx', 'people'),
        C('the death toll stands at 14 civilians', 'killed', 14, 'exact', 'civilians', id='t2', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', sub='t2'),
        C('two women', 'killed', 2, 'exact', 'women', sub='t2'),
        C('some 37 people have been injured', 'injured', 37, 'approx', 'people', id='i2', tags='repeat'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='i2'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='i2'),
        C('the civilian toll to 16', 'killed', 16, 'exact', 'civilians', tags='update'),
        C('21 LTTE cadres', 'killed', 21, 'exact', 'fighters'),
        C('four soldiers were killed', 'killed', 4, 'exact', 'soldiers'),
        C('lost six fighters', 'killed', 6, 'exact', 'fighters', tags='contradicted'),
        C('An estimated 9,400 people have fled', 'displaced', 9400, 'approx', 'people', id='d', tags='repeat'),
        C('2,150', 'displaced', 2150, 'exact', 'people', sub='d'),
        C('1,870', 'displaced', 1870, 'exact', 'people', sub='d'),
        C('1,240', 'displaced', 1240, 'exact', 'people', sub='d'),
        C('about 4,100', 'displaced', 4100, 'approx', 'people', sub='d'),
        C('at least 28 men were detained', 'detained', 28, 'at-least', 'men', id='det'),
        C('11 of whom', 'detained', 11, 'exact', 'men', sub='det'),
        C('6–8 people remain unaccounted for', 'missing', None, 'range', 'people', low=6, high=8),
        C('several more people may have been killed', 'killed', None, 'vague', 'people'),
        C('29 of the injured', 'injured', 29, 'exact', 'people', sub='i2'),
    ],
    sources=[
        S('the Divisional Secretariat', 'official'),
        S('District health authorities', 'official'),
        S('The military', 'military'),
        S('the LTTE', 'military', nth=1),
        S('The Government Agent', 'official', form='role'),
        S('Protection partners', 'ngo', form='collective'),
        S('Families', 'witness', form='collective'),
        S('Unconfirmed reports', 'other', form='document'),
        S('The Regional Director of Health Services (RDHS)', 'official', form='role'),
    ],
    numbers=[
        N('Flash Update No. 3', 'other'),
        N('28 April 2007', 'date'),
        N('24 April', 'date'),
        N('three sites', 'count-objects'),
        N('US$1.4 million', 'money'),
        N('30 days', 'duration'),
        N('28 April', 'date', nth=1),
        N('27 April', 'date'),
        N('24 April', 'date', nth=1),
        N('25 April', 'date'),
        N('27 April', 'date', nth=1),
        N('43 unaccompanied children', 'count-people'),
        N('Three mobile clinics', 'count-objects'),
        N('1,350 patients', 'count-people'),
        N('25 April', 'date', nth=1),
        N('1,600 non-food item kits', 'count-objects'),
        N('380 family tents', 'count-objects'),
        N('45,000 litres', 'quantity'),
        N('three sites', 'count-objects', nth=1),
        N('10,000 people', 'count-people'),
        N('two weeks', 'duration'),
        N('US$1.4 million', 'money', nth=1),
        N('30 days', 'duration', nth=1),
        N('22 per cent', 'percentage'),
    ])

# xd06: gunmen kill villagers in a fishing village near Pottuvil (a broadcaster's website: headline,
# byline, a crosshead)
A['xd06.txt'] = dict(
    casualty=[
        C('kill 12', 'killed', 12, 'exact', 'people'),
        C('killed 12 people', 'killed', 12, 'exact', 'people', id='tot', tags='repeat'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('Eight other villagers were wounded', 'injured', 8, 'exact', 'civilians', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'civilians', sub='inj'),
        C('the death toll was 14', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('detained five suspects', 'detained', 5, 'exact', 'people'),
        C('more than 300 Tamil families have left the village', 'displaced', 300, 'at-least', 'people'),
        C('about 1,100 people', 'displaced', 1100, 'approx', 'people', id='ch'),
        C('almost 500 of them children', 'displaced', 500, 'at-most', 'children', sub='ch'),
        C('at least 1,000 civilians have been killed', 'killed', 1000, 'at-least', 'civilians'),
        C('tens of thousands of people have been displaced', 'displaced', None, 'vague', 'people'),
        C('counted 11 bodies', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('one of the wounded had died', 'killed', 1, 'exact', 'civilians', sub='inj'),
        C('the toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('police', 'official'),
        S('a police spokesman', 'anonymous'),
        S('Survivors', 'witness'),
        S('Sellamma', 'witness', form='name'),
        S('The Eastern Tamil Forum', 'other'),
        S('The military', 'military'),
        S('Police', 'official'),
        S('local officials', 'official'),
        S('Father Anthony Jeyaseelan', 'other', form='title-name'),
        S('Human rights groups', 'ngo', form='collective'),
        S('Nordic truce monitors', 'ngo', form='collective'),
        S('A spokeswoman for the monitoring mission, Kristin Dahl', 'ngo', form='name'),
        S('a hospital official', 'anonymous'),
    ],
    numbers=[
        N('about 15 men', 'count-people'),
        N('41', 'age'),
        N('40 rounds of ammunition', 'count-objects'),
        N('two schools', 'count-objects'),
        N('three days', 'duration'),
        N('about 35,000 people', 'population'),
        N('2004', 'year'),
        N('February 2002', 'date'),
        N('2006', 'year'),
        N('at least two types', 'other'),
    ])

# xd07: a grenade at an election rally and rioting in Eravur (AP style, em-dash dateline, American
# spelling, straight quotes)
A['xd07.txt'] = dict(
    casualty=[
        C('killed six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('wounded at least 40', 'injured', 40, 'at-least', 'people', id='inj'),
        C('Twenty-one of the wounded', 'injured', 21, 'exact', 'people', sub='inj'),
        C('15 of its supporters were among the wounded', 'injured', 15, 'exact', 'people', sub='inj'),
        C('Two more people were killed', 'killed', 2, 'exact', 'people'),
        C('arrested 17 people', 'detained', 17, 'exact', 'people', id='arr'),
        C('three of them TMVP cadres', 'detained', 3, 'exact', 'fighters', sub='arr'),
        C('five killings', 'killed', 5, 'exact', 'people'),
        C('upwards of 60 injuries', 'injured', 60, 'at-least', 'people'),
        C('nine people had died', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll from the grenade attack to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('Around 400 Tamil families', 'displaced', 400, 'approx', 'people'),
        C('displaced roughly 200,000 people', 'displaced', 200000, 'approx', 'people'),
        C('More than 70,000 people have been killed', 'killed', 70000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('police spokesman Nimal Abeysiri', 'official', form='title-name'),
        S('Abeysiri', 'official', nth=1, form='name'),
        S('Dr. Ahamed Jaleel', 'official', form='title-name'),
        S('Mohamed Rizwan', 'witness', form='name'),
        S('The alliance', 'other'),
        S('A TMVP spokesman, Sivagnanam Pradeepan', 'military', form='name'),
        S('police', 'official', nth=4),
        S('Abeysiri', 'official', nth=2, form='name'),
        S('The Campaign for Free and Fair Polls', 'ngo'),
        S('The pro-rebel TamilNet website', 'media'),
        S('residents', 'witness'),
        S('Jaleel', 'official', nth=1, form='name'),
        S('a local official', 'anonymous'),
        S('government estimates', 'official', form='document'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('two decades', 'duration'),
        N('about 2,000 supporters', 'count-people'),
        N('10-year-old', 'age'),
        N('27', 'age'),
        N('at least 30 shops and homes', 'count-objects'),
        N('two pistols', 'count-objects'),
        N('118 incidents', 'count-objects'),
        N('1983', 'year'),
        N('Some 980,000 voters', 'count-people'),
        N('37-seat', 'other'),
    ])

# xd08: the shelled and emptied town of Sampur eight months on (a newspaper's own correspondent: headline,
# byline, an em-dash aside, curly quotes)
A['xd08.txt'] = dict(
    casualty=[
        C('at least 32 civilians were killed', 'killed', 32, 'at-least', 'civilians'),
        C('more than 15,000 people fled', 'displaced', 15000, 'at-least', 'people'),
        C('buried 47 people', 'killed', 47, 'exact', 'people', id='pr', tags='contradicted'),
        C('19 children', 'killed', 19, 'exact', 'children', sub='pr'),
        C('20 or 30 more', 'killed', None, 'range', 'people', low=20, high=30),
        C('fewer than 10 civilians had been killed', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('84 Tiger fighters had died', 'killed', 84, 'exact', 'fighters'),
        C('11 of their cadres were killed', 'killed', 11, 'exact', 'fighters', tags='contradicted'),
        C('killed “more than 60 soldiers”', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('seven dead', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('38 wounded', 'injured', 38, 'exact', 'soldiers'),
        C('Some 4,200 families', 'displaced', 4200, 'approx', 'people'),
        C('at least 23 men', 'detained', 23, 'at-least', 'men', id='det'),
        C('Sixteen of them are still held', 'detained', 16, 'exact', 'men', sub='det'),
        C('the whereabouts of nine are unknown', 'missing', 9, 'exact', 'men', sub='det'),
        C('nearly 80,000 people remain displaced', 'displaced', 80000, 'at-most', 'people'),
    ],
    sources=[
        S('Local officials', 'official'),
        S('A Tamil priest', 'anonymous'),
        S('The army', 'military'),
        S('Brigadier Sunil Wickramasinghe', 'military', form='title-name'),
        S('The Tigers', 'military'),
        S('The Defence Ministry', 'military'),
        S('the district secretariat', 'official'),
        S('Ponnamma Sivalingam', 'witness', form='name'),
        S('the camps’ welfare committee', 'other'),
        S('the committee', 'other'),
        S('Anura Jayasekera', 'official', form='name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('Velupillai Kanagaratnam', 'witness', form='name'),
    ],
    numbers=[
        N('nine days', 'duration'),
        N('Eight months', 'duration'),
        N('10,000 acres', 'quantity'),
        N('4,000 hectares', 'quantity'),
        N('11 surrounding villages', 'count-objects'),
        N('240 days', 'duration'),
        N('44', 'age'),
        N('1,800 families', 'count-people'),
        N('25 kilos', 'quantity'),
        N('5,000 rupees', 'money'),
        N('61', 'age'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
