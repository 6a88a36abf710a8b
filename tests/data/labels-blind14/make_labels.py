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

# ---------------------------------------------------------------- labels (fourteenth blind set: e01-e08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / martyred / liquidated / neutralised / eliminated / confirmed dead / succumbed',
     r'\bburied\b|\bmartyr|\bliquidated\b|\bneutralised\b|\beliminated\b|\bconfirmed dead\b|\bsuccumbed\b'),
    ('receiving treatment / treated / remained in the hospital / in critical condition',
     r'\btreatment\b|\btreated\b|\bhospital\b|\bcritical condition\b'),
    ('rounded up / in custody / held … hostage / abducted', r'\brounded up\b|\bcustody\b|\bhostage\b|\babducted\b'),
    ('crossed / arrived / had to leave their homes', r'\bcrossed\b|\barrived\b|\bleave their homes\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('persons/suspects/students/protesters/comrades/members/refugees/families/patients',
     r'\b(?:persons|suspects|students|protesters|comrades|members|refugees|families|patients)\b'),
    ('gunmen/attackers/rebels/takfiri elements', r'\b(?:gunmen|attackers|rebels|takfiri elements)\b'),
    ('police officers/officers/conscripts/members of the Armed Forces/security forces',
     r'\b(?:officers|conscripts|Armed Forces|security forces)\b'),
]

# e01: attacks on villages in Bokkos, Plateau state, Nigeria (a Nigerian newspaper's own correspondent)
A['e01.txt'] = dict(
    casualty=[
        C('toll at 78', 'killed', 78, 'exact', 'people'),
        C('78 people were killed', 'killed', 78, 'exact', 'people', id='tot', tags='repeat'),
        C('buried 64 of the victims', 'killed', 64, 'exact', 'people', sub='tot'),
        C('21 women', 'killed', 21, 'exact', 'women', sub='tot'),
        C('17 children', 'killed', 17, 'exact', 'children', sub='tot'),
        C('Forty-three persons are receiving treatment', 'injured', 43, 'exact', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('113 bodies had been recovered', 'killed', 113, 'exact', 'people', tags='contradicted'),
        C('about 20 people were still unaccounted for', 'missing', 20, 'approx', 'people'),
        C('buried 64 people', 'killed', 64, 'exact', 'people', tags='repeat'),
        C('lost five or six people', 'killed', None, 'range', 'people', low=5, high=6),
        C('36 persons were confirmed dead', 'killed', 36, 'exact', 'people'),
        C('seven suspects had been arrested', 'detained', 7, 'exact', 'people'),
        C('‘neutralised’ four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('11 abducted villagers', 'detained', 11, 'exact', 'civilians'),
        C('more than 2,400 people had fled', 'displaced', 2400, 'at-least', 'people'),
        C('more than 150 people were killed', 'killed', 150, 'at-least', 'people'),
        C('over 1,300 people had been killed', 'killed', 1300, 'at-least', 'people'),
    ],
    sources=[
        S('Plateau govt', 'official'),
        S('The Plateau State Government', 'official'),
        S('residents', 'witness', nth=1),
        S('the Commissioner for Information and Communication, Mr Dauda Pwajok', 'official', form='title-name'),
        S('Community leaders', 'other'),
        S('The President of the Bokkos Cultural Development Council, Da Samuel Manjang', 'other',
          form='title-name'),
        S('Manjang', 'other', nth=1, form='name'),
        S('The Police Public Relations Officer in the state, DSP Nanmwa Dakup', 'official', form='title-name'),
        S('The Commander of Operation Safe Haven, Maj-Gen Ibrahim Salihu', 'military', form='title-name'),
        S('The State Emergency Management Agency (SEMA)', 'official'),
        S('The state governor', 'official', form='role'),
        S('Amnesty International', 'ngo'),
    ],
    numbers=[
        N('at least 12 villages', 'count-objects'),
        N('numbered more than 100', 'count-people'),
        N('nine other communities', 'count-objects'),
        N('8pm', 'time'),
        N('one grave', 'count-objects'),
        N('one night', 'duration'),
        N('two churches', 'count-objects'),
        N('N500 million', 'money'),
        N('about 60 kilometres', 'distance'),
        N('December 2023', 'date'),
        N('two years', 'duration'),
    ])

# e02: coordinated attacks on a synagogue, churches and a police post in Derbent and Makhachkala,
# Dagestan (Reuters style)
A['e02.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('15 police officers had been killed', 'killed', 15, 'exact', 'soldiers', sub='tot'),
        C('two other civilians', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('Two officers', 'missing', 2, 'exact', 'soldiers'),
        C('"liquidated" five gunmen', 'killed', 5, 'exact', 'fighters'),
        C('46 people had been wounded', 'injured', 46, 'exact', 'people', id='inj'),
        C('13 of them police officers', 'injured', 13, 'exact', 'soldiers', sub='inj'),
        C('25 remained in the hospital', 'injured', 25, 'exact', 'people', id='hosp', sub='inj'),
        C('four in critical condition', 'injured', 4, 'exact', 'people', sub='hosp'),
        C('the death toll had risen to 22', 'killed', 22, 'exact', 'people', tags='update'),
        C('three wounded officers died', 'killed', 3, 'exact', 'soldiers'),
        C('six people', 'detained', 6, 'exact', 'people'),
        C('killed hundreds of police officers', 'killed', None, 'vague', 'soldiers'),
        C('killed 12 people', 'killed', 12, 'exact', 'people', id='kiz'),
        C('nine police officers', 'killed', 9, 'exact', 'soldiers', sub='kiz'),
    ],
    sources=[
        S('Russian officials', 'official'),
        S("Dagestan's regional head, Abdulla Gasanov", 'official', form='title-name'),
        S("Russia's National Anti-Terrorism Committee", 'official'),
        S('a local Orthodox official', 'anonymous'),
        S('the official', 'anonymous'),
        S('the Interior Ministry', 'official'),
        S('The regional health ministry', 'official'),
        S('Gasanov', 'official', nth=1, form='name'),
        S('The Investigative Committee', 'official'),
        S('Russian media', 'media'),
        S("Russia's Federation of Jewish Communities", 'other'),
        S('the local diocese', 'other'),
        S('The Kremlin', 'official'),
        S('President Vladimir Putin', 'official', form='title-name'),
    ],
    numbers=[
        N('Oct 13', 'date'),
        N('two Orthodox churches', 'count-objects'),
        N('at least two more', 'count-people'),
        N('66', 'age'),
        N('about 120 km', 'distance'),
        N('75 miles', 'distance'),
        N('three days', 'duration'),
        N('one of the gunmen', 'other'),
        N('two of the attackers', 'count-people'),
        N('About 10 people', 'count-people'),
        N('about 3.2 million people', 'population'),
        N('2000s', 'year'),
        N('2010', 'year'),
    ])

# e03: an ADF attack on a secondary school in Mpondwe, western Uganda (AP style)
A['e03.txt'] = dict(
    casualty=[
        C('killing at least 38 people', 'killed', 38, 'at-least', 'people', id='tot'),
        C('17 of the dead', 'killed', 17, 'exact', 'people', sub='tot'),
        C('Eight other people were wounded', 'injured', 8, 'exact', 'people', id='inj'),
        C('abducted six students', 'detained', 6, 'exact', 'people', id='abd'),
        C('Of those killed, 33 were students', 'killed', 33, 'exact', 'people', sub='tot'),
        C('five were local residents', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('more than 20 bodies', 'killed', 20, 'at-least', 'people'),
        C('the death toll had risen to 41', 'killed', 41, 'exact', 'people', tags='update'),
        C('three of the wounded succumbed', 'killed', 3, 'exact', 'people', sub='inj'),
        C('as many as 45 people may have died', 'killed', 45, 'at-most', 'people', tags='contradicted'),
        C('killed a number of the rebels', 'killed', None, 'vague', 'fighters'),
        C('two of the abducted students', 'detained', 2, 'exact', 'people', sub='abd'),
        C('the deaths of thousands of civilians', 'killed', None, 'vague', 'civilians'),
        C('killed 80 students', 'killed', 80, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('police spokesman Moses Kiwanuka', 'official', form='title-name'),
        S('Kiwanuka', 'official', nth=1, form='name'),
        S('Mpondwe town Mayor Joseph Baluku', 'official', form='title-name'),
        S('Education Minister Rose Nantongo', 'official', form='title-name'),
        S('Juma Masereka', 'witness', form='name'),
        S('the Uganda Red Cross Society', 'ngo'),
        S('A local member of parliament, Harriet Kabugho', 'official', form='title-name'),
        S("Uganda's military", 'military'),
        S('Military spokesman Brig. Gen. Edwin Tumusiime', 'military', form='title-name'),
        S('the mayor', 'official', form='role'),
    ],
    numbers=[
        N('52-year-old', 'age'),
        N('about 200 meters', 'distance'),
        N('650 feet', 'distance'),
        N('2 kilometers', 'distance'),
        N('1.2 miles', 'distance'),
        N('2021', 'year'),
        N('63 students', 'count-people'),
        N('1990s', 'year'),
        N('1998', 'year'),
    ])

# e04: a UN OCHA flash update on killings and displacement in El Geneina, West Darfur, Sudan
A['e04.txt'] = dict(
    casualty=[
        C('Between 800 and 1,300 civilians have reportedly been killed', 'killed', None, 'range', 'civilians',
          low=800, high=1300),
        C('An estimated 7,000 people have crossed', 'displaced', 7000, 'approx', 'people'),
        C('between 800 and 1,300 civilians had been killed', 'killed', None, 'range', 'civilians',
          low=800, high=1300, tags='repeat'),
        C('hundreds of bodies', 'killed', None, 'vague', 'people'),
        C('452 deaths', 'killed', 452, 'exact', 'people', id='dba', tags='contradicted'),
        C('63 children', 'killed', 63, 'exact', 'children', sub='dba'),
        C('killed "dozens" of SAF soldiers', 'killed', None, 'vague', 'soldiers'),
        C('rounded up at least 300 men and boys', 'detained', 300, 'at-least', 'men'),
        C('Some 120 people remain missing', 'missing', 120, 'approx', 'people'),
        C('an estimated 7,000 people have arrived', 'displaced', 7000, 'approx', 'people', tags='repeat'),
        C('Nearly 450,000 Sudanese refugees have arrived', 'displaced', 450000, 'at-most', 'people'),
        C('5,000–6,000 people were displaced', 'displaced', None, 'range', 'people', low=5000, high=6000),
        C('183 wounded patients', 'injured', 183, 'exact', 'people', id='msf'),
        C('29 children', 'injured', 29, 'exact', 'children', sub='msf'),
        C('11 of them had since died', 'killed', 11, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('community leaders', 'other', nth=0),
        S('community leaders', 'other', nth=1),
        S('local monitors', 'other'),
        S('Community leaders', 'other'),
        S('The Darfur Bar Association', 'ngo'),
        S('The RSF', 'military'),
        S('the Office of the UN High Commissioner for Human Rights (OHCHR)', 'ngo'),
        S('their families', 'witness'),
        S('UNHCR, the UN Refugee Agency', 'ngo'),
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('9 November 2023', 'date'),
        N('4 November', 'date', nth=0),
        N('some 90 per cent', 'percentage'),
        N('2023', 'year', nth=1),
        N('US$2.6 billion', 'money'),
        N('33 per cent', 'percentage'),
        N('15th Infantry Division', 'other'),
        N('5 November', 'date', nth=0),
        N('three days', 'duration'),
        N('6 and 7 November', 'date'),
        N('4 November', 'date', nth=1),
        N('5 November', 'date', nth=1),
        N('around 210 tonnes', 'quantity'),
        N('two mobile clinics', 'count-objects'),
        N('150,000 litres', 'quantity'),
        N('17 days', 'duration'),
    ])

# e05: a gunfight between Serb gunmen and police at a monastery in Banjska, northern Kosovo (AFP style,
# one sentence a paragraph)
A['e05.txt'] = dict(
    casualty=[
        C('Three of the attackers were killed', 'killed', 3, 'exact', 'fighters'),
        C('arrested four gunmen', 'detained', 4, 'exact', 'fighters', id='arr'),
        C('two of whom', 'injured', 2, 'exact', 'fighters', sub='arr'),
        C('Two more police officers suffered light injuries', 'injured', 2, 'exact', 'soldiers'),
        C('the number of Serbs killed at five', 'killed', 5, 'exact', 'people', tags='contradicted'),
        C('three others had been wounded', 'injured', 3, 'exact', 'people', tags='contradicted'),
        C('the number of attackers killed to four', 'killed', 4, 'exact', 'fighters', tags='update'),
        C('detained a further eight people', 'detained', 8, 'exact', 'people'),
        C('12 the total number of people in custody', 'detained', 12, 'exact', 'people', tags='update'),
        C('killed some 13,000 people', 'killed', 13000, 'approx', 'people'),
        C('over 90 Nato soldiers were injured', 'injured', 90, 'at-least', 'soldiers'),
    ],
    sources=[
        S('officials', 'official'),
        S('Interior Minister Driton Berisha', 'official', form='title-name'),
        S('the University Clinical Centre in Pristina', 'official'),
        S('the health ministry', 'official'),
        S('Prime Minister Albin Rexhepi', 'official', form='title-name'),
        S('Serbia’s president', 'official', form='role'),
        S('Serbian state broadcaster RTS', 'media'),
        S('sources in the Serb List party', 'anonymous'),
        S('Police', 'official', nth=1),
        S('Berisha', 'official', nth=1, form='name'),
        S('the minister', 'official', form='role'),
        S('The monastery’s abbot', 'witness', form='role'),
        S('police', 'official', nth=3),
        S('a police spokeswoman', 'anonymous'),
        S('Nato’s peacekeeping force in Kosovo, KFOR', 'military'),
    ],
    numbers=[
        N('some 30 heavily armed Serb gunmen', 'count-people'),
        N('several hours', 'duration'),
        N('about 15 kilometres', 'distance'),
        N('dozens of pilgrims', 'count-people'),
        N('36', 'age'),
        N('11 years', 'duration'),
        N('24 automatic rifles', 'count-objects'),
        N('some 150 hand grenades', 'count-objects'),
        N('hundreds of fighters', 'count-people'),
        N('Around a dozen gunmen', 'count-people'),
        N('about 10 kilometres', 'distance'),
        N('about 40 monks and pilgrims', 'count-people'),
        N('Some 60,000 Serbs', 'population'),
        N('2008', 'year'),
        N('1998-99', 'year'),
    ])

# e06: a suicide attack on an army checkpoint in North Sinai, Egypt (state media, MENA style)
A['e06.txt'] = dict(
    casualty=[
        C('Ten members of the Armed Forces were martyred', 'killed', 10, 'exact', 'soldiers', id='mart'),
        C('five others were injured', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('eliminated eight takfiri elements', 'killed', 8, 'exact', 'fighters'),
        C('two conscripts', 'killed', 2, 'exact', 'soldiers', sub='mart'),
        C('Three of them', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('Two civilians', 'injured', 2, 'exact', 'civilians'),
        C('26 soldiers had been killed', 'killed', 26, 'exact', 'soldiers', tags='contradicted'),
        C('killed 23 takfiri elements', 'killed', 23, 'exact', 'fighters'),
        C('arrested 41 suspects', 'detained', 41, 'exact', 'people'),
        C('the 10 martyrs', 'killed', 10, 'exact', 'soldiers', tags='repeat'),
        C('Hundreds of soldiers and police officers have been martyred', 'killed', None, 'vague', 'soldiers'),
    ],
    sources=[
        S('the Armed Forces Spokesman', 'military', form='role'),
        S('Spokesman Colonel Ahmed Shawky Abdel-Rahman', 'military', form='title-name'),
        S('the spokesman', 'military', form='role'),
        S('Health Ministry spokesman Dr Khaled Megahed', 'official', form='title-name'),
        S('North Sinai Governor Major General Mohamed Abdel-Fadil', 'official', form='title-name'),
        S('The spokesman', 'military', form='role'),
        S('media platforms affiliated with the terrorist group', 'media'),
        S('The Presidential Spokesman, Ambassador Hany Youssef', 'official', form='title-name'),
        S('the President', 'official', form='role'),
        S('Al-Azhar', 'other'),
        S('the Cabinet', 'official'),
        S('several political parties', 'other'),
    ],
    numbers=[
        N('July 8', 'date'),
        N('four-wheel-drive', 'other'),
        N('15 ambulances', 'count-objects'),
        N('12 tunnels', 'count-objects'),
        N('156 explosive devices', 'count-objects'),
        N('October 1973', 'date'),
        N('thousands of mourners', 'count-people'),
        N('several political parties', 'count-objects'),
        N('2013', 'year'),
        N('2018', 'other'),
    ])

# e07: clashes at road blockades in Cochabamba, Bolivia (an EFE-style Spanish agency in English)
A['e07.txt'] = dict(
    casualty=[
        C('Some 30 people were injured', 'injured', 30, 'approx', 'people', id='inj'),
        C('14 police officers', 'injured', 14, 'exact', 'soldiers', id='pol', sub='inj'),
        C('48 people had been arrested', 'detained', 48, 'exact', 'people', id='det'),
        C('between 15 and 20 of them', 'detained', None, 'range', 'people', low=15, high=20, sub='det'),
        C('the deaths of two protesters', 'killed', 2, 'exact', 'people', id='dead'),
        C('one of them', 'killed', 1, 'exact', 'people', sub='dead'),
        C('at least 11 people with firearm wounds', 'injured', 11, 'at-least', 'people'),
        C('four of the injured officers', 'injured', 4, 'exact', 'soldiers', sub='pol'),
        C('held two police officers hostage', 'detained', 2, 'exact', 'soldiers'),
        C('more than 100 wounded comrades', 'injured', 100, 'at-least', 'people', tags='contradicted'),
        C('three dead', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('between eight and 10 of its members had been missing', 'missing', None, 'range', 'people',
          low=8, high=10),
        C('74 people had been treated', 'injured', 74, 'exact', 'people'),
        C('Around 70 families', 'displaced', 70, 'approx', 'people'),
    ],
    sources=[
        S('official sources', 'anonymous'),
        S('Government Minister Raúl Quiroga', 'official', form='title-name'),
        S("The Ombudsman's Office", 'official'),
        S('the police commander of Cochabamba, Colonel Wilson Arancibia', 'official', form='title-name'),
        S('the executive secretary of the Federation of Rural Workers of Quillacollo, Faustino Mamani', 'other',
          form='title-name'),
        S('The federation', 'other'),
        S('Quiroga', 'official', nth=1, form='name'),
        S('The Ministry of Health', 'official'),
        S('the mayor of the municipality of Sipe Sipe, Rosa Choque', 'official', form='title-name'),
        S('The Bolivian Highway Administration (ABC)', 'official'),
        S('Business chambers in the eastern region of Santa Cruz', 'other'),
    ],
    numbers=[
        N('Nov 1', 'date'),
        N('18 days', 'duration'),
        N('about 1,500 police and soldiers', 'count-people'),
        N('some 40 kilometers', 'distance'),
        N('19-year-old', 'age'),
        N('some six hours', 'duration'),
        N('Oct. 14', 'date'),
        N('several houses', 'count-objects'),
        N('27 blockade points', 'count-objects'),
        N('21 of them', 'count-objects'),
        N('some 2,000 trucks', 'count-objects'),
        N('some 1.7 billion dollars', 'money'),
        N('about 12 million inhabitants', 'population'),
        N('several ministers', 'count-people'),
    ])

# e08: a rights group's report on the crackdown on Friday protests in Zahedan, Sistan-Baluchestan, Iran
A['e08.txt'] = dict(
    casualty=[
        C('At least 16 killed', 'killed', 16, 'at-least', 'people'),
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people', id='tot', tags='repeat'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('Scores of others were wounded', 'injured', None, 'vague', 'people', id='inj'),
        C('at least 19 of them', 'injured', 19, 'at-least', 'people', sub='inj'),
        C('four people had died', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('two members of the security forces had been killed', 'killed', 2, 'exact', 'soldiers'),
        C('63 “rioters” had been arrested', 'detained', 63, 'exact', 'people', tags='contradicted'),
        C('the arrests of more than 150 people', 'detained', 150, 'at-least', 'people', id='det'),
        C('at least 12 children', 'detained', 12, 'at-least', 'children', sub='det'),
        C('At least eight people remain missing', 'missing', 8, 'at-least', 'people'),
        C('the death toll at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('killed at least 96 people', 'killed', 96, 'at-least', 'people'),
        C('35 deaths', 'killed', 35, 'exact', 'people', tags='contradicted'),
    ],
    sources=[
        S('the Baluch Human Rights Observatory (BHRO)', 'ngo'),
        S('BHRO', 'ngo', nth=1),
        S('medical sources at Khatam al-Anbiya hospital', 'anonymous'),
        S('relatives', 'witness', nth=1),
        S('The state news agency IRNA', 'media'),
        S('the provincial governor, Mohammad Karimi-Rad', 'official', form='title-name'),
        S('BHRO', 'ngo', nth=3),
        S('The provincial police chief', 'official', form='role'),
        S('BHRO', 'ngo', nth=4),
        S('a relative of the boy', 'witness'),
        S('Another monitoring group, the Baluch Activists Network', 'ngo'),
        S('BHRO’s own documentation', 'ngo', form='document'),
        S('The authorities', 'official'),
        S('Abdolrahman Rigi', 'ngo', form='name'),
    ],
    numbers=[
        N('6 November 2023', 'date'),
        N('3 November', 'date'),
        N('27 witnesses', 'count-people'),
        N('15-year-old', 'age'),
        N('two days', 'duration'),
        N('30 September 2022', 'date'),
        N('about 48 hours', 'duration'),
        N('some 3 million people', 'population'),
        N('one of Iran’s poorest provinces', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
