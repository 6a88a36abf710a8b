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

# ---------------------------------------------------------------- labels (blind set 45: bb01-bb08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / sent to hell / neutralised / homicides / claimed … lives / lost',
     r'\bmartyr|\bsent to hell\b|\bneutrali[sz]ed\b|\bhomicides\b|\bclaimed\b.*\blives\b|\blost\b'),
    ('buried / rounded up / evacuated / left / sustained injuries / shrapnel wounds',
     r'\bburied\b|\brounded up\b|\bevacuated\b|\bleft\b|\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('policemen/cops/personnel/police officers', r'\b(?:policemen|cops|personnel)\b'),
    ('khwarij/assailants/combatants/terrorists', r'\b(?:khwarij|assailants|combatants)\b'),
    ('members/accomplices/suspects', r'\b(?:members|accomplices|suspects)\b'),
    ('brothers/women/teenagers/patients/refugees/families',
     r'\b(?:brothers|teenagers|patients|refugees|families)\b'),
    ('VDP (army auxiliaries)', r'\bVDP\b'),
]

# bb01: gunmen fire on a street party in Buenaventura, Valle del Cauca, Colombia (AFP style)
A['bb01.txt'] = dict(
    casualty=[
        C('At least nine people were killed', 'killed', 9, 'at-least', 'people', id='tot'),
        C('14 wounded', 'injured', 14, 'exact', 'people', id='w14'),
        C('Two of the dead were teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('two or three young men', 'missing', None, 'range', 'men', low=2, high=3),
        C('the number of wounded at 17', 'injured', 17, 'exact', 'people', id='h17', tags='contradicted'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='h17'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='w14'),
        C('some 240 families', 'displaced', 240, 'approx', 'people'),
        C('about 800 people', 'displaced', 800, 'approx', 'people'),
        C('arrested four suspected members', 'detained', 4, 'exact', 'fighters'),
        C('killed “more than 20” of their members', 'killed', 20, 'at-least', 'fighters'),
        C('98 homicides', 'killed', 98, 'exact', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('police commander Colonel Édgar Ruiz', 'official', form='title-name'),
        S('Ruiz', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('a woman', 'anonymous'),
        S('The Santa Sofía hospital', 'official'),
        S('the Valle del Cauca governor’s office', 'official'),
        S('The national ombudsman’s office, the Defensoría del Pueblo', 'official'),
        S('Police', 'official'),
        S('The Colombian army', 'military'),
        S('the Shottas', 'military', nth=2),
        S('the National Institute of Legal Medicine', 'official'),
    ],
    numbers=[
        N('two main gangs', 'count-objects'),
        N('two motorcycles', 'count-objects'),
        N('dozens of people', 'count-people'),
        N('seven-year-old', 'age'),
        N('2021', 'year'),
        N('two neighbouring districts', 'count-objects'),
        N('another 1,300 residents', 'count-people'),
        N('17-year-old', 'age'),
        N('three pistols', 'count-objects'),
        N('300 additional soldiers and marines', 'count-people'),
        N('about 320,000 people', 'population'),
        N('around 40 per cent', 'percentage'),
        N('2022', 'year'),
        N('less than two months', 'duration'),
    ])

# bb02: an army raid on villages in Pakokku township, Magway region, Myanmar (a broadcaster, BBC style)
A['bb02.txt'] = dict(
    casualty=[
        C('killing 17 villagers', 'killed', 17, 'exact', 'civilians'),
        C('killed at least 17 civilians', 'killed', 17, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('The bodies of 11 villagers', 'killed', 11, 'exact', 'civilians', id='kk', sub='tot'),
        C('Four of the 11 were women', 'killed', 4, 'exact', 'women', sub='kk'),
        C('Six more villagers were killed', 'killed', 6, 'exact', 'civilians', sub='tot'),
        C('several others are still missing', 'missing', None, 'vague', 'civilians'),
        C('nearly 30 wounded people', 'injured', 30, 'at-most', 'people'),
        C('killed 12 of them', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('two had suffered light shrapnel wounds', 'injured', 2, 'exact', 'fighters'),
        C('rounded up between 20 and 30 men', 'detained', None, 'range', 'men', low=20, high=30, id='det'),
        C('Eight of them', 'detained', 8, 'exact', 'men', sub='det'),
        C('over 4,000 people had fled', 'displaced', 4000, 'at-least', 'people'),
        C('More than 3.5 million people are now displaced', 'displaced', 3500000, 'at-least', 'people'),
        C('killed more than 6,500 civilians', 'killed', 6500, 'at-least', 'civilians'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('a local resistance group', 'military'),
        S('a member of the local defence team', 'anonymous'),
        S('residents', 'witness', nth=1),
        S('A volunteer medic in Ywa Thit', 'anonymous'),
        S('The military council’s information team', 'military'),
        S('the state-run Global New Light of Myanmar', 'media'),
        S('Ko Thura', 'military', form='name'),
        S('Villagers', 'witness'),
        S('Ma Hnin Wai', 'witness', form='name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('the UN', 'ngo'),
        S('a local monitoring group, the Burma Rights Documentation Group', 'ngo'),
    ],
    numbers=[
        N('hundreds of homes', 'count-objects'),
        N('three-day', 'duration'),
        N('about 80 men', 'count-people'),
        N('70', 'age'),
        N('two-hour', 'duration'),
        N('about 25km', 'distance'),
        N('15 miles', 'distance'),
        N('about 90,000 people', 'population'),
        N('2021', 'year'),
        N('hundreds of air strikes', 'count-objects'),
    ])

# bb03: gunmen attack a village in Kangpokpi district, Manipur, India (an Indian newspaper's own correspondent)
A['bb03.txt'] = dict(
    casualty=[
        C('Three killed', 'killed', 3, 'exact', 'civilians'),
        C('eight hurt', 'injured', 8, 'exact', 'people'),
        C('Three villagers were killed', 'killed', 3, 'exact', 'civilians', tags='repeat'),
        C('eight persons', 'injured', 8, 'exact', 'people', id='inj', tags='repeat'),
        C('two women', 'injured', 2, 'exact', 'women', sub='inj'),
        C('five of them', 'injured', 5, 'exact', 'people', sub='inj'),
        C('two Assam Rifles personnel were injured', 'injured', 2, 'exact', 'soldiers'),
        C('the toll at four', 'killed', 4, 'exact', 'civilians', tags='contradicted'),
        C('roughly 200 villagers had fled', 'displaced', 200, 'approx', 'civilians'),
        C('injuring one', 'injured', 1, 'exact', 'other'),
        C('11 persons had been detained', 'detained', 11, 'exact', 'people'),
        C('claimed more than 260 lives', 'killed', 260, 'at-least', 'people'),
        C('displaced about 60,000 persons', 'displaced', 60000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('the Kangpokpi district police', 'official'),
        S('Police', 'official', nth=0),
        S('a defence spokesperson', 'military', form='role'),
        S('Nengneikim Haokip', 'witness', form='name'),
        S('The Sadar Hills Tribal Council', 'other'),
        S('the Coordinating Committee for Valley Integrity', 'other'),
        S('Police', 'official', nth=1),
        S('the District Magistrate', 'official', form='role'),
        S('The State government', 'official'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('March 14', 'date'),
        N('numbering around 30', 'count-people'),
        N('45', 'age'),
        N('38', 'age'),
        N('22', 'age'),
        N('14-year-old', 'age'),
        N('16-year-old', 'age'),
        N('14 houses', 'count-objects'),
        N('two AK-47 rifles', 'count-objects'),
        N('5 pm', 'time'),
        N('five days', 'duration'),
        N('₹10 lakh', 'money'),
        N('May 2023', 'date'),
    ])

# bb04: an attack on a police post and an army operation in Lakki Marwat, Khyber Pakhtunkhwa, Pakistan
# (state media, APP style)
A['bb04.txt'] = dict(
    casualty=[
        C('8 khwarij killed', 'killed', 8, 'exact', 'fighters'),
        C('3 cops martyred', 'killed', 3, 'exact', 'soldiers'),
        C('killed eight khwarij', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('martyred three policemen', 'killed', 3, 'exact', 'soldiers', tags='repeat'),
        C('two other policemen sustained injuries', 'injured', 2, 'exact', 'soldiers', id='inj'),
        C('three to four terrorists were sent to hell', 'killed', None, 'range', 'fighters', low=3, high=4),
        C('one of the injured cops', 'injured', 1, 'exact', 'soldiers', sub='inj'),
        C('injuring five personnel', 'injured', 5, 'exact', 'soldiers'),
        C('118 police personnel were martyred', 'killed', 118, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military'),
        S('District Police Officer (DPO) Nazir Ahmad Khan', 'official', form='title-name'),
        S('the DPO', 'official', form='role'),
        S('Medical Superintendent DHQ Hospital Lakki Marwat Dr Imran Khattak', 'official', form='title-name'),
        S('Khyber Pakhtunkhwa Chief Minister Faisal Karim Durrani', 'official', form='title-name'),
        S('Lakki Marwat police', 'official'),
        S('The ISPR', 'military'),
        S('provincial police figures', 'official', form='document'),
    ],
    numbers=[
        N('Nov 18', 'date'),
        N('around 25 terrorists', 'count-people'),
        N('over two hours', 'duration'),
        N('November 2022', 'date'),
        N('the first ten months', 'duration'),
    ])

# bb05: a UN OCHA flash update on attacks on villages near Paoua, Central African Republic
A['bb05.txt'] = dict(
    casualty=[
        C('At least 22 civilians killed', 'killed', 22, 'at-least', 'civilians'),
        C('35 injured', 'injured', 35, 'exact', 'civilians'),
        C('An estimated 9,800 people displaced', 'displaced', 9800, 'approx', 'people', id='d1'),
        C('around 6,000', 'displaced', 6000, 'approx', 'people', sub='d1'),
        C('at least 22 civilians were killed', 'killed', 22, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('35 others were injured', 'injured', 35, 'exact', 'civilians', id='inj', tags='repeat'),
        C('the bodies of four more people', 'killed', 4, 'exact', 'people'),
        C('40–50 people are still missing', 'missing', None, 'range', 'people', low=40, high=50),
        C('killed 13 assailants', 'killed', 13, 'exact', 'fighters'),
        C('arrested seven others', 'detained', 7, 'exact', 'fighters'),
        C('lost “about 30” combatants', 'killed', 30, 'approx', 'fighters'),
        C('12 of the injured', 'injured', 12, 'exact', 'civilians', sub='inj'),
        C('treated 41 wounded patients', 'injured', 41, 'exact', 'people', id='msf'),
        C('three of them have since died', 'killed', 3, 'exact', 'people', sub='msf'),
        C('an estimated 9,800 people have fled', 'displaced', 9800, 'approx', 'people', id='d2', tags='repeat'),
        C('some 2,300 people', 'displaced', 2300, 'approx', 'people', sub='d2'),
        C('around 1,200 people', 'displaced', 1200, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Partners on the ground', 'ngo'),
        S('Community leaders', 'other'),
        S('The sub-prefect of Paoua', 'official', form='role'),
        S('The Central African Armed Forces (FACA)', 'military'),
        S('the 3R', 'military'),
        S('The UN peacekeeping mission, MINUSCA', 'military'),
        S('MSF', 'ngo', nth=1),
        S('the Commission Mouvements de Population (CMP)', 'ngo'),
        S('The CMP', 'ngo'),
        S('The health district', 'official'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('9 October 2025', 'date'),
        N('five villages', 'count-objects', nth=0),
        N('between 3 and 6 October', 'date'),
        N('two aid convoys', 'count-objects'),
        N('7 October', 'date', nth=0),
        N('Between 3 and 6 October', 'date'),
        N('3R', 'other', nth=0),
        N('five villages', 'count-objects', nth=1),
        N('7 October', 'date', nth=1),
        N('160 homes', 'count-objects'),
        N('5 October', 'date'),
        N('3R', 'other', nth=1),
        N('3 October', 'date'),
        N('two schools', 'count-objects'),
        N('two-week', 'duration'),
        N('4,500 people', 'count-people'),
        N('two child-friendly spaces', 'count-objects'),
        N('14 unaccompanied children', 'count-people'),
        N('27 suspected measles cases', 'count-people'),
        N('3,000 children', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$326 million', 'money'),
        N('1.9 million people', 'count-people'),
        N('31 per cent', 'percentage'),
        N('8 October', 'date'),
    ])

# bb06: a rights group's statement on killings of civilians near Solenzo, western Burkina Faso
# (NGO statement, one sentence a paragraph)
A['bb06.txt'] = dict(
    casualty=[
        C('killed dozens of civilians', 'killed', None, 'vague', 'civilians'),
        C('killed at least 58 civilians', 'killed', 58, 'at-least', 'civilians', id='tot'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('37 bodies', 'killed', 37, 'exact', 'people'),
        C('as many as 70 people may have been killed', 'killed', 70, 'at-most', 'people', tags='contradicted'),
        C('Another 20 to 25 men', 'detained', None, 'range', 'men', low=20, high=25),
        C('killed 16 soldiers', 'killed', 16, 'exact', 'soldiers'),
        C('the toll at 11', 'killed', 11, 'exact', 'soldiers', id='ss', tags='contradicted'),
        C('six VDP', 'killed', 6, 'exact', 'soldiers', sub='ss'),
        C('“neutralised” 46 terrorists', 'killed', 46, 'exact', 'fighters', tags='contradicted'),
        C('17 suspects had been arrested', 'detained', 17, 'exact', 'people'),
        C('at least 3,000 people', 'displaced', 3000, 'at-least', 'people'),
        C('More than 2 million people were internally displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('survivors', 'witness', nth=0),
        S('the Sahel Rights Observatory', 'ngo'),
        S('Survivors', 'witness'),
        S('a 34-year-old woman', 'witness', form='role'),
        S('the organisation', 'ngo', nth=0),
        S('A local official', 'anonymous'),
        S('Relatives of the victims', 'witness'),
        S('relatives', 'witness'),
        S('The Observatory’s director, Aminata Sawadogo', 'ngo', form='title-name'),
        S('JNIM', 'military', nth=1),
        S('a security source', 'anonymous'),
        S('local media', 'media'),
        S('Sawadogo', 'ngo', nth=1, form='name'),
        S('government spokesman Moussa Kaboré', 'official', form='title-name'),
        S('The Observatory', 'ngo', nth=1),
        S('the UN refugee agency', 'ngo'),
    ],
    numbers=[
        N('21 August 2025', 'date'),
        N('between 9 and 11 August', 'date'),
        N('23 survivors and witnesses', 'count-people'),
        N('11 videos', 'count-objects'),
        N('9 August', 'date'),
        N('34-year-old', 'age'),
        N('eight months', 'age'),
        N('11 August', 'date', nth=1),
        N('8 August', 'date'),
        N('14 August', 'date'),
        N('about 90 kilometres', 'distance'),
        N('around 20,000 inhabitants', 'population'),
        N('2022', 'year'),
        N('2023', 'year'),
    ])

# bb07: an attack on an army post and a market near Makalondi, Tillaberi region, Niger (Reuters style)
A['bb07.txt'] = dict(
    casualty=[
        C('killed 24 soldiers', 'killed', 24, 'exact', 'soldiers'),
        C('at least a dozen civilians', 'killed', 12, 'at-least', 'civilians'),
        C('17 soldiers had been killed', 'killed', 17, 'exact', 'soldiers', tags='contradicted'),
        C('11 wounded', 'injured', 11, 'exact', 'soldiers'),
        C('more than 40 terrorists" had been neutralized', 'killed', 40, 'at-least', 'fighters'),
        C('eight suspected accomplices had been arrested', 'detained', 8, 'exact', 'people'),
        C('19 wounded people', 'injured', 19, 'exact', 'people', id='h'),
        C('six children', 'injured', 6, 'exact', 'children', sub='h'),
        C('two of them had died', 'killed', 2, 'exact', 'people', sub='h'),
        C('buried 14 people', 'killed', 14, 'exact', 'people'),
        C('Dozens are still missing', 'missing', None, 'vague', 'people'),
        C('the civilian death toll at 15', 'killed', 15, 'exact', 'civilians', tags='update'),
        C('around 300 families had left', 'displaced', 300, 'approx', 'people'),
        C('killed "more than 50 apostate soldiers"', 'killed', 50, 'at-least', 'soldiers', tags='contradicted'),
        C('More than 1,500 people have been killed', 'killed', 1500, 'at-least', 'people'),
        C('some 6,000 refugees who fled', 'displaced', 6000, 'approx', 'people'),
    ],
    sources=[
        S('two security sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S("Niger's defense ministry", 'military'),
        S('state television', 'media'),
        S('A health worker at the district hospital in Torodi', 'anonymous'),
        S('Moussa Hamani', 'witness', form='name'),
        S('The local official', 'anonymous'),
        S('Islamic State Sahel Province', 'military'),
        S("the group's Amaq news agency", 'media'),
        S('the U.S.-based conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('June 5', 'date'),
        N('two security sources', 'count-people'),
        N('dozens of motorbikes', 'count-objects'),
        N('four military vehicles', 'count-objects'),
        N('one of the sources', 'other'),
        N('about 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('two armored vehicles', 'count-objects'),
        N('July 2023', 'date'),
        N('January 2024', 'date'),
        N('around 30,000 people', 'population'),
        N('about 100 km', 'distance'),
        N('62 miles', 'distance'),
    ])

# bb08: a drone strike on a police evacuation van in Vovchansk, Kharkiv oblast, Ukraine (AP style)
A['bb08.txt'] = dict(
    casualty=[
        C('killing two police officers', 'killed', 2, 'exact', 'soldiers'),
        C('three civilians', 'killed', 3, 'exact', 'civilians'),
        C('the death toll from the strike to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('killed four more people', 'killed', 4, 'exact', 'people'),
        C('wounded at least 17', 'injured', 17, 'at-least', 'people'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('evacuated 46 people', 'displaced', 46, 'exact', 'people', id='ev'),
        C('11 of them children', 'displaced', 11, 'exact', 'children', sub='ev'),
        C('killed up to 35 Ukrainian troops', 'killed', 35, 'at-most', 'soldiers'),
        C('wounded two women', 'injured', 2, 'exact', 'women'),
        C('at least 14,000 civilians had been killed', 'killed', 14000, 'at-least', 'civilians', id='un'),
        C('more than 700 children', 'killed', 700, 'at-least', 'children', sub='un'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('the Kharkiv regional prosecutor’s office', 'official'),
        S('the office', 'official'),
        S('the prosecutor’s office', 'official'),
        S('Regional Gov. Mykola Tkachenko', 'official', form='title-name'),
        S('Tkachenko', 'official', nth=1, form='name'),
        S('the town’s military administration', 'official'),
        S('Police', 'official'),
        S('Russia’s Defense Ministry', 'military'),
        S('Ukraine’s General Staff', 'military'),
        S('A Ukrainian drone unit commander near Vovchansk', 'military', form='role'),
        S('Russian state news agency Tass', 'media'),
        S('the Belgorod regional administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('58-year-old', 'age'),
        N('the previous 24 hours', 'duration'),
        N('12-year-old', 'age'),
        N('about 17,000', 'population'),
        N('5 kilometers', 'distance'),
        N('3 miles', 'distance'),
        N('May 2024', 'date'),
        N('fewer than 50', 'count-people'),
        N('three U.S.-made armored vehicles', 'count-objects'),
        N('14 Russian assaults', 'count-objects'),
        N('groups of two or three', 'count-people'),
        N('February 2022', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
