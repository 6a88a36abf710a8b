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

# ---------------------------------------------------------------- labels (blind set 598: mg01-mg08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / murder / martyred / deaths in custody / military toll',
     r'\bshot dead\b|\bmurder\b|\bmartyred\b|\bdeaths in custody\b|\bmilitary toll\b'),
    ('captured / taken / arrests / the arrest of', r'\bcaptured\b|\btaken\b|\barrests?\b'),
    ('beat / beaten', r'\bbeat(?:en)?\b'),
    ('crossed / left / forced … from their homes / flee', r'\bcrossed\b|\bleft\b|\bflee\b|\bfrom their homes\b'),
    ('sheltering / whereabouts unknown', r'\bsheltering\b|\bwhereabouts\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gang members/attackers/ringleaders', r'\b(?:gang members|attackers|ringleaders)\b'),
    ('agents/members of the security forces/police officers',
     r'\b(?:agents|members of the security forces)\b'),
    ('fishermen/farmhands/waiters and cooks/bus drivers',
     r'\b(?:fishermen|farmhands|waiters|bus drivers)\b'),
    ('minors/boys/sons/adolescents/young men/young people',
     r'\b(?:minors|boys|sons|young men|young people)\b'),
    ('families/detainees/shoppers/Salvadorans/brothers/collaborators',
     r'\b(?:families|detainees|shoppers|Salvadorans|brothers|collaborators)\b'),
]

# mg01: an ambush on an army patrol on a coffee estate and a security cordon in Chinameca, San Miguel
# (AFP style, one sentence a paragraph)
A['mg01.txt'] = dict(
    casualty=[
        C('shot dead three soldiers', 'killed', 3, 'exact', 'soldiers', id='tot'),
        C('wounded four others', 'injured', 4, 'exact', 'soldiers', id='w'),
        C('Two of the wounded', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('killing two of the attackers', 'killed', 2, 'exact', 'fighters'),
        C('arrested 47 “terrorists”', 'detained', 47, 'exact', 'fighters'),
        C('the number of people arrested to 112', 'detained', 112, 'exact', 'people', tags='update'),
        C('detained dozens of men', 'detained', None, 'vague', 'men'),
        C('my two sons', 'detained', 2, 'exact', 'men'),
        C('at least 63 people', 'detained', 63, 'at-least', 'people', id='oh', tags='contradicted'),
        C('11 minors', 'detained', 11, 'exact', 'children', sub='oh'),
        C('eight women', 'detained', 8, 'exact', 'women', sub='oh'),
        C('two men', 'killed', 2, 'exact', 'men'),
        C('One of the wounded soldiers died', 'killed', 1, 'exact', 'soldiers', sub='w'),
        C('the military toll to four', 'killed', 4, 'exact', 'soldiers', tags='update'),
        C('Several families had fled', 'displaced', None, 'vague', 'people'),
        C('killed nearly 90 people', 'killed', 90, 'at-most', 'people'),
        C('More than 80,000 people have been arrested', 'detained', 80000, 'at-least', 'people'),
        C('as many as 300 detainees have died', 'killed', 300, 'at-most', 'people'),
    ],
    sources=[
        S('the armed forces', 'military'),
        S('the defence ministry', 'military'),
        S('Colonel Ernesto Villalta', 'military', form='title-name'),
        S('Villalta', 'military', nth=1, form='name'),
        S('Security Minister Rodrigo Palma', 'official', form='title-name'),
        S('the minister', 'official'),
        S('Residents', 'witness'),
        S('a 54-year-old woman', 'witness', form='role'),
        S('The rights group Oriente Humano', 'ngo'),
        S('The group', 'ngo'),
        S('The human rights ombudsman’s office', 'official'),
        S('the defence ministry', 'military', nth=1),
        S('residents', 'witness'),
        S('government figures', 'official', form='document'),
        S('rights groups', 'ngo'),
        S('The government', 'official'),
    ],
    numbers=[
        N('about 6:15 am', 'time'),
        N('some eight kilometres', 'distance'),
        N('MS-13', 'other'),
        N('some 2,000 soldiers', 'count-people'),
        N('500 police officers', 'count-people'),
        N('19 and 22', 'age'),
        N('54-year-old', 'age'),
        N('June 2022', 'date'),
        N('March 2022', 'date'),
        N('three days', 'duration'),
        N('2.4 per 100,000 inhabitants', 'other'),
        N('one of the lowest', 'other'),
    ])

# mg02: a gun battle on the Goascorán river at the El Amatillo crossing, Pasaquina, La Unión
# (Reuters style)
A['mg02.txt'] = dict(
    casualty=[
        C('at least six people dead', 'killed', 6, 'at-least', 'people', id='tot'),
        C('killed four "terrorists"', 'killed', 4, 'exact', 'fighters'),
        C('captured two others', 'detained', 2, 'exact', 'fighters', id='cap'),
        C('one of them wounded', 'injured', 1, 'exact', 'fighters', sub='cap'),
        C('One soldier was wounded', 'injured', 1, 'exact', 'soldiers'),
        C('Two of the dead', 'killed', 2, 'exact', 'people', sub='tot'),
        C('the toll at seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('its count of gang members killed to five', 'killed', 5, 'exact', 'fighters', tags='update'),
        C('About a dozen people were wounded', 'injured', 12, 'approx', 'people', id='inj'),
        C('three children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('Two fishermen', 'missing', 2, 'exact', 'other'),
        C('30 to 40 families', 'displaced', None, 'range', 'people', low=30, high=40),
        C('almost 600 Salvadorans have crossed', 'displaced', 600, 'at-most', 'people'),
        C('two dozen suspected gang members have been arrested', 'detained', 24, 'exact', 'fighters'),
        C('arrested 4,970 people', 'detained', 4970, 'exact', 'people', id='lu'),
        C('23 have died', 'killed', 23, 'exact', 'people', sub='lu'),
    ],
    sources=[
        S('officials in both countries', 'official'),
        S("El Salvador's Defense Ministry", 'military'),
        S('The ministry', 'military'),
        S('Honduran newspaper La Prensa', 'media'),
        S('local police', 'official'),
        S('Wilmer Osorto', 'witness', form='name'),
        S('Honduran police in the southern department of Valle', 'official'),
        S('the Defense Ministry', 'military'),
        S('the director of the departmental hospital in La Union, Ana Guzman', 'official', form='title-name'),
        S('the civil protection office in Pasaquina', 'official'),
        S('Residents', 'witness'),
        S('Honduran authorities', 'official'),
        S('police figures', 'official', form='document'),
        S('the Salvadoran rights group Red Humanitaria del Oriente', 'ngo'),
        S("A spokesman for Honduras' Security Secretariat", 'official', form='role'),
        S('The government', 'official'),
    ],
    numbers=[
        N('two-hour', 'duration'),
        N('around 11 a.m.', 'time'),
        N('about 2 km', 'distance'),
        N('1.2 miles', 'distance'),
        N('about 15 men', 'count-people'),
        N('two hours', 'duration'),
        N('52', 'age'),
        N('March 2022', 'date'),
        N('at least 40 times', 'other'),
        N('more than 70%', 'percentage'),
        N('2019', 'year'),
    ])

# mg03: a security cordon, a martyred police agent and captured "terrorists" in Moncagua, San Miguel
# (state media, government news agency voice, en-dash dateline)
A['mg03.txt'] = dict(
    casualty=[
        C('captured 38 terrorists', 'detained', 38, 'exact', 'fighters', id='cap'),
        C('2 minors', 'detained', 2, 'exact', 'children', sub='cap'),
        C('6 ringleaders', 'detained', 6, 'exact', 'fighters', sub='cap'),
        C('the murder of 2 bus drivers', 'killed', 2, 'exact', 'other'),
        C('2 other agents were injured', 'injured', 2, 'exact', 'soldiers'),
        C('3 terrorists were killed', 'killed', 3, 'exact', 'fighters'),
        C('a number of others were injured', 'injured', None, 'vague', 'fighters'),
        C('81,460 terrorists have been captured', 'detained', 81460, 'exact', 'fighters', id='nat'),
        C('4,615 of them', 'detained', 4615, 'exact', 'fighters', sub='nat'),
        C('beat 14 residents', 'injured', 14, 'exact', 'civilians', id='b', tags='contradicted'),
        C('3 of them died', 'killed', 3, 'exact', 'civilians', sub='b', tags='contradicted'),
        C('forced 23 families from their homes', 'displaced', 23, 'exact', 'people'),
        C('at least 9 young people', 'killed', 9, 'at-least', 'people'),
        C('2 agents of the PNC', 'killed', 2, 'exact', 'soldiers'),
        C('1 soldier have been martyred', 'killed', 1, 'exact', 'soldiers'),
        C('19 terrorists have been killed', 'killed', 19, 'exact', 'fighters'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people', tags='contradicted'),
    ],
    sources=[
        S('the Ministry of Justice and Public Security', 'official'),
        S('the Minister of Justice and Public Security, Rodrigo Palma', 'official', form='title-name'),
        S('The Minister', 'official'),
        S('the PNC', 'official'),
        S('the Ministry', 'official', nth=1),
        S('the so-called human rights organization Oriente Humano', 'ngo'),
        S('The Director of the PNC, Commissioner Álvaro Rengifo', 'official', form='title-name'),
        S('The Ministry', 'official'),
        S('the Mayor of Moncagua, Reina Argueta', 'official', form='title-name'),
        S("the Attorney General's Office", 'official'),
        S('the Mayor', 'official', nth=1, form='role'),
        S('The Security Cabinet', 'official'),
        S('The Ministry', 'official', nth=1),
        S('media financed from abroad', 'media'),
        S('the Minister', 'official', nth=1, form='role'),
    ],
    numbers=[
        N('9 October', 'date'),
        N('MS-13', 'other'),
        N('Barrio 18', 'other'),
        N('2019', 'year'),
        N('3,500 soldiers', 'count-people'),
        N('800 police agents', 'count-people'),
        N('27', 'age'),
        N('12 firearms', 'count-objects'),
        N('3 grenades', 'count-objects'),
        N('30 years', 'duration'),
        N('2021', 'year'),
        N('512 days', 'duration'),
    ])

# mg04: detentions, deaths in custody and beatings during a cordon of Ciudad Barrios, San Miguel
# (NGO statement with a list of demands and notes to editors)
A['mg04.txt'] = dict(
    casualty=[
        C('At least 41 people', 'detained', 41, 'at-least', 'people', id='det'),
        C('17 of them', 'missing', 17, 'exact', 'people', sub='det'),
        C('seven boys', 'detained', 7, 'exact', 'children', sub='det'),
        C('five women', 'detained', 5, 'exact', 'women', sub='det'),
        C('at least 26 of the detainees', 'detained', 26, 'at-least', 'people', sub='det'),
        C('Two detainees', 'killed', 2, 'exact', 'people'),
        C('beat up to a dozen men', 'injured', 12, 'at-most', 'men', id='beat'),
        C('three of them', 'injured', 3, 'exact', 'men', sub='beat'),
        C('three men', 'injured', 3, 'exact', 'men', tags='repeat'),
        C('roughly 140 families have left', 'displaced', 140, 'approx', 'people'),
        C('58 “terrorists” had been captured', 'detained', 58, 'exact', 'fighters', tags='contradicted'),
        C('the arrest of 1,136 people', 'detained', 1136, 'exact', 'people', id='tot'),
        C('nine of those detained have died', 'killed', 9, 'exact', 'people', sub='tot'),
        C('the 17 detainees', 'missing', 17, 'exact', 'people', tags='repeat'),
        C('the seven boys detained', 'detained', 7, 'exact', 'children', tags='repeat'),
        C('the two men', 'killed', 2, 'exact', 'men', tags='repeat'),
    ],
    sources=[
        S('the Monseñor Romero Human Rights Collective (CDH-MR)', 'ngo'),
        S('The Collective', 'ngo'),
        S('relatives', 'witness'),
        S('his sister, Marta Portillo', 'witness', form='name'),
        S('his family', 'witness'),
        S('Relatives', 'witness'),
        S('Local health staff', 'anonymous'),
        S('The Collective', 'ngo', nth=1),
        S('The Ministry of Justice and Public Security', 'official'),
        S('The Collective', 'ngo', nth=2),
        S('Ana Cecilia Guevara', 'ngo', form='name'),
    ],
    numbers=[
        N('12 September 2024', 'date'),
        N('20 August', 'date'),
        N('aged 15 to 17', 'age'),
        N('34-year-old', 'age'),
        N('2 September', 'date'),
        N('Eleven days', 'duration'),
        N('aged 58', 'age'),
        N('30 August', 'date'),
        N('March 2022', 'date'),
        N('up to 15 days', 'duration'),
        N('Forty-four years', 'duration'),
        N('2009', 'year'),
        N('six municipalities', 'count-objects'),
        N('between 21 August and 10 September', 'date'),
    ])

# mg05: confrontations, displacement by collective site and detentions in Conchagua, La Unión
# (UN OCHA flash update)
A['mg05.txt'] = dict(
    casualty=[
        C('At least 11 people killed', 'killed', 11, 'at-least', 'people', id='hk'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='hk'),
        C('An estimated 2,300 people displaced', 'displaced', 2300, 'approx', 'people', id='hd'),
        C('1,450 sheltering', 'displaced', 1450, 'exact', 'people', sub='hd'),
        C('96 people reported detained', 'detained', 96, 'exact', 'people', id='hdet'),
        C('31 of them', 'missing', 31, 'exact', 'people', sub='hdet'),
        C('the death toll stands at 11', 'killed', 11, 'exact', 'people', id='t2', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', nth=1, sub='t2', tags='repeat'),
        C('3 members of the security forces', 'killed', 3, 'exact', 'soldiers', sub='t2'),
        C('25–30 people injured', 'injured', None, 'range', 'people', low=25, high=30, id='inj'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='inj'),
        C('6 gang members have been killed', 'killed', 6, 'exact', 'fighters'),
        C('96 people have been detained', 'detained', 96, 'exact', 'people', id='det', tags='repeat'),
        C('An estimated 2,300 people have left their homes', 'displaced', 2300, 'approx', 'people', id='d',
          tags='repeat'),
        C('1,450 people', 'displaced', 1450, 'exact', 'people', id='cs', sub='d', tags='repeat'),
        C('520 people', 'displaced', 520, 'exact', 'people', sub='cs'),
        C('410 people', 'displaced', 410, 'exact', 'people', sub='cs'),
        C('300 people', 'displaced', 300, 'exact', 'people', nth=2, sub='cs'),
        C('220 people', 'displaced', 220, 'exact', 'people', sub='cs'),
        C('The remaining 850', 'displaced', 850, 'exact', 'people', sub='d'),
        C('31 of the 96 detainees', 'missing', 31, 'exact', 'people', sub='det', tags='repeat'),
        C('8 of those detained', 'detained', 8, 'exact', 'children', sub='det'),
        C('Two women were reportedly injured', 'injured', 2, 'exact', 'women'),
        C('three or four fishermen', 'missing', None, 'range', 'other', low=3, high=4),
        C('19 of the injured', 'injured', 19, 'exact', 'people', id='h', sub='inj'),
        C('5 of them', 'injured', 5, 'exact', 'people', sub='h'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('Partners', 'ngo'),
        S('The Armed Force', 'military'),
        S('The Ministry of Justice and Public Security', 'official'),
        S('community representatives', 'other'),
        S('Protection partners', 'ngo'),
        S('the National Council for Children and Adolescents (CONNA)', 'official'),
        S('Local sources', 'anonymous'),
        S('The national hospital in La Unión', 'official'),
        S('The Humanitarian Country Team', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('18 November 2024', 'date'),
        N('14 November', 'date'),
        N('four coastal cantons', 'count-objects'),
        N('US$1.4 million', 'money'),
        N('14 November', 'date', nth=1),
        N('an estimated 4,000 soldiers and police', 'count-people'),
        N('17 November', 'date'),
        N('four collective sites', 'count-objects'),
        N('aged 15 to 17', 'age'),
        N('15 November', 'date'),
        N('1,200 food kits', 'count-objects'),
        N('US$1.4 million', 'money', nth=1),
        N('60 days', 'duration'),
        N('22 per cent', 'percentage'),
    ])

# mg06: fishermen and beach workers arrested, missing and shot at a checkpoint in Chirilagua, San Miguel
# (a broadcaster's website: headline and byline)
A['mg06.txt'] = dict(
    casualty=[
        C('at least 73 people', 'detained', 73, 'at-least', 'people', id='arr'),
        C('19 fishermen', 'detained', 19, 'exact', 'other', sub='arr'),
        C('a handful of waiters and cooks', 'detained', None, 'vague', 'other', sub='arr'),
        C('14 Chirilagua detainees', 'missing', 14, 'exact', 'people'),
        C('killing two men', 'killed', 2, 'exact', 'men'),
        C('the two men', 'killed', 2, 'exact', 'men', tags='repeat'),
        C('112 "terrorists" had been arrested', 'detained', 112, 'exact', 'fighters'),
        C('327 deaths in custody', 'killed', 327, 'exact', 'people', id='oh'),
        C('11', 'killed', 11, 'exact', 'people', sub='oh'),
        C('fewer than 100 detainees have died', 'killed', 100, 'at-most', 'people', tags='contradicted'),
        C('killed at least 12 people', 'killed', 12, 'at-least', 'people'),
        C('forced scores of families to flee', 'displaced', None, 'vague', 'people'),
        C('around 60 families have left', 'displaced', 60, 'approx', 'people'),
        C('two civilians were wounded', 'injured', 2, 'exact', 'civilians'),
        C('between 25 and 30 young men', 'detained', None, 'range', 'men', low=25, high=30),
    ],
    sources=[
        S('a local parish committee', 'other'),
        S('the committee', 'other'),
        S('Dolores', 'witness', form='name'),
        S('The committee', 'other'),
        S('The army', 'military'),
        S('Their relatives', 'witness'),
        S('The Ministry of Justice and Public Security', 'official'),
        S('The rights group Oriente Humano', 'ngo'),
        S('The government', 'official'),
        S("the mayor's office", 'official'),
        S('A local councillor', 'anonymous'),
        S('Rigoberto', 'witness', nth=1, form='name'),
        S('The government', 'official', nth=1),
    ],
    numbers=[
        N('three months', 'duration'),
        N('about 20,000 people', 'population'),
        N('four in the morning', 'time'),
        N('20 soldiers', 'count-people'),
        N('24', 'age'),
        N('2 August', 'date'),
        N('March 2022', 'date'),
        N('2021', 'year'),
        N('61-year-old', 'age'),
        N('40%', 'percentage'),
        N('thousands of lives', 'other'),
    ])

# mg07: two police officers and a vendor killed in the market of Santa Rosa de Lima, La Unión, and the
# arrests that followed (AP style)
A['mg07.txt'] = dict(
    casualty=[
        C('killed two police officers', 'killed', 2, 'exact', 'soldiers'),
        C('two shoppers were wounded', 'injured', 2, 'exact', 'civilians', id='sh'),
        C('shot dead one of the attackers', 'killed', 1, 'exact', 'fighters'),
        C('arrested three others', 'detained', 3, 'exact', 'fighters'),
        C('Sixty-four people had been arrested', 'detained', 64, 'exact', 'people'),
        C('the 64', 'detained', 64, 'exact', 'people', id='a2', tags='repeat'),
        C('nearly a dozen women', 'detained', 12, 'at-most', 'women', sub='a2'),
        C('at least 14 people', 'killed', 14, 'at-least', 'people', id='cus'),
        C('38 others', 'missing', 38, 'exact', 'people'),
        C('One of them', 'killed', 1, 'exact', 'people', sub='cus'),
        C('more than 83,000 suspected gang members have been arrested', 'detained', 83000, 'at-least',
          'fighters'),
        C('312 families fled', 'displaced', 312, 'exact', 'people'),
        C('One of the wounded shoppers', 'killed', 1, 'exact', 'civilians', sub='sh'),
        C('the death toll to four', 'killed', 4, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('National Civil Police Director Álvaro Rengifo', 'official', form='title-name'),
        S('Rengifo', 'official', nth=1, form='name'),
        S('María Teresa Canales', 'witness', form='name'),
        S('the Security Ministry', 'official'),
        S('Relatives', 'witness'),
        S('a police officer', 'anonymous'),
        S('The Security Ministry', 'official'),
        S('The rights group Socorro Oriental', 'ngo'),
        S('Yesenia Ayala', 'witness', form='name'),
        S('The government', 'official'),
        S('Municipal records', 'official', form='document'),
        S('hospital director Dr. Hugo Reyes', 'official', form='title-name'),
        S('a vegetable seller', 'witness', form='role'),
    ],
    numbers=[
        N('Barrio 18', 'other'),
        N('47', 'age'),
        N('27,000 people', 'population'),
        N('15-year-old', 'age'),
        N('298 days', 'duration'),
        N('March 2022', 'date'),
        N('39-year-old', 'age'),
        N('about 7,000', 'count-people'),
        N('between 2015 and 2019', 'year'),
        N('70-year-old', 'age'),
    ])

# mg08: men deported from the United States arrested on return, a farmhand shot and families leaving
# Intipucá, La Unión (a newspaper's own correspondent, byline)
A['mg08.txt'] = dict(
    casualty=[
        C('at least 37 men', 'detained', 37, 'at-least', 'men', id='dep'),
        C('the 37', 'detained', 37, 'exact', 'men', id='dep2', tags='repeat'),
        C('two have died', 'killed', 2, 'exact', 'men', sub='dep2'),
        C('11 are unaccounted for', 'missing', 11, 'exact', 'men', sub='dep2'),
        C('killed eight people', 'killed', 8, 'exact', 'people', id='k8'),
        C('two brothers', 'killed', 2, 'exact', 'men', sub='k8'),
        C('Two other farmhands were injured', 'injured', 2, 'exact', 'other'),
        C('two “gang collaborators” had been detained', 'detained', 2, 'exact', 'people'),
        C('the number detained to three', 'detained', 3, 'exact', 'people', tags='update'),
        C('some 45 families who have left', 'displaced', 45, 'approx', 'people'),
        C('3,902 suspected gang members', 'detained', 3902, 'exact', 'fighters'),
        C('327 deaths in custody', 'killed', 327, 'exact', 'people', id='oh'),
        C('at least 40 men', 'killed', 40, 'at-least', 'men', sub='oh'),
    ],
    sources=[
        S('relatives', 'witness'),
        S('a local migrants’ association', 'ngo'),
        S('their families', 'witness'),
        S('Rosa Elvira Chicas', 'witness', form='name'),
        S('the association', 'ngo'),
        S('the municipal police', 'official'),
        S('The defence ministry', 'military'),
        S('the state-run newspaper Diario El Salvador', 'media'),
        S('a neighbour', 'witness', form='role'),
        S('The association', 'ngo'),
        S('The Security Ministry', 'official'),
        S('the rights group Oriente Humano', 'ngo'),
        S('Chicas', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('two-storey', 'other'),
        N('March 2022', 'date'),
        N('36', 'age'),
        N('14 years', 'duration'),
        N('six have since been released', 'count-people'),
        N('2021', 'year'),
        N('14 July', 'date'),
        N('19-year-old', 'age'),
        N('US$8.5 billion', 'money'),
        N('about 1,500 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
