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

# ---------------------------------------------------------------- labels (blind set 38: jj01-jj08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / martyred / embraced shahadat / sent to hell / laid down their lives / lost / executed / '
     'beheading / neutralized / eliminated',
     r'\bshot dead\b|\bmartyred\b|\bshahadat\b|\bsent to hell\b|\blaid down\b|\blost\b|\bexecuted\b|'
     r'\bbeheading\b|\bneutrali[sz]ed\b|\beliminated\b'),
    ('abducted / apprehended / in custody / detainees', r'\babducted\b|\bapprehended\b|\bcustody\b|\bdetainees\b'),
    ('gunshot injuries / in intensive care / seriously', r'\binjuries\b|\bintensive care\b|\bseriously\b'),
    ('still missing / whereabouts unknown', r'\bstill missing\b|\bwhereabouts\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('members of the security forces / policemen / officers / Volunteers (VDP) / sons of the soil / heroes',
     r'\bsecurity forces\b|\bpolicemen\b|\bofficers\b|\bVolunteers\b|\bsons of the soil\b|\bheroes\b'),
    ('insurgents / gunmen / khwarij / armed group', r'\b(?:insurgents|gunmen|khwarij|armed group)\b'),
    ('boys / brothers-in-law / young men', r'\b(?:boys|brothers-in-law|young men)\b'),
    ('mourners / suspects / facilitators / nationals / prisoners / Christians / detainees / victims',
     r'\b(?:mourners|suspects|facilitators|nationals|prisoners|Christians|detainees|victims)\b'),
    ('displaced persons / families / patients', r'\b(?:displaced persons|families|patients)\b'),
]

# jj01: suicide bombing at a mosque in Parun, Nuristan, Afghanistan (broadcaster's website style)
A['jj01.txt'] = dict(
    casualty=[
        C('At least 19 people have been killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('more than 40 injured', 'injured', 40, 'at-least', 'people', id='inj'),
        C('three boys', 'killed', 3, 'exact', 'children', sub='tot'),
        C('killed “more than 70 Taliban fighters”', 'killed', 70, 'at-least', 'fighters', tags='contradicted'),
        C('two members of the security forces were among the dead', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('38 wounded patients', 'injured', 38, 'exact', 'people', id='hosp'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='hosp'),
        C('Twelve of the patients', 'injured', 12, 'exact', 'people', sub='hosp'),
        C('the death toll to 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('several of the injured had died', 'killed', None, 'vague', 'people', sub='inj'),
        C('four bodies', 'killed', 4, 'exact', 'people', id='b4'),
        C('One of them was a child', 'killed', 1, 'exact', 'children', sub='b4'),
        C('detained 14 suspects', 'detained', 14, 'exact', 'people', id='det'),
        C('two Pakistani nationals', 'detained', 2, 'exact', 'people', sub='det'),
        C('more than 1,000 civilians killed', 'killed', 1000, 'at-least', 'civilians'),
        C('killed seven people', 'killed', 7, 'exact', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the Taliban’s police spokesman for Nuristan, Mawlawi Abdul Haq Sadiq', 'official', form='title-name'),
        S('The Islamic State group’s regional affiliate, IS-K', 'military'),
        S('Sadiq', 'official', nth=1, form='name'),
        S('A doctor at the provincial hospital in Parun', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('the interior ministry in Kabul', 'official'),
        S('Gul Rahman', 'witness', form='name'),
        S('Afghan broadcaster Tolo News', 'media'),
        S('The UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
    ],
    numbers=[
        N('one of Afghanistan’s most remote provinces', 'other'),
        N('Around 150 people', 'count-people'),
        N('one of its fighters', 'count-people'),
        N('about 200km', 'distance'),
        N('more than five hours', 'duration'),
        N('34-year-old', 'age'),
        N('maybe eight', 'age'),
        N('August 2021', 'date'),
        N('about 170,000 people', 'population'),
        N('2019', 'year'),
    ])

# jj02: security forces fire on a funeral procession in Sanandaj, Kurdistan province, Iran (NGO statement)
A['jj02.txt'] = dict(
    casualty=[
        C('kill six mourners', 'killed', 6, 'exact', 'people'),
        C('hundreds arrested', 'detained', None, 'vague', 'people'),
        C('shot dead at least six people', 'killed', 6, 'at-least', 'people', tags='repeat'),
        C('all six victims', 'killed', 6, 'exact', 'people', id='six', tags='repeat'),
        C('Five of them were killed', 'killed', 5, 'exact', 'people', sub='six'),
        C('one died', 'killed', 1, 'exact', 'people', sub='six'),
        C('At least 43 others were wounded', 'injured', 43, 'at-least', 'people', id='w'),
        C('17 of them', 'injured', 17, 'exact', 'people', sub='w'),
        C('arrested hundreds of people', 'detained', None, 'vague', 'people', tags='repeat'),
        C('212 detainees', 'detained', 212, 'exact', 'people', id='d212'),
        C('31 children', 'detained', 31, 'exact', 'children', sub='d212'),
        C('at least 19 women', 'detained', 19, 'at-least', 'women', sub='d212'),
        C('12 members of the security forces had been injured', 'injured', 12, 'exact', 'soldiers', id='sf'),
        C('three of them seriously', 'injured', 3, 'exact', 'soldiers', sub='sf'),
        C('74 people had been arrested', 'detained', 74, 'exact', 'people', tags='contradicted'),
        C('More than 100 people were killed', 'killed', 100, 'at-least', 'people'),
        C('as many as 11 Kurdish prisoners have been executed', 'killed', 11, 'at-most', 'people'),
    ],
    sources=[
        S('the Kurdistan Rights Observatory (KRO)', 'ngo'),
        S('The authorities', 'official'),
        S('his family', 'witness'),
        S('KRO', 'ngo', nth=1),
        S('relatives', 'witness'),
        S('a medical source in the city', 'anonymous'),
        S('a 29-year-old woman', 'anonymous'),
        S('medical staff at Tohid and Kowsar hospitals', 'anonymous'),
        S('the staff', 'anonymous'),
        S('KRO', 'ngo', nth=3),
        S('Families', 'witness'),
        S('State broadcaster IRIB', 'media'),
        S('The semi-official Tasnim news agency', 'media'),
        S("Kurdistan's police chief, Brigadier General Ali Azadi", 'official', form='title-name'),
        S("Shirin Karimi, KRO's director", 'ngo', form='name'),
        S("KRO's records", 'ngo', form='document'),
    ],
    numbers=[
        N('14 March', 'date'),
        N('16-year-old', 'age'),
        N('11 March', 'date'),
        N('47-year-old', 'age'),
        N('9 March', 'date'),
        N('three weeks', 'duration'),
        N('29-year-old', 'age'),
        N('the age of 18', 'age'),
        N('up to 5 billion rials', 'money'),
        N('about US$8,000', 'money'),
        N('dozens of witnesses', 'count-people'),
        N('2022–23', 'year'),
    ])

# jj03: Israeli strikes and an incursion near Kudna, Quneitra province, Syria (AFP style)
A['jj03.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('four members of a local armed group', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('Three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('15 people were wounded', 'injured', 15, 'exact', 'people', id='w'),
        C('several of them seriously', 'injured', None, 'vague', 'people', sub='w'),
        C('the toll at 11', 'killed', 11, 'exact', 'people', id='so', tags='contradicted'),
        C('seven civilians', 'killed', 7, 'exact', 'civilians', sub='so'),
        C('four local fighters', 'killed', 4, 'exact', 'fighters', sub='so'),
        C('between 20 and 25 people had been wounded', 'injured', None, 'range', 'people', low=20, high=25,
          tags='contradicted'),
        C('eliminated several armed terrorists', 'killed', None, 'vague', 'fighters'),
        C('Two soldiers were lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('detained seven young men', 'detained', 7, 'exact', 'men', id='det'),
        C('Three of them remain in Israeli custody', 'detained', 3, 'exact', 'men', sub='det'),
        C('About 1,400 residents', 'displaced', 1400, 'approx', 'civilians'),
        C('The nine dead', 'killed', 9, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the state news agency SANA', 'media'),
        S('SANA', 'media', nth=1),
        S('the Quneitra governorate', 'official'),
        S('The Syrian Observatory for Human Rights', 'ngo'),
        S('The Israeli army', 'military'),
        S('Residents', 'witness'),
        S('Abu Khaled', 'witness', form='name'),
        S('An AFP correspondent', 'media'),
        S('Quneitra governor Moataz al-Khatib', 'official', form='title-name'),
        S('the local council', 'official'),
        S('a local official', 'anonymous'),
        S("Syria's foreign ministry", 'official'),
        S('The UN Disengagement Observer Force (UNDOF)', 'military'),
    ],
    numbers=[
        N('two houses', 'count-objects'),
        N('about five kilometres', 'distance'),
        N('one in the morning', 'time'),
        N('61-year-old', 'age'),
        N('at least 20 Israeli military vehicles', 'count-objects'),
        N('two neighbouring hamlets', 'count-objects'),
        N('three schools', 'count-objects'),
        N('about 1,100 troops', 'count-people'),
        N('1974', 'year'),
        N('dozens of raids', 'count-objects'),
        N('December 2024', 'date'),
        N('fewer than 100,000 people', 'population'),
    ])

# jj04: suicide car bomb at a checkpoint in Mukalla, Hadramawt, Yemen (Reuters style)
A['jj04.txt'] = dict(
    casualty=[
        C('killed at least 12 soldiers', 'killed', 12, 'at-least', 'soldiers'),
        C('wounded 20 people', 'injured', 20, 'exact', 'people'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('the death toll had risen to 17', 'killed', 17, 'exact', 'people', id='upd', tags='update'),
        C('the two civilians', 'killed', 2, 'exact', 'civilians', sub='upd', tags='repeat'),
        C('the number of wounded had climbed to 26', 'injured', 26, 'exact', 'people', id='w26', tags='update'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='w26'),
        C('eight or nine bodies', 'killed', None, 'range', 'people', low=8, high=9),
        C('killed "more than 40 apostate soldiers', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('lost "a dozen heroes"', 'killed', 12, 'exact', 'soldiers', tags='repeat'),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('killing dozens of members of the southern forces', 'killed', None, 'vague', 'soldiers'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
        C('almost 4.5 million people displaced', 'displaced', 4500000, 'at-most', 'people'),
    ],
    sources=[
        S('two security officials', 'anonymous'),
        S('the officials', 'anonymous', nth=0),
        S('one of the officials', 'anonymous'),
        S('the provincial health office', 'official'),
        S('Ahmed Bawazir', 'witness', form='name'),
        S('Al Qaeda in the Arabian Peninsula (AQAP)', 'military'),
        S('The SITE Intelligence Group', 'ngo'),
        S('the statement', 'military'),
        S('The Hadrami Elite Forces', 'military'),
        S('Hadramawt Governor Awad bin Sumait', 'official', form='title-name'),
        S('U.N. estimates', 'ngo', form='document'),
    ],
    numbers=[
        N('two security officials', 'count-people'),
        N('7 a.m.', 'time'),
        N('one of the officials', 'count-people'),
        N('about 300 meters', 'distance'),
        N('two more vehicles', 'count-objects'),
        N('one of the most dangerous branches', 'other'),
        N('April 2015', 'date'),
        N('up to $6 million', 'money'),
    ])

# jj05: an attack on Diapaga, Tapoa province, eastern Burkina Faso (UN OCHA flash update)
A['jj05.txt'] = dict(
    casualty=[
        C('At least 34 people', 'killed', 34, 'at-least', 'people', id='tot'),
        C('21 civilians', 'killed', 21, 'exact', 'civilians', nth=0, sub='tot'),
        C('Some 14,600 people have fled', 'displaced', 14600, 'approx', 'people'),
        C('21 civilians', 'killed', 21, 'exact', 'civilians', nth=1, sub='tot', tags='repeat'),
        C('nine soldiers', 'killed', 9, 'exact', 'soldiers', sub='tot'),
        C('four Volunteers for the Defence of the Homeland (VDP)', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('48 people were injured', 'injured', 48, 'exact', 'people', id='inj'),
        C('“dozens of terrorists” were neutralized', 'killed', None, 'vague', 'fighters'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='inj'),
        C('Three died after admission', 'killed', 3, 'exact', 'people', sub='inj'),
        C('the death toll to 37', 'killed', 37, 'exact', 'people', tags='update'),
        C('10–15 women were abducted', 'detained', None, 'range', 'women', low=10, high=15),
        C('around 40 residents', 'missing', 40, 'approx', 'civilians'),
        C('14,600 people', 'displaced', 14600, 'exact', 'people', nth=1, id='disp', tags='repeat'),
        C('About 3,100 people', 'displaced', 3100, 'approx', 'people', sub='disp'),
        C('nearly 95,000 internally displaced persons (IDPs)', 'displaced', 95000, 'at-most', 'people'),
        C('more than 2 million', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the provincial authorities', 'official'),
        S('The national armed forces', 'military'),
        S('the regional health directorate', 'official'),
        S('Local sources', 'anonymous'),
        S('the National Council for Emergency Relief and Rehabilitation (CONASUR)', 'official'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('22 May 2025', 'date'),
        N('17 May', 'date', nth=0),
        N('two rotations a week', 'count-objects'),
        N('17 May', 'date', nth=1),
        N('several hundred armed men', 'count-people'),
        N('about five hours', 'duration'),
        N('some 220 km', 'distance'),
        N('between 17 and 21 May', 'date'),
        N('62 per cent', 'percentage'),
        N('five schools', 'count-objects'),
        N('9,800 people', 'count-people'),
        N('40 per cent', 'percentage'),
        N('19 operations', 'count-objects'),
        N('18 May', 'date'),
        N('18 of the 34 health facilities', 'count-objects'),
        N('1,200 hygiene kits', 'count-objects'),
        N('60,000 litres of water', 'quantity'),
        N('2025', 'year', nth=1),
        N('US$814 million', 'money'),
        N('14 per cent', 'percentage'),
        N('$3 million', 'money'),
    ])

# jj06: insurgent raids on villages in Ancuabe district, Cabo Delgado, Mozambique (dpa style, one sentence
# a paragraph)
A['jj06.txt'] = dict(
    casualty=[
        C('killed at least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('beheading several of them', 'killed', None, 'vague', 'civilians', sub='tot'),
        C('six or seven boys', 'detained', None, 'range', 'children', low=6, high=7),
        C('the death toll at 14 people', 'killed', 14, 'exact', 'people', id='aim', tags='contradicted'),
        C('three women', 'killed', 3, 'exact', 'women', sub='aim'),
        C('killed four insurgents', 'killed', 4, 'exact', 'fighters'),
        C('killed "20 Christians"', 'killed', 20, 'exact', 'people', tags='contradicted'),
        C('the bodies of five people', 'killed', 5, 'exact', 'people'),
        C('Up to 2,300 people have fled', 'displaced', 2300, 'at-most', 'people'),
        C('two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('displaced about 1.3 million', 'displaced', 1300000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('district administrator Carlos Mussa', 'official', form='title-name'),
        S('Mussa', 'official', nth=1, form='name'),
        S('The state news agency AIM', 'media'),
        S('police', 'official', nth=0),
        S('Police', 'official'),
        S('The Islamic State group', 'military'),
        S('A priest in Ancuabe, Father Eduardo Nhantumbo', 'other', form='title-name'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('IOM spokeswoman Ana Tembe', 'ngo', form='title-name'),
        S('Tembe', 'ngo', nth=1, form='name'),
        S('the Portuguese news agency Lusa', 'media'),
        S('Rwanda', 'official'),
        S('The government in Maputo', 'official'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('about 60 kilometres', 'distance'),
        N('aged between 12 and 16', 'age'),
        N('two AK-47 rifles', 'count-objects'),
        N('more than 100 homes', 'count-objects'),
        N('two days', 'duration'),
        N('four or five children', 'count-people'),
        N('about 4,000 soldiers and police officers', 'count-people'),
        N('2021', 'year', nth=0),
        N('October 2017', 'date'),
        N('$20 billion', 'money'),
        N('2021', 'year', nth=1),
    ])

# jj07: gunmen attack three communities in Ohaukwu, Ebonyi state, Nigeria (a Nigerian daily's own
# correspondent)
A['jj07.txt'] = dict(
    casualty=[
        C('23 killed', 'killed', 23, 'exact', 'people'),
        C('At least 23 people', 'killed', 23, 'at-least', 'people', id='tot', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('the number of the dead at 17', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('eight persons sustained gunshot injuries', 'injured', 8, 'exact', 'people'),
        C('two suspects had been arrested', 'detained', 2, 'exact', 'people'),
        C('14 injured victims', 'injured', 14, 'exact', 'people', id='h', tags='contradicted'),
        C('three of whom died on arrival', 'killed', 3, 'exact', 'people', sub='h'),
        C('a number of others', 'injured', None, 'vague', 'people', sub='h'),
        C('two brothers-in-law were among those killed', 'killed', 2, 'exact', 'men', sub='tot'),
        C('‘hundreds’ of residents had fled', 'displaced', None, 'vague', 'civilians'),
        C('about 1,800 displaced persons', 'displaced', 1800, 'approx', 'people'),
        C('at least six people missing', 'missing', 6, 'at-least', 'people'),
        C('at least 160 people had been killed', 'killed', 160, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('Police spokesperson in the state, DSP Joshua Ukandu', 'official', form='title-name'),
        S('the Chief Medical Director of AE-FUTHA, Prof. Uchenna Nwafor', 'official', form='title-name'),
        S('A resident of Amuzu, Mrs Ngozi Alo', 'witness', form='name'),
        S('Another villager', 'witness'),
        S('The State Emergency Management Agency (SEMA)', 'official'),
        S('The Nigerian Red Cross Society', 'ngo'),
        S('Amnesty International', 'ngo'),
        S('Community leaders', 'other'),
        S('the police', 'official'),
    ],
    numbers=[
        N('three communities', 'count-objects', nth=0),
        N('more than 50', 'count-people'),
        N('about 2am', 'time'),
        N('15 live cartridges', 'count-objects'),
        N('45', 'age'),
        N('more than 40 houses', 'count-objects'),
        N('two camps', 'count-objects'),
        N('three communities', 'count-objects', nth=1),
        N('₦20 million', 'money'),
        N('about 90,000 people', 'population'),
        N('2021', 'year'),
        N('the two communities', 'count-objects'),
        N('four years', 'duration'),
        N('three panels of inquiry', 'count-objects'),
    ])

# jj08: a military operation and an attack on a police post in Orakzai district, Pakistan (state media,
# APP style)
A['jj08.txt'] = dict(
    casualty=[
        C('killed 19 terrorists', 'killed', 19, 'exact', 'fighters'),
        C('eleven soldiers', 'killed', 11, 'exact', 'soldiers', id='s'),
        C('two officers', 'killed', 2, 'exact', 'soldiers', sub='s'),
        C('19 khwarij were sent to hell', 'killed', 19, 'exact', 'fighters', tags='repeat'),
        C('five others were injured', 'injured', 5, 'exact', 'fighters'),
        C('the 11 brave sons of the soil', 'killed', 11, 'exact', 'soldiers', tags='repeat'),
        C('two policemen were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('arrested six suspected facilitators', 'detained', 6, 'exact', 'people'),
        C('upwards of 270 khwarij have been sent to hell', 'killed', 270, 'at-least', 'fighters'),
        C('some 85 apprehended', 'detained', 85, 'approx', 'fighters'),
        C('around 1,500 families', 'displaced', 1500, 'approx', 'people'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S("the military's media wing", 'military'),
        S('the statement', 'military'),
        S('the ISPR', 'military', nth=1),
        S('The Prime Minister', 'official'),
        S('District Police Officer Orakzai Nisar Ahmad', 'official', form='title-name'),
        S('ISPR figures', 'military', form='document'),
        S('The district administration', 'official'),
        S('Radio Pakistan', 'media'),
    ],
    numbers=[
        N('Oct 9', 'date'),
        N('October 7/8', 'date'),
        N('39', 'age'),
        N('33', 'age'),
        N('four hand grenades', 'count-objects'),
        N('more than 2,000 intelligence-based operations', 'count-objects'),
        N('Rs25,000', 'money'),
        N('one of the seven tribal districts', 'count-objects'),
        N('2018', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
