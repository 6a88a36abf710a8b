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

# ---------------------------------------------------------------- labels (blind set 704: fz01-fz08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('fell in action / bury / lost (fighters) / pulled … bodies / bodies … found / recorded … dead',
     r'\bfell in action\b|\bbury\b|\blost\b|\bbodies\b|\bdead\b'),
    ('could not be found / have not been heard from', r'\bcould not be found\b|\bheard from\b'),
    ('taken / in detention', r'\btaken\b|\bdetention\b'),
    ('have left / crossed into / living in forests and camps / leave their homes',
     r'\bleft\b|\bcrossed\b|\bliving in forests\b'),
    ('amputations / lost a leg / conflict-related injuries', r'\bamputations\b|\blost a leg\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('security personnel / members of the police force', r'\bpersonnel\b|\bmembers\b'),
    ('monks and novices / recruits / cousins / teenagers / porters / staff / nurse',
     r'\b(?:monks|recruits|cousins|teenagers|porters|staff|nurse)\b'),
    ('girls / young men / young people', r'\b(?:girls|young men|young people)\b'),
]

# fz01: junta jet bombs a Catholic church sheltering displaced families in Daw Ngan Kha, Demoso township
# (AFP style, one sentence a paragraph, en-dash dateline, British spelling, curly quotes)
A['fz01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('Twenty-three others were wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w'),
        C('four or five people were still missing', 'missing', None, 'range', 'people', low=4, high=5),
        C('the bodies of 16 people', 'killed', 16, 'exact', 'people'),
        C('killing “more than 30 terrorists”', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('the death toll had risen to 22', 'killed', 22, 'exact', 'people', id='u', tags='update'),
        C('three more people died', 'killed', 3, 'exact', 'people'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='u'),
        C('four women', 'killed', 4, 'exact', 'women', sub='u'),
        C('hundreds of villagers had fled', 'displaced', None, 'vague', 'civilians'),
        C('detained 14 men', 'detained', 14, 'exact', 'men', id='d'),
        C('two of whom', 'detained', 2, 'exact', 'men', sub='d'),
        C('more than 6,200 civilians have been killed', 'killed', 6200, 'at-least', 'civilians'),
        C('over 3.5 million people are displaced', 'displaced', 3500000, 'at-least', 'people', id='disp'),
        C('upwards of 100,000', 'displaced', 100000, 'at-least', 'people', sub='disp'),
    ],
    sources=[
        S('a local resistance official', 'anonymous'),
        S('Khu Plu Reh', 'official', form='name'),
        S('A nun', 'anonymous'),
        S('The junta’s information team', 'military'),
        S('The KNDF', 'military'),
        S('the council', 'official', nth=0),
        S('the council', 'official', nth=1),
        S('Residents', 'witness'),
        S('Rosa Meh', 'witness', form='name'),
        S('the KNDF', 'military'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('two 500-pound bombs', 'count-objects'),
        N('about 9.30am', 'time'),
        N('around 300 people', 'count-people'),
        N('two-month-old', 'age'),
        N('41', 'age'),
        N('about 5 kilometres', 'distance'),
        N('February 2021', 'date'),
        N('about 300,000', 'population'),
        N('one of the deadliest', 'other'),
    ])

# fz02: artillery and air strikes on Moebye as the Karenni Army attacks (Reuters style, no city in the
# dateline, American spelling, straight quotes, Reuters sign-off)
A['fz02.txt'] = dict(
    casualty=[
        C('killing at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='k'),
        C('wounding 30 more', 'injured', 30, 'exact', 'civilians'),
        C('killed two dozen junta soldiers', 'killed', 24, 'exact', 'soldiers'),
        C('four KA fighters had died', 'killed', 4, 'exact', 'fighters'),
        C('nine were wounded', 'injured', 9, 'exact', 'fighters'),
        C('pulled 11 bodies', 'killed', 11, 'exact', 'people', id='b'),
        C('Three of the dead were children', 'killed', 3, 'exact', 'children', sub='b'),
        C('three more bodies had been found', 'killed', 3, 'exact', 'people'),
        C('the civilian toll to 17', 'killed', 17, 'exact', 'civilians', tags='update'),
        C('detained 30 to 40 men', 'detained', None, 'range', 'men', low=30, high=40, id='det'),
        C('two cousins', 'detained', 2, 'exact', 'people', sub='det'),
        C('More than 9,000 people have fled', 'displaced', 9000, 'at-least', 'people'),
        C('the deaths of two displaced men', 'killed', 2, 'exact', 'men'),
        C('displaced approximately 180,000 people', 'displaced', 180000, 'approx', 'people'),
        C('killing scores of civilians', 'killed', None, 'vague', 'civilians'),
        C('more than 28,000 people have been arrested', 'detained', 28000, 'at-least', 'people'),
    ],
    sources=[
        S('a rescue group', 'ngo'),
        S('residents', 'witness'),
        S('a KA spokesman', 'military', form='role'),
        S('the spokesman', 'military', form='role'),
        S('Military-backed MRTV television', 'media'),
        S('Ko Thet Naing', 'ngo', form='name'),
        S('Thet Naing', 'ngo', nth=1, form='name'),
        S('the rescue group', 'ngo'),
        S('A resident', 'witness', form='role'),
        S('the Karenni Human Rights Group', 'ngo'),
        S('The group', 'ngo'),
        S('The U.N. humanitarian office', 'ngo'),
        S('Resistance groups', 'military', form='collective'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
    ],
    numbers=[
        N('Feb 24', 'date'),
        N('two outposts', 'count-objects'),
        N('8 miles', 'distance'),
        N('13 km', 'distance'),
        N('2023', 'year', nth=0),
        N('about 85 miles', 'distance'),
        N('137 km', 'distance'),
        N('November 2023', 'date'),
        N('more than 400 airstrikes', 'count-objects'),
        N('February 2021', 'date'),
    ])

# fz03: the junta's account of an attack on the Lawpita hydropower station (state media: headline,
# officialese, digits, "terrorists", "fell in action", a denial of foreign media reports, MNA sign-off)
A['fz03.txt'] = dict(
    casualty=[
        C('27 terrorists killed', 'killed', 27, 'exact', 'fighters'),
        C('killing 27 terrorists', 'killed', 27, 'exact', 'fighters', tags='repeat'),
        C('3 security personnel fell in action', 'killed', 3, 'exact', 'soldiers'),
        C('8 others were wounded', 'injured', 8, 'exact', 'soldiers'),
        C('the bodies of 9 terrorists', 'killed', 9, 'exact', 'fighters'),
        C('A number of wounded terrorists', 'injured', None, 'vague', 'fighters'),
        C('killing 2 civilians', 'killed', 2, 'exact', 'civilians'),
        C('injuring 5 others', 'injured', 5, 'exact', 'civilians'),
        C('12 monks and novices were killed', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('arrested 17 suspects', 'detained', 17, 'exact', 'people', id='a'),
        C('4 women', 'detained', 4, 'exact', 'women', sub='a'),
        C('about 600 residents', 'displaced', 600, 'approx', 'civilians'),
        C('killed 38 civilians', 'killed', 38, 'exact', 'civilians'),
        C('injured 61 others', 'injured', 61, 'exact', 'civilians'),
        C('4 members of the Kayah State Police Force', 'missing', 4, 'exact', 'soldiers'),
    ],
    sources=[
        S('the True News Information Team of the Office of the Commander-in-Chief (Army)', 'military'),
        S('the Information Team', 'military', nth=0),
        S('Some foreign and exile media', 'media'),
        S('The Information Team', 'military', nth=0),
        S('Kayah State Security and Border Affairs Minister Colonel Than Htike Oo', 'official',
          form='title-name'),
        S('the statement', 'military', form='document'),
        S('the Information Team', 'military', nth=1),
        S('The Information Team', 'military', nth=1),
    ],
    numbers=[
        N('about 150 KNDF and KA terrorists', 'count-people'),
        N('No. 2', 'other'),
        N('10 February', 'date'),
        N('2:30 am', 'time'),
        N('11 February', 'date'),
        N('1 60mm mortar', 'count-objects'),
        N('12 assorted rifles', 'count-objects'),
        N('200 rounds of ammunition', 'count-objects'),
        N('5 drones', 'count-objects'),
        N('7-year-old', 'age'),
        N('12 February', 'date'),
        N('3 villages', 'count-objects'),
        N('K 45 million', 'money'),
        N('1,245 households', 'count-people'),
        N('09-451 237 880', 'other'),
    ])

# fz04: a Karenni health NGO on landmine and shelling casualties in Mese township (NGO statement: headline,
# en-dash dateline, first person plural, a list of demands, notes to editors, British spelling, curly quotes)
A['fz04.txt'] = dict(
    casualty=[
        C('87 people wounded', 'injured', 87, 'exact', 'people', id='w'),
        C('29 of them children', 'injured', 29, 'exact', 'children', sub='w'),
        C('34 were injured', 'injured', 34, 'exact', 'people', id='lm', sub='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='lm'),
        C('Nine patients died', 'killed', 9, 'exact', 'people', id='np'),
        C('four children', 'killed', 4, 'exact', 'children', sub='np'),
        C('killed at least 390 people', 'killed', 390, 'at-least', 'people'),
        C('killing two of our staff', 'killed', 2, 'exact', 'other'),
        C('wounding six children', 'injured', 6, 'exact', 'children'),
        C('One nurse remains missing', 'missing', 1, 'exact', 'other'),
        C('at least 42 civilians have been killed', 'killed', 42, 'at-least', 'civilians'),
        C('more than 120 injured', 'injured', 120, 'at-least', 'civilians'),
        C('An estimated 20,000 people', 'displaced', 20000, 'approx', 'people', id='d'),
        C('up to 4,000 have crossed into Thailand', 'displaced', 4000, 'at-most', 'people', sub='d'),
        C('fewer than 50 of the most seriously injured', 'injured', 50, 'at-most', 'people'),
        C('3–5 new patients with blast wounds', 'injured', None, 'range', 'people', low=3, high=5),
    ],
    sources=[
        S('the Kantarawaddy Mobile Health Network (KMHN)', 'ngo'),
        S('Dr Mu Paw Htoo', 'ngo', nth=0, form='title-name'),
        S('Teresa Plu Meh', 'witness', form='name'),
        S('UNICEF', 'ngo'),
        S('the Interim Executive Council (IEC)', 'official'),
        S('Myanmar’s military', 'military'),
        S('UN figures', 'ngo', form='document'),
        S('Dr Mu Paw Htoo', 'ngo', nth=1, form='title-name'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('1 January', 'date'),
        N('12-year-old', 'age'),
        N('six hours', 'duration'),
        N('15-year-old', 'age'),
        N('2024', 'year'),
        N('4 March', 'date'),
        N('two days', 'duration'),
        N('US$350,000', 'money'),
        N('two of our clinics', 'count-objects'),
        N('2013', 'year'),
        N('six mobile clinics', 'count-objects'),
        N('two field hospitals', 'count-objects'),
        N('140 local staff and volunteers', 'count-people'),
        N('+66 81 234 5678', 'other'),
    ])

# fz05: fighting around Mawchi (UN OCHA-style flash update: title, highlights, overview, displacement by
# site, protection, health, food security, funding; bullet lists, digits, "per cent")
A['fz05.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='h'),
        C('6 children', 'killed', 6, 'exact', 'children', nth=0, sub='h'),
        C('An estimated 11,500 people have been displaced', 'displaced', 11500, 'approx', 'people', nth=0),
        C('38 people were reportedly injured', 'injured', 38, 'exact', 'people'),
        C('23 civilians have been killed', 'killed', 23, 'exact', 'civilians', id='o', tags='repeat'),
        C('6 children', 'killed', 6, 'exact', 'children', nth=1, sub='o'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='o'),
        C('38 injured', 'injured', 38, 'exact', 'civilians', id='i38', tags='repeat'),
        C('5 people', 'missing', 5, 'exact', 'people'),
        C('killed more than 60 "terrorists"', 'killed', 60, 'at-least', 'fighters'),
        C('lost 7 fighters', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('An estimated 11,500 people have been displaced', 'displaced', 11500, 'approx', 'people', nth=1,
          id='dd', tags='repeat'),
        C('about 4,800 people', 'displaced', 4800, 'approx', 'people', sub='dd'),
        C('3,200 people', 'displaced', 3200, 'exact', 'people', sub='dd'),
        C('2,100 people', 'displaced', 2100, 'exact', 'people', sub='dd'),
        C('1,400 people', 'displaced', 1400, 'exact', 'people', sub='dd'),
        C('around 600 people', 'displaced', 600, 'approx', 'people'),
        C('12 men were detained', 'detained', 12, 'exact', 'men', id='dm'),
        C('9 of them', 'detained', 9, 'exact', 'men', sub='dm'),
        C('3 civilians were killed', 'killed', 3, 'exact', 'civilians'),
        C('7 injured', 'injured', 7, 'exact', 'civilians'),
        C('21 with conflict-related injuries', 'injured', 21, 'exact', 'people'),
        C('Between 15 and 20 of the injured', 'injured', None, 'range', 'civilians', low=15, high=20, sub='i38'),
    ],
    sources=[
        S('local sources', 'anonymous', nth=0),
        S('partners on the ground', 'ngo', form='collective'),
        S('local sources', 'anonymous', nth=1),
        S('The MAF', 'military'),
        S('state media', 'media'),
        S('The Karenni Army', 'military'),
        S('Partners', 'ngo', nth=0, form='collective'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('the World Food Programme (WFP)', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('18 April 2025', 'date'),
        N('9 April', 'date', nth=0),
        N('US$2.4 million', 'money'),
        N('3 months', 'duration'),
        N('9 April', 'date', nth=1),
        N('about 14,000 people', 'population'),
        N('At least 17 air strikes', 'count-objects'),
        N('18 April', 'date', nth=1),
        N('14 surrounding villages', 'count-objects'),
        N('70 per cent', 'percentage'),
        N('13 April', 'date'),
        N('between 10 and 16 April', 'date'),
        N('11 April', 'date'),
        N('2 mobile health teams', 'count-objects'),
        N('146 patients', 'count-people'),
        N('12 April', 'date'),
        N('10 days', 'duration'),
        N('45 per cent', 'percentage'),
        N('8,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$1.1 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('5 per cent', 'percentage'),
    ])

# fz06: an air strike on a displacement camp near Kyebogyi (a broadcaster's website: headline and byline
# instead of a dateline, British spelling, curly and straight quotes, en-dash aside)
A['fz06.txt'] = dict(
    casualty=[
        C('kills 11', 'killed', 11, 'exact', 'people'),
        C('killing 11 people', 'killed', 11, 'exact', 'people', tags='repeat'),
        C('bury four children', 'killed', 4, 'exact', 'children'),
        C('19 people were wounded', 'injured', 19, 'exact', 'people', id='w'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='w'),
        C('three people could not be found', 'missing', 3, 'exact', 'people'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='w'),
        C('dozens of terrorists" had been killed', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('almost 90 civilians have been killed', 'killed', 90, 'at-most', 'civilians'),
        C('roughly 150,000 people', 'displaced', 150000, 'approx', 'people'),
        C('arrested 26 people', 'detained', 26, 'exact', 'people', id='a'),
        C('five teenagers', 'detained', 5, 'exact', 'children', sub='a'),
        C('Thousands of young people have left', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('residents', 'witness', nth=1),
        S('a local aid group', 'ngo'),
        S('Mu Paw Meh', 'witness', form='name'),
        S('Hope for Karenni', 'ngo'),
        S('Its coordinator', 'anonymous'),
        S('Pro-military Telegram channels', 'media'),
        S('The KNDF', 'military'),
        S('KNDF spokesman Khu Reh Moo', 'military', form='title-name'),
        S('the aid group', 'ngo'),
        S('The Karenni Human Rights Group', 'ngo'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('a Karenni youth network', 'other'),
        S('The network', 'other'),
    ],
    numbers=[
        N('about 10:15', 'time'),
        N('300 sacks of rice', 'count-objects'),
        N('about 6km', 'distance'),
        N('23-year-old', 'age'),
        N('more than 30 churches and monasteries', 'count-objects'),
        N('2021', 'year', nth=0),
        N('2021', 'year', nth=1),
    ])

# fz07: shelling on Inle Lake's southern shore and conscription raids in Nyaungshwe (AP style, em-dash
# dateline, American spelling, straight quotes)
A['fz07.txt'] = dict(
    casualty=[
        C('detained dozens of young men', 'detained', None, 'vague', 'men'),
        C('At least nine villagers were killed', 'killed', 9, 'at-least', 'civilians'),
        C('15 wounded', 'injured', 15, 'exact', 'civilians'),
        C('two little girls died', 'killed', 2, 'exact', 'children'),
        C('killing 18 fighters', 'killed', 18, 'exact', 'fighters'),
        C('three of its fighters had been killed', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('the number of dead villagers at 12', 'killed', 12, 'exact', 'civilians', tags='update'),
        C('three bodies had been recovered', 'killed', 3, 'exact', 'people'),
        C('detaining about 70 men', 'detained', 70, 'approx', 'men'),
        C('about 40 recruits" had been taken', 'detained', 40, 'approx', 'people', tags='contradicted'),
        C('Some 12,000 people have fled', 'displaced', 12000, 'approx', 'people', id='f'),
        C('Nearly 1,500 of them are children', 'displaced', 1500, 'at-most', 'children', sub='f'),
        C('at least 6,000 civilians had been killed', 'killed', 6000, 'at-least', 'civilians'),
        C('Tens of thousands of people have fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('a resistance group', 'military'),
        S('the Pa-O National Liberation Army', 'military'),
        S('a 58-year-old fisherman', 'witness', form='role'),
        S("The military's information team", 'military'),
        S('state television MRTV', 'media'),
        S('A PNLA spokesman, Khun Tun Kyaw', 'military', form='title-name'),
        S('the PNLA', 'military', nth=1),
        S('Residents', 'witness'),
        S('residents', 'witness', nth=1),
        S('A junta-appointed local administrator', 'official', form='role'),
        S('U Kesara', 'other', nth=0, form='name'),
        S('U Kesara', 'other', nth=1, form='name'),
        S('The U.N. human rights office', 'ngo'),
    ],
    numbers=[
        N('2023', 'year', nth=0),
        N('58-year-old', 'age'),
        N('two lakeside villages', 'count-objects'),
        N('at least four wards', 'count-objects'),
        N('aged 18 to 35', 'age'),
        N('February 2024', 'date'),
        N('about 30,000 people', 'population'),
        N('20 miles', 'distance'),
        N('32 kilometers', 'distance'),
        N('February 2021', 'date'),
        N('2023', 'year', nth=1),
    ])

# fz08: a village's count of its dead in the forest above Daw Ta Ma Gyi (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", em dashes, curly quotes,
# British spelling)
A['fz08.txt'] = dict(
    casualty=[
        C('31 villagers dead', 'killed', 31, 'exact', 'civilians', id='v'),
        C('14', 'killed', 14, 'exact', 'civilians', sub='v'),
        C('Eleven of them were children', 'killed', 11, 'exact', 'children', id='e', sub='v'),
        C('Two died of fever', 'killed', 2, 'exact', 'children', sub='e'),
        C('seven people wounded', 'injured', 7, 'exact', 'people', id='m'),
        C('three lost a leg', 'injured', 3, 'exact', 'people', sub='m'),
        C('detained six men', 'detained', 6, 'exact', 'men', id='d'),
        C('the bodies of two', 'killed', 2, 'exact', 'men', sub='d'),
        C('The other four have not been heard from', 'missing', 4, 'exact', 'men', sub='d'),
        C('as many as 60,000 people are living in forests and camps', 'displaced', 60000, 'at-most', 'people'),
        C('nearly 200,000 displaced people', 'displaced', 200000, 'at-most', 'people'),
        C('a dozen porters were arrested', 'detained', 12, 'exact', 'other'),
        C('the number in the book to 32', 'killed', 32, 'exact', 'civilians', tags='update'),
    ],
    sources=[
        S('the parish register', 'other', form='document'),
        S('The village head, Khu Be Reh', 'official', form='title-name'),
        S('The military', 'military'),
        S('the junta-run Kayah State administration', 'official'),
        S('villagers', 'witness', nth=1),
        S('Mary Bu Meh', 'ngo', form='name'),
        S('the village head', 'official', form='role'),
        S('the resistance-run Interim Executive Council', 'official'),
        S('The UN’s humanitarian office', 'ngo'),
        S('A Karenni relief worker', 'anonymous'),
    ],
    numbers=[
        N('about 1,800', 'population'),
        N('54', 'age'),
        N('8 February', 'date'),
        N('two or three a day', 'count-objects'),
        N('4 kilometres', 'distance'),
        N('29', 'age'),
        N('two other volunteers', 'count-people'),
        N('roughly four in five', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
