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

# ---------------------------------------------------------------- labels (blind set 102: hr01-hr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / lay dead / executed / neutralised / buried / lost … of their own / victims of homicide',
     r'\bshot dead\b|\blay dead\b|\bexecuted\b|\bneutralised\b|\bburied\b|\blost\b|\bvictims\b|\bclaimed\b'),
    ('captured / in custody', r'\bcaptured\b|\bcustody\b'),
    ('left / abandoned / crossed / uprooted / arrived / reached / sheltering / refugees',
     r'\bleft\b|\babandoned\b|\bcrossed\b|\buprooted\b|\barrived\b|\breached\b|\bsheltering\b|\brefugees\b'),
    ('not been seen since / still missing', r'\bnot been seen\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('officers/servicemen/Volunteers (VDP)', r'\b(?:officers|servicemen|Volunteers)\b'),
    ('gunmen/suspects', r'\b(?:gunmen|suspects)\b'),
    ('passengers/plantation workers/patients/refugees/families/teenagers/Sudanese',
     r'\b(?:passengers|workers|patients|refugees|families|teenagers|Sudanese)\b'),
]

# hr01: Russian missile and drone strike on Mezhova, Dnipropetrovsk region, Ukraine (Reuters style)
A['hr01.txt'] = dict(
    casualty=[
        C('killed nine people', 'killed', 9, 'exact', 'people', id='tot'),
        C('wounded 23 others', 'injured', 23, 'exact', 'people', id='inj'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='inj'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('more than 1,300 residents had left', 'displaced', 1300, 'at-least', 'civilians'),
        C('injuring three passengers', 'injured', 3, 'exact', 'civilians'),
        C('at least 209 civilians were killed', 'killed', 209, 'at-least', 'civilians'),
        C('nearly 1,000 were injured', 'injured', 1000, 'at-most', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Regional Governor Serhiy Lysak', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('The service', 'official'),
        S('Olha Marchenko', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('Kyiv', 'official'),
        S("Ukraine's air force", 'military'),
        S('The district administration', 'official'),
        S('police', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('May 14', 'date'),
        N('one of the deadliest strikes', 'other'),
        N('aged 8 and 13', 'age'),
        N('four-story', 'other'),
        N('1 a.m.', 'time'),
        N('14 people', 'count-people'),
        N('61', 'age'),
        N('four ballistic missiles', 'count-objects'),
        N('62 Shahed-type drones', 'count-objects'),
        N('51 of the drones', 'count-objects'),
        N('about 7,000 people', 'population'),
        N('some 110 km', 'distance'),
        N('68 miles', 'distance'),
        N('12 villages', 'count-objects'),
        N('about 300 more', 'count-people'),
        N('11 months', 'duration'),
    ])

# hr02: attack on Abu Gamra, North Darfur, Sudan (UN OCHA flash update)
A['hr02.txt'] = dict(
    casualty=[
        C('At least 46 civilians', 'killed', 46, 'at-least', 'civilians', id='hl'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='hl'),
        C('An estimated 21,400 people have been displaced', 'displaced', 21400, 'approx', 'people'),
        C('at least 46 civilians were killed', 'killed', 46, 'at-least', 'civilians', id='ov', tags='repeat'),
        C('more than 70 injured', 'injured', 70, 'at-least', 'civilians'),
        C('12 children', 'killed', 12, 'exact', 'children', nth=1, sub='ov', tags='repeat'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='ov'),
        C('the number of dead could reach 60', 'killed', 60, 'exact', 'civilians', tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('killing dozens of them', 'killed', None, 'vague', 'fighters'),
        C('21,400 people have fled', 'displaced', 21400, 'exact', 'people', id='dtm', tags='repeat'),
        C('approximately 13,000 people', 'displaced', 13000, 'approx', 'people', sub='dtm'),
        C('some 5,600', 'displaced', 5600, 'approx', 'people', sub='dtm'),
        C('2,800 people crossed into Chad', 'displaced', 2800, 'exact', 'people', sub='dtm'),
        C('38 wounded patients', 'injured', 38, 'exact', 'people', id='hosp'),
        C('of whom 5 died', 'killed', 5, 'exact', 'people', sub='hosp'),
        C('Two health workers were among those killed', 'killed', 2, 'exact', 'other', sub='ov'),
    ],
    sources=[
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Local authorities', 'official'),
        S('Community leaders', 'other'),
        S('The Sudanese Armed Forces (SAF)', 'military'),
        S('The RSF', 'military'),
        S('IOM DTM field teams', 'ngo'),
        S('UNHCR', 'ngo'),
        S('the State Ministry of Health', 'official'),
        S('WHO', 'ngo'),
        S('WFP', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('21 August 2025', 'date'),
        N('between 16 and 18 August', 'date'),
        N('US$8.7 million', 'money'),
        N('60,000 people', 'count-people'),
        N('three months', 'duration'),
        N('about 90 km', 'distance'),
        N('16 August', 'date'),
        N('some 30 pickup trucks', 'count-objects'),
        N('three days', 'duration'),
        N('16 August', 'date', nth=1),
        N('11 schools', 'count-objects'),
        N('an estimated 78 per cent', 'percentage'),
        N('between 16 and 19 August', 'date'),
        N('four attacks', 'count-objects'),
        N('1 August', 'date'),
        N('9,500 people', 'count-people'),
        N('an estimated 15,000 people', 'count-people'),
        N('20 August', 'date'),
        N('2025', 'year', nth=1),
        N('23 per cent', 'percentage'),
        N('$1.02 billion', 'money'),
        N('$4.2 billion', 'money'),
        N('24 August', 'date'),
    ])

# hr03: cross-border shelling and fighting in Tina on the Chad-Sudan border (AFP style)
A['hr03.txt'] = dict(
    casualty=[
        C('killing four people', 'killed', 4, 'exact', 'people', id='tot'),
        C('wounding at least 15', 'injured', 15, 'at-least', 'people'),
        C('thousands of Sudanese fled', 'displaced', None, 'vague', 'people'),
        C('upwards of 12,000 refugees', 'displaced', 12000, 'at-least', 'people'),
        C('Two of the dead are women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('at least 60 people had been killed', 'killed', 60, 'at-least', 'people'),
        C('some 200 had been wounded', 'injured', 200, 'approx', 'people'),
        C('the toll at 73 dead', 'killed', 73, 'exact', 'people', id='dma', tags='contradicted'),
        C('19 children', 'killed', 19, 'exact', 'children', sub='dma'),
        C('executed between 10 and 15 men', 'killed', None, 'range', 'men', low=10, high=15),
        C('captured 37 of their fighters', 'detained', 37, 'exact', 'fighters'),
        C('killed more than 100 RSF fighters', 'killed', 100, 'at-least', 'fighters'),
        C('lost 12 of their own', 'killed', 12, 'exact', 'fighters'),
        C('treated 41 wounded patients', 'injured', 41, 'exact', 'people', id='msf'),
        C('nine of whom', 'injured', 9, 'exact', 'people', sub='msf'),
        C('more than 1.2 million Sudanese refugees', 'displaced', 1200000, 'at-least', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted some 12 million', 'displaced', 12000000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a humanitarian source', 'anonymous'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('the prefect of Tina, Mahamat Abakar Hissein', 'official', form='title-name'),
        S('Chad’s government spokesman, Abderaman Koulamallah', 'official', form='title-name'),
        S('a humanitarian worker in Tina', 'anonymous'),
        S('The worker', 'anonymous'),
        S('The Darfur Medical Association', 'ngo'),
        S('The RSF', 'military'),
        S('The Joint Forces', 'military'),
        S('Zenaba Idriss', 'witness', form='name'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('UNHCR', 'ngo', nth=1),
    ],
    numbers=[
        N('split in two', 'other'),
        N('a child of nine', 'age'),
        N('1,400-kilometre', 'distance'),
        N('23 people', 'count-people'),
        N('34-year-old', 'age'),
        N('about 2 km', 'distance'),
        N('130 kilometres', 'distance'),
        N('April 2023', 'date'),
    ])

# hr04: jihadist attack on an army detachment in Batié, Noumbiel province, Burkina Faso
# (dpa style, one sentence a paragraph)
A['hr04.txt'] = dict(
    casualty=[
        C('killed at least 27 soldiers', 'killed', 27, 'at-least', 'soldiers', id='tot'),
        C('19 soldiers', 'killed', 19, 'exact', 'soldiers', sub='tot'),
        C('eight Volunteers for the Defence of the Homeland', 'killed', 8, 'exact', 'soldiers', sub='tot'),
        C('Another 31 were wounded', 'injured', 31, 'exact', 'soldiers'),
        C('as many as 10 were still missing', 'missing', 10, 'at-most', 'soldiers'),
        C('more than 80 terrorists had been "neutralised"', 'killed', 80, 'at-least', 'fighters'),
        C('killed 54 soldiers', 'killed', 54, 'exact', 'soldiers', tags='contradicted'),
        C('14 bodies of civilians', 'killed', 14, 'exact', 'civilians'),
        C('1,500-2,000 people had fled', 'displaced', None, 'range', 'people', low=1500, high=2000),
        C('six civilians were killed', 'killed', 6, 'exact', 'civilians'),
        C('more than 9,000 people were killed', 'killed', 9000, 'at-least', 'people'),
        C('More than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S('the source', 'anonymous'),
        S("The army's general staff", 'military'),
        S('state broadcaster RTB', 'media'),
        S('The statement', 'military', form='document'),
        S("The al-Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", 'military'),
        S('A resident of Batié', 'witness', form='role'),
        S('The resident', 'witness', form='role'),
        S("the regional governor's office", 'official'),
        S('The Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('the latest government figures', 'official', form='document'),
    ],
    numbers=[
        N('around 5 am', 'time'),
        N('several hours', 'duration'),
        N('one', 'other'),
        N('six armoured vehicles', 'count-objects'),
        N('some 90 kilometres', 'distance'),
        N('September 2022', 'date'),
        N('2024', 'year'),
        N('March 2023', 'date'),
    ])

# hr05: cartel ambush on state police near Buenavista, Michoacán, Mexico (AP style)
A['hr05.txt'] = dict(
    casualty=[
        C('killing eight officers', 'killed', 8, 'exact', 'soldiers', id='tot'),
        C('wounding five', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('Two of the wounded officers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('killed 11 suspected cartel gunmen', 'killed', 11, 'exact', 'fighters'),
        C('detained four others', 'detained', 4, 'exact', 'fighters'),
        C('one of the wounded had died', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the number of police officers killed to nine', 'killed', 9, 'exact', 'soldiers', tags='update'),
        C('roughly 150 families had abandoned', 'displaced', 150, 'approx', 'people'),
        C('1,067 people were victims of intentional homicide', 'killed', 1067, 'exact', 'people'),
    ],
    sources=[
        S('state authorities', 'official'),
        S('Michoacán Public Security Secretary José Antonio Bedolla', 'official', form='title-name'),
        S('Bedolla', 'official', nth=1, form='name'),
        S("the state prosecutor's office", 'official'),
        S("the prosecutor's office", 'official'),
        S('Residents of Buenavista', 'witness'),
        S('a shopkeeper', 'anonymous'),
        S('A local priest', 'anonymous'),
        S("the government's national public security system", 'official'),
        S("Mexico's federal Security Cabinet", 'official'),
    ],
    numbers=[
        N('.50-caliber', 'other'),
        N('about 15 miles', 'distance'),
        N('25 kilometers', 'distance'),
        N('14 rifles', 'count-objects'),
        N('more than 3,000 rounds of ammunition', 'count-objects'),
        N('nearly two hours', 'duration'),
        N('millions of dollars', 'money'),
        N('51', 'age'),
        N('nine months', 'duration'),
        N('12%', 'percentage'),
        N('500 more National Guard troops', 'count-people'),
    ])

# hr06: billiards-hall massacre and mass arrests in Quevedo, Los Ríos, Ecuador (NGO statement)
A['hr06.txt'] = dict(
    casualty=[
        C('at least 12 people were shot dead', 'killed', 12, 'at-least', 'people', id='tot'),
        C('Nine others were injured', 'injured', 9, 'exact', 'people'),
        C('two plantation workers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('214 people had been arrested', 'detained', 214, 'exact', 'people', id='arr'),
        C('at least 37 of those detained', 'detained', 37, 'at-least', 'people', sub='arr'),
        C('Two men died in police custody', 'killed', 2, 'exact', 'men'),
        C('Three other men', 'missing', 3, 'exact', 'men'),
        C('781 violent deaths', 'killed', 781, 'exact', 'people'),
        C('the 214 people detained', 'detained', 214, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the Los Ríos police command', 'official'),
        S('The National Police', 'official'),
        S('Relatives', 'witness'),
        S('the Interior Ministry', 'official'),
        S('CDH Litoral', 'ngo', nth=2),
        S('the National Service for Comprehensive Care for Persons Deprived of Liberty (SNAI)', 'official'),
        S('their relatives', 'witness'),
        S("The Ombudsman's Office", 'official'),
        S('police data', 'official', form='document'),
        S('María Fernanda Cedeño', 'ngo', form='name'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('8 March', 'date'),
        N('some 15 gunmen', 'count-people'),
        N('10 p.m.', 'time'),
        N('14-year-old', 'age'),
        N('9 March', 'date'),
        N('aged 19 and 22', 'age'),
        N('72 hours', 'duration'),
        N('60-day', 'duration'),
        N('1,200 soldiers and police officers', 'count-people'),
        N('some 200,000 people', 'population'),
        N('10 March', 'date'),
        N('more than 48 hours', 'duration'),
        N('9 March', 'date', nth=1),
        N('58 complaints', 'count-objects'),
        N('2024', 'year'),
        N('about 80 per 100,000 inhabitants', 'other'),
        N('Every one', 'other'),
    ])

# hr07: gunmen attack a drug rehabilitation centre in Silao, Guanajuato, Mexico (own correspondent)
A['hr07.txt'] = dict(
    casualty=[
        C('14 men lay dead', 'killed', 14, 'exact', 'men'),
        C('Three more died', 'killed', 3, 'exact', 'men'),
        C('the toll to 17', 'killed', 17, 'exact', 'men', id='upd', tags='update'),
        C('another nine', 'injured', 9, 'exact', 'men'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='upd'),
        C('19 people had been killed', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('2,982 homicide victims', 'killed', 2982, 'exact', 'people'),
        C('claimed more than 90 lives', 'killed', 90, 'at-least', 'people'),
    ],
    sources=[
        S('the Guanajuato state attorney general’s office', 'official'),
        S('A local news site, Silao Hoy', 'media'),
        S('paramedics at the scene', 'anonymous'),
        S('The state prosecutor, Marisol Ugalde', 'official', form='title-name'),
        S('Teresa Aguilar', 'witness', form='name'),
        S('A neighbour, Arturo Pérez', 'witness', form='name'),
        S('Residents', 'witness'),
        S('Ugalde', 'official', nth=1, form='name'),
        S('Official figures', 'official', form='document'),
        S('local media', 'media'),
        S('those who work with addicts', 'other', form='collective'),
        S('a counsellor at another clinic in Silao', 'anonymous'),
        S('The federal government', 'official'),
    ],
    numbers=[
        N('just after 9pm', 'time'),
        N('three vans', 'count-objects'),
        N('58', 'age'),
        N('more than five years', 'duration'),
        N('62 shell casings', 'count-objects'),
        N('at least two calibres', 'count-objects'),
        N('four months', 'duration'),
        N('49', 'age'),
        N('20 kilometres', 'distance'),
        N('more than a dozen shots', 'count-objects'),
        N('one after the other', 'other'),
        N('several patients', 'count-people'),
        N('16-year-old', 'age'),
        N('six years running', 'duration'),
        N('about 10 per cent', 'percentage'),
        N('at least 11 attacks on rehabilitation centres', 'count-objects'),
        N('2019', 'year'),
        N('300 National Guard officers', 'count-people'),
        N('210,000 people', 'population'),
        N('hundreds of small suppliers', 'count-objects'),
    ])

# hr08: clashes between communities over fishing ponds in Kungu territory, Sud-Ubangi, DR Congo
# (broadcaster's website)
A['hr08.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 32 people have been killed', 'killed', 32, 'at-least', 'people', id='tot'),
        C('19 of the dead', 'killed', 19, 'exact', 'people', sub='tot'),
        C('buried 11 people', 'killed', 11, 'exact', 'people'),
        C('57 wounded people', 'injured', 57, 'exact', 'people', id='inj'),
        C('14 of them with gunshot wounds', 'injured', 14, 'exact', 'people', sub='inj'),
        C('Eight of the patients have since died', 'killed', 8, 'exact', 'people', sub='inj'),
        C('arrested 23 people', 'detained', 23, 'exact', 'people', id='arr'),
        C('four women', 'detained', 4, 'exact', 'women', sub='arr'),
        C('about 6,500 people had crossed', 'displaced', 6500, 'approx', 'people'),
        C('thousands more', 'displaced', None, 'vague', 'people'),
        C('the number of dead much higher, at "more than 70"', 'killed', 70, 'at-least', 'people',
          tags='contradicted'),
        C('left around 100 people dead', 'killed', 100, 'approx', 'people'),
        C('forced tens of thousands to flee', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the territory administrator, Jean-Pierre Mbokolo', 'official', form='title-name'),
        S('a community leader in Bokonzi', 'anonymous'),
        S('The provincial health division', 'official'),
        S('Police', 'official'),
        S('Police spokesman Colonel Fidèle Ngoy', 'official', form='title-name'),
        S('residents', 'witness'),
        S('UNHCR, the UN refugee agency', 'ngo'),
        S('The Kungu civil society coordination', 'other'),
        S('Our correspondent in Kinshasa', 'media'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('two communities', 'count-objects'),
        N('more than 200 homes', 'count-objects'),
        N('one grave', 'count-objects'),
        N('150 additional officers', 'count-people'),
        N('at least four more villages', 'count-objects'),
        N('two days late', 'duration'),
        N('three ministers', 'count-people'),
        N('2009', 'year'),
        N("one of the country's 26 provinces", 'count-objects'),
        N('about 3.4 million inhabitants', 'population'),
        N('M23', 'other'),
        N('more than 1,500 km', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
