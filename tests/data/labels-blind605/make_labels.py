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

# ---------------------------------------------------------------- labels (blind set 605: hz01-hz08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / executed / murdered / fell on the field of honour / fallen / shot / remains / buried',
     r'\bneutralised\b|\bexecuted\b|\bmurdered\b|\bfield of honour\b|\bfallen\b|\bshot\b|\bremains\b|'
     r'\bburied\b|\bexhumed\b'),
    ('captured / held / in custody / taken / rounded up / abduction',
     r'\bcaptured\b|\bheld\b|\bcustody\b|\btaken\b|\brounded up\b|\babduction\b'),
    ('not been seen since', r'\bnot been seen\b'),
    ('crossed the border / sheltering / staying with host families / uprooted / arrivals',
     r'\bcrossed\b|\bsheltering\b|\bstaying with\b|\buprooted\b|\barrivals\b|\bdrove\b'),
    ('critical condition', r'\bcritical condition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen/assailants/comrades', r'\b(?:militiamen|assailants|comrades)\b'),
    ('minors/boys/girls/pupils/teenagers', r'\b(?:minors|boys|girls|pupils|teenagers)\b'),
    ('families/households/arrivals/patients/names/suspects',
     r'\b(?:families|households|arrivals|patients|names|suspects)\b'),
    ('young men/sons/brothers-in-law', r'\b(?:young men|sons|brothers-in-law)\b'),
    ('colleagues/experts/heroes', r'\b(?:colleagues|experts|heroes)\b'),
]

# hz01: Kamuina Nsapu militiamen storm a police post and a market in Tshikula, Kasaï-Central (AFP style, one
# sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['hz01.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('Six police officers were among the dead', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('eight civilians', 'killed', 8, 'exact', 'civilians', sub='tot'),
        C('killed 11 of the assailants', 'killed', 11, 'exact', 'fighters', id='a'),
        C('several boys', 'killed', None, 'vague', 'children', sub='a'),
        C('At least 20 other people were wounded', 'injured', 20, 'at-least', 'people', id='w'),
        C('23 wounded', 'injured', 23, 'exact', 'people', id='w23'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w23'),
        C('the toll had risen to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='w'),
        C('two more bodies were found', 'killed', 2, 'exact', 'people'),
        C('16 suspected militiamen had been arrested', 'detained', 16, 'exact', 'fighters', id='arr'),
        C('four minors', 'detained', 4, 'exact', 'children', sub='arr'),
        C('buried 31 bodies', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('three of his colleagues had not been seen', 'missing', 3, 'exact', 'other'),
        C('more than 3,000 people dead', 'killed', 3000, 'at-least', 'people'),
        C('forced some 1.4 million from their homes', 'displaced', 1400000, 'approx', 'people'),
    ],
    sources=[
        S('the local administrator', 'official', form='role'),
        S('administrator Jean-Pierre Mutombo Kalala', 'official', form='title-name'),
        S('Mutombo', 'official', nth=1, form='name'),
        S('the medical director of the general referral hospital, Dr Odette Ngalula', 'official',
          form='title-name'),
        S('Ngalula', 'official', nth=1, form='name'),
        S('provincial interior minister Albert Tshiamala', 'official', form='title-name'),
        S('Tshiamala', 'official', nth=1, form='name'),
        S('The minister', 'official', form='role'),
        S('a local civil society leader, Thérèse Kapinga', 'other', form='title-name'),
        S('Kapinga', 'other', nth=1, form='name'),
        S('Residents', 'witness'),
        S('A teacher', 'anonymous'),
        S('The UN peacekeeping mission MONUSCO', 'military'),
        S('the Catholic Church', 'other'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('7 am', 'time'),
        N('15', 'age'),
        N('only 40 beds', 'count-objects'),
        N('6 pm', 'time'),
        N('30 days', 'duration'),
        N('some 80 kilometres', 'distance'),
        N('August 2016', 'date'),
        N('five provinces', 'count-objects'),
        N('2016', 'year', nth=1),
        N('2017', 'year'),
        N('Several mass graves', 'count-objects'),
        N('March 2017', 'date'),
    ])

# hz02: militia attacks on three villages around Kamwesha, Kasai (Reuters style, American spelling, straight
# quotes)
A['hz02.txt'] = dict(
    casualty=[
        C('killed at least 27 people', 'killed', 27, 'at-least', 'people', id='tot'),
        C('11 of the dead were women', 'killed', 11, 'exact', 'women', sub='tot'),
        C('eight were children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('at least 15 people were still missing', 'missing', 15, 'at-least', 'people'),
        C('the toll at 34', 'killed', 34, 'exact', 'people', tags='contradicted'),
        C('six more bodies', 'killed', 6, 'exact', 'people'),
        C('killing several of its members', 'killed', None, 'vague', 'fighters'),
        C('killed nine Kamuina Nsapu fighters', 'killed', 9, 'exact', 'fighters', tags='contradicted'),
        C('losing two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('Three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('lost only four men', 'killed', 4, 'exact', 'men', tags='contradicted'),
        C('around 4,500 people had crossed the nearby border', 'displaced', 4500, 'approx', 'people'),
        C('thousands more were sheltering', 'displaced', None, 'vague', 'people'),
        C('2,170 new arrivals', 'displaced', 2170, 'exact', 'people', id='arr'),
        C('over 60 of the new arrivals', 'injured', 60, 'at-least', 'people', sub='arr'),
        C('41 wounded people', 'injured', 41, 'exact', 'people'),
        C('arrested 12 people', 'detained', 12, 'exact', 'people'),
        C('killed an estimated 3,000 people', 'killed', 3000, 'approx', 'people'),
        C('uprooted 1.4 million', 'displaced', 1400000, 'exact', 'people'),
    ],
    sources=[
        S('a provincial lawmaker', 'official', form='role'),
        S('a United Nations source', 'anonymous'),
        S('lawmaker Daniel Tshibangu Mwamba', 'official', form='title-name'),
        S('Tshibangu', 'official', nth=1, form='name'),
        S('The U.N. source', 'anonymous'),
        S('the militia', 'military'),
        S("Congo's army", 'military'),
        S('army spokesman Lieutenant Jules Kabongo Nday', 'military', form='title-name'),
        S('A Kamuina Nsapu commander', 'anonymous'),
        S('the army', 'military'),
        S('Aid workers', 'ngo', form='collective'),
        S('U.N.-backed Radio Okapi', 'media'),
        S('local health workers', 'anonymous'),
        S('The U.N. refugee agency UNHCR', 'ngo'),
        S('a UNHCR spokeswoman, Aminata Diallo', 'ngo', form='title-name'),
        S('The agency', 'ngo'),
        S('A spokesman for the provincial governor, Emmanuel Kalonji', 'official', form='title-name'),
        S('Father Augustin Mbuyi', 'other', form='title-name'),
        S('U.N. investigators', 'ngo', form='collective'),
    ],
    numbers=[
        N('May 12', 'date'),
        N('dozens of homes', 'count-objects'),
        N('three villages', 'count-objects'),
        N('one of the villages', 'count-objects'),
        N('some 300 troops', 'count-people'),
        N('two reception points', 'count-objects'),
        N('$50,000', 'money'),
        N('more than 200 houses', 'count-objects'),
        N('five provinces', 'count-objects'),
        N('2016-2017', 'year'),
        N('87 mass graves', 'count-objects'),
    ])

# hz03: an army operation against Kamuina Nsapu militiamen outside Ilebo, Kasaï (state media: the Congolese
# press agency's voice, en-dash dateline, British spelling, curly quotes)
A['hz03.txt'] = dict(
    casualty=[
        C('neutralised 23 militiamen', 'killed', 23, 'exact', 'fighters'),
        C('wounded about 30 others', 'injured', 30, 'approx', 'fighters'),
        C('4 other assailants were captured alive', 'detained', 4, 'exact', 'fighters'),
        C('2 soldiers of the loyalist forces fell on the field of honour', 'killed', 2, 'exact', 'soldiers'),
        C('5 others were slightly wounded', 'injured', 5, 'exact', 'soldiers'),
        C('between 10 and 15 terrorists', 'killed', None, 'range', 'fighters', low=10, high=15),
        C('the death of 7 civilians', 'killed', 7, 'exact', 'civilians', id='c7'),
        C('3 pupils', 'killed', 3, 'exact', 'children', sub='c7'),
        C('more than 40 civilians had been executed', 'killed', 40, 'at-least', 'civilians', tags='contradicted'),
        C('1,230 households displaced', 'displaced', 1230, 'exact', 'people'),
        C('the arrest of 14 people', 'detained', 14, 'exact', 'people', id='a14'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='a14'),
        C('19 wounded civilians', 'injured', 19, 'exact', 'civilians'),
        C('the 2 fallen heroes', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('the 23 neutralised assailants', 'killed', 23, 'exact', 'fighters', tags='repeat'),
    ],
    sources=[
        S('the spokesman of the 21st Military Region, Major Didier Kazadi', 'military', form='title-name'),
        S('Major Kazadi', 'military', form='title-name'),
        S('the officer', 'military', form='role'),
        S('The provincial Minister of the Interior and Security, Mr Pierre Kabasele Mukendi', 'official',
          form='title-name'),
        S('The Minister', 'official', form='role'),
        S('certain foreign media', 'media'),
        S('the administrator of Ilebo territory, Mr Gaston Mbaya Lukusa', 'official', form='title-name'),
        S('The administrator', 'official', form='role'),
        S('The provincial coordinator of the Red Cross, Mrs Julienne Ngalamulume', 'ngo', form='title-name'),
        S('the Government spokesman', 'official', form='role'),
    ],
    numbers=[
        N('3 April', 'date'),
        N('9 weapons of war', 'count-objects'),
        N('21st Military Region', 'other'),
        N('numbering about 60', 'count-people'),
        N('4:30 am', 'time'),
        N('6 public schools', 'count-objects'),
        N('85 households', 'count-people'),
        N('August 2016', 'date'),
        N('2019', 'year'),
        N('more than 600 militiamen', 'count-people'),
        N('2.5 million US dollars', 'money'),
    ])

# hz04: new mass graves and the missing in Nganza, Kasaï-Central (an NGO statement with demands and notes to
# editors, British spelling, curly quotes)
A['hz04.txt'] = dict(
    casualty=[
        C('the remains of at least 46 people', 'killed', 46, 'at-least', 'people'),
        C('dozens more bodies', 'killed', None, 'vague', 'people'),
        C('the 46 bodies exhumed', 'killed', 46, 'exact', 'people', id='b46', tags='repeat'),
        C('27 are men', 'killed', 27, 'exact', 'men', sub='b46'),
        C('11 are women', 'killed', 11, 'exact', 'women', sub='b46'),
        C('8 are children', 'killed', 8, 'exact', 'children', sub='b46'),
        C('rounded up about 70 young men', 'detained', 70, 'approx', 'men', id='r70'),
        C('at least 40 of whom have not been seen since', 'missing', 40, 'at-least', 'men', sub='r70'),
        C('The remaining 30 are being held', 'detained', 30, 'exact', 'men', sub='r70'),
        C('two sons were taken', 'detained', 2, 'exact', 'men'),
        C('12 bodies had been found', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('31 militiamen had been killed', 'killed', 31, 'exact', 'fighters'),
        C('17 soldiers wounded', 'injured', 17, 'exact', 'soldiers'),
        C('112 people reported missing', 'missing', 112, 'exact', 'people'),
        C('upwards of 2,300 residents had fled', 'displaced', 2300, 'at-least', 'civilians'),
        C('a number of women had been abducted', 'detained', None, 'vague', 'women'),
        C('the 30 men still held', 'detained', 30, 'exact', 'men', sub='r70', tags='repeat'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Survivors and relatives', 'witness', form='collective'),
        S('a forensic doctor', 'anonymous'),
        S('Maître Hélène Mbuyi Kanku', 'ngo', form='title-name'),
        S('Witnesses', 'witness', form='collective'),
        S('their families', 'witness', form='collective'),
        S('A woman', 'witness', form='role'),
        S('Congolese authorities', 'official'),
        S('the provincial government', 'official'),
        S('The army’s spokesman in Kasaï-Central, Major Simon Kalombo', 'military', form='title-name'),
        S('CKDHJ', 'ngo', nth=5),
        S('Its researchers', 'ngo', form='collective'),
        S('The UN Joint Human Rights Office (UNJHRO)', 'ngo'),
        S('Mbuyi', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('18 June 2025', 'date'),
        N('three new mass graves', 'count-objects'),
        N('at least two other sites', 'count-objects'),
        N('28 March', 'date'),
        N('Three days', 'duration'),
        N('2 June', 'date'),
        N('more than 80 mass graves', 'count-objects'),
        N('between 2016 and 2018', 'year'),
        N('one of those cases', 'count-objects'),
        N('the three sites', 'count-objects'),
        N('2009', 'year'),
        N('14 monitors', 'count-people'),
    ])

# hz05: clashes, displacement, abductions and the missing in Bulape health zone, Kasaï (a UN OCHA-style flash
# update: highlights, situation overview, sectors, funding)
A['hz05.txt'] = dict(
    casualty=[
        C('At least 38 people killed', 'killed', 38, 'at-least', 'people'),
        C('52 injured', 'injured', 52, 'exact', 'people'),
        C('An estimated 17,400 people displaced', 'displaced', 17400, 'approx', 'people'),
        C('38 people have been killed', 'killed', 38, 'exact', 'people', id='k', tags='repeat'),
        C('6 children', 'killed', 6, 'exact', 'children', sub='k'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='k'),
        C('52 people injured', 'injured', 52, 'exact', 'people', id='i', tags='repeat'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='i'),
        C('as many as 55 people have died', 'killed', 55, 'at-most', 'people', tags='contradicted'),
        C('14 militiamen had been killed', 'killed', 14, 'exact', 'fighters'),
        C('some 17,400 people', 'displaced', 17400, 'approx', 'people', id='d', tags='repeat'),
        C('about 2,900 households', 'displaced', 2900, 'approx', 'people'),
        C('around 10,200 are staying with host families', 'displaced', 10200, 'approx', 'people', sub='d'),
        C('4,800 are sheltering', 'displaced', 4800, 'exact', 'people', sub='d'),
        C('300–400 people', 'displaced', None, 'range', 'people', low=300, high=400),
        C('6,150 of them', 'displaced', 6150, 'exact', 'people', sub='d'),
        C('27 cases of abduction', 'detained', 27, 'exact', 'people', id='ab'),
        C('8 girls', 'detained', 8, 'exact', 'children', sub='ab'),
        C('At least 11 people', 'missing', 11, 'at-least', 'people'),
        C('41 wounded patients', 'injured', 41, 'exact', 'people', id='h'),
        C('3 of whom died', 'killed', 3, 'exact', 'people', sub='h'),
    ],
    sources=[
        S('the health zone’s chief medical officer', 'official', form='role'),
        S('Local civil society organisations', 'other', form='collective'),
        S('The Congolese armed forces (FARDC)', 'military'),
        S('Local authorities', 'official', form='collective'),
        S('humanitarian partners', 'ngo', form='collective'),
        S('The Commission of Population Movements (CMP)', 'official'),
        S('Protection partners', 'ngo', form='collective'),
        S('Bulape General Referral Hospital', 'official'),
        S('The Provincial Health Division (DPS)', 'official'),
        S('health authorities', 'official', form='collective'),
        S('WFP', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 3', 'other'),
        N('9 July 2025', 'date'),
        N('1 July', 'date'),
        N('4 of 9 health areas', 'count-objects'),
        N('2 health centres', 'count-objects'),
        N('1 July', 'date', nth=1),
        N('at least 11 villages', 'count-objects'),
        N('6 July', 'date'),
        N('3 churches', 'count-objects'),
        N('at least 13 cases of sexual violence', 'other'),
        N('1 July', 'date', nth=2),
        N('only 2 surgeons', 'count-people'),
        N('5 days', 'duration'),
        N('214 suspected measles cases', 'other'),
        N('At least 12 schools', 'count-objects'),
        N('some 3,600 pupils', 'count-people'),
        N('14 July', 'date'),
        N('90 tonnes', 'quantity'),
        N('8,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('11 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
    ])

# hz06: gunmen burn a displacement site in Kanzala, Kasaï (a broadcaster's website: headline and byline instead
# of a dateline, British spelling, straight quotes)
A['hz06.txt'] = dict(
    casualty=[
        C('kill 16', 'killed', 16, 'exact', 'people'),
        C('killed at least 16 people', 'killed', 16, 'at-least', 'people', tags='repeat'),
        C('about 1,800 people', 'displaced', 1800, 'approx', 'people'),
        C('buried 16 people', 'killed', 16, 'exact', 'people', id='b', tags='repeat'),
        C('Nine of them were children', 'killed', 9, 'exact', 'children', sub='b'),
        C('At least 25 others were injured', 'injured', 25, 'at-least', 'people', id='w'),
        C('two of the injured had died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the death toll to 18', 'killed', 18, 'exact', 'people', tags='update'),
        C('arrested seven suspects', 'detained', 7, 'exact', 'people'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='w'),
        C('roughly 40,000 people have fled', 'displaced', 40000, 'approx', 'people', id='f'),
        C('several thousand of them', 'displaced', None, 'vague', 'people', sub='f'),
        C('four soldiers were killed', 'killed', 4, 'exact', 'soldiers'),
        C('at least 70 civilians have been killed', 'killed', 70, 'at-least', 'civilians'),
        C('130 have been abducted', 'detained', 130, 'exact', 'civilians'),
        C('drove about 1.5 million people from their homes', 'displaced', 1500000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official', form='collective'),
        S('the Kanzala sector chief, Bernard Mulumba Tshiswaka', 'official', form='title-name'),
        S('A nurse there', 'anonymous'),
        S('the sector chief', 'official', form='role'),
        S('The Kasaï provincial government', 'official'),
        S('State broadcaster RTNC', 'media'),
        S('Provincial spokesman Joseph Kanku', 'official', form='title-name'),
        S('community leaders', 'other', form='collective'),
        S('Mr Mulumba', 'official', form='title-name'),
        S('Survivors', 'witness', form='collective'),
        S('Odile Kabedi', 'witness', form='name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('The agency', 'ngo'),
        S('the army', 'military'),
        S('A local rights group, Voix des Victimes du Kasaï', 'ngo'),
        S('The group', 'ngo'),
    ],
    numbers=[
        N('22 February 2024', 'date'),
        N('more than 150 makeshift shelters', 'count-objects'),
        N('around 2am', 'time'),
        N('30km', 'distance'),
        N('34', 'age'),
        N('two-year-old', 'age'),
        N('2021', 'year'),
        N('2016-17', 'year'),
    ])

# hz07: security forces fire on protesters in Masuika, Kasaï-Central (AP style, em-dash dateline, American
# spelling, straight quotes)
A['hz07.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people'),
        C('wounding nearly 30 others', 'injured', 30, 'at-most', 'people', id='w30'),
        C('received seven bodies', 'killed', 7, 'exact', 'people'),
        C('26 wounded', 'injured', 26, 'exact', 'people', id='w26'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='w26'),
        C('Two of the wounded were in critical condition', 'injured', 2, 'exact', 'people', sub='w26'),
        C('the number of dead had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='w30'),
        C('the death toll at four', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('three police officers had been wounded', 'injured', 3, 'exact', 'soldiers'),
        C('43 people had been arrested', 'detained', 43, 'exact', 'people', id='a'),
        C('17 remained in custody', 'detained', 17, 'exact', 'people', sub='a'),
        C('one officer died', 'killed', 1, 'exact', 'soldiers'),
        C('between 11 and 14 people were unaccounted for', 'missing', None, 'range', 'people', low=11, high=14),
        C('dozens of young men had been taken', 'detained', None, 'vague', 'men'),
        C('Hundreds of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('forced about 1.4 million people from their homes', 'displaced', 1400000, 'approx', 'people'),
    ],
    sources=[
        S('a local rights activist', 'other', form='role'),
        S('a hospital official', 'anonymous'),
        S('Patrick Ilunga Kasongo', 'other', form='name'),
        S('Ilunga', 'other', nth=1, form='name'),
        S('A doctor at the Masuika referral health center', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('Ilunga', 'other', nth=2, form='name'),
        S('Provincial government spokesman Roger Tshimanga', 'official', form='title-name'),
        S('Tshimanga', 'official', nth=1, form='name'),
        S('A police spokesman, Col. Pierrot Lukusa', 'official', form='title-name'),
        S('The Kasai Human Rights League', 'ngo'),
        S('a Catholic priest in the town, the Rev. Emmanuel Tshibuabua', 'other', form='title-name'),
        S('residents', 'witness', nth=1),
        S('The United Nations human rights office', 'ngo'),
        S('the United Nations', 'ngo'),
        S('U.N. investigators', 'ngo', form='collective'),
    ],
    numbers=[
        N('several hundred people', 'count-people'),
        N('12-year-old', 'age'),
        N('7 p.m.', 'time'),
        N('6 a.m.', 'time'),
        N('187 violations', 'count-objects'),
        N('the first six months', 'duration'),
        N('about 190 kilometers', 'distance'),
        N('120 miles', 'distance'),
        N('2016', 'year'),
        N('dozens of mass graves', 'count-objects'),
    ])

# hz08: renewed killings, the missing and the displaced around the mission town of Mikalayi, Kasaï-Central (a
# newspaper's own correspondent: headline and byline, an em-dash aside, curly quotes, British spelling)
A['hz08.txt'] = dict(
    casualty=[
        C('at least 22 people have been killed', 'killed', 22, 'at-least', 'people', id='p'),
        C('Fourteen of the 22 were shot', 'killed', 14, 'exact', 'people', sub='p'),
        C('Five were children', 'killed', 5, 'exact', 'children', sub='p'),
        C('Another 10 to 15 people', 'killed', None, 'range', 'people', low=10, high=15),
        C('fewer than 15 people have died', 'killed', 15, 'at-most', 'people', id='g', tags='contradicted'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers', sub='g'),
        C('killed 19 militiamen', 'killed', 19, 'exact', 'fighters'),
        C('captured 34', 'detained', 34, 'exact', 'fighters'),
        C('about 300 displaced families', 'displaced', 300, 'approx', 'people'),
        C('six of their comrades died', 'killed', 6, 'exact', 'soldiers'),
        C('two of her brothers-in-law', 'detained', 2, 'exact', 'men'),
        C('57 people missing', 'missing', 57, 'exact', 'people'),
        C('up to 9,000 people have fled', 'displaced', 9000, 'at-most', 'people'),
        C('more than 4,000 displaced people', 'displaced', 4000, 'at-least', 'people'),
        C('detained 26 young men', 'detained', 26, 'exact', 'men', tags='contradicted'),
        C('two more names', 'killed', 2, 'exact', 'people'),
        C('count to 24', 'killed', 24, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('the parish', 'other'),
        S('residents', 'witness'),
        S('Father Dieudonné Kabeya Mulumba', 'other', form='title-name'),
        S('The provincial governor’s office', 'official'),
        S('The army’s local commander, Colonel Faustin Ngoy', 'military', form='title-name'),
        S('villagers', 'witness'),
        S('Béatrice Mujinga', 'witness', form='name'),
        S('The diocesan Justice and Peace Commission', 'ngo'),
        S('A UN official in the region', 'anonymous'),
        S('A local radio station, Radio Lumière du Kasaï', 'media'),
        S('The army', 'military', nth=1),
        S('the parish', 'other', nth=2),
    ],
    numbers=[
        N('6 o’clock', 'time'),
        N('2016', 'year'),
        N('11 years', 'duration'),
        N('three weeks', 'duration'),
        N('41', 'age'),
        N('12 October', 'date'),
        N('three times', 'other'),
        N('at least two new mass graves', 'count-objects'),
        N('15', 'age', nth=2),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
