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

# ---------------------------------------------------------------- labels (fiftieth blind set: ll01-ll08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / buried / collected … bodies / succumbed / lost … fighters',
     r'\bneutrali[sz]ed\b|\bburied\b|\bcollected\b|\bsuccumbed\b|\blost\b'),
    ('rounded up / in custody / locking up / captured / abducted',
     r'\brounded up\b|\bin custody\b|\bLocking up\b|\bcaptured\b|\babducted\b'),
    ('left / abandon their homes / internally displaced / fled across',
     r'\bleft\b|\babandon\b|\binternally displaced\b'),
    ('treated … injured / civilian deaths / the killing of',
     r'\btreated\b|\bcivilian deaths\b|\bthe killing of\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('jawans/security personnel/peacekeepers/servicemen/assailants/Maoists/terrorists',
     r'\b(?:jawans|security personnel|peacekeepers|servicemen|assailants|Maoists|terrorists)\b'),
    ('families/minors/teenagers/looters/persons/Hondurans/refugees/workers',
     r'\b(?:families|minors|teenagers|looters|persons|Hondurans|refugees|workers)\b'),
]

# ll01: a jihadist attack on a military camp and a market in Léré, Timbuktu region, Mali (AFP style)
A['ll01.txt'] = dict(
    casualty=[
        C('killing at least 34 people', 'killed', 34, 'at-least', 'people', id='tot'),
        C('23 soldiers', 'killed', 23, 'exact', 'soldiers', sub='tot'),
        C('Twenty-three of our soldiers were killed', 'killed', 23, 'exact', 'soldiers', tags='repeat'),
        C('17 were wounded', 'injured', 17, 'exact', 'soldiers'),
        C('buried 11 civilians', 'killed', 11, 'exact', 'civilians', id='civ', sub='tot'),
        C('two of them children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('neutralised more than 40 terrorists', 'killed', 40, 'at-least', 'fighters'),
        C('nine dead', 'killed', 9, 'exact', 'soldiers', tags='contradicted'),
        C('14 wounded', 'injured', 14, 'exact', 'soldiers', tags='contradicted'),
        C('killed “dozens of soldiers”', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('Two more soldiers died', 'killed', 2, 'exact', 'soldiers'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('more than 2,600 people had fled', 'displaced', 2600, 'at-least', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('forced more than 350,000 from their homes', 'displaced', 350000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a security source in the region', 'anonymous'),
        S('the source', 'anonymous'),
        S('An elected official in Léré', 'anonymous'),
        S('Mali’s army', 'military'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('a health worker at the regional hospital', 'anonymous'),
        S('Residents', 'witness'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('5.30am', 'time'),
        N('dozens of fighters', 'count-people'),
        N('three sides', 'count-objects'),
        N('several hundred herders and traders', 'count-people'),
        N('nearly four hours', 'duration'),
        N('four armoured vehicles', 'count-objects'),
        N('about 250 kilometres', 'distance'),
        N('2020', 'year'),
        N('2012', 'year'),
    ])

# ll02: armed attack on Bangassou, Mbomou, Central African Republic (UN OCHA flash update)
A['ll02.txt'] = dict(
    casualty=[
        C('At least 19 civilians have been killed', 'killed', 19, 'at-least', 'civilians', id='tot'),
        C('46 injured', 'injured', 46, 'exact', 'civilians', id='inj'),
        C('An estimated 7,400 people have fled', 'displaced', 7400, 'approx', 'people', id='idp'),
        C('about 1,200 others have fled', 'displaced', 1200, 'approx', 'people'),
        C('19 civilians', 'killed', 19, 'exact', 'civilians', nth=1, id='tot2', tags='repeat'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='tot2'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot2'),
        C('46 wounded', 'injured', 46, 'exact', 'civilians', id='inj2', tags='repeat'),
        C('12 of whom', 'injured', 12, 'exact', 'civilians', sub='inj2'),
        C('two of its peacekeepers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('five wounded', 'injured', 5, 'exact', 'soldiers'),
        C('killed "at least 15 assailants"', 'killed', 15, 'at-least', 'fighters'),
        C('lost only three fighters', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('the number of dead at 27', 'killed', 27, 'exact', 'people', tags='contradicted'),
        C('at least 30 people', 'detained', 30, 'at-least', 'people'),
        C('some 7,400 internally displaced persons', 'displaced', 7400, 'approx', 'people', id='idp2',
          tags='repeat'),
        C('about 4,100', 'displaced', 4100, 'approx', 'people', sub='idp2'),
        C('2,200', 'displaced', 2200, 'exact', 'people', sub='idp2'),
        C('1,236 refugees who fled', 'displaced', 1236, 'exact', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the prefect of Mbomou', 'official', form='role'),
        S('The Bangassou regional hospital', 'official'),
        S('MINUSCA', 'military', nth=1),
        S('The armed group', 'military'),
        S('Local civil society organisations', 'other'),
        S('Partners', 'ngo'),
        S('UNHCR', 'ngo'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 October 2024', 'date'),
        N('9 October', 'date'),
        N('three sites', 'count-objects'),
        N('Two NGO compounds', 'count-objects'),
        N('one humanitarian vehicle', 'count-objects'),
        N('11 October', 'date'),
        N('2024', 'year', nth=1),
        N('US$191.2 million', 'money'),
        N('41 per cent', 'percentage'),
        N('9 October', 'date', nth=1),
        N('4 a.m.', 'time'),
        N('about six hours', 'duration'),
        N('three sites', 'count-objects', nth=1),
        N('12 October', 'date'),
        N('some 150,000 people', 'population'),
        N('38 operations', 'count-objects'),
        N('72 hours', 'duration'),
        N('11 October', 'date', nth=1),
        N('14 cases', 'count-objects'),
        N('at least nine children', 'count-people'),
        N('23 humanitarian staff', 'count-people'),
    ])

# ll03: deadly unrest after a governor's election in Mbandaka, Équateur, DR Congo (dpa style,
# one sentence a paragraph)
A['ll03.txt'] = dict(
    casualty=[
        C('At least 16 people have been killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('16 dead', 'killed', 16, 'exact', 'people', id='tot2', tags='repeat'),
        C('three police officers', 'killed', 3, 'exact', 'soldiers', sub='tot2'),
        C('41 people had been wounded', 'injured', 41, 'exact', 'people', id='inj'),
        C('9 of them seriously', 'injured', 9, 'exact', 'people', sub='inj'),
        C('arrested 57 suspected looters', 'detained', 57, 'exact', 'people'),
        C('treated 63 injured people', 'injured', 63, 'exact', 'people', tags='contradicted'),
        C('the death toll at 23', 'killed', 23, 'exact', 'people', id='cs', tags='contradicted'),
        C('at least 11 of the victims', 'killed', 11, 'at-least', 'people', sub='cs'),
        C('about 200 people', 'detained', 200, 'approx', 'people', id='det'),
        C('dozens of minors', 'detained', None, 'vague', 'children', sub='det'),
        C('34 people were in custody', 'detained', 34, 'exact', 'people', tags='contradicted'),
        C('collected nine bodies', 'killed', 9, 'exact', 'people'),
        C('Several hundred families', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('provincial authorities', 'official'),
        S('the opposition', 'other'),
        S('the provincial interior minister, Jean-Pierre Bokele', 'official', form='title-name'),
        S('Bokele', 'official', nth=1, form='name'),
        S('The director of Mbandaka general hospital, Dr Cécile Mputu', 'official', form='title-name'),
        S('A coalition of civil society groups in Équateur', 'other'),
        S("The coalition's coordinator, Patrice Lokwa", 'other', form='title-name'),
        S('Lokwa', 'other', nth=1, form='name'),
        S('The police spokesman in Mbandaka, Colonel Didier Engulu', 'official', form='title-name'),
        S('The Red Cross', 'ngo'),
        S('the Red Cross', 'ngo'),
        S('The interior ministry in Kinshasa', 'official'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('about 150 police reinforcements', 'count-people'),
        N('two planes', 'count-objects'),
        N('roughly 3,000 civil servants', 'count-people'),
        N('five months', 'duration'),
        N('about 1.2 million people', 'population'),
        N('some 600 kilometres', 'distance'),
    ])

# ll04: Turkish drone strikes on Kobani, northern Syria (Reuters style)
A['ll04.txt'] = dict(
    casualty=[
        C('killed 12 people', 'killed', 12, 'exact', 'people', id='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('killing a family of five', 'killed', 5, 'exact', 'people'),
        C('31 people were wounded', 'injured', 31, 'exact', 'people', id='inj'),
        C('11 of them seriously', 'injured', 11, 'exact', 'people', sub='inj'),
        C('"neutralized" 19 militants', 'killed', 19, 'exact', 'fighters'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three were wounded', 'injured', 3, 'exact', 'soldiers'),
        C("the toll from Monday's strikes at 15", 'killed', 15, 'exact', 'people', id='so', tags='contradicted'),
        C('nine civilians', 'killed', 9, 'exact', 'civilians', sub='so'),
        C('six SDF fighters', 'killed', 6, 'exact', 'fighters', sub='so'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('about 600 families had left', 'displaced', 600, 'approx', 'people'),
        C('some 4,000 people already displaced', 'displaced', 4000, 'approx', 'people'),
        C('lost more than 50 fighters', 'killed', 50, 'at-least', 'fighters'),
        C('captured 14 SNA fighters', 'detained', 14, 'exact', 'fighters'),
    ],
    sources=[
        S('the Kurdish-led Syrian Democratic Forces (SDF)', 'military'),
        S('The SDF', 'military'),
        S('The Kurdish Red Crescent', 'ngo'),
        S("Turkey's defense ministry", 'military'),
        S('The Britain-based Syrian Observatory for Human Rights', 'ngo'),
        S('Hevin Ahmed', 'witness', form='name'),
        S("Kobani's local administration", 'official'),
        S('An SDF commander', 'anonymous'),
    ],
    numbers=[
        N('one strike', 'count-objects'),
        N('two villages', 'count-objects'),
        N('48 hours', 'duration'),
        N('34', 'age'),
        N('about 45 km', 'distance'),
        N('28 miles', 'distance'),
        N('two weeks', 'duration'),
        N('about 900 troops', 'count-people'),
        N('2019', 'year'),
        N('an estimated 200,000 people', 'population'),
        N('more than four months', 'duration'),
        N('2014', 'year'),
        N('2015', 'year'),
    ])

# ll05: a Russian missile strike on Mykolaiv, Ukraine (a broadcaster's website, with a headline)
A['ll05.txt'] = dict(
    casualty=[
        C('kills nine', 'killed', 9, 'exact', 'people', id='head'),
        C('killed nine people', 'killed', 9, 'exact', 'people', tags='repeat'),
        C('injured at least 40', 'injured', 40, 'at-least', 'people', id='inj'),
        C('Six of the injured', 'injured', 6, 'exact', 'people', id='six', sub='inj'),
        C('two children', 'injured', 2, 'exact', 'children', sub='six'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two people died in hospital', 'killed', 2, 'exact', 'people'),
        C('two residents were still unaccounted for', 'missing', 2, 'exact', 'civilians'),
        C('“up to 60” servicemen had been killed', 'killed', 60, 'at-most', 'soldiers', tags='contradicted'),
        C('killed two workers', 'killed', 2, 'exact', 'other'),
        C('wounded five', 'injured', 5, 'exact', 'other'),
        C('more than 12,300 civilians have been killed', 'killed', 12300, 'at-least', 'civilians', id='un'),
        C('over 650 children', 'killed', 650, 'at-least', 'children', sub='un'),
    ],
    sources=[
        S('local officials', 'official'),
        S('The head of the regional military administration, Oleh Savchuk', 'official', form='title-name'),
        S('Mr Savchuk', 'official', form='name'),
        S('the city’s health department', 'official'),
        S('Mykolaiv’s mayor, Roman Hnatyuk', 'official', form='title-name'),
        S('Rescuers from the State Emergency Service', 'official'),
        S('Natalia', 'witness', form='name'),
        S('Russia’s defence ministry', 'military'),
        S('Ukraine’s southern defence forces', 'military'),
        S('Ukraine’s air force', 'military'),
        S('The UN human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('three missiles', 'count-objects'),
        N('07:00', 'time'),
        N('05:00 GMT', 'time'),
        N('One missile', 'count-objects'),
        N('12-year-old', 'age'),
        N('27 apartment buildings', 'count-objects'),
        N('14 people', 'count-people'),
        N('five-storey', 'other'),
        N('58', 'age'),
        N('48 missiles', 'count-objects'),
        N('112 drones', 'count-objects'),
        N('91 of them', 'count-objects'),
        N('about 470,000 residents', 'population'),
        N('February 2022', 'date'),
    ])

# ll06: a junta air strike on a village in Myebon township, Rakhine state, Myanmar (AP style)
A['ll06.txt'] = dict(
    casualty=[
        C('killing at least 28 civilians', 'killed', 28, 'at-least', 'civilians', id='tot'),
        C('10 children', 'killed', 10, 'exact', 'children', sub='tot'),
        C('recovered 26 bodies', 'killed', 26, 'exact', 'people', sub='tot'),
        C('two more people died', 'killed', 2, 'exact', 'people', sub='tot'),
        C('more than 40 people were wounded', 'injured', 40, 'at-least', 'people'),
        C('killed "around 30" fighters', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('at least 412 civilian deaths', 'killed', 412, 'at-least', 'civilians'),
        C('about 160 men detained', 'detained', 160, 'approx', 'men', id='det'),
        C('23 of them', 'detained', 23, 'exact', 'men', sub='det'),
        C('driven more than 500,000 people from their homes', 'displaced', 500000, 'at-least', 'people'),
        C('killed more than 6,200 civilians', 'killed', 6200, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Arakan Army', 'military'),
        S('a local rescue worker', 'anonymous'),
        S('Khaing Min Naing', 'military', form='name'),
        S('a rescue worker from Myebon', 'anonymous'),
        S('The military-controlled MRTV television', 'media'),
        S('The Arakan Human Rights Network', 'ngo'),
        S('the U.N. Office for the Coordination of Humanitarian Affairs', 'ngo'),
        S('the World Food Program', 'ngo'),
        S('a Thailand-based rights group', 'ngo'),
    ],
    numbers=[
        N('two 500-pound bombs', 'count-objects'),
        N('9 p.m.', 'time'),
        N('about three hours', 'duration'),
        N("14 of Rakhine's 17 townships", 'count-objects'),
        N('November 2023', 'date'),
        N('more than 2 million people', 'count-people'),
        N('roughly 80,000 people', 'population'),
        N('about 60 miles', 'distance'),
        N('95 kilometers', 'distance'),
        N('February 2021', 'date'),
    ])

# ll07: a Maoist IED blast and exchange of fire in Kandhamal, Odisha, India (an Indian newspaper's
# own correspondent, with a headline)
A['ll07.txt'] = dict(
    casualty=[
        C('Three jawans killed', 'killed', 3, 'exact', 'soldiers'),
        C('two hurt', 'injured', 2, 'exact', 'soldiers'),
        C('Three jawans', 'killed', 3, 'exact', 'soldiers', nth=1, id='lede', tags='repeat'),
        C('two others injured', 'injured', 2, 'exact', 'soldiers', tags='repeat'),
        C('Two jawans died on the spot', 'killed', 2, 'exact', 'soldiers', sub='lede'),
        C('one succumbed', 'killed', 1, 'exact', 'soldiers', sub='lede'),
        C('two Maoists', 'killed', 2, 'exact', 'fighters'),
        C('five to six more Maoists', 'injured', None, 'range', 'fighters', low=5, high=6),
        C('killed four villagers', 'killed', 4, 'exact', 'civilians'),
        C('detained 12 persons', 'detained', 12, 'exact', 'people'),
        C('11 security personnel', 'killed', 11, 'exact', 'soldiers'),
        C('23 Maoists have been killed', 'killed', 23, 'exact', 'fighters'),
        C('dozens of people were killed', 'killed', None, 'vague', 'people'),
        C('thousands were forced from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Kandhamal Superintendent of Police Suresh Chandra Pradhan', 'official', form='title-name'),
        S('the SP', 'official', form='role'),
        S('police', 'official', nth=0),
        S('Director General of Police Y K Mohanty', 'official', form='title-name'),
        S('the Bansadhara-Ghumusar-Nagabali division of the CPI (Maoist)', 'military'),
        S('Villagers of Sindhrimaha', 'witness'),
        S('A senior police officer', 'anonymous'),
        S('The Chief Minister’s Office', 'official'),
        S('police records', 'official', form='document'),
    ],
    numbers=[
        N('40-member team', 'count-people'),
        N('three-day', 'duration'),
        N('7.45 am', 'time'),
        N('about 18 km', 'distance'),
        N('several feet', 'distance'),
        N('28', 'age'),
        N('31', 'age'),
        N('Two country-made rifles', 'count-objects'),
        N('two companies of the CRPF', 'count-people'),
        N('Rs 20 lakh', 'money'),
        N('2021', 'year'),
        N('2015', 'year'),
        N('over 70 per cent', 'percentage'),
        N('about 7.3 lakh', 'population'),
        N('2008', 'year'),
    ])

# ll08: a rights group's statement on a pool-hall massacre and mass arrests in San Pedro Sula, Honduras
A['ll08.txt'] = dict(
    casualty=[
        C('the killing of 13 people', 'killed', 13, 'exact', 'people', id='tot'),
        C('killing 11 people', 'killed', 11, 'exact', 'people', sub='tot'),
        C('Two more victims died', 'killed', 2, 'exact', 'people', sub='tot'),
        C('three teenagers', 'killed', 3, 'exact', 'children', sub='tot'),
        C('detained at least 214 people', 'detained', 214, 'at-least', 'people', id='det'),
        C('37 of those detained', 'detained', 37, 'exact', 'people', sub='det'),
        C('at least 19 children', 'detained', 19, 'at-least', 'children', sub='det'),
        C('One man', 'killed', 1, 'exact', 'men'),
        C('forced at least 45 families to abandon their homes', 'displaced', 45, 'at-least', 'people'),
        C('some 247,000 Hondurans have been internally displaced', 'displaced', 247000, 'approx', 'people'),
        C('1,132 people were killed', 'killed', 1132, 'exact', 'people'),
        C('Locking up hundreds of young men', 'detained', None, 'vague', 'men'),
        C('the 13 victims', 'killed', 13, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Americas Rights Monitor', 'ngo'),
        S('the Public Ministry', 'official'),
        S('relatives', 'witness'),
        S('the mother of one of the victims', 'witness', form='role'),
        S('The National Police', 'official'),
        S('the Security Secretariat', 'official'),
        S('the Secretariat', 'official'),
        S('Witnesses', 'witness'),
        S('the children’s rights group Casa Refugio', 'ngo'),
        S('Police', 'official', nth=1),
        S('his family', 'witness'),
        S('the National Human Rights Commissioner (CONADEH)', 'official'),
        S('The ombudsman’s office', 'official'),
        S('the Violence Observatory of the National Autonomous University of Honduras', 'ngo'),
        S('Ana Lucía Ferreira', 'ngo', form='name'),
    ],
    numbers=[
        N('March 14, 2025', 'date'),
        N('9 p.m.', 'time'),
        N('March 8', 'date'),
        N('two days', 'duration'),
        N('aged 15 to 17', 'age'),
        N('19', 'age'),
        N('one', 'other'),
        N('two factions', 'count-objects'),
        N('Barrio 18', 'other'),
        N('December 2022', 'date'),
        N('26 relatives of detainees', 'count-people'),
        N('five people', 'count-people'),
        N('24', 'age'),
        N('March 10', 'date'),
        N('2024', 'year'),
        N('37 homicides per 100,000 inhabitants', 'other'),
        N('December 2022', 'date', nth=1),
        N('17 times', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
